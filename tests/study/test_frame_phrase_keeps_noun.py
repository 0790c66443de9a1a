"""A bare count closing a list (frames.closing_lists.closing_counts) is named with the noun it counts.

Handed off by the audit: 分为优秀、合格、不合格三个等次 was shown as the frame "三个", the noun
等次 / 等级 dropped (14 frames on the laws of ../shared/corpus/scale/laws: 四个 for 四个等次 in
法官法, 检察官法, 公务员法 …). The items were right; only the name was cut. Own sentences."""

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _frames(sentence: str) -> list[tuple[str, list[str]]]:
    study = analyze(parse_text(f"标题\n\n{sentence}\n", "t.txt"))
    return [(f.phrase, f.items) for f in study.frames]


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("年度考核结果分为优秀、合格、不合格三个等次。", "三个等次"),
        ("绿色图书馆由低到高分为一星、二星、三星三个等级。", "三个等级"),
        # the noun ends where the clause goes on with a verb
        ("年度考核分为优秀、合格、不合格三个等次进行评定。", "三个等次"),
    ],
)
def test_a_count_closing_a_list_keeps_its_noun(sentence, phrase):
    assert [p for p, _items in _frames(sentence)] == [phrase]


def test_the_items_are_unchanged_by_the_name():
    assert _frames("年度考核结果分为优秀、合格、不合格三个等次。") == [
        ("三个等次", ["优秀", "合格", "不合格"])
    ]


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("会议分为常委会和全体会两种。", "两种"),  # nothing after the count: it stays bare
        ("会议分为常委会和全体会两种，各有分工。", "两种"),  # the next clause is not its noun
    ],
)
def test_a_count_with_no_noun_after_it_stays_bare(sentence, phrase):
    assert [p for p, _items in _frames(sentence)] == [phrase]
