"""Choosing, in the window, the very file being read as the file to write is refused.

bi40 made the CLI and export_any refuse ``drafter export -o 讲话.docx 讲话.docx``; the
window's save dialogs still wrote over the writer's file: 导出 (the dialog's path box took
the writer's 二稿.docx, asked "已存在，是否替换？" and replaced it) and 比较稿件's
导出修订稿 (the save dialog accepted the compared file). Each is driven here through the
real dialog, the file name set on the path the code takes; the file must stay byte for
byte as it was and the message must say why."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from drafter.drafts.open_any import open_as_draft
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog
from drafter.ui.dialogs.outline_dialog import OutlineDialog
from tests.office.test_redline_keeps_writer_revisions_ux import _writers_file as _two_versions
from tests.ui.test_export_beside_writers_file_ux import _writers_file

REFUSED = "这是要读取的原文，写出会覆盖它；请另取一个文件名"


def _choose_in_save_dialog(monkeypatch, path):
    """The save dialog, when shown, is answered as a user would: that file typed, 保存."""
    seen = []

    def exec_(dialog):
        seen.append(dialog.windowTitle())
        dialog.selectFile(str(path))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    return seen


def _warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text))
    )
    return shown


def test_the_export_dialog_refuses_the_writers_file(qtbot, tmp_path, monkeypatch):
    writer = _writers_file(tmp_path / "张三来稿", "二稿.docx")
    before = writer.read_bytes()
    asked = []
    monkeypatch.setattr(ExportDialog, "_confirm_overwrite", lambda _s, p: asked.append(p) or True)
    dialog = ExportDialog(open_as_draft(writer), Settings())
    qtbot.addWidget(dialog)
    _choose_in_save_dialog(monkeypatch, writer)
    dialog._browse()  # 浏览… and the writer's own file picked
    assert dialog.path.text() == str(writer)
    assert dialog.start_export() is None
    assert REFUSED in dialog.error.text() and "二稿.docx" in dialog.error.text()
    assert not dialog.error.text().endswith("（-o）")  # no CLI flag in the window
    assert not asked  # refused outright, not "已存在，是否替换？"
    assert writer.read_bytes() == before


def test_the_redline_refuses_either_compared_file(make_editor, tmp_path, monkeypatch):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    first, theirs = _two_versions(tmp_path)
    panel.set_draft(first, unsaved=False, ask=False)
    dialog = panel.office.compare_with_file(theirs)
    before = theirs.read_bytes()
    seen = _choose_in_save_dialog(monkeypatch, theirs)
    shown = _warnings(monkeypatch)
    assert dialog.export_redline() is None
    assert seen == ["导出修订稿"]
    assert shown and shown[0][0] == "无法导出修订稿" and REFUSED in shown[0][1]
    assert theirs.read_bytes() == before
    assert not dialog.result.isVisible()
    dialog.swap_button.click()  # 对调新旧: the writer's file is now the new side
    assert dialog.export_redline() is None
    assert len(shown) == 2 and REFUSED in shown[1][1]
    assert theirs.read_bytes() == before
    out = dialog.export_redline(str(tmp_path / "修订稿.docx"))  # another name is written
    assert out is not None and (tmp_path / "修订稿.docx").exists()
    dialog.close()


def test_the_outline_export_refuses_the_writers_file(qtbot, tmp_path, monkeypatch):
    writer = _writers_file(tmp_path / "张三来稿", "二稿.docx")
    before = writer.read_bytes()
    dialog = OutlineDialog(open_as_draft(writer), Settings())
    qtbot.addWidget(dialog)
    _choose_in_save_dialog(monkeypatch, writer)
    shown = _warnings(monkeypatch)
    assert dialog.export("docx") is None
    assert shown and shown[0][0] == "无法导出提纲" and REFUSED in shown[0][1]
    assert writer.read_bytes() == before


def test_save_as_refuses_the_writers_file(make_editor, tmp_path, monkeypatch):
    writer = _writers_file(tmp_path / "张三来稿", "二稿.docx")
    before = writer.read_bytes()
    panel = make_editor(Settings(autosave_seconds=0))
    panel.set_draft(open_as_draft(writer), unsaved=True, ask=False)
    seen = _choose_in_save_dialog(monkeypatch, writer)
    shown = _warnings(monkeypatch)
    assert panel.files.save_as() is False
    assert seen == ["保存稿件"]
    assert shown and shown[0][0] == "无法保存稿件" and REFUSED in shown[0][1]
    assert writer.read_bytes() == before  # the Word file, not the draft's JSON
    assert panel.files.save_as(tmp_path / "二稿.json") is True  # the proposed name is fine
