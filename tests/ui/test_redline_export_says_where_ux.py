"""导出修订稿 says where the file went inside the compare dialog, with 打开所在文件夹: its
only word was the main window's status bar, which the dialog covers at 1280x720, so an
office head saw nothing happen after choosing the file."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QDesktopServices

from drafter.settings import Settings
from drafter.ui import file_dialogs
from drafter.ui.dialogs.compare_dialog import CompareDialog
from tests.export.conftest import build_speech

from .waits import WAIT_MS


def test_the_dialog_shows_the_path_and_opens_its_folder(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window(Settings(autosave_seconds=0, reviewer_name="王主任"))
    window.resize(1280, 720)
    editor = window.editor
    old = build_speech()
    editor.session.load(build_speech())
    editor.session.draft.closing.append(type(old.closing[0])("谢谢大家！"))
    dialog = editor.office.open_compare(old, "初稿.docx")
    assert isinstance(dialog, CompareDialog)
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    said = []
    window.statusBar().messageChanged.connect(said.append)
    target = tmp_path / "出稿" / "讲话（修订稿）.docx"
    target.parent.mkdir()
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda *_a: (str(target), "Word 文档 (*.docx)")
    )
    assert not dialog.result.isVisible() and not dialog.open_folder_button.isVisible()
    dialog.redline_button.click()
    assert target.exists()
    # said where the head is looking: in the dialog, whole, beside a button to the folder
    assert dialog.result.isVisible() and str(target) in dialog.result.text()
    assert dialog.open_folder_button.isVisible()
    inside = QRect(dialog.mapToGlobal(dialog.rect().topLeft()), dialog.size())
    corner = dialog.open_folder_button.mapToGlobal(dialog.open_folder_button.rect().bottomRight())
    assert inside.contains(corner)
    assert said and said[-1] == f"已导出修订稿：{target}"  # and the status bar as before
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(target.parent)]
    # a system with no file manager: the dialog says where to look instead
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog.open_folder_button.click()
    assert f"请到 {target.parent} 查看" in dialog.result.text()
    dialog.close()
