# ruff: noqa: E501, E731, E741
"""Builds the ten texts of modern17 from tools/src (helper mb17). Every form is written by hand
(zipfile / strings / reportlab), nothing through drafter. Run: python tools/build.py"""

import html
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"

# ---------------------------------------------------------------- docx helpers
CT_DOCX = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>{extra}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>"""
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{app}</Application></Properties>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'


def run(text, font="仿宋_GB2312", size=32, bold=False, color=None):
    rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(runs, jc=None, indent=True, line=560):
    ppr = f'<w:spacing w:line="{line}" w:lineRule="exact"/>'
    if indent:
        ppr += '<w:ind w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def write_docx(path, body, title, creator, app, created, styles=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        extra = ""
        if styles:
            extra = '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        z.writestr("[Content_Types].xml", CT_DOCX.format(extra=extra))
        z.writestr("_rels/.rels", RELS)
        docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        if styles:
            docrels += '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        docrels += "</Relationships>"
        z.writestr("word/_rels/document.xml.rels", docrels)
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{SECT}</w:body></w:document>',
        )
        if styles:
            z.writestr("word/styles.xml", styles)
        z.writestr(
            "docProps/core.xml",
            CORE.format(title=escape(title), creator=escape(creator), created=created),
        )
        z.writestr("docProps/app.xml", APP.format(app=escape(app)))


# ---------------------------------------------------------------- x01 腾讯文档 export
def build_x01():
    empty = '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:p>'
    out = []
    for k, f in rows("x01"):
        if k == "F" and f[0] == "chrome":
            out.append(para([run(f[1], "微软雅黑", 40, True)], indent=False, line=480))
        elif k == "F":
            out.append(para([run(f[1], "微软雅黑", 21, color="8F959E")], indent=False, line=360))
        elif k == "T":
            out.append(para([run(f[0], "方正小标宋简体", 44)], jc="center", indent=False, line=700))
        elif k in ("SP", "D"):
            out.append(para([run(f[0], "楷体_GB2312", 32)], jc="center", indent=False))
        elif k == "H1":
            out.append(para([run(f[0] + f[1], "黑体", 32, True)]))
        elif k == "R2":
            out.append(para([run(f[0] + f[1], "楷体_GB2312", 32, True), run(f[2])]))
        elif k in ("P", "CL"):
            out.append(para([run(f[0])], indent=not f[0].endswith("：") or len(f[0]) > 10))
        out.append(empty)
    write_docx(
        OUT / NAMES["x01"],
        "".join(out),
        "【定稿】基层减负推进会讲话-县委办综合科",
        "腾讯文档",
        "腾讯文档",
        "2027-03-17T01:12:00Z",
    )


# ---------------------------------------------------------------- x02 飞书 html export
def build_x02():
    rnd = random.Random(17)
    bid = lambda: (
        "doxcn"
        + "".join(
            rnd.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            for _ in range(22)
        )
    )  # noqa: E731

    def spans(text, bold=False):
        # the editor keeps text in several spans (cut where formatting or an edit once was)
        parts, i = [], 0
        while i < len(text):
            j = min(len(text), i + rnd.randint(18, 60))
            parts.append(text[i:j])
            i = j
        st = ' style="font-weight:bold;"' if bold else ""
        return (
            "".join(f'<span data-string="true"{st}>{html.escape(p)}</span>' for p in parts)
            + '<span data-enter="true" data-leaf="true">\u200b</span>'
        )

    def block(kind, inner, align=None):
        cls = {
            "text": "docx-text-block",
            "heading2": "docx-heading2-block",
            "heading3": "docx-heading3-block",
        }[kind]
        st = f' style="text-align:{align};"' if align else ""
        return f'<div class="block {cls}" data-block-type="{kind}" data-block-id="{bid()}"><div class="text-block"{st}>{inner}</div></div>'

    blocks, head = [], []
    for k, f in rows("x02"):
        if k == "F" and f[0] == "chrome" and not head:
            head.append(
                f'<div class="page-block-header"><div class="page-block-content"><div class="text-block">{html.escape(f[1])}</div></div></div>'
            )
        elif k == "F" and f[0] == "chrome":
            head.append(
                f'<div class="doc-info"><span class="doc-info-owner">{html.escape(f[1].split("　")[0])}</span>　<span class="doc-info-time">{html.escape(f[1].split("　")[1])}</span></div>'
            )
        elif k == "F":
            blocks.append(
                f'<div class="block docx-callout-block" data-block-type="callout" data-block-id="{bid()}"><div class="callout-block" style="background-color:rgb(254,241,225);border-color:rgb(255,165,61);">'
                + block("text", spans(f[1]))
                + "</div></div>"
            )
        elif k == "T":
            blocks.append(block("text", spans(f[0], True), "center"))
        elif k in ("SP", "D"):
            blocks.append(block("text", spans(f[0]), "center"))
        elif k == "H1":
            blocks.append(block("heading2", spans(f[0] + f[1])))
        elif k == "H2":
            blocks.append(block("heading3", spans(f[0] + f[1])))
        else:
            blocks.append(block("text", spans(f[0])))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>段县长讲话稿（督察整改推进会）</title>
<style>body{{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2329;}}.page-main{{max-width:820px;margin:0 auto;}}.page-block-header .text-block{{font-size:36px;font-weight:700;}}.doc-info{{color:#8f959e;font-size:12px;margin:8px 0 24px;}}.docx-heading2-block .text-block{{font-size:22px;font-weight:600;margin:18px 0 8px;}}.docx-heading3-block .text-block{{font-size:18px;font-weight:600;margin:14px 0 6px;}}.docx-text-block .text-block{{font-size:16px;line-height:1.74;margin:4px 0;}}.callout-block{{border:1px solid;border-radius:8px;padding:12px 16px;margin:8px 0;}}</style>
</head><body><div class="page-main"><div class="page-block root-block" data-block-type="page" data-block-id="{bid()}">{"".join(head)}<div class="page-block-children">
{chr(10).join(blocks)}
</div></div></div></body></html>
"""
    (OUT / NAMES["x02"]).write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- RTF helpers
def gbk_esc(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def uni_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


# ---------------------------------------------------------------- x03 RTF, numbers only in \pntext
def build_x03():
    L = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
        + gbk_esc("仿宋_GB2312")
        + ";}{\\f1\\fnil\\fcharset134 "
        + gbk_esc("黑体")
        + ";}{\\f2\\fnil\\fcharset134 "
        + gbk_esc("楷体_GB2312")
        + ";}{\\f3\\fnil\\fcharset134 "
        + gbk_esc("方正小标宋简体")
        + ";}}",
        "{\\colortbl ;\\red0\\green0\\blue0;}",
        "{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1",
        "\\sectd{\\*\\pnseclvl1\\pndbnum\\pnstart1\\pnindent720\\pnhang{\\pntxta "
        + gbk_esc("、")
        + "}}{\\*\\pnseclvl2\\pndbnum\\pnstart1\\pnindent720\\pnhang{\\pntxtb "
        + gbk_esc("（")
        + "}{\\pntxta "
        + gbk_esc("）")
        + "}}",
    ]
    n1 = n2 = 0
    cn = "一二三四五六七八九十"
    for k, f in rows("x03"):
        if k == "T":
            L.append("\\pard\\qc\\sl700\\slmult0\\f3\\fs44 " + gbk_esc(f[0]) + "\\par")
        elif k in ("SP", "D"):
            L.append("\\pard\\qc\\sl560\\slmult0\\f2\\fs32 " + gbk_esc(f[0]) + "\\par")
        elif k == "H1":
            n1 += 1
            n2 = 0
            assert f[0] == cn[n1 - 1] + "、"
            L.append(
                "\\pard{\\pntext\\f1 "
                + gbk_esc(f[0])
                + "\\tab}{\\*\\pn\\pnlvl1\\pnf1\\pnindent0\\pnstart1\\pndbnum{\\pntxta "
                + gbk_esc("、")
                + "}}\\fi640\\sl560\\slmult0\\tx1280\\f1\\fs32 "
                + gbk_esc(f[1])
                + "\\par"
            )
        elif k == "R2":
            n2 += 1
            assert f[0] == "（" + cn[n2 - 1] + "）"
            L.append(
                "\\pard{\\pntext\\f2 "
                + gbk_esc(f[0])
                + "\\tab}{\\*\\pn\\pnlvl2\\pnf2\\pnindent0\\pnstart1\\pndbnum{\\pntxtb "
                + gbk_esc("（")
                + "}{\\pntxta "
                + gbk_esc("）")
                + "}}\\fi640\\sl560\\slmult0\\tx1280{\\f2\\fs32\\b "
                + gbk_esc(f[1])
                + "}\\f0\\fs32 "
                + gbk_esc(f[2])
                + "\\par"
            )
        else:
            L.append("\\pard\\fi640\\sl560\\slmult0\\qj\\f0\\fs32 " + gbk_esc(f[0]) + "\\par")
    L.append("}")
    (OUT / NAMES["x03"]).write_bytes(("\r\n".join(L) + "\r\n").encode("ascii"))


# ---------------------------------------------------------------- x04 Hugo post
def build_x04():
    R = rows("x04")
    front = [f[1] for k, f in R if k == "F" and f[0] == "front"]
    out = ["+++\n" + "\n".join(front) + "\n+++\n"]
    for k, f in R:
        if k == "F" and f[0] == "front":
            continue
        if k == "F" and f[1] == "相关文章：":
            out.append("---\n")
        if k == "F":
            out.append(f[1] + "\n")
        elif k == "T":
            out.append("**" + f[0] + "**\n")
        elif k == "H1":
            out.append("## " + f[0] + f[1] + "\n")
        else:
            out.append(f[0] + "\n")
    # the related list is one block: no blank lines between its items
    text = "\n".join(out).replace(")\n\n- [", ")\n- [")
    (OUT / NAMES["x04"]).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- x05 AI chat copied to .txt
def build_x05():
    out = []
    for k, f in rows("x05"):
        if k == "C":
            out.append(f[1])
        elif k == "T":
            out.append("**" + f[0] + "**")
        elif k == "R1":
            out.append("**" + f[0] + f[1] + "**" + f[2])
        else:
            out.append(f[0])
    # the copy keeps one blank line between blocks, none after a speaker's own label line
    text = "\n\n".join(out).replace("AI助手：\n\n好的，以下", "AI助手：\n好的，以下")
    (OUT / NAMES["x05"]).write_text(text + "\n", encoding="utf-8")


# ---------------------------------------------------------------- x06 PDF with reviewer's annotations
def build_x06():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfdoc, pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    Wd, H = A4
    left, right, top, bottom = 28 * 2.835, Wd - 26 * 2.835, H - 37 * 2.835, 35 * 2.835
    width = right - left
    c = canvas.Canvas(str(OUT / NAMES["x06"]), pagesize=A4, pageCompression=1)
    c.setTitle("在全县2027年征兵工作会议上的讲话")
    c.setAuthor("县政府办")
    c.setCreator("Writer")
    c.setProducer("LibreOffice 7.6")
    notes = {
        # phrase in the text -> (kind, annotation text)
        "大学生比例达到92%": ("text", "此数据请县人武部再核实，与年报口径是否一致？"),
        "连续三年被评为": ("highlight", "核实是否“连续三年”，2025年是否评上。"),
        "坚持“四个严禁”": ("text", "与市征兵办文件表述一致，不改。"),
        "每周调度一次进度": ("highlight", "建议改为“每周调度、半月通报”。"),
    }
    page = [1]
    y = [top]

    def footer():
        c.setFont(F, 14)
        c.drawCentredString(Wd / 2, bottom - 34, f"— {page[0]} —")

    def newline(h):
        if y[0] - h < bottom:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = top
        y[0] -= h

    def lines_of(text, size, first_indent):
        # characters by measured width; closing punctuation hangs at the line end (no line opens with it)
        out, cur, cw = [], "", first_indent
        for ch in text:
            w = pdfmetrics.stringWidth(ch, F, size)
            if cw + w > width and cur and ch not in "，。、；：！？）”》":
                out.append(cur)
                cur, cw = "", 0
            cur += ch
            cw += w
        if cur:
            out.append(cur)
        return out

    def place(text, size=16, lead=28, center=False, indent=True):
        first = 2 * size if indent and not center else 0
        ls = lines_of(text, size, first)
        marks = {}
        for ph in notes:
            at = text.find(ph)
            if at >= 0 and not notes_done.get(ph):
                marks[ph] = at
        start = 0
        for i, ln in enumerate(ls):
            newline(lead)
            c.setFont(F, size)
            if center:
                c.drawCentredString(Wd / 2, y[0], ln)
                x0 = Wd / 2 - pdfmetrics.stringWidth(ln, F, size) / 2
            else:
                x0 = left + (first if i == 0 else 0)
                c.drawString(x0, y[0], ln)
            for ph, at in marks.items():
                if start <= at < start + len(ln) and not notes_done.get(ph):
                    notes_done[ph] = True
                    kind, msg = notes[ph]
                    j = at - start
                    xs = x0 + pdfmetrics.stringWidth(ln[:j], F, size)
                    xe = xs + pdfmetrics.stringWidth(ln[j : j + len(ph)], F, size)
                    if kind == "text":
                        c.textAnnotation(
                            msg,
                            Rect=(right + 4, y[0] - 4, right + 22, y[0] + 14),
                            relative=0,
                            T=pdfdoc.PDFString("萧暮云"),
                            Name=pdfdoc.PDFName("Comment"),
                        )
                    else:
                        c.highlightAnnotation(
                            msg,
                            Rect=(xs, y[0] - 4, xe, y[0] + size),
                            Color=[1, 0.93, 0.3],
                            T=pdfdoc.PDFString("萧暮云"),
                        )
            start += len(ln)

    notes_done = {}
    for k, f in rows("x06"):
        if k == "T":
            y[0] -= 20
            place(f[0], 22, 40, center=True)
            y[0] -= 8
        elif k in ("SP", "D"):
            place(f[0], 16, 28, center=True)
        elif k == "H1":
            place(f[0] + f[1], 16, 28)
        elif k == "R2":
            place(f[0] + f[1] + f[2], 16, 28)
        else:
            place(f[0], 16, 28, indent=not f[0].endswith("：") or len(f[0]) > 8)
    footer()
    c.showPage()
    c.save()
    assert all(notes_done.get(p) for p in notes), notes_done


# ---------------------------------------------------------------- x07 RTF under a .doc name (OA export, \uN? escapes)
def build_x07():
    L = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
        + uni_esc("仿宋_GB2312")
        + ";}{\\f1\\fnil\\fcharset134 "
        + uni_esc("黑体")
        + ";}{\\f2\\fnil\\fcharset134 "
        + uni_esc("楷体_GB2312")
        + ";}{\\f3\\fnil\\fcharset134 "
        + uni_esc("方正小标宋简体")
        + ";}{\\f4\\fnil\\fcharset134 "
        + uni_esc("宋体")
        + ";}}",
        "{\\colortbl;\\red0\\green0\\blue0;\\red128\\green128\\blue128;}",
        "{\\info{\\title "
        + uni_esc("常务副县长在全县燃气安全专项整治推进会上的讲话")
        + "}{\\author "
        + uni_esc("县政府办秘书二科")
        + "}{\\creatim\\yr2027\\mo4\\dy9\\hr8\\min52}}",
        "{\\*\\generator WLOA RtfExport 3.2;}\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\uc1",
    ]
    for k, f in rows("x07"):
        if k == "F":
            L.append("\\pard\\plain\\ql\\sl300\\slmult0\\f4\\fs18\\cf2 " + uni_esc(f[1]) + "\\par")
        elif k == "T":
            L.append(
                "\\pard\\plain\\qc\\sl700\\slmult0\\sb240\\f3\\fs44 " + uni_esc(f[0]) + "\\par"
            )
        elif k in ("SP", "D"):
            L.append("\\pard\\plain\\qc\\sl560\\slmult0\\f2\\fs32 " + uni_esc(f[0]) + "\\par")
        elif k == "H1":
            L.append(
                "\\pard\\plain\\qj\\fi640\\sl560\\slmult0\\f1\\fs32 "
                + uni_esc(f[0] + f[1])
                + "\\par"
            )
        elif k == "R2":
            L.append(
                "\\pard\\plain\\qj\\fi640\\sl560\\slmult0{\\f2\\fs32\\b "
                + uni_esc(f[0] + f[1])
                + "}{\\f0\\fs32 "
                + uni_esc(f[2])
                + "}\\par"
            )
        else:
            L.append(
                "\\pard\\plain\\qj\\fi640\\sl560\\slmult0\\f0\\fs32 " + uni_esc(f[0]) + "\\par"
            )
    L.append("}")
    (OUT / NAMES["x07"]).write_bytes(("\n".join(L) + "\n").encode("ascii"))


# ---------------------------------------------------------------- x08 ODT with a table of contents
ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'


def build_x08():
    body, toc = [], []
    for k, f in rows("x08"):
        if k == "F":
            if f[1] == "目　录":
                continue
            t, pg = f[1].rsplit("　", 1)
            sty = "Contents_20_1" if t[1] == "、" else "Contents_20_2"
            toc.append(
                f'<text:p text:style-name="{sty}"><text:a xlink:type="simple" xlink:href="#{escape(t)}|outline" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">{escape(t)}<text:tab/>{pg}</text:a></text:p>'
            )
            continue
        if k == "T":
            body.append(f'<text:p text:style-name="Title">{escape(f[0])}</text:p>')
        elif k in ("SP", "D"):
            body.append(f'<text:p text:style-name="P_Center">{escape(f[0])}</text:p>')
            if k == "D":
                body.append("@@TOC@@")
        elif k == "H1":
            body.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(f[0] + f[1])}</text:h>'
            )
        elif k == "H2":
            body.append(
                f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(f[0] + f[1])}</text:h>'
            )
        else:
            body.append(f'<text:p text:style-name="P_Body">{escape(f[0])}</text:p>')
    tocxml = (
        '<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="目录1">'
        '<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">目　录</text:index-title-template>'
        '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
        '<text:table-of-content-entry-template text:outline-level="2" text:style-name="Contents_20_2"><text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
        '</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" text:name="目录1_Head"><text:p text:style-name="Contents_20_Heading">目　录</text:p></text:index-title>'
        + "".join(toc)
        + "</text:index-body></text:table-of-content>"
        + '<text:p text:style-name="P_Break"/>'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:automatic-styles>'
        '<style:style style:name="P_Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        + '<style:style style:name="P_Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.2224in" fo:line-height="28pt"/><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="P_Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-after="page"/></style:style>'
        '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>'
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body).replace("@@TOC@@", tocxml)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6.1in" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.2in"><style:tab-stops><style:tab-stop style:position="5.9in" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>'
        "</office:styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
        "<dc:title>老龄委全体会议讲话</dc:title><meta:creation-date>2027-10-08T16:20:00</meta:creation-date><dc:date>2027-10-09T08:05:00</dc:date></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(OUT / NAMES["x08"], "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- x09 docx with custom XML markup (w:customXml)
def build_x09():
    R = rows("x09")
    cx = lambda el, inner: (
        f'<w:customXml w:uri="urn:wulan-oa:gongwen:2010" w:element="{el}">{inner}</w:customXml>'
    )  # noqa: E731
    head, title, sp, date, bodyp, tail = [], "", "", "", [], []
    for k, f in R:
        if k == "F" and not title:
            head.append(para([run(f[1], "黑体", 28, color="C00000")], jc="left", indent=False))
        elif k == "F":
            tail.append(
                '<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                + run(f[1], "仿宋_GB2312", 28)
                + "</w:p>"
            )
        elif k == "T":
            title = para([run(f[0], "方正小标宋简体", 44)], jc="center", indent=False, line=700)
        elif k == "SP":
            role, name = f[0].split("　")
            sp = f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>{run(role + "　", "楷体_GB2312")}{cx("姓名", run(name, "楷体_GB2312"))}</w:p>'
        elif k == "D":
            date = para([run(f[0], "楷体_GB2312")], jc="center", indent=False)
        elif k == "H1":
            bodyp.append(para([run(f[0] + f[1], "黑体")]))
        elif k == "R2":
            bodyp.append(para([run(f[0] + f[1], "楷体_GB2312", bold=True), run(f[2])]))
        else:
            bodyp.append(para([run(f[0])], indent=not f[0].endswith("：") or len(f[0]) > 8))
    body = cx(
        "讲话稿",
        cx("文头", "".join(head))
        + cx("标题", title)
        + cx("讲话人", sp)
        + cx("日期", date)
        + cx("正文", "".join(bodyp))
        + cx("印发", "".join(tail)),
    )
    write_docx(
        OUT / NAMES["x09"],
        body,
        "在全县道路交通安全工作会议上的讲话",
        "县政府办",
        "Microsoft Office Word",
        "2027-01-21T02:30:00Z",
    )


# ---------------------------------------------------------------- x10 Evernote "HTML" export of a web clip
def build_x10():
    R = rows("x10")
    F = [f for k, f in R if k == "F"]
    note_title = F[0][1]
    created, updated = [s.split("：", 1)[1] for s in F[1][1].split("　")]
    tags = F[2][1].split("：", 1)[1]
    url = F[4][1].split("　")[1]
    divs = []
    for k, f in R:
        if k == "F" and f[0] == "notes":
            divs.append(
                f'<div style="background-color:#FFF3A8;"><span style="color:#7F6000;">{html.escape(f[1])}</span></div><div><br/></div>'
            )
        elif k == "F" and f[0] == "source":
            divs.append(
                f'<div><br/></div><div style="color:#888888;font-size:9pt;">{html.escape(f[1].split("　")[0])}　<a href="{url}">{url}</a></div>'
            )
        elif k == "F":
            continue
        elif k == "T":
            divs.append(
                f'<div style="text-align:center;"><span style="font-size:16pt;font-family:方正小标宋简体;">{html.escape(f[0])}</span></div>'
            )
        elif k in ("SP", "D"):
            divs.append(
                f'<div style="text-align:center;"><span style="font-family:楷体;">{html.escape(f[0])}</span></div>'
            )
        elif k == "R1":
            divs.append(
                f'<div style="text-indent:2em;"><b>{html.escape(f[0] + f[1])}</b>{html.escape(f[2])}</div>'
            )
        else:
            divs.append(f'<div style="text-indent:2em;">{html.escape(f[0])}</div>')
        if k != "F":
            divs.append("<div><br/></div>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><meta name="exporter-version" content="Evernote Windows/308421 (zh-CN, DDL); Windows/10.0.19045 (Win64);"/><meta name="created" content="{created.replace("/", "-")}:00+0800"/><meta name="updated" content="{updated.replace("/", "-")}:00+0800"/><meta name="source-url" content="{url}"/><meta name="keywords" content="{html.escape(tags.replace("；", ", "))}"/><title>{html.escape(note_title)}</title></head><body>
<h1>{html.escape(note_title)}</h1>
<div><table bgcolor="#D4DDE5" border="0"><tr><td><b>创建时间：</b></td><td><i>{created}</i></td></tr><tr><td><b>更新时间：</b></td><td><i>{updated}</i></td></tr><tr><td><b>标签：</b></td><td><i>{html.escape(tags)}</i></td></tr><tr><td><b>来源：</b></td><td><a href="{url}"><i>{url}</i></a></td></tr></table></div>
<br/>
<div><span><div style="-evernote-webclip:true;">
{chr(10).join(divs)}
</div></span></div></body></html>
"""
    (OUT / NAMES["x10"]).write_text(page, encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    for fn in (
        build_x01,
        build_x02,
        build_x03,
        build_x04,
        build_x05,
        build_x06,
        build_x07,
        build_x08,
        build_x09,
        build_x10,
    ):
        fn()
    print("built", len(list(OUT.iterdir())), "files")


if __name__ == "__main__":
    main()
