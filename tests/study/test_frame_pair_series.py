"""A series of counted pairs (A和B两个X、C和D两条Y): each count's items are the pair right
before it, not the previous count's phrase with it (frames.before_count.items_just_before).
Own sentences; the class is b31's 社会主义和资本主义两条道路、马克思主义和修正主义两条路线 and b19's pair of 两条路线."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _frames(text: str) -> dict[str, list[str]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return {f.phrase: f.items for f in study.frames}


def test_each_count_of_a_series_takes_its_own_pair():
    frames = _frames("要看清集体和个人两种利益、长远和眼前两类目标的关系，不可偏废。")
    assert frames.get("两类目标") == ["长远", "眼前"]


def test_a_count_inside_the_first_item_does_not_cut_the_list():
    frames = _frames("把发展生产同三项基本制度、对外交流这两个支点结合起来。")
    assert "两个支点" in frames and frames["两个支点"][-1] == "对外交流"
