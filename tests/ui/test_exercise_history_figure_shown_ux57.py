"""The closed 我的练习 list shows an attempt's similarity whole (ux57, issue 11's trainee
walk): with 结构 open beside the reader and 学习 at 1600×1000 the list read
12-06 18:27　已对照，相近度 1 — 10% cut to 1 by the narrow dock. The figure now leads the line
and the time follows (it stands again under the list); the whole line is the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from .study_setup import FIRST, LARGE, SECOND, library_of, open_in_room, seen
from .test_exercise_similarity_said_ux import _type
from .waits import WAIT_MS


@pytest.fixture
def library(tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND})
    yield library
    library.close()


def _field_width(box) -> int:
    """The width the closed combo box gives its text, as its style lays it out."""
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return rect.width()


def test_the_similarity_stays_in_view_beside_the_structures(make_window, qtbot, library):
    window = open_in_room(make_window, qtbot, library, LARGE)
    panel = window.study.panel
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    window.structures_action.trigger()  # 视图 › 资料库结构… : a third column
    dock = window.study.dock
    qtbot.waitUntil(lambda: seen(dock), timeout=WAIT_MS)
    # the trainee gave the text the room: the 学习 dock as narrow as it goes
    window.resizeDocks([dock], [dock.minimumSizeHint().width()], Qt.Orientation.Horizontal)
    panel.tabs.setCurrentWidget(panel.exercise)
    ex = panel.exercise
    _type(ex._boxes[0], "做到四勤")
    _type(ex._boxes[1], "腿勤")
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    box = ex.history
    shown = box.currentText()
    assert shown.startswith("已对照，相近度 ") and box.toolTip() == shown
    figure = shown[: shown.index("%") + 1]
    assert box.fontMetrics().horizontalAdvance(figure) <= _field_width(box), (
        f"{figure!r} cut in a field {_field_width(box)} px wide"
    )
