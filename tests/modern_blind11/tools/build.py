"""Build modern11's .docx/.rtf/.pdf files from tools/src/xNN.txt (helper mb11, session 47).
Run: python tools/build.py  (from the set's folder); web forms: python tools/web.py.
Source lines are `K|field|…`:
  T title, SUB subtitle, SP speaker line, D date line, X unindented line, P paragraph,
  CL closing paragraph (a P; marked for the gold), H1/H2 marker|text (a heading line),
  R1/R2 marker|lead|rest (run-in lead in bold), L marker|text (a list item, not a heading),
  ROW marker|text (x01: a table row's label), HDR a|b (x01: the table's header row),
  RED/NUM (x05: 红头 and 发文字号), SIG (signature lines), BJ (x05: 版记 lines),
  APX (x09: 附件 lines), TR (x09: 附件 table rows).
Inline: {EN:…} endnote, {FN:…} footnote, {HID:…} hidden text, {LINK:text|url} hyperlink.
docx_builder is imported from the repository's tests/ folder."""

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx_builder import FS, HT, KT, XBS, body_fmt, font, new_doc, page_field

HERE = Path(__file__).resolve().parent
SET = HERE.parent
OUT = SET / "texts"
TMP = Path("/tmp/mb11_build")
W = nsdecls("w")
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

NAMES = {
    "x01": "x01_village_revitalization_report_table.docx",
    "x02": "x02_reading_class_opening_outlinelvl.docx",
    "x03": "x03_township_government_report_endnotes.docx",
    "x04": "x04_canal_anniversary_seq_fields.docx",
    "x05": "x05_township_midyear_summary_wps.docx",
    "x06": "x06_cppcc_closing_chrome_paged.mhtml",
    "x07": "x07_safety_month_address_oldsite.html",
    "x08": "x08_petition_work_speech_word.rtf",
    "x09": "x09_inspection_feedback_pledge_gbt9704.pdf",
    "x10": "x10_village_survey_remarks_obsidian.md",
}


def rows(name):
    out = []
    for ln in (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, face=FS, size=16, bold=False, extra=""):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}"/>{b}'
        f'{extra}<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
    )


def add_p(doc, text, face=FS, size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    body_fmt(p, indent=indent)
    if align:
        p.alignment = align
    if text:
        font(p.add_run(text), face, size, bold)
    return p


def centred(doc, text, face=FS, size=16, bold=False):
    return add_p(doc, text, face, size, bold, WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def runin(doc, marker, lead, rest, lead_face=FS):
    p = add_p(doc, "")
    font(p.add_run(marker + lead), lead_face, 16, bold=True)
    font(p.add_run(rest))
    return p


def plain(rest):
    return "".join(rest)


# ---------------------------------------------------------------- x01: body in a table
def cell_p(cell, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    body_fmt(p)
    return p


def build_x01():
    doc = new_doc()
    table = None
    cell = None
    first = False
    after = False
    for k, r in rows("x01"):
        if k == "T":
            centred(doc, r[0], XBS, 22)
        elif k == "X":
            centred(doc, r[0], FS, 16)
        elif k == "HDR":
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            for c, t in zip(table.rows[0].cells, r):
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                font(p.add_run(t), HT, 14)
            tblw = table._tbl.tblPr
            tblw.append(parse_xml(f'<w:tblW {W} w:w="5000" w:type="pct"/>'))
        elif k == "ROW":
            cells = table.add_row().cells
            p = cells[0].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(r[0] + r[1]), HT, 16)
            cells[0].width = Mm(32)
            cells[1].width = Mm(128)
            cell, first = cells[1], True
        elif k in ("P", "CL") and table is not None and k != "CL" and not after:
            p = cell_p(cell, first)
            first = False
            font(p.add_run(r[0]))
        elif k == "R2":
            p = cell_p(cell, first)
            first = False
            font(p.add_run(r[0] + r[1]), FS, 16, bold=True)
            font(p.add_run(r[2]))
        elif k in ("P", "CL"):
            if table is not None:
                after = True
            add_p(doc, r[0], indent=not r[0].endswith("：") or table is not None)
    doc.save(OUT / NAMES["x01"])


# ---------------------------------------------------------------- x02: outlineLvl + sdt
def sdt_block(alias, tag, inner, date=None):
    pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{abs(hash(tag)) % 90000000 + 1000}"/>'
    if date:
        pr += (
            f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/>'
            '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date>'
        )
    else:
        pr += "<w:text/>"
    return f"<w:sdt {W}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def build_x02():
    doc = new_doc()
    # a custom paragraph style carrying w:outlineLvl (not a Heading style), as a WPS template
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="a10">'
            '<w:name w:val="一级标题（模板）"/><w:basedOn w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
            '<w:outlineLvl w:val="0"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{HT}" w:hAnsi="{HT}" w:eastAsia="{HT}"/><w:sz w:val="32"/></w:rPr></w:style>'
        )
    )
    body = doc.element.body
    for k, r in rows("x02"):
        if k == "T":
            p = f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{run_xml(r[0], XBS, 22)}</w:p>'
            body.insert(len(body) - 1, parse_xml(sdt_block("文稿标题", "title", p)))
        elif k == "D":
            date = "2026-04-08"
            # a run-level sdt inside the paragraph (the template's date picker)
            pxml = (
                f'<w:p {W}><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                f'{run_xml("（", KT)}<w:sdt><w:sdtPr><w:alias w:val="讲话日期"/><w:tag w:val="date"/>'
                f'<w:id w:val="20260408"/><w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/>'
                '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
                f"</w:sdtPr><w:sdtContent>{run_xml(r[0][1:-1], KT)}</w:sdtContent></w:sdt>{run_xml('）', KT)}</w:p>"
            )
            body.insert(len(body) - 1, parse_xml(pxml))
        elif k == "SP":
            centred(doc, r[0], KT, 16)
        elif k == "H1":
            p = doc.add_paragraph(style=doc.styles["一级标题（模板）"])
            font(p.add_run(r[0] + r[1]), HT, 16)
        elif k == "H2":
            p = add_p(doc, "")
            p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="1"/>'))
            font(p.add_run(r[0] + r[1]), KT, 16)
        else:
            add_p(doc, r[0], indent=not r[0].endswith("：") or len(r[0]) > 12)
    doc.save(OUT / NAMES["x02"])


# ---------------------------------------------------------------- x03: endnotes, hidden, links
def build_x03():
    doc = new_doc()
    doc.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        )
    )
    doc.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/>'
            f'<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>'
        )
    )
    doc.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
        )
    )
    notes = []
    for k, r in rows("x03"):
        if k == "T":
            centred(doc, r[0], XBS, 22)
        elif k == "SUB" or k == "SP":
            centred(doc, r[0], KT, 16)
        elif k == "H1":
            add_p(doc, r[0] + r[1], HT)
        elif k == "R2":
            p = add_p(doc, "")
            font(p.add_run(r[0] + r[1]), KT, 16, bold=True)
            inline(doc, p, "|".join(r[2:]), notes)
        else:
            p = add_p(doc, "", indent=r[0] != "各位代表：")
            inline(doc, p, "|".join(r), notes)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W} '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:endnote>"
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:endnote>"
    )
    for i, t in enumerate(notes, 1):
        xml += (
            f'<w:endnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
            f"{run_xml(' ' + t, FS, 12)}</w:p></w:endnote>"
        )
    xml += "</w:endnotes>"
    part = Part(
        PackURI("/word/endnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        xml.encode(),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.ENDNOTES)
    doc.sections[0]._sectPr.append(
        parse_xml(f'<w:endnotePr {W}><w:numFmt w:val="lowerRoman"/></w:endnotePr>')
    )
    doc.save(OUT / NAMES["x03"])


def inline(doc, p, text, notes):
    for part in re.split(r"(\{(?:EN|HID|LINK):[^}]*\})", text):
        if not part:
            continue
        m = re.match(r"\{(EN|HID|LINK):([^}]*)\}", part)
        if not m:
            font(p.add_run(part))
        elif m.group(1) == "EN":
            notes.append(m.group(2))
            p._p.append(
                parse_xml(
                    f'<w:r {W}><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                    f'<w:endnoteReference w:id="{len(notes)}"/></w:r>'
                )
            )
        elif m.group(1) == "HID":
            r = p.add_run(m.group(2))
            font(r, FS, 12)
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
            r._element.get_or_add_rPr().append(parse_xml(f"<w:vanish {W}/>"))
        else:
            t, url = m.group(2).split("|")
            rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
            p._p.append(
                parse_xml(
                    f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                    f'r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                    f'<w:rFonts w:ascii="{FS}" w:hAnsi="{FS}" w:eastAsia="{FS}"/><w:sz w:val="32"/></w:rPr>'
                    f"<w:t>{esc(t)}</w:t></w:r></w:hyperlink>"
                )
            )


# ---------------------------------------------------------------- x04: numbers as fields
CN = "一二三四五六七八九十"


def build_x04():
    doc = new_doc()
    n1 = n2 = 0
    for k, r in rows("x04"):
        if k == "T":
            centred(doc, r[0], XBS, 22)
        elif k in ("SP", "D"):
            centred(doc, r[0], KT, 16)
        elif k == "H1":
            n1 += 1
            assert r[0] == CN[n1 - 1] + "、"
            p = add_p(doc, "")
            p._p.append(
                parse_xml(
                    f'<w:r {W}><w:rPr><w:rFonts w:ascii="{HT}" w:hAnsi="{HT}" w:eastAsia="{HT}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                )
            )
            p._p.append(
                parse_xml(
                    f'<w:r {W}><w:instrText xml:space="preserve"> SEQ 一级标题 \\* CHINESENUM3 </w:instrText></w:r>'
                )
            )
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
            p._p.append(parse_xml(f"<w:r {W}>" + run_xml(CN[n1 - 1], HT)[5:]))
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
            font(p.add_run("、" + r[1]), HT)
        elif k == "R2":
            n2 += 1
            assert r[0] == "（" + CN[n2 - 1] + "）"
            p = add_p(doc, "")
            font(p.add_run("（"), KT, 16, bold=True)
            p._p.append(
                parse_xml(
                    f'<w:fldSimple {W} w:instr=" SEQ 二级标题 \\* CHINESENUM3 ">'
                    + run_xml(CN[n2 - 1], KT, 16, True)
                    + "</w:fldSimple>"
                )
            )
            font(p.add_run("）" + r[1]), KT, 16, bold=True)
            font(p.add_run(r[2]))
        else:
            add_p(doc, r[0], indent=not r[0].endswith("：") or len(r[0]) > 12)
    doc.save(OUT / NAMES["x04"])


# ---------------------------------------------------------------- x05: WPS conventions
def wps_run(p, text, face=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    font(r, face, size, bold)
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:hint"), "eastAsia")
    rf.set(qn("w:cs"), face)
    if color:
        r.font.color.rgb = color
    return r


def wps_p(doc, align=None, indent=True):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:snapToGrid {W} w:val="0"/>'))
    pf = p.paragraph_format
    pf.line_spacing = Pt(28.95)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        ppr.append(parse_xml(f'<w:ind {W} w:firstLineChars="200" w:firstLine="640"/>'))
    if align is not None:
        p.alignment = align
    return p


def build_x05():
    doc = new_doc()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sp = sec._sectPr
    for g in sp.findall(qn("w:docGrid")):
        sp.remove(g)
    sp.append(
        parse_xml(f'<w:docGrid {W} w:type="linesAndChars" w:linePitch="579" w:charSpace="1725"/>')
    )
    RED = RGBColor(0xFF, 0, 0)
    bj = []
    for k, r in rows("x05"):
        if k == "RED":
            p = wps_p(doc, WD_ALIGN_PARAGRAPH.CENTER, False)
            p.paragraph_format.space_before = Pt(30)
            wps_run(p, r[0], XBS, 36, color=RED)
        elif k == "NUM":
            p = wps_p(doc, WD_ALIGN_PARAGRAPH.CENTER, False)
            p.paragraph_format.space_before = Pt(28)
            wps_run(p, r[0])
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr {W}><w:bottom w:val="single" w:sz="12" w:space="12" w:color="FF0000"/></w:pBdr>'
                )
            )
        elif k == "T":
            p = wps_p(doc, WD_ALIGN_PARAGRAPH.CENTER, False)
            p.paragraph_format.space_before = Pt(28)
            p.paragraph_format.line_spacing = Pt(36)
            wps_run(p, r[0], XBS, 22)
        elif k == "X":
            p = wps_p(doc, None, False)
            p.paragraph_format.space_before = Pt(28)
            wps_run(p, r[0])
        elif k == "H1":
            wps_run(wps_p(doc), r[0] + r[1], HT)
        elif k == "R2":
            p = wps_p(doc)
            face = KT if r[0].startswith("（") else FS
            wps_run(p, r[0] + r[1], face, 16, bold=face == FS)
            wps_run(p, r[2])
        elif k == "SIG":
            p = wps_p(doc, WD_ALIGN_PARAGRAPH.RIGHT, False)
            wps_run(p, r[0])
        elif k == "BJ":
            bj.append(r[0])
        else:
            wps_run(wps_p(doc), r[0])
    # 版记: a table at the end, rules above, between and below, as GB/T 9704 draws it
    wps_p(doc, None, False)
    t = doc.add_table(rows=len(bj), cols=1)
    t._tbl.tblPr.append(
        parse_xml(
            f'<w:tblBorders {W}><w:top w:val="single" w:sz="8" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
            '<w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        )
    )
    t._tbl.tblPr.append(parse_xml(f'<w:tblW {W} w:w="5000" w:type="pct"/>'))
    for row, text in zip(t.rows, bj):
        p = row.cells[0].paragraphs[0]
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        wps_run(p, text, FS, 14)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, "— ", " —")
    path = TMP / "x05_plain.docx"
    doc.save(path)
    wpsify(path, OUT / NAMES["x05"])


def wpsify(src, dst):
    """Add what WPS writes: the kso customXml part (wpsCustomData), docProps/custom.xml with
    KSOProductBuildVer/ICV, and WPS as the application in docProps/app.xml."""
    zin = zipfile.ZipFile(src)
    files = {n: zin.read(n) for n in zin.namelist()}
    files["customXml/item1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
        b'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData">'
        b"<customSectProps><customSectPr/></customSectProps></s:customData>"
    )
    files["customXml/itemProps1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
        b'<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" '
        b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        b'<ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>'
        b"</ds:schemaRefs></ds:datastoreItem>"
    )
    files["customXml/_rels/item1.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
        b'Target="itemProps1.xml"/></Relationships>'
    )
    files["docProps/custom.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        b"<vt:lpwstr>2052-12.1.0.17147</vt:lpwstr></property>"
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
        b"<vt:lpwstr>6A1F3C2E9B8D4E07A5C1D2F3E4B5A697_13</vt:lpwstr></property></Properties>"
    )
    app = files.get("docProps/app.xml", b"").decode()
    app = re.sub(
        r"<Application>[^<]*</Application>",
        "<Application>WPS Office_12.1.0.17147_F1E327BC-269C-435d-A152-05C5408002CA</Application>",
        app,
    )
    files["docProps/app.xml"] = app.encode()
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    )
    files["[Content_Types].xml"] = ct.encode()
    rels = files["_rels/.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    files["_rels/.rels"] = rels.encode()
    drels = files["word/_rels/document.xml.rels"].decode()
    drels = drels.replace(
        "</Relationships>",
        '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    )
    files["word/_rels/document.xml.rels"] = drels.encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            z.writestr(n, b)


# ---------------------------------------------------------------- x08: RTF as Word saves it
def rtf_text(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif ch == "\t":
            out.append("\\tab ")
        else:
            b = ch.encode("gbk")
            out.append("".join(f"\\'{x:02x}" for x in b))
    return "".join(out)


def build_x08():
    R = rtf_text
    head = (
        r"{\rtf1\adeflang1025\ansi\ansicpg936\uc2\adeff0\deff0\stshfdbch13\stshfloch0\stshfhich0\stshfbi0\deflang1033\deflangfe2052\themelang1033\themelangfe2052\themelangcs0"
        "\r\n"
        r"{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}"
        r"{\f13\fbidi \fnil\fcharset134\fprq2{\*\panose 02010600030101010101}"
        + R("宋体")
        + r"{\*\falt SimSun};}"
        r"{\f37\fbidi \fmodern\fcharset134\fprq1{\*\panose 02010609030101010101}"
        + R("仿宋_GB2312")
        + r";}"
        r"{\f38\fbidi \fmodern\fcharset134\fprq1{\*\panose 02010609060101010101}"
        + R("黑体")
        + r"{\*\falt SimHei};}"
        r"{\f39\fbidi \fmodern\fcharset134\fprq1{\*\panose 02010609030101010101}"
        + R("楷体_GB2312")
        + r";}}"
        "\r\n"
        r"{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}"
        "\r\n"
        r"{\stylesheet{\ql \li0\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af0\afs32\alang1025 \ltrch\fcs0 \fs32\lang1033\langfe2052\loch\f37\hich\af37\dbch\af37\cgrid\langnp1033\langfenp2052 \snext0 \sqformat \spriority0 Normal;}"
        r"{\*\cs10 \additive \ssemihidden \sunhideused \spriority1 Default Paragraph Font;}"
        r"{\s15\ql \li0\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af0\afs18 \ltrch\fcs0 \fs18\lang1033\langfe2052\loch\f37\hich\af37\dbch\af37 \sbasedon0 \snext15 \slink16 \ssemihidden \sunhideused footnote text;}"
        r"{\*\cs17 \additive \rtlch\fcs1 \af0 \ltrch\fcs0 \super \sbasedon10 \ssemihidden \sunhideused footnote reference;}"
        r"{\s18\ql \fi-420\li420\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\ls1\adjustright\rin0\lin420\itap0 \sbasedon0 \snext18 \sqformat \spriority34 List Paragraph;}}"
        "\r\n"
        r"{\*\listtable{\list\listtemplateid-1245812390\listhybrid"
        r"{\listlevel\levelnfc37\levelnfcn37\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace0\levelindent0{\leveltext\leveltemplateid1417938570\'02\'00"
        + R("、")
        + r";}{\levelnumbers\'01;}\rtlch\fcs1 \af0 \ltrch\fcs0 \hich\af38\dbch\af38\loch\f38\fi-640\li640\lin640 }"
        r"{\listlevel\levelnfc37\levelnfcn37\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace0\levelindent0{\leveltext\leveltemplateid67698713\'03"
        + R("（")
        + r"\'01"
        + R("）")
        + r";}{\levelnumbers\'02;}\rtlch\fcs1 \af0 \ltrch\fcs0 \hich\af39\dbch\af39\loch\f39\fi-640\li1280\lin1280 }"
        r"{\listname ;}\listid1021523677}"
        r"{\list\listtemplateid1786512346\listhybrid{\listlevel\levelnfc0\levelnfcn0\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace0\levelindent0{\leveltext\leveltemplateid1306094148\'02\'00.;}{\levelnumbers\'01;}\rtlch\fcs1 \af0 \ltrch\fcs0 \fi-420\li1060\lin1060 }"
        r"{\listname ;}\listid1552842011}}"
        "\r\n"
        r"{\*\listoverridetable{\listoverride\listid1021523677\listoverridecount0\ls1}{\listoverride\listid1552842011\listoverridecount0\ls2}}"
        "\r\n"
        r"{\info{\title "
        + R("在全县信访工作会议上的讲话")
        + r"}{\author "
        + R("县政府办 夏知远")
        + r"}{\operator "
        + R("夏知远")
        + r"}"
        r"{\creatim\yr2026\mo3\dy16\hr15\min22}{\revtim\yr2026\mo3\dy18\hr8\min5}{\version4}{\edmins96}{\nofpages5}{\nofwords612}{\nofchars3491}{\*\company "
        + R("鹤汀县人民政府办公室")
        + r"}{\nofcharsws3520}{\vern57}}"
        "\r\n"
        r"{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
        r"\paperw11906\paperh16838\margl1587\margr1474\margt2098\margb1984\gutter0\ltrsect "
        "\r\n"
        r"\deftab420\ftnbj\aenddoc\trackmoves0\trackformatting1\donotembedsysfont0\relyonvml0\donotembedlingdata1\grfdocevents0\validatexml0\showplaceholdtext0\ignoremixedcontent0\saveinvalidxml0\showxmlerrors0\formshade\horzdoc\dgmargin\dghspace180\dgvspace156\dghorigin1800\dgvorigin1440\dghshow0\dgvshow2"
        "\r\n"
        r"\jcompress\lnongrid\viewkind1\viewscale100\splytwnine\ftnlytwnine\htmautsp\useltbaln\alntblind\lytcalctblwd\lyttblrtgr\lnbrkrule\nobrkwrptbl\snaptogridincell\allowfieldendsel\wrppunct\asianbrkrule\rsidroot6305472\newtblstyruls\nogrowautofit\usenormstyforlist\noindnmbrts\felnbrelev\nocxsptable\indrlsweleven\noafcnsttbl\afelev\utinl\hwelev\spltpgpar\notcvasp\notbrkcnstfrctbl\notvatxbx\krnprsnet\cachedcolbal \nouicompat \fet0"
        r"{\*\wgrffmtfilter 2450}\nofeaturethrottle1\ilfomacatclnup0\ltrpar \sectd \ltrsect\linex0\headery851\footery992\colsx425\endnhere\sectlinegrid579\sectspecifyl\sftnbj"
        "\r\n"
        r"{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}{\*\pnseclvl2\pnucltr\pnstart1\pnindent720\pnhang {\pntxta .}}"
        r"{\*\pnseclvl3\pndec\pnstart1\pnindent720\pnhang {\pntxta .}}{\*\pnseclvl4\pnlcltr\pnstart1\pnindent720\pnhang {\pntxta )}}"
        r"{\*\pnseclvl5\pndec\pnstart1\pnindent720\pnhang {\pntxtb (}{\pntxta )}}{\*\pnseclvl6\pnlcltr\pnstart1\pnindent720\pnhang {\pntxtb (}{\pntxta )}}"
        r"{\*\pnseclvl7\pnlcrm\pnstart1\pnindent720\pnhang {\pntxtb (}{\pntxta )}}{\*\pnseclvl8\pnlcltr\pnstart1\pnindent720\pnhang {\pntxtb (}{\pntxta )}}"
        r"{\*\pnseclvl9\pnlcrm\pnstart1\pnindent720\pnhang {\pntxtb (}{\pntxta )}}"
        "\r\n"
    )
    PF = r"\pard\plain \ltrpar"
    FSR = r"\rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af37\dbch\af37\loch\f37\insrsid6305472 "
    out = [head]
    body_pf = (
        PF
        + r"\qj \fi640\li0\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 "
    )
    ctr_pf = (
        PF
        + r"\qc \li0\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 "
    )
    bk = 0

    def body_runs(text):
        parts = re.split(r"(\{FN:[^}]*\})", text)
        s = ""
        for part in parts:
            m = re.match(r"\{FN:([^}]*)\}", part)
            if m:
                s += (
                    r"{\rtlch\fcs1 \af0 \ltrch\fcs0 \cs17\super\insrsid6305472 \chftn }"
                    r"{\footnote \ltrpar \pard\plain \ltrpar\s15\ql \li0\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 "
                    r"\rtlch\fcs1 \af0\afs18 \ltrch\fcs0 \fs18\lang1033\langfe2052\loch\f37\hich\af37\dbch\af37 "
                    r"{\rtlch\fcs1 \af0 \ltrch\fcs0 \cs17\super \chftn }{\rtlch\fcs1 \af0 \ltrch\fcs0 \fs18 "
                    + R(" " + m.group(1))
                    + "}}"
                )
            elif part:
                s += "{" + FSR + R(part) + "}"
        return s

    for k, r in rows("x08"):
        if k == "T":
            out.append(
                ctr_pf
                + r"{\rtlch\fcs1 \af0\afs44 \ltrch\fcs0 \fs44\hich\af13\dbch\af13\loch\f13\insrsid6305472 "
                + R(r[0])
                + r"}\par"
                "\r\n"
            )
        elif k in ("SP", "D"):
            out.append(
                ctr_pf
                + r"{\rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af39\dbch\af39\loch\f39\insrsid6305472 "
                + R(r[0])
                + r"\par }"
                "\r\n"
            )
        elif k == "H1":
            bk += 1
            out.append(
                r"{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af38\dbch\af38\loch\f38\insrsid6305472 "
                + R(r[0])
                + r"}"
                + PF
                + r"\s18\qj \fi640\li0\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\ls1\adjustright\rin0\lin0\itap0 "
                + r"{\*\bkmkstart _Hlk16"
                + f"{bk:07d}"
                + "}"
                + r"{\rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af38\dbch\af38\loch\f38\insrsid6305472 "
                + R(r[1])
                + r"}{\*\bkmkend _Hlk16"
                + f"{bk:07d}"
                + r"}\par }"[:-1]
                + "\r\n"
            )
        elif k == "H2":
            out.append(
                r"{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af39\dbch\af39\loch\f39\insrsid6305472 "
                + R(r[0])
                + r"}"
                + PF
                + r"\s18\qj \fi640\li0\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\ls1\ilvl1\adjustright\rin0\lin0\itap0 "
                + r"{\rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af39\dbch\af39\loch\f39\insrsid6305472 "
                + R(r[1])
                + r"}\par"
                + "\r\n"
            )
        elif k == "L":
            out.append(
                r"{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0\afs32 \ltrch\fcs0 \fs32\hich\af37\dbch\af37\loch\f37\insrsid6305472 "
                + R(r[0])
                + r"\tab }"
                + PF
                + r"\s18\qj \fi-420\li1060\ri0\sl560\slmult0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\ls2\adjustright\rin0\lin1060\itap0 "
                + "{"
                + FSR
                + R(r[1])
                + r"}\par"
                + "\r\n"
            )
        elif k == "R2":
            out.append(
                body_pf
                + r"{\rtlch\fcs1 \ab\af0\afs32 \ltrch\fcs0 \b\fs32\hich\af37\dbch\af37\loch\f37\insrsid6305472 "
                + R(r[0] + r[1])
                + "}"
                + body_runs(r[2])
                + r"\par"
                + "\r\n"
            )
        else:
            pf = (
                body_pf
                if not r[0].endswith("：") or len(r[0]) > 12
                else body_pf.replace(r"\fi640", r"\fi0")
            )
            out.append(pf + body_runs(r[0]) + r"\par" + "\r\n")
    out.append("}")
    txt = "".join(out)
    # every paragraph group must be closed: count braces
    assert txt.count("{") - txt.count("\\{") == txt.count("}") - txt.count("\\}"), "unbalanced"
    (OUT / NAMES["x08"]).write_bytes(txt.encode("ascii"))


# ---------------------------------------------------------------- x09: GB/T 9704 pdf
def build_x09():
    doc = new_doc()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(22)
    doc.settings.odd_and_even_pages_header_footer = True
    sp = sec._sectPr
    for g in sp.findall(qn("w:docGrid")):
        sp.remove(g)
    sp.append(parse_xml(f'<w:docGrid {W} w:type="lines" w:linePitch="579"/>'))
    st = doc.styles["Normal"]
    st.paragraph_format.line_spacing = Pt(28.95)
    # 22 characters to a 156 mm line: 16 pt type + 4.1 pt spacing
    st.element.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="82"/>'))

    def p9(text="", face=FS, size=16, align=None, indent=True, bold=False):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(28.95)
        pf.space_before = pf.space_after = Pt(0)
        pf.widow_control = False
        if indent:
            pf.first_line_indent = Pt(40.2)
        if align is not None:
            p.alignment = align
        if text:
            font(p.add_run(text), face, size, bold)
        return p

    rows9 = rows("x09")
    apx = [r for k, r in rows9 if k == "APX"]
    trs = [r for k, r in rows9 if k == "TR"]
    for k, r in rows9:
        if k == "T":
            p = p9(r[0], XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
            p.runs[0]._element.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="0"/>'))
        elif k in ("SP", "D"):
            p9(r[0], KT, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif k == "H1":
            p9(r[0] + r[1], HT)
        elif k == "R2":
            p = p9()
            font(p.add_run(r[0] + r[1]), KT, 16)
            font(p.add_run(r[2]))
        elif k in ("P", "CL"):
            p9(r[0], indent=not r[0].endswith("：") or len(r[0]) > 12)
    p = p9(indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    p9(apx[0][0], HT, 16, None, False)
    p = p9(apx[1][0], XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, False)
    p.runs[0]._element.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="0"/>'))
    t = doc.add_table(rows=len(trs), cols=5)
    t.style = "Table Grid"
    widths = [Mm(12), Mm(34), Mm(60), Mm(28), Mm(22)]
    for row, data in zip(t.rows, trs):
        for j, (c, txt) in enumerate(zip(row.cells, data)):
            c.width = widths[j]
            q = c.paragraphs[0]
            q.paragraph_format.line_spacing = Pt(20)
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3, 4) or row is t.rows[0] else None
            rr = font(q.add_run(txt), HT if row is t.rows[0] else FS, 12)
            rr._element.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="0"/>'))
    t.autofit = False
    for j, wd in enumerate(widths):
        t.columns[j].width = wd
    for hdr in (sec.footer, sec.even_page_footer):
        q = hdr.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT if hdr is sec.footer else WD_ALIGN_PARAGRAPH.LEFT
        q.paragraph_format.right_indent = Pt(14) if hdr is sec.footer else None
        q.paragraph_format.left_indent = Pt(14) if hdr is not sec.footer else None
        page_field(q, "— ", " —")
        for rr in q._p.iter(qn("w:r")):
            rpr = rr.find(qn("w:rPr"))
            if rpr is None:
                rpr = parse_xml(f"<w:rPr {W}/>")
                rr.insert(0, rpr)
            rpr.append(
                parse_xml(f'<w:rFonts {W} w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/>')
            )
            rpr.append(parse_xml(f'<w:sz {W} w:val="28"/>'))
    src = TMP / "x09_inspection_feedback_pledge_gbt9704.docx"
    doc.save(src)
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
        check=True,
        capture_output=True,
    )
    shutil.copy(TMP / (src.stem + ".pdf"), OUT / NAMES["x09"])


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    for f in (build_x01, build_x02, build_x03, build_x04, build_x05, build_x08, build_x09):
        f()
        print("built", f.__name__)
    shutil.copy(HERE / "src" / "x10.md", OUT / NAMES["x10"])
