"""The window stays on a 1280×720 screen when a panel's minimum width grows after it was
fitted.

Walked under Xvfb at 1280×720: a session on a 1600×1000 screen with a draft open (the
empty reader folded), then ``drafter gui --open 修订稿.docx``. The fitting when the reader
came back found the three columns fitting (minimum 1277 px); the 结构 tab, tabbed in the
library's column, then filled its filters with the library's 文种, 场合 and 年份 (combo
boxes as wide as their longest item) and the columns' minimum went to 1349: Qt widened the
window to it, the draft's fields cut at the screen's right edge. Now the filters keep one
width whatever they hold, and any later growth past the screen is fitted again
(:class:`drafter.ui.screen_fit.OverflowWatch`): the draft goes behind the reader's tab,
still in front if it was. The offscreen platform has no real screen: the tests give the
window its room (``fit_room``), as the fitting reads it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect

from drafter.review.text import document_from_lines
from drafter.ui.study.structures_panel import StructuresPanel

from .waits import WAIT_MS


def _just_fitting(window, qtbot):
    """A room a little wider than the window in its three columns, set as its screen's."""
    window.layout().activate()
    qtbot.waitUntil(lambda: window.width() >= window.minimumSizeHint().width(), timeout=WAIT_MS)
    frame = window.frameGeometry()
    room = QRect(0, 0, frame.width() + 20, frame.height() + 20)
    window.fit_room = room
    return room


class _Widths(QObject):
    """Every width the window is resized to."""

    def __init__(self, window):
        super().__init__(window)
        self.seen: list[int] = []
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.seen.append(event.size().width())
        return False


def _widths(window) -> list[int]:
    """The widths ``window`` takes from now on, as a list filled as they come."""
    window._test_widths = _Widths(window)
    return window._test_widths.seen


def test_a_panel_grown_wider_after_the_fitting_is_fitted_again(qtbot, make_window):
    window = make_window()
    room = _just_fitting(window, qtbot)
    assert window.draft_dock not in window.tabifiedDockWidgets(window.reader_dock)
    window.bring(window.draft_dock)  # the writer typing in the draft
    # a column grows by a panel filled later: the columns' minimum past the room
    panel = window.reader_panel
    widths = _widths(window)
    panel.setMinimumWidth(panel.minimumSizeHint().width() + 400)
    # Qt widened it past the room, then it was fitted back
    qtbot.waitUntil(
        lambda: max(widths, default=0) > room.width() >= window.width(), timeout=WAIT_MS
    )
    assert room.contains(window.frameGeometry())
    # the draft the writer types in stays in front
    assert not window.draft_dock.visibleRegion().isEmpty()


def test_the_document_opened_stays_in_front(qtbot, make_window):
    """``gui --open 修订稿.docx``: the document opened is in front after the fitting, not
    the empty draft beside it."""
    window = make_window()
    room = _just_fitting(window, qtbot)
    window.search_panel.search_box.setFocus()
    window.reader_panel.show_document(document_from_lines(["同志们：", "要抓好落实。"]))
    window.reader_dock.raise_()
    panel = window.reader_panel
    widths = _widths(window)
    panel.setMinimumWidth(panel.minimumSizeHint().width() + 400)
    # Qt widened it past the room, then it was fitted back
    qtbot.waitUntil(
        lambda: max(widths, default=0) > room.width() >= window.width(), timeout=WAIT_MS
    )
    if window.draft_dock in window.tabifiedDockWidgets(window.reader_dock):
        assert not window.reader_dock.visibleRegion().isEmpty()


def test_without_a_room_nothing_is_fitted(qtbot, make_window):
    """Offscreen with no room set (every other UI test): the window is left alone."""
    window = make_window()
    panel = window.reader_panel
    panel.setMinimumWidth(panel.minimumSizeHint().width() + 150)
    qtbot.waitUntil(lambda: window.width() >= window.minimumSizeHint().width(), timeout=WAIT_MS)
    assert window.draft_dock not in window.tabifiedDockWidgets(window.reader_dock)


def test_the_structure_filters_keep_their_width_when_filled(qtbot):
    """The filters filled with long 场合 and 文种 names (behind their tab, before the 结构
    tab was ever shown, as at a start) do not widen the 结构 tab."""
    empty, filled = StructuresPanel(), StructuresPanel()
    for box, items in (
        (filled.genre_box, ["述职报告", "在全区办公室系统工作会议上的讲话稿"]),
        (filled.occasion_box, ["动员部署会", "全区办公室主任暨文秘业务培训会议"]),
        (filled.year_box, ["2025", "2024"]),
    ):
        box.addItems(items)
        box.setCurrentIndex(box.count() - 1)
    for sp in (empty, filled):
        qtbot.addWidget(sp)
        sp.show()
        sp.layout().activate()
    assert filled.minimumSizeHint().width() <= empty.minimumSizeHint().width()
    # the list still holds them whole
    assert filled.occasion_box.itemText(2) == "全区办公室主任暨文秘业务培训会议"
