"""At 1280×720 the 结构 panel's 类 box read 数字概 and 并列标题 (its items are 数字概括 and
并列标题框架): all four filter boxes shared the row alike, so the one whose two items say
what the table lists was cut like the 全部 beside it. The 类 box now shows its whole item;
the column keeps the width it had (the row still fits the room)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QStyle, QStyleOptionComboBox

from drafter.ui.application import choose_ui_font
from drafter.ui.study.structures_panel import KINDS
from drafter.ui.study.study_room import READER_SHARE

from .study_setup import FIRST, SECOND, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


def _text_room(box, width: int | None = None) -> int:
    """The width the closed combo box gives its current text (its edit field), at its own
    width or at ``width``."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    if width is not None:
        option.rect.setWidth(width)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


@pytest.fixture
def ui_font():
    """The app's own interface font (a CJK sans when installed: its "x" is narrower beside a
    Chinese character than the default font's), put back after the test."""
    app = QApplication.instance()
    before = app.font()
    choose_ui_font(app)
    yield app.font()
    app.setFont(before)


def test_kind_box_shows_its_whole_item_at_1280(make_window, qtbot, tmp_path, ui_font):
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND}) as library:
        window = open_in_room(make_window, qtbot, library, SMALL)
        with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
            window.study_action.trigger()  # F8: the walk's layout, 学习 beside the reader
        reader = window.reader_dock.width()
        study = window.study.panel.parentWidget()
        while not isinstance(study, QDockWidget):
            study = study.parentWidget()
        column = study.width()  # 结构 opens tabbed with 学习, in its column
        window.structures_action.trigger()  # Shift+F8
        sp = window.study.structures
        dock = sp.parentWidget()
        while not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        qtbot.waitUntil(lambda: seen(dock), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: sp.kind_box.width() > 0, timeout=WAIT_MS)
        metrics = sp.kind_box.fontMetrics()
        for kind in KINDS:
            sp.kind_box.setCurrentText(kind)
            assert metrics.horizontalAdvance(kind) <= _text_room(sp.kind_box), kind
            # and squeezed to its least width (a screen's fonts share the row out otherwise:
            # asked for six "x" wide, it read 并列标题框 under X11 where the test's fit)
            box = sp.kind_box
            least = box.minimumWidth() or box.minimumSizeHint().width()
            assert metrics.horizontalAdvance(kind) <= _text_room(sp.kind_box, least), kind
        # the other filters still show 全部, and the row made nothing wider
        for box in (sp.genre_box, sp.occasion_box, sp.year_box):
            assert metrics.horizontalAdvance(box.currentText()) <= _text_room(box)
        assert window.reader_dock.width() >= reader - 1
        assert dock.width() <= column + 1
        assert sp.minimumSizeHint().width() <= column  # the row asks no more than the column
        # and the column no more than the mode leaves beside the reader (asked for thirteen
        # "x", the 类 box made it 478 px and the reader lost 70)
        assert window.reader_dock.width() >= SMALL.width() * READER_SHARE
        assert window.frameGeometry().width() <= SMALL.width()
