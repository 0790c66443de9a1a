"""A second count over the very list an earlier count summed up is a mention of that frame.

The gold README's back-reference convention: a count "folds into a frame already marked for the
same items" (这三种困难 after 三种过剩). The analysis kept both when each count read the same list
inline (b29's 两种统一战线，两种联盟 over one pair of 联盟; b10's 两大流 … 两大块 over 物流 and 资金流):
10 spurious frames over 9 gold groups, none of them right. Own sentences."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.mention_folds import fold_same_list
from drafter.study.layout import layout
from drafter.study.model import Frame, Span


def _frames(text: str) -> list[tuple[str, list[str], int]]:
    study = analyze(parse_text(f"标题\n\n{text}\n", "t.txt"))
    return [(f.phrase, f.items, len(f.mentions)) for f in study.frames]


def test_a_second_count_over_the_same_list_is_a_mention():
    text = "公司要抓好研发和销售两件大事。各部门都要围绕研发和销售两项工作来安排。"
    assert _frames(text) == [("两件大事", ["研发", "销售"], 1)]


def test_two_names_for_one_pair_in_one_sentence_are_one_frame():
    text = (
        "我们现在有两种合作形式，两种联盟。一种是工厂和学校的联盟，这是基础。"
        "一种是工厂和医院的联盟。"
    )
    assert _frames(text) == [("两种合作形式", ["工厂和学校的联盟", "工厂和医院的联盟"], 1)]


def test_other_items_make_another_frame():
    text = "公司要抓好研发和销售两件大事。各部门都要围绕质量和成本两项工作来安排。"
    assert [p for p, _i, _m in _frames(text)] == ["两件大事", "两项工作"]


def test_far_apart_the_same_list_is_summed_up_again():
    filler = "其他的事情都可以放一放，这里不多讲。"
    paragraphs = ["公司要抓好研发和销售两件大事。", *[filler] * 4, "研发和销售两项工作要常抓。"]
    assert [p for p, _i, _m in _frames("\n\n".join(paragraphs))] == ["两件大事", "两项工作"]


def test_two_formulas_side_by_side_stay_two():
    # 两个市场、两种资源 over one pair of qualifiers: two formulas, whatever the reader gives each
    lay = layout(parse_text("标题\n\n要利用好国内国际两个市场、两种资源。\n", "t.txt"))
    p = next(k for k, para in enumerate(lay.paragraphs) if "两个市场" in para.text)
    text = lay.paragraphs[p].text

    def frame(phrase):
        at = text.index(phrase)
        return Frame(
            phrase, 2, Span(p, at, at + len(phrase)), items=["国内", "国际"], source="inline"
        )

    assert [f.phrase for f in fold_same_list(lay, [frame("两个市场"), frame("两种资源")])] == [
        "两个市场",
        "两种资源",
    ]


def test_in_another_paragraph_a_different_noun_is_another_frame():
    text = "必须统筹研发和销售两个大局。\n\n要用好研发和销售两个市场。"
    assert [p for p, _i, _m in _frames(text)] == ["两个大局", "两个市场"]
