"""Every widget of the 草稿 panel lies inside the window, at 1280×720 as at 1600×1000, in the
plain layout and in 学习模式 (the draft tabbed with the reader beside the 学习 dock). A
guard on the real window fitted to each screen: a dock or splitter minimum grown past the
room would push the panel's right-hand column past the window's edge, and nothing else
would say so. The rooms stand for the screens (the offscreen platform has none)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from .study_setup import FIRST, LARGE, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def library(tmp_path):
    lib = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    yield lib
    lib.close()


def _in_scrolled_content(widget: QWidget) -> bool:
    """Whether ``widget`` lies in a scroll area's content (it may run past the viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_off(window, panel) -> list[str]:
    """The shown widgets of ``panel`` not wholly inside the window, or not inside the panel."""
    own = QRect(panel.mapTo(window, QPoint(0, 0)), panel.size())
    frame = QRect(QPoint(0, 0), window.size())
    cut = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or _in_scrolled_content(widget):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not (frame.contains(rect) and own.contains(rect)):
            cut.append(f"{type(widget).__name__} {widget.objectName()} {rect}")
    return cut


@pytest.mark.parametrize(
    ("room", "study"),
    [(SMALL, False), (SMALL, True), (LARGE, False)],
    ids=["small", "small-study", "large"],
)
def test_the_draft_panel_lies_inside_the_window(qtbot, make_window, library, room, study):
    window = open_in_room(make_window, qtbot, library, room)
    if study:
        with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
            window.study_action.trigger()
    window.bring(window.draft_dock)
    qtbot.waitUntil(lambda: seen(window.draft_dock), timeout=WAIT_MS)
    assert window.width() <= room.width()
    panel = window.editor
    assert panel.width() >= panel.minimumSizeHint().width()
    assert _cut_off(window, panel) == []
