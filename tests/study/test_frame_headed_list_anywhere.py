"""A formula that counts things by the noun each ends on (四个现代化, 四个意识) takes the list the
text writes of them somewhere else (gold b12's 1978 四个现代化, b33's 2017 四个意识, the gold
README's session-32 ruling, point 1); and a label used again and again alone is a formula even
where its first use runs on into 的. On texts written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.formula_words import headed_list_anywhere
from drafter.study.layout import layout


def read(text: str, phrase: str) -> list[str] | None:
    found = headed_list_anywhere(layout(parse_text(text, "t.txt")), phrase)
    return found[0] if found else None


def test_each_item_holding_the_noun():
    text = "标题\n\n各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动工作。\n\n牢固树立“四个意识”。\n"
    assert read(text, "“四个意识”") == ["政治意识", "大局意识", "核心意识", "看齐意识"]


def test_each_item_holding_the_noun_is_marked_on_its_own_words():
    # the list's place was counted as if the noun stood once: the first items' spans landed
    # characters late (意识、大 for 政治意识)
    text = "标题\n\n各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动工作。\n\n牢固树立“四个意识”。\n"
    lay = layout(parse_text(text, "t.txt"))
    items, spans = headed_list_anywhere(lay, "“四个意识”")
    assert [lay.paragraphs[s.paragraph].text[s.start : s.end] for s in spans] == items


def test_the_noun_once_after_the_heads():
    text = "标题\n\n把我国建设成为农业、工业、国防和科学技术现代化的强国。\n\n实现四个现代化。\n"
    assert read(text, "四个现代化") == ["农业", "工业", "国防", "科学技术"]


def test_no_list_of_actions_or_run_on_qualities():
    assert read("标题\n\n要把学习、批判和总结经验结合起来。\n", "三个结合") is None
    text = "标题\n\n一个更有实力、更具活力、更富魅力、更为自信的城市。\n\n坚定四个自信。\n"
    assert read(text, "四个自信") is None


def test_no_pair_and_no_counterless_formula():
    text = "标题\n\n团结资产阶级和小资产阶级。\n\n两个阶级都要团结。\n"
    assert read(text, "两个阶级") is None
    assert read("标题\n\n做好综合服务、协调服务、对上服务。\n\n做到三服务。\n", "三服务") is None


def test_a_label_named_often_is_kept_though_its_first_use_runs_on_into_de():
    text = (
        "标题\n\n我们要建设四个现代化的社会主义强国。\n\n实现四个现代化是全国人民的任务。\n\n"
        "为实现四个现代化而奋斗。\n\n把我国建设成为农业、工业、国防和科学技术现代化的强国。\n"
    )
    found = [f for f in analyze(parse_text(text, "t.txt")).frames if f.phrase == "四个现代化"]
    assert found and found[0].items == ["农业", "工业", "国防", "科学技术"]


def test_the_longer_phrase_names_the_same_formula_again():
    text = (
        "标题\n\n这是两条路线的斗争。\n\n两条路线决定一切。\n\n要认清两条路线。\n\n"
        "两条路线斗争还会长期存在。\n"
    )
    phrases = [f.phrase for f in analyze(parse_text(text, "t.txt")).frames if "路线" in f.phrase]
    assert phrases == ["两条路线"]
