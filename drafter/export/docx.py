"""Word export in the GB/T 9704-2012 speech layout (or a house style).

The package is built from a small skeleton generated for the style (styles, settings,
font table, odd and even footers), opened with python-docx, filled with paragraphs
built directly as WordprocessingML and saved. Every paragraph carries its formatting
directly as well as through its style, so Word, WPS, LibreOffice and python-docx all see
the same fonts (ascii, hAnsi and eastAsia), sizes, exact line pitch and indents, and a
document still looks right after someone pastes it into another template. The skeleton's
parts are :mod:`drafter.export.docx_package`; the measures (units, character grid, margins)
:mod:`drafter.export.docx_geometry`.

Font fallbacks: ``w:rFonts`` names one font. By default runs name the preferred font
(方正小标宋简体, 仿宋_GB2312 ...) and the font table gives its first fallback as
``w:altName`` with the GB2312 charset, which Word and WPS use to substitute a missing
font; with ``use_fallbacks = true`` in the style, runs name the first fallback instead.
"""

from __future__ import annotations

import copy
import dataclasses
import io
from datetime import datetime, timezone

import docx
from docx.oxml.ns import qn
from lxml import etree

from drafter.drafts.convert import BodyItem, iter_body_items, salutation_count, title_block
from drafter.drafts.model import Draft
from drafter.export.base import Exporter
from drafter.export.cjk_lines import break_title, lone_tail_spacing
from drafter.export.docx_geometry import condense_twips, text_width_pt
from drafter.export.docx_package import (
    MAX_HEADING_STYLES,
    NS,
    XML_INVALID,
    paragraph_props_xml,
    run_props_xml,
    skeleton,
)
from drafter.export.pagination import Block, rescue_last_line
from drafter.export.style import Style, TextStyle
from drafter.export.word_lists import WordLists
from drafter.export.wordml import paragraph_properties

# --- run and paragraph properties ----------------------------------------------------------


def _flush_left(p: etree._Element) -> None:
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    if ind is not None:
        ind.set(qn("w:firstLineChars"), "0")
        ind.set(qn("w:firstLine"), "0")


class _Protos:
    """Prototype elements per paragraph kind, deep-copied for each paragraph: much
    faster than building properties element by element for a long speech."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._cache: dict[tuple, etree._Element] = {}

    def _parse(self, xml: str) -> etree._Element:
        return etree.fromstring(f"<w:x {NS}>{xml}</w:x>")[0]

    def ppr(self, style_id: str, ts: TextStyle, after_lines: float = 0) -> etree._Element:
        key = ("p", style_id, id(ts), after_lines)
        if key not in self._cache:
            inner = paragraph_props_xml(self.style, ts, after_lines)
            self._cache[key] = self._parse(f'<w:pPr><w:pStyle w:val="{style_id}"/>{inner}</w:pPr>')
        return copy.deepcopy(self._cache[key])

    def rpr(self, ts: TextStyle, on_grid: bool = True) -> etree._Element:
        key = ("r", id(ts), on_grid)
        if key not in self._cache:
            xml = run_props_xml(self.style, ts.font, ts.size_pt, ts.bold, on_grid)
            self._cache[key] = self._parse(xml)
        return copy.deepcopy(self._cache[key])


def _add_runs(
    p: etree._Element, protos: _Protos, ts: TextStyle, text: str, on_grid: bool = True
) -> None:
    """Append runs for ``text``; a newline becomes a line break inside the paragraph.
    Characters XML cannot hold (control codes from a damaged source) are dropped."""
    text = XML_INVALID.sub("", text)
    for i, line in enumerate(text.split("\n")):
        r = etree.SubElement(p, qn("w:r"))
        r.append(protos.rpr(ts, on_grid))
        if i:
            etree.SubElement(r, qn("w:br"))
        t = etree.SubElement(r, qn("w:t"))
        t.text = line
        if line != line.strip() or "  " in line:
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


# --- skeleton parts --------------------------------------------------------------------------


# --- the exporter -------------------------------------------------------------------------------


def _depth(draft: Draft) -> int:
    def depth(nodes) -> int:
        return max((1 + depth(n.children) for n in nodes), default=0)

    kept = [
        p.source_level
        for top in draft.sections
        for node in top.walk()
        for p in node.paragraphs
        if p.source_level
    ]
    return max(depth(draft.sections), *kept, 0)


def _has_content_next(items: list[tuple], i: int) -> bool:
    """Whether heading ``items[i]`` is followed by its own content (text or a
    sub-heading) rather than by a sibling, a higher heading or the closing."""
    if i + 1 >= len(items):
        return False
    kind, level = items[i + 1][:2]
    if kind == "heading":
        return level > items[i][1]
    return kind == "paragraph"


def _release_keep_next(p: etree._Element) -> None:
    """Heading styles keep a heading on the page of what follows it; a heading with
    nothing under it yet (a draft's empty slots) must not, or a chain of empty headings
    moves to the next page whole and leaves the first page nearly blank."""
    ppr = p[0]
    keep = etree.Element(qn("w:keepNext"))
    keep.set(qn("w:val"), "0")
    ppr.insert(1, keep)  # right after w:pStyle, as the schema orders them


# w:pPr children in the order the schema requires (those Drafter writes or may set).
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]  # fmt: skip


def set_ppr_flag(p: etree._Element, name: str, on: bool = True) -> None:
    """Set an on/off paragraph property (``keepNext``, ``widowControl`` ...) directly on
    paragraph ``p``, in schema order so Word accepts the file."""
    ppr = paragraph_properties(p)
    tag = qn(f"w:{name}")
    el = ppr.find(tag)
    if el is None:
        el = etree.Element(tag)
        rank = _PPR_ORDER.index(name)
        after = [c for c in ppr if etree.QName(c).localname in _PPR_ORDER[rank + 1 :]]
        if after:
            after[0].addprevious(el)
        else:
            ppr.append(el)
    el.set(qn("w:val"), "1" if on else "0")


def keep_last_line_company(
    paragraphs: list[etree._Element], blocks: list[Block], style: Style
) -> None:
    """No page may hold only the last line of a speech (谢谢大家！ alone on page 12).

    The last paragraph gets widow control, so a closing of several lines never leaves
    its last line alone. For a lone line the estimated pagination
    (:mod:`drafter.export.pagination`) predicts, the paragraph on the page before that
    loses a line with the least extra condensing is tightened, which pulls the last line
    back in Word and LibreOffice alike. Failing that, a short paragraph before a one-line
    closing keeps with it (LibreOffice honours a keep by moving the whole paragraph, so
    only a short one may carry it).
    """
    if not paragraphs:
        return
    set_ppr_flag(paragraphs[-1], "widowControl")
    width = text_width_pt(style)
    height = (style.height_mm - style.margin_top_mm - style.margin_bottom_mm) / 25.4 * 72
    rescue = rescue_last_line(blocks, width, height)
    if rescue is not None:
        index, spacing_pt = rescue
        set_run_spacing(paragraphs[index], spacing_pt)
        return
    if len(blocks) > 1 and blocks[-1].lines(width) == 1 and blocks[-2].lines(width) <= 4:
        set_ppr_flag(paragraphs[-2], "keepNext")
        set_ppr_flag(paragraphs[-2], "widowControl")


def set_run_spacing(p: etree._Element, spacing_pt: float) -> None:
    """Set the character spacing of every run of paragraph ``p`` (condensing it)."""
    for rpr in p.iter(qn("w:rPr")):
        spacing = rpr.find(qn("w:spacing"))
        if spacing is None:
            spacing = etree.Element(qn("w:spacing"))
            size = rpr.find(qn("w:sz"))
            if size is not None:
                size.addprevious(spacing)
            else:
                rpr.append(spacing)
        spacing.set(qn("w:val"), str(round(spacing_pt * 20)))


def fit_heading(p: etree._Element, style: Style, ts: TextStyle, text: str) -> float:
    """A heading on its own line that would leave one character alone on its last line
    is condensed a little more so it ends a line earlier (see
    :func:`drafter.export.cjk_lines.lone_tail_spacing`). Returns the spacing (pt) the
    heading is set with."""
    spacing_pt = condense_twips(style, ts.size_pt) / 20
    indent_pt = ts.first_line_chars * ts.size_pt
    width = text_width_pt(style) - ts.left_chars * ts.size_pt
    fitted = lone_tail_spacing(text, ts.size_pt, spacing_pt, width, indent_pt)
    if fitted is None:
        return spacing_pt
    set_run_spacing(p, fitted)
    return fitted


class DocxExporter(Exporter):
    """Word (.docx) in the layout of a :class:`Style` (GB/T 9704 by default)."""

    suffix = ".docx"
    name = "docx"

    def __init__(self, now: datetime | None = None, decorators: tuple = ()) -> None:
        self.now = now  # fixed in golden tests; the export time otherwise
        # Called as decorate(document, draft, placed) after the body is built, with
        # ``placed`` the (w:p element, BodyItem) pairs in order, the title block's lines
        # first (kinds in TITLE_KINDS, no node or paragraph), then the body's: how Word
        # comments (drafter.export.comments) and tracked changes (drafter.export.redline)
        # mark places in the text without touching the layout code here.
        self.decorators = tuple(decorators)

    def build(self, draft: Draft, style: Style) -> docx.document.Document:
        """The python-docx Document for ``draft`` (before saving)."""
        depth = _depth(draft)
        document = docx.Document(io.BytesIO(skeleton(style, depth)))
        body = document.element.body
        sect_pr = body[-1]
        protos = _Protos(style)
        paragraphs: list[etree._Element] = []

        def para(style_id: str, ts: TextStyle, after_lines: float = 0) -> etree._Element:
            p = etree.Element(qn("w:p"))
            p.append(protos.ppr(style_id, ts, after_lines))
            paragraphs.append(p)
            return p

        m = draft.meta
        kinds = {
            "title": ("Title", style.title),
            "subtitle": ("Subtitle", style.subtitle),
            "speaker": ("Speaker", style.speaker),
            "date": ("Date", style.date),
        }
        header = [(kind, *kinds[kind], text) for kind, text in title_block(m, style.date_format)]
        block_gap = style.date.space_after_lines
        body_pitch = style.body.line_pitch_pt or 28.95
        blocks: list[Block] = []  # what the paginator sees of each paragraph
        placed: list[tuple[etree._Element, BodyItem]] = []
        for i, (kind, style_id, ts, text) in enumerate(header):
            last = i == len(header) - 1
            if style_id == "Title":
                after = ts.space_after_lines if not last else max(ts.space_after_lines, block_gap)
            else:
                after = max(ts.space_after_lines, block_gap) if last else ts.space_after_lines
            if style_id in ("Title", "Subtitle"):
                text = break_title(text, ts.size_pt, text_width_pt(style))
            line = para(style_id, ts, after)
            _add_runs(line, protos, ts, text, on_grid=False)
            placed.append((line, BodyItem(kind, 0, "", text, None, None, 0)))
            blocks.append(
                Block(
                    text,
                    ts.size_pt,
                    0.0,
                    0.0,
                    ts.line_pitch_pt or body_pitch,
                    after_pt=after * body_pitch,
                    fixed_lines=text.count("\n") + 1 if "\n" in text else None,
                )
            )

        flush = salutation_count(draft)
        # one object each, kept for the whole build: _Protos caches run properties by id()
        bold_heads: dict[str, TextStyle] = {}  # a run-in heading's bold lead, by its font
        lists = WordLists(document, draft)  # the writer's Word lists, numbering again
        numbered: list[tuple[etree._Element, str, tuple[str, str]]] = []
        items = list(iter_body_items(draft))
        for i, item in enumerate(items):
            kind, level, heading, text = item[:4]
            if kind == "heading":
                ts = style.heading(level)
                style_id = f"Heading{min(level, MAX_HEADING_STYLES)}"
                p = para(style_id, ts)
                keep = _has_content_next(items, i)
                if not keep:
                    _release_keep_next(p)
                _add_runs(p, protos, ts, heading)
                if (ref := lists.ref(item)) is not None:
                    numbered.append((p, heading, ref))
                spacing = fit_heading(p, style, ts, heading)
                indent = ts.first_line_chars * ts.size_pt
                pitch = ts.line_pitch_pt or body_pitch
                left = ts.left_chars * ts.size_pt
                blocks.append(
                    Block(heading, ts.size_pt, spacing, indent, pitch, keep_next=keep, left_pt=left)
                )
                placed.append((p, item))
                continue
            source = item.paragraph
            kept = source is not None and not heading and kind == "paragraph"
            if kept and source.source_level:
                # a heading of the writer's file below the outline (1.学理论 in 标题 3):
                # written back in its style, not as body text
                level = source.source_level
                ts = style.heading(level)
                p = para(f"Heading{min(level, MAX_HEADING_STYLES)}", ts)
                keep = _has_content_next(items, i)
                if not keep:
                    _release_keep_next(p)
                _add_runs(p, protos, ts, text)
                if (ref := lists.ref(item)) is not None:
                    numbered.append((p, text, ref))
                pitch = ts.line_pitch_pt or body_pitch
                spacing = fit_heading(p, style, ts, text)
                indent = ts.first_line_chars * ts.size_pt
                blocks.append(Block(text, ts.size_pt, spacing, indent, pitch, keep_next=keep))
                placed.append((p, item))
                continue
            p = para("Normal", style.body)
            placed.append((p, item))
            ts = style.body
            indent = ts.first_line_chars * ts.size_pt
            if flush and kind == "opening":
                flush -= 1
                _flush_left(p)  # 同志们： stands 顶格, like the 主送机关 line of GB/T 9704
                indent = 0.0
            lead = source.bold_lead if source is not None and kind == "paragraph" else ""
            if heading:
                ts_head = style.heading(level)
                if lead and (heading + text).startswith(lead) and len(lead) >= len(heading):
                    # a run-in heading the writer's file set in bold (（一）加强学习。…): as
                    # the file set it, in its paragraph's size and the lead's own font,
                    # not in the house style's heading font
                    font = source.lead_font or style.body.font
                    ts_head = bold_heads.setdefault(
                        font, dataclasses.replace(style.body, bold=True, font=font)
                    )
                    lead = lead[len(heading) :]
                else:
                    lead = ""
                _add_runs(p, protos, ts_head, heading)
            if lead and text.startswith(lead) and not style.body.bold:
                # the bold words the writer's paragraph opened with (（一）加强学习。…), in
                # their own font where the file named one
                font = source.lead_font or style.body.font
                lead_ts = bold_heads.setdefault(
                    font, dataclasses.replace(style.body, bold=True, font=font)
                )
                _add_runs(p, protos, lead_ts, lead)
                if text[len(lead) :]:
                    _add_runs(p, protos, style.body, text[len(lead) :])
            elif text:
                _add_runs(p, protos, style.body, text)
            if (ref := lists.ref(item)) is not None:
                numbered.append((p, heading + text, ref))
            spacing = condense_twips(style, ts.size_pt) / 20
            blocks.append(
                Block(heading + text, ts.size_pt, spacing, indent, body_pitch, can_tighten=True)
            )
        keep_last_line_company(paragraphs, blocks, style)
        for p in paragraphs:
            sect_pr.addprevious(p)
        for decorate in self.decorators:
            decorate(document, draft, placed)
        for p, printed, ref in numbered:  # after the marks: they count the typed number
            lists.number(p, printed, ref)

        props = document.core_properties
        props.title = m.title.strip()
        props.subject = m.occasion.strip()
        props.category = m.genre.strip()
        props.author = ""
        props.last_modified_by = ""
        props.comments = ""
        props.keywords = ""
        props.revision = 1
        now = (self.now or datetime.now(timezone.utc)).replace(microsecond=0)
        props.created = now
        props.modified = now
        return document

    def render(self, draft: Draft, style: Style) -> bytes:
        """The .docx file as bytes (built in memory, written atomically by :meth:`export`)."""
        buf = io.BytesIO()
        self.build(draft, style).save(buf)
        return buf.getvalue()
