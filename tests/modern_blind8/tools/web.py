"""u06 (.html, a city news site) and u07 (.mhtml, a company site saved by Chrome) for modern8."""

import base64
import html
import quopri
from email.header import Header


def rows(here, name):
    return [
        ln.split("|")
        for ln in (here / "src" / name).read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]


def body_html(rws, bold_leads=True):
    out = []
    for r in rws:
        k, t = r[0], html.escape(r[1])
        if k == "TITLE":
            out.append(f'<p style="text-align:center"><strong>{t}</strong></p>')
        elif k == "SUB":
            out.append(f'<p style="text-align:center">{t}</p>')
        elif k == "HS" or k == "PART":
            out.append(f'<p style="text-align:center"><strong>{t}</strong></p>')
        elif k == "H":
            out.append(f'<p style="text-indent:2em"><strong>{t}</strong></p>')
        elif k == "X":
            out.append(f"<p>{t}</p>")
        elif k == "P":
            out.append(f'<p style="text-indent:2em">{t}</p>')
        elif k == "R":
            out.append(f'<p style="text-indent:2em"><strong>{t}</strong>{html.escape(r[2])}</p>')
        else:
            raise SystemExit(k)
    return "\n".join(out)


def u06(here, out):
    body = body_html(rows(here, "u06.txt"))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>宣讲｜于静怡：一湖清水的守望_岚川新闻网</title>
<meta name="keywords" content="宣讲,白鹭湖,白沙村"></head>
<body>
<div class="topbar"><a href="/">岚川新闻网</a> | <a href="/app">客户端</a> | <a href="/epaper">数字报</a> | <a href="/login">登录</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/sz">时政</a></li><li><a href="/xj">宣讲</a></li><li><a href="/qx">区县</a></li><li><a href="/ms">民生</a></li><li><a href="/sp">视频</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xj">理论宣讲</a> &gt; 正文</div>
<div class="article">
<h1>宣讲｜于静怡：一湖清水的守望</h1>
<div class="info">2026-11-06 09:12　来源：岚川日报　作者：融媒体记者 梁晓桐　<span>字号：大 中 小</span></div>
<div class="lead"><p>【编者按】“百姓名嘴”基层宣讲活动开展以来，一批来自基层一线的宣讲员用身边事讲身边理，受到干部群众欢迎。本期刊发白沙村党支部书记于静怡的宣讲稿，敬请关注。</p></div>
<div class="content">
{body}
</div>
<div class="editor">（责任编辑：蓝小禾）</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="#">白鹭湖获评省级湿地公园</a></li><li><a href="#">全市“百姓名嘴”宣讲活动启动</a></li><li><a href="#">漳岭县：绿水青山带来“金饭碗”</a></li></ul></div>
</div>
<div class="footer"><p>岚川日报社主办　版权所有　未经授权禁止转载</p><p>互联网新闻信息服务许可证：00000000000　备案号：岚ICP备00000000号</p></div>
</body></html>
"""
    (out / "u06_lake_guardians_lecture.html").write_text(page, encoding="utf-8")


def u07(here, out):
    body = body_html(rows(here, "u07.txt"))
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>【集团要闻】欧阳凯在集团2027年工作会议暨四届三次职代会上的讲话-岚川精工集团</title>
<link rel="stylesheet" href="https://www.lcjg-example.com/static/css/main.css"></head>
<body>
<div class="header"><img src="/static/logo.png" alt="岚川精工"><span>岚川精工集团有限公司</span><a href="/en">English</a></div>
<div class="menu"><a href="/">首页</a><a href="/about">走进精工</a><a href="/news">新闻中心</a><a href="/product">产品中心</a><a href="/party">党建工作</a><a href="/hr">人才招聘</a><a href="/contact">联系我们</a></div>
<div class="pos">您所在的位置：首页 &gt; 新闻中心 &gt; 集团要闻</div>
<div class="news-title">【集团要闻】欧阳凯在集团2027年工作会议暨四届三次职代会上的讲话</div>
<div class="news-meta">发布日期：2027-01-18　　来源：党群工作部　　浏览次数：1386</div>
<div class="news-body">
{body}
</div>
<div class="news-nav"><p>上一篇：集团召开2027年安全生产工作会议</p><p>下一篇：集团荣获“省级绿色工厂”称号</p></div>
<div class="footer">Copyright © 岚川精工集团有限公司　地址：岚川市经济技术开发区精工大道1号　电话：0000-00000000</div>
</body></html>
"""
    qp = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    css = base64.encodebytes(
        b"body{font-family:'Microsoft YaHei';}\n.news-title{font-size:22px;text-align:center}\n"
    ).decode("ascii")
    subj = Header(
        "【集团要闻】欧阳凯在集团2027年工作会议暨四届三次职代会上的讲话-岚川精工集团", "utf-8"
    ).encode()
    b = "----MultipartBoundary--mb8u07lanchuanjinggong----"
    mh = (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.lcjg-example.com/news/2027/0118/1029.html\r\n"
        f"Subject: {subj}\r\nDate: Mon, 18 Jan 2027 10:21:07 +0800\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
        f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-mb8u07@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://www.lcjg-example.com/news/2027/0118/1029.html\r\n\r\n{qp.replace(chr(10), chr(13) + chr(10))}\r\n\r\n"
        f"--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.lcjg-example.com/static/css/main.css\r\n\r\n{css.replace(chr(10), chr(13) + chr(10))}\r\n"
        f"--{b}--\r\n"
    )
    (out / "u07_company_workers_congress.mhtml").write_bytes(mh.encode("ascii"))


def main(here, out):
    u06(here, out)
    u07(here, out)
