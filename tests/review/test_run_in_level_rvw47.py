"""A run-in （一） is a level of the ladder even when it is the only one of its part.

A writer's file holds part 二 as one run-in topic, （一）加强学习。… opening a paragraph,
with 1.学理论 (标题 3) and （1）读原著 (标题 4) under it, while part 一 has （一）（二) as
headings. The review took no note of the run-in （一） and said 1. came straight under 二、
(numbering.skip_level), a false finding on a correct text. A part with no （一） at all above
its 1. is still told. (Own fixtures, written for this test.)"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.review import ReviewConfig, review_document
from drafter.review.registry import RULES

OPENING = [
    ("title", "在全区机关作风建设推进会上的讲话"),
    (None, "同志们："),
    (None, "今天召开这次会议，主要任务是部署今年的机关作风建设工作。"),
    (1, "一、突出重点，全面提升能力"),
    (2, "（一）加强领导"),
    (None, "提升能力，关键在于抓住重点，把力气用在要紧处，做到有的放矢。"),
    (2, "（二）压实责任"),
    (None, "各单位主要负责同志要亲自抓，层层传导压力。"),
    (1, "二、压实责任，确保落地见效"),
]
RUN_IN = [(None, "（一）加强学习。学习是立身之本，要把学习作为第一需要，持之以恒地抓下去。")]
UNDER = [
    (3, "1.学理论"),
    (None, "理论学习要常抓不懈，每月至少集中学习一次。"),
    (4, "（1）读原著"),
    (None, "原著要精读，边读边想，读出心得。"),
    (None, "同志们，让我们以更加务实的作风，奋力开创机关工作新局面！"),
]


def _save(paras, tmp_path, form: str):
    """The speech as the writer's Word file (标题 1-4 styles) or as plain text."""
    if form == "txt":
        path = tmp_path / "speech.txt"
        path.write_text("\n\n".join(t for _, t in paras), "utf-8")
        return path
    import docx

    d = docx.Document()
    for level, text in paras:
        if level == "title":
            d.add_paragraph(text, style="Title")
        elif level:
            d.add_heading(text, level)
        else:
            d.add_paragraph(text)
    path = tmp_path / "speech.docx"
    d.save(path)
    return path


def _skips(path):
    cfg = ReviewConfig(disabled={r for r in RULES if r != "numbering.skip_level"})
    return review_document(load_document(path), cfg).findings


@pytest.mark.parametrize("form", ["docx", "txt"])
def test_single_run_in_topic_is_the_level_between(form, tmp_path):
    assert _skips(_save(OPENING + RUN_IN + UNDER, tmp_path, form)) == []


@pytest.mark.parametrize("form", ["docx", "txt"])
def test_no_run_in_topic_is_still_a_skipped_level(form, tmp_path):
    found = _skips(_save(OPENING + UNDER, tmp_path, form))
    assert [f.rule for f in found] == ["numbering.skip_level"]
    assert "“二、”之下直接用“1.”" in found[0].message
