"""More of the forms users have, as other sites and offices make them (test and bench helper).

:mod:`realforms` writes a gold document as one county site's page, Word files and scraped
text. The next page a user saves comes from a site drafter has never seen, so these forms
are written as *other* real templates make them, each with the furniture of its kind, and
filled with the gold text at run time (nothing of ../shared is copied into the project):

* ``site_portal``   a modern provincial portal in HTML5: header, search box, breadcrumb
  您当前的位置, ``<article>`` with the title in ``<h1>``, a meta line (发布日期/信息来源/
  阅读次数/字号), 附件下载, 分享到, 【打印】【关闭】, 扫一扫在手机打开当前页, an aside of
  相关链接/相关文章 and a footer; the ``ArticleTitle``/``PubDate``/``ContentSource`` meta
  tags, the page's date a few days after the text's;
* ``site_news``     a paper's site printing the speech inside a report: headline, a date
  and source line, 本报讯（记者…）lead, a picture with a caption (▲…, 图为…记者…摄), the
  speech, （记者…整理）, 责任编辑 and (责编：…) lines;
* ``site_fanwen``   a 范文 site: 小编's preface (【导语】…), the text, 本文由…整理 line,
  下载全文, 相关推荐 list, tags and a copyright footer;
* ``site_wechat``   a WeChat article saved from the desktop client: 原创 mark, the
  account's name and a publish time, 点击蓝字关注, the text in ``<section>``/``<span>``,
  来源/编辑/审核 credits, END, 推荐阅读, 阅读原文 and the tool bar;
* ``site_toutiao``  a Toutiao/百家号-like page: the author's line with a time and a place,
  关注, the text, 举报/反馈, 声明 and a list of further articles;
* ``site_firefox``  an information-disclosure page (信息公开 with its 索引号/发布机构/成文日期
  table) saved by Firefox as "Web Page, complete": Firefox's meta line first in the head,
  resources pointing into the ``_files`` folder;
* ``site_mhtml``    the ``site_news`` page saved by Chrome as .mhtml: Blink's header (From:
  <Saved by Blink>, Snapshot-Content-Location, an encoded Subject, a MultipartBoundary), the
  page in quoted-printable, a stylesheet and a picture as further parts;
* ``docx_redhead``  a Word file as an office issues it (GB/T 9704 版头): 份号, 密级, 紧急
  程度, the issuing office's 文件 line and the 文号 above the title, 主送 line, the date
  only in the signature (written 二〇二五年六月九日 in half of the documents), 版记
  (抄送, 印发 line with its own date) at the end;
* ``txt_copied``    text copied off a page into Notepad: the title, then 来源/作者/发布时间
  lines (the page's date), the text's own date rewritten as ``2025.6.9``, ``2025-06-09`` or
  ``二〇二五年六月九日``, under the title or only at the end as a signature, and 责任编辑 at
  the end.

:data:`SITE_CHROME` lists every word the forms add that must not reach the body.
"""

from __future__ import annotations

import base64
import email.charset
import email.header
import email.mime.base
import email.mime.multipart
import email.mime.text
import html
import re
from pathlib import Path

SITE_FORMS = (
    "site_portal",
    "site_news",
    "site_fanwen",
    "site_wechat",
    "site_toutiao",
    "site_firefox",
    "site_mhtml",
    "docx_redhead",
    "txt_copied",
)
SITE_SUFFIX = {
    "site_portal": ".html",
    "site_news": ".htm",
    "site_fanwen": ".html",
    "site_wechat": ".html",
    "site_toutiao": ".html",
    "site_firefox": ".html",
    "site_mhtml": ".mhtml",
    "docx_redhead": ".docx",
    "txt_copied": ".txt",
}
PORTAL = "某某省人民政府"
PAPER = "某某日报"
FANWEN = "第一范文网"
ACCOUNT = "某某发布"
OFFICE = "某某市人民政府办公室"
SITE_CHROME = (
    # portal
    "您当前的位置",
    "请输入关键词",
    "阅读次数",
    "信息来源",
    "附件下载",
    "【打印】",
    "【关闭】",
    "扫一扫在手机打开当前页",
    "相关文章",
    "网站地图",
    "网站标识码",
    "公网安备",
    # news
    "本报讯",
    "张晓明",
    "李春华",
    "王建国",
    "责任编辑",
    "责编",
    "会议现场",
    "发表于",
    PAPER,
    # 范文 site
    "小编",
    "导语",
    "下载全文",
    "相关推荐",
    "本文由",
    "热门标签",
    FANWEN,
    # WeChat
    "点击蓝字",
    "点击上方",
    ACCOUNT,
    "编辑：",
    "审核：",
    "推荐阅读",
    "阅读原文",
    "长按识别",
    # Toutiao / 百家号
    "举报/反馈",
    "声明：",
    "更多精彩",
    "粉丝",
    # disclosure page
    "索引号",
    "发布机构",
    "成文日期",
    "主题分类",
    # red-head Word file, copied text
    "000123",
    "特急",
    "★",
    "〔2025〕",
    "抄送：",
    "12月1日印发",
    "来源：",
    "作者：",
    "发布时间",
)
_FENCED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_CN_DIGITS = "〇一二三四五六七八九"


def site_path(source, form: str, folder: Path) -> Path:
    """Write ``source`` in one of :data:`SITE_FORMS` into ``folder``; returns the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{source.name}{SITE_SUFFIX[form]}"
    if form == "docx_redhead":
        _write_redhead(source, path)
    elif form == "txt_copied":
        path.write_bytes(_copied_text(source))
    elif form == "site_mhtml":
        path.write_bytes(_chrome_mhtml(source))
    elif form == "site_fanwen":
        path.write_bytes(_gbk_page(_fanwen(source)))
    else:
        path.write_text(PAGES[form](source), encoding="utf-8")
    return path


# -- shared pieces -------------------------------------------------------------------------


def _rng(source, form: str):
    from realforms import _rng as rng

    return rng(source, form)


def _published(source) -> str:
    from realforms import _published as published

    return published(source)


def _title(source) -> str:
    return source.title or "领导讲话"


def _paragraphs(source, p_open: str = "<p>", bold: str = "strong", indent: str = "") -> str:
    """The text as a site's editor pastes it: each paragraph in ``p_open``, headings and
    run-in leads bold, editor's notes and quotations in ``<blockquote>``, tables as tables."""
    esc = html.escape
    close = "</" + p_open[1:].split()[0].rstrip(">") + ">"
    b_open, b_close = f"<{bold}>", "</" + bold.split()[0] + ">"
    out = []
    for u in source.units:
        text = u.text.strip()
        if u.kind == "title":
            continue
        if u.kind in ("quote", "cite"):
            out.append(f"<blockquote>{p_open}{esc(text)}{close}</blockquote>")
        elif u.kind == "heading":
            out.append(f"{p_open}{indent}{b_open}{esc(text)}{b_close}{close}")
        elif u.kind == "runin" and u.lead:
            lead = u.lead.strip()
            rest = esc(text[len(lead) :])
            out.append(f"{p_open}{indent}{b_open}{esc(lead)}{b_close}{rest}{close}")
        elif u.kind == "table":
            cells = "".join(f"<td>{esc(c)}</td>" for c in text.split("\t"))
            out.append(f"<table><tbody><tr>{cells}</tr></tbody></table>")
        else:
            out.append(f"{p_open}{indent}{esc(text)}{close}")
    return "\n".join(out)


def _related(source, form: str, date: str) -> str:
    rng = _rng(source, form + "/related")
    topics = rng.sample(["安全生产", "防汛抗旱", "乡村振兴", "营商环境", "基层治理", "生态环保"], 4)
    return "".join(
        f'<li><a href="/art/{n}.html" target="_blank">关于做好{t}工作的通知</a><span>{date}</span></li>'
        for n, t in enumerate(topics)
    )


def _cn_date(iso: str) -> str:
    """2025-06-09 -> 二〇二五年六月九日 (the way Party documents write their dates)."""
    m = _FENCED.match(iso)
    if not m:
        return ""

    def num(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        return ("十" if n < 20 else _CN_DIGITS[n // 10] + "十") + (
            _CN_DIGITS[n % 10] if n % 10 else ""
        )

    year = "".join(_CN_DIGITS[int(d)] for d in m.group(1))
    out = f"{year}年{num(int(m.group(2)))}月"
    return out + (f"{num(int(m.group(3)))}日" if m.group(3) else "")


def text_date(source, style: str) -> str:
    """The gold date written in ``style`` (``cn``, ``dot``, ``iso``, ``arabic``), or ""."""
    iso = source.gold.get("date") or ""
    m = _FENCED.match(iso)
    if not m:
        return ""
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    if d is None and style in ("dot", "iso"):
        style = "arabic"  # "1947.5" is a number to a reader too: a month is written 年月
    if style == "cn":
        return _cn_date(iso)
    if style == "dot":
        return f"{y}.{mo}" + (f".{d}" if d else "")
    if style == "iso":
        return iso
    return f"{y}年{mo}月" + (f"{d}日" if d else "")


def _sign_at(source) -> int:
    """Where a date signing the text goes: above appended material, and above the book's
    source line and notes that close a collected text (（《…选集》…第3页）), as a writer
    signs his own words and an editor adds the rest under them."""
    at = source.extra.get("appendix_at", len(source.units))
    while at > 1 and source.units[at - 1].text.strip()[:2] in ("（《", "(《"):
        at -= 1
    return at


def _moved_date(source):
    """The source's date line near the top (moved by the forms that sign with it)."""
    from realforms import _date_unit

    return _date_unit(source)


# -- site_portal: a modern provincial portal in HTML5 -------------------------------------


def _portal(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    rng = _rng(source, "site_portal")
    first = esc(next((u.text for u in source.units if u.kind == "text"), "")[:80])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_领导活动_{PORTAL}门户网站</title>
<meta name="SiteName" content="{PORTAL}门户网站">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="3400000001">
<meta name="ColumnName" content="领导活动">
<meta name="ColumnType" content="领导讲话">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 10:{rng.randint(10, 59)}">
<meta name="ContentSource" content="省政府办公厅">
<meta name="Keywords" content="领导讲话,{PORTAL}">
<meta name="Description" content="{first}">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header">
<div class="top-bar"><span>今天是：<span id="today"></span></span><a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/old/">长者模式</a></div>
<div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{PORTAL}"></a></div>
<form class="search" action="/search"><input type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/ywdt/">要闻动态</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjy/">互动交流</a></li><li><a href="/zjmh/">走进某某</a></li></ul></nav>
</header>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; <a href="/ldhd/">领导活动</a></div>
<main class="container">
<article class="article">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span class="date">发布日期：{date}</span><span class="source">信息来源：省政府办公厅</span>
<span class="hits">阅读次数：<em id="hits">{rng.randint(300, 20000)}</em></span>
<span class="font-size">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="article-content" id="UCAP-CONTENT">
{_paragraphs(source, '<p style="text-indent:2em;">')}
</div>
<div class="attachments"><p>附件下载：</p><ul><li><a href="/att/{rng.randint(1000, 9999)}.pdf">{title}.pdf</a></li></ul></div>
<div class="article-tools"><div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a><a href="#">【纠错】</a></div>
<div class="qrcode"><img src="/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</article>
<aside class="sidebar"><h3>相关链接</h3><ul>{_related(source, "site_portal", date)}</ul>
<h3>相关文章</h3><ul><li><a href="/a/1.html">全省经济运行情况新闻发布会</a></li></ul></aside>
</main>
<footer class="site-footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sm/">使用帮助</a></p>
<p>主办：{PORTAL}办公厅　承办：某某省数据资源管理局</p>
<p>网站标识码：3400000001　<a>皖ICP备05001234号</a>　<a>皖公网安备 34010002000123号</a></p>
</footer>
</body>
</html>
"""


# -- site_news: the speech printed inside a paper's report --------------------------------


def _news_page(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    y, mo, d = date.split("-")
    rng = _rng(source, "site_news")
    reporter = rng.choice(("张晓明", "李春华", "王建国"))
    caption = rng.choice(
        (
            f"▲ 会议现场。记者 {reporter} 摄",
            f"图为会议现场。本报记者 {reporter} 摄",
            "会议现场（资料图）",
        )
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}--{PAPER}--{PAPER}网</title>
<meta name="keywords" content="{title}" />
<meta name="publishdate" content="{date}" />
<meta name="source" content="来源：{PAPER}" />
</head><body>
<div class="header"><a href="/">{PAPER}网</a> <a href="/news/">新闻</a> <a href="/zz/">时政</a> <a href="/sh/">社会</a> <a href="/pl/">评论</a> <a href="/app/">客户端</a></div>
<div class="path"><a href="/">{PAPER}网</a>&gt;&gt;<a href="/zz/">时政</a></div>
<div class="layout rm_txt">
<div class="col col-1">
<h1>{title}</h1>
<div class="col-1-1">{y}年{mo}月{d}日07:{rng.randint(10, 59)} | 来源：<a href="/epaper/">{PAPER}</a></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">本报讯（记者 {reporter} 通讯员 刘洋）近日，{rng.choice(("全市", "全县", "全省"))}有关会议召开。本报今日全文刊发会上的讲话。</p>
<p style="text-align: center;"><img src="/pic/{rng.randint(100, 999)}.jpg" alt="" /></p>
<p style="text-align: center;">{caption}</p>
{_paragraphs(source, '<p style="text-indent: 2em;">')}
<p style="text-indent: 2em;">（本报记者 {reporter} 整理）</p>
<div class="edit cf">(责编：{rng.choice(("赵丹", "孙悦"))}、{rng.choice(("周婷", "吴昊"))})</div>
</div>
<div class="box_pic">责任编辑：{rng.choice(("赵丹", "孙悦"))}</div>
<div class="share">分享让更多人看到<a>微信</a><a>微博</a></div>
<div class="rm_relevant"><h2>相关新闻</h2><ul>{_related(source, "site_news", date)}</ul></div>
</div></div>
<div class="footer">{PAPER}社概况 | 关于{PAPER}网 | 报社招聘 | 广告服务<br/>{PAPER}网版权所有，未经书面授权禁止使用<br/>Copyright &copy; 1997-2025 by www.example.com.cn. all rights reserved</div>
</body></html>
"""


# -- site_fanwen: a 范文 site ---------------------------------------------------------------


def _fanwen(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    rng = _rng(source, "site_fanwen")
    return f"""<!DOCTYPE html>
<html><head><meta charset="gb2312">
<title>{title}_领导讲话_{FANWEN}</title>
<meta name="keywords" content="{title},领导讲话稿,讲话稿范文">
<meta name="description" content="{FANWEN}为大家整理的{title}，希望对大家有所帮助。">
</head><body>
<div class="top"><a href="/">{FANWEN}</a> 一站式范文写作平台 <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="nav"><a href="/">首页</a> | <a href="/gzzj/">工作总结</a> | <a href="/gzjh/">工作计划</a> | <a href="/jhg/">讲话稿</a> | <a href="/xdth/">心得体会</a> | <a href="/yjg/">演讲稿</a> | <a href="/sxbg/">述职报告</a></div>
<div class="place">当前位置：<a href="/">{FANWEN}</a> &gt; <a href="/jhg/">讲话稿</a> &gt; <a href="/jhg/ld/">领导讲话</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info">时间：{date} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}　来源：网络　作者：小编　点击：<span id="hits">{rng.randint(1000, 90000)}</span>次</div>
<div class="content">
<p>【导语】下面是小编为大家整理的{title}，供大家参考借鉴，希望可以帮助到有需要的朋友。</p>
{_paragraphs(source, "<p>", "b", "　　")}
<p>本文由{FANWEN}（www.diyifanwen.com）用户上传整理，转载请注明出处。</p>
</div>
<div class="download"><a href="/down/{rng.randint(10000, 99999)}.html">下载全文</a> <a href="/word/">下载Word文档</a></div>
<div class="tags">热门标签：<a>领导讲话</a> <a>会议讲话</a> <a>表态发言</a></div>
</div>
<div class="xg"><h3>相关推荐</h3><ul>
<li><a href="/jhg/1.html">2025年领导在工作会议上的讲话稿（精选5篇）</a></li>
<li><a href="/jhg/2.html">在全县干部大会上的讲话范文（通用3篇）</a></li>
<li><a href="/jhg/3.html">领导表态发言稿范文大全</a></li></ul></div>
<div class="foot">Copyright &copy; 2010-2025 {FANWEN} www.diyifanwen.com All Rights Reserved 　 <a>免责声明</a>　<a>联系我们</a></div>
</body></html>
"""


# -- site_wechat: a WeChat article ---------------------------------------------------------


def _wechat(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    rng = _rng(source, "site_wechat")
    paras = _paragraphs(
        source,
        '<p style="margin-bottom: 16px;line-height: 1.75em;text-indent: 2em;">',
        'span style="font-weight: bold;"',
    )
    return f"""<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5&amp;mid=2650&amp;idx=1">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:article:author" content="{ACCOUNT}">
<meta property="twitter:card" content="summary">
<meta name="description" content="{ACCOUNT}">
<title>{title}</title>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title " id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date} {rng.randint(10, 22)}:{rng.randint(10, 59)}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于某某</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content">
<section style="text-align: center;"><p><span style="color: rgb(0, 112, 192);">点击上方蓝字关注我们</span></p></section>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/a.gif" style="width: 100%;"></section>
<section style="font-size: 15px; letter-spacing: 1px;">
{paras}
</section>
<section style="text-align: center;"><p>END</p></section>
<section><p style="font-size: 12px; color: rgb(136, 136, 136);">来源：{PAPER}</p>
<p style="font-size: 12px; color: rgb(136, 136, 136);">编辑：{rng.choice(("王芳", "陈曦"))}　审核：{rng.choice(("李强", "刘洋"))}</p></section>
<section><p>▼ 推荐阅读</p><p><a>重磅！全市重点项目集中开工</a></p><p><a>速看！最新政策解读来了</a></p></section>
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/qr.jpg"><p>长按识别二维码关注我们</p></section>
</div>
</div></div></div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a>
<span>阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span><span>分享</span><span>在看</span><span>赞</span></div>
<div id="js_pc_qr_code" class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
</body></html>
"""


# -- site_toutiao: a Toutiao / 百家号-like page ---------------------------------------------


def _toutiao(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    rng = _rng(source, "site_toutiao")
    author = rng.choice(("某某融媒", "某某新闻", "学习强国某某号"))
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="og:release_date" content="{date}T18:30:00+08:00">
<meta name="author" content="{author}">
</head><body>
<div id="root"><div class="ttp-header"><a href="/">首页</a><a href="/video/">视频</a><a href="/search/">搜索</a><a>登录</a></div>
<div class="main"><div class="article-content">
<h1>{title}</h1>
<div class="article-meta"><span class="name"><a href="/c/user/1/">{author}</a></span><span>{date} 18:{rng.randint(10, 59)}</span><span>·</span><span>某某</span>
<button class="subscribe-btn">关注</button></div>
<article class="syl-article-base tt-article-content syl-page-article">
{_paragraphs(source)}
</article>
<div class="article-end"><p>声明：本文内容来源于网络，如有侵权请联系删除。</p></div>
<div class="report"><a>举报/反馈</a></div>
</div>
<div class="side"><div class="author-card"><a>{author}</a><span>{rng.randint(2, 90)}万粉丝 · 获赞{rng.randint(2, 90)}万</span><button>关注</button></div>
<h3>更多精彩</h3><ul>{_related(source, "site_toutiao", date)}</ul></div></div></div>
</body></html>
"""


# -- site_firefox: a disclosure page saved by Firefox ("Web Page, complete") --------------


def _firefox(source) -> str:
    esc = html.escape
    title = esc(_title(source))
    date = _published(source)
    files = f"./{title}_files"
    rng = _rng(source, "site_firefox")
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{title}</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 16:{rng.randint(10, 59)}">
<meta name="ContentSource" content="{OFFICE}">
<link rel="stylesheet" href="{files}/common.css">
<script src="{files}/jquery.js"></script>
</head>
<body>
<div class="head"><img src="{files}/banner.jpg" alt="">
<ul class="menu"><li><a href="https://www.example.gov.cn/">首页</a></li><li><a href="https://www.example.gov.cn/xxgk/">信息公开</a></li>
<li><a href="https://www.example.gov.cn/zcjd/">政策解读</a></li><li><a href="https://www.example.gov.cn/hdjl/">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="https://www.example.gov.cn/">首页</a> &gt; <a href="https://www.example.gov.cn/xxgk/">信息公开</a> &gt; 领导讲话</div>
<div class="xxgk-table"><table class="table_suoyin" cellspacing="0" cellpadding="0"><tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>11340100MB{rng.randint(1000, 9999)}/{date[:4]}-{rng.randint(10000, 99999)}</td><th>主题分类：</th><td>综合政务</td></tr>
<tr><th>发布机构：</th><td>{OFFICE}</td><th>成文日期：</th><td>{date}</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td></td><th>发布日期：</th><td>{date}</td></tr>
</tbody></table></div>
<div class="wzy"><div class="title"><h2>{title}</h2></div>
<div class="zoom" id="zoom">
{_paragraphs(source, '<p style="text-indent:2em;">')}
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="foot"><p>主办单位：{OFFICE}　网站标识码：3401000001</p><p>皖ICP备12345678号</p></div>
<script src="{files}/stat.js"></script>
</body></html>
"""


# -- site_mhtml: the news page saved by Chrome --------------------------------------------


def _chrome_mhtml(source) -> bytes:
    page = _news_page(source).replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
    )
    url = "https://www.example.com.cn/n1/2025/1103/c1001-40000000.html"
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    boundary = "----MultipartBoundary--8kQwH1a2bC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3x----"
    msg = email.mime.multipart.MIMEMultipart("related", boundary=boundary, type="text/html")
    del msg["MIME-Version"]
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = url
    subject = email.charset.Charset("utf-8")
    subject.header_encoding = email.charset.QP
    msg["Subject"] = email.header.Header(_title(source), subject).encode()
    msg["Date"] = "Mon, 3 Nov 2025 08:12:45 +0800"
    msg["MIME-Version"] = "1.0"
    part = email.mime.text.MIMEText(page, "html", cs)
    part["Content-ID"] = "<frame-3D0A2F4C8E@mhtml.blink>"
    part["Content-Location"] = url
    msg.attach(part)
    css = email.mime.text.MIMEText(".rm_txt_con p{text-indent:2em}", "css", cs)
    css["Content-Location"] = "https://www.example.com.cn/css/article.css"
    msg.attach(css)
    img = email.mime.base.MIMEBase("image", "jpeg")
    img.set_payload(base64.encodebytes(b"\xff\xd8\xff\xe0" + bytes(64)).decode())
    img["Content-Transfer-Encoding"] = "base64"
    img["Content-Location"] = "https://www.example.com.cn/pic/1.jpg"
    msg.attach(img)
    return msg.as_bytes()


def _gbk_page(page: str) -> bytes:
    """A page a 范文 site serves in GBK as its ``gb2312`` meta says (UTF-8, the meta
    changed, when the text has a character GBK lacks)."""
    try:
        return page.encode("gbk")
    except UnicodeEncodeError:
        return page.replace('charset="gb2312"', 'charset="utf-8"').encode("utf-8")


PAGES = {
    "site_portal": _portal,
    "site_news": _news_page,
    "site_fanwen": _fanwen,
    "site_wechat": _wechat,
    "site_toutiao": _toutiao,
    "site_firefox": _firefox,
}


# -- docx_redhead: a Word file with GB/T 9704's 版头 ---------------------------------------


def _write_redhead(source, path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    from realforms import _WordWriter

    rng = _rng(source, "docx_redhead")
    date_unit = _moved_date(source)
    dated = text_date(source, rng.choice(("cn", "arabic"))) if date_unit is not None else ""
    w = _WordWriter()
    w.para("000123")
    w.para(rng.choice(("机密★1年", "秘密★6个月", "内部资料")))
    w.para(rng.choice(("特急", "加急")))
    head = w.para(f"{OFFICE}文件")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in head.runs:
        run.font.size, run.font.color.rgb, run.bold = Pt(36), RGBColor(0xFF, 0, 0), True
    w.para(f"某政办〔2025〕{rng.randint(1, 99)}号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    w.para("")
    sign_at = _sign_at(source)
    for i, u in enumerate(source.units):
        text = u.text.strip()
        if u is date_unit:
            continue
        if i == sign_at and dated:
            w.para(dated).alignment = WD_ALIGN_PARAGRAPH.RIGHT
            dated = ""
        if u.kind == "title":
            p = w.para(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.font.size = Pt(22)
            continue
        if u.kind in ("quote", "cite"):
            w.para(text, style="Quote")
        elif u.kind == "heading":
            w.para(text, bold=u.level == 1)
        elif u.kind == "table":
            cells = text.split("\t")
            table = w.doc.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
        else:
            w.para(text)
    if dated:
        w.para(dated).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    w.para("")
    w.para("抄送：市委各部门，市人大常委会办公室，市政协办公室。")
    w.para(f"{OFFICE}　　　　　　　　{_published(source)[:4]}年12月1日印发")
    w.doc.save(str(path))


# -- txt_copied: a page copied into Notepad ------------------------------------------------


def _copied_text(source) -> bytes:
    rng = _rng(source, "txt_copied")
    date_unit = _moved_date(source)
    style = rng.choice(("dot", "iso", "cn"))
    dated = text_date(source, style) if date_unit is not None else ""
    at_end = rng.random() < 0.5
    sign_at = _sign_at(source)
    lines: list[str] = []
    for i, u in enumerate(source.units):
        text = u.text.strip().replace("\t", "　")
        if i == sign_at and dated and at_end:
            lines.extend([dated, ""])
            dated = ""
        if u is date_unit:
            if dated and not at_end:
                lines.extend([dated, ""])
            continue
        if u.kind == "title":
            lines.extend([text, ""])
            lines.append(f"来源：{PAPER}　　作者：{rng.choice(('张晓明', '本报记者'))}")
            lines.append(f"发布时间：{_published(source)} 09:{rng.randint(10, 59)}")
            lines.append("")
            continue
        if u.kind == "quote":
            text = "【编者按】" + text
        lines.extend([text, ""])
    if dated and at_end:
        lines.extend([dated, ""])
    lines.append(f"责任编辑：{rng.choice(('赵丹', '孙悦'))}")
    return ("\n".join(lines) + "\n").encode("utf-8")
