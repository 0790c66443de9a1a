"""Fixed-layout pages (PDF, OFD) laid into the blocks of a document, step by step:

* :mod:`.page_lines`: glyphs grouped into visual lines, footnote marks kept on their line;
* :mod:`.running_heads`: running headers, footers and page numbers taken off each page;
* :mod:`.page_footnotes`: a page's footnotes set aside, to follow the text;
* :mod:`.page_reflow`: lines re-flowed into paragraphs (measured by :mod:`.page_geometry`,
  over page breaks by :mod:`.page_breaks`, by the rules of :mod:`.line_breaking`);
* here: paragraphs made blocks, a paragraph that is an outline entry a heading.

A fixed-layout file has no paragraphs, only positioned lines. The readers (:mod:`.pdf`,
:mod:`.ofd`) only find the glyphs and their places; all of this is theirs alike.
"""

from __future__ import annotations

import re

from drafter.corpus.model import Block, ReadError
from drafter.corpus.readers.page_footnotes import split_footnotes
from drafter.corpus.readers.page_lines import Line
from drafter.corpus.readers.page_reflow import reflow_marked
from drafter.corpus.readers.running_heads import strip_headers_footers

_LABEL_PREFIX = re.compile(r"^[（(]?[一二三四五六七八九十百零〇\d]{1,4}[）)]?[、.．]?")
# an outline label in words, which a 楷体 heading opens with as often as with 一、 or （一）:
# 第一、… / 第一，… / 其一，… / 一是…
_WORD_LABEL = re.compile(
    r"^(?:[第其][一二三四五六七八九十]{1,3}[、，,：:.．]|[一二三四五六七八九十]{1,3}是)"
)


def layout_blocks(pages: list[list[Line]], bookmarks: dict[str, int]) -> list[Block]:
    """The blocks of a fixed-layout document from its pages' lines: running headers,
    footers and page numbers dropped, footnotes set after the text, lines re-flowed into
    paragraphs, a paragraph whose text is an outline entry (``bookmarks``: key -> level,
    see :func:`bookmark_key`) a heading of that level."""
    blocks = []
    pages, footnotes, noted = split_footnotes(strip_headers_footers(pages))
    for text, apart in reflow_marked(pages, noted):
        level = heading_level(text, bookmarks)
        # set apart by its face: a quotation or an editor's note, as Word's 引用 paragraph
        # (a 楷体 heading, （一）… as GB/T 9704 sets them, or 第一、…, stays a heading's text)
        quote = (
            apart
            and level is None
            and not _LABEL_PREFIX.match(text)
            and not _WORD_LABEL.match(text)
        )
        kind = "quote" if quote else "table" if "\t" in text and level is None else "text"
        blocks.append(Block(text, level, kind=kind))
    # the pages' footnotes after the text, as a text's endnotes stand (the apparatus takes
    # them aside where the body holds their marks)
    blocks.extend(Block(note) for note in footnotes)
    return blocks


def heading_level(text: str, bookmarks: dict[str, int]) -> int | None:
    """The bookmark (outline) level of a paragraph, with or without its list label."""
    if not bookmarks or len(text) > 200:
        return None
    key = bookmark_key(text)
    level = bookmarks.get(key)
    if level is None:
        label = _LABEL_PREFIX.match(key)
        if label and label.end() < len(key):
            level = bookmarks.get(key[label.end() :])
    return level


def bookmark_key(text: str) -> str:
    """An outline title or paragraph as looked up: its text without white space."""
    return re.sub(r"\s+", "", text)


def empty_page_warnings(name: str, pages: list[list[Line]], no_text: str) -> list[str]:
    """The warnings of a fixed-layout file whose pages were laid into lines: a page with no
    line is named (a scanned page among text pages loses its words silently otherwise), and a
    file with none at all is refused with ``no_text`` (the format's own wording), since an
    empty document in the library would look like a reading fault rather than a scan."""
    if not any(pages):
        raise ReadError(f"{name}: {no_text}")
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if not empty:
        return []
    more = " …" if len(empty) > 10 else ""
    return [f"{name}: no text on page(s) {', '.join(empty[:10])}{more} (scanned pages need OCR)"]
