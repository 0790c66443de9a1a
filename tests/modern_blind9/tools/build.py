"""Build modern9's files from tools/src/ (K|text lines for the Word-born and web forms).
Run: python tools/build.py  (from the set's folder; docx_builder from the repo's tests/).
Kinds: TITLE, TBOX (title in a Word text box), SUB (centred line), X (unindented line), P (paragraph),
H (typed 黑体 heading), R (bold run-in lead|rest), K (楷体 run-in lead|rest, not bold), N1/N2 (plain
paragraphs numbered only by a Word list, levels 0/1), TABLE (v05's table), SIG (right-aligned),
RED/DOCNO (v03's 版头), BREAK (page break), VERSO (v03's 版记)."""

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor
from docx_builder import (
    FS,
    HT,
    KT,
    XBS,
    add_abstract,
    body_fmt,
    font,
    new_doc,
    para,
    set_num,
    signature,
    title,
)

HERE = Path(__file__).resolve().parent
SET = HERE.parent
OUT = SET / "texts"
TMP = Path("/tmp/mb9_build")


def rows(name):
    return [
        ln.split("|")
        for ln in (HERE / "src" / name).read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]


def centred(doc, text, face=KT, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body_fmt(p, indent=False)
    font(p.add_run(text), face, size)
    return p


def plain(doc, text):
    p = doc.add_paragraph()
    body_fmt(p, indent=False)
    font(p.add_run(text), FS, 16)
    return p


def page_field(par):
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(par.add_run("— "), FS, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = par.add_run()
        font(r, FS, 14)
        if kind is None:
            r._r.append(
                parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
            )
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
    font(par.add_run(" —"), FS, 14)


def rule(p, color="FF0000", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'
        )
    )


def footnote_part(doc, notes):
    """A real footnotes part (separator, continuation, then ``notes`` as ids 1..n)."""
    w = nsdecls("w")
    body = (
        f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    for i, t in enumerate(notes, 1):
        body += (
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="{FS}"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        )
    body += "</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        body.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, i):
    r = p.add_run()
    r._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
    r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{i}"/>'))


def textbox_title(doc, text):
    """The title in a floating text box, as Word 2010+ saves it (wps shape + VML fallback)."""
    p = doc.add_paragraph()
    body_fmt(p, indent=False)
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    )
    inner = (
        '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        f'<w:rFonts w:ascii="{XBS}" w:hAnsi="{XBS}" w:eastAsia="{XBS}"/><w:color w:val="C00000"/><w:sz w:val="52"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    )
    xml = (
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="4572000" cy="685800"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="685800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{inner}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        '</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:360pt;height:54pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f">'
        f"<v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.append(parse_xml(xml))
    return p


def table(doc):
    data = [
        ("指标", "年度目标", "完成情况", "完成率"),
        ("争取上级资金（亿元）", "3.5", "4.3", "122.9%"),
        ("重点项目完成投资（亿元）", "88.8", "96.5", "108.7%"),
        ("新开工项目（个）", "30", "34", "113.3%"),
        ("固定资产投资增速", "7%", "8.3%", "—"),
    ]
    t = doc.add_table(rows=len(data), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            font(c.paragraphs[0].add_run(v), HT if i == 0 else FS, 12)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def render(doc, rws, lead_font=FS, footnote_after=None):
    for r in rws:
        k = r[0]
        if k == "TITLE":
            title(doc, r[1])
        elif k == "TBOX":
            textbox_title(doc, r[1])
        elif k == "SUB":
            centred(doc, r[1])
        elif k == "X":
            plain(doc, r[1])
        elif k == "P":
            p = para(doc, r[1])
            if footnote_after and r[1].endswith(footnote_after):
                footnote_ref(p, 1)
        elif k == "H":
            p = doc.add_paragraph()
            body_fmt(p)
            font(p.add_run(r[1]), HT, 16)
        elif k == "R":
            para(doc, r[2], lead=r[1], lead_font=FS)
        elif k == "K":
            para(doc, r[2], lead=r[1], lead_font=KT)
        elif k in ("N1", "N2"):
            p = doc.add_paragraph()
            body_fmt(p)
            set_num(p, 91, 0 if k == "N1" else 1)
            font(p.add_run(r[1]), HT if k == "N1" else KT, 16)
        elif k == "TABLE":
            table(doc)
        elif k == "SIG":
            signature(doc, [r[1]])
        elif k == "RED":
            p = centred(doc, r[1], XBS, 30)
            p.runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)
            p.paragraph_format.space_before = Pt(60)
            p.paragraph_format.line_spacing = Pt(48)
            centred(doc, "")
        elif k == "DOCNO":
            p = centred(doc, r[1], FS)
            rule(p)
            centred(doc, "")
        elif k == "BREAK":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "VERSO":
            centred(doc, "")
            p = plain(doc, "抄送：县委组织部，镇人大主席团，镇纪委。")
            rule(p, "000000", 8, "top")
            p = plain(doc, r[1])
            rule(p, "000000", 8, "bottom")
        else:
            raise SystemExit(f"kind {k}")


def lo(src, fmt, outdir):
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
    )


def wrap_v01():
    """v01: UTF-8 with BOM, hard line breaks every 34 characters as copied out of a PDF, a
    running header and a page number line left in every 24 text lines."""
    paras = (HERE / "src" / "v01.txt").read_text(encoding="utf-8").splitlines()
    lines = []
    for p in paras:
        while len(p) > 34:
            n = (
                35 if p[34] in "，。、；：！？”）" else 34
            )  # no line starts with closing punctuation
            lines.append(p[:n])
            p = p[n:]
        lines.append(p)
    out, page = [], 1
    for i, ln in enumerate(lines):
        if i and i % 24 == 0:
            out.append(f"- {page} -")
            page += 1
            out.append("云溪县委党校2026年春季主体班专题党课讲稿")
        out.append(ln)
    out.append(f"- {page} -")
    data = "\ufeff" + "\n".join(out) + "\n"
    (OUT / "v01_party_lecture_bom_wrapped.txt").write_bytes(data.encode("utf-8"))


def v03():
    doc = new_doc()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_field(sec.footer.paragraphs[0])
    render(doc, rows("v03.txt"), lead_font=KT)
    src = TMP / "v03_township_work_points_redhead.docx"
    doc.save(src)
    lo(src, "pdf", OUT)


def v05():
    doc = new_doc()
    add_abstract(
        doc, 90, [("chineseCounting", "%1、", None), ("chineseCounting", "（%2）", None)], 91
    )
    render(doc, rows("v05.txt"), footnote_after="主要指标完成情况如下表：")
    footnote_part(doc, ["数据来源：县统计局快报，截至2026年12月20日。"])
    doc.save(OUT / "v05_personal_work_summary.docx")


def v06():
    t = (HERE / "src" / "v06.txt").read_text(encoding="utf-8")
    data = "\ufeff" + t.replace("\r\n", "\n").replace("\n", "\r\n")
    (OUT / "v06_host_script_utf16.txt").write_bytes(data.encode("utf-16-le"))


def v09():
    doc = new_doc()
    render(doc, rows("v09.txt"))
    src = TMP / "v09_village_election_meeting.docx"
    doc.save(src)
    lo(src, "doc", TMP)
    shutil.copyfile(
        TMP / "v09_village_election_meeting.doc", OUT / "v09_village_election_meeting.wps"
    )


def v10():
    doc = new_doc()
    render(doc, rows("v10.txt"))
    doc.save(OUT / "v10_new_year_greeting_textbox.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    wrap_v01()
    v03()
    v05()
    v06()
    shutil.copyfile(HERE / "src" / "v08.md", OUT / "v08_water_chief_interview.md")
    v09()
    v10()
    import web

    web.main(HERE, OUT)
