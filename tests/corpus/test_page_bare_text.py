"""A saved page whose article is bare text: lines straight inside ``<main>``, ``<article>``
or ``<div id="content">`` with ``<br>`` (or only line ends) between them, in no ``<p>``.

Such a page read as "no text found" (the extractor took the breadcrumb and the share bar)
or as one paragraph with the site's menu in front; see drafter/corpus/readers/html_bare.
"""

from __future__ import annotations

import pytest
from lxml import etree
from test_readers_html import BODY, CHROME, _check_speech

from drafter.corpus import load_document
from drafter.corpus.readers.html import _elements

TITLE = "在全市优化营商环境大会上的讲话"


def _lines(bold: bool) -> list[str]:
    out = []
    for kind, text in BODY:
        out.append(f"<strong>{text}</strong>" if kind == "b" and bold else text)
    return out


def bare_page(container: str, joint: str, *, h1: bool = True, bold: bool = True) -> str:
    """The speech of test_readers_html as bare lines inside ``container`` (an opening tag),
    apart by ``joint`` (``<br>``, ``<br><br>``, or a line end alone)."""
    tag = container[1:].split()[0].rstrip(">")
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if "br" in joint else "　　"
    text = joint.join(indent + line for line in _lines(bold))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{TITLE}_领导讲话_某某市人民政府</title>"
        '<meta name="PubDate" content="2024-03-05 10:30"></head><body>'
        '<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a>政务公开</a></li>'
        "<li><a>领导讲话</a></li><li><a>互动交流</a></li></ul></div>\n"
        '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 领导讲话</div>\n'
        f"{container}{f'<h1>{TITLE}</h1>' if h1 else ''}\n{text}\n</{tag}>\n"
        '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n'
        '<div class="related"><h3>相关链接</h3><ul><li><a>市政府召开常务会议</a></li>'
        "<li><a>我市出台优化营商环境若干措施</a></li></ul></div>\n"
        '<div class="footer">主办：某某市人民政府办公室　版权所有　某ICP备12345678号</div>'
        "</body></html>"
    )


@pytest.mark.parametrize("container", ["<main>", "<article>", '<div id="content">'])
@pytest.mark.parametrize("joint", ["<br>\n", "<br><br>\n", "\n"], ids=["br", "brbr", "bare"])
@pytest.mark.parametrize("h1", [True, False], ids=["h1", "no_h1"])
def test_bare_text_article_reads_as_the_speech(tmp_path, container, joint, h1):
    path = tmp_path / "讲话.html"
    path.write_text(bare_page(container, joint, h1=h1), "utf-8")
    doc = load_document(path)
    _check_speech(doc)
    body = [p.text for p in doc.paragraphs()]
    # every line a paragraph of its own, none of the site's words in front of them
    assert "同志们：" in body
    assert any(t.startswith("今天，我们召开") for t in body)
    assert not any(c in t for t in body for c in ("网站首页", *CHROME))


def test_bold_lead_words_in_a_bare_text_article_stay_bold(tmp_path):
    from drafter.corpus.readers import read_file

    path = tmp_path / "讲话.html"
    path.write_text(bare_page("<main>", "<br>\n"), "utf-8")
    bold = {b.text: b.bold for b in read_file(path).blocks}
    assert bold["一、充分肯定成绩，切实增强责任感"] == "一、充分肯定成绩，切实增强责任感"
    assert bold["同志们："] == ""


def test_short_words_beside_links_are_not_made_a_paragraph(tmp_path):
    """A breadcrumb's and a share bar's own words are too few to be a paragraph: the
    article in <p> is read as before, without them."""
    from test_readers_html import gov_page

    path = tmp_path / "讲话.html"
    path.write_text(gov_page(), "utf-8")
    _check_speech(load_document(path))


def test_the_extractors_loose_main_text_is_read():
    """The extractor leaves a bare-text article as words and <lb/> straight in <main>."""
    main = etree.fromstring(
        "<main>同志们：<lb/>今天召开会议。<hi rend='#b'>一、总体要求</hi>要抓落实。"
        "<p>第二段。</p>尾声。</main>"
    )
    got = [etree.tostring(e, encoding="unicode") for e in _elements(main)]
    assert got == [
        '<p>同志们：<lb/>今天召开会议。<hi rend="#b">一、总体要求</hi>要抓落实。</p>',
        "<p>第二段。</p>",
        "<p>尾声。</p>",
    ]
