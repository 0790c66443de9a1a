"""Build modern10's files from tools/src/ (K|text lines, or plain lines for w05/w08).
Run: python tools/build.py  (from the set's folder; docx_builder from the repo's tests/).
Adapted from tests/modern_blind9/tools/build.py (helper mb10, session 46).
Kinds: TITLE, SUB (centred), X (unindented line), P (paragraph), H (typed 黑体 heading),
R (bold run-in lead|rest), PART (centred 黑体 part title), H1/H2 (Word heading styles, numbered by a
list linked to the styles), TOC (a TOC field), APPX, N1/N2 (Word-numbered plain paragraphs),
SIG, FN (a footnote's text; ^n marks its reference), NEWS (w10's news lead).
w02's lines carry tracked changes: [-deleted-], [+inserted+], {{Cn}}…{{/Cn}} a comment's range;
a kind led by - is a deleted paragraph, by + an inserted one."""

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
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
TMP = Path("/tmp/mb10_build")
W = nsdecls("w")


def rows(name):
    return [
        ln.split("|")
        for ln in (HERE / "src" / name).read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]


def centred(doc, text, face=KT, size=16, bold=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body_fmt(p, indent=False)
    font(p.add_run(text), face, size, bold=bold)
    return p


def plain(doc, text):
    p = doc.add_paragraph()
    body_fmt(p, indent=False)
    font(p.add_run(text), FS, 16)
    return p


def field(par, instr, result, face=FS, size=10.5):
    for kind in ("begin", None, "separate", "res", "end"):
        r = par.add_run()
        font(r, face, size)
        if kind is None:
            r._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> {instr} </w:instrText>'))
        elif kind == "res":
            r.text = result
        else:
            r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="{kind}"/>'))


def lo(src, fmt, outdir):
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
    )


def add_part(doc, uri, ctype, rel, xml):
    part = Part(PackURI(uri), ctype, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, rel)
    return part


def footnote_part(doc, notes):
    body = (
        f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    for i, t in enumerate(notes, 1):
        body += (
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="{FS}"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> {html.escape(t)}</w:t></w:r></w:p></w:footnote>'
        )
    body += "</w:footnotes>"
    add_part(
        doc,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        RT.FOOTNOTES,
        body,
    )


def add_text_with_notes(p, text, face=FS, bold=False):
    """Runs of ``text``; ``^n`` becomes a real footnote reference n."""
    for piece in re.split(r"(\^\d)", text):
        if not piece:
            continue
        if re.fullmatch(r"\^\d", piece):
            r = p.add_run()
            r._r.append(
                parse_xml(
                    f'<w:rPr {W}><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                )
            )
            r._r.append(parse_xml(f'<w:footnoteReference {W} w:id="{piece[1]}"/>'))
        else:
            font(p.add_run(piece), face, 16, bold=bold)


# ---------------------------------------------------------------- w01 .rtf as WPS saves it
def rtf_escape(text, uni=False):
    out = []
    for ch in text:
        if uni:
            n = ord(ch)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
            continue
        b = ch.encode("gbk")
        if len(b) == 1:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            out.append("".join(f"\\'{x:02x}" for x in b))
    return "".join(out)


def w01():
    fonts = [
        ("froman\\fcharset0\\fprq2", "Times New Roman"),
        ("fnil\\fcharset134\\fprq0", "宋体"),
        ("fnil\\fcharset134\\fprq0", "仿宋_GB2312"),
        ("fnil\\fcharset134\\fprq0", "方正小标宋简体"),
        ("fnil\\fcharset134\\fprq0", "楷体_GB2312"),
    ]
    head = "{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\stshfdbch1\\stshfloch0\\stshfhich0\\deflang1033\\deflangfe2052"
    head += (
        "{\\fonttbl"
        + "".join(f"{{\\f{i}\\{k} {rtf_escape(n)};}}" for i, (k, n) in enumerate(fonts))
        + "}"
    )
    head += "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}"
    head += (
        "{\\stylesheet{\\qj\\li0\\ri0\\nowidctlpar\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 "
        "\\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af1\\cgrid\\langnp1033\\langfenp2052 "
        "\\snext0 \\sqformat \\spriority0 Normal;}{\\*\\cs10 \\snext10 \\ssemihidden Default Paragraph Font;}}"
    )
    head += (
        "{\\*\\latentstyles\\lsdstimax260\\lsdlockeddef0}{\\*\\generator WPS Office}"
        "{\\info{\\author WPS_1694658722}{\\operator WPS_1694658722}{\\creatim\\yr2026\\mo9\\dy20\\hr16\\min32}"
        "{\\revtim\\yr2026\\mo9\\dy21\\hr9\\min5}{\\version1}}"
    )
    head += (
        "\\paperw11906\\paperh16838\\margl1587\\margr1474\\margt2098\\margb1984\\gutter0\\ftnbj\\aenddoc\\formshade"
        "\\dgmargin\\dghspace180\\dgvspace156\\dghorigin1587\\dgvorigin2098\\dghshow0\\dgvshow2\\jcompress1"
        "\\viewkind1\\viewscale100\\splytwnine\\ftnlytwnine\\htmautsp\\useltbaln\\alntblind\\lytcalctblwd"
        "\\lyttblrtgr\\lnbrkrule\\nogrowautofit\\nobrkwrptbl\\wrppunct\\fet0\\sectd\\sbkpage\\pgwsxn11906"
        "\\pghsxn16838\\marglsxn1587\\margrsxn1474\\margtsxn2098\\margbsxn1984\\guttersxn0\\headery851\\footery992"
        "\\pgbrdropt32\\sectdefaultcl\\linex0\\sectlinegrid312\\endnhere\\sectspecifyl\n"
    )
    body = []
    for r in rows("w01.txt"):
        k, t = r[0], r[1]
        if k == "TITLE":
            body.append(
                "\\pard\\plain\\qc\\sl560\\slmult0\\rin0\\lin0\\itap0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 "
                f"\\loch\\af3\\hich\\af3\\dbch\\f3\\fs44 {rtf_escape(t)}}}\\par"
            )
        elif k == "SUB":
            uni = not t.startswith("（")  # WPS wrote the speaker's name as \\uN? characters
            body.append(
                "\\pard\\plain\\qc\\sl560\\slmult0\\rin0\\lin0\\itap0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 "
                f"\\loch\\af4\\hich\\af4\\dbch\\f4\\fs32 {rtf_escape(t, uni)}}}\\par"
            )
        elif k == "X":
            body.append(
                "\\pard\\plain\\qj\\sl560\\slmult0\\rin0\\lin0\\itap0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 "
                f"\\loch\\af2\\hich\\af2\\dbch\\f2\\fs32 {rtf_escape(t)}}}\\par"
            )
        elif k == "P":
            # quotation marks as \\uN? as WPS writes them when the run's font lacks a GBK map
            parts = re.split(r"([“”])", t)
            txt = "".join(rtf_escape(x, uni=x in "“”" and x != "") for x in parts)
            body.append(
                "\\pard\\plain\\qj\\fi640\\sl560\\slmult0\\rin0\\lin0\\itap0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 "
                f"\\loch\\af2\\hich\\af2\\dbch\\f2\\fs32 {txt}}}\\par"
            )
        else:
            raise SystemExit(k)
    data = head + "\n".join(body) + "\n}"
    (OUT / "w01_party_congress_opening_wps.rtf").write_bytes(data.encode("ascii"))


# ---------------------------------------------------------------- w02 tracked changes + comments
COMMENTS_W02 = {
    1: "按宋市长意见，增加第三点“强化保障”。",
    2: "此部分为新增，请综合科核对督查频次是否与市委督查室口径一致。",
    3: "结尾请再精炼一些，去掉时间表述。",
}
REV = {"n": 100}


def rid():
    REV["n"] += 1
    return REV["n"]


def run_xml(text, face=FS, bold=False, deleted=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    rpr = f'<w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}"/>{b}<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
    tag = "w:delText" if deleted else "w:t"
    return (
        f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}></w:r>'
    )


AUTH = 'w:author="邵景川" w:date="2026-11-05T22:41:00Z"'


def tracked_runs(p, text, face=FS, bold=False, whole=None):
    """Append runs of ``text`` (with [-…-] [+…+] {{Cn}}) to paragraph ``p``; ``whole`` '+'/'-'
    marks every run inserted/deleted."""
    for piece in re.split(r"(\[-.*?-\]|\[\+.*?\+\]|\{\{/?C\d\}\})", text):
        if not piece:
            continue
        m = re.fullmatch(r"\{\{(/?)C(\d)\}\}", piece)
        if m:
            cid = m.group(2)
            if m.group(1):
                p._p.append(parse_xml(f'<w:commentRangeEnd {W} w:id="{cid}"/>'))
                p._p.append(
                    parse_xml(
                        f'<w:r {W}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
                    )
                )
            else:
                p._p.append(parse_xml(f'<w:commentRangeStart {W} w:id="{cid}"/>'))
            continue
        kind = whole
        if piece.startswith("[-"):
            kind, piece = "-", piece[2:-2]
        elif piece.startswith("[+"):
            kind, piece = "+", piece[2:-2]
        if kind == "-":
            p._p.append(
                parse_xml(
                    f'<w:del {W} w:id="{rid()}" {AUTH}>{run_xml(piece, face, bold, True)}</w:del>'
                )
            )
        elif kind == "+":
            p._p.append(
                parse_xml(f'<w:ins {W} w:id="{rid()}" {AUTH}>{run_xml(piece, face, bold)}</w:ins>')
            )
        else:
            p._p.append(parse_xml(run_xml(piece, face, bold)))


def mark_para(p, kind):
    ppr = p._p.get_or_add_pPr()
    tag = "w:ins" if kind == "+" else "w:del"
    ppr.append(parse_xml(f'<w:rPr {W}><{tag} w:id="{rid()}" {AUTH}/></w:rPr>'))


def w02():
    doc = new_doc()
    for r in rows("w02.txt"):
        k = r[0]
        whole = k[0] if k[0] in "+-" else None
        k = k.lstrip("+-")
        p = doc.add_paragraph()
        if k in ("TITLE", "SUB"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            body_fmt(p, indent=False)
            if k == "TITLE":
                p.paragraph_format.line_spacing = Pt(36)
            tracked_runs(p, r[1], XBS if k == "TITLE" else KT, whole=whole)
        elif k == "X":
            body_fmt(p, indent=False)
            tracked_runs(p, r[1], whole=whole)
        elif k == "P":
            body_fmt(p)
            tracked_runs(p, r[1], whole=whole)
        elif k == "H":
            body_fmt(p)
            tracked_runs(p, r[1], HT, whole=whole)
        elif k == "R":
            body_fmt(p)
            tracked_runs(p, r[1], FS, True, whole=whole)
            tracked_runs(p, r[2], whole=whole)
        else:
            raise SystemExit(k)
        if whole:
            mark_para(p, whole)
    cx = f"<w:comments {W}>"
    for i, t in COMMENTS_W02.items():
        cx += (
            f'<w:comment w:id="{i}" w:author="邵景川" w:date="2026-11-05T22:{40 + i}:00Z" w:initials="邵">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"<w:r><w:t>{html.escape(t)}</w:t></w:r></w:p></w:comment>"
        )
    cx += "</w:comments>"
    add_part(
        doc,
        "/word/comments.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        RT.COMMENTS,
        cx,
    )
    settings = doc.settings.element
    settings.append(parse_xml(f"<w:trackRevisions {W}/>"))
    doc.core_properties.author = "市政府办公室综合科"
    doc.core_properties.last_modified_by = "邵景川"
    doc.save(OUT / "w02_closing_speech_tracked.docx")


# ---------------------------------------------------------------- w03 TOC + heading styles + linked list
def w03():
    doc = new_doc()
    st = doc.styles
    for name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        s = st[name]
        s.font.name = HT if lvl == 0 else KT
        s.font.size = Pt(16)
        s.font.bold = lvl == 0
        s.font.color.rgb = RGBColor(0, 0, 0)
        s.element.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), HT if lvl == 0 else KT)
        ppr = s.element.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f"<w:numPr {W}>"
                + (f'<w:ilvl w:val="{lvl}"/>' if lvl else "")
                + '<w:numId w:val="61"/></w:numPr>'
            )
        )
    add_abstract(
        doc,
        60,
        [("chineseCounting", "%1、", "Heading1"), ("chineseCounting", "（%2）", "Heading2")],
        61,
    )
    for nm in ("TOC 1", "TOC 2"):
        s = st.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st["Normal"]
        s.paragraph_format.left_indent = Pt(0 if nm.endswith("1") else 32)
        s.paragraph_format.tab_stops.add_tab_stop(Mm(155), alignment=2, leader=1)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("青岚县民政局调研报告"), FS, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("内部资料　注意保存　　第 "), FS, 10.5)
    field(fp, "PAGE", "1")
    font(fp.add_run(" 页"), FS, 10.5)
    rws = rows("w03.txt")
    heads = [(r[0], r[1]) for r in rws if r[0] in ("H1", "H2")]
    cn = "一二三四五六七八九十"
    # the page numbers Word had put in the field result when the TOC was last updated
    pages = [1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5]
    n1 = n2 = 0
    bm = 0
    for r in rws:
        k = r[0]
        if k == "TITLE":
            p = centred(doc, r[1], XBS, 22)
            p.paragraph_format.space_before = Pt(120)
            p.paragraph_format.line_spacing = Pt(40)
        elif k == "SUB":
            centred(doc, r[1], KT, 16)
        elif k == "TOC":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            centred(doc, r[1], HT, 18)
            for i, (hk, ht) in enumerate(heads):
                if hk == "H1":
                    n1 += 1
                    n2 = 0
                    label = f"{cn[n1 - 1]}、{ht}"
                else:
                    n2 += 1
                    label = f"（{cn[n2 - 1]}）{ht}"
                p = doc.add_paragraph(style="TOC 1" if hk == "H1" else "TOC 2")
                if i == 0:
                    for kind in ("begin", None, "separate"):
                        rr = p.add_run()
                        if kind is None:
                            rr._r.append(
                                parse_xml(
                                    f'<w:instrText {W} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'
                                )
                            )
                        else:
                            rr._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="{kind}"/>'))
                anchor = f"_Toc2026081{800 + i}"
                hl = parse_xml(f'<w:hyperlink {W} w:anchor="{anchor}" w:history="1"/>')
                p._p.append(hl)
                for piece in (label, "\t"):
                    hl.append(parse_xml(run_xml(piece, FS)))
                hl.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
                hl.append(
                    parse_xml(
                        f'<w:r {W}><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
                    )
                )
                hl.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
                hl.append(parse_xml(run_xml(str(pages[i]), FS)))
                hl.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k in ("H1", "H2"):
            h = doc.add_paragraph(style="Heading 1" if k == "H1" else "Heading 2")
            h.paragraph_format.first_line_indent = Pt(32)
            h.paragraph_format.space_before = Pt(6)
            h.paragraph_format.space_after = Pt(6)
            h._p.append(
                parse_xml(f'<w:bookmarkStart {W} w:id="{bm}" w:name="_Toc2026081{800 + bm}"/>')
            )
            font(h.add_run(r[1]), HT if k == "H1" else KT, 16, color_black=True)
            h._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{bm}"/>'))
            bm += 1
        elif k == "P":
            para(doc, r[1])
        elif k == "APPX":
            plain(doc, "")
            plain(doc, r[1])
        else:
            raise SystemExit(k)
    doc.save(OUT / "w03_survey_report_toc.docx")


# ---------------------------------------------------------------- w04 .pdf述职述廉 (header, footnotes)
def build_w04(top_mm, spacing):
    doc = new_doc()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(top_mm), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(hp.add_run("栖凤镇领导干部2026年度述职述廉材料"), FS, 10.5)
    rule(hp, "000000", 6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), FS, 10.5)
    field(fp, "PAGE", "1")
    font(fp.add_run(" 页"), FS, 10.5)
    notes = []
    for r in rows("w04.txt"):
        k = r[0]
        if k == "TITLE":
            title(doc, r[1])
        elif k == "SUB":
            centred(doc, r[1])
        elif k == "X":
            plain(doc, r[1])
        elif k == "P":
            p = doc.add_paragraph()
            body_fmt(p)
            add_text_with_notes(p, r[1])
        elif k == "H":
            p = doc.add_paragraph()
            body_fmt(p)
            font(p.add_run(r[1]), HT, 16)
        elif k == "R":
            p = doc.add_paragraph()
            body_fmt(p)
            font(p.add_run(r[1]), FS, 16, bold=True)
            add_text_with_notes(p, r[2])
        elif k == "SIG":
            signature(doc, [r[1]])
        elif k == "FN":
            notes.append(r[1])
        else:
            raise SystemExit(k)
    for p in doc.paragraphs:
        if p.paragraph_format.line_spacing == Pt(28):
            p.paragraph_format.line_spacing = Pt(spacing)
        p.paragraph_format.widow_control = False
    footnote_part(doc, notes)
    src = TMP / "w04_report_on_duties_pdf.docx"
    doc.save(src)
    lo(src, "pdf", TMP)
    return TMP / "w04_report_on_duties_pdf.pdf"


def rule(p, color="000000", sz=6, side="bottom"):
    p._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:pBdr {W}><w:{side} w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'
        )
    )


def pdf_pages(pdf):
    t = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return t.split("\f")


def last_body_line(page, stop=("第 ",)):
    """The last line of a page above its footnotes and page number."""
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    body = []
    for ln in lines:
        if re.match(r"^\d\s*[“数]", ln) or ln.startswith("第 "):
            break
        body.append(ln)
    return body[-1] if body else ""


def w04():
    heads = [r[1] for r in rows("w04.txt") if r[0] == "H"]
    for top in range(33, 44):
        for spacing in (28, 29, 27):
            pdf = build_w04(top, spacing)
            pages = pdf_pages(pdf)
            lasts = [last_body_line(pg) for pg in pages[:-1]]
            if any(ln.replace(" ", "") in heads for ln in lasts):
                shutil.copyfile(pdf, OUT / "w04_report_on_duties_pdf.pdf")
                print(
                    "w04: top",
                    top,
                    "spacing",
                    spacing,
                    "heading last on a page:",
                    [ln for ln in lasts if ln.replace(" ", "") in heads],
                )
                return
    raise SystemExit("w04: no layout puts a heading last on a page")


# ---------------------------------------------------------------- w05 GB18030 .txt from a 范文 site
def w05():
    lines = (HERE / "src" / "w05.txt").read_text(encoding="utf-8").splitlines()
    out = []
    tail = False
    for i, ln in enumerate(lines):
        if ln.startswith("相关推荐"):
            tail = True
        if i == 0 or tail:
            out.append(ln)
        elif i == 1:
            out.append("　　　　" + ln)
        else:
            out.append("　　" + ln)
    (OUT / "w05_self_criticism_gb18030.txt").write_bytes(
        ("\r\n".join(out) + "\r\n").encode("gb18030")
    )


# ---------------------------------------------------------------- w07 pdftotext -layout of a PDF
def w07():
    doc = new_doc()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("临澜市水务集团党委　廉政党课讲稿"), FS, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), FS, 12)
    field(fp, "PAGE", "1", size=12)
    font(fp.add_run(" —"), FS, 12)
    for r in rows("w07.txt"):
        k = r[0]
        if k == "TITLE":
            title(doc, r[1])
        elif k == "SUB":
            centred(doc, r[1])
        elif k == "PART":
            p = centred(doc, r[1], HT, 16)
            p.paragraph_format.space_before = Pt(12)
        elif k == "P":
            para(doc, r[1])
        elif k == "R":
            para(doc, r[2], lead=r[1], lead_font=FS)
        else:
            raise SystemExit(k)
    src = TMP / "w07_integrity_lecture_layout.docx"
    doc.save(src)
    lo(src, "pdf", TMP)
    t = subprocess.run(
        ["pdftotext", "-layout", str(TMP / "w07_integrity_lecture_layout.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (OUT / "w07_integrity_lecture_layout.txt").write_bytes(t.encode("utf-8"))


# ---------------------------------------------------------------- w08 web copy pasted: w:br inside paragraphs
def w08():
    doc = new_doc()
    blocks = (HERE / "src" / "w08.txt").read_text(encoding="utf-8").split("##\n")
    for bi, block in enumerate(blocks):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        for li, ln in enumerate(lines):
            if li:
                p.add_run().add_break()
            bold = (bi == 0 and li == 0) or (bi in (2, 3, 4, 5) and li == 0)
            size = 14 if not (bi == 0 and li == 0) else 18
            text = ln if (bi == 0 or li == 0) else "　　" + ln
            if bi == 0 and li < 3:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(text), "宋体", size, bold=bold)
    doc.save(OUT / "w08_mobilization_speech_linebreaks.docx")


# ---------------------------------------------------------------- w09 outline only, Word-numbered
def w09():
    doc = new_doc()
    add_abstract(doc, 70, [("chineseCounting", "%1、", None), ("decimal", "%2.", None)], 71)
    for r in rows("w09.txt"):
        k = r[0]
        if k == "TITLE":
            title(doc, r[1])
        elif k == "SUB":
            centred(doc, r[1])
        elif k == "N1":
            p = doc.add_paragraph()
            body_fmt(p)
            set_num(p, 71, 0)
            font(p.add_run(r[1]), HT, 16)
        elif k == "N2":
            p = doc.add_paragraph()
            body_fmt(p)
            set_num(p, 71, 1)
            font(p.add_run(r[1]), FS, 16, bold=True)
            font(p.add_run(r[2]), FS, 16)
        elif k == "X" or k == "P":
            para(doc, r[1])
        else:
            raise SystemExit(k)
    doc.save(OUT / "w09_study_outline_numbered.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    w01()
    w02()
    w03()
    w04()
    w05()
    w07()
    w08()
    w09()
    import web

    web.main(HERE, OUT)
