"""An online editor's export (飞书/Lark docs): a ``<div>`` per block named by ``data-block-type``.

Such a page has no ``<p>`` and no ``<h1>``…``<h6>``: every paragraph is a
``<div data-block-type="text">`` whose words are cut into many ``data-string`` spans and end in
a zero-width ``data-enter`` span, every heading a ``heading2``/``heading3`` block. The
extractor scores ``<p>`` and ``<hN>``, so it kept the long paragraphs and dropped the short
ones: the speaker and date lines, 同志们：, and part headings (三、…, （一）…) went missing.
Before extraction each block becomes the element it stands for (``<p>``, ``<hN>``), its
spans and their style kept; the editor's own furniture (the page header naming the doc,
the owner/"最近修改" line) is taken out, and a callout (a coloured tip box the drafter left
for colleagues, ``⚠️ 提示：…``) is returned apart: it is a note on the text, not the text.
"""

from __future__ import annotations

import re

__all__ = ["unfold_doc_blocks"]

_HEADING = re.compile(r"heading([1-9])$")
# the editor's furniture around the document: its header (the doc's file name) and info line
_FURNITURE_CLASSES = ("page-block-header", "doc-info")
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"


def _classes(element) -> list[str]:
    return (element.get("class") or "").split()


def _text(element) -> str:
    """The block's words, zero-width characters dropped."""
    text = "".join(element.itertext())
    return "".join(c for c in text if c not in _ZERO_WIDTH).strip()


def _unfold(block, tag: str) -> None:
    """Turn a ``text``/``headingN`` block into ``tag`` holding its text line's spans."""
    line = next((e for e in block.iter() if "text-block" in _classes(e)), block)
    for span in list(line.iter("span")):
        if span.get("data-enter") is not None:
            span.drop_tree()
    style = line.get("style")
    children = list(line)
    text, tail = line.text, block.tail
    block.clear()  # attributes, children, text and tail
    block.tag = tag
    block.tail = tail
    if style:
        block.set("style", style)
    block.text = text
    for child in children:
        block.append(child)


def unfold_doc_blocks(root) -> list[str]:
    """Rewrite an editor's block export in place (see the module's docstring); returns the
    callouts' texts, each a note apart from the body. A page with no ``data-block-type`` is
    left as it is and gives ``[]``."""
    if not root.xpath("//*[@data-block-type]"):
        return []
    for element in root.xpath("//*[@class]"):
        furniture = any(c in _FURNITURE_CLASSES for c in _classes(element))
        if furniture and element.getparent() is not None:
            element.drop_tree()
    notes: list[str] = []
    for block in root.xpath("//*[@data-block-type='callout']"):
        text = _text(block)
        if text:
            notes.append(text)
        block.drop_tree()
    for block in root.xpath("//*[@data-block-type]"):
        kind = block.get("data-block-type") or ""
        heading = _HEADING.match(kind)
        if heading:
            _unfold(block, f"h{min(int(heading.group(1)), 6)}")
        elif kind == "text":
            _unfold(block, "p")
    return notes
