"""Build modern8's Word-born and web forms from tools/src/*.txt (K|text lines).
Run: python tools/build.py  (from the set's folder; docx_builder from the repo's tests/).
Kinds: TITLE, SUB (centred lines), X (unindented line), P (paragraph), H (typed 黑体 heading),
HS (standalone short chapter line), PART (part line), N1/N2 (Word-numbered Heading 1/2, text only),
R|lead|rest[|GLUE|lead2] (run-in lead bold; GLUE = a soft break then a bold lead in the same
paragraph), SIG (right-aligned), APPX (appended lines after the closing)."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx_builder import (
    FS,
    HT,
    KT,
    XBS,
    body_fmt,
    font,
    h_styled,
    new_doc,
    para,
    set_num,
    signature,
    title,
)

HERE = Path(__file__).resolve().parent
SET = HERE.parent
OUT = SET / "texts"


def rows(name):
    out = []
    for ln in (HERE / "src" / name).read_text(encoding="utf-8").splitlines():
        if ln.strip():
            out.append(ln.split("|"))
    return out


def centred(doc, text, face=KT, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body_fmt(p, indent=False)
    font(p.add_run(text), face, size)
    return p


def plain(doc, text, indent=False):
    p = doc.add_paragraph()
    body_fmt(p, indent=indent)
    font(p.add_run(text), FS, 16)
    return p


def add_multilevel(doc, abs_id, num_id):
    numbering = doc.part.numbering_part.element
    xml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    ab = parse_xml(xml)
    firstnum = numbering.find(qn("w:num"))
    if firstnum is not None:
        firstnum.addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'
        )
    )


def render(doc, rws, lead_font=FS, title_style=False):
    for r in rws:
        k = r[0]
        if k == "TITLE":
            if title_style:
                p = doc.add_paragraph(style="Title")
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                font(p.add_run(r[1]), XBS, 22, color_black=True)
            else:
                title(doc, r[1])
        elif k == "SUB":
            centred(doc, r[1])
        elif k == "X":
            plain(doc, r[1])
        elif k == "P":
            para(doc, r[1])
        elif k == "H":
            p = doc.add_paragraph()
            body_fmt(p)
            font(p.add_run(r[1]), HT, 16)
        elif k == "HS" or k == "PART":
            centred(doc, r[1], HT)
        elif k == "N1":
            h = h_styled(doc, r[1], style="Heading 1", num_id=81)
            set_num(h, 81, 0)
        elif k == "N2":
            h = h_styled(doc, r[1], style="Heading 2", face=KT, num_id=81)
            set_num(h, 81, 1)
        elif k == "R":
            p = para(doc, r[2], lead=r[1], lead_font=lead_font)
            if len(r) > 4 and r[3] == "GLUE":
                run = p.add_run()
                run.add_break(WD_BREAK.LINE)
                font(p.add_run(r[4]), lead_font, 16, bold=(lead_font == FS))
        elif k == "SIG":
            signature(doc, [r[1]])
        elif k == "APPX":
            if r[1] in ("附件", "名词解释"):
                p = plain(doc, r[1]) if r[1] == "附件" else centred(doc, r[1], HT)
                if r[1] == "附件":
                    p.runs[0].font.name = HT
                    p.runs[0]._element.rPr.rFonts.set(qn("w:eastAsia"), HT)
                    p.runs[0].add_break(WD_BREAK.PAGE) if False else None
            else:
                para(doc, r[1])
        else:
            raise SystemExit(f"kind {k}")


def page_field(par):
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(par.add_run("— "), FS, 14)
    r = par.add_run()
    font(r, FS, 14)
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = par.add_run()
    font(r2, FS, 14)
    r2._r.append(
        parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
    )
    r3 = par.add_run()
    font(r3, FS, 14)
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    font(par.add_run("1"), FS, 14)
    r4 = par.add_run()
    font(r4, FS, 14)
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    font(par.add_run(" —"), FS, 14)


def lo(src, fmt, outdir):
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
    )


def u01():
    doc = new_doc()
    add_multilevel(doc, 80, 81)
    render(doc, rows("u01.txt"), title_style=True)
    doc.save(OUT / "u01_self_criticism_review.docx")


def u02(tmp):
    doc = new_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(hp.add_run("漳岭县第十八届人民代表大会第六次会议文件（1）"), FS, 12)
    page_field(sec.footer.paragraphs[0])
    rws = rows("u02.txt")
    i = next(j for j, r in enumerate(rws) if r[0] == "APPX")
    render(doc, rws[:i], lead_font=KT)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    render(doc, rws[i:])
    src = tmp / "u02_county_government_work_report.docx"
    doc.save(src)
    lo(src, "pdf", OUT)


def u03(tmp):
    doc = new_doc()
    render(doc, rows("u03.txt"))
    src = tmp / "u03_warning_education_speech.docx"
    doc.save(src)
    lo(src, "doc", OUT)


def u04(tmp):
    doc = new_doc()
    render(doc, rows("u04.txt"))
    src = tmp / "u04_appointment_pledge.docx"
    doc.save(src)
    lo(src, "rtf", OUT)


def u05():
    t = (HERE / "src" / "u05.txt").read_text(encoding="utf-8")
    data = t.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030")
    (OUT / "u05_study_group_remarks_gb18030.txt").write_bytes(data)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    tmp = Path("/tmp/mb8_build")
    tmp.mkdir(exist_ok=True)
    u01()
    u02(tmp)
    u03(tmp)
    u04(tmp)
    u05()
    import web

    web.main(HERE, OUT)
