"""v02 (.htm in GBK, a county government site in table layout), v04 (a WeChat article .html)
and v07 (.mht as Internet Explorer saves a company site page: gb2312, quoted-printable)."""

import html
import quopri
from email.header import Header


def rows(here, name):
    return [
        ln.split("|")
        for ln in (here / "src" / name).read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]


def body_html(rws, captions=None, wx=False):
    """Paragraphs as the site's editor leaves them; ``captions`` maps a paragraph's first
    characters to an image and its caption placed after that paragraph."""
    out = []
    for r in rws:
        k, t = r[0], html.escape(r[1])
        if wx:
            sp = '<span style="font-size:15px;letter-spacing:1px;">'
            if k in ("TITLE",):
                out.append(f'<p style="text-align:center;"><strong>{sp}{t}</span></strong></p>')
            elif k == "SUB":
                out.append(f'<p style="text-align:center;">{sp}{t}</span></p>')
            elif k == "H":
                out.append(
                    f'<section style="margin:20px 0 10px;"><p style="text-align:center;"><strong>'
                    f'<span style="font-size:16px;color:#c00000;">{t}</span></strong></p></section>'
                )
            elif k == "X":
                out.append(f"<p>{sp}{t}</span></p>")
            elif k == "P":
                out.append(f'<p style="text-indent:2em;">{sp}{t}</span></p>')
            else:
                raise SystemExit(k)
        else:
            if k == "TITLE":
                out.append(f'<p align="center"><strong>{t}</strong></p>')
            elif k == "SUB":
                out.append(f'<p align="center">{t}</p>')
            elif k == "H":
                out.append(f'<p style="text-indent:2em"><strong>{t}</strong></p>')
            elif k == "X":
                out.append(f"<p>{t}</p>")
            elif k == "P":
                out.append(f'<p style="text-indent:2em">{t}</p>')
            elif k == "R":
                out.append(
                    f'<p style="text-indent:2em"><strong>{t}</strong>{html.escape(r[2])}</p>'
                )
            else:
                raise SystemExit(k)
        for key, (img, cap) in (captions or {}).items():
            if r[-1].startswith(key):
                out.append(
                    f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{img}/640?wx_fmt=jpeg" data-ratio="0.667"></p>'
                    f'<p style="text-align:center;"><span style="font-size:12px;color:#888888;">{html.escape(cap)}</span></p>'
                )
    return "\n".join(out)


def v02(here, out):
    body = body_html(rows(here, "v02.txt"))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>苏景行在全县“乡村振兴先锋”表彰大会上的讲话--石门县人民政府门户网站</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.gif" alt="石门县人民政府门户网站"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zxfw/">在线服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/smgk/">走进石门</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/ldjh/">领导讲话</a></td></tr>
<tr><td align="center" class="biaoti" height="60">苏景行在全县“乡村振兴先锋”表彰大会上的讲话</td></tr>
<tr><td align="center" class="xinxi">发布时间：2026-03-12 09:30:15　　来源：县政府办公室　　浏览次数：312　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】　【<a href="javascript:window.print()">打印</a>】　【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td id="zoom" class="zoom" style="font-size:16px;line-height:200%">
{body}
</td></tr>
<tr><td align="right" class="xinxi">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">主办：石门县人民政府办公室　　承办：石门县大数据中心<br>
地址：石门县人民路88号　　联系电话：0000-0000000　　网站标识码：0000000000　　备案号：石ICP备00000000号</td></tr>
</table>
</body></html>
"""
    (out / "v02_commendation_speech_gbk.htm").write_bytes(page.replace("\n", "\r\n").encode("gbk"))


def v04(here, out):
    caps = {
        "网格划小了": ("Gq1bX2aR7c", "▲ 槐树巷网格党支部开展入户走访"),
        "去年，桂苑小区": ("Hs8kT4mW3e", "▲ 桂苑小区居民在“板凳会”上商议加装电梯事宜"),
        "同时，我们开发了": ("Jp5nV9cZ1d", "▲ 工作人员向居民演示“枫桥e格”小程序"),
    }
    body = body_html(rows(here, "v04.txt"), captions=caps, wx=True)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="枫桥街道：坚持“四个注重”让“小网格”托起“大民生”">
<meta property="og:site_name" content="微信公众平台">
<title>枫桥街道：坚持“四个注重”让“小网格”托起“大民生”</title></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">枫桥街道：坚持“四个注重”让“小网格”托起“大民生”</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">桐江组工</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">桐江组工</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-09-18 18:30</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><p><span style="font-size:13px;color:#1e6fff;">点击蓝字关注我们</span></p></section>
<section style="background:#f5f5f5;padding:10px 15px;margin:10px 0;"><p><span style="font-size:14px;color:#666666;">编者按：9月16日，全市基层治理现场推进会在桐江区召开。会上，6个单位作了交流发言。本号将陆续推出，今天刊发桐江区枫桥街道的发言。</span></p></section>
{body}
<p><br></p>
<section><p><span style="font-size:12px;color:#888888;">来源：桐江区委组织部　编辑：周一苇　审核：孟川</span></p></section>
<section><p style="text-align:center;"><span style="font-size:14px;">往期推荐</span></p><p><a href="#">全市基层治理现场推进会召开</a></p><p><a href="#">“两新”组织党建的桐江探索</a></p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="https://mp.weixin.qq.com/s/example">阅读原文</a> <span>阅读 3.2万</span></div>
<div id="js_bottom_bar"><span class="js_share">分享</span> <span class="js_like">赞</span> <span class="js_watch">在看</span> <span>写留言</span></div>
</div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_title">精选留言</div>
<ul class="discuss_list">
<li class="discuss_item"><div class="nickname">槐树巷老陈</div><div class="discuss_message_content">我们网格长真的是随叫随到，点赞！</div><div class="discuss_extra_info">浙江 · 2026-09-18</div></li>
<li class="discuss_item"><div class="nickname">小雨点</div><div class="discuss_message_content">“八必访”很实在，建议在全市推广。</div><div class="discuss_extra_info">浙江 · 2026-09-19</div></li>
<li class="discuss_item"><div class="nickname">江边一棵树</div><div class="discuss_message_content">板凳会这个办法好，我们小区也想学。</div><div class="discuss_extra_info">浙江 · 2026-09-19</div></li>
</ul></div>
</div></div>
</body></html>
"""
    (out / "v04_grid_governance_wechat.html").write_text(page, encoding="utf-8")


def v07(here, out):
    body = body_html(rows(here, "v07.txt"))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>星澜物流集团有限公司--谢承泽董事长在集团2026年度总结表彰大会上的讲话</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 8.00.7601.18939" name=GENERATOR></HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TBODY><TR><TD><IMG src="http://www.xinglan-example.com/images/logo.gif"> 星澜物流集团有限公司</TD></TR>
<TR><TD class=menu><A href="http://www.xinglan-example.com/">首　页</A> | <A href="http://www.xinglan-example.com/about.asp">集团概况</A> | <A href="http://www.xinglan-example.com/news.asp">新闻动态</A> | <A href="http://www.xinglan-example.com/yewu.asp">业务领域</A> | <A href="http://www.xinglan-example.com/djgz.asp">党建园地</A> | <A href="http://www.xinglan-example.com/job.asp">人才招聘</A></TD></TR></TBODY></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TBODY><TR><TD class=weizhi>您现在的位置：<A href="http://www.xinglan-example.com/">首页</A> &gt; <A href="http://www.xinglan-example.com/news.asp">新闻动态</A> &gt; 领导讲话</TD></TR>
<TR><TD class=newstitle align=middle>谢承泽董事长在集团2026年度总结表彰大会上的讲话</TD></TR>
<TR><TD class=newsinfo align=middle>作者：党群工作部　　发布时间：2027-1-24 15:02:11　　点击数：865　　[<A href="javascript:window.print()">打印本页</A>]　[<A href="javascript:window.close()">关闭窗口</A>]</TD></TR>
<TR><TD class=newscontent>
{body}
</TD></TR>
<TR><TD class=newsnav>上一条：<A href="http://www.xinglan-example.com/show.asp?id=1326">集团召开2027年安全生产工作会议</A><BR>下一条：<A href="http://www.xinglan-example.com/show.asp?id=1328">冷链事业部云溪冷库项目开工</A></TD></TR></TBODY></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TBODY><TR><TD class=copyright align=middle>版权所有：星澜物流集团有限公司　　技术支持：桐江网络　　浙ICP备00000000号</TD></TR></TBODY></TABLE>
</BODY></HTML>
"""
    qp = quopri.encodestring(page.replace("\n", "\r\n").encode("gbk")).decode("ascii")
    gif = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    subj = Header(
        "星澜物流集团有限公司--谢承泽董事长在集团2026年度总结表彰大会上的讲话", "gb2312"
    ).encode()
    frm = Header("<由 Windows Internet Explorer 8 保存>", "gb2312").encode()
    b = "----=_NextPart_000_0000_01DB6E2A.5C3F1B80"
    mh = (
        f"From: {frm}\r\nSubject: {subj}\r\nDate: Sun, 24 Jan 2027 16:40:52 +0800\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24545\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f'--{b}\r\nContent-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
        "Content-Location: http://www.xinglan-example.com/show.asp?id=1327\r\n\r\n"
        f"{qp}\r\n\r\n"
        f"--{b}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.xinglan-example.com/images/logo.gif\r\n\r\n"
        f"{gif}\r\n\r\n--{b}--\r\n"
    )
    (out / "v07_company_annual_keywords.mht").write_bytes(mh.encode("ascii"))


def main(here, out):
    v02(here, out)
    v04(here, out)
    v07(here, out)
