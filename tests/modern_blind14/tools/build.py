# ruff: noqa: F401, F541, I001  (the set writer's tools, kept as written; see the README)
"""Builds texts/ from tools/src (helper mb14). Run: python tools/build.py [xNN ...]"""

import html
import io
import math
import quopri
import random
import re
import sys
import zipfile
from pathlib import Path

from common import NAMES, comments, footnotes, plain, rows, text_of

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
TMP = Path("/tmp/mb14_build")
TMP.mkdir(parents=True, exist_ok=True)
OUT.mkdir(exist_ok=True)
esc = html.escape


def zwrite(path, parts):
    """parts: list of (name, bytes|str); written in order, deflated (mimetype excepted)."""
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            ct = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi = zipfile.ZipInfo(n, date_time=(2027, 1, 1, 9, 0, 0))
            zi.compress_type = ct
            z.writestr(zi, data)


# ---------------------------------------------------------------- x01 .doc that is HTML (OA export)
def x01():
    R = rows("x01")
    P = []
    for k, f in R:
        if k == "T":
            P.append(
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'>"
                f"<span style='font-size:22.0pt;font-family:方正小标宋简体'>{esc(f[0])}</span></p>"
            )
        elif k in ("SP", "D"):
            P.append(
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'>"
                f"<span style='font-size:16.0pt;font-family:楷体_GB2312'>{esc(f[0])}</span></p>"
            )
            if k == "D":
                P.append(
                    "<p class=MsoNormal style='line-height:28.0pt'><span lang=EN-US "
                    "style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>"
                )
        elif k == "H1":
            P.append(
                "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b>"
                f"<span style='font-size:16.0pt;font-family:黑体'>{esc(f[0] + f[1])}</span></b></p>"
            )
        elif k == "H2":
            P.append(
                "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
                f"<span style='font-size:16.0pt;font-family:楷体_GB2312'>{esc(f[0] + f[1])}</span></p>"
            )
        elif k in ("P", "CL"):
            t = esc(f[0])
            # Word keeps digits in EN-US spans
            t = re.sub(r"([0-9][0-9.%]*)", r"<span lang=EN-US>\1</span>", t)
            ind = "" if f[0] == "同志们！" and k == "CL" else "text-indent:32.0pt;"
            P.append(
                f"<p class=MsoNormal style='{ind}line-height:28.0pt'>"
                f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{t}</span></p>"
            )
    head_table = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=568 "
        "style='border-collapse:collapse;border:none'>\n"
        + "".join(
            f"<tr><td width=110 style='border:solid windowtext 1.0pt;background:#D9D9D9'><p class=MsoNormal>"
            f"<span style='font-family:宋体'>{esc(a)}</span></p></td><td width=458 style='border:solid windowtext 1.0pt'>"
            f"<p class=MsoNormal><span style='font-family:宋体'>{esc(b)}</span></p></td></tr>\n"
            for a, b in [
                ("标　　题", "在全县统计工作会议上的讲话"),
                ("文　　种", "讲话稿"),
                ("拟稿单位", "县政府办公室秘书二科"),
                ("拟 稿 人", "钟未央"),
                ("核　　稿", "县统计局　闻一舟"),
                ("签　　发", "柯慕白"),
                ("拟稿日期", "2027-02-20"),
                ("密　　级", "无"),
            ]
        )
        + "</table>\n"
    )
    doc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<title>在全县统计工作会议上的讲话</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
  <w:DoNotOptimizeForBrowser/>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 99.2pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
p.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman";}}
table.MsoTableGrid
	{{border:solid windowtext 1.0pt;}}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<!-- 公文处理系统 导出Word 模板：讲话稿 -->
<div class=WordSection1>
{head_table}<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
{chr(10).join(P)}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:9.0pt;font-family:宋体;color:#7F7F7F'>打印时间：2027-02-24 09:31:07　打印人：钟未央　（本稿由公文处理系统导出）</span></p>
</div>
</body>
</html>
"""
    (OUT / NAMES["x01"]).write_bytes(doc.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- x02 .rtf by macOS TextEdit
def rtf_u(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            if ch in "\\{}":
                out.append("\\" + ch)
            else:
                out.append(ch)
        else:
            out.append(f"\\uc0\\u{o} " if not out or not out[-1].startswith("\\u") else f"\\u{o} ")
    return "".join(out)


def x02():
    R = rows("x02")
    tabs = "".join(f"\\tx{566 * i + (i // 2)}" for i in range(1, 13))
    body = []
    cur = None
    for k, f in R:
        if k in ("T", "SP", "D"):
            pard = f"\\pard{tabs}\\pardirnatural\\qc\\partightenfactor0"
            font = {"T": "\\f1\\b\\fs44", "SP": "\\f2\\b0\\fs32", "D": "\\f2\\b0\\fs32"}[k]
            txt = rtf_u(f[0])
        else:
            pard = f"\\pard{tabs}\\fi640\\sl560\\slmult1\\pardirnatural\\qj\\partightenfactor0"
            font = "\\f2\\b0\\fs32"
            if k == "R1":
                txt = "\\b " + rtf_u(f[0] + f[1]) + "\\b0 " + rtf_u(f[2])
            else:
                txt = rtf_u(f[0])
        if pard != cur:
            body.append("\n" + pard + "\n")
            cur = pard
        body.append(font + " \\cf0 " + txt + "\\\n")
    doc = (
        "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n"
        "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;"
        "\\f1\\fnil\\fcharset134 STSongti-SC-Black;\\f2\\fnil\\fcharset134 STFangsong;}\n"
        "{\\colortbl;\\red255\\green255\\blue255;}\n"
        "{\\*\\expandedcolortbl;;}\n"
        "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww12000\\viewh15840\\viewkind0"
        + "".join(body).rstrip("\\\n")
        + "}"
    )
    (OUT / NAMES["x02"]).write_bytes(doc.encode("ascii"))


# ---------------------------------------------------------------- x03 .docx in Strict Open XML
SW = "http://purl.oclc.org/ooxml/wordprocessingml/main"
SR = "http://purl.oclc.org/ooxml/officeDocument/relationships"
SPR = "http://schemas.openxmlformats.org/package/2006/relationships"


def srun(t, font="仿宋_GB2312", sz=32, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}'
        f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(t, quote=False)}</w:t></w:r>'
    )


def x03():
    R = rows("x03")
    fns, cms = [], []
    body = []

    def inline(s, font="仿宋_GB2312", bold=False):
        out = []
        pos = 0
        for m in re.finditer(r"\{FN:([^}]*)\}|\{CMT:([^^}]*)\^([^}]*)\}", s):
            if m.start() > pos:
                out.append(srun(s[pos : m.start()], font, bold=bold))
            if m.group(1) is not None:
                fns.append(m.group(1))
                out.append(
                    f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(fns)}"/></w:r>'
                )
            else:
                cid = len(cms)
                cms.append(m.group(3))
                out.append(
                    f'<w:commentRangeStart w:id="{cid}"/>'
                    + srun(m.group(2), font, bold=bold)
                    + f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
            pos = m.end()
        if pos < len(s):
            out.append(srun(s[pos:], font, bold=bold))
        return "".join(out)

    ppr = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>'
    cpr = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
    for k, f in R:
        if k == "T":
            body.append(f"<w:p>{cpr}{srun(f[0], '方正小标宋简体', 44)}</w:p>")
        elif k in ("SP", "D"):
            body.append(f"<w:p>{cpr}{srun(f[0], '楷体_GB2312')}</w:p>")
        elif k == "H1":
            body.append(f"<w:p>{ppr}{srun(f[0] + f[1], '黑体')}</w:p>")
        elif k == "R2":
            body.append(f"<w:p>{ppr}{inline(f[0] + f[1], '楷体_GB2312', True)}{inline(f[2])}</w:p>")
        else:
            body.append(f"<w:p>{ppr}{inline(f[0])}</w:p>")
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
        'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{SW}" xmlns:r="{SR}" '
        f'w:conformance="strict"><w:body>{"".join(body)}{sect}</w:body></w:document>'
    )
    fnx = [
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, t in enumerate(fns, 1):
        fnx.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
            f'<w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f"{srun(' ' + t, '仿宋_GB2312', 18)}</w:p></w:footnote>"
        )
    footx = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{SW}" xmlns:r="{SR}">{"".join(fnx)}</w:footnotes>'
    cmx = "".join(
        f'<w:comment w:id="{i}" w:author="柯慕白" w:date="2027-03-04T17:20:00Z" w:initials="柯"><w:p><w:pPr>'
        f'<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        f"{srun(t, '宋体', 21)}</w:p></w:comment>"
        for i, t in enumerate(cms)
    )
    commx = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{SW}" xmlns:r="{SR}">{cmx}</w:comments>'
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{SW}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>'
        '<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="start"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="start"/></w:pPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>'
        "</w:styles>"
    )
    settings = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{SW}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{SPR}">'
        '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    drels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{SPR}">'
        '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/settings" Target="settings.xml"/>'
        '<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rId4" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments" Target="comments.xml"/>'
        "</Relationships>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title></dc:title><dc:creator>县委组织部</dc:creator><cp:lastModifiedBy>柯慕白</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-01T08:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-04T17:21:00Z</dcterms:modified></cp:coreProperties>'
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>"
    )
    zwrite(
        OUT / NAMES["x03"],
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", drels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/footnotes.xml", footx),
            ("word/comments.xml", commx),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
        ],
    )


# ---------------------------------------------------------------- x04 scanned PDF with an OCR text layer
CLOSERS = "，。、；：！？）”’》」』"


def wrap_cn(s, first, rest):
    """Lines of a paragraph: `first` cells on the first line, `rest` after; a closing mark that
    would start a line hangs at the end of the line before."""
    out, cur, cap = [], "", first
    for ch in s:
        if len(cur) >= cap and ch not in CLOSERS:
            out.append(cur)
            cur, cap = "", rest
        cur += ch
    if cur:
        out.append(cur)
    return out


def x04():
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from reportlab import rl_config

    rl_config.useA85 = 0
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    W, H = 595.3, 841.9
    FS, LH, LEFT, NCH, TOP, NLINES = 15.5, 28.0, 80.0, 28, 760.0, 24
    # lines: (text, x, size, y-slot) per page
    lines = []
    for k, f in rows("x04"):
        t = text_of(k, f)
        if k in ("T", "SP", "D"):
            size = 21.0 if k == "T" else FS
            lines.append((t, (W - size * len(t)) / 2, size))
            if k == "D":
                lines.append(("", LEFT, FS))
        else:
            for i, ln in enumerate(wrap_cn(t, NCH - 2, NCH)):
                lines.append((ln, LEFT + (2 * FS if i == 0 else 0), FS))
    pages = [lines[i : i + NLINES] for i in range(0, len(lines), NLINES)]
    font = ImageFont.truetype(
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 10, index=2
    )
    dpi = 150
    sc = dpi / 72.0
    rnd = random.Random(14)
    c = canvas.Canvas(str(OUT / NAMES["x04"]), pagesize=(W, H), pageCompression=1)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("Scan2PDF OCR")
    c.setProducer("Scan2PDF OCR 3.2 (text layer)")
    for pno, pl in enumerate(pages, 1):
        img = Image.new("L", (int(W * sc), int(H * sc)), 246)
        d = ImageDraw.Draw(img)
        for _ in range(2500):  # specks of a photocopy
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            d.point((x, y), fill=rnd.randrange(120, 200))
        items = []
        for j, (t, x, size) in enumerate(pl):
            y = TOP - j * LH
            items.append((t, x, y, size))
        num = f"— {pno} —"
        items.append((num, (W - FS * 0.9 * len(num)) / 2, 55.0, FS * 0.9))
        for t, x, y, size in items:
            if not t:
                continue
            fnt = font.font_variant(size=int(size * sc))
            for n, ch in enumerate(t):
                d.text(((x + n * size) * sc, (H - y - size * 0.88) * sc), ch, font=fnt, fill=28)
        img = img.rotate(0.25, resample=Image.BICUBIC, fillcolor=246).filter(
            ImageFilter.GaussianBlur(0.45)
        )
        bio = io.BytesIO()
        img.save(bio, "JPEG", quality=55)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, width=W, height=H)
        for t, x, y, size in items:
            if not t:
                continue
            to = c.beginText()
            to.setTextRenderMode(3)
            to.setFont("STSong-Light", size)
            to.setTextOrigin(x, y)
            to.textOut(t)
            c.drawText(to)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- transitional .docx helpers
TW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TR_ = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_STY = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"


def trun(t, font="仿宋_GB2312", sz=32, bold=False):
    b = "<w:b/>" if bold else ""
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}'
        f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(t, quote=False)}</w:t></w:r>'
    )


def tstyles(extra=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{TW}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
        '<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
        + extra
        + "</w:styles>"
    )


def tpackage(path, document, styles, extra_parts=(), extra_ct="", extra_rels=""):
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + extra_ct
        + f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{CT_STY}"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + extra_rels
        + "</Relationships>"
    )
    zwrite(
        path,
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", drels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            *extra_parts,
        ],
    )


# ---------------------------------------------------------------- x05 .docx whose body is an altChunk (HTML)
def x05():
    R = rows("x05")
    head, chunk = [], []
    cpr = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
    for k, f in R:
        if k == "T":
            head.append(f"<w:p>{cpr}{trun(f[0], '方正小标宋简体', 44)}</w:p>")
        elif k in ("SUB", "SP", "D"):
            head.append(f"<w:p>{cpr}{trun(f[0], '楷体_GB2312')}</w:p>")
        elif k == "H1":
            chunk.append(
                f'<p class="h1" style="text-indent:2em;font-family:黑体;font-size:16pt">{esc(f[0] + f[1])}</p>'
            )
        elif k == "H2":
            chunk.append(
                f'<p style="text-indent:2em"><strong><span style="font-family:楷体_GB2312">{esc(f[0] + f[1])}</span></strong></p>'
            )
        else:
            chunk.append(f'<p style="text-indent:2em">{esc(f[0])}</p>')
    htm = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>正文</title>\n'
        "<style>body{font-family:仿宋_GB2312;font-size:16pt;line-height:28pt}p{margin:0}</style>\n</head>\n<body>\n"
        '<div class="doc-body" data-editor="ueditor">\n'
        + "\n".join(chunk)
        + "\n</div>\n</body>\n</html>\n"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{TW}" xmlns:r="{TR_}"><w:body>'
        + "".join(head)
        + '<w:altChunk r:id="rIdAfChunk1"/>'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    tpackage(
        OUT / NAMES["x05"],
        document,
        tstyles(),
        [("word/afchunk1.htm", htm)],
        '<Default Extension="htm" ContentType="text/html"/>',
        '<Relationship Id="rIdAfChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/>',
    )


# ---------------------------------------------------------------- x06 .md with setext headings, hard-wrapped
def md_wrap(s, width=21):
    lines = wrap_cn(s, width, width)
    bad = re.compile(r"^(\s*[-=+*#>]|\s*\d+[.)]|\s*\|)")
    for ln in lines[1:]:
        assert not bad.match(ln), ln
    return "\n".join(lines)


def x06():
    R = rows("x06")
    out = []
    for k, f in R:
        if k == "T":
            out.append(f[0] + "\n" + "=" * (2 * len(f[0])))
        elif k in ("SP", "D"):
            out.append(f[0])
        elif k == "H1":
            t = f[0] + f[1]
            out.append(t + "\n" + "-" * (2 * len(t)))
        elif k == "R2":
            out.append(md_wrap(f"**{f[0]}{f[1]}**{f[2]}"))
        else:
            out.append(md_wrap(f[0]))
    out.append("附表：2026年全县双拥工作主要数据")
    out.append(
        "| 项目 | 数量 |\n|:---|---:|\n| 驻县部队营区周边道路改造投入 | 1860万元 |\n| 帮助解决随军家属就业 | 38人 |\n"
        "| 安置退役士兵、转业干部 | 126名 |\n| 退役军人专场招聘会 | 6场 |\n| 达成就业意向 | 450人 |"
    )
    (OUT / NAMES["x06"]).write_text("\n\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- x07 .mht saved by Word ("single file web page")
def x07():
    R = rows("x07")
    P = []
    for k, f in R:
        if k == "T":
            P.append(
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>{esc(f[0])}"
                "<span lang=EN-US><o:p></o:p></span></span></p>"
            )
        elif k in ("SP", "D"):
            t = re.sub(r"([0-9]+)", r"<span lang=EN-US>\1</span>", esc(f[0]))
            P.append(
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<span style='font-size:16.0pt;font-family:楷体_GB2312'>{t}<span lang=EN-US><o:p></o:p></span></span></p>"
            )
        elif k == "H1":
            P.append(
                "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<span style='font-size:16.0pt;font-family:黑体'>{esc(f[0] + f[1])}<span lang=EN-US><o:p></o:p></span></span></p>"
            )
        elif k == "R2":
            P.append(
                "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<b><span lang=EN-US style='font-size:16.0pt;font-family:楷体_GB2312'>{esc(f[0])}</span></b>"
                f"<b><span style='font-size:16.0pt;font-family:楷体_GB2312'>{esc(f[1])}</span></b>"
                f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(f[2])}<span lang=EN-US><o:p></o:p></span></span></p>"
            )
        else:
            t = re.sub(
                r"([0-9][0-9.%]*)",
                r"</span><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>\1</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>",
                esc(f[0]),
            )
            P.append(
                "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{t}<span lang=EN-US><o:p></o:p></span></span></p>"
            )
    htmldoc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="审计整改讲话.files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>县审计局办公室</o:Author>
  <o:LastAuthor>裴知远</o:LastAuthor>
  <o:Revision>6</o:Revision>
  <o:Created>2027-05-06T02:11:00Z</o:Created>
  <o:LastSaved>2027-05-08T09:40:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	mso-ascii-font-family:等线;
	mso-fareast-font-family:等线;
	mso-hansi-font-family:等线;
	mso-font-kerning:1.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 99.25pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

{chr(10).join(P)}

</div>

</body>

</html>
"""
    raw = htmldoc.encode("gbk")
    qp = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    # Word escapes every byte >= 0x80 and '='; quopri does the same, with soft breaks at 76
    bnd = "----=_NextPart_01DBC0F2.7A3E5C60"
    filelist = (
        '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../审计整改讲话.htm"/>\r\n'
        ' <o:File HRef="themedata.thmx"/>\r\n <o:File HRef="colorschememapping.xml"/>\r\n <o:File HRef="filelist.xml"/>\r\n</xml>'
    )
    preamble = "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。"
    parts = [
        'MIME-Version: 1.0\r\nX-Document-Type: Worddocument\r\nContent-Type: multipart/related; boundary="'
        + bnd
        + '"\r\n\r\n',
        preamble + "\r\n\r\n",
        "--"
        + bnd
        + "\r\nContent-Location: file:///C:/7A3E5C60/shenjizhenggai.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        + qp.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
        + "\r\n\r\n",
        "--"
        + bnd
        + "\r\nContent-Location: file:///C:/7A3E5C60/shenjizhenggai.files/colorschememapping.xml\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml\r\n\r\n"
        '<?xml version=3D"1.0" encoding=3D"UTF-8" standalone=3D"yes"?>\r\n<a:clrMap xmlns:a=3D"http://schemas.openxmlformats.org/drawingml/2006/main" bg1=3D"lt1" tx1=3D"dk1" bg2=3D"lt2" tx2=3D"dk2" accent1=3D"accent1" accent2=3D"accent2" accent3=3D"accent3" accent4=3D"accent4" accent5=3D"accent5" accent6=3D"accent6" hlink=3D"hlink" folHlink=3D"folHlink"/>\r\n\r\n',
        "--"
        + bnd
        + "\r\nContent-Location: file:///C:/7A3E5C60/shenjizhenggai.files/filelist.xml\r\n"
        'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n'
        + quopri.encodestring(filelist.encode("utf-8")).decode("ascii")
        + "\r\n\r\n",
        "--" + bnd + "--\r\n",
    ]
    data = b"".join(p.encode("gbk") for p in parts)
    (OUT / NAMES["x07"]).write_bytes(data)


# ---------------------------------------------------------------- x08 landscape .docx in two text columns, 附件 table
SHD = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'


def x08():
    R = rows("x08")
    body = []
    first_sect = (
        '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="1247" w:right="1440" w:bottom="1247" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
        '<w:cols w:space="425"/></w:sectPr>'
    )
    cols_sect = (
        '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="1247" w:right="1440" w:bottom="1247" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
        '<w:cols w:num="2" w:sep="1" w:space="720"/></w:sectPr>'
    )
    last_sect = (
        '<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="1247" w:right="1440" w:bottom="1247" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
        '<w:cols w:space="425"/></w:sectPr>'
    )
    ind = '<w:ind w:firstLine="560"/>'
    kinds = [k for k, _ in R]
    last_body = max(i for i, k in enumerate(kinds) if k in ("P", "CL"))
    trs = []
    for i, (k, f) in enumerate(R):
        if k == "T":
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{trun(f[0], "方正小标宋简体", 40)}</w:p>'
            )
        elif k == "SP":
            body.append(
                f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{trun(f[0], "楷体_GB2312", 28)}</w:p>'
            )
        elif k == "D":
            body.append(
                f'<w:p><w:pPr><w:jc w:val="center"/>{first_sect}</w:pPr>{trun(f[0], "楷体_GB2312", 28)}</w:p>'
            )
        elif k == "H1":
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{trun(f[0] + f[1], "黑体", 28)}</w:p>'
            )
        elif k == "H2":
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{trun(f[0] + f[1], "楷体_GB2312", 28, True)}</w:p>'
            )
        elif k in ("P", "CL"):
            sp = cols_sect if i == last_body else ""
            body.append(f"<w:p><w:pPr>{ind}{sp}</w:pPr>{trun(f[0], '仿宋_GB2312', 28)}</w:p>")
        elif k == "ATT":
            body.append(f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr>{trun(f[0], "黑体", 28)}</w:p>')
        elif k == "TR":
            hdr = not trs
            cells = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{SHD if hdr else ""}</w:tcPr>'
                f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{trun(c, "黑体" if hdr else "仿宋_GB2312", 24)}</w:p></w:tc>'
                for c, w in zip(f, (900, 4800, 2600, 3800, 1800))
            )
            trs.append(f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if hdr else ''}{cells}</w:tr>")
    tbl = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="13900" w:type="dxa"/><w:jc w:val="center"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr><w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in (900, 4800, 2600, 3800, 1800))
        + "</w:tblGrid>"
        + "".join(trs)
        + "</w:tbl>"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{TW}" xmlns:r="{TR_}"><w:body>'
        + "".join(body)
        + tbl
        + "<w:p/>"
        + last_sect
        + "</w:body></w:document>"
    )
    extra = (
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="560"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:ind w:firstLine="560"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
    )
    tpackage(OUT / NAMES["x08"], document, tstyles(extra))


# ---------------------------------------------------------------- x09 .txt of a forwarded e-mail
def x09():
    R = rows("x09")
    out = []
    prev = None
    for k, f in R:
        t = text_of(k, f)
        if k in ("MAIL1", "MAIL2"):
            if prev not in (k,):
                out.append("")
            out.append(t)
        elif k == "NOTE":
            if prev != "NOTE":
                out.append("")
            out.append(t if t.endswith("：") or len(t) < 30 else "　　" + t)
        elif k == "FOOT":
            if prev != "FOOT":
                out.append("")
                out.append("")
            out.append(t)
        elif k in ("T", "SP", "D"):
            if prev == "MAIL2":
                out.append("")
            out.append(("　" * 4 if k != "T" else "　") + t)
        else:
            out.append("　　" + t)
        prev = k
    (OUT / NAMES["x09"]).write_bytes(("\r\n".join(out).lstrip("\r\n") + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- x10 .html exported by Google Docs
def x10():
    R = rows("x10")
    P = []
    inlist = False
    for k, f in R:
        if k != "OL" and inlist:
            P.append("</ol>")
            inlist = False
        if k == "T":
            P.append(f'<p class="c9 title" id="h.mb14t01"><span class="c8">{esc(f[0])}</span></p>')
        elif k in ("SP", "D"):
            P.append(f'<p class="c2"><span class="c6">{esc(f[0])}</span></p>')
        elif k == "OL":
            if not inlist:
                P.append('<ol class="c3 lst-kix_q7w2mb14hd-0 start" start="1">')
                inlist = True
            P.append(
                f'<li class="c4 c10 li-bullet-0"><span class="c7">{esc(f[1])}</span><span class="c1">{esc(f[2])}</span></li>'
            )
        else:
            P.append(f'<p class="c4"><span class="c1">{esc(f[0])}</span></p>')
    css = (
        "ol.lst-kix_q7w2mb14hd-0.start{counter-reset:lst-ctn-kix_q7w2mb14hd-0 0}"
        '.lst-kix_q7w2mb14hd-0>li:before{content:"" counter(lst-ctn-kix_q7w2mb14hd-0,cjk-ideographic) "\\3001  "}'
        "ol.lst-kix_q7w2mb14hd-0{list-style-type:none}"
        ".lst-kix_q7w2mb14hd-0>li{counter-increment:lst-ctn-kix_q7w2mb14hd-0}"
        "ol{margin:0;padding:0}table td,table th{padding:0}"
        '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"FangSong";font-style:normal}'
        '.c7{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"KaiTi";font-style:normal}'
        '.c8{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:22pt;font-family:"SimSun";font-style:normal}'
        '.c6{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"KaiTi";font-style:normal}'
        ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-align:center}"
        ".c4{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-indent:32pt;text-align:justify}"
        ".c10{margin-left:0pt;padding-left:0pt}"
        ".c9{padding-top:0pt;padding-bottom:3pt;line-height:1.5;page-break-after:avoid;orphans:2;widows:2;text-align:center}"
        ".c5{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c3{padding:0;margin:0}"
        '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    )
    doc = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        + css
        + '</style></head><body class="c5 doc-content">'
        + "".join(P)
        + "</body></html>"
    )
    (OUT / NAMES["x10"]).write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    todo = sys.argv[1:] or sorted(NAMES)
    for n in todo:
        globals()[n]()
        print("built", NAMES[n])
