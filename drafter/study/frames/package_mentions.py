"""A package of provisions named by its count of 条 alone (承认以我们的八条为谈判基础, 十条里有两条):
a formula the reader is meant to recall, not a count of things."""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.mention import (
    Mention,
    mention_key,
)
from drafter.study.words import tagged

_PACKAGE_AFTER = re.compile(r"[，,。；;：:、）)”！？!?]|的|为|里|中|以外|之外|都|就是|是|$")
# the name of a document before its count (农业发展纲要四十条, 协定八条): a name, no frame
_DOCUMENT_BEFORE = re.compile(r"(?:纲要|协定|协议|条例|决定|规定|办法|法|宪章|章程|草案)$")


def package_mention(index: int, text: str, m: re.Match) -> Mention | None:
    """A count of 条 (three to twelve) the guards of :func:`counted_mention` refused for want of a
    noun, standing alone as one after a verb, 的 or a measure (承认以我们的八条为谈判基础,
    延安才规定了九条, 我讲的十条): provisions or points the reader knows by their count, as
    “新九条” quoted — a mentioned frame. Not after a noun (干部八条 is a named list, read by
    frames.named_formulas.named_lists), a pointer (这八条, 右列四条 point back), the same count named before
    in the paragraph or a document's name (纲要四十条)."""
    numeral = m.group(1)
    number = parse_cn_number(numeral)
    if m.group(2) != "条" or not number or not 3 <= number <= 12 or len(numeral) > 2:
        return None
    if len(numeral) == 2 and "十" not in numeral:
        return None  # 三四条: a rough count
    if not _PACKAGE_AFTER.match(text, m.end()):
        return None
    before = text[max(0, m.start() - 6) : m.start()]
    if _DOCUMENT_BEFORE.search(before) or re.search(r"[这那此]|[右左上下前]列", before):
        return None  # 这纲领性的八条, 右列四条: pointing back at a list or a formula named before
    if m.group(0) in text[: m.start()]:
        return None  # 干部八条…维持这个八条: the formula named again
    last = tagged(before)[-1:] if before else []
    if last and not (last[0][1][:1] in "vupqmr" or not re.match(r"[\u4e00-\u9fff]", last[0][0])):
        return None  # 干部八条, 右列四条: a noun or a place word names the list
    if re.search(r"[第一二三四五六七八九十两0-9０-９]$", before):
        return None
    return Mention(index, m.start(), m.end(), m.group(0), number, False, mention_key(number, "条"))
