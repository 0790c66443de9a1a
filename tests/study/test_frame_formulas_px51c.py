"""Named formulas and sayings of modern office speeches (session 51, px51c, blind set 15's
misses), each rule tested on sentences written for these tests:

- a quoted formula whose one-character verb jieba tags as a time word (清, the dynasty) is read
  as the verb it is (“清四乱”: clearing four disorders), a named formula;
- a quoted compound whose part is 代表 (deputies, not 代 generations: “两代表一委员”) is one
  formula numbered by its largest count;
- sites named before their count (…4个点位, 三个景点) are places visited, no summary;
- sayings built on one number (“两张皮”, “九龙治水”) count nothing the speech names.
"""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


def _named(sentence: str) -> dict[str, tuple[int, list[str]]]:
    return {f.phrase: (f.number, list(f.items)) for f in frames_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "number"),
    [
        ("今年要常态化推进库区“清四乱”，对新发现的问题即查即改。", "清四乱", 4),
        ("会上，部分“两代表一委员”对各单位的述职进行了评议。", "两代表一委员", 2),
        # the rules they widen still take the shapes they took before
        ("要继续开展“除四害”运动，搞好环境卫生。", "除四害", 4),
        ("要建设“一圈一带两区”，优化全市发展布局。", "一圈一带两区", 2),
    ],
)
def test_a_quoted_formula_is_named_by_its_count(sentence, phrase, number):
    found = _named(sentence)
    assert phrase in found and found[phrase] == (number, []), found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("上午，我们察看了东村、西河漂流、南镇茶园和县博物馆4个点位，听取了汇报。", "4个点位"),
        ("游客集中在石门、青峰和月湖三个景点，其他地方人很少。", "三个景点"),
        ("有的单位把财务工作和业务工作搞成了“两张皮”，互不衔接。", "两张皮"),
        ("跨部门的事要有人牵头，防止“九龙治水”、相互推诿。", "九龙治水"),
    ],
)
def test_sites_and_sayings_are_no_frames(sentence, phrase):
    found = _named(sentence)
    assert not any(phrase in p for p in found), found


def test_a_count_of_other_places_still_is_what_it_was():
    # a list of abstract items before a count keeps its items (the sites rule is by the noun)
    sentence = "要抓好产业、人才和资金三个要素，推动园区发展。"
    found = _named(sentence)
    assert found.get("三个要素") == (3, ["产业", "人才", "资金"]), found
