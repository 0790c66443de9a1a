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


def _forum(lead: str, gap: bool = False) -> str:
    # a 座谈 of numbered questions, each put by its asker with his post in brackets; the
    # answer to the second takes up its matter in a few words, then two points
    ask = "我们在工作中遇到一个困难，想听听您的意见。"
    paras = ["在技术骨干座谈会上的讲话"]
    paras += [f"1、张明（研发部部长）：{ask}", "任总：这个问题不难。" + _A]
    paras += [f"2、李强（测试部部长）：{ask}"]
    paras.append(f"任总：{lead}第一，要把质量放在第一位，不要为了速度牺牲质量。" + _A)
    if gap:
        paras.append("这一点大家要记住。" + _A)
    paras.append("第二，要把人才放在心上，不要让骨干寒心。" + _A)
    paras += [f"3、王刚（市场部部长）：{ask}", "任总：市场是打出来的。" + _A]
    return "\n\n".join(paras)


def test_two_points_after_a_lead_answer_a_numbered_question() -> None:
    # 任总：在…问题上，第一，… / 任总：我讲第一点，…: the lead-in stays with the label
    for lead, gap in (("在质量问题上，", False), ("在质量问题上，", True), ("我讲", False)):
        text = _forum(lead, gap).replace("第一，", "第一点，" if lead == "我讲" else "第一，")
        text = text.replace("第二，", "第二点，" if lead == "我讲" else "第二，")
        tree = levelled(text)
        assert [level for level, _ in tree] == [1, 1, 2, 2, 1], (lead, gap)
        assert tree[2][1].endswith("要把质量放在第一位，不要为了速度牺牲质量")


def test_a_lead_and_a_single_point_are_no_answer_in_points() -> None:
    text = _forum("在质量问题上，").replace("第二，", "还有，")
    assert all(level == 1 for level, _ in levelled(text))


def _minutes_then_questions() -> str:
    # a 座谈纪要: the talk's summary in numbered parts, then the Q&A with the askers' names,
    # the answers unnumbered turns, one of them in points 第一，…第四，
    paras = ["在技术骨干座谈会上的讲话纪要"]
    for name in ("一、质量第一", "二、人才为本", "三、开放合作"):
        paras += [name, _A, _A]
    paras.append("【提问环节】")
    paras += ["张明：我们在工作中遇到一个困难，想听听您的意见。", "任总：这个问题不难。" + _A]
    paras += [
        "李强：质量和速度怎样兼顾？",
        "任总：第一，质量放在第一位，不要为了速度牺牲质量。" + _A,
    ]
    paras += [f"第{n}，第{n}件要做的事情，要说清楚、讲明白。" + _A for n in "二三四"]
    paras += ["王刚：市场怎么打开？", "任总：市场是打出来的。" + _A]
    return "\n\n".join(paras)


def test_answer_points_of_an_unnumbered_qa_are_no_headings() -> None:
    # two questions put since the last part: the exchange has no headings of its own (set 8's
    # rule), so its answer's 第一，…第四， are neither points of 三、 nor parts four on
    tree = levelled(_minutes_then_questions())
    assert tree == [(1, "一、质量第一"), (1, "二、人才为本"), (1, "三、开放合作")]
