"""打开稿件 starts beside the file in the reader, not in the home folder.

ux58's walk: ``drafter gui --open 收文/二稿.docx`` put the writer's file in the reader;
打开稿件 (to open his 初稿 as the draft, or the file itself) then started in the home
folder, although every other chooser of the review starts where the work is. With no
draft folder of its own, a chooser about the draft now starts in the folder of the file
the reader shows (:meth:`drafter.ui.draft.files.DraftFiles.work_folder`)."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus import load_document
from drafter.export import export_draft
from tests.export.conftest import build_speech

from .chooser_setup import answer_chooser


def test_open_starts_in_the_folder_of_the_file_in_the_reader(make_window, tmp_path):
    inbox = tmp_path / "收文"
    inbox.mkdir()
    second = export_draft(build_speech(), inbox / "二稿.docx")
    window = make_window()
    window.reader_panel.show_document(load_document(second), key=str(second))  # as --open
    seen: dict = {}
    answer_chooser(lambda d: seen.setdefault("dir", Path(d.directory().absolutePath())), None)
    assert window.editor.files.open_draft() is False  # cancelled
    assert seen["dir"] == inbox
    assert window.editor.office.folder() == str(inbox)  # 比较稿件 starts there too


def test_the_drafts_own_folder_comes_first(make_window, tmp_path):
    inbox, mine = tmp_path / "收文", tmp_path / "我的稿件"
    inbox.mkdir()
    mine.mkdir()
    second = export_draft(build_speech(), inbox / "二稿.docx")
    first = export_draft(build_speech(), mine / "初稿.docx")
    window = make_window()
    window.reader_panel.show_document(load_document(second), key=str(second))
    assert window.editor.files.open_draft(first)
    assert window.editor.files.work_folder() == str(mine)
