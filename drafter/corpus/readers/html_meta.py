"""What a saved page says about itself: title, date and source in its <meta> tags and <title>.

Chinese government sites carry ``ArticleTitle``/``PubDate``/``ContentSource`` by national
standard; other pages Open Graph and a ``<title>`` with the site and column after the
article's title ("…的讲话_领导讲话_某某市人民政府"). These become metadata *candidates*
(``RawDocument.hints``) that fill only what the text does not say. The page's date
(``PubDate``) is kept as ``published``, never as the text's date: it says when the site
posted the text, and a text with no date of its own has none (tests/gold/README.md's date
convention).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from drafter.corpus.readers.html_xml import one_line

_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|——|-\s|\s-)\s*")


# what may follow a title in a <title> (whitespace removed): a separator, or nothing
_CUT_AFTER = ("", "_", "|", "｜", "-", "—")


# Standard meta tags of Chinese government sites (政府网站发展指引), then the usual ones.
_META_TITLE = ("articletitle", "og:title", "title")


_META_DATE = ("pubdate", "article:published_time", "publishdate", "firstpublishedtime")


_META_SOURCE = ("contentsource", "source", "og:site_name", "sitename")


def meta_hints(tree) -> tuple[dict[str, str], bool]:
    """Title, date and source the page declares in its <meta> tags and <title>, and
    whether a <meta> tag declares the title (else it is read off <title>, if anywhere)."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        value = one_line(meta.get("content") or "")
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
            title = title_of_page(node.text_content(), _heading_texts(tree))
            if title:
                hints["title"] = title
    for key in _META_DATE:
        if metas.get(key):
            iso = iso_date(metas[key])
            if iso:
                hints["published"] = iso  # when the page was posted: not the text's date
                break
    for key in _META_SOURCE:
        if metas.get(key):
            hints["source"] = metas[key]
            break
    return hints, declared


# the tags naming who put the article up: its author, its account, its source
_META_BYLINE = ("author", "og:article:author", "article:author", "contentsource", "source")
_SOURCE_LABEL = re.compile(r"^(?:信息|文章|稿件)?来源\s*[：:]\s*")


def byline_names(tree) -> set[str]:
    """The names the page's <meta> tags give its author or source (来源： taken off): the
    line of the article's head that only repeats one ("某某日报" under the title, a WeChat
    account's name) is the page's byline, left when its date went, not a line of the text."""
    names = set()
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in _META_BYLINE:
            value = _SOURCE_LABEL.sub("", one_line(meta.get("content") or ""))
            if 2 <= len(value) <= 20:
                names.add(value)
    return names


# a site's or a column's name in <title> ("…_领导讲话_某某县人民政府"); not a bare 政府,
# which ends article titles too ("论联合政府")
_SITE_NAME = re.compile(
    r"(?:人民政府|政府网|网站|门户|门户网|新闻网|网|频道|官网|客户端|办公室|委员会|领导讲话|"
    r"讲话|政务公开|新闻中心|要闻|动态|首页"
    # a company's own site names it by its registered name ("星澜物流集团有限公司--…的讲话")
    r"|有限公司|有限责任公司|股份公司)$"
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


_NO_HEADINGS: Mapping[str, str] = MappingProxyType({})


def _heading_texts(tree) -> dict[str, str]:
    """The page's h1-h3 texts, whitespace removed (to compare), each with its text as
    written (to give back: a title keeps its full-width space, 传承红色基因　走好…, and its
    ASCII runs made one space)."""
    out: dict[str, str] = {}
    for tag in ("h1", "h2", "h3"):
        for node in tree.iter(tag):
            written = one_line(node.text_content())
            text = re.sub(r"\s+", "", written)
            if text:
                out.setdefault(text, written)
            if len(out) > 40:
                return out
    return out


def title_of_page(text: str, headings: Mapping[str, str] = _NO_HEADINGS) -> str:
    """``<title>`` without the site and column names browsers show after it
    ("…的讲话_领导讲话_某某市人民政府" -> "…的讲话"): the part the page also shows as a
    heading; else the first part that is not a site or column name ("矛盾论_领导讲话_某某
    县人民政府": the site's name is the longest part, so length alone misleads); "" when
    every part is one ("领导讲话_某某县人民政府"). A part that is a heading with a short prefix
    ("刘卫东：在…的讲话" over the <h1> "在…的讲话") gives the heading: the document's own title.
    ``headings`` maps each heading's text without whitespace to its text as written, which
    is what a heading found gives back."""
    squeezed_all = re.sub(r"\s+", "", one_line(text))
    for heading in sorted(headings, key=len, reverse=True):
        # a heading the <title> opens with whole, up to a separator: the title, though it
        # holds a separator itself (培训——通向华为明天的重要阶梯_领导讲话_…, cut at its ——
        # it left 培训)
        rest = squeezed_all[len(heading) :]
        if len(heading) >= 4 and squeezed_all.startswith(heading) and rest[:1] in _CUT_AFTER:
            return headings[heading]
    parts = [p for p in _TITLE_SEPARATORS.split(one_line(text)) if p]
    if not parts:
        return one_line(text)
    if len(parts) == 1 and (m := _BARE_SITE_SUFFIX.search(parts[0])) and _SITE_NAME.search(m[1]):
        # "…的讲话-南屿大学新闻网": the site's name after a hyphen typed without spaces
        parts = [parts[0][: m.start()], m[1]]
    for part in parts:
        if re.sub(r"\s+", "", part) in headings:
            return headings[re.sub(r"\s+", "", part)]
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
                return headings[heading]
    if len(parts) > 1:
        for part in parts:
            if not _site_part(part):
                return part
        # only the column's and the site's names ("领导讲话_某某县人民政府"): the page's
        # title is not there (the article shows it, centred and large, if anywhere)
        return ""
    return parts[0]


def iso_date(text: str) -> str | None:
    """The first plausible day in ``text`` ("2025-10-09 08:30", "2025年10月9日") as an ISO date,
    or None: a page's meta tags and trafilatura write dates many ways, the library one."""
    m = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", text)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
