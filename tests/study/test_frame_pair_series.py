"""A series of counted pairs (A和B两个X、C和D两条Y): each count's items are the pair right
before it, not the previous count's phrase with it (frames.before_count.items_just_before).
Own sentences; the class is b31's 社会主义和资本主义两条道路、马克思主义和修正主义两条路线 and b19's pair of 两条路线."""

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.closing_lists import prepositional


def _frames(text: str) -> dict[str, list[str]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return {f.phrase: f.items for f in study.frames}


def test_each_count_of_a_series_takes_its_own_pair():
    frames = _frames("要看清集体和个人两种利益、长远和眼前两类目标的关系，不可偏废。")
    assert frames.get("两类目标") == ["长远", "眼前"]


def test_a_count_inside_the_first_item_does_not_cut_the_list():
    frames = _frames("把发展生产同三项基本制度、对外交流这两个支点结合起来。")
    assert "两个支点" in frames and frames["两个支点"][-1] == "对外交流"


_MAO_3_026 = (
    Path(__file__).resolve().parents[2].parent / "shared/corpus/speeches/mao/第三卷_026 愚公移山.md"
)


def test_a_pair_joined_by_together_with_is_no_pair_of_items():
    """和X一道/一同 + verb: 和 means "together with", the count is the verb's object (mao 3-026's
    全国人民大众一齐起来和我们一道挖这两座山 read as 两座山: 人民大众一齐起来｜我们一道挖)."""
    assert prepositional("我们一道挖") and prepositional("群众一同干")
    assert not prepositional("农业") and not prepositional("统一起来")
    if not _MAO_3_026.is_file():
        pytest.skip(f"real text absent: {_MAO_3_026} (../shared not checked out)")
    study = analyze(load_document(_MAO_3_026))
    items = {f.phrase: f.items for f in study.frames}
    assert not any("一道" in item for listed in items.values() for item in listed), items
    assert items["两座压在中国人民头上的大山"] == ["帝国主义", "封建主义"]


def test_a_pair_that_is_the_subject_of_a_modal_verb_is_no_items_of_its_object():
    """A和B要全面负起两个X的责任: the pair is the clause's subject, the count the verb's object
    (gwr 1988 read 两个文明: 各级政府｜各基层单位要全面负起); a pair before a copula stays one."""
    frames = _frames("各级政府和各基层单位要全面负起两个文明建设的责任，采取切实有效的措施。")
    assert not any("负起" in item for items in frames.values() for item in items), frames
    frames = _frames("领导干部和普通党员都要抓好两件大事。")
    assert not any("抓好" in item for items in frames.values() for item in items), frames
    frames = _frames("我们面前，经济困难和汉奸捣乱将是两个很大的问题。")
    assert frames.get("两个很大的问题", [""])[0] == "经济困难"
