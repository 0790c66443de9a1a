"""Whether a short line standing alone is a part's title (问题的提起, 结　　论, 为什么是持久战？)
rather than a list item, a fragment of a broken sentence, a label, a signature or a header
line; and the part names that need no number (引言, 结论, 附：…)."""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.closing_start import CLOSING_LINES, SIGNED_DATE
from drafter.corpus.markers import match_marker
from drafter.corpus.reflow import POST_END, ends_sentence

NAMED_PARTS = frozenset(
    (
        "引言",
        "导言",
        "前言",
        "序言",
        "序",
        "跋",
        "绪论",
        "结论",
        "结语",
        "开幕词",
        "闭幕词",
        "后记",
        "附言",
    )
)


_SPACES = re.compile(r"[ \u3000]+")  # (compiled once: named_part reads many lines)


def named_part(text: str) -> bool:
    """Part headings that need no number: 引　言, 结　论, 开幕词, 附：…; and the same names
    counted where a text has several (序言一 / 序言二 of one book's two prefaces): the name
    is what makes the line a part, the numeral after it only tells them apart."""
    # (two scans in C before the substitution: most lines hold no space; and no name, nor
    # 附： with its title, is longer than 30 characters: a paragraph is answered here)
    bare = _SPACES.sub("", text) if " " in text or "\u3000" in text else text
    if len(bare) > _NAMED_MAX:
        return False
    return (
        bare in NAMED_PARTS
        or _COUNTED_PART.sub("", bare) in NAMED_PARTS
        or (bare.startswith(("附：", "附:")) and len(bare) <= 30)
    )


# the longest line named_part can take: 附：… up to 30 characters, a name and its numeral
_NAMED_MAX = max(30, max(map(len, NAMED_PARTS)) + 2)


# the numeral after a named part's name: 序言一, 结论二 (not 之一, not a figure)
_COUNTED_PART = re.compile(r"(?<=.)[一二三四五六七八九十]{1,2}$")


# the last character of a place or an office: a three-character line ending in one is a
# name ("北京市", "市政府"), while "稳外贸", "促消费" are headings
_UNIT_END = frozenset("省市县区州盟旗镇乡村部局委办府厅院会处科室所站队组社司")
_NOTE_MARKS = re.compile(r"\[\d+\]")
# a line ending in a word that needs what follows, or followed by one that cannot begin
# a paragraph, is a fragment of a sentence broken around a link or a bold word
_OPEN_END = frozenset("与及把被")  # not 的 (战争的目的), 是 (实事求是), 向 (方向)
_NO_START = frozenset("、，,。；;：:的之了》”）)")


def looks_like_heading(texts: list[str], i: int) -> bool:
    """Whether the short line ``texts[i]``, standing alone without a marker, reads as a part's
    title over text: the many ways such a line is something else (a list's line, a broken
    sentence's piece, a label, a signature, a header line metadata left, a table row) ruled
    out one by one, each by its neighbours as much as by itself."""
    text = _NOTE_MARKS.sub("", texts[i]) if "[" in texts[i] else texts[i]
    if not 3 <= len(text) <= 40 or text[-1] in "，,、":
        return False
    if _ends_statement(text) and not (
        text[-1] in "？?" and len(text) <= 24 and text[-2] not in "呢吗"
    ):
        return False  # a question may head a part ("为什么是持久战？"), not "…是什么意思呢？"
    if i + 1 >= len(texts) or (
        len(texts[i + 1]) <= len(text)
        and not ends_sentence(texts[i + 1])
        and (match_marker(texts[i + 1]) is None or match_marker(text) is not None)
    ):
        return False  # over a shorter line: one of a list (a part title over 一、 is not)
    if _list_line(texts[i + 1]):
        return False  # one of a list of short lines, not a heading over text
    if i > 0 and len(texts[i - 1]) > 40 and not ends_sentence(texts[i - 1]):
        return False  # the tail of a broken paragraph, not a heading
    if i > 0 and _list_line(texts[i - 1]):
        return False  # the last of a list of short lines ("商业资产阶级" / "工业资产阶级")
    if text[-1] in _OPEN_END or (i + 1 < len(texts) and texts[i + 1][:1] in _NO_START):
        return False  # a piece of a broken sentence ("今年是我国与" / "印度" / "、缅甸…")
    if i > 0 and texts[i - 1][-1:] in "”’" and not _ends_statement(texts[i - 1]):
        return False  # the words after a quotation: “…和平共处” / 五项原则 / 早已…
    if len(text) == 3 and (text[-1] in _UNIT_END or not text.isalpha()):
        return False  # "北京市", "劳动部", "附 则": a place, an office, a spaced label
    if text in CLOSING_LINES:
        return False  # "结束语": where the closing starts, not a part
    if i + 1 < len(texts) and SIGNED_DATE.match(texts[i + 1].replace(" ", "")):
        return False  # the office signing above the date
    if text[0] in "（(" and text[-1] in "）)":
        return False  # a stage direction or a note: "（通报）", "（根据录音整理）"
    if "。" in text:
        return False  # two sentences: prose, or a caption ("…作报告。记者 …")
    if text[0] in _QUOTE_PAIRS and text.find(_QUOTE_PAIRS[text[0]]) == len(text) - 1:
        return False  # a quotation set apart (not two quoted words: “糟得很”和“好得很”)
    if "：" in text or ":" in text or text.startswith(_NOT_PART_STARTS):
        return False  # a label ("单位：万元"), a salutation or a subtitle
    if POST_END.search(text) or _TITLE_END.search(text):
        return False  # a header line metadata left behind: a post, a title
    # not a table row, a figure or a code; a year is a word of a title (难忘的1996)
    words = _YEAR.sub("年", text)
    if text[0].isdigit() or any(ch.isdigit() for ch in words):
        words = text  # a date line (2011年10月26日), figures
    ascii_like = sum(1 for ch in words if ch.isascii())
    return ascii_like * 2 <= len(words)


_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.%])")
_TITLE_END = re.compile(r"(讲话|报告|发言|致辞|会议上|大会上)$")
# a salutation, a subtitle, or a speaker turning to the next topic ("下面，着重讲一下…",
# "最后，着重讲一讲…"): a sentence of the speech, not the title of a part
_NOT_PART_STARTS = (
    "同志们",
    "各位",
    "——",
    "下面，",
    "下面我",
    "最后，",
    "现在，",
    "首先，",
    "其次，",
)
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = "”’」』）)》"


def _list_line(text: str) -> bool:
    """A short line of a list: no sentence punctuation, no marker (a heading above has one)."""
    return (
        len(text) <= 12
        and not _ends_statement(text)
        and text[-1] not in "：:，,"
        and match_marker(text) is None
        and mk.match_part(text) is None
    )


def _ends_statement(text: str) -> bool:
    """Whether a line ends a sentence: 。！？ perhaps inside closing quotes, but not a
    quotation ending a title (所谓“不服从政令、军令”)."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in "。！？!?；;…"


# words that announce points or a list to come (讲三点, 以下, 如下): a line with them is a
# lead-in, not a part's title (missed_parts) nor a lead sentence (lead_lines)
ANNOUNCES = re.compile(r"[两二三四五六七八九十几]+(?:点|个问题|个方面|条|项)|如下|以下")
