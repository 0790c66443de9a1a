"""x06 (a WeChat 公众号 article saved as .html) and x09 (an .mht as an old Internet Explorer
saves a county site's page: gb2312, base64 parts). Run from the set's folder: python tools/web.py"""

import base64
import textwrap
from html import escape
from pathlib import Path

from common import rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
X06 = "x06_model_representative_wechat.html"
X09 = "x09_spring_festival_gathering_ie.mht"

SP = 'style="margin:0px;padding:0px;max-width:100%;box-sizing:border-box !important;overflow-wrap:break-word !important;"'


def wp(inner, align=None, indent=True):
    st = "text-align: center;" if align == "center" else "text-align: justify;"
    ind = "text-indent: 2em;" if indent and align != "center" else ""
    return (
        f'<section {SP}><section style="margin: 0px 8px; padding: 0px; line-height: 1.75em;"><p style="{st}{ind}'
        f'margin-bottom: 0px; line-height: 1.75em;"><span style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62);">'
        f"{inner}</span></p></section></section>"
    )


BR = '<p style="line-height: 1.75em;"><br></p>'


def x06():
    headline = "表彰大会发言摘登③｜唐小满：把每一件小事办成群众的暖心事"
    body = []
    body.append(
        '<section style="text-align: center;"><p style="text-align: center;"><span style="font-size: 12px; color: rgb(30, 111, 217);">'
        "点击上方蓝字<strong>“云岫组工”</strong>关注我们</span></p></section>" + BR
    )
    body.append(
        '<section style="margin: 10px 8px; padding: 12px; border: 1px dashed rgb(192, 0, 0);"><section><p style="text-align: justify;">'
        '<span style="font-size: 14px; color: rgb(136, 136, 136);"><strong>编者按：</strong>6月30日，全县“两优一先”表彰大会召开，'
        "5位受表彰代表在会上作了交流发言。本号今起陆续刊发代表发言，今天推出第三篇，敬请关注。</span></p></section></section>"
        + BR
    )
    for k, f in rows("x06"):
        if k == "T":
            body.append(
                '<section style="text-align: center;"><p style="text-align: center;"><strong><span style="font-size: 19px; color: rgb(192, 0, 0);">'
                f"{escape(f[0])}</span></strong></p></section>"
            )
        elif k in ("SUB", "SP"):
            body.append(
                f'<section style="text-align: center;"><p style="text-align: center;"><span style="font-size: 14px; color: rgb(89, 89, 89);">{escape(f[0])}</span></p></section>'
            )
            if k == "SP":
                body.append(BR)
        elif k == "R1":
            body.append(
                wp(
                    f'<strong><span style="color: rgb(192, 0, 0);">{escape(f[0] + f[1])}</span></strong>{escape(f[2])}'
                )
            )
            body.append(BR)
        else:
            body.append(wp(escape(f[0]), indent=not f[0].endswith("：")))
            body.append(BR)
    body.append(
        '<section style="text-align: center;"><p style="text-align: center;"><span style="font-size: 12px; color: rgb(178, 178, 178);">- END -</span></p></section>'
        + BR
    )
    body.append(
        '<section><p><span style="font-size: 12px; color: rgb(136, 136, 136);">来源：中共云岫县委组织部</span></p>'
        '<p><span style="font-size: 12px; color: rgb(136, 136, 136);">编辑：林小溪<br>审核：唐明德<br>校对：韦一禾</span></p></section>'
    )
    body.append(
        '<section style="margin-top: 20px;"><p style="text-align: center;"><strong><span style="font-size: 15px; color: rgb(30, 111, 217);">往期推荐</span></strong></p>'
        '<p><a href="https://mp.weixin.qq.com/s/Yx8aK2mQpL0e" target="_blank" data-linktype="2"><span style="font-size: 14px;">表彰大会发言摘登②｜蒲晓禾：让党旗在项目一线高高飘扬</span></a></p>'
        '<p><a href="https://mp.weixin.qq.com/s/Qv3nT7rWc9dA" target="_blank" data-linktype="2"><span style="font-size: 14px;">表彰大会发言摘登①｜韦守正：做群众身边的“老娘舅”</span></a></p>'
        '<p><a href="https://mp.weixin.qq.com/s/Mb5eH1uZk6sF" target="_blank" data-linktype="2"><span style="font-size: 14px;">全县“两优一先”表彰大会隆重召开</span></a></p></section>'
    )
    body.append(
        '<section style="text-align: center;"><p style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">分享　收藏　点赞　在看</span></p></section>'
    )
    content = "".join(body)
    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{escape(headline)}">
<meta property="og:type" content="article">
<meta property="og:description" content="荣誉只代表过去，奋斗永远在路上。">
<meta property="twitter:card" content="summary">
<title>{escape(headline)}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript">var ct = "1782988200"; var nickname = "云岫组工"; var msg_title = "{escape(headline)}";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{escape(headline)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text" id="copyright_logo">原创</span>
<span class="rich_media_meta rich_media_meta_text">县委组织部</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">云岫组工</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-07-02 18:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">澜州</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="">
<section style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box; font-family: -apple-system, BlinkMacSystemFont, 'Helvetica Neue', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei UI', 'Microsoft YaHei', Arial, sans-serif;" data-mpa-powered-by="yiban.io">{content}</section>
</div>
<div class="rich_media_tool_area"><div class="rich_media_tool"><a id="js_view_source" class="media_tool_meta meta_primary" href="https://www.yunxiu.gov.cn/zzb/2026/0702/art_1187.html">阅读原文</a>
<span id="readNum3" class="media_tool_meta meta_extra">阅读 2816</span></div></div>
<div id="js_toobar3" class="rich_media_tool_area"><span class="sns_opr_btn sns_share_btn">分享</span><span class="sns_opr_btn sns_like_btn" id="like3">赞 <em>96</em></span><span class="sns_opr_btn sns_praise_btn" id="js_like_btn">在看 <em>41</em></span></div>
</div>
<div id="js_cmt_area" class="rich_media_extra rich_media_extra_discuss">
<div class="discuss_container"><div class="rich_tips with_line title_tips discuss_title_line"><span class="tips">精选留言</span></div>
<ul class="discuss_list" id="js_cmt_list">
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">岫水边的老蒲</strong></div><div class="discuss_message"><span class="discuss_message_content">“三必到”说起来简单，坚持六年不容易，给唐书记点赞！</span></div><div class="discuss_extra_info">澜州　7月2日</div></li>
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">青岚村民小韦</strong></div><div class="discuss_message"><span class="discuss_message_content">小满信箱我投过两次，真的三天就有回音。</span></div><div class="discuss_extra_info">澜州　7月2日</div></li>
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">栎坪一兵</strong></div><div class="discuss_message"><span class="discuss_message_content">把小事当大事，这句话值得每个村干部记住。</span></div><div class="discuss_extra_info">澜州　7月3日</div></li>
</ul></div></div>
</div></div></div></div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg.js"></script>
</body>
</html>
"""
    (OUT / X06).write_text(page, encoding="utf-8")


def x09():
    rs = rows("x09")
    title = [f[0] for k, f in rs if k == "T"][0]
    ps = []
    for k, f in rs:
        t = "".join(f)
        if k == "T":
            continue
        if k in ("SP", "D"):
            ps.append(f"<P align=center><FONT face=楷体_GB2312>{escape(t)}</FONT></P>")
        elif k == "R1":
            ps.append(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<B>{escape(f[0] + f[1])}</B>{escape(f[2])}</P>")
        elif t.endswith("：") and len(t) < 30:
            ps.append(f"<P>{escape(t)}</P>")
        else:
            ps.append(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{escape(t)}</P>")
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>{escape(title)}--云岫县人民政府</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.3698" name=GENERATOR>
<STYLE type=text/css>BODY {{FONT-SIZE: 12px; MARGIN: 0px}}
.zw {{FONT-SIZE: 16px; LINE-HEIGHT: 200%}}
.bt {{FONT-WEIGHT: bold; FONT-SIZE: 22px; COLOR: #b40000}}
</STYLE></HEAD>
<BODY>
<TABLE cellSpacing=0 cellPadding=0 width=900 align=center border=0>
<TBODY>
<TR><TD><IMG height=120 src="http://www.yunxiu.gov.cn/images/top_banner.gif" width=900 border=0></TD></TR>
<TR><TD bgColor=#b40000 height=30 align=center><A href="http://www.yunxiu.gov.cn/"><FONT color=#ffffff>网站首页</FONT></A>　|　<A href="http://www.yunxiu.gov.cn/zwgk/"><FONT color=#ffffff>政务公开</FONT></A>　|　<A href="http://www.yunxiu.gov.cn/ldjh/"><FONT color=#ffffff>领导讲话</FONT></A>　|　<A href="http://www.yunxiu.gov.cn/bsfw/"><FONT color=#ffffff>办事服务</FONT></A>　|　<A href="http://www.yunxiu.gov.cn/hdjl/"><FONT color=#ffffff>互动交流</FONT></A></TD></TR>
<TR><TD height=28>&nbsp;当前位置：<A href="http://www.yunxiu.gov.cn/">首页</A> &gt; <A href="http://www.yunxiu.gov.cn/ldjh/">领导讲话</A> &gt; 正文</TD></TR>
<TR><TD>
<TABLE cellSpacing=0 cellPadding=10 width="96%" align=center border=0>
<TBODY>
<TR><TD class=bt align=center height=50>{escape(title)}</TD></TR>
<TR><TD align=center height=26 style="BORDER-BOTTOM: #cccccc 1px dashed">发布日期：2027-02-04&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县委办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1208&nbsp;&nbsp;&nbsp;&nbsp;【<A href="#">大</A> <A href="#">中</A> <A href="#">小</A>】</TD></TR>
<TR><TD class=zw>
<DIV id=zoom>
{chr(10).join(ps)}
</DIV></TD></TR>
<TR><TD align=right>【<A href="javascript:window.print()">打印此页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
<TR><TD>相关链接：<BR><A href="http://www.yunxiu.gov.cn/ldjh/2027-01/28/content_1179.htm">陆明川在县十八届人大四次会议上作政府工作报告</A><BR><A href="http://www.yunxiu.gov.cn/ldjh/2027-01/21/content_1172.htm">沈砚秋在县委经济工作会议上的讲话</A></TD></TR>
</TBODY></TABLE></TD></TR>
<TR><TD bgColor=#eeeeee align=center height=60>主办：云岫县人民政府办公室　承办：云岫县信息中心<BR>地址：云岫县岫山路1号　邮编：000000　备案序号：澜ICP备000000号</TD></TR>
</TBODY></TABLE></BODY></HTML>
"""
    raw = html.replace("\n", "\r\n").encode("gb2312")
    b64 = "\r\n".join(textwrap.wrap(base64.b64encode(raw).decode("ascii"), 76))
    gif = base64.b64encode(
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xb4\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    ).decode()

    def q(s):
        return "=?gb2312?B?" + base64.b64encode(s.encode("gb2312")).decode() + "?="

    bnd = "----=_NextPart_000_0013_01D7F9A2.6C1E3B40"
    mht = (
        f"From: {q('由 Microsoft Internet Explorer 6 保存')}\r\n"
        f"Subject: {q(title + '--云岫县人民政府')}\r\n"
        "Date: Thu, 4 Feb 2027 10:12:33 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{bnd}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.3664\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{bnd}\r\n"
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.yunxiu.gov.cn/ldjh/2027-02/04/content_1187.htm\r\n\r\n"
        f"{b64}\r\n\r\n"
        f"--{bnd}\r\n"
        "Content-Type: image/gif\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.yunxiu.gov.cn/images/top_banner.gif\r\n\r\n"
        f"{gif}\r\n\r\n"
        f"--{bnd}--\r\n"
    )
    (OUT / X09).write_bytes(mht.encode("ascii"))


if __name__ == "__main__":
    x06()
    x09()
    print("ok")
