"""学习模式 on a roadmap whose parts stay in the running text (第一，… paragraphs the outline does
not take for headings): the info line says 领起 N 项 and that they are no headings, a click marks
each part where it begins (its first words), not its whole paragraph, and the 要点 list says
the same. Walking 必须注意经济工作 (mao) the line said 领起 4 节 beside an outline with no
headings, and the four paragraphs were one blue block."""

from __future__ import annotations

from speech_samples import ROADMAP_PARAGRAPHS_SPEECH as IN_TEXT

from .study_setup import open_and_study, window_with
from .test_study_reader_mode import _click_words, _marked_text
from .waits import WAIT_MS

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


def test_the_parts_lay_out_the_map_and_the_readers_outline(make_window, qtbot, tmp_path):
    """A text without headings whose roadmap's parts run to the closing: the 结构图 lists each
    part under 〔正文〕 with its length, in the roadmap's blue and saying what it is; the
    reader's outline lists them under 正文, a click away, where it said 未识别出标题层级."""
    with window_with(make_window, tmp_path, {"讲话.txt": IN_TEXT}) as (window, library):
        doc = library.documents()[0]
        panel = open_and_study(window, doc.id, qtbot)
        body = next(
            panel.map.topLevelItem(i)
            for i in range(panel.map.topLevelItemCount())
            if panel.map.topLevelItem(i).text(0).startswith("〔正文〕")
        )
        rows = [body.child(i) for i in range(body.childCount())]
        assert [r.text(0) for r in rows] == [
            "〔分项〕必须坚持人民至上",
            "〔分项〕必须坚持预防为主",
            "〔分项〕必须坚持依法治理",
        ]
        assert sum(int(r.text(1).replace(",", "")) for r in rows) == int(body.text(1))
        assert "所列的一项" in rows[0].toolTip(0) and "下面，我讲几点意见" in rows[0].toolTip(0)
        reader = window.reader_panel
        qtbot.waitUntil(lambda: not reader.outline_pending, timeout=WAIT_MS)
        outline = reader.outline
        tops = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
        assert "（未识别出标题层级）" not in [t.text(0) for t in tops]
        part = next(t for t in tops if t.text(0).startswith("正文")).child(1)
        assert part.text(0) == "〔分项〕必须坚持预防为主"
        assert "提纲句所列的一项" in part.toolTip(0)
