"""Items of a back-reference to two sides (这两方面 / 这两个方面) named just before it, on our own
sentences (session 27, helper it3): the second side may follow a turn and a filler (…，但另外一个
方面呢，… / …；但是在另一方面，…), and the sides may close the paragraph before the one the
back-reference opens (将这两个方面的情形综合起来说，…)."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

LEAD = "在公司经营工作座谈会上的讲话\n\n"
TAIL = "\n\n大家回去以后，要把今天讲的意见落实到每一项工作中去，年底我们再来总结。\n"


def _items(text: str, phrase: str) -> list[str]:
    frames = [f for f in analyze(parse_text(LEAD + text + TAIL, "t.txt")).frames]
    found = [f for f in frames if phrase in f.phrase]
    assert found, [f.phrase for f in frames]
    return found[0].items


@pytest.mark.parametrize(
    "text",
    [
        "一方面我们要抓利润，但另外一个方面呢，我们还得抓市场份额，如何在这两方面掌握平衡？",
        "一方面我们要抓利润，而另一个方面，我们还得抓市场份额，这两方面都不能偏废。",
    ],
    ids=["turn and filler", "turn"],
)
def test_the_second_side_after_a_turn_and_a_filler(text: str):
    items = _items(text, "两方面")
    assert "抓利润" in items[0] and "抓市场份额" in items[1]


def test_the_sides_close_the_paragraph_before():
    text = (
        "由此可见，市场的变化对我们的影响，在一方面促使我们加快产品的更新，推动了研发队伍的成长；"
        "但是在另一方面，它又压低了我们的利润，使不少项目难以为继。\n\n"
        "将这两个方面的情形综合起来说，我们今年的经营有如下几个特点，下面一一说明。"
    )
    items = _items(text, "两个方面")
    assert "加快产品的更新" in items[0] and "压低了我们的利润" in items[1]


def test_no_sides_before_gives_no_items_from_the_paragraph_before():
    text = (
        "市场的变化很快，我们的产品更新也要加快，研发队伍要跟上。\n\n"
        "将这两个方面的情形综合起来说，我们今年的经营有如下几个特点。"
    )
    frames = analyze(parse_text(LEAD + text + TAIL, "t.txt")).frames
    assert not any(f.phrase.endswith("两个方面") and f.listed for f in frames)
