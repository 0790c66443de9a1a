"""A count of kinds (种/类) is a listed frame when the speaker takes up each kind right after it.

Typology counts (两类, 三类国家) were missed when the kinds were named with 有一类 / 还一种是 /
第二种 or with one 一个是 among the 一种是 (the reader knew 一种 / 另一类 / 还有一种 only): the items
the text spells out are the evidence, not the count's noun. Leave-one-group-out: +2 right frames
(b18 两类, b21 三类国家), both with their items, no frame found that no gold holds. Own sentences."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _frames(text: str) -> list[tuple[str, list[str]]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return [(f.phrase, f.items) for f in study.frames]


def test_kinds_named_with_you_yi_lei():
    text = "中央的部门可以分成两类。有一类，它们管到企业；有一类，它们只提出方针。"
    assert _frames(text) == [("两类", ["它们管到企业", "它们只提出方针"])]


def test_kinds_named_with_ordinals():
    text = "干部可以分成三种人：第一种人肯干，第二种人观望，第三种人反对。"
    assert _frames(text) == [("三种人", ["肯干", "观望", "反对"])]


def test_a_count_of_kinds_with_fewer_kinds_named_gets_no_items():
    text = "大家的看法可以分成三类。一类是赞成的，另一类是反对的。"
    assert all(items == [] for _p, items in _frames(text))
