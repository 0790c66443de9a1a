"""Sibling headings whose markers change family part way are two series, each with its own
frame (drafter/study/siblings.py ``sibling_groups``): a review's run-in topics 在…方面 and
then its lessons 第一，必须坚持… both under one part. Mixed, the group had no frame, and
the study view lost both. Our own sentences; the real texts this moves (five of ../shared,
each a frame gained) are listed in the commit."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.layout import layout
from drafter.study.siblings import find_siblings

_P = (
    "我们坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，"
    "人民群众获得感、幸福感、安全感不断增强。"
)
_TOPICS = ("在教育方面。", "在卫生方面。", "在就业方面。", "在社会管理方面。")
_LESSONS = ("第一，必须坚持解放思想。", "第二，必须坚持改革开放。", "第三，必须坚持依法行政。")


def _frames(paras: list[str]) -> list[tuple[str, int]]:
    lay = layout(parse_text("\n\n".join(paras), "x.txt"))
    return [(f.pattern, len(f.headings)) for f in find_siblings(lay)]


def _report(topics: tuple[str, ...], lessons: tuple[str, ...]) -> list[str]:
    paras = ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
    paras += ["一、过去五年工作回顾", _P, "（一）加快转变发展方式", _P, _P, _P]
    paras += ["（二）切实保障和改善民生", _P]
    paras += [t + _P * 2 for t in topics] + [_P] * 8
    paras += ["五年来，我们积累了许多宝贵经验，主要体会是："]
    paras += [lesson + _P * 2 for lesson in lessons] + [_P, _P]
    paras += ["二、今后五年的目标任务", _P, _P, "三、今年的重点工作", _P, _P]
    return paras


def test_topics_then_lessons_give_two_frames() -> None:
    frames = _frames(_report(_TOPICS, _LESSONS))
    assert ("在…方面", 4) in frames
    assert ("必须坚持…", 3) in frames
