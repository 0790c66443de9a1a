"""学习 › 对照: a title typed (or picked from the completer) and Enter compares, as the 并排对照
button beside it does. Walking the app, typing 整顿 and taking 整顿党的作风 from the list
then pressing Enter left the tab as it was: nothing said the button was still to be clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def test_enter_in_the_compare_box_compares(studied, qtbot):  # noqa: F811
    _window, panel, library, _first = studied
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    tabs = panel.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "对照"))
    edit = panel.compare_box.lineEdit()
    edit.setText(other.title)  # as typed, or taken from the completer's list
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    assert other.title in panel.side_by_side.windowTitle()


def test_words_of_one_title_and_enter_compare_with_it(studied, qtbot):  # noqa: F811
    """Typing 井冈山 showed 井冈山的斗争 as the only match; Enter then said 请在列表中选一篇."""
    _window, panel, library, _first = studied
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    edit = panel.compare_box.lineEdit()
    edit.setText("办公室主任")  # words of one title, not the whole of it
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    assert other.title in panel.side_by_side.windowTitle()
    assert panel.compare_box.currentText() == panel.compare_box.itemText(
        panel.compare_box.findData(other.id)
    )


def test_words_of_no_other_title_still_ask_for_one(studied, qtbot):  # noqa: F811
    _window, panel, _library, _first = studied
    said = []
    panel.status_message.connect(said.append)
    panel.compare_box.lineEdit().setText("开班式")  # only the text studied has these words
    panel.compare_selected()
    assert said == ["请在列表中选一篇对照文稿（可输入标题中的字词筛选）。"]
    assert panel.side_by_side is None
