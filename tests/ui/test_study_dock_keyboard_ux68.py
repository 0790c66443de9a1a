"""The 学习 dock had no key: Ctrl+1 … Ctrl+5 reach 检索, 资料库, 阅读, 草稿 and 模板, F8 switches
the mode, but a trainee at the keyboard could not get from the annotated page to the
structure map, the notes or 提纲练习 beside it. 转到学习 (Ctrl+6, listed after 转到模板 in 视图)
brings the dock forward and puts the keyboard where the current tab's work starts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def _has_keyboard(widget) -> bool:
    return QApplication.focusWidget() is widget


def test_ctrl6_reaches_each_tab_of_the_study_dock(studied, qtbot):  # noqa: F811
    window, panel, _library, _doc = studied
    view = next(a for a in window.menuBar().actions() if a.text().startswith("视图")).menu()
    texts = [a.text() for a in view.actions()]
    assert texts.index("转到学习") == texts.index("转到模板") + 1
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.editor.setFocus()  # the keyboard somewhere else: in the draft
    expected = {
        panel.map: lambda: panel.map,
        panel.notes: lambda: panel.notes.search_box,
        panel.compare_page: lambda: panel.compare_box,
        # the first heading the trainee writes (the exercise opens on this text)
        panel.exercise: lambda: next(
            b for b in panel.exercise.findChildren(QLineEdit) if b.isVisibleTo(panel.exercise)
        ),
    }
    for page, target in expected.items():
        panel.tabs.setCurrentWidget(page)
        window.editor.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
        qtbot.waitUntil(lambda t=target: _has_keyboard(t()), timeout=WAIT_MS)
        assert panel.isVisible() and not panel.visibleRegion().isEmpty()
