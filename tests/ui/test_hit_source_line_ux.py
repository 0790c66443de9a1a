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
