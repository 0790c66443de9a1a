"""A formula that abbreviates its items (a number and a character each item holds: 三资, 五业,
三定) takes the words its own sentence writes as one list — run together or parted by 、 —
as the gold README's "Settled, session 32" ruling reads it; on sentences written for these
tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames.formula_words import abbreviated_words
from drafter.study.layout import layout
from drafter.study.model import Span


def read(text: str, phrase: str) -> list[str] | None:
    lay = layout(parse_text(text, "t.txt"))
    para = next(p for p in lay.paragraphs if phrase in p.text)
    at = para.text.index(phrase)
    found = abbreviated_words(lay, Span(para.index, at, at + len(phrase)), phrase)
    return found[0] if found else None


def test_words_run_together_before_the_formula():
    text = "今年要加强农业牧业渔业“三业”协同，让群众得实惠。"
    assert read(text, "三业") == ["农业", "牧业", "渔业"]


def test_words_run_together_after_the_formula_not_misaligned():
    text = "那年又订了一个“三定”，就是定产定购定销，大家放了心。"
    assert read(text, "三定") == ["定产", "定购", "定销"]


def test_a_list_parted_by_commas_in_the_sentence():
    text = "盘活“三资”，深入推进集体资源、资产、资金的清查。"
    assert read(text, "三资") == ["资源", "资产", "资金"]


def test_scattered_words_or_a_wrong_number_are_no_list():
    assert read("盘活“三资”，清查资产，用好资源，管好每笔资金。", "三资") is None
    assert read("今年要加强农业牧业“三业”协同。", "三业") is None
