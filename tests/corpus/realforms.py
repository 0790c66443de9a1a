"""Re-express a real gold document as the files users actually have (test and bench helper).

Our gold outlines (tests/gold/*.json) were checked on the texts as they lie in ../shared
(.txt and Markdown). Users bring the same kind of text as Word files typed by hand, as web
pages saved from a government site, and as text scraped off a 范文 site. This module takes
a gold document's source from ../shared *at test time* (nothing is copied into the project),
cuts it into paragraphs, finds which paragraphs are the gold headings, and writes the same
text in one of those forms into a temporary folder. The tests and
``bench/format_robustness.py`` then check that the outline, title, date and body read from
each form are as good as from the original.

Forms (see :data:`FORMS`):

* ``docx_styles``     headings as Word Heading 1/2 styles, the title in the Title style;
* ``docx_numbering``  markers only in Word's automatic numbering (numbering.xml), the
  marker text removed from the paragraph: in half of the documents one two-level list
  (一、 on level 0, （一） on level 1, restarting as Word restarts it) where the numbers
  allow, else a list per run of siblings (a new ``w:num`` where a sequence restarts);
* ``docx_bullets``    level-2 headings standing alone as Word bullet paragraphs, their
  marker text dropped (the bullet is the marker), where all the level-2 headings under
  their level-1 heading stand alone (a run where some run into their paragraphs, or one
  the text does not hold apart, keeps its numbers: a writer bullets a whole run of
  sub-headings or none of it);
* ``docx_bold``       headings as bold plain paragraphs, run-in lead phrases bold;
* ``docx_boldlead``   as ``docx_bold``, but the level-2 headings without their markers
  where the level-1 headings are numbered (and every sibling of the run is in the text
  apart): the bold is the mark (a bold line standing
  alone, or a bold lead sentence run into its paragraph), as a Word work summary marks
  the headings under its numbered parts;
* ``docx_softbreak``  each heading standing alone typed at the end of the paragraph
  before it after a manual line break (Shift+Enter);
* ``docx_glued``      one heading (chosen at random) typed onto the end of the paragraph
  before it, with no break at all ("…取得明显成效。二、存在的问题");
* ``docx_pasted``     a scraped text pasted into Word: every line of a 33-37 character hard
  wrap a paragraph of its own, paragraphs indented with full-width spaces;
* ``docx_official``   the title centred in a 小标宋-like font, a date line moved to the end;
* ``html_p``          a saved government page: nav, breadcrumb, info bar with 发布时间/来源
  and 【字体：大 中 小】 打印 关闭, the speech in ``<p>`` with ``&nbsp;`` indents, headings
  and run-in lead phrases bold, the title in ``<h1>`` and the site's title in ``<title>``,
  share buttons, related links, comments and a footer; the publication date in a
  ``<meta>`` and a ``<span>``; half of the pages declared gb2312 and saved in GBK;
* ``html_br``         the same page with the speech in one ``<div>`` of ``<br>``-separated
  lines;
* ``html_table``      the same page as older county sites lay it out: each paragraph in a
  row of its own of a one-column table, in ``<font>``;
* ``mhtml``           the ``html_br`` page saved by the browser as one-file .mhtml
  (quoted-printable, declared GBK when the text allows);
* ``html_bold``       a page whose site marks the outline only by bold and centring, as
  county sites do: the part titles bold standalone paragraphs (centred in half of the
  pages), the run-in lead sentences bold words at the start of their paragraph, markers
  kept; the bold written one way per page (``<strong>``, ``<b>``, ``<span
  style="font-weight:bold">``, ``font-weight:700``, ``<font><b>``, a ``<span>`` of a
  class the page's ``<style>`` sets bold, a bold ``<p>``), the
  stop after a lead inside the bold or just outside it; in half of the pages the title is
  only a centred, large paragraph at the top of the article (no ``<h1>``, a ``<title>``
  naming the column and the site);
* ``html_boldlead``   as ``html_bold``, but the level-2 headings without their markers
  where the level-1 headings are numbered (``docx_boldlead`` on a page);
* ``txt_scraped``     a site banner line above the title, hard line breaks every ~35
  characters mid-sentence, GBK encoding, a site line at the end; in a third of the
  documents full-width indentation with blank lines between paragraphs sometimes missing,
  in a third the same with headings not indented, in a third no indentation at all and a
  blank line after every paragraph.

Forms that go through LibreOffice, or that a writer types as plain text (:data:`MORE_FORMS`;
slow to make, so ``bench/format_robustness.py`` and tests/corpus/test_realforms_more.py run
them apart, the conversions cached by content under :func:`cache_dir`):

* ``pdf_official``    the ``docx_official`` layout with a running header (the office's name,
  or 内部资料 注意保存) and page numbers ``— n —`` in Word's header and footer, exported to
  PDF by ``libreoffice --headless --convert-to pdf``;
* ``doc``             the same Word file saved by LibreOffice as Word 97-2003 ``.doc``;
* ``rtf``             the ``docx_bold`` file saved by LibreOffice as ``.rtf``;
* ``odt``             the ``docx_running`` file saved by LibreOffice as ``.odt``;
* ``ofd``             the ``docx_official`` layout as an OFD (tests/ofd_writer.py): 22
  characters a line, the running header in a template page, ``— n —`` at each page's foot;
* ``md_typed``        Markdown as a writer types it: ``#`` title, ``##`` part titles, level-2
  headings standing alone as ``###`` (or a bold line, half of the documents), run-in lead
  sentences in ``**bold**``, ``-`` items where the source has list items, ``>`` editor's
  notes, blank lines between paragraphs;
* ``txt_gb18030``     typed in Notepad and saved as ANSI on a Chinese Windows: GB18030
  without a BOM, CRLF line ends, paragraphs indented with two full-width spaces (a centred
  title with more in half of the documents), a stray full-width space at some line ends,
  a blank line between paragraphs in half of the documents.

Editor's notes (Markdown ``>`` quotes in the sources) go where each form would put them:
Word's 引用 (Quote) style, ``<blockquote>`` on a page, a 【编者按】 label in scraped text;
a quotation set apart inside the text is in the Quote style or a ``<blockquote>`` too, and a
plain paragraph where the form has nothing else.
"""

from __future__ import annotations

import copy
import email.charset
import email.mime.multipart
import email.mime.text
import functools
import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from realforms_sites import SITE_FORMS, site_path

from drafter.corpus.apparatus import split_apparatus
from drafter.corpus.clean import clean_blocks
from drafter.corpus.markers import (
    ARABIC,
    ARABIC_PAREN,
    CHAPTER,
    CN_DUN,
    CN_PAREN,
    DI,
    DI_NOUN,
    PART,
    SECTION,
    match_marker,
    match_part,
    renumber,
)
from drafter.corpus.readers import read_file

FORMS = (
    "docx_styles",
    "docx_numbering",
    "docx_bullets",
    "docx_bold",
    "docx_boldlead",
    "docx_softbreak",
    "docx_glued",
    "docx_pasted",
    "docx_official",
    "html_p",
    "html_br",
    "html_table",
    "mhtml",
    "html_bold",
    "html_boldlead",
    "txt_scraped",
)
# the forms that go through LibreOffice or are typed as text (see the module's docstring)
MORE_FORMS = ("pdf_official", "doc", "rtf", "md_typed", "txt_gb18030", "odt", "ofd")
# other sites' pages and other offices' files (tests/corpus/realforms_sites.py), run apart
# so that the floors of FORMS stay as they were set
ALL_FORMS = FORMS + MORE_FORMS + SITE_FORMS
# form -> (the Word form it is converted from, LibreOffice's target)
CONVERTED = {
    "pdf_official": ("docx_running", "pdf"),
    "doc": ("docx_running", "doc"),
    "rtf": ("docx_bold", "rtf"),
    "odt": ("docx_running", "odt"),
}
SUFFIX = {
    "pdf_official": ".pdf",
    "doc": ".doc",
    "rtf": ".rtf",
    "odt": ".odt",
    "ofd": ".ofd",
    "md_typed": ".md",
    "txt_gb18030": ".txt",
    "html_p": ".html",
    "html_br": ".htm",
    "html_table": ".html",
    "mhtml": ".mhtml",
    "html_bold": ".html",
    "html_boldlead": ".html",
    "txt_scraped": ".txt",
}

# Everything a form adds around the text: none of it may reach the body.
BANNERS = ("范文先生网 www.fwsir.com", "第一范文网 / www.diyifanwen.com", "公文易文秘资源网")
TAIL_LINES = ("本文来源：范文先生网 www.fwsir.com", "更多精彩范文请访问 www.diyifanwen.com")
SITE = "某某县人民政府"
# what a Word file's running header says (pdf_official, doc)
RUNNING_HEADERS = ("某某县人民政府办公室", "内部资料　注意保存")
CHROME_TEXTS = (
    "网站首页",
    "政务公开",
    "领导讲话",
    "当前位置",
    "【字体：大 中 小】",
    "打印本页",
    "关闭窗口",
    "分享到",
    "相关链接",
    "网友评论",
    "发表评论",
    "主办单位",
    "版权所有",
    "备案号",
    "扫一扫在手机打开当前页",
    "讲得太好了，受益匪浅",
    "上一篇",
    "下一篇",
    *BANNERS,
    *TAIL_LINES,
    *RUNNING_HEADERS,
)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTE = re.compile(r"\[\d+\]")
_SPACE = re.compile(r"[\s\u3000]+")
_DATE_LINE = re.compile(
    r"^[（(]?[一二三四五六七八九〇○零十\d]{2,4}年[一二三四五六七八九十\d]{1,3}月"
    r"(?:[一二三四五六七八九十\d]{1,3}日)?[）)]?$"
)
_RUN_IN_STOP = "。：:；;！？!?，,"
_HEAD_END = "。：:；;！!？?，,"


def norm(text: str) -> str:
    """Text as compared: no whitespace, no note marks."""
    return _SPACE.sub("", _NOTE.sub("", text))


@dataclass
class Unit:
    """One paragraph of the source, with its role in the gold outline.

    ``kind`` is ``"text"``, ``"quote"`` (an editor's note above the text), ``"cite"`` (a
    quotation set apart inside it), ``"table"``, ``"title"``,
    ``"heading"`` (a gold heading standing alone) or ``"runin"`` (a paragraph whose first
    sentence is a gold heading); ``lead`` is the run-in heading as written (marker, text and
    the punctuation after it) and ``marker`` the gold marker.
    """

    kind: str
    text: str
    level: int = 0
    marker: str = ""
    lead: str = ""
    run: int = -1  # which run of gold siblings a level-2 heading belongs to
    item: bool = False  # a list item in the source (a Markdown ``-`` line)


@dataclass
class Source:
    """A gold document cut into paragraphs, ready to be written in any form."""

    name: str
    gold: dict
    units: list[Unit]
    matched: int  # gold headings found in the text
    headings: int  # gold headings in all (levels 1 and 2)
    extra: dict = field(default_factory=dict)

    @property
    def title(self) -> str | None:
        return self.gold.get("title")


def wrong_titles_and_dates(rows) -> list[tuple[str, str, str | None]]:
    """The documents of one form whose title or date read back differs from the gold's, as
    (name, "title"|"date", what was read): the same check for every form, so the Word, web
    and typed forms (test_realforms_gold) and the converted ones (test_realforms_more) judge
    titles and dates alike. ``rows`` are (source, source read as it lies, form read back)."""
    wrong = []
    for s, _, d in rows:
        if s.title and norm(d.metadata.title or "") != norm(s.title):
            wrong.append((s.name, "title", d.metadata.title))
        if s.gold.get("date") and d.metadata.date != s.gold["date"]:
            wrong.append((s.name, "date", d.metadata.date))
    return wrong


def _gold_headings(sections: list[dict]) -> list[dict]:
    out: list[dict] = []

    def visit(s: dict) -> None:
        if s["level"] <= 2:
            out.append(s)
        for c in s.get("children", []):
            visit(c)

    for s in sections:
        visit(s)
    return out


def load_source(gold_path: Path, shared: Path) -> Source:
    """The gold document's text from ../shared as paragraphs, gold headings marked."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = read_file(shared / gold["source"])
    blocks = clean_blocks(raw.blocks, paragraphs=False).blocks
    units = [
        Unit("quote" if b.kind == "quote" else "table" if b.kind == "table" else "text", b.text)
        for b in blocks
        if b.text.strip()
    ]
    for i, (u, b) in enumerate(zip(units, [b for b in blocks if b.text.strip()])):
        if i < 6 and b.kind == "bullet" and len(b.text) >= 20:
            u.kind = "quote"  # a starred note under the title ("* 这是…的一部分")
        elif b.kind == "bullet":
            u.item = True
    body = False
    for u in units:
        if u.kind == "quote" and body:
            u.kind = "cite"  # a block quotation inside the text, not an editor's note
        elif u.kind == "text" and len(u.text) > 50:
            body = True
    title = gold.get("title")
    if title:
        for u in units[:6]:
            if norm(u.text) == norm(title):
                u.kind = "title"
                break
    heads = _gold_headings(gold["sections"])
    cursor, matched = 0, 0
    run = 0  # the run of level-2 siblings (those under one level-1 heading) being matched
    broken: set[int] = set()  # runs with a sibling not found in the text (not expressible)
    for h in heads:
        if h["level"] == 1:
            run += 1
        want = norm(h["marker"] + h["heading"])
        if not want:
            continue
        found = matched
        for i in range(cursor, len(units)):
            u = units[i]
            if u.kind not in ("text",):
                continue
            have = norm(u.text)
            if have.rstrip(_HEAD_END) == want:
                u.kind, u.level, u.marker = "heading", h["level"], h["marker"]
                cursor, matched = i + 1, matched + 1
                break
            if len(want) > 2 and have.startswith(want) and len(have) > len(want) + 1:
                lead = _lead(u.text, want)
                if lead is not None:
                    u.kind, u.level, u.marker, u.lead = "runin", h["level"], h["marker"], lead
                    cursor, matched = i + 1, matched + 1
                    break
        if h["level"] == 2:
            if matched > found:
                units[cursor - 1].run = run
            else:
                broken.add(run)
    source = Source(gold_path.stem, gold, units, matched, len(heads))
    source.extra["broken_runs"] = broken
    appendix = split_apparatus(blocks).apparatus.appendix
    if appendix:  # where appended material begins (a date signing the text goes above it)
        first = norm(appendix[0])
        for i in range(len(units) - 1, -1, -1):
            if norm(units[i].text) == first:
                source.extra["appendix_at"] = i
                break
    return source


def _lead(text: str, want: str) -> str | None:
    """The run-in heading as written at the start of ``text`` (up to and including the
    punctuation that ends it), or None when the heading does not end at a stop."""
    seen = ""
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += ch
        if norm(seen) == want:
            rest = text[i + 1 :]
            if rest[:1] and rest[0] in _RUN_IN_STOP:
                return text[: i + 2]
            return None
    return None


def expected_sections(source: Source, form: str) -> list[dict]:
    """The gold sections as the form should read: in ``docx_bullets`` a level-2 heading
    that stood alone lost its marker text to the bullet, in ``docx_boldlead`` and
    ``html_boldlead`` every level-2 heading its marker to the bold; in ``docx_numbering`` a number written digit by
    digit (一○, 一一) is shown as Word counts (十, 十一)."""
    if form == "docx_numbering":
        return [_counted(s) for s in source.gold["sections"]]
    if form in ("docx_boldlead", "html_boldlead"):
        bulleted = {
            norm(u.marker) + _bare_heading(u) for u in source.units if _is_bare_bold(source, u)
        }
    elif form == "docx_bullets":
        bulleted = {norm(u.text).rstrip(_HEAD_END) for u in source.units if _is_bullet(u, source)}
    else:
        return source.gold["sections"]

    def tr(s: dict) -> dict:
        d = dict(s)
        if s["level"] == 2 and norm(s["marker"] + s["heading"]) in bulleted:
            d["marker"] = ""
        d["children"] = [tr(c) for c in s.get("children", [])]
        return d

    return [tr(s) for s in source.gold["sections"]]


def _counted(s: dict) -> dict:
    """A gold section with its digit-by-digit numeral (一○、) as Word's chineseCounting
    numbering shows it (十、)."""
    d = dict(s)
    m = _DIGIT_BY_DIGIT.search(s["marker"])
    if m is not None:
        value = int("".join(str(_DIGITS.index(c.replace("○", "〇"))) for c in m.group()))
        d["marker"] = renumber(s["marker"], value)
    d["children"] = [_counted(c) for c in s.get("children", [])]
    return d


_DIGITS = "〇一二三四五六七八九"
_DIGIT_BY_DIGIT = re.compile(r"[一二三四五六七八九][〇○一二三四五六七八九]+")


def _is_bullet(u: Unit, source: Source | None = None) -> bool:
    """A level-2 heading ``docx_bullets`` writes as a Word bullet paragraph: a numbered one
    standing alone, in a run of siblings (the level-2 headings under one level-1 heading)
    that all stand alone. A writer who makes sub-headings bullets makes the whole run so;
    a run where some run into their paragraphs keeps its typed numbers (bulleting only the
    lone ones, 一、 and 九、 bullets beside 七、 typed, is no file a user makes)."""
    if not (u.kind == "heading" and u.level == 2 and bool(u.marker)):
        return False
    if source is None:
        return True
    if u.run in source.extra.get("broken_runs", ()):
        return False  # a sibling the text does not hold apart stays typed: so do the others
    for run in _sibling_runs(source):
        if any(v is u for v in run):
            return all(v.kind == "heading" and v.marker for v in run)
    return True


def _sibling_runs(source: Source) -> list[list[Unit]]:
    """The gold's level-2 headings as runs of siblings: those between two level-1 headings."""
    if "sibling_runs" not in source.extra:
        runs: list[list[Unit]] = [[]]
        for u in source.units:
            if u.kind in ("heading", "runin") and u.level == 1:
                runs.append([])
            elif u.kind in ("heading", "runin") and u.level == 2:
                runs[-1].append(u)
        source.extra["sibling_runs"] = [r for r in runs if r]
    return source.extra["sibling_runs"]


def _is_bare_bold(source: Source, u: Unit) -> bool:
    """A level-2 heading ``docx_boldlead`` writes in bold without its marker: in a document
    whose level-1 headings all carry numbers (bold alone marks the lower headings), in a
    run of siblings the text holds whole (a run whose 第一， the form cannot set apart, run
    on after a speaker's name, keeps its typed numbers: bare 第二 and 第三 after a typed
    第一 is no file a user makes)."""
    return (
        u.kind in ("heading", "runin")
        and u.level == 2
        and bool(u.marker)
        and all(s["marker"] for s in source.gold["sections"])
        and u.run not in source.extra.get("broken_runs", ())
    )


def _bare_heading(u: Unit) -> str:
    """The heading a bare bold level-2 unit shows (normalised, marker and stop dropped)."""
    text = u.lead if u.kind == "runin" else u.text
    return norm(_strip_marker(Unit(u.kind, text, marker=u.marker))).rstrip(_HEAD_END)


def _strip_marker(u: Unit) -> str:
    """The unit's text without its marker (the heading text a numbered list leaves)."""
    text = u.text.strip()
    if u.marker and norm(text).startswith(norm(u.marker)):
        n = len(norm(u.marker))
        seen = 0
        for i, ch in enumerate(text):
            if not ch.isspace():
                seen += 1
            if seen == n:
                return text[i + 1 :].lstrip(" \u3000")
    return text


def _date_unit(source: Source) -> Unit | None:
    """A line near the top that is only a date: （一九二五年十二月一日）, 2025年6月9日."""
    for u in source.units[:6]:
        if u.kind == "text" and _DATE_LINE.match(norm(u.text)):
            return u
    return None


def _rng(source: Source, form: str) -> random.Random:
    return random.Random(zlib.crc32(f"{source.name}/{form}".encode()))


def write_form(source: Source, form: str, folder: Path) -> Path:
    """Write ``source`` in ``form`` into ``folder``; returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    if form in SITE_FORMS:
        return site_path(source, form, folder)
    path = folder / f"{source.name}{SUFFIX.get(form, '.docx')}"
    if form in CONVERTED:
        return write_forms([source], form, folder)[0]
    if form == "md_typed":
        path.write_text(_typed_markdown(source), encoding="utf-8")
    elif form == "txt_gb18030":
        path.write_bytes(_notepad_text(source))
    elif form == "docx_pasted":
        _write_pasted(source, path)
    elif form.startswith("docx_"):
        _write_docx(source, form, path)
    elif form in ("html_p", "html_br", "html_table", "html_bold", "html_boldlead"):
        path.write_bytes(_page_bytes(source, form))
    elif form == "mhtml":
        path.write_bytes(_mhtml(source))
    elif form == "txt_scraped":
        path.write_bytes(_scraped_text(source))
    elif form == "ofd":
        _write_ofd(source, path)
    else:
        raise ValueError(form)
    return path


# -- Word --------------------------------------------------------------------------------


def _numbering_plan(source: Source) -> dict[int, tuple[str, str, int]]:
    """Unit index -> (lvlText, numFmt, start) for headings whose marker Word can number.

    Each run of siblings numbered in order gets its own list (a new ``w:num``), as Word
    does when the user restarts numbering."""
    plan: dict[int, tuple[str, str, int]] = {}
    for i, u in enumerate(source.units):
        if u.kind not in ("heading", "runin") or not u.marker:
            continue
        m = match_marker(u.marker + "x") or match_part(u.marker)
        if m is None or m.family not in (
            CN_DUN, CN_PAREN, ARABIC, ARABIC_PAREN, DI, DI_NOUN, PART, CHAPTER, SECTION
        ):  # fmt: skip
            continue
        if m.word:  # 首先/其次: words, not numbers
            continue
        marker = u.marker.strip()
        num = re.search(r"\d+|[一二三四五六七八九十百零〇○两]+", marker)
        if num is None:
            continue
        fmt = "decimal" if num.group().isdigit() else "chineseCounting"
        text = marker[: num.start()] + "%1" + marker[num.end() :]
        plan[i] = (text, fmt, m.ordinal)
    return plan


def _multilevel(source: Source, plan: dict[int, tuple[str, str, int]]) -> dict[int, int] | None:
    """Unit index -> ilvl when the numbered headings fit one two-level Word list (一、 on
    level 0, （一） on level 1, the second level restarting under each first-level item,
    as a multilevel list numbers them); None when they do not."""
    kinds: dict[int, set] = {1: set(), 2: set()}
    for i, (text, fmt, _) in plan.items():
        kinds.setdefault(source.units[i].level, set()).add((text, fmt))
    if len(kinds[1]) != 1 or len(kinds[2]) > 1 or set(kinds) - {1, 2}:
        return None
    first = second = 0
    for i in sorted(plan):
        n = plan[i][2]
        if source.units[i].level == 1:
            first = n if first == 0 else first + 1
            second = 0
            if n != first:
                return None
        else:
            second += 1
            if n != second:
                return None
    return {i: source.units[i].level - 1 for i in plan}


_RUN_BREAKS = re.compile(r"([\t\r\n])")


@functools.cache
def _template():
    """python-docx's blank document, opened once: every Word form starts from a copy of it."""
    import docx

    return docx.Document()


@functools.cache
def _lean_template():
    """:func:`_template` without its ``stylesWithEffects`` part: Word 2010's second copy of the
    styles (438 kB of XML), which Word itself ignores when ``styles.xml`` is there and
    Drafter's reader never opens. Why drop it: compressing it when a form is saved and
    inflating it when the form is read was more than a third of saving a Word form, for a
    part no reading depends on."""
    doc = copy.deepcopy(_template())
    part = doc.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rid)
    return doc


def _new_document(full: bool = False):
    """A blank python-docx document, as ``docx.Document()`` gives it (without the part
    :func:`_lean_template` drops, unless ``full``: the files LibreOffice converts keep it,
    so their cache keys stay). Why a copy of one opened once: opening the template unzips
    and parses its 800 kB of styles each time, which was a third of the cost of writing a
    Word form, for the same parts every time."""
    return copy.deepcopy(_template() if full else _lean_template())


def _add_run(p, text: str):
    """``p.add_run(text)``, the same XML (a ``<w:t>`` a stretch of text, ``<w:tab/>`` a tab,
    ``<w:br/>`` a line end). Why not python-docx's own: it appends the text a character at
    a time, the largest part of writing a long document's Word forms."""
    from docx.text.run import Run

    r = p._p.add_r()
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            r.add_tab()
        elif piece in ("\r", "\n"):
            r.add_br()
        elif piece:
            r.add_t(piece)
    return Run(r, p)


def _add_paragraph(doc, text: str, style: str | None = None):
    """``doc.add_paragraph(text, style)`` with the text added by :func:`_add_run`."""
    p = doc.add_paragraph()
    if text:
        _add_run(p, text)
    _set_style(p, style)
    return p


@functools.cache
def _style_id(name: str) -> str | None:
    """The id of the paragraph style ``name`` in python-docx's template (None: the default
    style, which a paragraph names by naming none)."""
    from docx.enum.style import WD_STYLE_TYPE

    return _template().part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)


def _set_style(p, style: str | None) -> None:
    """``p.style = style`` (nothing for None). Why not python-docx's own: it looks the name
    up among the template's few hundred styles, and the default style too, each time; a
    styled paragraph cost as much as the rest of its document."""
    if style is not None:
        p._p.style = _style_id(style)


class _WordWriter:
    """python-docx plus the raw XML python-docx has no API for (numbering, breaks)."""

    def __init__(self, full: bool = False) -> None:
        self.doc = _new_document(full)
        self.next_num = 300
        self.lists: dict[tuple[int, str], tuple[int, int]] = {}  # (level, lvlText) -> (num, last)

    def para(self, text: str, style: str | None = None, bold_lead: str = "", bold=False):
        p = self.doc.add_paragraph()
        _set_style(p, style)
        if bold_lead:
            _add_run(p, bold_lead).bold = True
            text = text[len(bold_lead) :]
        if text:
            _add_run(p, text).bold = bold or None
        return p

    def _new_list(self, lvls: str) -> int:
        """A new Word list of ``lvls`` (its <w:lvl> elements): the abstract definition, put
        before the first <w:num> as Word's schema orders them, and the <w:num> naming it;
        returns its number. Every list the writer makes is made this one way."""
        from docx.oxml import parse_xml

        num = self.next_num
        self.next_num += 1
        numbering = self.doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{num}">{lvls}</w:abstractNum>'
        )
        first_num = numbering.find(f"{{{_W}}}num")
        if first_num is None:
            numbering.append(abstract)
        else:
            first_num.addprevious(abstract)
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{_W}" w:numId="{num}"><w:abstractNumId w:val="{num}"/></w:num>'
            )
        )
        return num

    @staticmethod
    def _number(p, num: int, ilvl: int) -> None:
        """Put paragraph ``p`` on level ``ilvl`` of list ``num``."""
        from docx.oxml import parse_xml

        p._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
            )
        )

    @staticmethod
    def _lvl(k: int, text: str, fmt: str, start: int) -> str:
        """One level of a list: its start, number format and text, nothing after the number."""
        return (
            f'<w:lvl w:ilvl="{k}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/></w:lvl>'
        )

    def numbered(self, p, level: int, lvl_text: str, fmt: str, start: int) -> None:
        key = (level, lvl_text)
        prev = self.lists.get(key)
        if prev is None or start != prev[1] + 1:
            num = self._new_list(self._lvl(0, lvl_text, fmt, start))
        else:
            num = prev[0]
        self.lists[key] = (num, start)
        self._number(p, num, 0)

    def multilevel(self, p, ilvl: int, levels: list[tuple[str, str, int]]) -> None:
        """Number ``p`` on level ``ilvl`` of one two-level list (made on first use)."""
        if not hasattr(self, "_multi"):
            self._multi = self._new_list(
                "".join(
                    self._lvl(k, text.replace("%1", f"%{k + 1}"), fmt, start)
                    for k, (text, fmt, start) in enumerate(levels)
                )
            )
        self._number(p, self._multi, ilvl)

    def running(self, header: str) -> None:
        """A running header (``header``, centred) and a centred page number ``— n —`` in
        the footer, as an office's Word template sets them."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import parse_xml

        section = self.doc.sections[0]
        top = section.header.paragraphs[0]
        top.text = header
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("— ")
        foot._p.append(
            parse_xml(
                f'<w:fldSimple xmlns:w="{_W}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            )
        )
        foot.add_run(" —")

    def soft_break(self, p, text: str) -> None:
        run = p.add_run()
        run.add_break()
        _add_run(p, text)


def _write_pasted(source: Source, path: Path) -> None:
    """A hard-wrapped text pasted into Word, one paragraph per line."""
    d = _new_document()
    width = _rng(source, "docx_pasted").randint(33, 37)
    for u in source.units:
        text = u.text.strip().replace("\t", "　")
        if u.kind == "title":
            _add_paragraph(d, text)
            continue
        if u.kind == "quote":
            text = "【编者按】" + text
        for line in _wrap("　　" + text, width):
            _add_paragraph(d, line)
    d.save(str(path))


def _write_docx(source: Source, form: str, path: Path, full: bool = False) -> None:
    """Write ``source`` as the Word ``form``; ``full`` keeps the whole template (see
    :func:`_new_document`)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    running = form == "docx_running"  # the official layout with a header and page numbers
    if running:
        form = "docx_official"
    w = _WordWriter(full)
    plan = _numbering_plan(source) if form == "docx_numbering" else {}
    # half of the documents in one multilevel list (when their numbers allow it), the rest
    # in a list per run of siblings
    ilvls = _multilevel(source, plan) if plan and _rng(source, form).random() < 0.5 else None
    levels: list[tuple[str, str, int]] = []
    if ilvls:
        for lvl in (1, 2):
            at = [i for i in sorted(plan) if source.units[i].level == lvl]
            if at:
                text, fmt, start = plan[at[0]]
                levels.append((text, fmt, start if lvl == 1 else 1))

    def number(p, i: int, u: Unit) -> None:
        if ilvls:
            w.multilevel(p, ilvls[i], levels)
        else:
            w.numbered(p, u.level, *plan[i])

    date_unit = _date_unit(source) if form == "docx_official" else None
    last_body = None  # the paragraph a soft-break heading is typed at the end of
    sign_at = source.extra.get("appendix_at", len(source.units))
    glue_at = -1
    if form == "docx_glued":
        at = [
            i
            for i, u in enumerate(source.units)
            if u.kind == "heading"
            and i > 0
            and source.units[i - 1].kind == "text"
            and source.units[i - 1].text.strip().endswith(("。", "！", "？"))
        ]
        glue_at = _rng(source, form).choice(at) if at else -1
    for i, u in enumerate(source.units):
        text = u.text.strip()
        if u is date_unit:
            continue
        if i == sign_at and date_unit is not None:
            w.para(date_unit.text.strip().strip("（）()")).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if u.kind == "title":
            if form == "docx_styles":
                _add_paragraph(w.doc, text, style="Title")
            elif form == "docx_official":
                p = w.para(text)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.font.size = Pt(22)
                    run.font.name = "方正小标宋简体"
                    run._element.get_or_add_rPr().get_or_add_rFonts().set(
                        qn("w:eastAsia"), "方正小标宋简体"
                    )
            else:
                p = w.para(text, bold=True)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            last_body = None
            continue
        if u.kind in ("quote", "cite"):
            w.para(text, style="Quote")
            last_body = None
            continue
        if u.kind == "heading":
            if form == "docx_styles":
                _add_paragraph(w.doc, text, style=f"Heading {min(u.level, 2)}")
            elif form == "docx_numbering" and i in plan:
                number(w.para(_strip_marker(u)), i, u)
            elif form == "docx_bullets" and _is_bullet(u, source):
                w.para(_strip_marker(u), style="List Bullet")
            elif form == "docx_boldlead" and _is_bare_bold(source, u):
                w.para(_strip_marker(u), bold=True)
            elif form in ("docx_bold", "docx_boldlead"):
                w.para(text, bold=True)
            elif form == "docx_softbreak" and last_body is not None:
                w.soft_break(last_body, text)
                last_body = None
                continue
            elif i == glue_at and last_body is not None:
                _add_run(last_body, text)  # typed on, no paragraph mark
                last_body = None
                continue
            else:
                w.para(text)
            last_body = None
            continue
        if u.kind == "runin":
            if form == "docx_numbering" and i in plan:
                number(w.para(_strip_marker(u)), i, u)
            elif form == "docx_boldlead" and _is_bare_bold(source, u):
                lead = _strip_marker(Unit(u.kind, u.lead.strip(), marker=u.marker))
                w.para(_strip_marker(u), bold_lead=lead)
            elif form in ("docx_bold", "docx_boldlead"):
                w.para(text, bold_lead=u.lead.strip())
            else:
                w.para(text)
            last_body = None
            continue
        if u.kind == "table":
            cells = text.split("\t")
            table = w.doc.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
            last_body = None
            continue
        last_body = w.para(text)
    if date_unit is not None and sign_at >= len(source.units):
        p = w.para(date_unit.text.strip().strip("（）()"))
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if running:
        w.running(_rng(source, "docx_running").choice(RUNNING_HEADERS))
    w.doc.save(str(path))


def _write_ofd(source: Source, path: Path) -> None:
    """The ``docx_official`` layout as an office's OFD: title centred in 小标宋, level-1
    headings in 黑体, marked level-2 headings in 楷体, editor's notes in 楷体, the date under
    the text at the right, 22 characters a line, the running header in a template page and
    — n — at each page's foot (tests/ofd_writer.py)."""
    from ofd_writer import Para, write_ofd

    date_unit = _date_unit(source)
    sign_at = source.extra.get("appendix_at", len(source.units))
    paras: list[Para] = []
    for i, u in enumerate(source.units):
        if u is date_unit:
            continue
        if i == sign_at and date_unit is not None:
            paras.append(Para(date_unit.text.strip().strip("（）()"), "right"))
        text = u.text.strip()
        if u.kind == "title":
            paras.append(Para(text, "title"))
        elif u.kind in ("quote", "cite"):
            paras.append(Para(text, "quote"))
        elif u.kind == "heading" and u.level == 1:
            paras.append(Para(text, "heading1"))
        elif u.kind == "heading" and u.level == 2 and u.marker:
            paras.append(Para(text, "heading2"))
        elif u.kind == "table":
            paras.append(Para(text, "table"))
        else:
            paras.append(Para(text))
    if date_unit is not None and sign_at >= len(source.units):
        paras.append(Para(date_unit.text.strip().strip("（）()"), "right"))
    write_ofd(path, paras, header=_rng(source, "ofd").choice(RUNNING_HEADERS))


# -- web pages ---------------------------------------------------------------------------


def _published(source: Source) -> str:
    """The page's publication date: a few days after the speech (or a recent date)."""
    date = source.gold.get("date") or ""
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", date)
    if m and int(m.group(1)) >= 1995:
        day = min(28, int(m.group(3) or 1) + 3)
        return f"{m.group(1)}-{m.group(2)}-{day:02d}"
    return "2025-11-03"


def _page_title(source: Source) -> str:
    return source.title or "领导讲话"


# How a page sets words in bold: the tag or the inline style the site's editor (or the Word
# file pasted into it) left; one way per page. (open, close) around the words.
_BOLD_MARKUP = (
    ('<span class="STYLE1">', "</span>"),  # a class rule of the page's <style> (_page)
    ("<strong>", "</strong>"),
    ("<b>", "</b>"),
    ('<span style="font-weight:bold">', "</span>"),
    ('<span style="FONT-WEIGHT: 700; FONT-FAMILY: 黑体">', "</span>"),
    ('<font face="黑体"><b>', "</b></font>"),
)
_INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"


def _title_only_in_article(source: Source, form: str) -> bool:
    """Whether the page shows its title only as a centred, large paragraph at the top of
    the article (no ``<h1>``; its ``<title>`` names the column and the site)."""
    return form in ("html_bold", "html_boldlead") and _rng(source, form + "/title").random() < 0.5


def _bold_content(source: Source, form: str) -> str:
    """The article of an ``html_bold``/``html_boldlead`` page: the outline shown by bold
    and centring alone."""
    esc = html.escape
    rng = _rng(source, form + "/bold")
    b_open, b_close = rng.choice(_BOLD_MARKUP)
    whole_p = rng.random() < 0.25  # a standalone heading as a bold <p>, not bold words
    centred = rng.choice(('<p style="text-align:center">', '<p align="center">', ""))
    stop_outside = rng.random() < 0.5  # the stop after a lead left out of the bold
    bare_ok = form == "html_boldlead"

    def bold(words: str) -> str:
        return f"{b_open}{esc(words)}{b_close}"

    parts = []
    if _title_only_in_article(source, form) and source.title:
        parts.append(f'<p align="center"><font size="5">{bold(source.title)}</font></p>')
    for u in source.units:
        text = u.text.strip()
        if u.kind == "title":
            continue
        if u.kind in ("quote", "cite"):
            parts.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
        elif u.kind == "heading":
            if bare_ok and _is_bare_bold(source, u):
                text = _strip_marker(u)
            if u.level == 1 and centred:
                parts.append(f"{centred}{bold(text)}</p>")
            elif whole_p:
                parts.append(f'<p style="text-indent:2em;font-weight:bold">{esc(text)}</p>')
            else:
                parts.append(f"<p>{_INDENT}{bold(text)}</p>")
        elif u.kind == "runin" and u.lead:
            lead = u.lead.strip()
            if bare_ok and _is_bare_bold(source, u):
                text = _strip_marker(u)
                lead = _strip_marker(Unit(u.kind, lead, marker=u.marker))
            rest = text[len(lead) :]
            if stop_outside and lead[-1] in _RUN_IN_STOP:
                lead, rest = lead[:-1], lead[-1] + rest
            parts.append(f"<p>{_INDENT}{bold(lead)}{esc(rest)}</p>")
        elif u.kind == "table":
            cells = "".join(f"<td>{esc(c)}</td>" for c in text.split("\t"))
            parts.append(f"<table><tr>{cells}</tr></table>")
        else:
            parts.append(f"<p>{_INDENT}{esc(text)}</p>")
    return "\n".join(parts)


def _content_html(source: Source, form: str) -> str:
    esc = html.escape
    if form in ("html_bold", "html_boldlead"):
        return _bold_content(source, form)
    if form == "html_p":
        parts = []
        for u in source.units:
            text = esc(u.text.strip())
            if u.kind == "title":
                continue
            if u.kind in ("quote", "cite"):
                parts.append(f"<blockquote><p>{text}</p></blockquote>")
            elif u.kind == "heading":
                parts.append(f'<p style="text-indent:2em"><strong>{text}</strong></p>')
            elif u.kind == "runin" and u.lead:
                lead, rest = esc(u.lead.strip()), esc(u.text.strip()[len(u.lead.strip()) :])
                parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{lead}</strong>{rest}</p>")
            elif u.kind == "table":
                cells = "".join(f"<td>{esc(c)}</td>" for c in u.text.split("\t"))
                parts.append(f"<table><tr>{cells}</tr></table>")
            else:
                parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>")
        return "\n".join(parts)
    if form == "html_table":
        rows = "\n".join(
            f'<tr><td class="bt_content"><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;'
            f"{'【编者按】' if u.kind == 'quote' else ''}{esc(u.text.strip())}</font></td></tr>"
            for u in source.units
            if u.kind != "title"
        )
        return f'<table width="100%" border="0"><tbody>\n{rows}\n</tbody></table>'
    lines = []
    for u in source.units:
        if u.kind == "title":
            continue
        text = esc(u.text.strip().replace("\t", "　"))
        if u.kind == "quote":
            text = "【编者按】" + text
        lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + text)
    return '<div class="TRS_Editor">' + "<br>\n".join(lines) + "<br></div>"


def _page(source: Source, form: str) -> str:
    title = html.escape(_page_title(source))
    published = _published(source)
    rng = _rng(source, form)
    related = "".join(
        f'<li><a href="/art/{n}.html">关于做好{topic}工作的通知</a><span>{published}</span></li>'
        for n, topic in enumerate(rng.sample(["安全生产", "防汛抗旱", "乡村振兴", "营商环境"], 3))
    )
    bare = _title_only_in_article(source, form)
    h1 = "" if bare else f"<h1>{title}</h1>"
    css = ""
    if form in ("html_bold", "html_boldlead"):  # the rules old page editors write
        css = "<style>.STYLE1 {font-weight: bold; color: #000000}</style>\n"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{css}<title>{"领导讲话" if bare else title}_{"" if bare else "领导讲话_"}{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="领导讲话">
<meta name="PubDate" content="{published} 09:30">
<meta name="ContentSource" content="县政府办公室">
</head><body>
<div class="top"><ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/ldjh/">领导讲话</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 领导讲话</div>
<div class="article">
{h1}
<div class="info"><span>发布时间：{published}</span> <span>来源：县政府办公室</span>
<span>浏览次数：{rng.randint(100, 9000)}</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="content" id="zoom">
{_content_html(source, form)}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="pages"><a href="/art/1.html">上一篇：关于做好防汛工作的通知</a>
<a href="/art/2.html">下一篇：全县经济运行情况通报</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>{related}</ul></div>
<div class="comments"><h3>网友评论</h3>
<div class="c"><span>网友 lzh2023</span><p>讲得太好了，受益匪浅，值得认真学习领会！</p></div>
<div class="c"><span>网友 县直干部</span><p>讲话实在，接地气。</p></div>
<a>发表评论</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="footer"><p>主办单位：{SITE}办公室　版权所有：{SITE}</p>
<p>网站标识码：1234000001　备案号：皖ICP备12345678号</p></div>
</body></html>
"""


def _page_bytes(source: Source, form: str) -> bytes:
    """The page as the site served it: older county sites declare gb2312 (and mean GBK)
    on half of the pages here, the rest UTF-8."""
    page = _page(source, form)
    if _rng(source, form + "/charset").random() < 0.5:
        try:
            return page.replace('<meta charset="utf-8">', GB_META).encode("gbk")
        except UnicodeEncodeError:
            pass
    return page.encode("utf-8")


GB_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'


def _mhtml(source: Source) -> bytes:
    page = _page(source, "html_br")
    try:
        page.encode("gbk")
        charset = "gbk"
    except UnicodeEncodeError:
        charset = "utf-8"
    page = page.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    cs = email.charset.Charset(charset)
    cs.body_encoding = email.charset.QP
    msg = email.mime.multipart.MIMEMultipart("related", type="text/html")
    msg["Subject"] = _page_title(source)
    msg["Snapshot-Content-Location"] = "http://www.example.gov.cn/art/2025/11/3/art_1.html"
    part = email.mime.text.MIMEText(page, "html", cs)
    part["Content-Location"] = "http://www.example.gov.cn/art/2025/11/3/art_1.html"
    msg.attach(part)
    return msg.as_bytes()


# -- scraped text ------------------------------------------------------------------------


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _scraped_text(source: Source) -> bytes:
    rng = _rng(source, "txt_scraped")
    width = rng.randint(33, 37)
    # how the site laid paragraphs out: indented (headings too, or not), or not indented
    # at all with a blank line after every paragraph (the page's CSS indent lost)
    style = rng.choice(("indent", "indent_flat_headings", "blank_lines"))
    heading_indent = style == "indent"
    lines = [rng.choice(BANNERS), ""]
    for u in source.units:
        text = u.text.strip().replace("\t", "　")
        if u.kind == "title":
            lines.extend([text, ""])
            continue
        if u.kind == "quote":
            text = "【编者按】" + text
        indent = "" if u.kind == "heading" and not heading_indent else "　　"
        if style == "blank_lines":
            indent = ""
        wrapped = _wrap(indent + text, width)
        lines.extend(wrapped)
        if style == "blank_lines" or rng.random() < 0.5:
            lines.append("")
    lines.extend(["", rng.choice(TAIL_LINES)])
    data = "\r\n".join(lines) + "\r\n"
    try:
        return data.encode("gbk")
    except UnicodeEncodeError:
        return data.encode("gb18030")


# -- typed text: Markdown, Notepad -------------------------------------------------------


def _typed_markdown(source: Source) -> str:
    """The source as a writer types it in Markdown (see the module's docstring)."""
    rng = _rng(source, "md_typed")
    bold_subheads = rng.random() < 0.5  # level-2 headings as a bold line, not ###
    out: list[str] = []
    for u in source.units:
        text = u.text.strip()
        if u.kind == "title":
            out.append(f"# {text}")
        elif u.kind in ("quote", "cite"):
            out.append(f"> {text}")
        elif u.kind == "heading":
            if u.level == 1:
                out.append(f"## {text}")
            elif bold_subheads:
                out.append(f"**{text}**")
            else:
                out.append(f"### {text}")
        elif u.kind == "runin" and u.lead:
            lead = u.lead.strip()
            out.append(f"**{lead}**{text[len(lead) :]}")
        elif u.kind == "table":
            cells = text.split("\t")
            out.append("| " + " | ".join(cells) + " |\n|" + "---|" * len(cells))
        elif u.item:
            out.append(f"- {text}")
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


def _notepad_text(source: Source) -> bytes:
    """The source typed in Notepad and saved as ANSI on a Chinese Windows (GB18030, no
    BOM, CRLF; see the module's docstring)."""
    rng = _rng(source, "txt_gb18030")
    blank = rng.random() < 0.5
    centred = rng.random() < 0.5
    lines: list[str] = []
    for u in source.units:
        text = u.text.strip().replace("\t", "　")
        if u.kind == "title":
            lines.extend([("　" * 6 if centred else "") + text, ""])
            continue
        if u.kind == "quote":
            text = "【编者按】" + text
        line = "　　" + text
        if rng.random() < 0.1:
            line += "　"  # a full-width space left at the end of the line
        lines.append(line)
        if blank:
            lines.append("")
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


# -- LibreOffice conversions (pdf_official, doc, rtf) ------------------------------------


def cache_dir() -> Path:
    """Where converted files are kept between runs, keyed by the content of the Word file
    they come from (``DRAFTER_FORMS_CACHE`` overrides): a conversion takes seconds, a
    lookup nothing."""
    env = os.environ.get("DRAFTER_FORMS_CACHE")
    return Path(env) if env else Path(tempfile.gettempdir()) / "drafter-realforms-cache"


def soffice() -> str | None:
    """LibreOffice's command, or None (the converted forms cannot be made)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _content_key(docx: Path, target: str) -> str:
    """A hash of what the Word file says (its parts, not the zip's time stamps) and the
    target format."""
    h = hashlib.sha256(target.encode())
    with zipfile.ZipFile(docx) as z:
        for name in sorted(z.namelist()):
            h.update(name.encode() + b"\0" + z.read(name) + b"\0")
    return h.hexdigest()[:32]


def write_forms(sources: list[Source], form: str, folder: Path) -> list[Path]:
    """Write every source in ``form`` into ``folder``; the converted forms convert all the
    files the cache lacks in one LibreOffice run (a run per file costs its start-up each
    time). Raises RuntimeError when LibreOffice is needed and absent or fails."""
    if form not in CONVERTED:
        return [write_form(s, form, folder) for s in sources]
    word_form, target = CONVERTED[form]
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="realforms-", dir=folder))
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    keys: list[str] = []
    missing: list[Path] = []
    for s in sources:
        docx = work / f"{s.name}.docx"
        _write_docx(s, word_form, docx, full=True)
        key = _content_key(docx, target)
        keys.append(key)
        if not (cache / f"{key}.{target}").is_file():
            missing.append(docx)
    if missing:
        command = soffice()
        if command is None:
            raise RuntimeError("LibreOffice (soffice) is not installed")
        out = work / "out"
        for i in range(0, len(missing), 40):
            batch = missing[i : i + 40]
            subprocess.run(
                [command, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                 "--norestore", "--convert-to", target, "--outdir", str(out), *map(str, batch)],
                capture_output=True, timeout=120 + 20 * len(batch), check=False,
            )  # fmt: skip
            for docx in batch:
                made = out / f"{docx.stem}.{target}"
                if not made.is_file():
                    raise RuntimeError(f"LibreOffice did not convert {docx.name} to {target}")
                key = keys[[f"{s.name}.docx" for s in sources].index(docx.name)]
                tmp = cache / f".{key}.{os.getpid()}"
                shutil.copyfile(made, tmp)
                os.replace(tmp, cache / f"{key}.{target}")
    paths = []
    for s, key in zip(sources, keys):
        path = folder / f"{s.name}{SUFFIX[form]}"
        shutil.copyfile(cache / f"{key}.{target}", path)
        paths.append(path)
    shutil.rmtree(work, ignore_errors=True)
    return paths
