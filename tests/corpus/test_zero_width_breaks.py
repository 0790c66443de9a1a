"""A scraped page that broke an inline element out of its paragraph leaves a line of nothing
but a zero-width space right between the two pieces (…今年预期目标设定 / \\u200b / 为6%以上…):
the pieces are one paragraph, while a blank line still ends one (clean._normalise). Found by
the survey of texts without gold (f8-survey, gwr 2021). Our own sentences."""

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
