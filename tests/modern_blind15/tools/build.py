"""Builds texts/ from tools/src (helper mb15). Run: python tools/build.py [xNN ...]"""

import html
import sys
import zipfile
from pathlib import Path

from common import NAMES, rows, text_of

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
TMP = Path("/tmp/mb15_build")
TMP.mkdir(parents=True, exist_ok=True)
OUT.mkdir(exist_ok=True)
esc = html.escape
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_STY = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"


def zwrite(path, parts):
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(n, date_time=(2027, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def run(t, font="仿宋_GB2312", sz=32, bold=False):
    b = "<w:b/>" if bold else ""
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}'
        f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(t, quote=False)}</w:t></w:r>'
    )


def para(runs, jc=None, ind=True, style=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if ind:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def gov_par(k, f):
    """a speech paragraph in 公文 fonts (x01, x09)."""
    if k == "T":
        return para(run(f[0], "方正小标宋简体", 44), "center", False)
    if k in ("SP", "D"):
        return para(run(f[0], "楷体_GB2312"), "center", False)
    if k == "H1":
        return para(run(f[0] + f[1], "黑体"))
    if k == "H2":
        return para(run(f[0] + f[1], "楷体_GB2312"))
    if k in ("R1", "R2"):
        return para(run(f[0] + f[1], "楷体_GB2312", bold=True) + run(f[2]))
    return para(run(f[0]))


def styles_xml(extra=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
        '<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + extra
        + "</w:styles>"
    )


def package(path, document, styles, extra_parts=(), extra_ct="", extra_rels="", core=None):
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + extra_ct
        + f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{CT_STY}"/>'
        + (
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            if core
            else ""
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + (
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            if core
            else ""
        )
        + "</Relationships>"
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + extra_rels
        + "</Relationships>"
    )
    parts = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels),
        ("word/_rels/document.xml.rels", drels),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        *extra_parts,
    ]
    if core:
        parts.append(("docProps/core.xml", core))
    zwrite(path, parts)


def doc_wrap(body, sect):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R_NS}"><w:body>'
        + body
        + sect
        + "</w:body></w:document>"
    )


SECT_A4 = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
    'w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
)


# ---------------------------------------------------------------- x01 OA 发文处理单: the whole document in one table
def x01():
    R = rows("x01")
    borders = "".join(
        f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    widths = [1700, 2900, 1700, 2544]

    def cell(content_xml, w, span=1, shade=False):
        tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
        if span > 1:
            tcpr += f'<w:gridSpan w:val="{span}"/>'
        if shade:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
        tcpr += '<w:vAlign w:val="center"/>'
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content_xml}</w:tc>"

    def label(t):
        return para(run(t, "黑体", 28), "center", False)

    def value(t):
        return para(run(t, "仿宋_GB2312", 28), None, False)

    trs = []
    speech = []
    for k, f in R:
        if k == "FORM":
            trs.append(
                "<w:tr>"
                + cell(para(run(f[0], "方正小标宋简体", 36), "center", False), sum(widths), 4)
                + "</w:tr>"
            )
        elif k == "FROW":
            if speech:
                trs.append("<w:tr>" + cell("".join(speech), sum(widths), 4) + "</w:tr>")
                speech = None
            if len(f) == 2:
                trs.append(
                    "<w:tr>"
                    + cell(label(f[0]), widths[0], shade=True)
                    + cell(value(f[1]), sum(widths[1:]), 3)
                    + "</w:tr>"
                )
            else:
                trs.append(
                    "<w:tr>"
                    + cell(label(f[0]), widths[0], shade=True)
                    + cell(value(f[1]), widths[1])
                    + cell(label(f[2]), widths[2], shade=True)
                    + cell(value(f[3]), widths[3])
                    + "</w:tr>"
                )
        else:
            if speech is None:
                raise SystemExit("x01: speech after the bottom rows")
            if not speech:
                speech.append(para(run("正　　文：", "黑体", 28), None, False))
            speech.append(gov_par(k, f))
    tbl = (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
        + "".join(trs)
        + "</w:tbl>"
    )
    doc = doc_wrap(tbl + "<w:p/>", SECT_A4)
    package(OUT / NAMES["x01"], doc, styles_xml())


# ---------------------------------------------------------------- x02 pandoc .docx (levels shifted: Heading 2 / Heading 3)
def x02():
    R = rows("x02")

    def sty(sid, name, ppr="", rpr="", based="Normal"):
        return (
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
            f'<w:next w:val="BodyText"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
        )

    extra = (
        sty("BodyText", "Body Text", '<w:spacing w:before="180" w:after="180"/>')
        + sty("FirstParagraph", "First Paragraph", "", "", "BodyText")
        + sty("Compact", "Compact", '<w:spacing w:before="36" w:after="36"/>', "", "BodyText")
        + sty(
            "Title",
            "Title",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="240"/><w:jc w:val="center"/>',
            '<w:b/><w:sz w:val="36"/>',
            "Normal",
        )
        + sty("Author", "Author", '<w:keepNext/><w:keepLines/><w:jc w:val="center"/>')
        + sty("Date", "Date", '<w:keepNext/><w:keepLines/><w:jc w:val="center"/>')
        + sty(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="0"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="32"/>',
            "Normal",
        )
        + sty(
            "Heading3",
            "heading 3",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="0"/><w:outlineLvl w:val="2"/>',
            '<w:b/><w:sz w:val="28"/>',
            "Normal",
        )
    )
    body = []
    prev_head = True
    bm = 20
    open_bm = []
    for k, f in R:
        t = text_of(k, f)
        r = f'<w:r><w:t xml:space="preserve">{esc(t, quote=False)}</w:t></w:r>'
        if k == "T":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{r}</w:p>')
        elif k == "SP":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Author"/></w:pPr>{r}</w:p>')
        elif k == "D":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Date"/></w:pPr>{r}</w:p>')
            prev_head = True
        elif k in ("H1", "H2"):
            level = 2 if k == "H1" else 3
            # pandoc wraps each section in a bookmark named after the header's identifier
            while open_bm and open_bm[-1][1] >= level:
                body.append(f'<w:bookmarkEnd w:id="{open_bm.pop()[0]}"/>')
            ident = "section" if bm == 20 else f"section-{bm - 20}"
            body.append(f'<w:bookmarkStart w:id="{bm}" w:name="{ident}"/>')
            open_bm.append((bm, level))
            bm += 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>{r}</w:p>')
            prev_head = True
        else:
            s = "FirstParagraph" if prev_head else "BodyText"
            body.append(f'<w:p><w:pPr><w:pStyle w:val="{s}"/></w:pPr>{r}</w:p>')
            prev_head = False
    while open_bm:
        body.append(f'<w:bookmarkEnd w:id="{open_bm.pop()[0]}"/>')
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    doc = doc_wrap("".join(body), sect)
    core = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>在全县河湖长制工作会议上的讲话</dc:title>'
        "<dc:creator>县委书记、县总河长　覃望舒</dc:creator><cp:keywords></cp:keywords>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-21T08:12:40Z</dcterms:created></cp:coreProperties>'
    )
    package(OUT / NAMES["x02"], doc, styles_xml(extra), core=core)


# ---------------------------------------------------------------- x03 a document viewer's page (absolutely placed lines)
PER_LINE = 30
LINE_H = 30
LEFT = 72
FS = 20


def wrap_lines(t, first_indent):
    out = []
    cap = PER_LINE - (2 if first_indent else 0)
    while t:
        out.append(t[:cap])
        t = t[cap:]
        cap = PER_LINE
    return out


def x03():
    R = rows("x03")
    lines = []  # (left, text)
    for k, f in R:
        t = text_of(k, f)
        if k in ("T", "SP", "D"):
            lines.append((LEFT + (PER_LINE - len(t)) * FS // 2, t))
            continue
        for i, piece in enumerate(wrap_lines(t, True)):
            lines.append((LEFT + 2 * FS if i == 0 else LEFT, piece))
    per_page = 34
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    out = [
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">',
        "<title>在全县科技创新大会上的讲话 - 泠风文库</title>",
        '<meta name="keywords" content="科技创新,讲话稿,县委书记"><style>',
        "body{margin:0;background:#eee;font-family:SimSun,serif}.topbar{height:56px;background:#fff;border-bottom:1px solid #ddd}",
        ".reader-page{position:relative;width:744px;height:1052px;margin:12px auto;background:#fff;box-shadow:0 0 4px #aaa;overflow:hidden}",
        ".reader-page p{position:absolute;margin:0;white-space:pre;font-size:20px;line-height:30px}",
        ".pgno{position:absolute;bottom:18px;width:100%;text-align:center;font-size:12px;color:#999}</style></head><body>",
        '<div class="topbar"><a href="/">泠风文库</a> <span class="crumb">首页 &gt; 党政范文 &gt; 讲话稿</span></div>',
        '<div class="doc-banner" id="dl-banner"><div class="dl-btn">下载文档</div>'
        '<div class="doc-meta">本文档由 泠风文库用户 qk2719 于 2027-06-03 上传　3页　1.2万次阅读　38次下载</div>'
        '<div class="vip">开通VIP，免费下载全文　　　￥3.80 单篇下载</div></div>',
        '<div id="reader-container">',
    ]
    for pi, pg in enumerate(pages, 1):
        out.append(f'<div class="reader-page" id="pageNo-{pi}" data-page-no="{pi}">')
        for li, (left, t) in enumerate(pg):
            top = 80 + li * LINE_H
            out.append(f'<p style="top:{top}px;left:{left}px;">{esc(t, quote=False)}</p>')
        out.append(f'<div class="pgno">第{pi}页 / 共{n}页</div></div>')
    out.append("</div>")
    out.append(
        '<div class="relate"><h3>相关文档推荐</h3><ul>'
        '<li><a href="/d/88213.html">在全市科技创新工作会议上的讲话范文（精选3篇）</a></li>'
        '<li><a href="/d/90317.html">科技工作者日座谈会讲话稿</a></li>'
        '<li><a href="/d/91002.html">2027年县科技局工作总结及工作计划</a></li></ul></div>'
        '<div class="foot">本站仅提供存储服务，文档版权归上传者所有。如有侵权，请联系 kefu@lingfeng-wenku.cn 删除。</div></body></html>\n'
    )
    (OUT / NAMES["x03"]).write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- x04 Big5 .txt (traditional copy, 「」, indents mixed)
def x04():
    R = rows("x04")
    out = []
    pi = 0
    for k, f in R:
        t = text_of(k, f)
        if k == "TOP":
            out.append(t)
            out.append("")
        elif k in ("T", "SP", "D"):
            out.append("　" * 4 + t)
        elif k == "SRC":
            out.append("")
            out.append(t)
        else:
            pi += 1
            out.append(("\t" if pi % 4 == 0 else "　　") + t)
    (OUT / NAMES["x04"]).write_bytes(("\r\n".join(out) + "\r\n").encode("big5"))


# ---------------------------------------------------------------- x05 石墨 .md with HTML inside
def x05():
    R = rows("x05")
    out = []
    k0 = dict((k, f) for k, f in R if k in ("T", "SP", "D"))
    out.append(f'<center><font face="黑体" size="5">{k0["T"][0]}</font></center>')
    out.append("")
    out.append(
        f'<center><font face="楷体" color="#595959">{k0["SP"][0]}</font><br>{k0["D"][0]}</center>'
    )
    out.append("")
    out.append("**目录**")
    out.append("")
    out.append("- [开幕词](#kaimuci)")
    out.append("- [附：大会议程](#yicheng)")
    out.append("")
    out.append('<a name="kaimuci"></a>')
    out.append("")
    for k, f in R:
        if k in ("T", "SP", "D"):
            continue
        if k in ("P", "CL"):
            out.append(f[0] + "<br>" if f[0].startswith("（全体起立") else f[0])
            out.append("")
        elif k == "R1":
            out.append(f"**{f[0]}{f[1]}**{f[2]}")
            out.append("")
        elif k == "APX":
            out.append('<a name="yicheng"></a>')
            out.append("")
            out.append(f"### {f[0]}")
            out.append("")
        elif k == "LI":
            out.append(f[0].replace(". ", ". ", 1))
    out.append("")
    out.append(
        '<font color="#999999" size="2">— 来自石墨文档 · 泠川县妇联办公室 · 最后修改于 2027年6月7日 22:14 —</font>'
    )
    (OUT / NAMES["x05"]).write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- x06 .odt, headings in text:list-header with typed numbers
def x06():
    R = rows("x06")
    NS = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
    )
    body = []
    i = 0
    while i < len(R):
        k, f = R[i]
        t = esc(text_of(k, f), quote=False)
        if k == "T":
            body.append(f'<text:p text:style-name="Title">{t}</text:p>')
        elif k in ("SP", "D"):
            body.append(f'<text:p text:style-name="P_center">{t}</text:p>')
        elif k in ("H1", "H2"):
            lvl = 1 if k == "H1" else 2
            body.append(
                f'<text:list text:style-name="LH{lvl}"><text:list-header><text:h text:style-name="Heading_20_{lvl}" '
                f'text:outline-level="{lvl}">{t}</text:h></text:list-header></text:list>'
            )
        elif k == "LI":
            items = []
            while i < len(R) and R[i][0] == "LI":
                items.append(
                    f'<text:list-item><text:p text:style-name="P_list">{esc(R[i][1][0], quote=False)}</text:p></text:list-item>'
                )
                i += 1
            body.append('<text:list text:style-name="LB">' + "".join(items) + "</text:list>")
            continue
        else:
            body.append(f'<text:p text:style-name="P_body">{t}</text:p>')
        i += 1
    auto = (
        "<office:automatic-styles>"
        '<style:style style:name="P_body" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="0.8cm"/></style:style>'
        '<style:style style:name="P_center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P_list" style:family="paragraph" style:parent-style-name="List_20_Paragraph"/>'
        '<text:list-style style:name="LH1"><text:list-level-style-number text:level="1" style:num-format=""><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>'
        "</style:list-level-properties></text:list-level-style-number></text:list-style>"
        '<text:list-style style:name="LH2"><text:list-level-style-number text:level="1" style:num-format=""><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.8cm"/>'
        "</style:list-level-properties></text:list-level-style-number></text:list-style>"
        '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="●"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>'
        '<style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet></text:list-style>'
        "</office:automatic-styles>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:font-face-decls/>{auto}'
        "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
        '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">'
        '<style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">'
        '<style:text-properties style:font-name-asian="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
        '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
        'fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>"
        "<dc:title>视察座谈会讲话</dc:title><meta:initial-creator>县政协办公室</meta:initial-creator>"
        "<meta:creation-date>2027-04-26T15:40:00</meta:creation-date></office:meta></office:document-meta>"
    ).replace(' office:version="1.3" office:version="1.3"', ' office:version="1.3"')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    zwrite(
        OUT / NAMES["x06"],
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
    )


# ---------------------------------------------------------------- x07 PDF as WPS prints it, footnotes at page foot, running header/footer
def x07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    R = rows("x07")
    fns = {f[0][0]: f[0] for k, f in R if k == "FN"}  # '①' -> text
    W_, H_ = A4
    left, fs, cells = 79.0, 15.5, 28
    width = fs * cells
    top, bottom = H_ - 100, 80
    lh = 28.0
    items = []  # (kind, x, text)
    for k, f in R:
        if k == "FN":
            continue
        t = text_of(k, f)
        if k == "T":
            # the title in two centred lines at 18pt
            for piece in (t[:16], t[16:]):
                items.append(("title", piece))
            continue
        if k in ("SP", "D"):
            items.append(("center", t))
            continue
        cap = cells - 2
        first = True
        while t:
            items.append(("first" if first else "cont", t[:cap]))
            t = t[cap:]
            cap = cells
            first = False
    c = canvas.Canvas(str(OUT / NAMES["x07"]), pagesize=A4, pageCompression=1)
    c.setCreator("WPS 文字")
    c.setProducer("WPS 文字")
    c.setTitle("点评讲话")
    c.setAuthor("县委组织部")
    page = 1
    y = top
    pending = []

    def page_furniture(pg, notes):
        c.setFont(F, 9)
        c.drawCentredString(
            W_ / 2, H_ - 50, "2026年度乡镇党委书记抓基层党建工作述职评议会　会议材料之五"
        )
        c.setLineWidth(0.5)
        c.line(left, H_ - 56, left + width, H_ - 56)
        c.setFont(F, 14)
        c.drawCentredString(W_ / 2, 40, f"— {pg} —")
        if notes:
            ny = bottom + 8 + 13 * (len(notes) * 2 - 1)
            c.line(left, ny + 14, left + width / 3, ny + 14)
            c.setFont(F, 9)
            for n in notes:
                txt = fns[n]
                for j in range(0, len(txt), 46):
                    c.drawString(left + (0 if j == 0 else 9), ny, txt[j : j + 46])
                    ny -= 13

    foot_need = 0
    for kind, t in items:
        marks = [m for m in fns if m in t]
        need = sum(13 * (1 + len(fns[m]) // 46) + 6 for m in marks)
        if y - lh < bottom + foot_need + need + 20:
            page_furniture(page, pending)
            c.showPage()
            page += 1
            y = top
            pending = []
            foot_need = 0
        foot_need += need
        pending += marks
        y -= lh
        if kind == "title":
            c.setFont(F, 20)
            c.drawCentredString(W_ / 2, y, t)
        elif kind == "center":
            c.setFont(F, fs)
            c.drawCentredString(W_ / 2, y, t)
        else:
            x = left + (2 * fs if kind == "first" else 0)
            c.setFont(F, fs)
            c.drawString(x, y, t)
    page_furniture(page, pending)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- x08 Outlook "另存为 HTML" of a mail carrying the speech
def x08():
    R = rows("x08")
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\r\n<title>转发：柏晴川局长在全县春季开学安全工作会议上的讲话</title>\r\n'
        "<style><!--\r\n@font-face\r\n\t{font-family:等线;\r\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\r\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:10.5pt;\r\n\tfont-family:等线;}\r\n"
        "span.EmailStyle19\r\n\t{mso-style-type:personal-compose;}\r\n@page WordSection1\r\n\t{size:612.0pt 792.0pt;}\r\n"
        'div.WordSection1\r\n\t{page:WordSection1;}\r\n--></style>\r\n</head>\r\n<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\r\n'
        "<div class=WordSection1>\r\n"
    )
    out = [head]
    mh = [f for k, f in R if k == "MH"]
    out.append(
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 align=left width=\"100%\" style='width:100.0%'>\r\n"
    )
    for lab, val in mh:
        out.append(
            "<tr>\r\n<td width=\"15%\" nowrap valign=top style='width:15.0%;padding:0cm 0cm 0cm 0cm'>\r\n"
            f"<p class=MsoNormal><b><span style='font-family:等线;color:black'>{lab}<o:p></o:p></span></b></p>\r\n</td>\r\n"
            "<td width=\"85%\" valign=top style='width:85.0%;padding:0cm 0cm 0cm 0cm'>\r\n"
            f"<p class=MsoNormal><span style='font-family:等线;color:black'>{val}<o:p></o:p></span></p>\r\n</td>\r\n</tr>\r\n"
        )
    out.append("</table>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n")
    for k, f in R:
        if k == "MH":
            continue
        t = esc(text_of(k, f), quote=False)
        if k == "NOTE":
            out.append(
                f"<p class=MsoNormal><span style='font-size:12.0pt'>{t}<o:p></o:p></span></p>\r\n"
            )
            if f[0].startswith("2027年"):
                out.append(
                    "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n"
                )
        elif k == "T":
            out.append(
                f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{t}<o:p></o:p></span></b></p>\r\n"
            )
        elif k in ("SP", "D"):
            out.append(
                f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:楷体_GB2312'>{t}<o:p></o:p></span></p>\r\n"
            )
        elif k == "H1":
            out.append(
                f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:黑体'>{t}<o:p></o:p></span></p>\r\n"
            )
        elif k == "R2":
            lead = esc(f[0] + f[1], quote=False)
            rest = esc(f[2], quote=False)
            out.append(
                f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:楷体_GB2312'>{lead}</span></b>"
                f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{rest}<o:p></o:p></span></p>\r\n"
            )
        elif k == "DISC":
            out.append(
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n<div style='border:none;border-top:solid windowtext 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\r\n"
                f"<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>{t}<o:p></o:p></span></p>\r\n</div>\r\n"
            )
        else:
            out.append(
                f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{t}<o:p></o:p></span></p>\r\n"
            )
    out.append("</div>\r\n</body>\r\n</html>\r\n")
    (OUT / NAMES["x08"]).write_bytes("".join(out).encode("gbk"))


# ---------------------------------------------------------------- x09 .docx, a 公文 template whose parts are content controls
def x09():
    R = rows("x09")
    sid = [100]

    def sdt_block(tag, alias, paras, placeholder=False):
        sid[0] += 1
        pr = f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{-1800000 + sid[0] * 7919}"/>'
        if placeholder:
            pr += "<w:showingPlcHdr/>"
        pr += f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-18540134{sid[0]}"/></w:placeholder><w:richText/></w:sdtPr>'
        return f"<w:sdt>{pr}<w:sdtContent>{''.join(paras)}</w:sdtContent></w:sdt>"

    hdr = [
        para(
            run(f[0], "方正小标宋简体", 36, True)
            if f[0] == "领导讲话材料"
            else run(f[0], "仿宋_GB2312", 28),
            "center",
            False,
        )
        for k, f in R
        if k == "HDR"
    ]
    hdr.append(
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr><w:jc w:val="center"/></w:pPr></w:p>'
    )
    body = [sdt_block("文头", "文头", hdr)]
    speech = []
    for k, f in R:
        if k == "T":
            body.append(sdt_block("标题", "标题", [gov_par(k, f)]))
        elif k == "SP":
            body.append(sdt_block("讲话人", "讲话人（职务　姓名）", [gov_par(k, f)]))
        elif k == "D":
            y, m, d = 2027, 7, 9
            dsdt = (
                '<w:sdt><w:sdtPr><w:alias w:val="讲话日期"/><w:tag w:val="日期"/><w:id w:val="-1577012450"/>'
                f"<w:date w:fullDate=\"{y}-{m:02d}-{d:02d}T00:00:00Z\"><w:dateFormat w:val=\"yyyy'年'M'月'd'日'\"/>"
                '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                f"<w:sdtContent>{run(f[0], '楷体_GB2312')}</w:sdtContent></w:sdt>"
            )
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{dsdt}</w:p>')
        elif k in ("HDR", "ATT"):
            continue
        else:
            speech.append(gov_par(k, f))
    body.append(sdt_block("正文", "正文", speech))
    att = [f for k, f in R if k == "ATT"][0][0]
    lab, ph = att.split("：", 1)
    body.append(
        f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>{run(lab + "：")}'
        '<w:sdt><w:sdtPr><w:alias w:val="附件"/><w:tag w:val="附件"/><w:id w:val="1520884193"/><w:showingPlcHdr/>'
        '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{ph}</w:t></w:r></w:sdtContent></w:sdt></w:p>'
    )
    extra = (
        '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
    )
    doc = doc_wrap("".join(body), SECT_A4)
    package(OUT / NAMES["x09"], doc, styles_xml(extra))


# ---------------------------------------------------------------- x10 a county portal's 政府信息公开 page
def x10():
    R = rows("x10")
    title = [f[0] for k, f in R if k == "T"][0]
    meta = [
        ("索 引 号：", "11441502MB2C3X5K7Q/2027-00418", "主题分类：", "民政、扶贫、救灾＼退役军人"),
        ("发布机构：", "泠川县退役军人事务局", "成文日期：", "2027-06-20"),
        ("标　　题：", title, None, None),
        ("文　　号：", "", "发布日期：", "2027-06-28"),
    ]
    out = [
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="2027-06-28 10:30">\n<meta name="ContentSource" content="泠川县退役军人事务局">',
        f'<title>{title}_泠川县人民政府</title>\n<link rel="stylesheet" href="/css/xxgk.css">\n</head>\n<body>',
        '<div class="topbar"><span>欢迎访问泠川县人民政府门户网站</span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a></div>',
        '<div class="header"><img src="/images/logo.png" alt="泠川县人民政府"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>',
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlc/">走进泠川</a></li></ul>',
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; 领导讲话</div>',
        '<div class="xxgk-detail">',
        '<table class="xxgk-meta" border="0" cellspacing="0" cellpadding="0">',
    ]
    for a, b, c_, d in meta:
        if c_ is None:
            out.append(f'<tr><th>{a}</th><td colspan="3">{esc(b)}</td></tr>')
        else:
            out.append(f"<tr><th>{a}</th><td>{esc(b)}</td><th>{c_}</th><td>{esc(d)}</td></tr>")
    out.append("</table>")
    out.append(f'<h1 class="article-title">{title}</h1>')
    out.append('<div class="article-content" id="zoom">')
    for k, f in R:
        if k == "T":
            continue
        if k in ("SP", "D"):
            out.append(f'<p style="text-align: center;">{esc(f[0], quote=False)}</p>')
        elif k == "H1":
            out.append(
                f'<p style="text-indent: 2em;"><strong>{esc(f[0] + f[1], quote=False)}</strong></p>'
            )
        elif k == "R2":
            out.append(
                f'<p style="text-indent: 2em;"><strong>{esc(f[0] + f[1], quote=False)}</strong>{esc(f[2], quote=False)}</p>'
            )
        else:
            out.append(f'<p style="text-indent: 2em;">{esc(f[0], quote=False)}</p>')
    out.append("</div>")
    out.append(
        '<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a>'
        '<span class="qr">扫一扫在手机打开当前页</span></div>'
    )
    out.append(
        '<div class="related"><h3>相关链接</h3><ul>'
        '<li><a href="/zwgk/xxgk/2027/0611/8812.html">泠川县退役军人事务局2026年工作总结和2027年工作计划</a><span>2027-02-10</span></li>'
        '<li><a href="/zwgk/xxgk/2027/0311/8420.html">关于做好2027年退役士兵安置工作的通知</a><span>2027-03-11</span></li>'
        '<li><a href="/zwgk/zcjd/2027/0405/8561.html">图解：退役军人创业扶持政策一图读懂</a><span>2027-04-05</span></li></ul></div>'
    )
    out.append("</div>")
    out.append(
        '<div class="footer"><p>主办：泠川县人民政府办公室　承办：泠川县政务服务数据管理局</p>'
        "<p>网站标识码：4415020003　泠ICP备05012871号-1　泠公网安备 44150202000112号</p></div>\n</body>\n</html>\n"
    )
    (OUT / NAMES["x10"]).write_text("\n".join(out), encoding="utf-8")


BUILDERS = dict(
    x01=x01, x02=x02, x03=x03, x04=x04, x05=x05, x06=x06, x07=x07, x08=x08, x09=x09, x10=x10
)

if __name__ == "__main__":
    for n in sys.argv[1:] or list(BUILDERS):
        BUILDERS[n]()
        print("built", NAMES[n])
