"""Build modern7's t02 (.mhtml), t06 (.html), t07 (PDF-copy .txt), t09 (.htm) from tools/src/.
Run: python tools/build.py (writes into ../texts)."""

import base64
import quopri
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "texts"


def lines(name):
    out = []
    for x in (SRC / name).read_text().strip().split("\n"):
        k, _, t = x.partition("|")
        out.append((k, t))
    return out


def bold_first(t):
    m = re.search(r"。", t)
    i = m.end() if m else len(t)
    return f"<strong>{t[:i]}</strong>{t[i:]}"


def t02():
    head = "杉溪党建｜韩素云：传承红色基因　走好新时代赶考路"
    parts = [
        "<p>点击上方蓝字关注我们</p>",
        "<p><strong>编者按：</strong>6月26日，县委常委、宣传部部长韩素云为部机关全体党员讲授专题党课。现将党课讲稿全文刊发，供全县党员干部学习参考。</p>",
    ]
    for k, t in lines("t02_body.txt"):
        if k == "H":
            parts.append(f'<p style="text-align:center;"><strong>{t}</strong></p>')
        elif k == "S":
            parts.append(f'<p style="text-align:center;">{t}</p>')
        elif k == "B":
            parts.append(f"<p><strong>{t}</strong></p>")
        elif k == "R":
            parts.append(f"<p>{bold_first(t)}</p>")
        elif k == "Q":
            parts.append(f'<blockquote><p style="font-family:楷体;">{t}</p></blockquote>')
        else:
            parts.append(f"<p>{t}</p>")
    for t in (SRC / "t02_notes.txt").read_text().strip().split("\n"):
        parts.append(f'<p style="font-size:14px;color:#888;">{t}</p>')
    parts += [
        "<p>- END -</p>",
        "<p>来源：县委宣传部</p>",
        "<p>责任编辑：吕一帆　审核：潘春雨</p>",
        "<p>往期推荐</p>",
        "<p>杉溪县“板凳宣讲”走进田间地头</p>",
        "<p>重温入党誓词　传承红色基因</p>",
        "<p>喜欢就点个“在看”吧</p>",
    ]
    inner = "\n".join(parts)
    pub = "2026-06-28 20:05"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{head}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/style.css"></head>
<body><div id="js_article" class="rich_media">
<h1 class="rich_media_title">{head}</h1>
<div class="rich_media_meta_list"><span class="original">原创</span> <span>杉溪党建</span> <em id="publish_time">{pub}</em></div>
<div class="rich_media_content" id="js_content">
{inner}
</div>
<div class="rich_media_tool">分享　收藏　点赞　在看</div>
</div></body></html>
"""
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    b = "----MultipartBoundary--t7Wd2sQk9Lm4Pz0Rt3Yx8Cw1Nh6Gf5Ub----"
    sub = base64.b64encode(head.encode("utf-8")).decode("ascii")
    doc = f"""From: <Saved by Blink>
Snapshot-Content-Location: https://mp.weixin.qq.com/s/t02_party_lecture_wechat
Subject: =?utf-8?B?{sub}?=
Date: {pub}
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{b}"


--{b}
Content-Type: text/html
Content-ID: <frame-0@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://mp.weixin.qq.com/s/t02_party_lecture_wechat

{qp}
--{b}
Content-Type: text/css
Content-Transfer-Encoding: quoted-printable
Content-Location: https://res.wx.qq.com/mmbizwap/style.css

.rich_media_title{{font-size:22px;}} .rich_media_content p{{line-height:1.75;}}

--{b}--
"""
    (OUT / "t02_party_lecture_wechat.mhtml").write_text(doc.replace("\n", "\r\n"), newline="")


def t06():
    body = []
    for k, t in lines("t06_body.txt"):
        if k in "TC":
            body.append(f'<p style="text-align:center;">{t}</p>')
        elif k == "H":
            body.append(f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{t}</p>')
    inner = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>柳塘乡：坚持党建引领 激活“小网格”大能量_经验交流_杉溪县人民政府</title>
</head>
<body>
<div class="top">杉溪县人民政府　|　无障碍　|　长者模式　|　English　<input type="text" placeholder="请输入关键词"> 搜索</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进杉溪</li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jyjl/">经验交流</a></div>
<div class="article">
<h1>柳塘乡：坚持党建引领 激活“小网格”大能量</h1>
<div class="info">发布时间：2026-09-14 10:26　　信息来源：柳塘乡人民政府　　【字号：大 中 小】　　【打印】</div>
<div class="content">
{inner}
</div>
<div class="editor">（责任编辑：黎嘉木）</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="related"><h3>相关文章</h3><ul><li>云桥镇：“茶山调解室”化解矛盾在基层</li><li>县委政法委召开网格化服务管理工作推进会</li></ul></div>
</div>
<div class="footer">主办单位：杉溪县人民政府办公室　　网站标识码：0000000000　　（本站为虚构示例）</div>
</body>
</html>
"""
    (OUT / "t06_grid_governance_experience.html").write_text(html)


def t09():
    body = []
    for k, t in lines("t09_body.txt"):
        if k in "TC":
            body.append(f'<p align="center">{t}</p>')
        elif k == "H":
            body.append(f'<p style="text-indent:2em;font-family:黑体;">{t}</p>')
        elif k == "R":
            body.append(f'<p style="text-indent:2em;">{bold_first(t)}</p>')
        else:
            body.append(f'<p style="text-indent:2em;">{t}</p>')
    inner = "\n".join(body)
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>黄海燕在全县高标准农田建设暨秋冬季农业生产工作部署会议上的讲话</title>
</head>
<body>
<div id="header">杉溪县农业农村局　<a href="/">网站首页</a>　<a href="/tzgg/">通知公告</a>　<a href="/ldjh/">领导讲话</a>　<a href="/zcfg/">政策法规</a></div>
<div id="position">您的位置：网站首页 &gt;&gt; 领导讲话</div>
<div id="main">
<div class="biaoti">黄海燕在全县高标准农田建设暨秋冬季农业生产工作部署会议上的讲话</div>
<div class="xinxi">来源：县农业农村局　　发布时间：2026年10月22日　　点击数：527　　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="zhengwen">
{inner}
</div>
</div>
<div id="footer">版权所有：杉溪县农业农村局　　地址：杉溪县城关镇（虚构）　　联系电话：0000-0000000</div>
</body>
</html>
"""
    (OUT / "t09_farmland_deployment_speech.htm").write_text(html)


def t07():
    W, PAGE = 30, 24
    HEAD = "杉溪县重点项目观摩活动资料汇编"
    out = []
    for k, t in lines("t07_paras.txt"):
        if k == "U":
            out.append(t)
            continue
        s = "　　" + t
        while s:
            out.append(s[:W])
            s = s[W:]
    pages = [out[i : i + PAGE] for i in range(0, len(out), PAGE)]
    res = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            res.append(HEAD)
        res.extend(pg)
        res.append(f"— {n} —")
    (OUT / "t07_site_review_pdf_copy.txt").write_text("\n".join(res) + "\n")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    t02()
    t06()
    t07()
    t09()
