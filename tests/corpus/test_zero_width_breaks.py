"""A scraped page that broke an inline element out of its paragraph leaves a line of nothing
but a zero-width space right between the two pieces (…今年预期目标设定 / \\u200b / 为6%以上…):
the pieces are one paragraph, while a blank line still ends one
(line_normalise.normalise_lines). Found by the survey of texts without gold (f8-survey, gwr
2021). Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_A = "过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，发展质量稳步提升，民生保障有力有效。"
_B = "今年发展主要预期目标是：城镇新增就业一千一百万人以上，城镇调查失业率百分之五点五左右，经济增速预期目标设定"
_C = (
    "为百分之六以上，考虑了经济运行恢复情况，有利于引导各方面集中精力推进改革创新、推动高质量发展。"
)
_D = "各位代表！让我们更加紧密地团结在一起，为实现今年目标任务而不懈奋斗！"


def _texts(separator: str) -> list[str]:
    raw = "\n\n".join(["政府工作报告", "各位代表：", _A, _B + separator + _C, _D])
    return [p.text for p in parse_text(raw, "x.txt").paragraphs()]


def test_a_zero_width_line_between_pieces_joins_them() -> None:
    texts = _texts("\n\u200b\n")
    assert _B + _C in texts
    assert _A in texts and _D in texts


def test_a_blank_line_still_ends_a_paragraph_that_ends() -> None:
    texts = _texts("。\n\n")  # the first piece ends its sentence, a blank line follows
    assert _B + "。" in texts and _C in texts


def _pieces(first: str, second: str) -> list[str]:
    """Paragraphs parted by blank lines, one of them broken by a zero-width line."""
    raw = "\n\n".join(["政府工作报告", "各位代表：", _A, first + "\n\u200b\n" + second, _A, _D])
    return [p.text for p in parse_text(raw, "x.txt").paragraphs()]


def test_a_short_first_piece_is_joined_too() -> None:
    """ "经济增速是综合性指标，今年预期目标设定" (short, as a heading line is) / "\\u200b" /
    "为6%以上，…": still one paragraph (the real 2021 report's break)."""
    first = "经济增速是综合性指标，今年预期目标设定"
    second = "为6%以上，考虑了经济运行恢复情况，有利于引导各方面集中精力推进改革创新。"
    assert first + second in _pieces(first, second)


def test_a_piece_ending_its_sentence_is_joined_where_blank_lines_end_paragraphs() -> None:
    """ "…健全数字规则。" / "\\u200b" / "强化反垄断…": a zero-width line is no blank line, so in
    a text that ends its paragraphs with blank lines the two sentences stay one paragraph."""
    first = "促进多种所有制经济共同发展，支持平台企业创新发展，同时要依法规范发展，健全数字规则。"
    second = "强化反垄断和防止资本无序扩张，坚决维护公平竞争市场环境。"
    assert first + second in _pieces(first, second)


def test_zero_width_lines_between_all_paragraphs_still_part_them() -> None:
    """A page that sets a zero-width line between every two paragraphs uses it as a blank
    line: the paragraphs stay apart."""
    raw = "\n\u200b\n".join(["政府工作报告", "各位代表：", _A, _D, _A, _D])
    texts = [p.text for p in parse_text(raw, "x.txt").paragraphs()]
    assert texts.count(_A) == 2 and texts.count(_D) >= 1
