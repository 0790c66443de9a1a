"""Saved web pages (.html/.htm/.mhtml): the article without the site, with the page's
title, date and source as metadata candidates. Pages are built here, in the shape of a
Chinese government site's article page (nothing scraped is checked in)."""

from __future__ import annotations

import json
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from drafter.corpus import load_document
from drafter.corpus.readers import read_file

BODY = [
    ("c", "市长　张某某"),
    ("c", "（2024年3月5日）"),
    ("p", "同志们："),
    ("p", "今天，我们召开全市优化营商环境大会，总结去年工作，部署今年任务。下面，我讲三点意见。"),
    ("b", "一、充分肯定成绩，切实增强责任感"),
    (
        "p",
        "过去一年，全市上下坚持把优化营商环境作为“一号工程”来抓，企业开办时间压缩至1个工作日以内。",
    ),
    ("b", "二、突出工作重点，全力打造一流营商环境"),
    ("p", "一是持续深化“放管服”改革。全面推行“一网通办”，让数据多跑路、群众少跑腿。"),
    ("p", "二是着力强化要素保障。聚焦企业用地、用工、融资等需求，精准施策、靶向发力。"),
    ("b", "三、狠抓工作落实，确保任务落地见效"),
    ("p", "各级各部门要把优化营商环境摆在突出位置，主要负责同志要亲自抓、负总责。"),
    ("p", "同志们，优化营商环境只有进行时，没有完成时。让我们奋力开创营商环境建设新局面！"),
]
CHROME = ["当前位置", "字体", "打印", "关闭", "分享到", "相关链接", "版权所有", "ICP备"]


def gov_page(*, charset: str = "utf-8", meta: bool = True, title_tag: str | None = None) -> str:
    title = "在全市优化营商环境大会上的讲话"
    metas = (
        f'<meta name="SiteName" content="某某市人民政府"><meta name="ColumnName" content="领导讲话">'
        f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2024-03-05 10:30">'
        f'<meta name="ContentSource" content="市政府办公室">'
        if meta
        else ""
    )
    paragraphs = []
    for kind, text in BODY:
        if kind == "c":
            paragraphs.append(f'<p style="text-align:center">{text}</p>')
        elif kind == "b":
            paragraphs.append(f'<p style="text-indent:2em"><strong>{text}</strong></p>')
        else:
            paragraphs.append(f'<p style="text-indent:2em">{text}</p>')
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset={charset}"><title>{title_tag or title + "_领导讲话_某某市人民政府"}</title>'
        f"{metas}<script>var x = 1;</script><style>p{{margin:0}}</style></head><body>"
        '<div class="nav"><a href="/">首页</a> <a>政务公开</a> <a>领导讲话</a> <a>互动交流</a></div>'
        '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 领导讲话</div>'
        f'<div class="article"><h1>{title}</h1>'
        '<div class="info">发布时间：2024-03-05 10:30　来源：市政府办公室　'
        "【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a> <a>关闭</a></div>"
        f'<div class="TRS_Editor">{"".join(paragraphs)}</div>'
        '<div class="share">分享到：<a>微信</a> <a>微博</a></div>'
        '<div class="related"><h3>相关链接</h3><ul><li><a>市政府召开常务会议</a></li>'
        "<li><a>我市出台优化营商环境若干措施</a></li></ul></div></div>"
        '<div class="footer">主办：某某市人民政府办公室　版权所有　某ICP备12345678号</div>'
        "</body></html>"
    )


def _check_speech(doc) -> None:
    m = doc.metadata
    assert m.title == "在全市优化营商环境大会上的讲话"
    assert m.date == "2024-03-05"
    assert m.speaker == "张某某" and m.post == "市长"
    headings = [s.heading for s in doc.outline.sections]
    assert headings == [
        "充分肯定成绩，切实增强责任感",
        "突出工作重点，全力打造一流营商环境",
        "狠抓工作落实，确保任务落地见效",
    ]
    assert [c.heading for c in doc.outline.sections[1].children] == [
        "持续深化“放管服”改革",
        "着力强化要素保障",
    ]
    body = "\n".join(p.text for p in doc.paragraphs())
    for chrome in CHROME:
        assert chrome not in body, chrome
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，")


@pytest.mark.parametrize("charset", ["utf-8", "gb2312"])
def test_a_saved_government_page_reads_as_the_speech(tmp_path, charset):
    path = tmp_path / "讲话.html"
    encoding = "gb18030" if charset == "gb2312" else charset
    path.write_bytes(gov_page(charset=charset).encode(encoding))
    doc = load_document(path)
    _check_speech(doc)
    assert doc.metadata.source == "市政府办公室"
    assert doc.format == "html"


def test_without_meta_tags_title_and_date_come_from_the_page(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(gov_page(meta=False), "utf-8")
    raw = read_file(path)
    assert raw.hints["title"] == "在全市优化营商环境大会上的讲话"  # <title> without the site
    # found in the page by htmldate: when the page was posted, not the text's date
    assert raw.hints["published"] == "2024-03-05" and "date" not in raw.hints
    _check_speech(load_document(path))


def test_an_mhtml_archive_reads_its_page(tmp_path):
    archive = MIMEMultipart("related", type="text/html")
    html = MIMEText(gov_page(), "html", "utf-8")
    html.replace_header("Content-Transfer-Encoding", "quoted-printable")
    from email import charset as email_charset

    cs = email_charset.Charset("utf-8")
    cs.body_encoding = email_charset.QP
    html = MIMEText(gov_page(), "html", cs)
    html["Content-Location"] = "http://www.example.gov.cn/art/2024/3/5/art_1.html"
    archive.attach(html)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    path = tmp_path / "讲话.mhtml"
    path.write_bytes(archive.as_bytes())
    doc = load_document(path)
    _check_speech(doc)
    assert doc.format == "mhtml"


def test_outline_json_of_a_page(tmp_path):
    from drafter.cli import main

    path = tmp_path / "讲话.html"
    path.write_text(gov_page(), "utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["outline", "--json", str(path)]) == 0
    data = json.loads(out.getvalue())
    assert data["title"] == "在全市优化营商环境大会上的讲话" and data["source"] == "市政府办公室"


def test_a_page_that_is_not_html_is_a_read_error(tmp_path):
    from drafter.corpus import ReadError

    path = tmp_path / "x.html"
    path.write_text("只是一段文字，没有任何标记。" * 20, "utf-8")
    with pytest.raises(ReadError, match=r"^x\.html: not a web page"):
        read_file(path)


def test_library_add_of_a_folder_of_saved_pages(tmp_path):
    from drafter.library import Library

    folder = tmp_path / "网页"
    (folder / "讲话_files").mkdir(parents=True)
    (folder / "讲话.html").write_text(gov_page(), "utf-8")
    other = gov_page().replace("营商环境", "安全生产").replace("2024-03-05", "2024-04-01")
    other = other.replace("2024年3月5日", "2024年4月1日")
    (folder / "安全.htm").write_text(other, "utf-8")
    (folder / "讲话_files" / "ad.html").write_text("<html><body>广告</body></html>", "utf-8")
    (folder / "讲话_files" / "style.css").write_text("p{}", "utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        *_, last = lib.add([folder])
        assert not last.errors, last.errors
        docs = {d.title: d for d in lib.documents()}
        assert set(docs) == {"在全市优化营商环境大会上的讲话", "在全市优化安全生产大会上的讲话"}
        assert docs["在全市优化安全生产大会上的讲话"].date == "2024-04-01"
        hits = lib.search("放管服")
        assert hits.total == 2
        assert not lib.search("版权所有").hits


H3_PARTS = [
    "一、统一思想认识，把握工作要求",
    "二、突出工作重点，抓好关键环节",
    "三、加强组织领导，确保取得实效",
]


def h3_page() -> str:
    """A page whose article sets its part headings as <h3> and its speaker and date as
    <div>s under an <h2> title, in div.article: trafilatura's default pass drops them."""
    parts = []
    for n, head in enumerate(H3_PARTS, 1):
        parts.append(f"<h3>{head}</h3>")
        for k in range(2):
            parts.append(
                f"<p>第{n}部分的第{k + 1}段话，各单位要结合实际抓好贯彻落实，"
                f"把各项任务分解到岗、落实到人，确保件件有着落、事事有回音。</p>"
            )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta name="ArticleTitle" content="在全区春季工作推进会上的讲话">'
        '<meta name="PubDate" content="2024-04-09 09:00"><title>在全区春季工作推进会上的讲话 - 某某网</title>'
        '</head><body><div id="menu"><a href="/">首页</a><a href="/a/">工作动态</a></div>'
        '<div class="article"><h2 class="title">在全区春季工作推进会上的讲话</h2>'
        '<div class="subtitle">区长　王某某</div><div class="subtitle">（2024年4月7日）</div>'
        "<p>同志们：</p><p>今天召开全区春季工作推进会，主要任务是部署当前重点工作。下面，我讲三点意见。</p>"
        + "".join(parts)
        + "<p>同志们，任务已经明确，关键在于落实。让我们撸起袖子加油干！</p></div>"
        '<div id="footer">版权所有：某某区人民政府</div></body></html>'
    )


def test_h3_part_headings_inside_the_article_are_kept(tmp_path):
    path = tmp_path / "h3.html"
    path.write_text(h3_page(), encoding="utf-8")
    doc = load_document(path)
    assert [s.marker + s.heading for s in doc.outline.sections] == H3_PARTS
    # the speech's own date line, not the page's PubDate
    assert doc.metadata.date == "2024-04-07"


def test_a_gbk_page_that_declares_no_charset_reads(tmp_path):
    """Saved in GBK with no charset anywhere (no <meta>, no HTTP header kept): the bytes
    alone say GBK, and the page reads as the UTF-8 one does."""
    page = gov_page().replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', ""
    )
    assert "charset" not in page
    path = tmp_path / "讲话.htm"
    path.write_bytes(page.encode("gbk"))
    doc = load_document(path)
    _check_speech(doc)
    assert doc.encoding in ("gb18030", "gbk", "gb2312")


def test_a_page_whose_article_is_one_table_cell_of_br_lines(tmp_path):
    """Older county sites put the whole article in one cell of a layout table, its
    paragraphs separated by <br>: each line is a paragraph, bold leads read as in <p>s."""
    lines = []
    for kind, text in BODY:
        if kind == "b":
            lines.append(f"<b>{text}</b>")
        else:
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{text}")
    cell = "<br>".join(lines)
    page = gov_page()
    start = page.index('<div class="TRS_Editor">')
    end = page.index("</div>", start) + len("</div>")
    page = (
        page[:start]
        + f'<table width="100%"><tr><td class="bt_content"><font size="3">{cell}</font></td></tr></table>'
        + page[end:]
    )
    path = tmp_path / "讲话.html"
    path.write_text(page, "utf-8")
    _check_speech(load_document(path))


def test_full_width_spaces_stay_as_the_page_types_them(tmp_path):
    """传承红色基因　走好新时代赶考路: a full-width space between two phrases of a title or a
    heading is typed content (the 公文 way) and stays; the extractor joins whitespace with
    str.split, which took U+3000 for a space. &nbsp; runs and ASCII spaces are layout and
    are made one space as before; a paragraph's full-width indent is trimmed as before."""
    part = "各级党组织要把红色资源利用好、把红色传统发扬好、把红色基因传承好，让党员干部在学习中受教育。"
    body = "".join(f"<p>　　{part}</p>" for _ in range(6))
    page = (
        '<html><head><meta charset="utf-8"><title>传承红色基因　走好新时代赶考路</title></head>'
        '<body><div class="nav"><a href="/">首页</a></div><div id="content">'
        "<h1>传承红色基因　走好新时代赶考路</h1>"
        f"<p>一、坚定理想信念　筑牢思想根基</p>{body}"
        f"<p>二、锤炼&nbsp;&nbsp;过硬作风 　勇于担当作为</p>{body}"
        "</div></body></html>"
    )
    path = tmp_path / "党课.html"
    path.write_text(page, "utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "传承红色基因　走好新时代赶考路"
    assert [s.heading for s in doc.outline.sections] == [
        "坚定理想信念　筑牢思想根基",
        "锤炼 过硬作风　勇于担当作为",
    ]
    assert doc.outline.sections[0].paragraphs[0] == part


def headline_page(*, own_block: bool) -> str:
    """A county site's page whose <h1> is the site's headline (the township's name, a colon,
    the title in its words) and whose article opens with the text's own title block, or
    (``own_block`` False) goes straight into the text under the headline; the page's date
    is only in its meta tag and 发布时间 bar."""
    head = (
        "<p>坚持党建引领　激活“小网格”大能量</p><p>——某某乡推进基层治理现代化的实践与探索</p>"
        "<p>中共某某县某某乡委员会</p>"
        if own_block
        else ""
    )
    body = "".join(f"<p>{text}</p>" for kind, text in BODY[3:] if kind != "c")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" '
        'content="2026-09-14 10:26"><title>某某乡：坚持党建引领 激活“小网格”大能量_某某县人民政府'
        '</title></head><body><div class="nav"><a href="/">首页</a> <a>乡镇动态</a></div>'
        '<div class="article"><h1>某某乡：坚持党建引领 激活“小网格”大能量</h1>'
        '<div class="info">发布时间：2026-09-14 10:26　信息来源：某某乡人民政府　'
        "【字号：<a>大</a> <a>中</a> <a>小</a>】</div>"
        f'<div class="TRS_Editor">{head}{body}</div></div>'
        '<div class="footer">主办：某某县人民政府办公室</div></body></html>'
    )


def test_the_texts_own_title_block_wins_over_the_sites_headline(tmp_path):
    """The site's <h1> says 某某乡：…; the article opens with the text's own title, its
    ——subtitle and its issuer: the author's title is the document's. With no title block
    of its own, the headline stays the title. Either way the page's posting date is not
    the text's (the date convention, tests/gold/README.md)."""
    path = tmp_path / "经验.html"
    path.write_text(headline_page(own_block=True), "utf-8")
    doc = load_document(path)
    m = doc.metadata
    assert (m.title, m.subtitle) == (
        "坚持党建引领　激活“小网格”大能量",
        "某某乡推进基层治理现代化的实践与探索",
    )
    assert m.speaker == "中共某某县某某乡委员会" and m.date is None
    path.write_text(headline_page(own_block=False), "utf-8")
    m = load_document(path).metadata
    assert m.title == "某某乡：坚持党建引领 激活“小网格”大能量" and m.date is None


def test_the_pages_title_keeps_the_headings_spaces_as_written():
    """The <title> names the page's heading; what is given back is the heading as written:
    its full-width space kept (the 公文 way between two phrases), a run of ASCII spaces or
    &nbsp; made one space, never the squeezed text the two were compared by."""
    import lxml.html

    from drafter.corpus.readers.html_meta import meta_hints

    for h1, title in [
        ("传承红色基因　走好新时代赶考路", "传承红色基因　走好新时代赶考路"),
        (
            "某某乡：坚持党建引领&nbsp; 激活“小网格”大能量",
            "某某乡：坚持党建引领 激活“小网格”大能量",
        ),
    ]:
        tree = lxml.html.document_fromstring(
            f"<html><head><title>{title.replace(' ', '')}_某某县人民政府</title></head>"
            f"<body><h1>{h1}</h1><p>正文。</p></body></html>"
        )
        hints, declared = meta_hints(tree)
        assert (hints["title"], declared) == (title, False)


def test_with_no_article_found_every_line_of_the_page_is_read_as_written():
    """The fallback when the extractor finds no article: a line per block element and per
    <br>, scripts and styles left out, layout spaces made one and a full-width space kept."""
    import lxml.html

    from drafter.corpus.readers.html_layout import page_lines

    tree = lxml.html.document_fromstring(
        "<html><head><style>p{}</style></head><body><div>传承红色基因　走好新时代赶考路</div>"
        "<div>县委书记　张三<br>2024年3月5日</div><script>var a = 1;</script>"
        "<p>同志们：&nbsp;&nbsp; 今天　我们开会。</p></body></html>"
    )
    assert page_lines(tree) == [
        "传承红色基因　走好新时代赶考路",
        "县委书记　张三",
        "2024年3月5日",
        "同志们： 今天　我们开会。",
    ]
