"""The parts of the Word package the export writes before any paragraph: styles, footers,
settings, font table, section properties, and the skeleton .docx that holds them, all
generated for the style; with the run and paragraph properties a style and a paragraph share.

:mod:`drafter.export.docx` opens the skeleton and fills it with the draft's paragraphs.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import quoteattr

from drafter.export.docx_geometry import (
    bottom_margin_mm,
    condense_twips,
    footer_distance_mm,
    half_points,
    mm_to_twips,
    pt_to_twips,
    top_margin_mm,
)
from drafter.export.style import Style, TextStyle

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
MAX_HEADING_STYLES = 9  # heading styles written (the exporter's deeper levels use the last)
# characters XML 1.0 forbids: taken out of every text the exporter and the footer write
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def run_props_xml(
    style: Style, font: str, size_pt: float, bold: bool, on_grid: bool = False
) -> str:
    """A run's properties as WordprocessingML (fonts for every script, weight, size; with
    ``on_grid`` the spacing that keeps the character grid): written into a style here and onto
    every run by the exporter, so the two always agree."""
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


def paragraph_props_xml(style: Style, ts: TextStyle, after_lines: float = 0) -> str:
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
    return min(max(4, len(style.headings), depth), MAX_HEADING_STYLES)


def styles_xml(style: Style, depth: int = 4) -> str:
    """word/styles.xml: document defaults and the paragraph styles the export uses."""
    body = style.body
    body_rpr = run_props_xml(style, body.font, body.size_pt, body.bold, on_grid=True)
    defaults_rpr = run_props_xml(style, body.font, body.size_pt, body.bold).replace(
        "</w:rPr>", '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    )
    out = [
        f"<w:styles {NS}>",
        "<w:docDefaults>",
        f"<w:rPrDefault>{defaults_rpr}</w:rPrDefault>",
        f"<w:pPrDefault><w:pPr>{paragraph_props_xml(style, body)}</w:pPr></w:pPrDefault>",
        "</w:docDefaults>",
        _style_xml(
            "Normal",
            "Normal",
            '<w:widowControl w:val="0"/>' + paragraph_props_xml(style, body),
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
        rpr = run_props_xml(style, ts.font, ts.size_pt, ts.bold)
        out.append(_style_xml(style_id, style_id, paragraph_props_xml(style, ts), rpr))
    for level in range(1, heading_style_count(style, depth) + 1):
        ts = style.heading(level)
        rpr = run_props_xml(style, ts.font, ts.size_pt, ts.bold, on_grid=True)
        ppr = f'<w:keepNext/>{paragraph_props_xml(style, ts)}<w:outlineLvl w:val="{level - 1}"/>'
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
            run_props_xml(style, pn.font, pn.size_pt, False),
        )
    )
    out.append("</w:styles>")
    return "".join(out)


def footer_xml(style: Style, align: str, side: str) -> str:
    """A footer holding the page number as a PAGE field between the format's dashes.
    ``side`` is the margin the number keeps one character away from (GB/T 9704:
    单页码居右空一字，双页码居左空一字)."""
    pn = style.page_number
    rpr = run_props_xml(style, pn.font, pn.size_pt, False)
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
        f'{_XML_DECL}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{pt_to_twips(pn.size_pt)}" w:lineRule="exact"/>'
        f'{ind}<w:jc w:val="{_JC[align]}"/></w:pPr>'
        f"{text_run(before)}{field}{text_run(after)}</w:p></w:ftr>"
    )


def _esc(text: str) -> str:
    text = XML_INVALID.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def settings_xml(style: Style) -> str:
    """word/settings.xml: different odd and even page headers (for GB/T 9704 page numbers), East
    Asian layout and Word 2013+ compatibility, so Word lays the text out as intended.
    """
    even_odd = "<w:evenAndOddHeaders/>" if style.page_number.enabled else ""
    return (
        f"{_XML_DECL}<w:settings {NS}>"
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
    out = [f"{_XML_DECL}<w:fonts {NS}>"]
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
        f"<w:sectPr {NS}>{refs}"
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
    document = f"{_XML_DECL}<w:document {NS}><w:body>{sect_pr_xml(style)}</w:body></w:document>"
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
