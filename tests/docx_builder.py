"""Helpers that build Word fixtures with python-docx as an office writer's Word makes them.

The blind sets modern_blind3 to modern_blind11 build their .docx from text kept as data in
their make_docx.py (modern_blind8's to modern_blind11's in tools/build.py); the writer's ways
they test (direct formatting in 仿宋/黑体/楷体, automatic numbering in numbering.xml, bold
run-in leads, centred 小标宋 titles) are built by these few helpers, written once so that
every set's files keep the same document, numbering and styles parts when rebuilt.
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def font(run, name=FS, size=16, bold=False, color_black=False):
    """``run`` in ``name`` at ``size`` points, the East Asian font set too (w:eastAsia): Word
    shows Chinese in that one, and a fixture set only in w:ascii would not be the writer's."""
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color_black:
        run.font.color.rgb = RGBColor(0, 0, 0)
    return run


def body_fmt(p, indent=True):
    """The official layout's paragraph: fixed 28 pt lines, no space around, two characters'
    first-line indent (32 pt at 16 pt type) unless ``indent`` is off."""
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)


def add_abstract(doc, abs_id, lvls, num_id, style_link=None):
    """Append an abstractNum (lvls: list of (fmt, text, pStyle or None)) and its num."""
    numbering = doc.part.numbering_part.element
    xml = f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
    for i, (fmt, text, pstyle) in enumerate(lvls):
        ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
        rpr = (
            '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
            if fmt == "bullet"
            else ""
        )
        xml += (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>{rpr}</w:lvl>'
        )
    xml += "</w:abstractNum>"
    absel = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'
        )
    )


BEFORE_NUMPR = {
    qn("w:" + t)
    for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")
}


def insert_numpr(ppr, numpr):
    """Put w:numPr where the schema wants it (after pStyle … widowControl)."""
    for child in ppr:
        if child.tag not in BEFORE_NUMPR:
            child.addprevious(numpr)
            return
    ppr.append(numpr)


def set_num(p, num_id, ilvl=0):
    """Number paragraph ``p`` by Word's automatic numbering ``num_id`` at level ``ilvl``: the
    number is then in numbering.xml only, never in the paragraph's text."""
    ppr = p._p.get_or_add_pPr()
    old = ppr.find(qn("w:numPr"))
    if old is not None:
        ppr.remove(old)
    insert_numpr(
        ppr,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def h_typed(doc, text, num_id=None):
    """A level-1 heading on a body paragraph in 黑体 16 pt, no style: typed by hand (一、…,
    how most offices write a heading in Word, which the reader must take from the text
    alone), or with ``num_id`` numbered by Word's list ``num_id`` alone (the number is in
    no run of the text)."""
    h = doc.add_paragraph()
    body_fmt(h)
    if num_id is not None:
        set_num(h, num_id)
    font(h.add_run(text), HT, 16)
    return h


def h_styled(doc, text, style="Heading 1", face=HT, num_id=None, spaced=True):
    """A heading in Word's own heading ``style`` (the outline level Word and the reader can
    see), indented as body text, in ``face`` 16 pt black (the style's blue overridden);
    ``spaced`` adds 6 pt above and below as office templates do; ``num_id`` numbers it by
    a Word list."""
    h = doc.add_paragraph(style=style)
    h.paragraph_format.first_line_indent = Pt(32)
    if spaced:
        h.paragraph_format.space_before = Pt(6)
        h.paragraph_format.space_after = Pt(6)
    if num_id is not None:
        set_num(h, num_id)
    font(h.add_run(text), face, 16, color_black=True)
    return h


def title(doc, text, sub=None):
    """A centred 小标宋 title by direct formatting (no Title style), with ``sub`` (the speaker
    or date line) centred in 楷体 under it."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body_fmt(p, indent=False)
    p.paragraph_format.line_spacing = Pt(36)
    font(p.add_run(text), XBS, 22)
    if sub:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_fmt(p, indent=False)
        font(p.add_run(sub), KT, 16)


def para(doc, text, lead=None, lead_font=FS, style=None):
    """A body paragraph; ``lead`` is a run-in heading typed before the text, bold when it is
    in 仿宋 (a 黑体 or 楷体 lead is marked by its font alone)."""
    p = doc.add_paragraph(style=style)
    body_fmt(p)
    if lead:
        font(p.add_run(lead), lead_font, 16, bold=(lead_font == FS))
    if text:
        font(p.add_run(text), FS, 16)
    return p


def signature(doc, lines):
    """Right-aligned lines at the end (the signer, the date)."""
    for t in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        body_fmt(p, indent=False)
        font(p.add_run(t), FS, 16)


def new_doc():
    """A document whose Normal style is 仿宋_GB2312 at 16 pt, as an office's template."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# how Word numbers footnotes: ①, 1, or a mark typed by the writer ([1], customMarkFollows)
FOOTNOTE_FORMATS = {"circle": "decimalEnclosedCircleChinese", "decimal": "decimal", "bracket": None}


class Footnotes:
    """Word footnotes (word/footnotes.xml), which python-docx has no API for: ``add(p,
    text)`` puts a superscript reference at the end of paragraph ``p``, ``save()`` writes
    the part and numbers the notes as ``mark`` says (see :data:`FOOTNOTE_FORMATS`)."""

    def __init__(self, doc, mark="circle"):
        self.doc, self.mark, self.items = doc, mark, []

    def add(self, p, text):
        k = len(self.items) + 1
        self.items.append(text)
        sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        if self.mark == "bracket":
            ref = f'<w:footnoteReference w:customMarkFollows="1" w:id="{k}"/><w:t>[{k}]</w:t>'
        else:
            ref = f'<w:footnoteReference w:id="{k}"/>'
        p._p.append(parse_xml(f"<w:r {_W_NS}>{sup}{ref}</w:r>"))

    def save(self):
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for k, text in enumerate(self.items, 1):
            ref = "" if self.mark == "bracket" else f"<w:r>{sup}<w:footnoteRef/></w:r>"
            small = '<w:rPr><w:sz w:val="18"/></w:rPr>'
            notes.append(
                f'<w:footnote w:id="{k}"><w:p><w:pPr>{small}</w:pPr>{ref}<w:r>{small}'
                f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
            )
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_W_NS}>'
        xml += "".join(notes) + "</w:footnotes>"
        content_type = (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        )
        part = Part(
            PackURI("/word/footnotes.xml"), content_type, xml.encode(), self.doc.part.package
        )
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
        self.doc.part.relate_to(part, rel)
        if FOOTNOTE_FORMATS[self.mark]:
            fmt = FOOTNOTE_FORMATS[self.mark]
            self.doc.sections[0]._sectPr.append(
                parse_xml(f'<w:footnotePr {_W_NS}><w:numFmt w:val="{fmt}"/></w:footnotePr>')
            )


def page_field(p, before, after, total=None):
    """A page number in paragraph ``p``: ``before`` PAGE ``after`` (— 3 —, -3-), and with
    ``total`` (" 页 共 {N} 页") the page count after it (第 3 页 共 9 页)."""

    def text(t):
        p._p.append(parse_xml(f'<w:r {_W_NS}><w:t xml:space="preserve">{t}</w:t></w:r>'))

    def field(instr):
        p._p.append(
            parse_xml(
                f'<w:fldSimple {_W_NS} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            )
        )

    text(before)
    field("PAGE")
    if total is None:
        text(after)
    else:
        pre, post = total.split("{N}")
        text(after + pre)
        field("NUMPAGES")
        text(post)
