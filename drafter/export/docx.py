"""Word export in the GB/T 9704-2012 speech layout (or a house style).

The package is built from a small skeleton generated for the style (styles, settings,
font table, odd and even footers), opened with python-docx, filled with paragraphs
built directly as WordprocessingML and saved. Every paragraph carries its formatting
directly as well as through its style, so Word, WPS, LibreOffice and python-docx all see
the same fonts (ascii, hAnsi and eastAsia), sizes, exact line pitch and indents, and a
document still looks right after someone pastes it into another template.

Font fallbacks: ``w:rFonts`` names one font. By default runs name the preferred font
(方正小标宋简体, 仿宋_GB2312 ...) and the font table gives its first fallback as
``w:altName`` with the GB2312 charset, which Word and WPS use to substitute a missing
font; with ``use_fallbacks = true`` in the style, runs name the first fallback instead.
"""

from __future__ import annotations

import copy
import io
import math
import re
import zipfile
from datetime import datetime, timezone
from xml.sax.saxutils import quoteattr

import docx
from docx.oxml.ns import qn
from lxml import etree

from drafter.drafts.convert import BodyItem, iter_body_items, salutation_count, title_block
from drafter.drafts.model import Draft
from drafter.export.base import Exporter
from drafter.export.cjk_lines import break_title, lone_tail_spacing
from drafter.export.pagination import Block, rescue_last_line
from drafter.export.style import Style, TextStyle

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_MAX_HEADING_STYLES = 9
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def mm_to_twips(mm: float) -> int:
    """Millimetres (how GB/T 9704 gives margins) to twips (what WordprocessingML stores)."""
    return round(mm / 25.4 * 1440)


def pt_to_twips(pt: float) -> int:
    """Points to twips (1/20 pt), WordprocessingML's unit for spacing and indents."""
    return round(pt * 20)


def half_points(pt: float) -> int:
    """Points to half-points, WordprocessingML's unit for font sizes (三号 16 pt is 32)."""
    return round(pt * 2)


def char_space(style: Style) -> int:
    """``w:docGrid/@w:charSpace`` for ``grid_chars`` characters per line.

    Word stores the extra pitch per character relative to the body font size in
    1/4096 pt: 156 mm / 28 characters = 15.79 pt pitch for a 16 pt font gives -842
    (with the margins rounded to twips).
    """
    width_twips = (
        mm_to_twips(style.width_mm)
        - mm_to_twips(style.margin_left_mm)
        - mm_to_twips(style.margin_right_mm)
    )
    pitch_pt = width_twips / 20 / style.grid_chars
    return math.floor((pitch_pt - style.body.size_pt) * 4096)


# --- run and paragraph properties ----------------------------------------------------------


def grid_pitch_pt(style: Style) -> float | None:
    """Width of one character cell of the document grid, or None without a char grid."""
    if not (style.grid_lines and style.grid_chars):
        return None
    return (char_space(style) / 4096) + style.body.size_pt


def condense_twips(style: Style, size_pt: float) -> int:
    """Negative character spacing (twips) so ``grid_chars`` glyphs fill one line.

    GB/T 9704 puts 28 characters of 16 pt into 156 mm, so a grid cell (15.79 pt) is
    narrower than the glyph. Word squeezes snapped text into the cells, LibreOffice gives
    such a glyph two cells (halving the characters per line). Paragraphs therefore do not
    snap to the grid and their runs are condensed by a fraction of a point instead: 28
    characters a line in both (justified lines look the same, justification fills them).
    """
    pitch = grid_pitch_pt(style)
    if pitch is None or size_pt <= pitch:
        return 0
    return -math.ceil((size_pt - pitch) * 20 + 3)


def _rpr_xml(style: Style, font: str, size_pt: float, bold: bool, on_grid: bool = False) -> str:
    east = style.font_name(font)
    latin = style.latin(font)
    fonts = (
        f"<w:rFonts w:ascii={quoteattr(latin)} w:hAnsi={quoteattr(latin)} "
        f'w:eastAsia={quoteattr(east)} w:cs={quoteattr(latin)} w:hint="eastAsia"/>'
    )
    weight = "<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    hp = half_points(size_pt)
    if on_grid:
        squeeze = condense_twips(style, size_pt)
        spacing = f'<w:spacing w:val="{squeeze}"/>' if squeeze else ""
    else:
        # Cancel the condensing the Normal style carries (titles, footers).
        body_squeeze = condense_twips(style, style.body.size_pt)
        spacing = '<w:spacing w:val="0"/>' if body_squeeze else ""
    return f'<w:rPr>{fonts}{weight}{spacing}<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/></w:rPr>'


def _flush_left(p: etree._Element) -> None:
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    if ind is not None:
        ind.set(qn("w:firstLineChars"), "0")
        ind.set(qn("w:firstLine"), "0")


def _ppr_inner(style: Style, ts: TextStyle, after_lines: float = 0) -> str:
    """Line breaking, spacing, indent and alignment of a paragraph (no style reference,
    no rPr).

    Paragraphs do not snap to the document grid: the exact line spacing already gives
    the 22 lines, and condensed runs (:func:`condense_twips`) the 28 characters. Snapping
    would make LibreOffice give each 16 pt glyph two 15.79 pt cells (14 characters a
    line) and a 22 pt title two cells per character in Word as well.

    ``w:kinsoku`` switches on 避头尾 (no ，。） at a line start, no （《“ at a line end) as
    Word's East Asian settings do. ``w:overflowPunct w:val="1"`` is Word's default
    (punctuation may hang into the margin); written out because LibreOffice reads the
    element inverted (``IsHangingPunctuation = (val == 0)`` in writerfilter) and then does
    not hang it: a mark hung past a justified line is a mark LibreOffice does not draw.
    """
    pitch = pt_to_twips(ts.line_pitch_pt or style.body.line_pitch_pt or 28.95)
    body_pitch = pt_to_twips(style.body.line_pitch_pt or 28.95)
    after = round(after_lines * body_pitch)
    chars = ts.first_line_chars
    left = (
        f'w:leftChars="{round(ts.left_chars * 100)}" w:left="{round(ts.left_chars * ts.size_pt * 20)}" '
        if ts.left_chars
        else ""
    )
    indent = (
        f'<w:ind {left}w:firstLineChars="{round(chars * 100)}" '
        f'w:firstLine="{round(chars * ts.size_pt * 20)}"/>'
    )
    snap = '<w:kinsoku w:val="1"/><w:overflowPunct w:val="1"/><w:snapToGrid w:val="0"/>'
    return (
        f'{snap}<w:spacing w:before="0" w:after="{after}" w:line="{pitch}" w:lineRule="exact"/>'
        f'{indent}<w:jc w:val="{_JC[ts.align]}"/>'
    )


class _Protos:
    """Prototype elements per paragraph kind, deep-copied for each paragraph: much
    faster than building properties element by element for a long speech."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._cache: dict[tuple, etree._Element] = {}

    def _parse(self, xml: str) -> etree._Element:
        return etree.fromstring(f"<w:x {_NS}>{xml}</w:x>")[0]

    def ppr(self, style_id: str, ts: TextStyle, after_lines: float = 0) -> etree._Element:
        key = ("p", style_id, id(ts), after_lines)
        if key not in self._cache:
            inner = _ppr_inner(self.style, ts, after_lines)
            self._cache[key] = self._parse(f'<w:pPr><w:pStyle w:val="{style_id}"/>{inner}</w:pPr>')
        return copy.deepcopy(self._cache[key])

    def rpr(self, ts: TextStyle, on_grid: bool = True) -> etree._Element:
        key = ("r", id(ts), on_grid)
        if key not in self._cache:
            xml = _rpr_xml(self.style, ts.font, ts.size_pt, ts.bold, on_grid)
            self._cache[key] = self._parse(xml)
        return copy.deepcopy(self._cache[key])


def _add_runs(
    p: etree._Element, protos: _Protos, ts: TextStyle, text: str, on_grid: bool = True
) -> None:
    """Append runs for ``text``; a newline becomes a line break inside the paragraph.
    Characters XML cannot hold (control codes from a damaged source) are dropped."""
    text = _XML_INVALID.sub("", text)
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


def _style_xml(
    style_id: str,
    name: str,
    ppr: str,
    rpr: str,
    based_on: str | None = "Normal",
    extra: str = "",
    default: bool = False,
) -> str:
    attrs = ' w:default="1"' if default else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}<w:next w:val="Normal"/>{extra}'
        f"<w:pPr>{ppr}</w:pPr>{rpr}</w:style>"
    )


def heading_style_count(style: Style, depth: int) -> int:
    """How many heading styles to define: at least four (一、（一）1.（1）), more for a style or a draft
    that goes deeper, at most Word's nine.
    """
    return min(max(4, len(style.headings), depth), _MAX_HEADING_STYLES)


def styles_xml(style: Style, depth: int = 4) -> str:
    """word/styles.xml: document defaults and the paragraph styles the export uses."""
    body = style.body
    body_rpr = _rpr_xml(style, body.font, body.size_pt, body.bold, on_grid=True)
    defaults_rpr = _rpr_xml(style, body.font, body.size_pt, body.bold).replace(
        "</w:rPr>", '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    )
    out = [
        f"<w:styles {_NS}>",
        "<w:docDefaults>",
        f"<w:rPrDefault>{defaults_rpr}</w:rPrDefault>",
        f"<w:pPrDefault><w:pPr>{_ppr_inner(style, body)}</w:pPr></w:pPrDefault>",
        "</w:docDefaults>",
        _style_xml(
            "Normal",
            "Normal",
            '<w:widowControl w:val="0"/>' + _ppr_inner(style, body),
            body_rpr,
            based_on=None,
            extra="<w:qFormat/>",
            default=True,
        ),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
    ]
    heads = [
        ("Title", style.title),
        ("Subtitle", style.subtitle),
        ("Speaker", style.speaker),
        ("Date", style.date),
    ]
    for style_id, ts in heads:
        rpr = _rpr_xml(style, ts.font, ts.size_pt, ts.bold)
        out.append(_style_xml(style_id, style_id, _ppr_inner(style, ts), rpr))
    for level in range(1, heading_style_count(style, depth) + 1):
        ts = style.heading(level)
        rpr = _rpr_xml(style, ts.font, ts.size_pt, ts.bold, on_grid=True)
        ppr = f'<w:keepNext/>{_ppr_inner(style, ts)}<w:outlineLvl w:val="{level - 1}"/>'
        out.append(
            _style_xml(f"Heading{level}", f"heading {level}", ppr, rpr, extra="<w:qFormat/>")
        )
    pn = style.page_number
    out.append(
        _style_xml(
            "Footer",
            "footer",
            '<w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="{pt_to_twips(pn.size_pt)}" w:lineRule="exact"/>'
            '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>',
            _rpr_xml(style, pn.font, pn.size_pt, False),
        )
    )
    out.append("</w:styles>")
    return "".join(out)


def footer_xml(style: Style, align: str, side: str) -> str:
    """A footer holding the page number as a PAGE field between the format's dashes.
    ``side`` is the margin the number keeps one character away from (GB/T 9704:
    单页码居右空一字，双页码居左空一字)."""
    pn = style.page_number
    rpr = _rpr_xml(style, pn.font, pn.size_pt, False)
    before, after = pn.format.split("{page}")
    indent_twips = round(pn.indent_chars * pn.size_pt * 20)
    chars = round(pn.indent_chars * 100)
    ind = ""
    if side in ("left", "right") and indent_twips:
        ind = f'<w:ind w:{side}Chars="{chars}" w:{side}="{indent_twips}" w:firstLineChars="0" w:firstLine="0"/>'
    else:
        ind = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'

    def text_run(text: str) -> str:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>' if text else ""

    field = (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )
    return (
        f'{_XML_DECL}<w:ftr {_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{pt_to_twips(pn.size_pt)}" w:lineRule="exact"/>'
        f'{ind}<w:jc w:val="{_JC[align]}"/></w:pPr>'
        f"{text_run(before)}{field}{text_run(after)}</w:p></w:ftr>"
    )


def _esc(text: str) -> str:
    text = _XML_INVALID.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def settings_xml(style: Style) -> str:
    """word/settings.xml: different odd and even page headers (for GB/T 9704 page numbers), East
    Asian layout and Word 2013+ compatibility, so Word lays the text out as intended.
    """
    even_odd = "<w:evenAndOddHeaders/>" if style.page_number.enabled else ""
    return (
        f"{_XML_DECL}<w:settings {_NS}>"
        '<w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/>'
        f"{even_odd}"
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>"
        "<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>"
        "<w:adjustLineHeightInTable/><w:useFELayout/>"
        '<w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def _fonts_used(style: Style, depth: int) -> list[str]:
    texts = [style.body, style.title, style.subtitle, style.speaker, style.date]
    texts += [style.heading(level) for level in range(1, max(depth, 4) + 1)]
    names: list[str] = []
    for font in [t.font for t in texts] + [style.page_number.font]:
        for name in (style.font_name(font), style.latin(font)):
            if name not in names:
                names.append(name)
    return names


def font_table_xml(style: Style, depth: int) -> str:
    """word/fontTable.xml: each font with its first fallback as ``w:altName`` and the
    GB2312 charset for Chinese fonts, so a reader without it substitutes a Chinese face."""
    out = [f"{_XML_DECL}<w:fonts {_NS}>"]
    for name in _fonts_used(style, depth):
        chinese = any(ord(c) > 0x2E80 for c in name) or name.startswith(
            ("Sim", "FangSong", "KaiTi")
        )
        alt = ""
        fallbacks = [f for f in style.fallbacks.get(name, []) if f != name]
        if fallbacks:
            alt = f"<w:altName w:val={quoteattr(fallbacks[0])}/>"
        charset = "86" if chinese else "00"
        family = "modern" if chinese else "roman"
        pitch = "fixed" if chinese else "variable"
        out.append(
            f'<w:font w:name={quoteattr(name)}>{alt}<w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        )
    out.append("</w:fonts>")
    return "".join(out)


def first_line_offset_mm(style: Style) -> float:
    """How far below the top of its line box an exact-spaced body line starts its
    characters: the spare height (pitch − font size) is shared above and below the
    characters (measured in LibreOffice: 2.3–2.7 mm for 16 pt on 28.95 pt; Word and WPS
    centre the same way), so this is half of it."""
    pitch = style.body.line_pitch_pt or 28.95
    return max(pitch - style.body.size_pt, 0) / 2 * 25.4 / 72


def top_margin_mm(style: Style) -> float:
    """The top margin written to the page: ``margin_top_mm``, less the first line's
    offset when the style compensates it, so the characters of a page's first line
    start at ``margin_top_mm`` (37 mm in GB/T 9704) instead of its line box."""
    if not style.compensate_top_margin:
        return style.margin_top_mm
    return max(style.margin_top_mm - first_line_offset_mm(style), 0)


def top_shift_mm(style: Style | None) -> float:
    """How far the exporter moved the type area up from ``margin_top_mm`` (0 without
    compensate_top_margin); the render check adds it back to judge the page number against
    the type area the style names, below which the page number stayed."""
    return 0.0 if style is None else style.margin_top_mm - top_margin_mm(style)


def bottom_margin_mm(style: Style) -> float:
    """The bottom margin written to the page: with the top compensated, the whole type
    area moves up (LibreOffice centres its line grid in the area, so moving only the top
    edge would move the lines half as far); the page number stays where GB/T 9704 puts
    it, ``footer_gap_mm`` below the nominal type area (:func:`footer_distance_mm`)."""
    return style.margin_bottom_mm + (style.margin_top_mm - top_margin_mm(style))


def footer_distance_mm(style: Style) -> float:
    """``w:footer``: from the bottom edge of the page to the bottom of the page-number
    line. The line is exactly one em high (:func:`footer_xml` sets an exact line
    height), so its top lies ``footer_gap_mm`` below the type area in every renderer;
    with single spacing it would follow each font's ascent and descent instead."""
    line_height_mm = style.page_number.size_pt * 25.4 / 72
    return max(style.margin_bottom_mm - style.footer_gap_mm - line_height_mm, 0)


def sect_pr_xml(style: Style) -> str:
    """The section properties: page size, margins, footers, and a line grid.

    The grid is ``lines`` only (22 lines at the body pitch). A character grid
    (``linesAndChars``) changes nothing in Word or WPS for paragraphs that do not snap to
    it, and in LibreOffice it makes punctuation at the end of a condensed line vanish
    (34 marks in an 18-page speech); the 28 characters a line come from the condensed
    runs (:func:`condense_twips`) instead, in all three.
    """
    pn = style.page_number
    refs = ""
    if pn.enabled:
        refs = (
            '<w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
            '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
        )
    footer_mm = footer_distance_mm(style)
    grid = ""
    pitch = pt_to_twips(style.body.line_pitch_pt or 28.95)
    if style.grid_lines:
        grid = f'<w:docGrid w:type="lines" w:linePitch="{pitch}"/>'
    return (
        f"<w:sectPr {_NS}>{refs}"
        f'<w:pgSz w:w="{mm_to_twips(style.width_mm)}" w:h="{mm_to_twips(style.height_mm)}"/>'
        f'<w:pgMar w:top="{mm_to_twips(top_margin_mm(style))}" '
        f'w:right="{mm_to_twips(style.margin_right_mm)}" '
        f'w:bottom="{mm_to_twips(bottom_margin_mm(style))}" '
        f'w:left="{mm_to_twips(style.margin_left_mm)}" '
        f'w:header="{mm_to_twips(style.header_mm)}" w:footer="{mm_to_twips(footer_mm)}" '
        f'w:gutter="0"/><w:cols w:space="425"/>{grid}</w:sectPr>'
    )


_CONTENT_TYPES = (
    _XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    "{footers}"
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_FOOTER_CT = (
    '<Override PartName="/word/{name}" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
)
_ROOT_RELS = (
    _XML_DECL
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_REL = '<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}" Target="{target}"/>'
_CORE = (
    _XML_DECL
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_APP = (
    _XML_DECL
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Drafter</Application></Properties>"
)


def skeleton(style: Style, depth: int = 4) -> bytes:
    """An empty .docx package for ``style``: every part but the body text."""
    pn = style.page_number
    rels = [
        _REL.format(id="rIdStyles", type="styles", target="styles.xml"),
        _REL.format(id="rIdSettings", type="settings", target="settings.xml"),
        _REL.format(id="rIdFonts", type="fontTable", target="fontTable.xml"),
    ]
    footers = ""
    files = {}
    if pn.enabled:
        rels.append(_REL.format(id="rIdFooterOdd", type="footer", target="footer1.xml"))
        rels.append(_REL.format(id="rIdFooterEven", type="footer", target="footer2.xml"))
        footers = _FOOTER_CT.format(name="footer1.xml") + _FOOTER_CT.format(name="footer2.xml")
        odd_side = pn.odd_align if pn.odd_align != "center" else ""
        even_side = pn.even_align if pn.even_align != "center" else ""
        files["word/footer1.xml"] = footer_xml(style, pn.odd_align, odd_side)
        files["word/footer2.xml"] = footer_xml(style, pn.even_align, even_side)
    document = f"{_XML_DECL}<w:document {_NS}><w:body>{sect_pr_xml(style)}</w:body></w:document>"
    files.update(
        {
            "[Content_Types].xml": _CONTENT_TYPES.format(footers=footers),
            "_rels/.rels": _ROOT_RELS,
            "word/_rels/document.xml.rels": _XML_DECL
            + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>",
            "word/document.xml": document,
            "word/styles.xml": _XML_DECL + styles_xml(style, depth),
            "word/settings.xml": settings_xml(style),
            "word/fontTable.xml": font_table_xml(style, depth),
            "docProps/core.xml": _CORE,
            "docProps/app.xml": _APP,
        }
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


# --- the exporter -------------------------------------------------------------------------------


def _depth(draft: Draft) -> int:
    def depth(nodes) -> int:
        return max((1 + depth(n.children) for n in nodes), default=0)

    return depth(draft.sections)


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
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
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


def text_width_pt(style: Style) -> float:
    """Width of the type area in points (156 mm = 442.2 pt in GB/T 9704)."""
    return style.text_width_mm / 25.4 * 72


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
        items = list(iter_body_items(draft))
        for i, item in enumerate(items):
            kind, level, heading, text = item[:4]
            if kind == "heading":
                ts = style.heading(level)
                style_id = f"Heading{min(level, _MAX_HEADING_STYLES)}"
                p = para(style_id, ts)
                keep = _has_content_next(items, i)
                if not keep:
                    _release_keep_next(p)
                _add_runs(p, protos, ts, heading)
                spacing = fit_heading(p, style, ts, heading)
                indent = ts.first_line_chars * ts.size_pt
                pitch = ts.line_pitch_pt or body_pitch
                left = ts.left_chars * ts.size_pt
                blocks.append(
                    Block(heading, ts.size_pt, spacing, indent, pitch, keep_next=keep, left_pt=left)
                )
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
            if heading:
                _add_runs(p, protos, style.heading(level), heading)
            if text:
                _add_runs(p, protos, style.body, text)
            spacing = condense_twips(style, ts.size_pt) / 20
            blocks.append(
                Block(heading + text, ts.size_pt, spacing, indent, body_pitch, can_tighten=True)
            )
        keep_last_line_company(paragraphs, blocks, style)
        for p in paragraphs:
            sect_pr.addprevious(p)
        for decorate in self.decorators:
            decorate(document, draft, placed)

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
