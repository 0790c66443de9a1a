"""w06 (a county portal's HTML5 page holding a 座谈会纪要) and w10 (a news site's page as Firefox
saves it, "Web Page, complete", the speech wrapped in a news report). Helper mb10, session 46."""

import html


def rows(here, name):
    return [
        ln.split("|")
        for ln in (here / "src" / name).read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]


def esc(t):
    return html.escape(t, quote=False)


def w06(here, out):
    body = []
    for r in rows(here, "w06.txt"):
        k = r[0]
        if k == "TITLE":
            body.append(
                f'        <p style="text-align: center;"><strong><span style="font-size: 22px;">{esc(r[1])}</span></strong></p>'
            )
        elif k == "SUB":
            body.append(f'        <p style="text-align: center;">{esc(r[1])}</p>')
        elif k == "H":
            body.append(f'        <p style="text-indent: 2em;"><strong>{esc(r[1])}</strong></p>')
        elif k == "R":
            body.append(
                f'        <p style="text-indent: 2em;"><strong>{esc(r[1])}</strong>{esc(r[2])}</p>'
            )
        elif k == "P":
            body.append(f'        <p style="text-indent: 2em;">{esc(r[1])}</p>')
        elif k == "X":
            body.append(f"        <p>{esc(r[1])}</p>")
        else:
            raise SystemExit(k)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="青岚县人民政府">
<meta name="SiteDomain" content="www.qinglan.gov.cn">
<meta name="SiteIDCode" content="3310990007">
<meta name="ColumnName" content="会议纪要">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="全县民营企业家座谈会纪要">
<meta name="PubDate" content="2026-11-24 16:20">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="民营企业,座谈会,纪要">
<title>全县民营企业家座谈会纪要_会议纪要_青岚县人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
</head>
<body>
<header class="site-header">
  <div class="top-bar"><span>欢迎访问青岚县人民政府门户网站</span> <a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/m/">手机版</a></div>
  <div class="logo"><img src="/static/img/logo.png" alt="青岚县人民政府"></div>
  <nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjql/">走进青岚</a></li></ul></nav>
</header>
<main class="container">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgk/hyjy/">会议纪要</a></div>
  <article class="article">
    <h1 class="article-title">全县民营企业家座谈会纪要</h1>
    <div class="article-info">
      <span>发布时间：2026-11-24 16:20</span><span>来源：县政府办公室</span><span>浏览次数：<em id="hits">426</em></span>
      <span class="font-size">字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a></span>
    </div>
    <div class="article-content" id="zoom">
{chr(10).join(body)}
    </div>
    <div class="article-attach">
      <p>附件下载：</p>
      <ul>
        <li><a href="/uploads/2026/11/24/qyjyyjqd.docx">1. 民营企业家意见建议清单.docx</a></li>
        <li><a href="/uploads/2026/11/24/zhbjzrfg.xlsx">2. 意见建议办理责任分工表.xlsx</a></li>
      </ul>
    </div>
    <div class="article-tools">
      <div class="share">分享到：<a class="wx" href="javascript:;" title="微信">微信</a> <a class="wb" href="javascript:;" title="微博">微博</a> <a class="qq" href="javascript:;" title="QQ空间">QQ空间</a></div>
      <div class="qrcode"><img src="/qrcode?url=%2Fzwgk%2Fxxgk%2Fhyjy%2F202611%2Ft20261124_8812.html" alt=""><p>扫一扫在手机打开当前页</p></div>
      <div class="print"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
    </div>
  </article>
  <aside class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/zwgk/xxgk/zcwj/202609/t20260915_8420.html">青岚县关于促进民营经济高质量发展的若干措施</a></li>
      <li><a href="/zwdt/jryw/202611/t20261118_8790.html">卢一鸣主持召开全县民营企业家座谈会</a></li>
      <li><a href="/zwgk/xxgk/hyjy/202610/t20261030_8655.html">县政府第三十六次常务会议纪要</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>
  <p>主办单位：青岚县人民政府办公室　承办单位：青岚县大数据发展中心</p>
  <p>网站标识码：3310990007　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　浙公网安备 33109902000123号</p>
</footer>
</body>
</html>
"""
    (out / "w06_symposium_minutes_portal.html").write_bytes(page.encode("utf-8"))


def w10(here, out):
    files = "./青岚一中建校80周年庆祝大会隆重举行_青岚新闻网_files"
    body = []
    for r in rows(here, "w10.txt"):
        k = r[0]
        if k == "NEWS":
            body.append(f"<p>　　{esc(r[1])}</p>")
        elif k == "TITLE":
            body.append(f'<p style="text-align:center"><strong>{esc(r[1])}</strong></p>')
        elif k == "SUB":
            body.append(f'<p style="text-align:center">{esc(r[1])}</p>')
        elif k == "X":
            body.append(f"<p>{esc(r[1])}</p>")
        elif k == "P":
            body.append(f"<p>　　{esc(r[1])}</p>")
        elif k == "R":
            body.append(f"<p>　　<strong>{esc(r[1])}</strong>{esc(r[2])}</p>")
        else:
            raise SystemExit(k)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta charset="utf-8">
<meta name="keywords" content="青岚一中,建校80周年,庆祝大会,胡远征">
<meta name="description" content="10月12日上午，青岚一中建校80周年庆祝大会在该校田径场隆重举行。">
<meta name="publishdate" content="2026-10-13">
<title>青岚一中建校80周年庆祝大会隆重举行_青岚新闻网</title>
<link rel="stylesheet" href="{files}/index.css">
<script src="{files}/jquery.min.js"></script>
<script src="{files}/share.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="https://www.qlnews.cn/">青岚新闻网</a> | <a href="https://www.qlnews.cn/epaper/">青岚日报数字报</a> | <a href="https://www.qlnews.cn/app/">青岚发布客户端</a></div></div>
<div class="header w1200"><a href="https://www.qlnews.cn/"><img src="{files}/logo.png" alt="青岚新闻网"></a></div>
<div class="nav w1200"><a href="https://www.qlnews.cn/">首页</a><a href="https://www.qlnews.cn/news/">青岚要闻</a><a href="https://www.qlnews.cn/xz/">乡镇动态</a><a href="https://www.qlnews.cn/jy/">教育</a><a href="https://www.qlnews.cn/pl/">评论</a><a href="https://www.qlnews.cn/sp/">视频</a></div>
<div class="w1200 main">
<div class="position">您当前的位置 ：<a href="https://www.qlnews.cn/">青岚新闻网</a> &gt; <a href="https://www.qlnews.cn/news/">青岚要闻</a> &gt; 正文</div>
<div class="article">
<h1>青岚一中建校80周年庆祝大会隆重举行</h1>
<div class="info"><span class="time">2026-10-13 07:30</span>　<span class="source">来源：青岚日报</span>　<span class="author">作者：宁小川　方青</span></div>
<div class="content" id="content">
{chr(10).join(body)}
<p class="editor">责任编辑：沈墨</p>
</div>
<div class="share-box">分享到：<a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_qzone" title="分享到QQ空间"></a></div>
</div>
<div class="related">
<div class="tit">相关阅读</div>
<ul>
<li><a href="https://www.qlnews.cn/jy/202610/t20261011_551203.html">青岚一中：八十载弦歌不辍 新时代再启新程</a></li>
<li><a href="https://www.qlnews.cn/news/202609/t20260910_549876.html">我县召开庆祝第42个教师节暨表彰大会</a></li>
</ul>
</div>
<div class="comment">
<div class="tit">网友评论</div>
<div class="c-item"><span class="c-user">青岚老校友</span><span class="c-time">2026-10-13 09:12</span><p>1986届校友，看到母校越来越好，由衷高兴！勤朴诚毅，永志不忘。</p></div>
<div class="c-item"><span class="c-user">山外青山</span><span class="c-time">2026-10-13 10:47</span><p>希望县里说到做到，1.5个亿早日落地，乡镇中学也要多关心。</p></div>
<div class="c-item"><span class="c-user">一中学子</span><span class="c-time">2026-10-13 12:05</span><p>那天在现场，讲得太好了！</p></div>
</div>
</div>
<div class="footer">
<p>青岚日报社主办　版权所有　未经授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证：33120230088　浙ICP备10023456号</p>
</div>
</body></html>
"""
    (out / "w10_celebration_speech_firefox.html").write_bytes(page.encode("utf-8"))


def main(here, out):
    w06(here, out)
    w10(here, out)
