"""A heading that ended in a colon announces its numbered sub-sections — read from the
outline's ``Section.ending``, not by searching the file's raw text for the heading's words.

The raw-text search missed a colon heading the file had hard-wrapped (the words are not on one
line there) and took a plain heading for a colon one when the same words stood with a colon in
an earlier paragraph.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

TEXT = """学习先进企业的内控经验

一、为什么要学习

我们的内控还很薄弱，这一点大家都看到了，也都讲过很多次了。EARLIER

二、HEADING

（1）管理层对内控环境负责

各级管理层都是第一责任人。

（2）流程在全球一致

每个流程都有一个负责人。
"""
HEADING = "先进企业的方法与我们很不一样，但多年的经验证明，他们的内控是有效的"


def _roadmap(text: str):
    doc = parse_text(text, "t.txt")
    return analyze(doc).roadmap, [p.text for p in doc.paragraphs()]


def test_a_colon_heading_the_file_wrapped_over_two_lines_announces_its_subsections():
    wrapped = HEADING.replace("，他们", "，\n他们") + "："
    roadmap, paras = _roadmap(TEXT.replace("HEADING", wrapped).replace("EARLIER", ""))
    road = next(r for r in roadmap if r.text.endswith("内控是有效的："))
    assert [paras[i][:3] for i in road.sections] == ["（1）", "（2）"]


def test_a_heading_without_a_colon_is_no_roadmap_though_its_words_stand_earlier_with_one():
    earlier = f"\n\n有人说：{HEADING}："
    roadmap, _ = _roadmap(TEXT.replace("HEADING", HEADING).replace("EARLIER", earlier))
    assert not any(r.text.startswith("二、") for r in roadmap)
