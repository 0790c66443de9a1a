"""The reader's right-click menus carry no 复制链接地址 (Copy Link Location): Qt's entry stood
greyed out second in every menu, above 更正结构, though the reader's only links are its note
marks, whose address means nothing outside the app. Both the plain reader and the 学习模式
page lose it; copy and select all stay."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

_MENUS: list[QMenu] = []


def _names(menu: QMenu) -> list[str]:
    _MENUS.append(menu)
    return [a.objectName() for a in menu.actions()]


def test_no_link_copy_in_the_reader_menus(studied):
    window, _panel, _library, _first = studied
    page = window.study.mode.page
    names = _names(page.context_menu(QPoint(20, 20)))
    assert "link-copy" not in names and "edit-copy" in names and "select-all" in names
    reader = window.reader_panel
    menu = reader.context_menu(QPoint(20, 20))
    names = _names(menu)
    assert "link-copy" not in names and "edit-copy" in names
    assert any(a.text() == "更正结构" for a in menu.actions())
