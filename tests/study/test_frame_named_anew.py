"""A counted phrase named again for other things (frames.anew): 两方面 … 游击主义有两方面, a
second questioner's 我有两个问题. The census of session 36 (helper fr16) found 23 gold frames over
13 groups lost because the rules folded such a later use into the first frame of its phrase;
a verb of having right before the count (X有两方面, 产生了两方面的情形) with its own items after it
sets out a new set. Own sentences, then the real texts the rule was written on (batch 38's
中国革命战争的战略问题 and 论持久战, batch 11's 座谈纪要), skipped when ../shared is absent."""

import json
from pathlib import Path

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.layout import layout

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "study" / "gold"


def _frames(text: str) -> list[tuple[str, list[str]]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return [(f.phrase, f.items) for f in study.frames]


SIDES = (
    "征集新兵须从两方面出发：一方面顾到人民的觉悟；又一方面顾到红军的情况。\n\n"
    "这一节讲别的事情，同新兵无关。\n\n"
    "游击主义有两方面。一方面是非正规性，就是不集中、不统一。\n\n"
    "另一方面是运动战的方针，这是现在还需要的。\n"
)


def test_a_count_set_out_again_by_has_is_a_frame_of_its_own():
    frames = [(p, items) for p, items in _frames(SIDES) if "两方面" in p]
    assert len(frames) == 2
    assert frames[1][1] == ["非正规性", "运动战的方针"]  # 一方面… then 另一方面… a paragraph on


def test_a_pointer_to_the_count_stays_its_mention():
    text = SIDES.replace("游击主义有两方面。", "这两方面都要顾到。")
    assert len([p for p, _ in _frames(text) if "两方面" in p]) == 1


def test_a_heading_restated_under_it_is_one_frame():
    text = "二、两种方法\n\n做事情，至少有两种方法：一种是慢一点的，一种是快一点的。\n"
    assert len([p for p, _ in _frames(text) if "两种方法" in p]) == 1


def test_the_same_paragraph_names_one_set():
    text = "我们有两个问题。第一个问题是钱，第二个问题是人。我还有两个问题要说。\n"
    assert len([p for p, _ in _frames(text) if "两个问题" in p]) == 1


def _gold_text(batch: str, name: str):
    entry = next(
        e
        for e in json.loads((GOLD / f"study_{batch}.json").read_text("utf-8"))
        if name in e["file"]
    )
    path = SHARED / entry["file"]
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared not mounted)")
    from drafter.corpus.load import load_document

    return layout(load_document(path))


@pytest.mark.parametrize(
    "batch, name, phrase, count",
    [
        (
            "heldout_b38",
            "第一卷_013",
            "两方面",
            3,
        ),  # 从两方面出发, 产生了两方面的情形, 游击主义有两方面
        ("heldout_b38", "第二卷_009", "分为两类", 2),  # 错误观点可分为两类 … 战争分为两类，一类是…
    ],
)
def test_real_texts_keep_each_set_apart(batch, name, phrase, count):
    from drafter.study.frames import find_frames

    found = [f for f in find_frames(_gold_text(batch, name)) if phrase in f.phrase]
    assert len(found) == count


def test_real_text_later_questioners_are_frames_each():
    """我有两个问题 four times, four questioners (the gold marks four frames): each use a frame of
    its own — the two whose items are read listed, the others named without their items
    (session 36 kept those as mentions for the items figures; session 50 counts them)."""
    from drafter.study.frames import find_frames

    found = [
        f for f in find_frames(_gold_text("heldout_b11", "20111026")) if f.phrase == "两个问题"
    ]
    assert len(found) == 4 and sum(f.listed for f in found) >= 2


def test_real_text_reads_the_sides_a_paragraph_apart():
    from drafter.study.frames import find_frames

    found = [
        f
        for f in find_frames(_gold_text("heldout_b38", "第一卷_013"))
        if f.phrase == "游击主义有两方面"
    ]
    assert found and found[0].items == ["非正规性", "运动战的方针"]


@pytest.mark.parametrize(
    "later",
    [
        "过去我们没有两个革命的胜利，现在不同了。",  # what is not had: the set named before
        "同方向有两个革命的道路的，应当分开。",  # a count qualifying a noun, no items after it
    ],
)
def test_no_new_set_without_having_it(later):
    text = (
        "我们进行了两个革命：一个是民主革命，一个是社会主义革命。\n\n"
        "这一段讲别的事情。\n\n"
        f"{later}\n"
    )
    assert len([p for p, _ in _frames(text) if "两个革命" in p]) == 1


@pytest.mark.parametrize(
    "body",
    [
        "二十年来，这个统一战线有四个时期：五四时期，建党时期，内战时期，抗战时期。",
        "我们有四个时期，一个比一个长。",
    ],
)
def test_a_heading_above_the_section_is_the_set_named_again(body):
    text = f"一、开头\n\n开头的话。\n\n二、四个时期\n\n这一段先说别的事情，说了很多。\n\n{body}\n"
    assert len([p for p, _ in _frames(text) if "四个时期" in p]) == 1


ATTITUDES = (
    "对待困难，人们有两种态度：一种是害怕，一种是迎难而上。\n\n"
    "这一段讲别的事情，同态度无关。\n\n"
    "这一段也讲别的事情。\n\n"
    "学习外国也有两种态度，一切都学，好的坏的一起搬来，这是一种态度，我们不取。\n"
)


def test_a_set_had_anew_is_a_frame_even_unread():
    """学习有两种态度 pages after the first 两种态度: a set of its own, named though its items
    are not read one by one; switched to a pointer (这两种态度) it is a mention again."""
    assert len([p for p, _ in _frames(ATTITUDES) if "两种态度" in p]) == 2
    pointed = ATTITUDES.replace("学习外国也有两种态度", "学习外国也要看这两种态度")
    assert len([p for p, _ in _frames(pointed) if "两种态度" in p]) == 1


CASES = (
    "在这个问题中，还有两种情形必须特别地提出来加以分析。\n\n"
    "这一段讲别的事情，同情形无关。\n\n"
    "这一段也讲别的事情。\n\n"
    "这些名词说的是如下两种情形：第一、双方各以对方为存在的前提；第二、双方各向其相反的方面转化。\n"
)


def test_a_later_list_after_a_colon_does_not_replace_a_named_set():
    found = [(p, items) for p, items in _frames(CASES) if "两种情形" in p]
    assert len(found) == 2 and not found[0][1] and len(found[1][1]) == 2
    near = CASES.replace("这一段讲别的事情，同情形无关。\n\n这一段也讲别的事情。\n\n", "")
    assert len([p for p, _ in _frames(near) if "两种情形" in p]) == 1


QUESTIONS = (
    "今天讲两个问题：一个是市场，一个是质量。\n\n"
    "这一段讲别的事情，同问题无关。\n\n"
    "这一段也讲别的事情。\n\n"
    "张三：我有两个问题，第一是终端公司在集团里怎么定位？\n\n"
    "答：刚才讲得很清楚，你们就是集团的一部分。\n"
)


def test_a_list_begun_and_left_is_no_new_set():
    """我有两个问题，第一是…？ and nothing numbers a second: a list begun and left (the b10
    gold leaves such a questioner out), a mention; once a second is asked it is a frame."""
    assert len([p for p, _ in _frames(QUESTIONS) if "两个问题" in p]) == 1
    asked = QUESTIONS.replace("怎么定位？", "怎么定位？第二是库存怎么管？")
    assert len([p for p, _ in _frames(asked) if "两个问题" in p]) == 2
