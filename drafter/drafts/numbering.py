"""Heading markers derived from a node's position: numbering is never typed by the writer.

Each outline level has a numbering style (``Draft.numbering``); a node's marker follows
from its style and its index among its siblings, so moving or deleting a section
renumbers everything after it. :func:`parse_marker` is the inverse, used to infer the
styles of a document read from the library.
"""

from __future__ import annotations

import re

from drafter import numerals
from drafter.drafts.model import DEFAULT_NUMBERING, Draft, DraftNode
from drafter.numerals import parse_cn_number

NUMBERING_STYLES: dict[str, str] = {
    "cn_dun": "一、",
    "cn_paren": "（一）",
    "arabic_dot": "1.",
    "arabic_paren": "（1）",
    "ordinal": "第一，",
    "ordinal_dun": "第一、",
    "ordinal_sentence": "第一句话：",
    "shi": "一是",
    "yao": "一要",
    "sequence": "首先/其次/再次/最后",
    "none": "（无编号）",
}

_SEQUENCE = ("首先", "其次", "再次")
_SEQUENCE_LAST = "最后"
_SEQUENCE_MORE = "此外"  # the 4th, 5th ... of a long 首先/其次 run, before 最后
# Marks that may end a marker (一、 1. 第一， 第一句话：), which an author's own mark
# (DraftNode.marker_punct) replaces.
MARKER_PUNCT = "、，,.．：:"
# Punctuation that may already end a run-in heading sentence.
_SENTENCE_END = "。！？；：!?;:…"


def cn_number(n: int) -> str:
    """Chinese numeral for 1..999 as used in headings: 一, 十, 十一, 二十, 一百零五."""
    if n <= 0:
        raise ValueError(f"numbering starts at 1, got {n}")
    return numerals.cn_number(n)


def marker(style: str, n: int, total: int | None = None) -> str:
    """The marker of the ``n``-th (1-based) heading in ``style``.

    ``total`` is the number of siblings; only ``"sequence"`` needs it, to put 最后 on
    the last one (without it the run is 首先, 其次, 再次, 此外 ...).
    """
    if n < 1:
        raise ValueError(f"numbering starts at 1, got {n}")
    if style == "sequence":
        if total is not None and n == total and n > 1:
            return _SEQUENCE_LAST + "，"
        return (_SEQUENCE[n - 1] if n <= len(_SEQUENCE) else _SEQUENCE_MORE) + "，"
    cn = cn_number(n)
    formats = {
        "cn_dun": f"{cn}、",
        "cn_paren": f"（{cn}）",
        "arabic_dot": f"{n}.",
        "arabic_paren": f"（{n}）",
        "ordinal": f"第{cn}，",
        "ordinal_dun": f"第{cn}、",
        "ordinal_sentence": f"第{cn}句话：",
        "shi": f"{cn}是",
        "yao": f"{cn}要",
        "none": "",
    }
    try:
        return formats[style]
    except KeyError:
        raise ValueError(f"unknown numbering style {style!r}") from None


def level_styles(draft: Draft, depth: int) -> list[str]:
    """The style of each level 1..``depth``: ``draft.numbering`` and, below it, the next
    official-document style not yet used above (一、 → （一） → 1. → （1）), so a
    fourth level under 一是/（一） headings still gets a distinct marker."""
    styles = [s if s in NUMBERING_STYLES else "none" for s in draft.numbering[:depth]]
    while len(styles) < depth:
        unused = [s for s in DEFAULT_NUMBERING if s not in styles]
        styles.append(unused[0] if unused else "arabic_paren")
    return styles


def _depth(nodes: list[DraftNode]) -> int:
    return max((1 + _depth(n.children) for n in nodes), default=0)


def markers(draft: Draft, *, written: bool = True) -> dict[str, str]:
    """Node id -> marker for every heading of the draft, from position and style; a
    heading's ``written_marker`` where it has one (``written=False``: the derived marker
    alone, which :mod:`drafter.drafts.written_markers` compares against)."""
    styles = level_styles(draft, _depth(draft.sections))
    out: dict[str, str] = {}

    def visit(nodes: list[DraftNode], level: int, style: str) -> None:
        total = sum(1 for n in nodes if not n.unnumbered)
        i = 0
        for node in nodes:
            if node.unnumbered:
                out[node.id] = node.written_marker if written else ""
            else:
                i += 1
                mark = marker(style, i, total)
                if node.marker_punct and mark and mark[-1] in MARKER_PUNCT:
                    mark = mark[:-1] + node.marker_punct
                out[node.id] = (node.written_marker if written else "") or mark
            child_style = node.child_numbering
            if child_style not in NUMBERING_STYLES and node.children:
                child_style = styles[level]
            visit(node.children, level + 1, child_style)

    visit(draft.sections, 1, styles[0] if styles else "none")
    return out


def levels(draft: Draft) -> dict[str, int]:
    """Node id -> outline level (1 for top-level sections)."""
    out: dict[str, int] = {}

    def visit(nodes: list[DraftNode], level: int) -> None:
        for node in nodes:
            out[node.id] = level
            visit(node.children, level + 1)

    visit(draft.sections, 1)
    return out


def heading_text(draft: Draft, node: DraftNode, marks: dict[str, str] | None = None) -> str:
    """Marker + heading as printed. A run-in heading is the first sentence of its
    paragraph, so it gets a closing 。 unless it already ends a sentence.

    Pass ``marks`` (from :func:`markers`) when rendering many headings, to avoid
    recomputing the whole numbering for each one.
    """
    mark = (marks if marks is not None else markers(draft)).get(node.id, "")
    text = mark + node.heading.strip()
    if node.run_in and text and text[-1] not in _SENTENCE_END:
        text += "。"
    return text


_CN = "[一二三四五六七八九十百零〇两]+"
_MARKER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ordinal_sentence", re.compile(rf"^第({_CN})句话[：:]")),
    ("ordinal_dun", re.compile(rf"^第({_CN})[、]")),
    ("ordinal", re.compile(rf"^第({_CN})(?:[，,：:]|$)")),
    ("cn_paren", re.compile(rf"^[（(]({_CN})[）)]")),
    ("arabic_paren", re.compile(r"^[（(](\d+)[）)]")),
    ("cn_dun", re.compile(rf"^({_CN})[、，,.．]")),
    ("arabic_dot", re.compile(r"^(\d+)(?:[.．、]|\s)")),
    ("shi", re.compile(rf"^({_CN})是")),
    ("yao", re.compile(rf"^({_CN})要")),
    ("sequence", re.compile(r"^(首先|其次|再次|此外|然后|最后)[，,：:]?")),
]


# Styles whose marker can never be a heading's own first words: a heading typed or pasted
# with one of them (一、 （一） 1. （1）, copied from a Word file) carries a number the
# draft gives it anyway, whatever style the draft numbers that level in.
_OFFICIAL_STYLES = ("cn_dun", "cn_paren", "arabic_dot", "arabic_paren")


def typed_marker(heading: str, style: str | None) -> str:
    """The marker a writer typed (or pasted) at the start of ``heading`` for a node the draft
    numbers in ``style`` ('' when none): numbering is derived, so a typed one is printed
    twice (第一句话：第一句话：…, 一、一、…). Recognised are a marker of the node's own
    style (首先要… under 首先/其次 too: printed 首先，首先要…) and the official ones (一、
    （一） 1. （1）); never for an unnumbered node (``style`` None or ``"none"``: its
    heading says what it likes), never the whole heading, and 1. or 第一 only with their
    mark (2024 年, 第一次 are words)."""
    if not style or style == "none":
        return ""
    text = heading.strip()
    for candidate, pattern in _MARKER_PATTERNS:
        if candidate != style and candidate not in _OFFICIAL_STYLES:
            continue
        m = pattern.match(text)
        if not m or not text[m.end() :].strip(" \u3000"):
            continue
        mark = m.group(0)
        if candidate == "arabic_dot" and mark[-1].isspace():
            continue
        if candidate == "ordinal" and mark[-1] not in "，,：:":
            continue  # 第一次… is the heading's own words
        return mark
    return ""


def parse_marker(mark: str) -> tuple[str, int] | None:
    """Classify a marker as written (``"（二）"`` -> ``("cn_paren", 2)``).

    Returns ``None`` for an empty or unknown marker. Sequence words map to their
    position (首先 1, 其次 2, 再次 3, 最后 0 meaning "the last").
    """
    mark = mark.strip()
    if not mark:
        return None
    for style, pattern in _MARKER_PATTERNS:
        m = pattern.match(mark)
        if not m:
            continue
        word = m.group(1)
        if style == "sequence":
            order = {"首先": 1, "其次": 2, "再次": 3}.get(word, 0)
            return style, order
        n = int(word) if word.isdigit() else parse_cn_number(word)
        if n is not None:
            return style, n
    return None
