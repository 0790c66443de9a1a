"""Unnumbered titles set in like the body's paragraphs go under the flush title before them
(drafter/corpus/indented_titles.py). Own fixtures; the real case, mao 论联合政府's programme
points under 我们的具体纲领, is scored by tests/corpus/test_outline_gold_sets.py (heldout6)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text

_BODY = "这一部分讲的是具体的做法和要求，各地要结合实际认真抓好落实，不能走过场。"


def _text(indent_sub: str, indent_body: str = "　　", flush_title: str = "") -> str:
    """A talk with four parts; part 二 has two flush titles, the first with three sub-titles."""
    p = f"{indent_body}{_BODY}"
    lines = [
        "关于今年工作的几点意见",
        "",
        f"{p}",
        "",
        "一、总的形势",
        "",
        p,
        "",
        p,
        "",
        "二、今年的任务",
        "",
        p,
        "",
        f"{flush_title}我们的总体要求",
        "",
        p,
        "",
        f"{flush_title}我们的具体措施",
        "",
        p,
    ]
    for sub in ("抓好项目建设", "抓好民生保障", "抓好安全生产"):
        lines += ["", f"{indent_sub}{sub}", "", p, "", p]
    lines += ["", f"{flush_title}下一步的安排", "", p, "", p]
    lines += ["", "三、工作要求", "", p, "", p, "", "四、几点希望", "", p, "", p]
    return "\n".join(lines) + "\n"


def _shape(text: str) -> list[tuple[int, str]]:
    doc = parse_text(text, "t.txt")
    out: list[tuple[int, str]] = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)

    walk(doc.outline.sections)
    return out


def test_titles_set_in_like_paragraphs_go_under_the_flush_title():
    shape = _shape(_text("　　"))
    assert (2, "我们的具体措施") in shape
    assert [h for lv, h in shape if h.startswith("抓好")] == [
        "抓好项目建设",
        "抓好民生保障",
        "抓好安全生产",
    ]
    assert {lv for lv, h in shape if h.startswith("抓好")} == {3}
    # the flush title after them is their parent's sibling again
    assert (2, "下一步的安排") in shape


@pytest.mark.parametrize(
    "sub, body, flush",
    [
        ("", "", ""),  # nothing indented: the indent says nothing
        ("　　", "　　", "　　"),  # everything indented alike: nothing either
        ("　　　　　　", "　　", ""),  # centred wider than the paragraphs: not set in like one
    ],
    ids=["all-flush", "all-indented", "centred"],
)
def test_an_indent_that_says_nothing_changes_nothing(sub, body, flush):
    shape = _shape(_text(sub, body, flush))
    subs = [lv for lv, h in shape if h.startswith("抓好")]
    assert subs and set(subs) == {2}, shape


# The same talk as a word processor lays it out: no typed indent, the paragraph's first-line
# indent set in its layout (Word's w:ind on the paragraph or its style, ODF's fo:text-indent).
# The outline must read it as it reads the text file's typed indent.


def _paragraphs(text: str) -> list[tuple[str, bool]]:
    """(text, indented) of the fixture's non-blank lines."""
    return [(ln.lstrip("　"), ln.startswith("　")) for ln in text.splitlines() if ln.strip()]


def _write_docx(path, paras, how: str, centre_flush: bool = False):
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Docx()
    body = doc.styles.add_style("正文缩进", 1)  # (1: a paragraph style)
    body.font.size = Pt(16)
    body.paragraph_format.first_line_indent = Pt(32)  # two characters at 16 pt
    for i, (text, indented) in enumerate(paras):
        if indented and how == "style":
            p = doc.add_paragraph(text, style="正文缩进")
            continue
        p = doc.add_paragraph()
        p.add_run(text).font.size = Pt(16)
        if indented:  # Word's "首行缩进 2 字符", on the paragraph itself
            ind = OxmlElement("w:ind")
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), "640")
            p._p.get_or_add_pPr().append(ind)
        elif centre_flush and i:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


def _write_odt(path, paras):
    from tests.odt_writer import write_odt

    auto = (
        '<style:style style:name="P1" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-left="0cm" fo:text-indent="1.129cm"/>'
        '<style:text-properties fo:font-size="16pt"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph">'
        '<style:text-properties fo:font-size="16pt"/></style:style>'
    )
    body = "".join(
        f'<text:p text:style-name="{"P1" if ind else "P2"}">{t}</text:p>' for t, ind in paras
    )
    write_odt(path, body, automatic_styles=auto)


def _file_shape(path) -> list[tuple[int, str]]:
    from drafter.corpus import load_document

    out: list[tuple[int, str]] = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)

    walk(load_document(path).outline.sections)
    return out


@pytest.mark.parametrize("form", ["docx-paragraph", "docx-style", "odt"])
def test_a_word_processors_first_line_indent_reads_as_the_typed_one(form, tmp_path):
    paras = _paragraphs(_text("　　"))
    path = tmp_path / ("t.odt" if form == "odt" else "t.docx")
    if form == "odt":
        _write_odt(path, paras)
    else:
        _write_docx(path, paras, form.split("-")[1])
    shape = _file_shape(path)
    assert [(lv, h) for lv, h in shape if h.startswith("抓好")] == [
        (3, "抓好项目建设"),
        (3, "抓好民生保障"),
        (3, "抓好安全生产"),
    ], shape
    assert (2, "我们的具体措施") in shape and (2, "下一步的安排") in shape


def test_a_centred_title_in_word_is_not_a_flush_one(tmp_path):
    """Centred titles over titles set in like the paragraphs: set apart, as a text file's
    line centred with spaces is, so nothing goes under them."""
    path = tmp_path / "t.docx"
    _write_docx(path, _paragraphs(_text("　　")), "paragraph", centre_flush=True)
    shape = _file_shape(path)
    assert {lv for lv, h in shape if h.startswith("抓好")} == {2}, shape


def _write_html(path, paras, how: str):
    """The talk as a saved web page: the paragraphs set in by CSS (an inline style, or a
    class rule of the page's <style>), the titles flush."""
    rule = "<style>p.zw { text-indent: 2em; } .bt { font-size: 16pt }</style>" if how else ""
    inline = {"inline": ' style="text-indent:2em"', "px": ' style="text-indent:32px"'}

    def p(text, indented):
        if not indented:
            return f'<p class="bt">{text}</p>'
        return f"<p{inline[how]}>{text}</p>" if how in inline else f'<p class="zw">{text}</p>'

    body = "".join(p(t, ind) for t, ind in paras)
    page = (
        f'<html><head><meta charset="utf-8"><title>{paras[0][0]}</title>{rule}</head>'
        f'<body><div class="nav">首页 &gt; 讲话</div><div class="article">{body}</div></body></html>'
    )
    path.write_text(page, encoding="utf-8")


@pytest.mark.parametrize("how", ["inline", "px", "class"])
def test_a_web_page_s_css_indent_reads_as_the_typed_one(how, tmp_path):
    """A saved page sets its paragraphs in with CSS (text-indent:2em inline or in a class
    rule): the outline reads it as it reads a text file's typed indent."""
    path = tmp_path / "t.html"
    _write_html(path, _paragraphs(_text("　　")), how)
    shape = _file_shape(path)
    assert [(lv, h) for lv, h in shape if h.startswith("抓好")] == [
        (3, "抓好项目建设"),
        (3, "抓好民生保障"),
        (3, "抓好安全生产"),
    ], shape
    assert (2, "我们的具体措施") in shape and (2, "下一步的安排") in shape
