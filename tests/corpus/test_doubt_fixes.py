"""结构待核's reasons with their likely fixes (drafter.corpus.doubt_fixes), without Qt: each
reason the machine gives is found again in the document and answered by one correction,
which applied clears what the reason said; a reason with no likely fix is listed alone."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.correction_labels import level_warnings
from drafter.corpus.corrections import apply_corrections
from drafter.corpus.doubt_fixes import doubt_fixes

BODY = "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展。" * 3
POINTS = ["第一，要提高政治站位。", "第二，要突出工作重点。", "第三，要狠抓工作落实。"]
TEXT = "\n".join(
    ["在全市工作会议上的讲话", "同志们：", BODY]
    + [line for p in POINTS for line in (p + BODY, BODY)]
    + ["同志们，让我们共同努力！"]
)


def _heads(doc) -> list[str]:
    return [p.text for p in doc.paragraphs() if p.is_heading]


def _at(doc, text: str) -> int:
    return next(p.index for p in doc.paragraphs() if p.text.startswith(text))


def _one(doc, reason: str):
    doc.outline.doubts = [reason]
    (fix,) = doubt_fixes(doc)
    assert fix.reason == reason
    return fix


def test_points_read_as_the_outline_become_text_in_one_step():
    doc = parse_text(TEXT)
    assert len(_heads(doc)) == 3
    fix = _one(doc, "“第一，”起的 3 段按讲话的要点当作提纲")
    assert fix.fix.startswith("这 3 段不是标题")
    assert _heads(apply_corrections(doc, fix.ops).document) == []
    assert len({op["step"] for op in fix.ops}) == 1  # one step for 撤销


def test_a_next_number_after_the_last_part_becomes_a_part():
    doc = parse_text(TEXT)
    third = doc.paragraphs()[_at(doc, "第三")]
    unmade = {"op": "unheading", "para": third.index, "text": third.text}
    doc = apply_corrections(doc, [unmade]).document
    assert len(_heads(doc)) == 2
    fix = _one(
        doc, "最后一个一级标题之后有段落以下一个编号开头（“第三，要狠抓工作落实…”），未当作标题"
    )
    assert fix.fix.startswith("设为一级标题")
    after = apply_corrections(doc, fix.ops).document
    assert [t[:2] for t in _heads(after)] == ["第一", "第二", "第三"]


def test_headings_above_the_first_part_move_up():
    doc = parse_text(TEXT)
    first = doc.paragraphs()[_at(doc, "第一")]
    lower = {"op": "heading", "para": first.index, "text": first.text, "level": 2}
    doc = apply_corrections(doc, [lower]).document
    assert level_warnings(doc.outline)
    doc.outline.doubts = []
    (fix,) = doubt_fixes(doc)
    assert fix.reason.startswith("层级待核") and "改为一级标题" in fix.fix
    assert not level_warnings(apply_corrections(doc, fix.ops).document.outline)


@pytest.mark.parametrize(
    "reason",
    ["第一层各部分篇幅相差悬殊，层级可能划分有误", "“第九，”起的 3 段按讲话的要点当作提纲"],
)
def test_a_reason_without_a_likely_fix_is_listed_alone(reason):
    fix = _one(parse_text(TEXT), reason)
    assert (fix.fix, fix.ops) == ("", [])
