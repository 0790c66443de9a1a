"""Build modern11's web forms from tools/src (helper mb11, session 47).
x06: an .mhtml as Chrome saves it ("Webpage, single file"): multipart/related, the html part
quoted-printable UTF-8 with `=` soft breaks, CRLF, Snapshot-Content-Location; a 政协 site's page
holding page one of a speech split by the site into three pages (第1页 2 3 下一页).
x07: an old county-bureau page in GB2312: nested <table>s, <font> tags, paragraphs separated by
<br><br>, 【相关附件】 and 上一篇/下一篇 after the speech.
Run: python tools/web.py  (from the set's folder)."""

import html
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"


def rows(name):
    out = []
    for ln in (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


E = html.escape


def x06():
    url = "https://www.htzx.gov.cn/lzdt/ldjh/202603/t20260316_41872.html"
    body = []
    for k, r in rows("x06"):
        if k == "T":
            body.append(f'<p style="text-align: center;"><strong>{E(r[0])}</strong></p>')
        elif k in ("SP", "D"):
            body.append(f'<p style="text-align: center;">{E(r[0])}</p>')
        elif k == "H1":
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{E(r[0] + r[1])}</strong></p>")
        elif k == "R2":
            body.append(
                f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{E(r[0] + r[1])}</strong>{E(r[2])}</p>"
            )
        elif r[0].endswith("：") and len(r[0]) < 12:
            body.append(f"<p>{E(r[0])}</p>")
        else:
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{E(r[0])}</p>")
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>温敬亭在县政协十一届五次会议闭幕会上的讲话_领导讲话_鹤汀政协网</title>
<meta name="SiteName" content="鹤汀政协网"><meta name="ColumnName" content="领导讲话"><meta name="ArticleTitle" content="温敬亭在县政协十一届五次会议闭幕会上的讲话"><meta name="PubDate" content="2026-03-16 09:30">
<link rel="stylesheet" type="text/css" href="https://www.htzx.gov.cn/images/style.css"></head>
<body><div class="top"><div class="w1200"><span class="date">2026年3月16日 星期一</span><span class="toplink"><a href="https://www.htzx.gov.cn/">设为首页</a> | <a href="https://www.htzx.gov.cn/">加入收藏</a></span></div></div>
<div class="header"><div class="w1200"><img src="https://www.htzx.gov.cn/images/logo.png" alt="鹤汀政协网"></div></div>
<div class="nav"><ul><li><a href="https://www.htzx.gov.cn/">首页</a></li><li><a href="https://www.htzx.gov.cn/zxyw/">政协要闻</a></li><li><a href="https://www.htzx.gov.cn/lzdt/">履职动态</a></li><li><a href="https://www.htzx.gov.cn/taza/">提案之窗</a></li><li><a href="https://www.htzx.gov.cn/wsls/">文史天地</a></li><li><a href="https://www.htzx.gov.cn/wyfc/">委员风采</a></li></ul></div>
<div class="w1200 main"><div class="crumb">当前位置：<a href="https://www.htzx.gov.cn/">首页</a> &gt; <a href="https://www.htzx.gov.cn/lzdt/">履职动态</a> &gt; <a href="https://www.htzx.gov.cn/lzdt/ldjh/">领导讲话</a></div>
<div class="article"><h1 class="art-title">温敬亭在县政协十一届五次会议闭幕会上的讲话</h1>
<div class="art-info">发布时间：2026-03-16 09:30&nbsp;&nbsp;&nbsp;来源：县政协办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1268</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="art-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="pagelist">第1页&nbsp;&nbsp;<a href="https://www.htzx.gov.cn/lzdt/ldjh/202603/t20260316_41872_1.html">2</a>&nbsp;&nbsp;<a href="https://www.htzx.gov.cn/lzdt/ldjh/202603/t20260316_41872_2.html">3</a>&nbsp;&nbsp;<a href="https://www.htzx.gov.cn/lzdt/ldjh/202603/t20260316_41872_1.html">下一页</a></div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="https://www.htzx.gov.cn/zxyw/202603/t20260314_41860.html">政协鹤汀县第十一届委员会第五次会议胜利闭幕</a></li><li><a href="https://www.htzx.gov.cn/zxyw/202603/t20260311_41833.html">政协鹤汀县第十一届委员会第五次会议隆重开幕</a></li></ul></div>
</div></div>
<div class="footer"><p>主办：政协鹤汀县委员会办公室　地址：鹤汀县鹤鸣路18号　电话：0000-6212345</p><p>网站标识码：3600000021　备案号：X ICP备12000000号-1</p></div>
</body></html>"""
    qp = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    # Chrome writes CRLF line ends and `=` + CRLF soft breaks at 76 columns
    qp = qp.replace("\r\n", "\n").replace("\n", "\r\n")
    boundary = "----MultipartBoundary--Hq8cV3kPzT2nWm5rXy7uLsD4aBfE1gJ6oN9iK0tR3e----"
    subject = (
        "=?utf-8?Q?"
        + "".join(
            f"={b:02X}"
            for b in "温敬亭在县政协十一届五次会议闭幕会上的讲话_领导讲话_鹤汀政协网".encode()
        )
        + "?="
    )
    css = 'body{font-family:"Microsoft YaHei",SimSun;margin:0}.w1200{width:1200px;margin:0 auto}.art-title{text-align:center;font-size:26px}.pagelist{text-align:center;margin:20px 0}'
    mht = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 16 Mar 2026 15:42:08 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n'
        "\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-6F1C0B3E2A9D4B7C8E5F1A2B3C4D5E6F@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n"
        "\r\n"
        f"{qp}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.htzx.gov.cn/images/style.css\r\n"
        "\r\n"
        f"{quopri.encodestring(css.encode()).decode()}\r\n"
        f"--{boundary}--\r\n"
    )
    (OUT / "x06_cppcc_closing_chrome_paged.mhtml").write_bytes(mht.encode("ascii"))


def x07():
    paras = []
    head = []
    for k, r in rows("x07"):
        if k == "T":
            title = r[0]
        elif k in ("SP", "D"):
            head.append(r[0])
        elif k == "R1":
            paras.append(f"　　<b>{E(r[0] + r[1])}</b>{E(r[2])}")
        elif r[0].endswith("：") and len(r[0]) < 20:
            paras.append(E(r[0]))
        else:
            paras.append("　　" + E(r[0]))
    body = "<br><br>\r\n".join(paras)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r
<html>\r
<head>\r
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\r
<title>{E(title)}--鹤汀县应急管理局</title>\r
<link href="/css/style.css" rel="stylesheet" type="text/css">\r
</head>\r
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\r
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\r
  <tr><td><img src="/images/banner.jpg" width="778" height="120" alt="鹤汀县应急管理局"></td></tr>\r
  <tr><td bgcolor="#1B5FA8" height="28" align="center"><font color="#FFFFFF"><a href="/"><font color="#FFFFFF">网站首页</font></a>　|　<a href="/zwgk/"><font color="#FFFFFF">政务公开</font></a>　|　<a href="/aqsc/"><font color="#FFFFFF">安全生产</font></a>　|　<a href="/yjgl/"><font color="#FFFFFF">应急管理</font></a>　|　<a href="/fzjz/"><font color="#FFFFFF">防灾减灾</font></a></font></td></tr>\r
</table>\r
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">\r
  <tr>\r
    <td width="180" valign="top" bgcolor="#EEF3FA">\r
      <table width="100%" border="0" cellspacing="0" cellpadding="4">\r
        <tr><td><font size="2"><b>栏目导航</b></font></td></tr>\r
        <tr><td><font size="2"><a href="/aqsc/gzdt/">工作动态</a><br><a href="/aqsc/ldjh/">领导讲话</a><br><a href="/aqsc/tzgg/">通知公告</a></font></td></tr>\r
      </table>\r
    </td>\r
    <td valign="top">\r
      <table width="100%" border="0" cellspacing="0" cellpadding="6">\r
        <tr><td><font size="2">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/aqsc/">安全生产</a> &gt;&gt; <a href="/aqsc/ldjh/">领导讲话</a></font></td></tr>\r
        <tr><td align="center"><font size="4" color="#CC0000"><b>{E(title)}</b></font></td></tr>\r
        <tr><td align="center"><font size="2" color="#666666">发布时间：2026-06-03　　来源：县应急管理局　　点击数：356</font></td></tr>\r
        <tr><td><hr size="1" color="#CCCCCC"></td></tr>\r
        <tr><td>\r
          <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">\r
            <tr><td class="content"><font size="3" face="宋体" style="line-height:180%">\r
<p align="center">{E(head[0])}<br>{E(head[1])}</p>\r
{body}\r
</font></td></tr>\r
          </table>\r
        </td></tr>\r
        <tr><td><font size="2"><b>【相关附件】</b><br><a href="/upload/2026/06/20260603093512.doc">2026年鹤汀县“安全生产月”活动实施方案.doc</a></font></td></tr>\r
        <tr><td align="right"><font size="2">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>\r
        <tr><td><font size="2">上一篇：<a href="/aqsc/ldjh/2026/0528/1187.html">在全县防汛抗旱工作会议上的讲话</a><br>下一篇：<a href="/aqsc/ldjh/2026/0611/1195.html">在全县燃气安全专项整治推进会上的讲话</a></font></td></tr>\r
      </table>\r
    </td>\r
  </tr>\r
</table>\r
<table width="778" border="0" align="center" cellpadding="6" cellspacing="0" bgcolor="#1B5FA8">\r
  <tr><td align="center"><font size="2" color="#FFFFFF">版权所有：鹤汀县应急管理局　　地址：鹤汀县府前路6号　　技术支持：鹤汀县信息中心<br>建议使用1024×768分辨率浏览</font></td></tr>\r
</table>\r
</body>\r
</html>\r
"""
    (OUT / "x07_safety_month_address_oldsite.html").write_bytes(page.encode("gb2312"))


if __name__ == "__main__":
    x06()
    x07()
    print("built x06, x07")
