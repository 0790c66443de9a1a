"""学习模式 on a roadmap whose parts stay in the running text (第一，… paragraphs the outline does
not take for headings): the info line says 领起 N 项 and that they are no headings, a click marks
each part where it begins (its first words), not its whole paragraph, and the 要点 list says
the same. Walking 必须注意经济工作 (mao) the line said 领起 4 节 beside an outline with no
headings, and the four paragraphs were one blue block."""

from __future__ import annotations

from .study_setup import open_and_study, window_with
from .test_study_reader_mode import _click_words, _marked_text

IN_TEXT = """在全县安全生产工作会议上的讲话
同志们：
今天召开全县安全生产工作会议，主要是部署今年的工作。下面，我讲几点意见。
必须坚持人民至上，把保护人民生命安全摆在首位。这是我们工作的出发点和落脚点，各级各部门要牢记在心。
必须坚持预防为主，把隐患消灭在萌芽状态。要加强风险研判，健全预警机制，做到防患于未然。
必须坚持依法治理，严格安全生产执法。对违法违规行为要零容忍，发现一起查处一起。
同志们，让我们共同努力！
"""

HEADED = """在全县办公室主任会议上的讲话
同志们：
今天召开这次会议，主要任务是部署明年工作。借此机会，我讲三点意见。
一、提高认识
办公室是中枢，要站在全局想问题。
二、明确目标
要抓好信息报送，做到及时准确。
三、狠抓落实
要一级抓一级，层层抓落实。
同志们，让我们团结一致！
"""


def test_parts_in_the_running_text_are_items_marked_where_they_begin(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": IN_TEXT}) as (window, library):
        doc = library.documents()[0]
        panel = open_and_study(window, doc.id, qtbot)
        page = window.study.mode.page
        road = panel.study.roadmap[0]
        _click_words(page.text, road.span.paragraph, "几点意见")
        assert page.text.selected_roadmap == 0
        info = page.info.text()
        assert "领起 3 项（在正文段落里，不是小标题）" in info and "领起 3 节" not in info
        marked = _marked_text(page.text)
        assert "必须坚持人民至上" in marked and "必须坚持依法治理" in marked
        # each part on its first words: the rest of its paragraph is not marked
        assert not any("出发点" in m or "零容忍" in m for m in marked)
        # the 要点 list: the roadmap's tooltip says what it leads, each part that it is no heading
        assert "领起 3 项" in window.study.mode.points._roadmap_items[0].toolTip(0)
        assert points_tips(window) == {"在正文段落里，不是小标题"}


def test_headings_are_still_sections_marked_whole(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": HEADED}) as (window, library):
        doc = library.documents()[0]
        panel = open_and_study(window, doc.id, qtbot)
        page = window.study.mode.page
        road = panel.study.roadmap[0]
        _click_words(page.text, road.span.paragraph, "借此机会")
        assert "领起 3 节" in page.info.text()
        marked = "".join(_marked_text(page.text))
        assert "提高认识" in marked and "狠抓落实" in marked
        assert points_tips(window) == {"小标题"}


def points_tips(window) -> set[str]:
    """The tooltips of the parts under the first roadmap sentence of the 要点 list."""
    item = window.study.mode.points._roadmap_items[0]
    return {item.child(i).toolTip(0) for i in range(item.childCount())}
