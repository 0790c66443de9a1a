"""The reader's 学习模式 summary is seen whole in a narrow reader: with three columns on a
1600×1000 screen its line kept four lines' height and the last segment (开头, 结尾) was
cut off behind a scroll bar (the ux walk, on the office-work seed speech); in a wide one it
takes the two lines it needs, not four."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.study_page import StudyPage
from drafter.ui.study.unbroken import plain

from .study_setup import FIRST


def _page(qtbot, width: int) -> StudyPage:
    doc = parse_text(FIRST, "/tmp/青年干部培训班.txt")
    page = StudyPage()
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    page.show_study(doc, analyze(doc, rate=220))
    qtbot.wait(20)
    return page


def test_the_summary_needs_no_scrolling_in_a_narrow_reader(qtbot):
    page = _page(qtbot, 330)
    assert "结尾：" in plain(page.info.text())
    assert page.info_area.verticalScrollBar().maximum() == 0, "the summary was cut off"
    assert page.text.height() > page.info_area.height()  # the text keeps most of the room
    for width in range(300, 700, 20):  # wherever it wraps to six lines or fewer
        page.resize(width, 600)
        qtbot.wait(5)
        assert page.info_area.verticalScrollBar().maximum() == 0, width


def test_a_wide_reader_gives_the_summary_the_lines_it_needs(qtbot):
    # ux43: at 1280×720 the line kept four lines (~94 px) under a summary of two
    page = _page(qtbot, 900)
    line = page.info.fontMetrics().lineSpacing()
    assert page.info_area.height() < line * 4 + 14
    assert page.info_area.verticalScrollBar().maximum() == 0, "the summary was cut off"
    summary_height = page.info_area.height()
    # a tag clicked: its explanation takes the lines it needs, and keeps them while picked
    page.show_tag("开头")
    qtbot.wait(5)
    assert page.info_area.height() > summary_height
    tall = page.info_area.height()
    page.show_tag("提纲句")
    qtbot.wait(5)
    assert page.info_area.height() >= tall  # no jumping back and forth between picks
    page.show_summary()
    qtbot.wait(5)
    assert page.info_area.height() == summary_height
