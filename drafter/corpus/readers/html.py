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
``<title>``. The page title also becomes the first line when the extracted text does not
start with it, so the usual header reading (title, speaker, date) works on it.

Bounded like every reader: the file and the HTML part of an .mhtml are size-checked
before parsing, the element tree is capped, and the whole read runs under the reading
time limit of :mod:`drafter.corpus.bounds`.
"""

from __future__ import annotations

import copy
import email
import email.errors
import email.policy
import logging
import re
from pathlib import Path

from drafter.corpus.bounds import MB, LimitExceeded, check_file_size, human_size
from drafter.corpus.emphasis import bold_start
from drafter.corpus.model import Block, RawDocument, ReadError
from drafter.corpus.readers.encoding import NotTextError, decode_text, non_ascii_plausibility
from drafter.corpus.readers.html_layout import (
    bold_by_style,
    centred_lines,
    class_styles,
    squeeze,
)

MAX_PAGE_BYTES = 16 * MB  # one HTML page (its text, not its pictures)
MAX_MHTML_BYTES = 32 * MB  # a saved .mhtml archive, pictures included (parsed whole)
MAX_ELEMENTS = 300_000  # elements of the page's tree trafilatura may look at

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|——|-\s|\s-)\s*")
# what may follow a title in a <title> (whitespace removed): a separator, or nothing
_CUT_AFTER = ("", "_", "|", "｜", "-", "—")
# runs of ASCII spaces and &nbsp; are layout; a full-width space inside a line is typed
# content ("结　　论", "比　　较": a two-character heading spaced out) and is kept
_SPACES = re.compile(r"[ \t\u00a0]+")
# characters spaced out one by one ("比 较", "结 束 语"): the extractor turned the page's
# full-width spaces into one ASCII space; they are given back as a page shows them
_SPACED_OUT = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff])+$")
# Standard meta tags of Chinese government sites (政府网站发展指引), then the usual ones.
_META_TITLE = ("articletitle", "og:title", "title")
_META_DATE = ("pubdate", "article:published_time", "publishdate", "firstpublishedtime")
_META_SOURCE = ("contentsource", "source", "og:site_name", "sitename")
_HEADINGS = {"h1": 1, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}


def read_html(path: Path) -> RawDocument:
    """Read a saved page (.html/.htm, or .mhtml as the browser's one-file archive)."""
    fmt = path.suffix.lower().lstrip(".")
    fmt = "mhtml" if fmt in ("mhtml", "mht") else "html"
    if fmt == "mhtml":
        check_file_size(path, MAX_MHTML_BYTES)
        raw, charset, cut = _mhtml_page(path)
    else:
        check_file_size(path, MAX_PAGE_BYTES)
        raw, charset, cut = path.read_bytes(), None, None
    if len(raw) > MAX_PAGE_BYTES:
        raise LimitExceeded(
            f"{path.name}: 网页过大（{human_size(len(raw))}，上限 {human_size(MAX_PAGE_BYTES)}），未读取"
        )
    html, encoding, warnings = _decode(raw, charset, path.name)
    if cut is not None:
        warnings.append(f"{path.name}: {cut}")
    if "<" not in html[:4096]:
        raise ReadError(f"{path.name}: not a web page (no HTML markup)")
    tree = _parse(html, path.name)
    hints, declared = _meta_hints(tree)
    blocks, extract_title, extract_date, centred = _article(tree, path.name, warnings)
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
    title = hints.get("title") or (_page_title(extract_title) if extract_title else "")
    if title:
        hints["title"] = title
    if extract_date and "date" not in hints:
        hints["date"] = extract_date
    if title and not official and not (blocks and _same(blocks[0].text, title)):
        blocks.insert(0, Block(title))
    if title and not official:
        # the page names it as its title: a title even when it ends in ？ or ！
        # ("中国的红色政权为什么能够存在？"), which a line of plain text would not be
        blocks[0].kind = "title"
    if cut == _MHTML_CUT_INSIDE and all(b.kind == "title" for b in blocks):
        # a title and nothing after it: ``drafter outline`` showed 《在全…》 and library add
        # said 没有找到正文; every entry point now hears the one reason
        raise ReadError(f"{path.name}: the .mhtml archive is cut short before the page's body text")
    return RawDocument(str(path), fmt, blocks, encoding, warnings, hints=hints)


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


_MHTML_CUT_INSIDE = "the .mhtml archive is cut short inside its page; what it holds was read"
_MHTML_CUT_AFTER = "the .mhtml archive is cut short after its page; the page was read whole"


def _mhtml_page(path: Path) -> tuple[bytes, str | None, str | None]:
    """The first text/html part of an .mhtml archive, decoded from its transfer encoding,
    its charset, and None or why the archive is incomplete.

    An archive whose closing boundary never comes was cut (a download or copy broken
    off). A page that does not end in ``</html>`` (browsers always write it) was cut
    inside, often in a piece of the boundary line (the title read 《在全--XY》): that
    piece is dropped, and the reader says the page is incomplete; a page ending in
    ``</html>`` is whole and only the pictures after it are lost."""
    with path.open("rb") as fh:
        message = email.message_from_binary_file(fh, policy=email.policy.compat32)
    parts = list(message.walk())
    cut = any(
        isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for p in parts for d in p.defects
    )
    for part in parts:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                reason = None
                if cut:
                    whole = payload.rstrip().lower().endswith(b"</html>")
                    if not whole:
                        payload = _without_boundary_piece(payload, message.get_boundary())
                    reason = _MHTML_CUT_AFTER if whole else _MHTML_CUT_INSIDE
                return payload, part.get_content_charset(), reason
    raise ReadError(f"{path.name}: the .mhtml archive holds no web page")


def _without_boundary_piece(payload: bytes, boundary: str | None) -> bytes:
    """``payload`` without a trailing piece of the boundary line the cut left in it."""
    if not boundary:
        return payload
    delimiter = f"--{boundary}".encode("ascii", "replace")
    stripped = payload.rstrip()
    pieces = [boundary.encode("ascii", "replace")] + [
        delimiter[:k] for k in range(len(delimiter), 1, -1)
    ]
    for piece in pieces:
        if stripped.endswith(piece):
            return stripped[: -len(piece)]
    return payload


def _decode(raw: bytes, charset: str | None, name: str) -> tuple[str, str, list[str]]:
    """The page's text: the charset the archive or the page declares, else the cascade
    every text file goes through."""
    declared = charset
    if declared is None:
        m = _META_CHARSET.search(raw[:8192])
        declared = m.group(1).decode("ascii").lower() if m else None
    if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
        declared = "gb18030"  # the superset: pages labelled gb2312 use GBK characters
    if declared:
        try:
            text = raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            better = _content_outreads_label(raw, text, declared)
            if better is None:
                return text, declared, []
            utf8, codec = better
            warning = f"{name}: the page declares {declared} but is {codec}; read as {codec}"
            return utf8, codec, [warning]
    try:
        decoded = decode_text(raw)
    except NotTextError as exc:
        raise ReadError(f"{name}: not a web page ({exc})") from None
    return decoded.text, decoded.encoding, [f"{name}: {w}" for w in decoded.warnings]


def _content_outreads_label(raw: bytes, text: str, declared: str) -> tuple[str, str] | None:
    """The text and codec the bytes clearly are when the page's label lies, else None.

    A page saved by an editor as UTF-8 often keeps the ``<meta charset>`` of the site it
    came from (gb2312, iso-8859-1); decoded by the label, every character of the speech
    became mojibake ("è®²è¯") and went into the library so. Only a strict UTF-8 reading
    that reads clearly better (outside ASCII, where the two differ) overrules the label,
    so a real Latin-1 or GBK page keeps its declared reading.
    """
    if declared.replace("_", "-") in ("utf-8", "utf8") or raw.isascii():
        return None
    try:
        utf8 = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if non_ascii_plausibility(utf8) > non_ascii_plausibility(text) + 0.3:
        return utf8, "utf-8"
    return None


def _parse(html: str, name: str):
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{name}: not a valid web page ({exc})") from None


def _meta_hints(tree) -> tuple[dict[str, str], bool]:
    """Title, date and source the page declares in its <meta> tags and <title>, and
    whether a <meta> tag declares the title (else it is read off <title>, if anywhere)."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        value = _clean(meta.get("content") or "")
        if key and value and key not in metas:
            metas[key] = value
    hints: dict[str, str] = {}
    declared = False
    for key in _META_TITLE:
        if metas.get(key):
            hints["title"] = metas[key]
            declared = True
            break
    else:
        node = tree.find(".//title")
        if node is not None and node.text_content().strip():
            title = _page_title(node.text_content(), _heading_texts(tree))
            if title:
                hints["title"] = title
    for key in _META_DATE:
        if metas.get(key):
            iso = _iso_date(metas[key])
            if iso:
                hints["date"] = iso
                break
    for key in _META_SOURCE:
        if metas.get(key):
            hints["source"] = metas[key]
            break
    return hints, declared


# a site's or a column's name in <title> ("…_领导讲话_某某县人民政府"); not a bare 政府,
# which ends article titles too ("论联合政府")
_SITE_NAME = re.compile(
    r"(?:人民政府|政府网|网站|门户|门户网|新闻网|网|频道|官网|客户端|办公室|委员会|领导讲话|"
    r"讲话|政务公开|新闻中心|要闻|动态|首页)$"
)


# a hyphen between the title and a site's name, no space around it ("…的讲话-某某大学新闻网");
# a hyphen inside a title ("2024-2025学年") leaves no site's name after it
_BARE_SITE_SUFFIX = re.compile(r"(?<=\S)[-－]([^\s\-－]{2,20})$")


# a column's name ends like a speech's title ("领导讲话"); a title is longer and says where
_COLUMN_WORD = re.compile(r"(?:讲话|要闻|动态)$")
_COLUMN_MAX = 8


def _site_part(part: str) -> bool:
    """Whether a part of <title> names the site or its column ("某某县人民政府", "领导讲话"),
    not the article: "在全县…会议上的讲话" ends as the column 领导讲话 does, but is no column."""
    if not _SITE_NAME.search(part):
        return False
    return len(part) <= _COLUMN_MAX or not _COLUMN_WORD.search(part)


def _heading_texts(tree) -> set[str]:
    """The page's h1-h3 texts, whitespace removed (the article's title is usually one)."""
    out: set[str] = set()
    for tag in ("h1", "h2", "h3"):
        for node in tree.iter(tag):
            text = re.sub(r"\s+", "", node.text_content())
            if text:
                out.add(text)
            if len(out) > 40:
                return out
    return out


def _page_title(text: str, headings: set[str] | frozenset = frozenset()) -> str:
    """``<title>`` without the site and column names browsers show after it
    ("…的讲话_领导讲话_某某市人民政府" -> "…的讲话"): the part the page also shows as a
    heading; else the first part that is not a site or column name ("矛盾论_领导讲话_某某
    县人民政府": the site's name is the longest part, so length alone misleads); "" when
    every part is one ("领导讲话_某某县人民政府"). A part that is a heading with a short prefix
    ("刘卫东：在…的讲话" over the <h1> "在…的讲话") gives the heading: the document's own title."""
    squeezed_all = re.sub(r"\s+", "", _clean(text))
    for heading in sorted(headings, key=len, reverse=True):
        # a heading the <title> opens with whole, up to a separator: the title, though it
        # holds a separator itself (培训——通向华为明天的重要阶梯_领导讲话_…, cut at its ——
        # it left 培训)
        rest = squeezed_all[len(heading) :]
        if len(heading) >= 4 and squeezed_all.startswith(heading) and rest[:1] in _CUT_AFTER:
            return heading
    parts = [p for p in _TITLE_SEPARATORS.split(_clean(text)) if p]
    if not parts:
        return _clean(text)
    if len(parts) == 1 and (m := _BARE_SITE_SUFFIX.search(parts[0])) and _SITE_NAME.search(m[1]):
        # "…的讲话-南屿大学新闻网": the site's name after a hyphen typed without spaces
        parts = [parts[0][: m.start()], m[1]]
    for part in parts:
        if re.sub(r"\s+", "", part) in headings:
            return part
    for part in parts:
        # "刘卫东：在…上的讲话" over the article's own <h1> "在…上的讲话": the heading,
        # without the speaker the site put in front of it
        squeezed = re.sub(r"\s+", "", part)
        for heading in headings:
            if (
                len(heading) >= 6
                and squeezed.endswith(heading)
                and len(squeezed) - len(heading) <= 12
            ):
                return heading
    if len(parts) > 1:
        for part in parts:
            if not _site_part(part):
                return part
        # only the column's and the site's names ("领导讲话_某某县人民政府"): the page's
        # title is not there (the article shows it, centred and large, if anywhere)
        return ""
    return parts[0]


def _iso_date(text: str) -> str | None:
    m = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", text)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


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
    bold_by_style(tree, sheet)
    page = copy.deepcopy(tree)  # kept for a second pass (the extractor prunes its tree)
    xml = _extract(trafilatura, tree)
    if xml and _headings_lost(page, xml):
        # the default pass dropped the article's own part headings (seen with <h3> parts
        # inside div.article); the recall pass keeps them, with the lines under the title
        xml = _extract(trafilatura, copy.deepcopy(page), favor_recall=True) or xml
    if not xml:
        text = trafilatura.html2txt(tree) or ""
        warnings.append(f"{name}: no article found in the page; all of its text was read")
        return [Block(line) for line in text.splitlines() if line.strip()], None, None, centred
    root = etree.fromstring(xml.encode("utf-8"))
    blocks: list[Block] = []
    main = root.find("main")
    for element in main if main is not None else []:
        if blocks and blocks[-1].text:
            blocks.append(Block(""))  # where one element ends (read as a paragraph end)
        blocks.extend(_blocks(element))
    head = _lost_head(page, blocks)
    if head:
        blocks = [b for line in head for b in (line, Block(""))] + blocks
    return blocks, root.get("title") or None, _iso_date(root.get("date") or ""), centred


_HEAD_MAX = 5  # lines: a title, its subtitle, the info bar, perhaps a line more
_HEAD_LINE_MAX = 100  # characters: longer is a paragraph, not a line of the head
_HEAD_LEVELS = 6  # ancestors of the first paragraph searched for the head standing before it
_NOT_TEXT = frozenset(("script", "style", "noscript", "template"))


def _lost_head(page, blocks: list[Block]) -> list[Block]:
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
            if whole == text:
                return node
            if len(whole) > len(text) or node.getparent() is None:
                break
            node = node.getparent()
    return None


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
    lines = [_clean(line) for line in lines if line.strip()]
    if any(len(line) > _HEAD_LINE_MAX for line in lines):
        return None
    return lines


_CRUMB = re.compile(r"当前位置|您的位置|您现在的位置|[>›»]")
_HEAD_SUBTITLE = re.compile(r"^(?:——|--|—)\s*在\S{2,60}上的\S{0,8}$")


def _title_head(page, lines: list[str]) -> list[Block]:
    """The head's lines as blocks, when one is the title the page names (see _lost_head)."""
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


def _extract(trafilatura, tree, favor_recall: bool = False) -> str | None:
    """trafilatura's XML of the page's main content (paragraphs, heads, lists, tables)."""
    return trafilatura.extract(
        tree,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,  # bold as <hi rend="#b">: a lead sentence, a part title
        deduplicate=False,
        favor_recall=favor_recall,
        config=_config(),
        date_extraction_params=_date_params(),
    )


def _date_params() -> dict:
    """htmldate's settings for the page's date, without its extensive search. Why: for a
    date string its own patterns don't read, the extensive search asks dateparser, which
    tries every one of its 211 locales and compiles their patterns first: 13 s of a loaded
    machine's wall-clock time (3 s of CPU) for the first WeChat page of a process, over the
    reading time limit, when the page reads in 0.06 s after. The dates Chinese pages carry
    (2026-05-12, 2026年5月12日, meta tags) are read without it, and drafter reads the
    text's own date lines itself (:mod:`drafter.corpus.dates`)."""
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


def _headings_lost(page, xml: str) -> bool:
    """Whether the extraction left out a heading (h2-h6) that stands inside the article:
    its text is not in the output, while the paragraph right after it on the page is.
    A sidebar's 相关新闻 heading is followed by links the extraction did not keep."""
    found = re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", xml))
    for tag in ("h2", "h3", "h4", "h5", "h6"):
        for node in page.iter(tag):
            text = re.sub(r"\s+", "", node.text_content())
            if not text or text in found:
                continue
            after = node.getnext()
            while after is not None and not re.sub(r"\s+", "", after.text_content()):
                after = after.getnext()
            if after is None or after.tag != "p":
                continue
            following = re.sub(r"\s+", "", after.text_content())
            if len(following) >= 8 and following[:40] in found:
                return True
    return False


_CONFIG = None


def _config():
    """trafilatura's settings with the tree size capped (its own default has no cap)."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
        _CONFIG = config
    return _CONFIG


def _blocks(element) -> list[Block]:
    """Blocks of one element of trafilatura's XML (p, head, list, table, quote, code)."""
    tag = element.tag
    if tag == "list":
        return [Block(_text(item), kind="bullet") for item in element.iter("item") if _text(item)]
    if tag == "table":
        rows = []
        cells_of = [[_text(cell) for cell in row.iter("cell")] for row in element.iter("row")]
        if all(sum(1 for c in cells if c) <= 1 for cells in cells_of):
            # a one-column table is a layout box (older sites set each paragraph in a row
            # of its own): its cells are the page's paragraphs, as in Word
            return [
                _line_block(line, bold)
                for row in element.iter("row")
                for cell in row.iter("cell")
                for line, bold in _lines(cell)
                if line
            ]
        for cells in cells_of:
            if any(cells):
                rows.append(Block("\t".join(cells), kind="table"))
        return rows
    lines = _lines(element)
    if not any(line for line, _ in lines):
        return []
    if tag == "head":
        level = _HEADINGS.get(element.get("rend", ""), 1)
        return [Block(" ".join(line for line, _ in lines if line), heading_level=level)]
    kind = "quote" if tag == "quote" else "text"
    # an empty line (<br><br>) inside the element is kept: in a page made of a
    # hard-wrapped text it is what separates the paragraphs
    out: list[Block] = []
    for line, bold in lines:
        if line:
            out.append(_line_block(line, bold, kind))
        elif out and out[-1].text:
            out.append(Block(""))
    while out and not out[-1].text:
        out.pop()
    return out


def _line_block(line: str, bold: str, kind: str = "text") -> Block:
    """A paragraph of the page, with the words it opens with in bold."""
    text = _respace(line)
    if bold == line:
        bold = text
    return Block(text, kind=kind, bold=bold if text.startswith(bold) else "")


def _respace(line: str) -> str:
    """A line of characters spaced out one by one, with the page's full-width spacing."""
    return line.replace(" ", "\u3000\u3000") if _SPACED_OUT.match(line) else line


# elements of the extractor's XML that stand as paragraphs of their own inside another
_INNER_BLOCKS = frozenset({"p", "head", "quote", "list", "item", "table", "row"})


def _pieces(element) -> list[tuple[str, bool]]:
    """The text of an element in document order as (piece, shown in bold); ``<lb/>`` as a
    line break, and so is the start and end of a paragraph inside it (the extractor
    makes the ``<br>`` lines of a table cell paragraphs of the cell)."""
    out: list[tuple[str, bool]] = []

    def walk(node, bold: bool) -> None:
        bold = bold or (node.tag == "hi" and "#b" in (node.get("rend") or ""))
        out.append((node.text or "", bold))
        for child in node:
            inner = child.tag in _INNER_BLOCKS
            if child.tag == "lb" or inner:
                out.append(("\n", False))
            walk(child, bold)
            if inner:
                out.append(("\n", False))
            out.append((child.tail or "", bold))

    walk(element, False)
    return out


def _text(element) -> str:
    """The text of an element on one line (a line break read as a space)."""
    return _clean("".join(piece for piece, _ in _pieces(element)))


def _lines(element) -> list[tuple[str, str]]:
    """The lines of an element (split at ``<lb/>``), each with the words it opens with in
    bold (:func:`.emphasis.bold_start`, as a Word paragraph's)."""
    split: list[tuple[list[str], list[bool]]] = [([], [])]
    for piece, bold in _pieces(element):
        for k, part in enumerate(piece.split("\n")):
            if k:
                split.append(([], []))
            split[-1][0].append(part)
            split[-1][1].append(bold)
    out = []
    for pieces, marks in split:
        text = _clean("".join(pieces))
        out.append((text, _clean(bold_start(pieces, marks)) if text else ""))
    return out


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
