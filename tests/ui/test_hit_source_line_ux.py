"""A search hit's source line names an untitled text once: its display title is its first
words, which for many scraped speeches are their first heading, and the line read
“具有…艰苦…　具有…艰苦奋斗的工作作风…” with the heading path right after it."""

from __future__ import annotations

from drafter.library.model import DocumentInfo, SearchHit
from drafter.ui.models.search_results import hit_source_line

HEADING = "具有长期持续艰苦奋斗的牺牲精神，永恒不变的艰苦奋斗的工作作风是成为一个将军最基本条件"


def _info(title, excerpt):
    return DocumentInfo(
        "a1b2c3d4e5f6", "/x/003_e00d83.md", title, None, None, "2009-08-27", None, None,
        None, None, "md", 30, 9000, "", "", excerpt=excerpt,
    )  # fmt: skip


def _hit(info, section):
    return SearchHit(1.0, info, section, 3, False, "艰苦奋斗", [(0, 4)])


def test_an_untitled_text_named_by_its_first_heading_is_named_once():
    line = hit_source_line(_hit(_info(None, HEADING[:25]), [HEADING]))
    assert line.count("具有长期持续") == 1
    assert line.startswith("2009-08-27") and HEADING in line


def test_a_titled_text_keeps_its_title_before_the_path():
    line = hit_source_line(_hit(_info("在座谈会上的讲话", None), ["一、提高认识"]))
    assert line.startswith("在座谈会上的讲话 · 2009-08-27") and line.endswith("一、提高认识")
    untitled_other = hit_source_line(_hit(_info(None, "同志们今天我们开会"), ["一、提高认识"]))
    assert untitled_other.startswith("同志们今天我们开会")


def test_a_heading_hit_does_not_repeat_itself_in_its_source_line(qtbot):
    """Searching 统一战线 over Mao's texts, a heading hit read 论政策 · 1940-12-25　（二）统一战线下
    的独立自主政策，既须统一，又须独立 and below it ［标题］（二）统一战线下的独立自主政策，…: the
    same line twice in a list of two-line hits. Its path now stops at its parent heading, as
    ``drafter search`` prints it."""
    from drafter.ui.models.search_results import SearchResultsModel, SourceRole

    info = _info("论政策", None)
    own = "（二）统一战线下的独立自主政策，既须统一，又须独立"
    heading = SearchHit(1.0, info, ["一、总的政策", own], 5, True, own, [(3, 7)])
    body = SearchHit(1.0, info, ["一、总的政策", own], 6, False, "统一战线是…", [(0, 4)])
    model = SearchResultsModel()
    model.set_hits([heading, body])
    line = model.data(model.index(0), SourceRole)
    assert own not in line and line.endswith("一、总的政策")
    assert model.data(model.index(1), SourceRole).endswith(own)  # a paragraph keeps it all
    top = SearchHit(1.0, info, [own], 5, True, own, [(3, 7)])
    assert hit_source_line(top) == "论政策 · 2009-08-27"
