"""A report's frames in 学习模式, driven through real widgets (issue 11: "frames and their items
linked and coloured alike"): the items of one frame — headings counted by a lead-in, a pair
written before its count, subjects opening the paragraphs after a count — are each painted in
that frame's colour on the page, and a click on any item marks the phrase and every item."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCursor

from drafter.settings import Settings
from drafter.ui.study.study_marks import PHRASE

from .study_setup import open_and_study, window_with

REPORT_2004 = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "corpus"
    / "scale"
    / "reports"
    / "gwr_national_2004.txt"
)

REPORT = """关于全县经济社会发展情况的报告

各位代表：

过去一年，全县上下团结奋斗，主要做了以下三方面工作：

（一）采取有力措施，抓好春耕生产

全县组织农机下乡，春播面积稳中有增。我们统筹国内国际两个大局，办好自己的事。

（二）优化营商环境，稳住企业发展

我们开展政务服务改革，企业办事更加便利。

（三）办好民生实事，兜牢基本保障

今年发展的主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右。这里，着重对两个目标加以说明。

关于经济增长。我们综合考虑了各方面的因素，把增长目标定在6%左右。

关于价格水平。把物价涨幅控制在3%左右，考虑了多方面的影响。

各位代表！让我们团结一致，为完成今年的各项任务而努力奋斗！
"""


def _background(text, paragraph: int, start: int, end: int) -> str:
    """The background painted on the page in the middle of paragraph ``paragraph``'s span."""
    lo, hi = text.doc_ranges(paragraph, start, end)[0]
    cursor = QTextCursor(text.document())
    cursor.setPosition((lo + hi) // 2)
    return cursor.charFormat().background().color().name()


def _check_items(page, study, phrase: str) -> list[str]:
    """Every item of ``phrase`` coloured as its frame, and a click on its last item marking
    the phrase and all items; the words marked on the page."""
    text = page.text
    k = next(i for i, f in enumerate(study.frames) if f.phrase == phrase and f.listed)
    colour = QColor(text.frame_colour[k]).lighter(108).name()
    items = [m for m in text.frame_marks if m.frame == k and m.item != PHRASE]
    assert len(items) == study.frames[k].number
    for m in items:
        assert _background(text, m.paragraph, m.start, m.end) == colour
    last = items[-1]
    text.clear_marks()
    text.click_at(last.paragraph, last.start)
    assert text.selected_frame == k
    marked = [sel.cursor.selectedText() for sel in text.extraSelections()]
    assert len(marked) == study.frames[k].number + 1  # the phrase and each item
    return marked


def test_a_reports_frames_show_their_items_coloured_alike_and_linked(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"报告.txt": REPORT}, Settings()) as (window, lib):
        panel = open_and_study(window, lib.documents()[0].id, qtbot)
        page, study = window.study.mode.page, panel.study
        marked = _check_items(page, study, "三方面")
        assert "采取有力措施，抓好春耕生产" in marked  # the heading whole, as the item says
        assert {"国内", "国际"} <= set(_check_items(page, study, "两个大局"))
        assert {"经济增长", "价格水平"} <= set(_check_items(page, study, "两个目标"))


def test_a_real_reports_six_parts_are_linked(make_window, qtbot, tmp_path):
    """gwr 2004 (a real report, ../shared): 以下六方面工作： over six （一）… headings."""
    if not REPORT_2004.exists():
        pytest.skip("../shared corpus not present")
    text = REPORT_2004.read_text(encoding="utf-8")
    with window_with(make_window, tmp_path, {"2004.txt": text}, Settings()) as (window, lib):
        panel = open_and_study(window, lib.documents()[0].id, qtbot)
        marked = _check_items(window.study.mode.page, panel.study, "六方面")
        assert "采取果断措施，集中力量抗击非典" in marked
