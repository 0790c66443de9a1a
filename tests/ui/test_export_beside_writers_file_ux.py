"""The export dialog proposes the file beside the writer's file the draft was opened from.

Walking the office head's path: 李主任批注.docx (a writer's file, no title line) opened as a
draft and exported with its comments; the dialog proposed ~/未命名稿件.docx — the home
folder, a name that says nothing — or, once anything had been exported, the folder of that
export (another writer's). Now it proposes the draft's folder (where it is saved, else
where the writer's file lies, as 导出修订稿 does), named after the title, else after the
writer's file, and never the writer's file itself (its name gets （审阅）).
"""

from __future__ import annotations

import docx

from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import save_draft
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog


def _writers_file(folder, name, title=None):
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    document.add_paragraph("同志们：")
    document.add_paragraph("一、提高认识")
    document.add_paragraph("办公室任务非常繁重，既要服务领导、服务基层，又要参与政务。")
    path = folder / name
    document.save(str(path))
    return path


def _proposed(qtbot, draft, settings, source=None):
    dialog = ExportDialog(draft, settings, source=source)
    qtbot.addWidget(dialog)
    return dialog.path.text()


def test_an_untitled_writers_file_is_exported_beside_it_not_over_it(qtbot, tmp_path):
    writer = _writers_file(tmp_path / "张三来稿", "李主任批注.docx")
    settings = Settings(last_export_dir=str(tmp_path / "上次导出"))
    draft = open_as_draft(writer)
    assert not draft.meta.title
    assert _proposed(qtbot, draft, settings) == str(writer.parent / "李主任批注（审阅）.docx")


def test_a_titled_one_is_named_after_its_title_in_that_folder(qtbot, tmp_path):
    title = "在全县办公室主任会议上的讲话"
    writer = _writers_file(tmp_path / "张三来稿", "二稿.docx", title=title)
    draft = open_as_draft(writer)
    assert draft.meta.title == title
    settings = Settings(last_export_dir=str(tmp_path / "上次导出"))
    assert _proposed(qtbot, draft, settings) == str(writer.parent / f"{title}.docx")


def test_a_saved_draft_goes_beside_its_file_a_new_one_to_the_last_export(qtbot, tmp_path):
    writer = _writers_file(tmp_path / "张三来稿", "二稿.docx")
    draft = open_as_draft(writer)
    saved = tmp_path / "审阅" / "二稿.json"
    saved.parent.mkdir()
    save_draft(draft, saved)
    settings = Settings(last_export_dir=str(tmp_path / "上次导出"))
    assert _proposed(qtbot, draft, settings, source=saved) == str(saved.parent / "二稿.docx")
    draft.source = None  # a draft made here, never saved: the last export folder, as before
    assert _proposed(qtbot, draft, settings) == str(tmp_path / "上次导出" / "未命名稿件.docx")
