"""A short hard-wrapped text whose blank lines stand between its paragraphs (a 范文 site's
copy of a letter of two paragraphs) keeps a paragraph whole where a sentence ends exactly
at the margin: every run of lines between blank lines is full but its last line, so no
paragraph ends inside one (drafter/corpus/line_joins._blocks_full_inside). Too few short
paragraph ends for the count of longer texts; the class was found on
bench/format_robustness's txt_scraped form of a real two-paragraph letter. Own text."""

from __future__ import annotations

from drafter.corpus import parse_text

WIDTH = 24
# each paragraph has a sentence that ends exactly at the margin of a line
FIRST = (
    "各位同志：你们的来信已经收到了，信中反映的问题，"  # 24: ends on ，
    "我们都认真地研究过，基本情况也已经逐一查清楚了。"  # 24: ends on 。 at the margin
    "关于道路维修的问题，区里已经安排了专项资金，预计下个月开工。"
)
SECOND = (
    "关于学校扩建的问题，教育局正在抓紧论证，争取年内拿出方案。"
    "请你们继续关心支持这项工作，有什么新的情况和意见，"
    "欢迎随时来信来访，我们一定认真听取大家的意见。"
)


def _wrap(paragraph: str) -> list[str]:
    return [paragraph[i : i + WIDTH] for i in range(0, len(paragraph), WIDTH)]


def test_a_sentence_ending_at_the_margin_does_not_end_the_paragraph():
    assert FIRST[WIDTH * 2 - 1] == "。"  # (the second line ends a sentence at the margin)
    notes = ["[1] 区里，指某某区人民政府。这里说的专项资金，是二〇三一年的道路维修资金。"]
    lines = ["关于群众来信的答复", "", *_wrap(FIRST), "", *_wrap(SECOND), "", "某某区人民政府"]
    lines += ["", *_wrap(notes[0])]
    texts = [p.text for p in parse_text("\n".join(lines)).paragraphs()]
    assert any(t.startswith("各位同志") and t.endswith("预计下个月开工。") for t in texts)
    assert not any(t.startswith("关于道路维修") for t in texts)
