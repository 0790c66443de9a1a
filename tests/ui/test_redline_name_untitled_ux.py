"""导出修订稿 names an untitled version after the writer's file, not 未命名稿件.

The writer's 二稿 had no title line (it starts at 同志们：); the head compared it with his
draft and pressed 导出修订稿…: the chooser proposed 未命名稿件（修订稿）.docx beside files
named 初稿.docx and 二稿.docx. It now proposes 二稿（修订稿）.docx; a titled version is named
by its title as before."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.settings import Settings
from drafter.ui import file_dialogs
from drafter.ui.dialogs.compare_dialog import CompareDialog


def _speech(words: str) -> Draft:
    return Draft(
        meta=DraftMeta(),
        opening=[DraftParagraph("同志们：今天召开全县办公室主任会议。")],
        sections=[DraftNode("提高认识", paragraphs=[DraftParagraph(words)])],
    )


def test_the_untitled_second_version_names_the_redline(qtbot, tmp_path, monkeypatch):
    first = open_as_draft(export_draft(_speech("办公室是大脑神经中枢。"), tmp_path / "初稿.docx"))
    second = open_as_draft(export_draft(_speech("办公室是神经中枢。"), tmp_path / "二稿.docx"))
    asked = {}

    def fake_save(_parent, _caption, start, _filters):
        asked["save"] = start
        return "", ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", fake_save)
    dialog = CompareDialog(
        first, second, "初稿.docx", "二稿.docx", Settings(), folder=str(tmp_path)
    )
    qtbot.addWidget(dialog)
    assert dialog.export_redline() is None  # the chooser was cancelled
    assert asked["save"] == str(tmp_path / "二稿（修订稿）.docx")
    dialog.swap()  # 对调新旧: the other file is the new version now
    dialog.export_redline()
    assert asked["save"] == str(tmp_path / "初稿（修订稿）.docx")
