"""学习 › 对照: a title picked in the open list compares at once (ux87's walk: the trainee
picked one and nothing happened until 并排对照 or Enter); a title stepped to with the arrow
keys on the closed box opens no window, 并排对照 becomes the default button and the status
bar says Enter or the button opens the pair."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drafter.settings import Settings

from .study_setup import FIRST, SECOND, open_and_study, studied, window_with  # noqa: F401
from .waits import WAIT_MS


def _other_row(panel, library) -> int:
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    return panel.compare_box.findData(other.id)


def test_a_title_picked_in_the_list_compares(studied, qtbot):  # noqa: F811
    _window, panel, library, _first = studied
    box = panel.compare_box
    row = _other_row(panel, library)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    index = box.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    assert box.itemText(row) in panel.side_by_side.windowTitle()


def test_a_title_clicked_among_the_typed_matches_compares(studied, qtbot):  # noqa: F811
    """st51's walk: words of a title typed, the title clicked in the list of matches: the
    tab said 按 Enter 或点“并排对照” and compared nothing (Enter there already compared)."""
    _window, panel, library, _first = studied
    box = panel.compare_box
    wanted = box.itemText(_other_row(panel, library))
    box.setFocus()
    box.lineEdit().selectAll()
    for ch in "全县":  # typed as an input method commits it (QTest types ASCII only)
        QApplication.sendEvent(
            box.lineEdit(),
            QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch),
        )
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    index = popup.model().index(0, 0)
    QTest.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    assert wanted in panel.side_by_side.windowTitle()


def test_arrow_keys_choose_without_opening_a_window(make_window, qtbot, tmp_path):
    texts = {"a.txt": FIRST, "b.txt": SECOND, "c.txt": SECOND.replace("全县", "全市", 1)}
    with window_with(make_window, tmp_path, texts, Settings()) as (window, library):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        _arrows_choose(open_and_study(window, first.id, qtbot))


def _arrows_choose(panel) -> None:
    box = panel.compare_box
    said = []
    panel.status_message.connect(said.append)
    before = box.currentIndex()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    if box.currentIndex() == before:  # the chosen one was the last: step up instead
        QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.currentIndex() != before
    QTest.qWait(50)  # a window that must not open: a short look is enough
    assert panel.side_by_side is None
    assert panel.compare_button.isDefault()
    assert said and "并排对照" in said[-1]
