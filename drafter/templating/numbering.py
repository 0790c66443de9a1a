"""Numbering style names a template may ask for, and the markers writers know them by.

The style names are those of ``drafter.drafts.model`` (one per outline level). A template
may name a style either way: ``ordinal`` or ``第一，``; ``shi`` or ``一是``.
"""

from __future__ import annotations

from drafter.numerals import cn_number

STYLES = (
    "cn_dun",
    "cn_paren",
    "arabic_dot",
    "arabic_paren",
    "ordinal",
    "ordinal_dun",
    "ordinal_sentence",
    "shi",
    "yao",
    "sequence",
    "none",
)

# Marker as a writer types it -> style name.
ALIASES = {
    "一、": "cn_dun",
    "（一）": "cn_paren",
    "(一)": "cn_paren",
    "1.": "arabic_dot",
    "1．": "arabic_dot",
    "1、": "arabic_dot",
    "（1）": "arabic_paren",
    "(1)": "arabic_paren",
    "第一，": "ordinal",
    "第一,": "ordinal",
    "第一、": "ordinal_dun",
    "第一句话：": "ordinal_sentence",
    "第一句话:": "ordinal_sentence",
    "第一句话": "ordinal_sentence",
    "一是": "shi",
    "一要": "yao",
    "首先": "sequence",
    "首先，": "sequence",
    "无": "none",
    "无编号": "none",
}


def style_name(word: str) -> str | None:
    """The style a word names (``"shi"``, ``"一是"`` -> ``"shi"``), or None."""
    word = word.strip()
    if word in STYLES:
        return word
    return ALIASES.get(word)


def cn_count(n: int) -> str:
    """A number as it is said before a measure word: 2 -> 两 (两个畅通), else as cn_number."""
    return "两" if n == 2 else cn_number(n)


_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_VALUES.update({"六": 6, "七": 7, "八": 8, "九": 9})


def split_count_word(word: str) -> tuple[int, str, bool]:
    """A numeric summary taken apart: "四勤" -> (4, "勤", False), "两个畅通" -> (2, "畅通",
    True), "十大工程" -> (10, "大工程", False). The flag says a measure word 个 stood
    between. A word with no leading number gives (0, word, False)."""
    i, value, tens = 0, 0, False
    while i < len(word) and (word[i] in _CN_VALUES or word[i] == "十"):
        if word[i] == "十":
            value = (value or 1) * 10
            tens = True
        else:
            value = value + _CN_VALUES[word[i]] if tens else _CN_VALUES[word[i]]
        i += 1
    rest = word[i:]
    measured = rest.startswith(("个", "项", "条", "种", "大"))
    if measured:
        rest = rest[1:]
    return value, rest, measured


def count_of(word: str) -> int:
    """The number a numeric summary starts with ("三多" -> 3), 0 when none."""
    return split_count_word(word)[0]


def count_slot(word: str) -> str:
    """The heading slot for one item of a numeric summary: "四勤" -> "勤……",
    "两个畅通" -> "……畅通" (the shared word goes where speeches put it)."""
    _, rest, measured = split_count_word(word)
    if not rest:
        return "……"
    if measured and not rest.startswith(_LEAD_VERBS):
        return f"……{rest}"  # 两个畅通: 政令畅通、信息畅通
    return f"{rest}……"  # 四勤: 勤学习、勤调研; 两个确保: 确保……


# Lead words that open each item rather than close it (两个维护 -> 维护……).
_LEAD_VERBS = ("坚持", "确保", "服务", "维护", "做到", "注重", "强化", "突出", "着力", "推进", "抓")
