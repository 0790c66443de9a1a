"""Saved web pages that show their outline only by bold and centring, as county sites do:
run-in lead sentences in <strong>/<b>/bold CSS, part titles as bold or centred lines, the
title as a centred, large line under a <title> naming only the column and the site. The
same bold rules as a Word file's (tests/corpus/test_docx_word_forms.py) apply. Own text,
pages written in the test."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.readers import read_file
from drafter.corpus.readers.html_layout import bold_by_style, centred_lines, class_styles

BODIES = [
    f"第{n}项工作要对照年初目标逐项梳理，查找差距，明确责任人和完成时限，确保按期完成。" * 2
    for n in "一二三四五六七八九十"
]
LEADS = ["产业结构持续优化。", "城乡面貌明显改善。", "民生保障更加有力。", "改革开放不断深化。"]
TITLE = "县发展和改革局2025年工作总结"
INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"


def _page(paragraphs: list[str], *, head: str = "", title_tag: str = "") -> str:
    """A county site's article page around ``paragraphs`` (HTML of the article's <p>s)."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{title_tag or TITLE + '_政务公开_某某县人民政府'}</title>"
        "<style>.STYLE1 {font-weight: bold; color: #000}</style></head><body>"
        '<div class="nav"><a href="/">网站首页</a> <a>政务公开</a> <a>领导讲话</a></div>'
        '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>'
        f'<div class="article">{head}<div class="info">发布时间：2025-12-20　来源：县发改局</div>'
        f'<div class="content">{"".join(paragraphs)}</div></div>'
        '<div class="footer">主办单位：某某县人民政府办公室　版权所有</div></body></html>'
    )


def _summary(
    lead_html, *, leads=LEADS, parts=("一、主要工作成效", "二、下一步工作打算")
) -> list[str]:
    """The work summary of test_docx_word_forms as a page's paragraphs: 一、/二、 as bold
    lines, under each two points written by ``lead_html(lead, body)``."""
    bodies = iter(BODIES)
    out = [f"<p>{INDENT}{BODIES[9]}</p>"]
    for k, part in enumerate(parts):
        out.append(f"<p>{INDENT}<strong>{part}</strong></p>")
        out.append(f"<p>{INDENT}{next(bodies)}</p>")
        for lead in leads[2 * k : 2 * k + 2]:
            out.append(f"<p>{INDENT}{lead_html(lead, next(bodies))}</p>")
            out.append(f"<p>{INDENT}{next(bodies)}</p>")
    return out


def _read(tmp_path, paragraphs, name="page.html", **kw):
    path = tmp_path / name
    path.write_text(_page(paragraphs, **kw), encoding="utf-8")
    return load_document(path)


def _points(doc) -> list[tuple[str, list[str]]]:
    return [(s.marker + s.heading, [c.heading for c in s.children]) for s in doc.outline.sections]


WANT = [
    ("一、主要工作成效", ["产业结构持续优化", "城乡面貌明显改善"]),
    ("二、下一步工作打算", ["民生保障更加有力", "改革开放不断深化"]),
]


@pytest.mark.parametrize(
    "bold",
    [
        '<span class="STYLE1">{}</span>',
        "<strong>{}</strong>",
        "<b>{}</b>",
        '<span style="font-weight:bold">{}</span>',
        '<span style="FONT-WEIGHT: 700; FONT-FAMILY: 黑体">{}</span>',
        '<font face="黑体"><b>{}</b></font>',
    ],
    ids=["css-class", "strong", "b", "css-bold", "css-700", "font-b"],
)
def test_bold_run_in_leads_under_numbered_parts_are_its_points(tmp_path, bold) -> None:
    """<strong>产业结构持续优化。</strong>第一项工作… : the bold lead sentence is the point's
    heading, the rest its paragraph, however the page sets the bold."""
    doc = _read(tmp_path, _summary(lambda lead, body: bold.format(lead) + body))
    assert _points(doc) == WANT


def test_the_stop_left_out_of_the_bold_is_the_leads_own(tmp_path) -> None:
    """<b>产业结构持续优化</b>。第一项… : the stop right after the bold ends the lead."""
    doc = _read(tmp_path, _summary(lambda lead, body: f"<b>{lead[:-1]}</b>{lead[-1]}{body}"))
    assert _points(doc) == WANT


def test_bold_lines_standing_alone_are_points_too(tmp_path) -> None:
    """A bold paragraph (<p style="font-weight:bold">) over its text is a point, however
    long a sentence it is (36 characters here: longer than the text alone takes a lead
    line to be)."""
    leads = [t[:-1] + "，各项指标好于预期，为明年发展打下了坚实基础。" for t in LEADS]
    bodies = iter(BODIES)
    paragraphs = [f"<p>{INDENT}{BODIES[9]}</p>"]
    for k, part in enumerate(("一、主要工作成效", "二、下一步工作打算")):
        paragraphs.append(f'<p style="text-align:center"><b>{part}</b></p>')
        for lead in leads[2 * k : 2 * k + 2]:
            paragraphs.append(f'<p style="text-indent:2em;font-weight:bold">{lead}</p>')
            paragraphs.append(f"<p>{INDENT}{next(bodies)}</p>")
    doc = _read(tmp_path, paragraphs)
    assert [[c.heading + "。" for c in s.children] for s in doc.outline.sections] == [
        leads[:2], leads[2:]
    ]  # fmt: skip


def test_bold_words_inside_a_sentence_are_emphasis(tmp_path) -> None:
    """<strong>必须</strong>清醒看到… : bold that stops at no clause end is emphasis."""
    doc = _read(
        tmp_path, _summary(lambda lead, body: f"<strong>{lead[:2]}</strong>{lead[2:]}{body}")
    )
    assert [children for _, children in _points(doc)] == [[], []]


def test_a_page_in_bold_throughout_says_nothing_with_it(tmp_path) -> None:
    """Every paragraph opening with a bold sentence: bold is no mark of a point."""
    paragraphs = ["<p><strong>一、主要工作成效</strong></p>"]
    for lead, body in zip(LEADS * 2, BODIES[:8]):
        paragraphs.append(f"<p><strong>{lead.replace('。', '，成效明显。')}</strong>{body}</p>")
    paragraphs += [
        "<p><strong>二、下一步工作打算</strong></p>",
        f"<p><b>继续努力。</b>{BODIES[8]}</p>",
    ]
    doc = _read(tmp_path, paragraphs)
    assert [children for _, children in _points(doc)] == [[], []]


def test_reader_gives_each_paragraph_its_bold_opening_words(tmp_path) -> None:
    """The reader fills Block.bold as the Word reader does; lines of a <br> page each
    have their own."""
    lines = f"{INDENT}<b>产业结构持续优化。</b>{BODIES[0]}<br>{INDENT}{BODIES[1]}<br><b>结束语</b>"
    path = tmp_path / "page.html"
    path.write_text(_page([f"<p>{BODIES[9]}</p>", f"<div>{lines}</div>"]), encoding="utf-8")
    bold = {b.text[:8]: b.bold for b in read_file(path).blocks if b.text}
    assert bold["产业结构持续优化"] == "产业结构持续优化。"
    assert bold[BODIES[1][:8]] == ""
    assert bold["结束语"] == "结束语"


# -- the title a page shows as an official title ----------------------------------------

OPENING = [f"<p>{INDENT}{BODIES[9]}</p>", f"<p>{INDENT}{BODIES[8]}</p>"]


@pytest.mark.parametrize(
    "title_html",
    [
        '<p align="center"><font size="5"><strong>{}</strong></font></p>',
        '<p style="text-align: center"><span style="font-size: 22pt">{}</span></p>',
        '<div style="text-align:center;font-size:29px">{}</div>',
        '<p align="center"><span style="font-family: 方正小标宋简体">{}</span></p>',
    ],
    ids=["font-5", "22pt", "29px", "xiaobiaosong"],
)
def test_a_centred_large_line_is_the_title_the_title_tag_leaves_out(tmp_path, title_html) -> None:
    """No <h1>; <title> names only the column and the site (领导讲话_某某县人民政府): the
    centred, large line at the top of the article is the title, as a Word title set by
    hand in 小标宋 or 18 pt and up."""
    paragraphs = [title_html.format(TITLE), *OPENING]
    doc = _read(tmp_path, paragraphs, title_tag="领导讲话_某某县人民政府")
    assert doc.metadata.title == TITLE
    assert TITLE not in "".join(p.text for p in doc.paragraphs())


def test_a_centred_line_of_ordinary_size_is_no_official_title(tmp_path) -> None:
    """Centred but of the text's size: not laid out as a title (the page's <title> names
    the article, and stays its title)."""
    paragraphs = ['<p style="text-align:center">（2025年12月18日）</p>', *OPENING]
    raw = read_file(_write(tmp_path, paragraphs))
    assert raw.hints["title"] == TITLE
    assert [b.kind for b in raw.blocks[:2]] == ["title", "text"]


def test_a_title_tag_of_site_names_alone_names_no_title(tmp_path) -> None:
    """<title> 领导讲话_某某县人民政府 over an article without a title line: no title is
    made of the site's name."""
    raw = read_file(_write(tmp_path, OPENING, title_tag="领导讲话_某某县人民政府"))
    assert "某某县人民政府" not in raw.hints.get("title", "")
    assert raw.blocks[0].text.startswith(BODIES[9][:10])


def _write(tmp_path, paragraphs, **kw):
    path = tmp_path / "page.html"
    path.write_text(_page(paragraphs, **kw), encoding="utf-8")
    return path


# -- the page's look, read before extraction ---------------------------------------------


def _tree(html: str):
    import lxml.html

    return lxml.html.document_fromstring(html)


def test_bold_by_style_rewrites_css_bold_into_b() -> None:
    tree = _tree(
        '<html><body><p style="font-weight:bold">甲<i>乙</i><br>丙</p>'
        '<p><span style="font-weight: 600">丁</span>戊<span style="font-weight:normal">己</span></p>'
        '<div style="font-weight:bold"><p>庚</p>辛</div></body></html>'
    )
    bold_by_style(tree, {})
    p1, p2, div = tree.body
    assert [c.tag for c in p1] == ["b"] and p1[0].text_content() == "甲乙丙"
    assert [c.tag for c in p2] == ["b", "span"]
    assert div[0].tag == "p" and div[0][0].tag == "b" and div[1].tag == "b"
    assert div[1].text == "辛"


def test_centred_lines_follow_inheritance_and_ignore_a_centred_table() -> None:
    """Alignment is inherited from the nearest element that sets it; a table's align
    places the table, not its text; size marks a line as large."""
    tree = _tree(
        '<html><body><div align="center"><p>居中甲</p><p align="left">靠左</p></div>'
        '<table align="center"><tr><td>表格</td></tr></table>'
        '<p style="text-align:center"><font size="6">大标题</font><br>小字</p></body></html>'
    )
    lines = centred_lines(tree, {})
    assert lines == {"居中甲": False, "大标题": True, "小字": False}


def test_class_rules_of_the_pages_style_count_as_its_own_style() -> None:
    """.STYLE1 {font-weight: bold} in <style>, <span class="STYLE1">: bold as an inline
    style is; a later declaration wins, and the element's own style wins over its class."""
    tree = _tree(
        "<html><head><style>/* 编辑器 */ .STYLE1 {font-weight: bold} p.bt, .tt {text-align:"
        " center; font-size: 16pt} .tt {font-size: 22pt} .plain {font-weight: bold}</style>"
        '</head><body><p><span class="STYLE1">甲</span>乙</p><p class="bt">中间</p>'
        '<p class="tt x">标题</p><p><span class="plain" style="font-weight:normal">丙</span></p>'
        "</body></html>"
    )
    sheet = class_styles(tree)
    assert centred_lines(tree, sheet) == {"中间": False, "标题": True}
    bold_by_style(tree, sheet)
    p1, _, _, p4 = tree.body
    assert p1[0].tag == "b" and p4[0].tag == "span"
