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

from drafter.corpus.masthead import masthead_line
from drafter.corpus.model import Block, ReadError
from drafter.corpus.readers.page_footnotes import split_footnotes
from drafter.corpus.readers.page_geometry import page_geometry
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
    title = _title_line(pages)
    for text, apart in reflow_marked(pages, noted):
        if (
            title is not None
            and len(blocks) < _TITLE_TOP
            and text.startswith(title)
            and heading_level(text, bookmarks) is None
        ):
            blocks.append(Block(text, kind="title"))  # (an outline entry stays a heading)
            title = None
            continue
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


def _title_line(pages: list[list[Line]]) -> str | None:
    """The text of the first page's title line as GB/T 9704 sets it, larger than the body
    and centred, among the page's first lines (a 版头 of the same look over it is passed
    by): the title as the page shows it, as Word's reader takes a centred 小标宋 paragraph,
    whatever its words. A title the text alone would not take is then kept (a question,
    为什么要讨论白皮书？, reads as a sentence)."""
    first = next((lines for lines in pages if lines), None)
    if first is None:
        return None
    em, geometry = page_geometry(pages)
    left, right = geometry[first[0].page][:2]
    for ln in first[:_TITLE_TOP]:
        if masthead_line(ln.text):
            continue
        centred = abs((ln.x0 + ln.x1) / 2 - (left + right) / 2) <= em and ln.x0 > left + em
        if ln.height >= _TITLE_SIZE * em and centred:
            return ln.text
    return None


_TITLE_TOP = 3  # lines (and paragraphs) of the first page a title is looked for among
_TITLE_SIZE = 1.25  # a title's type over the body's: 2号 (22 pt) over 3号 (16 pt) is 1.375


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
