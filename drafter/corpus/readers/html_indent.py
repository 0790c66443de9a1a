"""A saved page's paragraph indent (CSS ``text-indent``, ``margin-left``), read as the
characters a text file would type.

A text file sets its paragraphs in with two full-width spaces and its part titles flush;
the outline reads that width (:attr:`Block.indent`, :mod:`drafter.corpus.indented_titles`:
an unnumbered title set in like the paragraphs stands under the flush one before it). A
page published from the same text sets the paragraphs in with CSS instead (``<p
style="text-indent:2em">``, or a class rule of the page's ``<style>``: ``p.zw {
text-indent: 2em }``), and the extractor drops every style, so the page read as if all its
lines were flush and the sub-titles set in under a flush title stood beside it. As the Word
and ODT readers do (:mod:`.para_indent`), this reads the first line's offset of each
paragraph (its ``text-indent``, which CSS inherits, plus its own ``margin-left`` and
``padding-left``) in characters of its font size, and a centred paragraph as set apart
(-1), by the paragraph's text (without spaces), to be matched with the extracted blocks.
Only a page that sets some indent at all is walked (one XPath test in C otherwise).
"""

from __future__ import annotations

import re

from lxml import etree

from drafter.corpus.model import Block
from drafter.corpus.readers.html_layout import (
    BASE_PT,
    BLOCK_TAGS,
    element_style,
    font_points,
    last_declaration,
    own_lines,
    squeeze,
    text_align,
)
from drafter.corpus.readers.para_indent import CENTRED, indent_chars, length_pt

_LENGTH = r"\s*:\s*(-?[\d.]+\s*(?:cm|mm|in|pt|pc|px|em)?)\s*(?:;|!|$)"
_TEXT_INDENT = re.compile(r"text-indent" + _LENGTH, re.IGNORECASE)
_MARGIN = re.compile(r"margin-left" + _LENGTH, re.IGNORECASE)
_PADDING = re.compile(r"padding-left" + _LENGTH, re.IGNORECASE)
_ANY_INDENT = etree.XPath(
    "boolean(//*[contains(@style,'indent') or contains(@style,'margin-left')"
    " or contains(@style,'padding-left')])"
)


def _sets_indent(root, sheet: dict[str, str]) -> bool:
    """Whether the page sets any paragraph in (a style or a class rule): most pages do not,
    and they cost one XPath test."""
    if any("indent" in body or "-left" in body for body in sheet.values()):
        return True
    return bool(_ANY_INDENT(root))


def indented_lines(root, sheet: dict[str, str]) -> dict[str, int]:
    """The lines of text the page sets in or centres (without spaces) -> their indent in
    characters (CENTRED for a centred one); empty for a page that sets no indent, whose
    lines all stay as they were (0). Read before extraction, which drops the styles.

    One walk, parents before children, carrying what CSS inherits (the alignment, the font
    size, the text-indent); an element with no style and no class inherits all of it."""
    out = typed_indents(root)
    if not _sets_indent(root, sheet):
        return out
    stack = [(root, None, BASE_PT, None)]
    while stack:
        element, align, points, first = stack.pop()
        style = (
            element_style(element, sheet) if element.get("style") or element.get("class") else ""
        )
        width = 0
        if style:
            align = text_align(element, style) or align
            points = font_points(element, style, points)
            own = last_declaration(_TEXT_INDENT, style)
            first = own.group(1) if own else first
        elif element.tag in ("center",) or element.get("align"):
            align = text_align(element, style) or align
        if element.tag in BLOCK_TAGS and element.tag != "body":
            if align == "center":
                width = CENTRED
            elif first is not None or style:
                offset = length_pt(first, points)
                for pattern in (_MARGIN, _PADDING):  # (each its last declaration; they add up)
                    m = last_declaration(pattern, style) if style else None
                    offset += length_pt(m.group(1), points) if m else 0.0
                width = indent_chars(offset, points)
        if width:
            for line in _lines(element, points, sheet):
                key = squeeze(line)
                if key:
                    out[key] = width  # (over a typed indent: the style places the line)
        for child in reversed(element):
            if isinstance(child.tag, str):
                stack.append((child, align, points, first))
    return out


# a line's typed indent: no-break spaces (&nbsp;) and full-width spaces, ASCII ones among them
_TYPED = re.compile("[ \u00a0\u3000]*[\u00a0\u3000][ \u00a0\u3000]*")
# lines a page must open with typed spaces before they are read as its layout
_TYPED_MIN = 3


def typed_indents(root) -> dict[str, int]:
    """The lines of text the page sets in by typing (without spaces) -> their indent in
    characters: ``&nbsp;&nbsp;&nbsp;&nbsp;`` (two characters' width, half a full-width space
    each) or ``　　`` at the start of a line. Why: a site's editor pastes the text with the
    writer's indents, in ``<br>`` lines or a table's cells, and the extractor trims them; a
    text whose paragraphs are typed in and whose unnumbered titles are flush (mao 论联合政府)
    then read as if every line were flush. Empty for a page with fewer than
    :data:`_TYPED_MIN` text nodes opening with such a space (one pass over the nodes)."""
    opens = 0
    for node in root.iter():
        for text in (node.text, node.tail) if isinstance(node.tag, str) else (node.tail,):
            if text and text.lstrip(" \t\r\n")[:1] in ("\u00a0", "\u3000"):
                opens += 1
    if opens < _TYPED_MIN:
        return {}
    out: dict[str, int] = {}
    for element in root.iter(*BLOCK_TAGS):
        if element.tag == "body":
            continue
        for line in _lines(element, BASE_PT, {}):
            line = line.lstrip("\t\r\n")
            m = _TYPED.match(line)
            if m is None:
                continue
            width = round(m[0].count("\u3000") + (len(m[0]) - m[0].count("\u3000")) / 2)
            key = squeeze(line)
            if width and key:
                out.setdefault(key, width)
    return out


def _lines(element, points: float, sheet: dict[str, str]) -> list[str]:
    """The lines of a paragraph's own text: its whole text for a paragraph of one line
    (most, read cheaply), else split at ``<br>`` and block children (:func:`own_lines`)."""
    if not any(
        isinstance(c.tag, str) and (c.tag == "br" or c.tag in BLOCK_TAGS)
        for c in element.iterdescendants()
    ):
        return ["".join(element.itertext())]
    return [line for line, _ in own_lines(element, points, False, sheet)]


def set_indents(blocks: list[Block], indents: dict[str, int]) -> None:
    """Give each extracted block the indent the page set its line in with (in place)."""
    if not indents:
        return
    for block in blocks:
        if block.text and not block.indent:
            width = indents.get(squeeze(block.text))
            if width:
                block.indent = width
