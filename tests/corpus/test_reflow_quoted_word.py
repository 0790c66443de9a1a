"""A hard-wrapped line may end on a quoted word or a book title whose sentence goes on with
a particle on the next line (…而主要是“左” / 的偏向。…, …贯彻《决定》 / 的精神…): no
paragraph starts with 的, so the two lines are one, as after a bare character. A sentence
that ends in a quote closes on 。” and is left alone. Own sentences; the class was found on
bench/format_robustness's txt_scraped form of a real text (a numbered paragraph cut in two)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.reflow import should_join

WIDTH = 24


def _wrap(paragraphs: list[str]) -> str:
    lines = []
    for p in paragraphs:
        lines += [p[i : i + WIDTH] for i in range(0, len(p), WIDTH)]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("反对党内右的和“左”的偏向，而主要是“左”", "的偏向。我们要注意纠正"),
        ("各单位要认真学习贯彻《决定》", "的精神，抓好落实。"),
    ],
)
def test_a_particle_after_a_quoted_word_goes_on(a, b):
    assert should_join(a, b, gap=False, width=None)


def test_a_sentence_ending_in_a_quote_is_not_joined_to_a_particle_word():
    assert not should_join("他说：“我们一定要做好。”", "的确，这件事很难。", gap=False, width=None)


def test_a_numbered_paragraph_cut_after_a_quoted_word_is_one_paragraph():
    first = (
        "一、最近几个月，我们集中力量解决土地改革方面、工商业方面、统一战线方面的"
        "各项具体政策问题，既反对右的偏向，也反对“左”的偏向，而主要是反对“左”"
    )
    # cut right after the closing quote, as a hard wrap at this width does
    assert len(first) % WIDTH == 0
    rest = "的偏向。这些偏向在过去一个时期各地都或多或少地发生过，现在已经大体上纠正过来了。"
    text = _wrap(
        [
            "关于当前情况的通报",
            first + rest,
            "二、各地要认真总结经验，把各项政策落到实处，确保工作健康发展，不断取得新的成绩。",
        ]
    )
    doc = parse_text(text)
    assert not any(p.text.startswith("的") for p in doc.paragraphs())
    # (the numbered sentence, whole again, heads its part: 一、…而主要是反对“左”的偏向。)
    assert doc.outline.sections[0].heading.endswith("而主要是反对“左”的偏向")
