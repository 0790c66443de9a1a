"""The article's head (title, subtitle, info bar) when the extractor left it out.

trafilatura keeps the article's body; on many government pages the title and the
来源/时间 line stand in elements of their own above it and are dropped. They are found
again from the page's tree, next to the article's first line, and put back as the text's
first lines, so the header reader sees the title the page names.
"""

from __future__ import annotations

import re

from drafter.corpus.model import Block
from drafter.corpus.readers.html_layout import squeeze
from drafter.corpus.readers.html_xml import one_line

_HEAD_MAX = 5  # lines: a title, its subtitle, the info bar, perhaps a line more


_HEAD_LINE_MAX = 100  # characters: longer is a paragraph, not a line of the head


# ancestors of the first paragraph searched for the head standing before it: a page laid out
# in tables (html_layout_tables) puts the article paragraph seven boxes under the row of
# its info bar (p, font, cell, row, inner table, cell, row)
_HEAD_LEVELS = 8


_NOT_TEXT = frozenset(("script", "style", "noscript", "template"))


def lost_head(page, blocks: list[Block]) -> list[Block]:
    """The article's head (its title, subtitle and info bar) when the extraction left it out:
    the lines standing right before the article's first paragraph in the page ("凝心聚力 …" /
    "——在…上的报告" / "发布时间：…" in div.article-head over div.article-content). Taken only
    when one of them is the title the page itself names: its description or <title> says so,
    or it is a "——在…上的…" subtitle; the first of the others becomes the title line (the
    extractor took the page's <title>, which may be a news headline, for the title). Empty
    when nothing was lost or no such head stands there."""
    first = next((squeeze(b.text) for b in blocks if b.text.strip()), "")
    if not first or len(first) > _HEAD_LINE_MAX:
        return []
    anchor = _element_of(page, first)
    if anchor is None:
        return []
    lines: list[str] = []
    node = anchor
    for _ in range(_HEAD_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            got = _head_lines(sibling)
            if got is None:
                return _title_head(page, lines)
            lines[:0] = got
            if len(lines) > _HEAD_MAX:
                return []
        if lines:
            break
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return _title_head(page, lines)


_ANCHOR_CLIMB = 3  # levels from a text node up to the paragraph element holding it


def _element_of(page, text: str):
    """The page's element whose text is ``text`` (squeezed): found from an element whose
    own text opens it, climbing a few levels (<p><strong>院长</strong>郑国华</p>), so that
    no element's whole text is computed but near a match (pages run to 300,000 elements)."""
    for el in page.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_TEXT or not el.text:
            continue
        own = squeeze(el.text)
        if not own or not text.startswith(own):
            continue
        node = el
        for _ in range(_ANCHOR_CLIMB):
            whole = squeeze(node.text_content())
            if whole == text or _first_line_of(node, whole, text):
                return node
            if len(whole) > len(text) or node.getparent() is None:
                break
            node = node.getparent()
    return None


def _first_line_of(node, whole: str, text: str) -> bool:
    """Whether ``text`` is the first of the lines a ``<br>`` breaks ``node`` into (an old
    site's paragraph "副县长　某某<br>（2026年6月2日）", which the extractor gives back as
    two lines): the paragraph is the article's first element all the same."""
    return whole.startswith(text) and node.find(".//br") is not None


def _head_lines(element) -> list[str] | None:
    """The lines of an element standing before the article's text, or None when it is no
    part of a head: navigation (its text mostly links), a breadcrumb, or a paragraph."""
    if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
        return []
    text = squeeze(element.text_content())
    if not text:
        return []
    linked = sum(len(squeeze(a.text_content())) for a in element.iter("a"))
    if linked * 2 >= len(text) or _CRUMB.search(text):
        return None
    children = [c for c in element if isinstance(c.tag, str) and c.tag not in _NOT_TEXT]
    parts = children if children else [element]
    lines = [" ".join(t.strip() for t in p.itertext() if t.strip()) for p in parts]
    lines = [one_line(line) for line in lines if line.strip()]
    if any(len(line) > _HEAD_LINE_MAX for line in lines):
        return None
    return lines


_CRUMB = re.compile(r"当前位置|您的位置|您现在的位置|[>›»]")


_HEAD_SUBTITLE = re.compile(r"^(?:——|--|—)\s*在\S{2,60}上的\S{0,8}$")


def _title_head(page, lines: list[str]) -> list[Block]:
    """The head's lines as blocks, when one is the title the page names (see lost_head)."""
    if not lines:
        return []
    named = set()
    for meta in page.iter("meta"):
        if (meta.get("name") or "").lower() == "description":
            named.add(squeeze(meta.get("content") or ""))
    node = page.find(".//title")
    page_title = squeeze(node.text_content()) if node is not None else ""
    if not any(
        _HEAD_SUBTITLE.match(squeeze(line))
        or squeeze(line) in named
        or len(squeeze(line)) >= 6
        and squeeze(line) in page_title
        for line in lines
    ):
        return []
    out = [Block(line) for line in lines]
    for block in out:
        if not _HEAD_SUBTITLE.match(squeeze(block.text)) and "：" not in block.text:
            block.kind = "title"  # the head's first line that is no subtitle nor a field
            break
    return out
