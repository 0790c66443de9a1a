# ruff: noqa: F841, SIM114
"""Builds texts/ from tools/src (helper mb16). Every form written by hand (XML/HTML/RTF strings,
zipfile, quopri, reportlab). Run: /work/main/.venv/bin/python tools/build.py"""

import html
import quopri
import zipfile
from pathlib import Path

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
E = html.escape


def furn(name, kind):
    return [f[1] for k, f in rows(name) if k == "F" and f[0] == kind]


def body(name):
    return [(k, f) for k, f in rows(name) if k not in ("F", "C")]


# ---------------------------------------------------------------- x01: a news site's print page
def x01():
    n = "x01"
    R = rows(n)
    lines = []
    for k, f in R:
        if k == "T":
            lines.append(
                f'<div align="center" style="font-size:18px;line-height:36px;"><strong>{E(f[0])}</strong></div>'
            )
        elif k in ("SP", "D"):
            lines.append(f'<div align="center" style="font-family:楷体;">{E(f[0])}</div>')
        elif k in ("P", "CL"):
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{E(f[0])}<br>")
        elif k == "H1":
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<strong>{E(f[0] + f[1])}</strong><br>")
        elif k == "R2":
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<strong>{E(f[0] + f[1])}</strong>{E(f[2])}<br>")
    g = lambda kind: E(furn(n, kind)[0])  # noqa: E731
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{g("head")}--打印页</title>
<style type="text/css">
body {{ margin:0; font-size:14px; font-family:宋体; }}
.logo {{ font-size:12px; color:#999; border-bottom:1px solid #ccc; }}
.tit {{ font-size:22px; font-weight:bold; color:#003366; padding:16px 0 8px 0; }}
.info {{ font-size:12px; color:#666; }}
#zoom {{ font-size:16px; line-height:30px; padding:10px 20px; }}
@media print {{ .noprint {{ display:none; }} }}
</style>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize=size+'px'; }}
</script>
</head>
<body>
<table width="680" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="logo" height="30">{g("top")}</td></tr>
  <tr><td class="tit" align="center">{g("head")}</td></tr>
  <tr><td class="info" align="center">{g("info")}</td></tr>
  <tr><td class="noprint" align="right" height="28">【字号　<a href="javascript:doZoom(18)">大</a>　<a href="javascript:doZoom(16)">中</a>　<a href="javascript:doZoom(14)">小</a>】　【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td><hr size="1" color="#cccccc"></td></tr>
  <tr>
    <td>
<div id="zoom">
{chr(10).join(lines)}
</div>
    </td>
  </tr>
  <tr><td align="right" class="info">{g("edit")}</td></tr>
  <tr><td class="noprint" align="center" height="40">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td class="info" align="center" style="border-top:1px solid #ccc;">{g("foot")}</td></tr>
</table>
</body>
</html>
"""
    (OUT / NAMES[n]).write_text(doc, encoding="utf-8")


# ---------------------------------------------------------------- docx helpers
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"'


def run(t, font="仿宋_GB2312", sz=32, b=False, color=None, extra=""):
    rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>' + (
        "<w:b/>" if b else ""
    )
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr += extra + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{E(t)}</w:t></w:r>'


def para(runs, jc=None, ind=True, extra=""):
    ppr = extra
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if ind and not jc:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr = '<w:spacing w:line="560" w:lineRule="exact"/>' + ppr
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def speech_paras(n):
    out = []
    for k, f in body(n):
        if k == "T":
            out.append(para(run(f[0], "方正小标宋简体", 44), jc="center"))
        elif k in ("SP", "D"):
            out.append(para(run(f[0], "楷体_GB2312", 32), jc="center"))
        elif k in ("P", "CL"):
            out.append(para(run(f[0])))
        elif k == "H1":
            out.append(para(run(f[0] + f[1], "黑体", 32)))
        elif k == "R1" or k == "R2":
            out.append(para(run(f[0] + f[1], "楷体_GB2312", 32, b=True) + run(f[2])))
    return out


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>"""

CT_BASE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>{extra}</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""


def core(title, creator, created):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{E(title)}</dc:title><dc:creator>{E(creator)}</dc:creator><cp:lastModifiedBy>{E(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>"""


APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""


def write_docx(
    path, document, rels_extra="", ct_extra="", parts=None, title="", creator="", created=""
):
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>{rels_extra}</Relationships>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT_BASE.format(extra=ct_extra))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("docProps/core.xml", core(title, creator, created))
        z.writestr("docProps/app.xml", APP)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/_rels/document.xml.rels", rels)
        for k, v in (parts or {}).items():
            z.writestr(k, v)


def document_xml(paras, sect):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{"".join(paras)}{sect}</w:body></w:document>"""


# ---------------------------------------------------------------- x02: 初稿 with a watermark and line numbers
def x02():
    n = "x02"
    hdr_text = furn(n, "header")[0]
    wm = furn(n, "watermark")[0]
    header = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject357922611" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:207pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="{E(wm)}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>{E(hdr_text)}</w:t></w:r></w:p></w:hdr>"""
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:lnNumType w:countBy="1" w:restart="continuous"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
    )
    write_docx(
        OUT / NAMES[n],
        document_xml(speech_paras(n), sect),
        rels_extra='<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
        ct_extra='<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
        parts={"word/header1.xml": header},
        title="安全生产约谈会讲话（初稿）",
        creator="县应急管理局",
        created="2027-05-06T08:40:00Z",
    )


# ---------------------------------------------------------------- x03: Word 2003 XML saved as .doc (OA export)
def x03():
    n = "x03"
    ps = []

    def r(t, b=False, font=None):
        rp = ""
        if font:
            rp += f'<w:rFonts w:ascii="{font}" w:fareast="{font}" w:h-ansi="{font}"/><wx:font wx:val="{font}"/>'
        if b:
            rp += "<w:b/>"
        return f"<w:r><w:rPr>{rp}</w:rPr><w:t>{E(t)}</w:t></w:r>"

    for k, f in body(n):
        if k == "T":
            ps.append(f'<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr>{r(f[0])}</w:p>')
        elif k in ("SP", "D"):
            ps.append(
                f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r(f[0], font="楷体_GB2312")}</w:p>'
            )
        elif k in ("P", "CL"):
            ps.append(
                f'<w:p><w:pPr><w:ind w:first-line-chars="200" w:first-line="640"/></w:pPr>{r(f[0])}</w:p>'
            )
        elif k == "H1":
            ps.append(
                f'<w:p><w:pPr><w:pStyle w:val="1"/><w:listPr><wx:t wx:val=""/></w:listPr></w:pPr>{r(f[0] + f[1])}</w:p>'
            )
        elif k == "H2":
            ps.append(f'<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr>{r(f[0] + f[1])}</w:p>')
    title = furn(n, "docprop")[0]
    doc = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">
<o:DocumentProperties><o:Title>{E(title)}</o:Title><o:Author>zzb_oa</o:Author><o:LastAuthor>zzb_oa</o:LastAuthor><o:Revision>1</o:Revision><o:Created>2027-03-05T09:20:00Z</o:Created><o:LastSaved>2027-03-05T09:20:00Z</o:LastSaved><o:Pages>1</o:Pages><o:Company>中共榆岙县委组织部</o:Company><o:Version>11.9999</o:Version></o:DocumentProperties>
<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="仿宋_GB2312" w:h-ansi="Times New Roman" w:cs="Times New Roman"/><w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="Modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:charset w:val="86"/><w:family w:val="Modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="楷体_GB2312"><w:charset w:val="86"/><w:family w:val="Modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="方正小标宋简体"><w:charset w:val="86"/><w:family w:val="Script"/><w:pitch w:val="fixed"/></w:font></w:fonts>
<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" w:latentStyleCount="156"/>
<w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/><wx:uiName wx:val="正文"/><w:pPr><w:widowControl w:val="off"/><w:spacing w:line="560" w:line-rule="exact"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:fareast="仿宋_GB2312" w:h-ansi="Times New Roman"/><wx:font wx:val="仿宋_GB2312"/><w:kern w:val="2"/><w:sz w:val="32"/><w:sz-cs w:val="32"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><wx:uiName wx:val="标题 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:pStyle w:val="1"/><w:keepNext/><w:ind w:first-line-chars="200" w:first-line="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:fareast="黑体" w:h-ansi="黑体"/><wx:font wx:val="黑体"/><w:kern w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><wx:uiName wx:val="标题 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:pStyle w:val="2"/><w:keepNext/><w:ind w:first-line-chars="200" w:first-line="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:fareast="楷体_GB2312" w:h-ansi="楷体_GB2312"/><wx:font wx:val="楷体_GB2312"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Title"/><wx:uiName wx:val="标题"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:pStyle w:val="a5"/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:fareast="方正小标宋简体" w:h-ansi="方正小标宋简体"/><wx:font wx:val="方正小标宋简体"/><w:sz w:val="44"/><w:sz-cs w:val="44"/></w:rPr></w:style>
</w:styles>
<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/><w:bordersDontSurroundHeader/><w:bordersDontSurroundFooter/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:punctuationKerning/><w:characterSpacingControl w:val="CompressPunctuation"/><w:optimizeForBrowser/><w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/><w:alwaysShowPlaceholderText w:val="off"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat></w:docPr>
<w:body><wx:sect>
{chr(10).join(ps)}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:line-pitch="579"/></w:sectPr></wx:sect></w:body></w:wordDocument>
"""
    (OUT / NAMES[n]).write_text(doc, encoding="utf-8")


# ---------------------------------------------------------------- x04: Chrome .mhtml, the article inside an iframe
def qp(s):
    return quopri.encodestring(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def x04():
    n = "x04"
    g = lambda kind: E(furn(n, kind)[0])  # noqa: E731
    inner = []
    for k, f in body(n):
        if k == "T":
            inner.append(f'<p class="tt" style="text-align:center;"><b>{E(f[0])}</b></p>')
        elif k in ("SP", "D"):
            inner.append(f'<p style="text-align:center;">{E(f[0])}</p>')
        elif k in ("P", "CL"):
            inner.append(f'<p style="text-indent:2em;">{E(f[0])}</p>')
        elif k == "H1":
            inner.append(f'<p style="text-indent:2em;"><b>{E(f[0] + f[1])}</b></p>')
        elif k == "R2":
            inner.append(f'<p style="text-indent:2em;"><b>{E(f[0] + f[1])}</b>{E(f[2])}</p>')
    inner.append(f'<p style="text-align:right;color:#888;">{g("after")}</p>')
    fid = "frame-6C1B0E3F9A2D4E7B8C5A1F0D3E2B4C6A@mhtml.blink"
    mid = "frame-0A9F8E7D6C5B4A39281706F5E4D3C2B1@mhtml.blink"
    url = "https://daj.yuao.gov.cn/dadt/gzdt/202703/t20270329_4412.html"
    furl = "https://daj.yuao.gov.cn/dadt/gzdt/202703/W020270329441201.html"
    outer = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-7E2A91C4-3B5D-4F60-8A1E-2C9D4B7F0E13@mhtml.blink" />
<title>全县档案工作会议召开_工作动态_榆岙县档案馆</title></head><body><div class="top"><div class="nav">{g("top")}</div></div>
<div class="crumb">{g("crumb")}</div>
<div class="article"><h1 class="art-title">{g("head")}</h1><div class="art-info">{g("info")}</div>
<p class="art-lead">{g("lead")}</p>
<div class="art-frame"><iframe id="contentFrame" name="contentFrame" src="cid:{mid}" width="100%" height="3600" frameborder="0" scrolling="no"></iframe></div>
<div class="art-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div>
<div class="footer">{g("foot")}</div></body></html>"""
    frame = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>body{{font-family:仿宋;font-size:16pt;line-height:1.8;}}</style></head><body><div class="TRS_Editor">
{chr(10).join(inner)}
</div></body></html>"""
    css = '@charset "utf-8";\n.top { background: rgb(0, 63, 120); }\n.art-title { font-size: 24px; text-align: center; }\n'
    b = "----MultipartBoundary--Qw3Zx9LmT4vB8nR2kY6pJ1sD5hF0gC7aE----"
    subj = (
        "=?utf-8?Q?"
        + "".join(f"={c:02X}" for c in "全县档案工作会议召开_工作动态_榆岙县档案馆".encode())
        + "?="
    )
    msg = f"""From: <Saved by Blink>
Snapshot-Content-Location: {url}
Subject: {subj}
Date: Tue, 30 Mar 2027 09:12:44 +0800
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{b}"


--{b}
Content-Type: text/html
Content-ID: <{fid}>
Content-Transfer-Encoding: quoted-printable
Content-Location: {url}

{qp(outer)}
--{b}
Content-Type: text/css
Content-Transfer-Encoding: quoted-printable
Content-Location: cid:css-7E2A91C4-3B5D-4F60-8A1E-2C9D4B7F0E13@mhtml.blink

{qp(css)}
--{b}
Content-Type: text/html
Content-ID: <{mid}>
Content-Transfer-Encoding: quoted-printable
Content-Location: {furl}

{qp(frame)}
--{b}--
"""
    (OUT / NAMES[n]).write_bytes(msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"))


# ---------------------------------------------------------------- x05: a WeChat chat exported to .txt
def x05():
    n = "x05"
    out, cur = [], None
    for k, f in rows(n):
        if k == "C" and f[0] == "head":
            out.append(f[1])
        elif k == "C" and f[0] == "day":
            out += ["", f[1]]
        elif k == "C" and f[0] == "who":
            out += ["", f[1]]
        elif k == "C":
            out.append(f[1])
        else:
            out.append("".join(f[:1]) if k in ("T", "SP", "D", "P", "CL") else "".join(f))
    (OUT / NAMES[n]).write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- x06: a web page printed to PDF by the browser
def x06():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    n = "x06"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    Wd, H = A4
    L, Rm, T, B = 40, 40, 48, 48
    width = Wd - L - Rm
    items = []  # (text, size, align, indent_first)
    items.append((furn(n, "top")[0], 8.5, "left", 0))
    items.append((furn(n, "crumb")[0], 8.5, "left", 0))
    items.append((furn(n, "head")[0], 15, "center", 0))
    items.append((furn(n, "info")[0], 8.5, "center", 0))
    for k, f in body(n):
        if k == "T":
            items.append((f[0], 13, "center", 0))
        elif k in ("SP", "D"):
            items.append((f[0], 11, "center", 0))
        elif k in ("P", "CL"):
            items.append((f[0], 11, "body", 1))
        elif k == "H1":
            items.append((f[0] + f[1], 11, "body", 1))
        elif k == "R2":
            items.append((f[0] + f[1] + f[2], 11, "body", 1))
    items.append((furn(n, "tool")[0], 8.5, "center", 0))
    items.append((furn(n, "foot")[0], 8.5, "center", 0))

    def wrap(t, size, first_indent):
        lines, cur, avail = [], "", width - first_indent
        for ch in t:
            if pdfmetrics.stringWidth(cur + ch, F, size) > avail and ch not in "，。、；：！？”）":
                lines.append(cur)
                cur, avail = "", width
            cur += ch
        lines.append(cur)
        return lines

    laid = []
    for t, size, align, ind in items:
        fi = 2 * size if ind else 0
        for i, ln in enumerate(wrap(t, size, fi)):
            laid.append((ln, size, align, fi if i == 0 else 0))
        laid.append(None)
    pages, cur, y = [], [], H - T - 10
    for it in laid:
        if it is None:
            y -= 4
            continue
        lh = it[1] * 1.75
        if y - lh < B + 10:
            pages.append(cur)
            cur, y = [], H - T - 10
        y -= lh
        cur.append((it, y))
    pages.append(cur)
    c = canvas.Canvas(str(OUT / NAMES[n]), pagesize=A4)
    c.setCreator(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    )
    c.setProducer("Skia/PDF m131")
    c.setTitle("卞雨桐在全县医保基金监管工作会议上的讲话_榆岙县医疗保障局")
    url = "https://www.yuao.gov.cn/ybj/zwgk/ldjh/202706/t20270611_88213.html"
    for pi, pg in enumerate(pages):
        c.setFont(F, 7.5)
        c.drawString(22, H - 20, "2027/6/15 09:31")
        c.drawCentredString(
            Wd / 2, H - 20, "卞雨桐在全县医保基金监管工作会议上的讲话_榆岙县医疗保障局"
        )
        c.drawString(22, 16, url)
        c.drawRightString(Wd - 22, 16, f"{pi + 1}/{len(pages)}")
        for (ln, size, align, fi), yy in pg:
            c.setFont(F, size)
            if align == "center":
                c.drawCentredString(Wd / 2, yy, ln)
            else:
                c.drawString(L + fi, yy, ln)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- x07: Notion export .md
def x07():
    n = "x07"
    R = rows(n)
    out = []
    t = [f[0] for k, f in R if k == "T"][0]
    out += [f"# {t}", ""]
    out += [f[1] for k, f in R if k == "F" and f[0] == "prop"]
    out.append("")
    for k, f in R:
        if k == "T" or (k == "F" and f[0] == "prop"):
            continue
        if k == "F" and f[0] in ("callout", "callout2"):
            out += ["<aside>", f[1], "", "</aside>", ""]
        elif k == "F" and f[0] == "prompt":
            out += [f"*{f[1]}*", ""]
        elif k in ("SP", "D", "P", "CL"):
            out += [f[0], ""]
        elif k == "H1":
            out += [f"## {f[0]}{f[1]}", ""]
        elif k == "H2":
            out += [f"### {f[0]}{f[1]}", ""]
        elif k == "LI":
            out.append(f[0])
            if R[R.index((k, f)) + 1][0] != "LI":
                out.append("")
    (OUT / NAMES[n]).write_text("\n".join(out).rstrip("\n") + "\n", encoding="utf-8")


# ---------------------------------------------------------------- x08: WordPad .rtf
def rtf_gbk(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch if ch not in "\\{}" else "\\" + ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def x08():
    n = "x08"
    ps = []
    for k, f in body(n):
        if k == "T":
            ps.append(
                r"\pard\sa200\sl276\slmult1\qc\b\f1\fs44 " + rtf_gbk(f[0]) + r"\b0\f0\fs32\par"
            )
        elif k in ("SP", "D"):
            ps.append(r"\pard\sa200\sl276\slmult1\qc\f2 " + rtf_gbk(f[0]) + r"\f0\par")
        elif k in ("P", "CL"):
            ps.append(r"\pard\sa200\sl276\slmult1\fi640 " + rtf_gbk(f[0]) + r"\par")
        elif k == "H1":
            ps.append(
                r"\pard\sa200\sl276\slmult1\fi640\b\f3 " + rtf_gbk(f[0] + f[1]) + r"\b0\f0\par"
            )
        elif k == "R2":
            ps.append(
                r"\pard\sa200\sl276\slmult1\fi640\b "
                + rtf_gbk(f[0] + f[1])
                + r"\b0 "
                + rtf_gbk(f[2])
                + r"\par"
            )
    head = (
        r"{\rtf1\ansi\ansicpg936\deff0\nouicompat\deflang1033\deflangfe2052{\fonttbl{\f0\fnil\fcharset134 "
        + rtf_gbk("仿宋_GB2312")
        + r";}{\f1\fnil\fcharset134 "
        + rtf_gbk("方正小标宋简体")
        + r";}{\f2\fnil\fcharset134 "
        + rtf_gbk("楷体_GB2312")
        + r";}{\f3\fnil\fcharset134 "
        + rtf_gbk("黑体")
        + r";}}"
        + "\r\n"
        + r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 "
        + "\r\n"
    )
    first = ps[0].replace(r"\pard", r"\pard\lang2052", 1)
    doc = (
        head
        + "\r\n".join([first] + ps[1:])
        + "\r\n"
        + r"\pard\sa200\sl276\slmult1\par"
        + "\r\n}\r\n\x00"
    )
    (OUT / NAMES[n]).write_bytes(doc.encode("ascii"))


# ---------------------------------------------------------------- x09: .odt, title and date in text-box frames
def x09():
    n = "x09"
    B = body(n)
    t = [f[0] for k, f in B if k == "T"][0]
    sp = [f[0] for k, f in B if k == "SP"][0]
    d = [f[0] for k, f in B if k == "D"][0]
    ps = [
        '<text:p text:style-name="P0"><draw:frame draw:style-name="fr1" draw:name="标题框" text:anchor-type="paragraph" svg:x="0cm" svg:y="0.2cm" svg:width="15.9cm" svg:height="2.4cm" draw:z-index="0"><draw:text-box>'
        f'<text:p text:style-name="PTitle">{E(t)}</text:p></draw:text-box></draw:frame>'
        '<draw:frame draw:style-name="fr1" draw:name="署名日期框" text:anchor-type="paragraph" svg:x="3.9cm" svg:y="2.9cm" svg:width="8cm" svg:height="2cm" draw:z-index="1"><draw:text-box>'
        f'<text:p text:style-name="PSign">{E(sp)}</text:p><text:p text:style-name="PSign">{E(d)}</text:p></draw:text-box></draw:frame></text:p>'
    ]
    for k, f in B:
        if k in ("P", "CL"):
            ps.append(f'<text:p text:style-name="PBody">{E(f[0])}</text:p>')
        elif k == "H1":
            ps.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{E(f[0] + f[1])}</text:h>'
            )
        elif k == "H2":
            ps.append(
                f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{E(f[0] + f[1])}</text:h>'
            )
        elif k == "R2":
            ps.append(
                f'<text:p text:style-name="PBody"><text:span text:style-name="TBold">{E(f[0] + f[1])}</text:span>{E(f[2])}</text:p>'
            )
    NS = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
    )
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:automatic-styles>
<style:style style:name="P0" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="5.4cm"/></style:style>
<style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Frame_20_contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="PSign" style:family="paragraph" style:parent-style-name="Frame_20_contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="PBody" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.98cm" fo:line-height="0.99cm"/></style:style>
<style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-name-asian="楷体_GB2312"/></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties fo:border="none" style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left" fo:padding="0cm"/></style:style>
</office:automatic-styles><office:body><office:text>
{chr(10).join(ps)}
</office:text></office:body></office:document-content>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-indent="0.98cm"/><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-indent="0.98cm"/><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Frame" style:family="graphic"/>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">{E(furn(n, "header")[0])}</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><dc:title>防范非法集资会议讲话</dc:title><meta:creation-date>2027-06-19T15:02:11</meta:creation-date></office:meta></office:document-meta>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>"""
    with zipfile.ZipFile(OUT / NAMES[n], "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        for nm, data in (
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(nm, data, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- x10: a 大会简报 .docx with a drop cap
def x10():
    n = "x10"
    ps = []
    ps.append(para(run(furn(n, "brief")[0], "方正小标宋简体", 72, color="FF0000"), jc="center"))
    ps.append(para(run(furn(n, "issue")[0], "楷体_GB2312", 32), jc="center"))
    ps.append(
        para(
            run(furn(n, "issuer")[0], "楷体_GB2312", 28),
            ind=False,
            extra='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/></w:pBdr>',
        )
    )
    ps.append(para(run(furn(n, "lead")[0], "楷体_GB2312", 28)))
    for k, f in body(n):
        if k == "T":
            ps.append(para(run(f[0], "方正小标宋简体", 40), jc="center"))
        elif k in ("SP", "D"):
            ps.append(para(run(f[0], "楷体_GB2312", 32), jc="center"))
        elif k in ("P", "CL"):
            ps.append(para(run(f[0])))
        elif k == "DC":
            ps.append(
                '<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
                '<w:spacing w:line="1680" w:lineRule="exact"/><w:textAlignment w:val="baseline"/></w:pPr>'
                + run(
                    f[0][0],
                    "方正小标宋简体",
                    126,
                    color="C00000",
                    extra='<w:position w:val="-18"/>',
                )
                + "</w:p>"
            )
            ps.append(para(run(f[0][1:]), ind=False))
        elif k == "R1":
            ps.append(para(run(f[0] + f[1], "黑体", 32) + run(f[2])))
    ps.append(
        para(
            run(furn(n, "foot")[0], "仿宋_GB2312", 24),
            ind=False,
            extra='<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="auto"/></w:pBdr>',
        )
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
    )
    write_docx(
        OUT / NAMES[n],
        document_xml(ps, sect),
        title="大会简报第6期",
        creator="大会秘书处",
        created="2027-05-04T10:05:00Z",
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for fn in (x01, x02, x03, x04, x05, x06, x07, x08, x09, x10):
        fn()
        print("built", fn.__name__)
