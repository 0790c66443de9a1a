# ruff: noqa: B007  (the set writer's tools, kept as written; see the README)
"""Build modern13's .docx, .odt, .txt and .md files from tools/src/xNN.txt (helper mb13).
Run from the set's folder: python tools/build.py  (x01 x05 x06 x07 x09 x10; web.py makes x02
x08, pdfs.py x03 x04). Every .docx/.odt part is written by hand, as strings."""

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
OUT.mkdir(exist_ok=True)
TMP = Path("/tmp/mb13_build")
TMP.mkdir(exist_ok=True, parents=True)

FS, HT, KT, XB, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
NSDECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)


def rpr(face=FS, size=16, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:hint="eastAsia"/>'
        f'{b}<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'
    )


def run(text, face=FS, size=16, bold=False):
    return f'<w:r>{rpr(face, size, bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    runs,
    align="both",
    indent=True,
    style=None,
    extra="",
    spacing='<w:spacing w:line="560" w:lineRule="exact"/>',
):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else ""
    return f'<w:p><w:pPr>{st}{extra}{spacing}{ind}<w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs><w:ind w:leftChars="200" w:left="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="TOC Heading"/><w:basedOn w:val="1"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="a5"><w:name w:val="Hyperlink"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="header"/><w:basedOn w:val="a"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="a8"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="a9"><w:name w:val="Table Grid"/><w:basedOn w:val="a8"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

PGSZ = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>'
GRID = '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>'


def hdr_xml(kind, inner):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {W_NS} {R_NS}>{inner}</{tag}>'


PAGE_FOOTER = (
    '<w:p><w:pPr><w:pStyle w:val="a7"/></w:pPr>'
    + run("— ", ST, 14)
    + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    + run(" —", ST, 14)
    + "</w:p>"
)

HDR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
FTR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
HDR_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FTR_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"


def write_docx(
    path,
    body,
    *,
    parts=None,
    rels=None,
    ctypes=None,
    settings="",
    app="Microsoft Office Word",
    author="作者",
):
    parts = parts or {}
    rels = rels or []
    ctypes = ctypes or []
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NSDECL}><w:body>{body}</w:body></w:document>'
    rel_xml = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    ct_over = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in ctypes)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        + ct_over
        + "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        + rel_xml
        + "</Relationships>",
        "word/document.xml": doc,
        "word/styles.xml": STYLES,
        "word/settings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W_NS}>{settings}<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
        "docProps/core.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>5</cp:revision></cp:coreProperties>',
        "docProps/app.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{app}</Application><DocSecurity>0</DocSecurity></Properties>',
    }
    files.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)


def body_para(k, f):
    """A normal speech paragraph of the docx forms (P/CL/R1/R2/L)."""
    if k in ("R1", "R2"):
        return para(run(f[0] + f[1], KT if k == "R2" else HT, 16, k == "R2") + run(f[2]))
    if k == "L":
        return para(run(f[0] + f[1]))
    return para(run(f[0]))


# ------------------------------------------------------------------ x01: TOC field + Heading styles
def build_x01():
    rs = rows("x01")
    heads = [(k, f) for k, f in rs if k in ("H1", "H2")]
    # page each heading falls on: a page holds about 480 characters of this layout
    pos, cum, pages = {}, 0, []
    for k, f in rs:
        if k in ("H1", "H2"):
            pages.append(3 + cum // 480)
        cum += len("".join(f)) + 20
    toc = [para(run("目　　录", HT, 22), "center", False, "a4")]
    for i, ((k, f), pg) in enumerate(zip(heads, pages)):
        bm = f"_Toc{220417 + i * 13:09d}"
        pos[i] = bm
        st = "10" if k == "H1" else "20"
        first = ""
        if i == 0:
            first = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        link = (
            f'<w:hyperlink w:anchor="{bm}" w:history="1"><w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:t xml:space="preserve">{escape(f[0] + f[1])}</w:t></w:r>'
            f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{pg}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        toc.append(
            f'<w:p><w:pPr><w:pStyle w:val="{st}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs><w:spacing w:line="480" w:lineRule="exact"/></w:pPr>{first}{link}</w:p>'
        )
    toc.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    toc.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    body = list(toc)
    hi = 0
    for k, f in rs:
        if k == "T":
            body.append(para(run(f[0], XB, 22), "center", False, "a3"))
        elif k == "SUB" or k in ("SP", "D"):
            body.append(para(run(f[0], KT, 16), "center", False))
        elif k in ("H1", "H2"):
            bm = pos[hi]
            st = "1" if k == "H1" else "2"
            face = HT if k == "H1" else KT
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="{st}"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
                f'<w:bookmarkStart w:id="{hi}" w:name="{bm}"/>{run(f[0] + f[1], face, 16)}<w:bookmarkEnd w:id="{hi}"/></w:p>'
            )
            hi += 1
        else:
            body.append(body_para(k, f))
    body.append(
        f'<w:sectPr><w:footerReference w:type="default" r:id="rId10"/>{PGSZ}<w:pgNumType w:start="1"/>{GRID}</w:sectPr>'
    )
    write_docx(
        OUT / NAMES["x01"],
        "".join(body),
        parts={"word/footer1.xml": hdr_xml("footer", PAGE_FOOTER)},
        rels=[("rId10", FTR_RT, "footer1.xml")],
        ctypes=[("/word/footer1.xml", FTR_CT)],
        author="团县委办公室",
    )


# ------------------------------------------------------------------ x06: 稿纸 — one-cell layout tables, two sections, first-page header
def cell_table(inner, rows_min=0):
    borders = (
        '<w:tblBorders><w:top w:val="double" w:sz="12" w:space="0" w:color="C00000"/><w:left w:val="double" w:sz="12" w:space="0" w:color="C00000"/>'
        '<w:bottom w:val="double" w:sz="12" w:space="0" w:color="C00000"/><w:right w:val="double" w:sz="12" w:space="0" w:color="C00000"/></w:tblBorders>'
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/>{borders}<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="12600" w:hRule="atLeast"/></w:trPr>'
        f'<w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/></w:tcPr>{inner}</w:tc></w:tr></w:tbl>'
    )


def ruled(runs, align="both", indent=True):
    """A 稿纸 line: each paragraph underlined by a thin bottom border like ruled paper."""
    bdr = '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="E06666"/></w:pBdr>'
    return para(runs, align, indent, extra=bdr)


def build_x06():
    rs = rows("x06")
    head, rest = [], []
    for k, f in rs:
        if k == "T":
            head.append(ruled(run(f[0], XB, 20), "center", False))
        elif k in ("SP", "D"):
            head.append(ruled(run(f[0], KT, 16), "center", False))
        else:
            rest.append(
                ruled(
                    run(f[0] + f[1], FS, 16, True) + run(f[2])
                    if k in ("R1", "R2")
                    else run("".join(f))
                )
            )
    usage = ruled(
        run("用途：大会讲话　　　　起草：县人武部政工科　　　　审核：县政府办公室", ST, 10),
        "left",
        False,
    )
    sec1 = (
        f'<w:p><w:pPr><w:sectPr><w:headerReference w:type="first" r:id="rId11"/><w:headerReference w:type="default" r:id="rId12"/>'
        f'<w:footerReference w:type="default" r:id="rId13"/>{PGSZ}<w:pgBorders w:offsetFrom="page"><w:top w:val="single" w:sz="18" w:space="24" w:color="C00000"/>'
        '<w:left w:val="single" w:sz="18" w:space="24" w:color="C00000"/><w:bottom w:val="single" w:sz="18" w:space="24" w:color="C00000"/><w:right w:val="single" w:sz="18" w:space="24" w:color="C00000"/></w:pgBorders>'
        f"<w:titlePg/>{GRID}</w:sectPr></w:pPr></w:p>"
    )
    # first section: the head block and the first paragraphs; second section (new page): the rest
    body = [
        cell_table("".join(head) + usage + "".join(rest[:3])),
        sec1,
        cell_table("".join(rest[3:])),
    ]
    body.append(
        f'<w:sectPr><w:headerReference w:type="default" r:id="rId12"/><w:footerReference w:type="default" r:id="rId13"/>{PGSZ}<w:pgNumType w:start="2"/>{GRID}</w:sectPr>'
    )
    h_first = hdr_xml(
        "header",
        '<w:p><w:pPr><w:pStyle w:val="a6"/></w:pPr>'
        + run("鹤汀县人民政府办公室　讲话稿专用纸", XB, 12)
        + "</w:p>",
    )
    h_def = hdr_xml(
        "header",
        '<w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="right"/></w:pPr>'
        + run("讲话稿（续页）", ST, 9)
        + "</w:p>",
    )
    write_docx(
        OUT / NAMES["x06"],
        "".join(body),
        parts={
            "word/header1.xml": h_first,
            "word/header2.xml": h_def,
            "word/footer1.xml": hdr_xml("footer", PAGE_FOOTER),
        },
        rels=[
            ("rId11", HDR_RT, "header1.xml"),
            ("rId12", HDR_RT, "header2.xml"),
            ("rId13", FTR_RT, "footer1.xml"),
        ],
        ctypes=[
            ("/word/header1.xml", HDR_CT),
            ("/word/header2.xml", HDR_CT),
            ("/word/footer1.xml", FTR_CT),
        ],
        author="县人武部政工科",
    )


# ------------------------------------------------------------------ x10: 会议纪要-like table at the top, 附件 at the end
def build_x10():
    rs = rows("x10")
    body = [para(run("县委第三巡察组巡察县农业农村局党组工作动员会", XB, 18), "center", False)]
    trs = []
    for k, f in rs:
        if k == "TAB":
            trs.append(
                f'<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:vAlign w:val="center"/></w:tcPr>'
                f'{para(run(f[0], HT, 14), "center", False, spacing="")}</w:tc><w:tc><w:tcPr><w:tcW w:w="7044" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{para(run(f[1], FS, 14), "left", False, spacing="")}</w:tc></w:tr>'
            )
    body.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="a9"/><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblLook w:val="04A0"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="7044"/></w:tblGrid>'
        + "".join(trs)
        + "</w:tbl>"
    )
    body.append(para("", indent=False))
    for k, f in rs:
        if k == "TAB":
            continue
        if k == "T":
            body.append(para(run(f[0], XB, 22), "center", False))
        elif k == "SP":
            body.append(para(run(f[0], KT, 16), "center", False))
        elif k in ("H1",):
            body.append(para(run(f[0] + f[1], HT, 16)))
        elif k == "ATT":
            body.append(para(run(f[0]), "left", f[0].startswith("附件")))
        else:
            body.append(body_para(k, f))
    body.append(
        f'<w:sectPr><w:footerReference w:type="default" r:id="rId10"/>{PGSZ}{GRID}</w:sectPr>'
    )
    write_docx(
        OUT / NAMES["x10"],
        "".join(body),
        parts={"word/footer1.xml": hdr_xml("footer", PAGE_FOOTER)},
        rels=[("rId10", FTR_RT, "footer1.xml")],
        ctypes=[("/word/footer1.xml", FTR_CT)],
        author="县委巡察办",
    )


# ------------------------------------------------------------------ x05: .odt with tracked changes and comments
CHG = []
ANN = [0]
AUTH = [("卓远帆", "2027-01-05T16:42:00"), ("市委组织部干部一科　周若愚", "2027-01-05T21:10:00")]


def ci(n):
    a, d = AUTH[n]
    return f"<office:change-info><dc:creator>{a}</dc:creator><dc:date>{d}</dc:date></office:change-info>"


def odt_inline(s):
    out, pos = [], 0
    for m in re.finditer(r"\{(INS|DEL|CMT):([^}]*)\}", s):
        out.append(escape(s[pos : m.start()]))
        kind, val = m.group(1), m.group(2)
        cid = f"ct{len(CHG) + 1:03d}"
        if kind == "INS":
            CHG.append(
                f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion>{ci(1)}</text:insertion></text:changed-region>'
            )
            out.append(
                f'<text:change-start text:change-id="{cid}"/>{escape(val)}<text:change-end text:change-id="{cid}"/>'
            )
        elif kind == "DEL":
            CHG.append(
                f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>{ci(1)}<text:p text:style-name="Body">{escape(val)}</text:p></text:deletion></text:changed-region>'
            )
            out.append(f'<text:change text:change-id="{cid}"/>')
        else:
            anchor, note = val.split("^", 1)
            ANN[0] += 1
            nm = f"__Annotation__{ANN[0]}_{1903 + ANN[0] * 7}"
            out.append(
                f'<office:annotation office:name="{nm}"><dc:creator>{AUTH[1][0]}</dc:creator><dc:date>{AUTH[1][1]}</dc:date>'
                f'<text:p text:style-name="Comment">{escape(note)}</text:p></office:annotation>{escape(anchor)}<office:annotation-end office:name="{nm}"/>'
            )
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" xmlns:officeooo="http://openoffice.org/2009/office" office:version="1.3"'
)


def build_x05():
    CHG.clear()
    ANN[0] = 0
    paras = []
    rs = rows("x05")
    for i, (k, f) in enumerate(rs):
        if k.startswith("~"):
            # a paragraph deleted whole: its text lives only in the changed-region, the mark ends the paragraph before
            cid = f"ct{len(CHG) + 1:03d}"
            CHG.append(
                f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>{ci(1)}<text:p text:style-name="Body"/>'
                f'<text:p text:style-name="Body">{escape("".join(f))}</text:p></text:deletion></text:changed-region>'
            )
            paras[-1] = paras[-1].replace(
                "</text:p>", f'<text:change text:change-id="{cid}"/></text:p>'
            )
            continue
        ins_whole = k.startswith("+")
        k = k.lstrip("+")
        if k == "T":
            p = f'<text:p text:style-name="Title">{odt_inline(f[0])}</text:p>'
        elif k in ("SP", "D"):
            p = f'<text:p text:style-name="Center">{odt_inline(f[0])}</text:p>'
        elif k == "H1":
            p = f'<text:p text:style-name="H1Body">{odt_inline(f[0] + f[1])}</text:p>'
        elif k in ("R1", "R2"):
            p = f'<text:p text:style-name="Body"><text:span text:style-name="Lead">{odt_inline(f[0] + f[1])}</text:span>{odt_inline(f[2])}</text:p>'
        else:
            p = f'<text:p text:style-name="Body">{odt_inline(f[0])}</text:p>'
        if ins_whole:
            cid = f"ct{len(CHG) + 1:03d}"
            CHG.append(
                f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion>{ci(1)}</text:insertion></text:changed-region>'
            )
            paras[-1] = paras[-1].replace(
                "</text:p>", f'<text:change-start text:change-id="{cid}"/></text:p>'
            )
            p = p.replace("</text:p>", f'<text:change-end text:change-id="{cid}"/></text:p>')
        paras.append(p)
    auto = '<office:automatic-styles><style:style style:name="Lead" style:family="text"><style:text-properties fo:font-weight="bold" style:font-name-asian="楷体_GB2312" style:font-weight-asian="bold"/></style:style></office:automatic-styles>'
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}><office:font-face-decls/>{auto}<office:body><office:text>'
        f'<text:tracked-changes text:track-changes="true">{"".join(CHG)}</text:tracked-changes>'
        f'<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>'
        + "".join(paras)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties fo:font-size="16pt" style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="0.2252in" fo:line-height="28pt"/></style:style>'
        '<style:style style:name="H1Body" style:family="paragraph" style:parent-style-name="Body"><style:text-properties style:font-name-asian="黑体"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt" style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>'
        '<style:style style:name="Comment" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>'
        '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        "<office:meta><meta:generator>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</meta:generator><dc:creator>周若愚</dc:creator>"
        "<meta:creation-date>2027-01-04T10:05:00</meta:creation-date><dc:date>2027-01-05T21:12:00</dc:date><meta:editing-cycles>7</meta:editing-cycles></office:meta></office:document-meta>"
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
        '<office:settings><config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="RecordChanges" config:type="boolean">true</config:config-item>'
        '<config:config-item config:name="ShowChanges" config:type="boolean">true</config:config-item></config:config-item-set></office:settings></office:document-settings>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(OUT / NAMES["x05"], "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        for n, d in (
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("settings.xml", settings),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(n, d, compress_type=zipfile.ZIP_DEFLATED)


# ------------------------------------------------------------------ x07: GB18030 (characters outside GBK), CR-only line ends
def build_x07():
    lines = []
    for k, f in rows("x07"):
        if k == "T":
            lines.append("　　　" + f[0])
        elif k in ("SP", "D"):
            lines.append("　　　　　　　　" + f[0])
        elif k == "P" and f[0] == "同志们：":
            lines.append(f[0])
        else:
            lines.append("　　" + "".join(f))
    text = "\r".join(lines) + "\r"
    data = text.encode("gb18030")
    try:
        text.encode("gbk")
        raise SystemExit("x07 must hold characters outside GBK")
    except UnicodeEncodeError:
        pass
    (OUT / NAMES["x07"]).write_bytes(data)


# ------------------------------------------------------------------ x09: Markdown exported from a 飞书 wiki page
def md_inline(s, fns):
    def fn(m):
        fns.append(m.group(1))
        return f"[^{len(fns)}]"

    return re.sub(r"\{FN:([^}]*)\}", fn, s)


def build_x09():
    out, fns = [], []
    for k, f in rows("x09"):
        if k == "T":
            out += [f"# {f[0]}", ""]
        elif k == "NOTE":
            out += ["> [!NOTE]", f"> **编辑说明**：{f[0]}", ""]
        elif k == "SP":
            out += [f"**{f[0]}**", ""]
        elif k == "D":
            out += [f[0], ""]
        elif k == "DETAILS":
            items = f[1].split("；")
            out += ["<details>", f"<summary>{f[0]}</summary>", ""]
            out += [f"- {it.rstrip('。')}" for it in items]
            out += ["", "</details>", ""]
        elif k == "H1":
            out += [f"## {f[0]}{f[1]}", ""]
        elif k == "H2":
            out += [f"{f[0]} **{f[1]}**  ", f"   {md_inline(f[2], fns)}", ""]
        elif k == "L3":
            out += [f"   {f[0]} {md_inline(f[1], fns)}"]
        else:
            if out and out[-1].startswith("   ") and re.match(r"   \d\.", out[-1]):
                out.append("")
            out += [md_inline(f[0], fns), ""]
    out.append("---")
    out.append("")
    for i, t in enumerate(fns, 1):
        out.append(f"[^{i}]: {t}")
    out.append("")
    (OUT / NAMES["x09"]).write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    build_x01()
    build_x05()
    build_x06()
    build_x07()
    build_x09()
    build_x10()
    print("ok")
