"""Preferences › 审稿 on a read-only library (bi42's walk left it: 保存词表 failed only on
save, after the office head had typed the list). The lists and rule switches are shown, the
buttons that would write are held with a tooltip saying why, and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.dialogs.preferences import PreferencesDialog
from drafter.ui.dialogs.review_lists import ReviewListsPage

WHY = "没有写入这个文件夹的权限"


def _files(root):
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_a_read_only_librarys_lists_are_shown_not_edited(qtbot, tmp_path):
    page = ReviewListsPage(tmp_path, read_only=WHY)
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData("wording.toml"))
    assert page.editor.isReadOnly() and page.editor.toPlainText()
    for button in (page.save_button, page.reset_button, page.rules_save):
        assert not button.isEnabled()
        assert WHY in button.toolTip()
    assert WHY in page.message.text()  # said on the page, also after choosing another list
    first = page.rules.item(0)
    assert not first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    before = _files(tmp_path)
    assert not page.save()
    page.reset()
    page.save_rules()
    assert _files(tmp_path) == before  # nothing written


def test_a_writable_librarys_lists_stay_editable(qtbot, tmp_path):
    page = ReviewListsPage(tmp_path)
    qtbot.addWidget(page)
    assert not page.editor.isReadOnly() and page.save_button.isEnabled()
    assert page.rules.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert page.save()  # the shipped default validates and is written


def test_the_preferences_dialog_passes_the_librarys_reason(qtbot, tmp_path):
    with Library.open(tmp_path / "lib", create=True) as lib:
        lib.read_only = WHY  # what Library.open learns on a folder it cannot write
        dialog = PreferencesDialog(Settings(), library=lib)
        qtbot.addWidget(dialog)
        assert dialog.review_page.read_only == WHY
        assert not dialog.review_page.save_button.isEnabled()
