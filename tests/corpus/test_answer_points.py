"""An interviewee's answer in points (王某：第一，… / 第二，… / 第三，…, each a paragraph) is a
run of points like any other (tests/gold/README.md, set 7), the speaker's label kept as a
line of its own before the first point (drafter/corpus/answers.py). Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text
from tests.corpus.conftest import levelled

_A = "这件事我们想了很多年，走过不少弯路，后来才慢慢想明白，关键是要把力量集中到一个地方去，不要分散。"


def _interview(points: int = 3, lead_in: bool = False) -> str:
    paras = ["一心一意做好一件事", "——王某接受本报记者专访", "1、成长之路：专注是根本"]
    if lead_in:  # not a dialogue: a sentence of the speaker's, then a lead-in with a colon
        paras.append("这些年公司发展很快，原因有很多，归结起来有三条。")
    else:
        paras.append("记者：这些年公司发展很快，您认为最主要的原因是什么？")
    first = "这就是：" if lead_in else "王某："
    numbers = "一二三四"
    for k in range(points):
        text = f"第{numbers[k]}，原因{numbers[k]}是我们长期坚持只做一件事情。" + _A
        paras.append((first if k == 0 else "") + text)
    paras += ["记者：今后还会坚持吗？", "王某：会的。" + _A]
    paras += ["2、未来之路：开放是关键", "记者：怎样看待合作？", "王某：合作是必然的。" + _A]
    paras += ["3、人才之路：奋斗者为本", "记者：怎样看待年轻人？", "王某：年轻人是希望。" + _A]
    return "\n\n".join(paras)


def test_an_answer_in_three_points_is_a_run_under_its_part() -> None:
    text = _interview()
    tree = levelled(text)
    assert tree[:4] == [
        (1, "1、成长之路：专注是根本"),
        (2, "第一，原因一是我们长期坚持只做一件事情"),
        (2, "第二，原因二是我们长期坚持只做一件事情"),
        (2, "第三，原因三是我们长期坚持只做一件事情"),
    ]
    # the speaker's label is not lost: a line of its own right before the first point
    part = parse_text(text, "x.txt").outline.sections[0]
    assert part.paragraphs[-1] == "王某："
    assert part.paragraphs[-2].startswith("记者：")


def test_two_points_or_a_lead_in_are_not_an_answer_in_points() -> None:
    assert all(level == 1 for level, _ in levelled(_interview(points=2)))
    assert all(level == 1 for level, _ in levelled(_interview(lead_in=True)))
