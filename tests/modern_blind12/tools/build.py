"""Build modern12's files from tools/src/xNN.txt (helper mb12, session 48).
Run from the set's folder: python tools/build.py  (all ten forms; intermediates in /tmp/mb12_build).
Every .docx is written part by part (no template); the .doc, .pdf go through
`libreoffice --headless`; the .odt, .ofd, .html, .mht and .txt are written byte by byte."""

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from common import rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
TMP = Path("/tmp/mb12_build")
TMP.mkdir(exist_ok=True, parents=True)

NAMES = {
    "x01": "x01_investment_promotion_address_newspaper.pdf",
    "x02": "x02_post_competition_speech_utf16_wrapped.txt",
    "x03": "x03_life_meeting_comments_tracked_moves.docx",
    "x04": "x04_flood_video_dispatch_redhead.ofd",
    "x05": "x05_work_style_mobilization_textboxes.docx",
    "x06": "x06_model_representative_wechat.html",
    "x07": "x07_party_school_graduation_outline.odt",
    "x08": "x08_grassroots_symposium_wps_plaintext.txt",
    "x09": "x09_spring_festival_gathering_ie.mht",
    "x10": "x10_integrity_talk_autonumber.doc",
}

FS, HT, KT, XB = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"
AUTHOR, ADATE = "罗青禾", "2027-01-12T09:30:00Z"

# ------------------------------------------------------------------ docx writing
NSDECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def rpr(face=FS, size=16, bold=False, color=None, extra=""):
    b = "<w:b/><w:bCs/>" if bold else ""
    c = f'<w:color w:val="{color}"/>' if color else ""
    return (
        f'<w:rPr>{extra}<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" '
        f'w:hint="eastAsia"/>{b}{c}<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'
    )


def run(text, face=FS, size=16, bold=False, color=None, tag="w:t"):
    return f'<w:r>{rpr(face, size, bold, color)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ppr(align=None, indent=True, extra="", inner=""):
    jc = f'<w:jc w:val="{align}"/>' if align else '<w:jc w:val="both"/>'
    ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else ""
    return f'<w:pPr>{extra}<w:spacing w:line="560" w:lineRule="exact"/>{ind}{jc}{inner}</w:pPr>'


def para(runs, align=None, indent=True, extra="", inner=""):
    return f"<w:p>{ppr(align, indent, extra, inner)}{runs}</w:p>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="a3"><w:name w:val="annotation reference"/><w:basedOn w:val="a0"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="annotation text"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
</w:styles>"""

SECT_A4 = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
    'w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>'
    '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>'
)


def write_docx(
    path,
    body,
    *,
    parts=None,
    rels=None,
    ctypes=None,
    settings="",
    app="Microsoft Office Word",
    core_author="作者",
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
        "docProps/core.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{core_author}</dc:creator><cp:lastModifiedBy>{core_author}</cp:lastModifiedBy><cp:revision>3</cp:revision></cp:coreProperties>',
        "docProps/app.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{app}</Application><DocSecurity>0</DocSecurity></Properties>',
    }
    files.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)


def lo_convert(src, fmt, outdir):
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
        timeout=240,
    )


# ------------------------------------------------------------------ x03: tracked changes
REV = [100]


def rid():
    REV[0] += 1
    return REV[0]


CMTS = []


def tracked_runs(text, face=FS, bold=False, size=16):
    """{INS:} {DEL:} {CMT:anchor^comment} to w:ins / w:del / comment ranges."""
    out = []
    pos = 0
    for m in re.finditer(r"\{(INS|DEL|CMT):([^}]*)\}", text):
        if m.start() > pos:
            out.append(run(text[pos : m.start()], face, size, bold))
        kind, val = m.group(1), m.group(2)
        if kind == "INS":
            out.append(
                f'<w:ins w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}">{run(val, face, size, bold)}</w:ins>'
            )
        elif kind == "DEL":
            out.append(
                f'<w:del w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}">{run(val, face, size, bold, tag="w:delText")}</w:del>'
            )
        else:
            anchor, note = val.split("^", 1)
            cid = len(CMTS)
            CMTS.append(note)
            out.append(
                f'<w:commentRangeStart w:id="{cid}"/>{run(anchor, face, size, bold)}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
            )
        pos = m.end()
    if pos < len(text):
        out.append(run(text[pos:], face, size, bold))
    return "".join(out)


def build_x03():
    body = []
    for k, f in rows("x03"):
        deleted = k.startswith("~")
        move = None
        if k in ("MF", "MT"):
            move, k, f = k, f[0], f[1:]
        pchange = k.endswith("!")
        k = k.lstrip("~").rstrip("!")
        if k == "T":
            body.append(para(run(f[0], XB, 22), "center", False))
            continue
        if k in ("SP", "D"):
            body.append(para(run(f[0], KT, 16), "center", False))
            continue
        if k == "H1":
            runs = tracked_runs(f[0] + f[1], HT)
        elif k == "R2":
            runs = tracked_runs(f[0] + f[1], KT, bold=True) + tracked_runs(f[2])
        else:
            runs = tracked_runs(f[0])
        mark = ""
        inner = ""
        if pchange:
            inner = (
                f'<w:pPrChange w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}"><w:pPr>'
                '<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:pPrChange>'
            )
        if deleted:
            runs = re.sub(
                r"<w:t xml:space=\"preserve\">(.*?)</w:t>",
                r'<w:delText xml:space="preserve">\1</w:delText>',
                runs,
            )
            runs = f'<w:del w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}">{runs}</w:del>'
            mark = f'<w:rPr><w:del w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}"/></w:rPr>'
        if move:
            tag = "moveFrom" if move == "MF" else "moveTo"
            i1, i2 = rid(), rid()
            runs = f'<w:{tag} w:id="{i2}" w:author="{AUTHOR}" w:date="{ADATE}">{runs}</w:{tag}>'
            mark = f'<w:rPr><w:{tag} w:id="{rid()}" w:author="{AUTHOR}" w:date="{ADATE}"/></w:rPr>'
            body.append(
                f'<w:{tag}RangeStart w:id="{i1}" w:author="{AUTHOR}" w:date="{ADATE}" w:name="move218431"/>'
            )
            body.append(para(runs, None, True, inner=mark))
            body.append(f'<w:{tag}RangeEnd w:id="{i1}"/>')
            continue
        body.append(
            para(runs, None, True, extra="<w:keepNext/>" if k == "H1" else "", inner=mark + inner)
        )
    body.append(SECT_A4)
    comments = "".join(
        f'<w:comment w:id="{i}" w:author="{AUTHOR}" w:date="{ADATE}" w:initials="LQH"><w:p><w:pPr><w:pStyle w:val="a4"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{escape(c)}</w:t></w:r></w:p></w:comment>'
        for i, c in enumerate(CMTS)
    )
    write_docx(
        OUT / NAMES["x03"],
        "".join(body),
        parts={
            "word/comments.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NSDECL}>{comments}</w:comments>'
        },
        rels=[
            (
                "rId9",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                "comments.xml",
            )
        ],
        ctypes=[
            (
                "/word/comments.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            )
        ],
        settings='<w:trackRevisions/><w:doNotTrackMoves w:val="0"/>'.replace(
            '<w:doNotTrackMoves w:val="0"/>', ""
        ),
        core_author="县委办秘书科",
    )


# ------------------------------------------------------------------ x05: text boxes
def textbox(pid, name, inner_paras, cx, cy, pos_y):
    txbx = f"<w:txbxContent>{inner_paras}</w:txbxContent>"
    cxpt, cypt = cx / 12700, cy / 12700
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + pid}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{pos_y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{pid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{txbx}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic>"
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {pid}" o:spid="_x0000_s10{25 + pid}" type="#_x0000_t202" '
        f'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:{pos_y / 12700:.1f}pt;width:{cxpt:.1f}pt;height:{cypt:.1f}pt;z-index:{pid};'
        "visibility:visible;mso-wrap-style:square;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical-relative:text;v-text-anchor:top" filled="f" stroked="f" strokeweight=".5pt">'
        f'<v:textbox>{txbx}</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )


def build_x05():
    body = []
    rs = rows("x05")
    red = [f[0] for k, f in rs if k == "RED"][0]
    title = [f[0] for k, f in rs if k == "T"][0]
    red_p = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(red, XB, 30, color="FF0000")}</w:p>'
    title_p = f'<w:p><w:pPr><w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>{run(title, XB, 22)}</w:p>'
    body.append(
        f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{textbox(1, "文本框 1", red_p, 5760720, 720000, 0)}</w:p>'
    )
    body.append(
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr><w:spacing w:line="200" w:lineRule="exact"/></w:pPr></w:p>'
    )
    body.append(
        f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{textbox(2, "文本框 2", title_p, 5760720, 900000, 114300)}</w:p>'
    )
    for k, f in rs:
        if k in ("RED", "T"):
            continue
        if k in ("SP", "D"):
            body.append(para(run(f[0], KT), "center", False))
        elif k == "H1":
            body.append(para(run(f[0] + f[1], HT), None, True, "<w:keepNext/>"))
        elif k == "H2":
            body.append(para(run(f[0] + f[1], KT, bold=True), None, True, "<w:keepNext/>"))
        elif k == "R2":
            body.append(para(run(f[0] + f[1], FS, bold=True) + run(f[2])))
        elif k == "L":
            body.append(para(run(f[0] + f[1])))
        elif k == "P" and f[0].endswith("：") and len(f[0]) < 12:
            body.append(para(run(f[0]), None, False))
        else:
            body.append(para(run(f[0])))
    body.append(SECT_A4)
    write_docx(OUT / NAMES["x05"], "".join(body), core_author="县直机关工委办公室")


# ------------------------------------------------------------------ x10: Word list numbering -> .doc
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""


def build_x10():
    body = []
    for k, f in rows("x10"):
        if k == "T":
            body.append(para(run(f[0], XB, 22), "center", False))
        elif k in ("SP", "D"):
            body.append(para(run(f[0], KT), "center", False))
        elif k in ("H1", "H2"):
            lvl = 0 if k == "H1" else 1
            face = HT if k == "H1" else KT
            num = f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>'
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="a5"/><w:keepNext/>{num}<w:spacing w:line="560" w:lineRule="exact"/>'
                f'<w:ind w:left="0" w:firstLine="640"/></w:pPr>{run(f[1], face)}</w:p>'
            )
        elif k == "P" and f[0] == "同志们：":
            body.append(para(run(f[0]), None, False))
        else:
            body.append(para(run(f[0])))
    body.append(SECT_A4)
    d = TMP / "x10_integrity_talk_autonumber.docx"
    write_docx(
        d,
        "".join(body),
        parts={"word/numbering.xml": NUMBERING},
        rels=[
            (
                "rId8",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
                "numbering.xml",
            )
        ],
        ctypes=[
            (
                "/word/numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            )
        ],
        core_author="县纪委监委",
    )
    lo_convert(d, "doc", TMP)
    shutil.copy(TMP / "x10_integrity_talk_autonumber.doc", OUT / NAMES["x10"])


# ------------------------------------------------------------------ x01: newspaper page -> .pdf
def build_x01():
    def p(
        text,
        face="宋体",
        size=9,
        bold=False,
        align="both",
        indent=True,
        color=None,
        before=0,
        after=0,
        line=None,
    ):
        ind = (
            '<w:ind w:firstLineChars="200" w:firstLine="360"/>'
            if indent
            else '<w:ind w:firstLine="0"/>'
        )
        sp = f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line or 300}" w:lineRule="exact"/>'
        return (
            f'<w:p><w:pPr>{sp}{ind}<w:jc w:val="{align}"/></w:pPr>'
            f'<w:r>{rpr(face, size, bold, color).replace("<w:sz w:val=", "<w:sz w:val=")}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )

    def half(size):
        return size

    body = []
    # masthead (one column)
    body.append(p("云岫日报", "方正小标宋简体", 48, False, "left", False, "C00000", 0, 0, 1000))
    body.append(
        p(
            "YUNXIU RIBAO　　中共云岫县委机关报　　云岫融媒体中心出版",
            "宋体",
            8,
            False,
            "left",
            False,
            None,
            0,
            60,
        )
    )
    body.append(
        '<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="1" w:color="C00000"/></w:pBdr>'
        '<w:spacing w:line="240" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>'
        f'<w:r>{rpr("宋体", 8)}<w:t xml:space="preserve">2026年4月17日　星期五　农历丙午年三月初一　　第2版　要闻　　责任编辑：韩素衣　　版式：龚小禾</w:t></w:r></w:p>'
    )
    body.append(
        '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="16838" w:h="23811"/>'
        '<w:pgMar w:top="900" w:right="900" w:bottom="900" w:left="900" w:header="500" w:footer="500" w:gutter="0"/>'
        '<w:cols w:space="360"/></w:sectPr></w:pPr></w:p>'
    )
    # other article first
    body.append(
        p("2026云岫（上海）招商推介会举行", "黑体", 16, True, "left", False, None, 120, 60, 440)
    )
    body.append(
        p(
            "现场签约项目23个　总投资156.8亿元",
            "楷体_GB2312",
            11,
            False,
            "left",
            False,
            None,
            0,
            80,
            360,
        )
    )
    body.append(
        p(
            "本报讯（记者　龚晓澄　通讯员　罗敏）4月16日，2026云岫（上海）招商推介会在上海举行。县委书记沈砚秋出席推介会并致辞，县长陆明川推介云岫投资环境，市、县有关负责同志，在沪商协会代表和120余位企业家参加推介会。推介会上，云岫县与上海、苏州等地的23家企业现场签约，涉及新材料、绿色食品、智能装备、文化旅游等领域，总投资156.8亿元。沈砚秋的致辞全文见本版。"
        )
    )
    body.append(p("", line=200))
    for k, f in rows("x01"):
        if k == "T":
            body.append(p(f[0], "方正小标宋简体", 18, True, "center", False, None, 120, 40, 480))
        elif k == "SUB" or k == "SP":
            body.append(p(f[0], "楷体_GB2312", 10.5, False, "center", False, None, 0, 0, 320))
        elif k == "D":
            body.append(p(f[0], "楷体_GB2312", 10.5, False, "center", False, None, 0, 80, 320))
        elif k == "H1":
            body.append(p(f[1], "黑体", 10.5, True, "left", False, None, 80, 40, 320))
        elif k == "P" and f[0].endswith("：") and len(f[0]) < 30:
            body.append(p(f[0], indent=False))
        else:
            body.append(p(f[0]))
    body.append(p("", line=200))
    body.append(
        p(
            "我县启动“春风行动”暨“百企千岗”招聘活动",
            "黑体",
            13,
            True,
            "left",
            False,
            None,
            120,
            60,
            400,
        )
    )
    body.append(
        p(
            "本报讯（记者　蒲一苇）4月15日，我县2026年“春风行动”暨“百企千岗”招聘活动在县人力资源市场启动。活动现场，132家企业提供就业岗位2860个，吸引了2100余名求职者进场，初步达成就业意向617人。"
        )
    )
    body.append(p("岫水河滨河绿道二期开工", "黑体", 13, True, "left", False, None, 120, 60, 400))
    body.append(
        p(
            "本报讯（通讯员　钱亦舟）近日，岫水河滨河绿道二期工程开工建设。工程全长6.2公里，计划于今年10月底建成，建成后将与一期绿道贯通，形成环城滨水休闲带。"
        )
    )
    body.append(
        '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="16838" w:h="23811"/>'
        '<w:pgMar w:top="900" w:right="900" w:bottom="900" w:left="900" w:header="500" w:footer="500" w:gutter="0"/>'
        '<w:cols w:num="3" w:space="400" w:sep="1"/></w:sectPr>'
    )
    d = TMP / "x01_newspaper.docx"
    write_docx(d, "".join(body), core_author="云岫日报社")
    lo_convert(d, "pdf", TMP)
    shutil.copy(TMP / "x01_newspaper.pdf", OUT / NAMES["x01"])


# ------------------------------------------------------------------ x02: UTF-16 LE, hard wrapped
def build_x02():
    lines = []
    W = 35
    for k, f in rows("x02"):
        t = "".join(f)
        if k == "T":
            lines.append("　" * 6 + t)
            lines.append("")
            continue
        if k in ("SIG", "DL"):
            lines.append("　" * 18 + t)
            continue
        if t == "尊敬的各位领导、各位评委，同志们：":
            s = t
        else:
            s = "　　" + t
        while s:
            cut = W
            # a closing mark never starts a line: it goes up to the line before
            while cut < len(s) and s[cut] in "，。、；：！？”’）》":
                cut += 1
            lines.append(s[:cut])
            s = s[cut:]
    out, n, page = [], 0, 1
    for ln in lines:
        out.append(ln)
        n += 1
        if n == 30:
            out += ["", f"- {page} -", ""]
            page += 1
            n = 0
    out += ["", f"- {page} -"]
    data = "\r\n".join(out) + "\r\n"
    (OUT / NAMES["x02"]).write_bytes(b"\xff\xfe" + data.encode("utf-16-le"))


# ------------------------------------------------------------------ x08: WPS plain text, GBK CRLF
def build_x08():
    out = []
    for k, f in rows("x08"):
        if k in ("H1", "H2"):
            out.append(f[0] + "\t" + f[1])
        else:
            out.append("".join(f))
    (OUT / NAMES["x08"]).write_bytes(("\r\n".join(out) + "\r\n").encode("gbk"))


# ------------------------------------------------------------------ x07: .odt with outline numbering
def build_x07():
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"'
    )
    fonts = (
        '<office:font-face-decls><style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="roman"/>'
        '<style:font-face style:name="黑体" svg:font-family="黑体"/><style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312"/>'
        '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/></office:font-face-decls>'
    )

    def tprops(face, size=16, bold=False):
        b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        return (
            f'<style:text-properties style:font-name="{face}" fo:font-size="{size}pt" style:font-name-asian="{face}" '
            f'style:font-size-asian="{size}pt"{b}/>'
        )

    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns}>{fonts}<office:styles>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="28.9pt"/>'
        f"{tprops('仿宋_GB2312')}</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
        '<style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">'
        '<style:paragraph-properties fo:keep-with-next="always" fo:text-indent="32pt"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" '
        f'style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">{tprops("黑体")}</style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" '
        f'style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">{tprops("楷体_GB2312", 16, True)}</style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
        f'<style:paragraph-properties fo:text-align="center"/>{tprops("方正小标宋简体", 22)}</style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        f'<style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>{tprops("仿宋_GB2312", 9)}</style:style>'
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ...">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>'
        '<text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ...">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>'
        + "".join(
            f'<text:outline-level-style text:level="{i}" style:num-format=""/>'
            for i in range(3, 11)
        )
        + "</text:outline-style>"
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
        '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
    )
    body = []
    for k, f in rows("x07"):
        t = "".join(f)
        if k == "T":
            body.append(f'<text:p text:style-name="Title">{escape(t)}</text:p>')
        elif k in ("SP", "D"):
            body.append(f'<text:p text:style-name="P1">{escape(t)}</text:p>')
        elif k in ("H1", "H2"):
            lvl = 1 if k == "H1" else 2
            body.append(
                f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{escape(f[1])}</text:h>'
            )
        else:

            def fn(m):
                return (
                    '<text:note text:id="ftn0" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Footnote">{escape(m.group(1))}</text:p></text:note-body></text:note>'
                )

            x = escape(t)
            x = re.sub(r"\{FN:([^}]*)\}", fn, x)
            st = "P2" if t == "同志们：" else "Text_20_body"
            body.append(f'<text:p text:style-name="{st}">{x}</text:p>')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>{fonts}<office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>'
        f"{tprops('楷体_GB2312')}</style:style>"
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"/>'
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns}><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>'
        "<dc:title>毕业典礼讲话</dc:title><meta:initial-creator>县委党校办公室</meta:initial-creator></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(OUT / NAMES["x07"], "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        for n, d in (
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(n, d, compress_type=zipfile.ZIP_DEFLATED)


# ------------------------------------------------------------------ x04: OFD
def build_x04():
    PW, PH, LEFT, TOP, TW = 210.0, 297.0, 28.0, 37.0, 156.0
    CH = 28
    pitch = TW / CH
    size = pitch * 0.98
    lh = 7.75
    bottom = 37.0 + 225.0
    rs = rows("x04")
    items = []  # (font id, text, kind)
    for k, f in rs:
        t = "".join(f)
        if k == "RED":
            items.append(("red", t))
        elif k == "NUM":
            items.append(("num", t))
        elif k == "T":
            items.append(("title", t))
        elif k == "D":
            items.append(("date", t))
        elif k == "H1":
            items.append(("h1", t))
        elif k == "R2":
            items.append(("r2", f[0] + f[1], f[2]))
        elif k == "BJ":
            items.append(("bj", t))
        elif k == "P" and t.endswith("：") and "同志们" in t:
            items.append(("sal", t))
        else:
            items.append(("p", t))
    pages = [[]]
    oid = [100]

    def nid():
        oid[0] += 1
        return oid[0]

    def tobj(font, sz, x, y, text, color="0 0 0", step=None):
        step = step or sz / 0.98
        deltas = " ".join(f"{step * (0.5 if c.isascii() else 1):.3f}" for c in text[:-1])
        d = f' DeltaX="{deltas}"' if deltas else ""
        w = sum(step * (0.5 if c.isascii() else 1) for c in text)
        return (
            f'<ofd:TextObject ID="{nid()}" Boundary="{x:.3f} {y - sz:.3f} {w + sz:.3f} {sz * 1.4:.3f}" Font="{font}" Size="{sz:.3f}">'
            f'<ofd:FillColor Value="{color}"/><ofd:TextCode X="0" Y="{sz:.3f}"{d}>{escape(text)}</ofd:TextCode></ofd:TextObject>'
        )

    def wrap(text, first):
        out, cur, room = [], "", CH - first
        for c in text:
            w = 0.5 if c.isascii() else 1
            used = sum(0.5 if x.isascii() else 1 for x in cur)
            if used + w > room:
                if c in "，。、；：！？”）》" and cur:
                    out.append(cur[:-1])
                    cur = cur[-1]
                else:
                    out.append(cur)
                    cur = ""
                room = CH
            cur += c
        if cur:
            out.append(cur)
        return out

    y = TOP
    bj_done = False
    for it in items:
        kind = it[0]
        if kind == "red":
            sz = 15.0
            w = len(it[1]) * sz * 0.9
            pages[-1].append(tobj("1", sz, (PW - w) / 2, TOP + 18, it[1], "230 0 18", sz * 0.9))
            y = TOP + 30
            continue
        if kind == "num":
            w = len(it[1]) * size
            pages[-1].append(tobj("4", size, (PW - w) / 2, y + 6, it[1], step=pitch))
            pages[-1].append(
                f'<ofd:PathObject ID="{nid()}" Boundary="{LEFT} {y + 10:.3f} {TW} 1" LineWidth="0.8" Stroke="true" Fill="false">'
                f'<ofd:StrokeColor Value="230 0 18"/><ofd:AbbreviatedData>M 0 0.5 L {TW} 0.5</ofd:AbbreviatedData></ofd:PathObject>'
            )
            y += 22
            continue
        if kind in ("title", "date"):
            sz = size * (1.35 if kind == "title" else 1.0)
            step = sz / 0.98
            for ln in (
                wrap(it[1], 0)
                if kind == "date"
                else [it[1][:20], it[1][20:]]
                if len(it[1]) > 20
                else [it[1]]
            ):
                w = sum(step * (0.5 if c.isascii() else 1) for c in ln)
                pages[-1].append(
                    tobj(
                        "1" if kind == "title" else "3",
                        sz,
                        LEFT + (TW - w) / 2,
                        y + sz,
                        ln,
                        step=step,
                    )
                )
                y += lh * (1.3 if kind == "title" else 1)
            y += lh * 0.5 if kind == "title" else lh * 0.5
            continue
        if kind == "bj":
            if not bj_done:
                # 版记 at the foot of the last page, between two rules
                y = max(y + lh, bottom - 3 * lh)
                pages[-1].append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{LEFT} {y:.3f} {TW} 1" LineWidth="0.5"><ofd:AbbreviatedData>M 0 0.5 L {TW} 0.5</ofd:AbbreviatedData></ofd:PathObject>'
                )
                bj_done = True
            sz = size * 0.875
            text, indent = it[1], 0
            while text:
                seg = text[: 30 - indent]
                pages[-1].append(
                    tobj(
                        "4",
                        sz,
                        LEFT + pitch + indent * sz / 0.98,
                        y + sz + 1.5,
                        seg,
                        step=sz / 0.98,
                    )
                )
                text = text[len(seg) :]
                indent = 3
                y += lh
            pages[-1].append(
                f'<ofd:PathObject ID="{nid()}" Boundary="{LEFT} {y:.3f} {TW} 1" LineWidth="0.5"><ofd:AbbreviatedData>M 0 0.5 L {TW} 0.5</ofd:AbbreviatedData></ofd:PathObject>'
            )
            continue
        if kind == "r2":
            lines = wrap(it[1] + it[2], 2)
            lead_len = len(it[1])
        else:
            lines = wrap(it[1], 0 if kind == "sal" else 2)
            lead_len = 0
        if kind == "h1" and y + 3 * lh > bottom:
            pages.append([])
            y = TOP
        done = 0
        for i, ln in enumerate(lines):
            if y + lh > bottom:
                pages.append([])
                y = TOP
            x = LEFT + (2 * pitch if i == 0 and kind != "sal" else 0)
            font = {"h1": "2"}.get(kind, "4")
            if kind == "r2" and done < lead_len:
                a = ln[: lead_len - done]
                b = ln[lead_len - done :]
                pages[-1].append(tobj("3", size, x, y + size, a, step=pitch))
                if b:
                    pages[-1].append(tobj("4", size, x + len(a) * pitch, y + size, b, step=pitch))
            else:
                pages[-1].append(tobj(font, size, x, y + size, ln, step=pitch))
            done += len(ln)
            y += lh
    n = len(pages)
    files = {}
    files["OFD.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>6f2b9c1e0a5d4e7f8b3c2d1e0f9a8b7c</ofd:DocID><ofd:Title>陆明川同志在全县防汛工作视频调度会上的讲话</ofd:Title>"
        "<ofd:Author>云岫县防汛抗旱指挥部办公室</ofd:Author><ofd:CreationDate>2026-06-22</ofd:CreationDate>"
        "<ofd:Creator>数科OFD版式办公套件</ofd:Creator><ofd:CreatorVersion>3.0.22</ofd:CreatorVersion></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    pages_xml = "".join(
        f'<ofd:Page ID="{i + 2}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(n)
    )
    files["Doc_0/Document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{oid[0] + 100}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PW} {PH}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{pages_xml}</ofd:Pages></ofd:Document>"
    )
    files["Doc_0/PublicRes.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
        '<ofd:Font ID="2" FontName="黑体" FamilyName="SimHei"/>'
        '<ofd:Font ID="3" FontName="楷体_GB2312" FamilyName="KaiTi_GB2312"/>'
        '<ofd:Font ID="4" FontName="仿宋_GB2312" FamilyName="FangSong_GB2312"/>'
        "</ofd:Fonts></ofd:Res>"
    )
    for i, objs in enumerate(pages):
        num = f"— {i + 1} —"
        step = size * 0.875 / 0.98
        w = len(num) * step
        x = LEFT + TW - w - pitch if i % 2 == 0 else LEFT + pitch
        objs = objs + [tobj("5", size * 0.875, x, PH - 20, num, step=step)]
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>'
            f'<ofd:Layer ID="{900 + i}" Type="Body">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
        )
    files["Doc_0/PublicRes.xml"] = files["Doc_0/PublicRes.xml"].replace(
        "</ofd:Fonts>", '<ofd:Font ID="5" FontName="宋体" FamilyName="SimSun"/></ofd:Fonts>'
    )
    with zipfile.ZipFile(OUT / NAMES["x04"], "w", zipfile.ZIP_DEFLATED) as z:
        for k, d in files.items():
            z.writestr(k, d)
    return n


if __name__ == "__main__":
    import sys

    want = sys.argv[1:] or ["x01", "x02", "x03", "x04", "x05", "x07", "x08", "x10"]
    for w in want:
        r = globals()[f"build_{w}"]()
        print(w, NAMES[w], r if r else "")
