"""Saved web pages (.html, .htm, .mhtml): the article's text without the site around it.

Most speeches users collect were published on government and news sites and saved from
the browser. The page holds the article plus navigation, breadcrumbs, 【字体：大 中 小】
打印 关闭 bars, share buttons, related links and a footer; only the article is the
document. The main-content extractor is **trafilatura**: it is actively maintained,
scores best among open-source extractors on published benchmarks, falls back on its own
to readability- and jusText-style algorithms when its first pass finds little, and it
reads the page's publication date (htmldate) and title as well, which readability-lxml
does not. Its XML output keeps paragraphs, headings, lists, tables and quotes apart, so
every paragraph of the page is a paragraph here (as in Word, lines are never re-joined).

What the page says about itself is kept as metadata *candidates* (``RawDocument.hints``)
that fill what the text does not say: the ``ArticleTitle``/``PubDate``/``ContentSource``
meta tags Chinese government sites carry by national standard, then Open Graph and the
``<title>`` (the page's date is kept as ``published``, never as the text's own: see
:mod:`.html_meta`). The page title also becomes the first line when the extracted text
does not start with it, so the usual header reading (title, speaker, date) works on it.

Bounded like every reader: the file and the HTML part of an .mhtml are size-checked
before parsing, the element tree is capped, and the whole read runs under the reading
time limit of :mod:`drafter.corpus.bounds`.

Where things live: this module reads the file and puts the page together;
:mod:`.html_archive` finds and decodes the page in an .mhtml, :mod:`.html_frames` puts the
pages of its frames (an archive's parts, a page's ``_files``) in place, :mod:`.html_meta`
reads what the page says of itself, :mod:`.html_xml` turns trafilatura's XML into blocks,
:mod:`.html_head` puts back an article head the extractor dropped, and :mod:`.html_layout`
reads the page's centring and bold.
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path

from drafter.corpus.bounds import MB, LimitExceeded, check_file_size, human_size
from drafter.corpus.model import ASIDE, Block, RawDocument, ReadError
from drafter.corpus.readers.html_archive import MHTML_CUT_INSIDE, decode_page, mhtml_read
from drafter.corpus.readers.html_bare import wrap_bare_text
from drafter.corpus.readers.html_doc_blocks import unfold_doc_blocks
from drafter.corpus.readers.html_frames import archive_lookup, folder_lookup, inline_frames
from drafter.corpus.readers.html_head import lost_head
from drafter.corpus.readers.html_indent import indented_lines, set_indents
from drafter.corpus.readers.html_layout import (
    bold_by_style,
    centred_lines,
    class_styles,
    page_lines,
    squeeze,
)
from drafter.corpus.readers.html_layout_tables import unwrap_layout_tables
from drafter.corpus.readers.html_lists import number_lists
from drafter.corpus.readers.html_meta import byline_names, iso_date, meta_hints, title_of_page
from drafter.corpus.readers.html_xml import (
    MAX_ELEMENTS,
    element_blocks,
    extract,
    headings_lost,
    lists_lost,
)

MAX_PAGE_BYTES = 16 * MB  # one HTML page (its text, not its pictures)


MAX_MHTML_BYTES = 32 * MB  # a saved .mhtml archive, pictures included (parsed whole)


def read_html(path: Path) -> RawDocument:
    """Read a saved page (.html/.htm, or .mhtml as the browser's one-file archive)."""
    fmt = path.suffix.lower().lstrip(".")
    fmt = "mhtml" if fmt in ("mhtml", "mht") else "html"
    if fmt == "mhtml":
        check_file_size(path, MAX_MHTML_BYTES)
        raw, charset, cut, parts, base = mhtml_read(path)
        frame_html = archive_lookup(parts, base, lambda r, c: _frame_text(r, c, path.name))
    else:
        check_file_size(path, MAX_PAGE_BYTES)
        raw, charset, cut = path.read_bytes(), None, None
        frame_html = folder_lookup(path, MAX_PAGE_BYTES, lambda r: _frame_text(r, None, path.name))
    if len(raw) > MAX_PAGE_BYTES:
        raise LimitExceeded(
            f"{path.name}: 网页过大（{human_size(len(raw))}，上限 {human_size(MAX_PAGE_BYTES)}），未读取"
        )
    html, encoding, warnings = decode_page(raw, charset, path.name)
    if cut is not None:
        warnings.append(f"{path.name}: {cut}")
    if "<" not in html[:4096]:
        raise ReadError(f"{path.name}: not a web page (no HTML markup)")
    tree = _parse(html, path.name)
    hints, declared = meta_hints(tree)
    inline_frames(tree, frame_html, lambda text: _parse(text, path.name))
    notes = unfold_doc_blocks(tree)  # an online editor's block export: see html_doc_blocks
    blocks, extract_title, extract_date, centred = _article(tree, path.name, warnings)
    blocks = _without_byline(blocks, byline_names(tree))
    official = _official_titles(blocks, centred) or [
        i for i, b in enumerate(blocks[:2]) if b.kind == "title"
    ]
    for i in official:
        blocks[i].kind = "title"
    if official and not declared:
        # the title the article shows as an official title is the page's own; <title>
        # and the extractor's guess may name the column or add the speaker
        hints["title"] = blocks[official[0]].text
    # (the extractor's guess is often the <title> whole: it goes without the site, too)
    title = hints.get("title") or (title_of_page(extract_title) if extract_title else "")
    if title:
        hints["title"] = title
    if extract_date and "published" not in hints:
        hints["published"] = extract_date  # the page's, not the text's: see html_meta
    if title and not official and not (blocks and _same(blocks[0].text, title)):
        blocks.insert(0, Block(title))
    if title and not official:
        # the page names it as its title: a title even when it ends in ？ or ！
        # ("中国的红色政权为什么能够存在？"), which a line of plain text would not be
        blocks[0].kind = "title"
    blocks.extend(Block(note, kind=ASIDE) for note in notes)  # out of the body, kept
    if cut == MHTML_CUT_INSIDE and all(b.kind == "title" for b in blocks):
        # a title and nothing after it: ``drafter outline`` showed 《在全…》 and library add
        # said 没有找到正文; every entry point now hears the one reason
        raise ReadError(f"{path.name}: the .mhtml archive is cut short before the page's body text")
    return RawDocument(str(path), fmt, blocks, encoding, warnings, hints=hints)


def _frame_text(raw: bytes, charset: str | None, name: str) -> str | None:
    """A frame's page as text, or None when it is too large or no web page (the frame is
    then left out, as the page was read before frames were read in)."""
    if len(raw) > MAX_PAGE_BYTES:
        return None
    try:
        text, _, _ = decode_page(raw, charset, name)
    except ReadError:
        return None
    return text if "<" in text[:4096] else None


def chunk_blocks(raw: bytes, name: str, warnings: list[str]) -> list[Block]:
    """The paragraphs of a web page a Word file imports whole (an altChunk: what an OA or web
    editor's "导出Word" writes), read as a saved page's article is: the page is part of a
    document, so its <title> ("正文") is not put before it and what it says of itself is
    left; a title it sets out (centred, large) is marked as one. ``warnings`` gets what the
    read has to say."""
    if len(raw) > MAX_PAGE_BYTES:
        raise LimitExceeded(
            f"{name}: 网页过大（{human_size(len(raw))}，上限 {human_size(MAX_PAGE_BYTES)}），未读取"
        )
    html, _, said = decode_page(raw, None, name)
    warnings.extend(said)
    if "<" not in html[:4096]:
        return [Block(line) for line in html.splitlines()]
    blocks, _, _, centred = _article(_parse(html, name), name, warnings)
    for i in _official_titles(blocks, centred):
        blocks[i].kind = "title"
    return blocks


# an official title stands within the first paragraphs of the article (as in Word)
_TITLE_WITHIN = 3


def _official_titles(blocks: list[Block], centred: dict[str, bool]) -> list[int]:
    """Indices of the paragraphs at the top of the article laid out as an official title:
    centred and large (18 pt and up) or in a 小标宋 font, as the Word reader reads a title
    typed by hand (GB/T 9704)."""
    out: list[int] = []
    seen = 0
    for i, block in enumerate(blocks):
        if not block.text.strip():
            continue
        seen += 1
        if seen > _TITLE_WITHIN:
            break
        if (
            block.heading_level is None
            and block.kind == "text"
            and centred.get(squeeze(block.text))
        ):
            out.append(i)
        elif out:
            break  # the title's lines stand together
    return out


# the article's head, in non-empty blocks: where a byline's leftover stands
_BYLINE_WITHIN = 4


def _without_byline(blocks: list[Block], names: set[str]) -> list[Block]:
    """``blocks`` without a line at the article's head that is only a name the page's
    <meta> tags give its author or source (see :func:`.html_meta.byline_names`)."""
    if not names:
        return blocks
    out: list[Block] = []
    seen = 0
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if text and block.kind != "title":  # (a title, however long, is above the byline)
            seen += 1
            if seen > _BYLINE_WITHIN or len(text) > 40:
                return out + blocks[i:]
            if block.heading_level is None and text in names:
                continue
        out.append(block)
    return out


def _parse(html: str, name: str):
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{name}: not a valid web page ({exc})") from None


def _article(
    tree, name: str, warnings: list[str]
) -> tuple[list[Block], str | None, str | None, dict[str, bool]]:
    """The main content as blocks (each with the words it opens with in bold), with the
    title and date trafilatura found and the lines the page centres (-> set large)."""
    import trafilatura
    from lxml import etree

    for logger in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(logger).addHandler(logging.NullHandler())
        logging.getLogger(logger).propagate = False
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise LimitExceeded(f"{name}: 网页的元素过多（{elements} 个，上限 {MAX_ELEMENTS}），未读取")
    sheet = class_styles(tree)
    centred = centred_lines(tree, sheet)
    indents = indented_lines(tree, sheet)  # (before the extractor drops the styles)
    number_lists(tree)  # 一、 二、 a list's CSS draws: see html_lists
    bold_by_style(tree, sheet)
    unwrap_layout_tables(tree)  # a page laid out in tables, read in its order: see there
    wrap_bare_text(tree)  # an article of bare text and <br> lines in no <p>: see html_bare
    page = copy.deepcopy(tree)  # kept for a second pass (the extractor prunes its tree)
    xml = extract(trafilatura, tree)
    if xml and (headings_lost(page, xml) or lists_lost(page, xml)):
        # the default pass dropped the article's own part headings (seen with <h3> parts
        # inside div.article) or its numbered points (a Google Docs page's <ol>); the recall
        # pass keeps them, with the lines under the title
        xml = extract(trafilatura, copy.deepcopy(page), favor_recall=True) or xml
    if not xml:
        warnings.append(f"{name}: no article found in the page; all of its text was read")
        blocks = [Block(line) for line in page_lines(page)]
        set_indents(blocks, indents)
        return blocks, None, None, centred
    root = etree.fromstring(xml.encode("utf-8"))
    blocks: list[Block] = []
    main = root.find("main")
    for element in _elements(main) if main is not None else []:
        if blocks and blocks[-1].text:
            blocks.append(Block(""))  # where one element ends (read as a paragraph end)
        blocks.extend(element_blocks(element))
    head = lost_head(page, blocks)
    if head:
        blocks = [b for line in head for b in (line, Block(""))] + blocks
    set_indents(blocks, indents)
    return blocks, root.get("title") or None, iso_date(root.get("date") or ""), centred


# what the extractor's XML sets as a paragraph of its own inside <main>
_XML_BLOCKS = frozenset({"p", "head", "list", "table", "quote", "code", "div", "graphic"})


def _elements(main) -> list:
    """The elements of the extractor's ``<main>``, its own text (words outside any element,
    and ``<lb/>`` lines between them, as the extractor leaves a bare-text article) read as a
    ``<p>`` of its own: iterating the children alone left that text out, and a page whose
    article was such text read as "no text found"."""
    from lxml import etree

    out: list = []
    loose = None

    def take(text: str | None) -> None:
        nonlocal loose
        if not text:
            return
        if loose is None:
            if not text.strip():
                return
            loose = etree.Element("p")
            out.append(loose)
        _append_text(loose, text)

    take(main.text)
    for child in main:
        if child.tag in _XML_BLOCKS:
            out.append(copy.copy(child))
            out[-1].tail = None
            loose = None
        elif loose is not None or child.tag != "lb":
            if loose is None:
                loose = etree.Element("p")
                out.append(loose)
            item = copy.copy(child)
            item.tail = None
            loose.append(item)
        take(child.tail)
    return out


def _append_text(element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
