"""Among many short part titles standing alone, one of two characters ("比较", "谈判") is one
of them, not a stray word; a text without such titles keeps a two-character line as text.
Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = "这一时期的情况很复杂，需要我们认真分析，实事求是地作出判断，不能凭想象办事，更不能盲目乐观。"


def _text(titles: list[str]) -> str:
    paras = ["关于当前形势的报告", "同志们：", _P]
    for title in titles:
        paras += [title, _P, _P]
    return "\n\n".join(paras)


def test_a_two_character_title_among_short_titles() -> None:
    titles = ["问题的由来", "两个战场", "人民战争", "比较", "各方的态度", "谈判", "两个前途"]
    doc = parse_text(_text(titles), "x.txt")
    assert [s.heading for s in doc.outline.sections] == titles


def test_a_two_character_line_without_sibling_titles_stays_text() -> None:
    doc = parse_text(_text(["比较"]), "x.txt")
    assert doc.outline.sections == []
