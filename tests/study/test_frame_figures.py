"""Counts written in figures whose clause spells out their items (frames.figures).

Modern provincial reports write 4个集群 where older texts write 四个; the gold takes such a count
for a listed frame when the clause before it names every item (b13's 5大支柱产业, b31's 4个集群,
3件事, 2支基金, ７个项目), and for no frame when the items are named places or bodies (b31 call 2)
or only begun (…等10个). Own sentences."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _frames(text: str) -> dict[str, list[str]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return {f.phrase: f.items for f in study.frames}


def test_a_figure_closing_a_full_list_is_a_listed_frame():
    frames = _frames("今年重点培育新材料、生物医药、节能环保3个集群，带动就业增长。")
    assert frames.get("3个集群") == ["新材料", "生物医药", "节能环保"]


def test_full_width_figures_and_a_closing_deng():
    frames = _frames("对话剧、舞蹈、杂技等３个项目免征税款，以示扶持。")
    assert frames.get("３个项目") == ["话剧", "舞蹈", "杂技"]


def test_the_words_opening_the_clause_are_no_item():
    frames = _frames("年内突出抓好危房改造和管网更新2件事，确保按期完成。")
    assert frames.get("2件事") == ["危房改造", "管网更新"]


def test_the_counted_noun_phrase_is_kept_whole():
    frames = _frames("壮大稻米、果蔬、水产3个千亿级产业，促进农民增收。")
    assert frames.get("3个千亿级产业") == ["稻米", "果蔬", "水产"]


def test_named_places_are_no_frame():
    frames = _frames("新增长春、吉林、四平3个示范城市，辐射带动周边。")
    assert not any(p.startswith("3个") for p in frames)


def test_a_list_only_begun_is_no_listed_frame():
    frames = _frames("实施新材料、生物医药等6个专项，推动产业升级。")
    assert frames.get("6个专项", []) == [] or "6个专项" not in frames


def test_a_plain_quantity_is_no_frame():
    frames = _frames("全年新开工项目4000个，完成投资5项指标全部达标。")
    assert not frames
