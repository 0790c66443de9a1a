"""Build s01 (.html), s04 and s10 (.mhtml) and s06 (PDF-copy .txt) from tools/src/."""

import quopri
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "texts"


def p_html(line):
    line = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", line)
    return f'<p style="text-indent:2em;">{line}</p>'


def s01():
    lines = (SRC / "s01.txt").read_text().strip().split("\n")
    title, speaker, date = lines[:3]
    body = "\n".join(p_html(x) for x in lines[3:])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【领导讲话】邵建平在全县经济工作会议上的讲话_青峪县人民政府</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="topbar">欢迎访问青峪县人民政府门户网站　　无障碍阅读　|　长者模式　|　English</div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>
<ul class="nav">
<li>首页</li><li>走进青峪</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li>
</ul>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<div class="article">
<h1>【领导讲话】邵建平在全县经济工作会议上的讲话</h1>
<div class="info">发布时间：2026-01-12 10:20　来源：青峪县融媒体中心　浏览次数：2318　【字号：大 中 小】</div>
<div class="content">
<p style="text-align:center;"><strong>{title}</strong></p>
<p style="text-align:center;">{speaker}</p>
<p style="text-align:center;">{date}</p>
{body}
</div>
<div class="editor">责任编辑：孟书瑶</div>
<div class="share">分享到：微信　微博　QQ空间</div>
<div class="tools">【打印本页】　【关闭窗口】</div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li>吕婉清主持召开县政府常务会议</li>
<li>全县经济工作会议召开</li>
</ul>
</div>
<div class="footer">
<p>主办单位：青峪县人民政府办公室　　承办：青峪县融媒体中心</p>
<p>网站标识码：3300000099　　备案号：青ICP备00000000号</p>
<p>联系电话：0000-1234567</p>
</div>
</body>
</html>
"""
    (OUT / "s01_economic_work_site.html").write_text(html)


def mhtml(name, headline, account, pubdate, pre, post, src, subject_b64):
    lines = (SRC / src).read_text().strip().split("\n")
    parts = []
    for x in pre:
        parts.append(x)
    for i, x in enumerate(lines):
        if i == 0:
            parts.append(f'<p style="text-align:center;"><strong>{x}</strong></p>')
        elif re.match(r"^[一二三]　关于", x) or x.startswith("第") and "部分　" in x[:6]:
            parts.append(f"<p><strong>{x}</strong></p>")
        elif i <= 3 and (x.startswith("——") or "　" in x and len(x) < 30 or x.startswith("（")):
            parts.append(f'<p style="text-align:center;">{x}</p>')
        else:
            parts.append(p_html(x).replace(' style="text-indent:2em;"', ""))
    parts += post
    inner = "\n".join(parts)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{headline}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/style.css"></head>
<body><div id="js_article" class="rich_media">
<h1 class="rich_media_title">{headline}</h1>
<div class="rich_media_meta_list"><span class="original">原创</span> <span>{account}</span> <em id="publish_time">{pubdate}</em></div>
<div class="rich_media_content" id="js_content">
{inner}
</div>
<div class="rich_media_tool">分享　收藏　点赞　在看</div>
</div></body></html>
"""
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    b = "----MultipartBoundary--q6Vd8sJk2Lm0Pz4Rt7Yx1Cw3Nh5Gf9Ub----"
    doc = f"""From: <Saved by Blink>
Snapshot-Content-Location: https://mp.weixin.qq.com/s/{name}
Subject: =?utf-8?B?{subject_b64}?=
Date: {pubdate}
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{b}"


--{b}
Content-Type: text/html
Content-ID: <frame-0@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://mp.weixin.qq.com/s/{name}

{qp}
--{b}
Content-Type: text/css
Content-Transfer-Encoding: quoted-printable
Content-Location: https://res.wx.qq.com/mmbizwap/style.css

.rich_media_title{{font-size:22px;}} .rich_media_content p{{line-height:1.75;}}

--{b}--
"""
    (OUT / f"{name}.mhtml").write_text(doc.replace("\n", "\r\n"), newline="")


def b64(s):
    import base64

    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def s04():
    h = "青峪讲堂｜顾长风：当好新时代的“赶考人”"
    notes = (SRC / "s04_notes.txt").read_text().strip().split("\n")
    mhtml(
        "s04_party_lecture_wechat",
        h,
        "青峪先锋",
        "2026-04-22 18:30",
        [
            "<p>点击上方蓝字关注我们</p>",
            "<p><strong>编者按：</strong>4月18日，县委副书记顾长风以“当好新时代的‘赶考人’”为题，为县委理论学习中心组成员讲授专题党课。现将党课讲稿编发如下，供全县党员干部学习参考。</p>",
        ],
        [f"<p>{x}</p>" for x in notes]
        + [
            "<p>- END -</p>",
            "<p>来源：县委组织部</p>",
            "<p>编辑：许可　审核：邓明远</p>",
            "<p>往期推荐</p>",
            "<p>青峪县召开基层党建工作推进会</p>",
            "<p>“青峪先锋”党员志愿服务队走进社区</p>",
        ],
        "s04.txt",
        b64(h),
    )


def s10():
    h = "政协之窗｜县政协2026年上半年工作情况报告"
    mhtml(
        "s10_cppcc_report_wechat",
        h,
        "青峪政协",
        "2026-07-18 20:05",
        ["<p>点击上方蓝字关注我们</p>"],
        [
            "<p>- END -</p>",
            "<p>来源：县政协办公室</p>",
            "<p>责任编辑：韦然　审核：顾红梅</p>",
            "<p>往期推荐</p>",
            "<p>县政协开展农村饮水安全专项民主监督</p>",
            "<p>喜欢就点个“在看”吧</p>",
        ],
        "s10.txt",
        b64(h),
    )


def s06():
    lines = (SRC / "s06_paras.txt").read_text().strip().split("\n")
    out = []
    for i, x in enumerate(lines):
        if i < 3:
            out.append(x)
            continue
        t = "　　" + x
        while len(t) > 29:
            out.append(t[:29])
            t = t[29:]
        out.append(t)
    # page numbers: every 30 lines, as the PDF's footer copied with the text
    res = []
    page = 1
    for j, ln in enumerate(out, 1):
        res.append(ln)
        if j in (30, 49, 76):  # 49: right under the heading 二、 (a page ends there)
            res.append(f"- {page} -")
            page += 1
    res.append(f"- {page} -")
    (OUT / "s06_flood_safety_pdf_copy.txt").write_text("\n".join(res) + "\n")


if __name__ == "__main__":
    s01()
    s04()
    s10()
    s06()
