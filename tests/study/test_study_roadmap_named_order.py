"""A 先说A，再说B sentence opening a section with no sub-headings names, in order, that
section and the next (session 28, helper it4; 矛盾论's 我在这里先说…，再说… in section 二, and
论联合政府's 我们先来说一般性的纲领，然后再说到具体性的纲领 in 我们的一般纲领): on our own text,
its parts are the two sections; when the parts name no section, nothing is reported."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

_TEXT = """关于学习的几个问题

一、读书

我在这里先说读书的方法，再说用书的方法。读书要有计划，每天都读一点。

读书还要做笔记，这是老办法。

二、用书

用书就是把书上的道理用到工作中去。

三、结语

大家要坚持下去。
"""


def test_the_order_names_this_section_and_the_next():
    doc = parse_text(_TEXT, "t.txt")
    study = analyze(doc)
    roads = [r for r in study.roadmap if r.text.startswith("我在这里先说")]
    assert len(roads) == 1
    headings = [doc.paragraphs()[i].text for i in roads[0].sections]
    assert headings == ["一、读书", "二、用书"]


def test_parts_that_name_no_section_announce_nothing():
    text = _TEXT.replace("先说读书的方法，再说用书的方法", "先说一个故事，再说一点感想")
    study = analyze(parse_text(text, "t.txt"))
    assert not [r for r in study.roadmap if "先说" in r.text]
