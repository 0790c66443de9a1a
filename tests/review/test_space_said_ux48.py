"""A flagged space is said as 空格, not as empty quotes.

Walking the CLI over a real minutes text, punctuation.space's finding read
宙能量”「」，与Fe: the one space it flags was squeezed away, and the head saw nothing
between the quotes. The panel, the CLI and a group's places all say 「空格」 now."""

from __future__ import annotations

from drafter.review import review_document
from drafter.review.panel_text import finding_line, flagged, snippet
from drafter.review.text import document_from_lines


def test_a_flagged_space_is_named():
    doc = document_from_lines(["宇宙能量” ，与太阳能相比，这种能量更加丰富，要抓好落实。"])
    found = [f for f in review_document(doc).findings if f.rule == "punctuation.space"]
    assert [f.text for f in found] == [" "]
    assert flagged(found[0]) == "宙能量”「空格」，与太阳"
    assert "「空格」" in finding_line(found[0])


def test_several_spaces_say_how_many_and_words_stay_as_they_were():
    assert snippet("   ") == "3 个空格"
    assert snippet("加强  领导") == "加强 领导"
