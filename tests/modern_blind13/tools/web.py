# ruff: noqa: F841  (the set writer's tools, kept as written; see the README)
"""x02 (Word "Web Page, Filtered" .htm, gb2312) and x08 (.mhtml as Edge saves a county
人大 page, quoted-printable cut inside multi-byte characters and tags). Helper mb13."""

from pathlib import Path
from xml.sax.saxutils import escape

from common import NAMES, rows

OUT = Path(__file__).resolve().parent.parent / "texts"

WORD_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:等线;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
@font-face
	{font-family:楷体_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
@font-face
	{font-family:方正小标宋简体;
	panose-1:2 1 6 1 3 1 1 1 1 1;}
@font-face
	{font-family:"\\@等线";
	panose-1:2 1 6 0 3 1 1 1 1 1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	font-size:10.5pt;
	font-family:等线;}
.MsoChpDefault
	{font-family:等线;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 99.25pt 79.4pt;
	layout-grid:28.95pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=ZH-CN style='word-wrap:break-word;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:28.95pt'>
"""

BODY_SPAN = "font-size:16.0pt;font-family:仿宋_GB2312"


def wrap_tag(s):
    """Word breaks long source lines between attributes (a CRLF inside the tag), never in text."""
    return s.replace(
        "<p class=MsoListParagraph style='", "<p class=MsoListParagraph\r\nstyle='"
    ).replace("<p class=MsoNormal style='", "<p class=MsoNormal\r\nstyle='")


def word_list_p(num, text, face, indent_pt, num_face=None):
    nf = num_face or face
    return wrap_tag(
        f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:{indent_pt};line-height:28.0pt;mso-line-height-rule:exactly'>"
        f"<![if !supportLists]><span lang=EN-US style='font-size:16.0pt;font-family:{nf};mso-bidi-font-family:{nf}'>"
        f"<span style='mso-list:Ignore'>{num}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>"
        f"<span style='font-size:16.0pt;font-family:{face}'>{escape(text)}</span></p>"
    )


def word_p(text, face="仿宋_GB2312", align=None, size="16.0pt", indent=True):
    al = (
        f" align={align} style='text-align:{align};line-height:28.0pt'"
        if align
        else " style='text-indent:32.0pt;line-height:28.0pt'"
    )
    if align is None and not indent:
        al = " style='line-height:28.0pt'"
    return wrap_tag(
        f"<p class=MsoNormal{al}><span style='font-size:{size};font-family:{face}'>{escape(text)}</span></p>"
    )


def x02():
    out = [WORD_HEAD]
    for k, f in rows("x02"):
        if k == "T":
            out.append(word_p(f[0], "方正小标宋简体", "center", "22.0pt"))
        elif k in ("SP", "D"):
            out.append(word_p(f[0], "楷体_GB2312", "center"))
        elif k == "H1":
            out.append(word_list_p(f[0], f[1], "黑体", "32.0pt"))
        elif k == "H2":
            out.append(word_list_p(f[0], f[1], "楷体_GB2312", "32.0pt"))
        elif k == "L":
            out.append(
                word_list_p(
                    f[0],
                    f[1],
                    "仿宋_GB2312",
                    "32.0pt",
                    "Times New Roman" if f[0][0].isdigit() else None,
                )
            )
        else:
            out.append(word_p(f[0]))
        out.append("")
    out.append(
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n\n</div>\n\n</body>\n\n</html>\n"
    )
    html = "\n".join(out).replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    (OUT / NAMES["x02"]).write_bytes(html.encode("gb2312"))


# ------------------------------------------------------------------ x08: Edge .mhtml
def qp_encode(data: bytes, width=76):
    """Quoted-printable as Blink writes it: every non-ASCII byte =XX, soft breaks `=` at the
    byte budget, wherever they fall (inside a UTF-8 sequence, inside a tag)."""
    units = []
    for b in data:
        if b == 0x0A:
            units.append("\n")
        elif b == 0x0D:
            continue
        elif b == 0x3D or b > 126 or (b < 32 and b != 9):
            units.append(f"={b:02X}")
        else:
            units.append(chr(b))
    lines, cur = [], ""
    for u in units:
        if u == "\n":
            if cur.endswith(" ") or cur.endswith("\t"):
                cur = cur[:-1] + f"={ord(cur[-1]):02X}"
            lines.append(cur)
            cur = ""
            continue
        if len(cur) + len(u) > width - 1:
            lines.append(cur + "=")
            cur = ""
        cur += u
    lines.append(cur)
    return "\r\n".join(lines)


def x08():
    rs = rows("x08")
    title = [f[0] for k, f in rs if k == "T"][0]
    body = []
    for k, f in rs:
        if k == "T":
            body.append(
                f'<p style="text-align: center;"><strong><span style="font-size: 20px;">{escape(f[0])}</span></strong></p>'
            )
        elif k in ("SP", "D"):
            body.append(
                f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{escape(f[0])}</span></p>'
            )
        elif k in ("R1", "R2"):
            body.append(
                f'<p style="text-indent: 2em;"><strong>{escape(f[0] + f[1])}</strong>{escape(f[2])}</p>'
            )
        else:
            body.append(f'<p style="text-indent: 2em;">{escape(f[0])}</p>')
    headline = "韩凌霜在县十八届人大常委会第二十二次会议上作任职表态发言"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-3b1f7c2e-5d1a-4e0b-9a77-2c0d5f1e8a41@mhtml.blink" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{headline}_鹤汀人大网</title>
<meta name="ArticleTitle" content="{headline}">
<meta name="PubDate" content="2026-12-30 10:15">
<meta name="ContentSource" content="县人大常委会办公室">
</head><body><div class="top-bar"><div class="wrap"><span>欢迎访问鹤汀人大网！</span><span class="right"><a href="http://www.hetingrd.gov.cn/">设为首页</a> | <a href="http://www.hetingrd.gov.cn/">加入收藏</a> | <a href="http://www.hetingrd.gov.cn/wza/">无障碍</a></span></div></div>
<div class="header"><div class="wrap"><a class="logo" href="http://www.hetingrd.gov.cn/">鹤汀县人大常委会</a><form class="search"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="http://www.hetingrd.gov.cn/">首页</a></li><li><a href="http://www.hetingrd.gov.cn/rdyw/">人大要闻</a></li><li><a href="http://www.hetingrd.gov.cn/cwhy/">常委会会议</a></li><li class="on"><a href="http://www.hetingrd.gov.cn/rsrm/">人事任免</a></li><li><a href="http://www.hetingrd.gov.cn/jdgz/">监督工作</a></li><li><a href="http://www.hetingrd.gov.cn/dbgz/">代表工作</a></li></ul></div>
<div class="wrap main"><div class="crumb">当前位置：<a href="http://www.hetingrd.gov.cn/">首页</a> &gt; <a href="http://www.hetingrd.gov.cn/rsrm/">人事任免</a> &gt; 正文</div>
<div class="article"><h1 class="art-title">{headline}</h1>
<div class="art-info"><span>发布时间：2026-12-30 10:15</span><span>来源：县人大常委会办公室</span><span>浏览次数：<em id="hits">486</em></span><span class="fontsize">【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span></div>
<div class="art-content" id="zoom"><div class="TRS_Editor">
{chr(10).join(body)}
</div></div>
<div class="art-share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qz" href="javascript:void(0)">QQ空间</a></div>
<div class="art-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="http://www.hetingrd.gov.cn/rsrm/202612/t20261228_118.html">县十八届人大常委会第二十二次会议举行</a><span>2026-12-28</span></li><li><a href="http://www.hetingrd.gov.cn/rsrm/202612/t20261228_119.html">鹤汀县人大常委会任免名单</a><span>2026-12-28</span></li><li><a href="http://www.hetingrd.gov.cn/rsrm/202610/t20261026_097.html">新任命人员向宪法宣誓</a><span>2026-10-26</span></li></ul></div>
<div class="comments"><h3>网友评论（2）</h3><div class="cmt"><p class="who">网友“汀州老师”　2026-12-30 14:22</p><p>希望新局长多到乡村学校走走，看看老师们的实际困难。</p></div><div class="cmt"><p class="who">网友“家长代表”　2026-12-31 08:05</p><p>城区学校大班额的问题确实该解决了，期待！</p></div></div>
</div></div>
<div class="footer"><div class="wrap"><p>主办：鹤汀县人民代表大会常务委员会办公室　　地址：鹤汀县政和路8号</p><p>网站标识码：3311270015　　备案号：檀ICP备05012345号</p></div></div>
</body></html>"""
    css = 'body{margin:0;font-family:"Microsoft YaHei";}.wrap{width:1100px;margin:0 auto;}.art-title{text-align:center;font-size:24px;}'
    bnd = "----MultipartBoundary--0Xv7kQmZ3pLr8sNdT2cWaEyHb4JgFu1Ki6oMnRqSt5----"
    # RFC 2047: encoded words of whole characters, each under 76 columns
    words, cur = [], ""
    for ch in headline + "_鹤汀人大网":
        e = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(cur) + len(e) > 54:
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    subj = "\r\n ".join(f"=?utf-8?Q?{w}?=" for w in words)
    mht = (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: http://www.hetingrd.gov.cn/rsrm/202612/t20261230_121.html\r\n"
        f"Subject: {subj}\r\n"
        "Date: Thu, 31 Dec 2026 09:41:27 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{bnd}"\r\n'
        "\r\n\r\n"
        f"--{bnd}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-5C0E2A7F9B41D3E86A1F0C27D4B9E350@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: http://www.hetingrd.gov.cn/rsrm/202612/t20261230_121.html\r\n"
        "\r\n" + qp_encode(html.encode("utf-8")) + "\r\n\r\n"
        f"--{bnd}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: cid:css-3b1f7c2e-5d1a-4e0b-9a77-2c0d5f1e8a41@mhtml.blink\r\n"
        "\r\n" + qp_encode(css.encode("utf-8")) + "\r\n\r\n"
        f"--{bnd}--\r\n"
    )
    (OUT / NAMES["x08"]).write_bytes(mht.encode("ascii"))


if __name__ == "__main__":
    x02()
    x08()
    print("ok")
