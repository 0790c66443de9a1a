"""Circled note marks (…的决议①。) leave the body as [n] marks do, remembered where they
stood; circled numerals that number a list in the text (主要有：①…；②…) stay; so does a
character the font lacked (硫＠①). Our own sentences (drafter/corpus/apparatus.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from drafter.corpus import parse_text
from drafter.corpus.note_marks import note_placements

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outline_scoring import apparatus_in_body  # noqa: E402


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def test_circled_note_marks_leave_the_body_and_are_placed_again() -> None:
    doc = parse_text(
        "关于农业合作化的报告\n\n"
        + "全会通过了关于合作化的决议①。这个决议很重要，各地都要认真执行。\n\n"
        + "许多地方的经验②指出，办社要依靠贫农，团结中农，稳步前进。\n\n"
        + "注释\n\n① 指一九五五年十月全会的决议。\n\n② 见某省委的报告。\n"
    )
    texts = _texts(doc)
    assert not any(ch in t for t in texts for ch in "①②"), texts
    assert [n for _a, n in doc.apparatus.marks] == ["1", "2"]
    placed = note_placements(texts, doc.apparatus)
    assert [(texts[p.paragraph][: p.offset][-4:], p.number) for p in placed] == [
        ("化的决议", "1"),
        ("方的经验", "2"),
    ]
    assert placed[0].note.startswith("① 指")


def test_circled_numerals_of_a_list_and_a_missing_character_stay() -> None:
    text = (
        "关于生产的报告\n\n"
        + "今年的主要措施有：①扩大播种面积；②推广良种，提高单产；③兴修水利。\n\n"
        + "硫＠①的产量比去年增长百分之九，各厂都完成了计划。\n"
    )
    texts = _texts(parse_text(text))
    assert any("①扩大播种面积；②推广良种" in t for t in texts)
    assert any("硫＠①" in t for t in texts)


def test_the_apparatus_check_sees_a_circled_mark_left_in_the_body() -> None:
    gold = {"apparatus": [{"kind": "marks", "first": "①"}]}
    assert apparatus_in_body(gold, ["全会通过了关于合作化的决议①。"]) == gold["apparatus"]
    assert apparatus_in_body(gold, ["全会通过了关于合作化的决议。"]) == []
    assert apparatus_in_body(gold, ["主要措施有：①扩大面积；②推广良种。"]) == []
