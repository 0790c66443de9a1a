"""Lines numbered at a lower level (1.… （1）…) are no unnumbered part titles.

A writer's 1.学理论 and （1）读原著, one of each under a run-in （一）加强学习。… inside a
part numbered 一、, were taken for short unnumbered titles (a run of one numbered line is
no run of its family) and stood as level-1 parts beside 二、. Numbered with a family the
document's parts rank above, such a line is an item of a lower level, body text to a
two-level outline. A lone numbered line in a text numbering nothing above it is left to
the rules as before. (Own fixtures, written for this test.)"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text

HEAD = [
    "在全区机关作风建设推进会上的讲话",
    "同志们：",
    "今天召开这次会议，主要任务是部署今年的机关作风建设工作。",
]
PART_ONE = [
    "一、突出重点，全面提升能力",
    "提升能力，关键在于抓住重点，把力气用在要紧处，做到有的放矢。",
]
RUN_IN = ["（一）加强学习。学习是立身之本，要把学习作为第一需要，持之以恒地抓下去。"]
LOWER = {
    "arabic": ["1.学理论", "理论学习要常抓不懈，每月至少集中学习一次。"],
    "arabic_paren": ["（1）读原著", "原著要精读，边读边想，读出心得。"],
    "both": [
        "1.学理论",
        "理论学习要常抓不懈，每月至少集中学习一次。",
        "（1）读原著",
        "原著要精读，边读边想，读出心得。",
    ],
}
PART_TWO = [
    "二、压实责任，确保落地见效",
    "各单位主要负责同志要亲自抓，层层传导压力，确保各项任务落到实处。",
    "同志们，让我们以更加务实的作风，奋力开创机关工作新局面！",
]


@pytest.mark.parametrize("lower", sorted(LOWER))
@pytest.mark.parametrize("run_in", [True, False], ids=["under-run-in", "in-part"])
@pytest.mark.parametrize("last", [False, True], ids=["first-part", "last-part"])
def test_lower_numbered_lines_stay_in_their_part(lower, run_in, last):
    inside = (RUN_IN if run_in else []) + LOWER[lower]
    if last:  # in the last part, before the closing (as the 修订稿 that showed it had them)
        lines = HEAD + PART_ONE + PART_TWO[:2] + inside + PART_TWO[2:]
    else:
        lines = HEAD + PART_ONE + inside + PART_TWO
    outline = parse_text("\n\n".join(lines)).outline
    assert [s.label for s in outline.sections] == [PART_ONE[0], PART_TWO[0]]
    body = [p for s in outline.sections[int(last)].walk() for p in s.paragraphs]
    for line in LOWER[lower]:
        assert line in body
