"""Minimal cases, written for the project, of what re-expressing real documents in users'
forms showed (see tests/corpus/test_realforms_gold.py): a Word quote style is an editor's
note, a page's <title> names the site longest, the page's title may end in ？, a site banner
with a slash before its address, bare part numbers 1 2 3 in Word or plain text."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text
from drafter.corpus.boilerplate import is_banner

NOTE = "这是作者在全县农村工作会议上的讲话，收入本书时作了删节，个别文字作了校订。"
PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"


def _outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.heading) for s in doc.outline.walk()]


def test_word_quote_style_is_a_note_not_body(new_docx, tmp_path) -> None:
    d = new_docx()
    d.add_paragraph("论农村工作", style="Title")
    d.add_paragraph(NOTE, style="Quote")
    d.add_paragraph("同志们：")
    d.add_paragraph(PARA)
    path = tmp_path / "note.docx"
    d.save(path)
    doc = load_document(path)
    assert doc.apparatus.notes == [NOTE]
    assert all(NOTE not in p.text for p in doc.paragraphs())


PAGE = """<html><head><meta charset="utf-8"><title>矛盾论_领导讲话_某某县人民政府</title></head>
<body><div class="nav"><a href="/">网站首页</a> <a>政务公开</a></div>
<div class="article"><h1>{h1}</h1><div>
<p>（一九三七年八月）</p>
<p>　　{para}</p><p>　　{para}</p><p>　　{para}</p><p>　　{para}</p>
</div></div><div class="footer">主办单位：某某县人民政府办公室　版权所有</div></body></html>"""


def test_page_title_is_the_article_not_the_site(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(h1="矛盾论", para=PARA * 3), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "矛盾论"  # not the longest part, 某某县人民政府
    assert doc.metadata.date == "1937-08"


def test_page_title_ending_in_a_question_mark(tmp_path) -> None:
    page = PAGE.replace("矛盾论_", "红色政权为什么能够存在？_")
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="红色政权为什么能够存在？", para=PARA * 3), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "红色政权为什么能够存在？"
    assert doc.metadata.date == "1937-08"
    assert not doc.outline.preamble or "为什么" not in doc.outline.preamble[0]


def test_question_title_over_a_date_line_in_plain_text() -> None:
    doc = parse_text(f"红色政权为什么能够存在？\n\n（一九二八年十月五日）\n\n{PARA}\n")
    assert doc.metadata.title == "红色政权为什么能够存在？"
    assert doc.metadata.date == "1928-10-05"
    # a question opening a text with no date under it stays text
    doc = parse_text(f"我们为什么要开这个会？\n\n{PARA}\n")
    assert doc.metadata.title is None


def test_banner_with_a_slash_before_its_address() -> None:
    assert is_banner("第一范文网 / www.diyifanwen.com")
    assert is_banner("范文先生网／www.fwsir.com")
    assert not is_banner("学习贯彻 / 落实到位")


def test_scraped_banner_stays_out_of_the_title() -> None:
    text = (
        f"第一范文网 / www.diyifanwen.com\n\n战争和战略问题\n\n（一九三八年十一月六日）\n\n{PARA}\n"
    )
    doc = parse_text(text)
    assert doc.metadata.title == "战争和战略问题"


def _parts_text(sep: str) -> str:
    body = []
    for n in (1, 2, 3):
        body += [str(n), f"第{n}段的内容是这样的。{PARA}", PARA]
    return sep.join(["考察散记", PARA, *body])


def test_bare_part_numbers_after_finished_sentences_are_headings() -> None:
    doc = parse_text(_parts_text("\n\n"))
    assert [(s.level, s.marker) for s in doc.outline.sections] == [(1, "1"), (1, "2"), (1, "3")]


def test_bare_part_numbers_in_word(new_docx, tmp_path) -> None:
    d = new_docx()
    for line in _parts_text("\n").split("\n"):
        d.add_paragraph(line)
    path = tmp_path / "parts.docx"
    d.save(path)
    assert [s.marker for s in load_document(path).outline.sections] == ["1", "2", "3"]


def test_page_numbers_inside_sentences_stay_page_numbers() -> None:
    cut = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好"
    text = f"考察散记\n\n{PARA}{cut}\n\n1\n\n各项工作的落实。{PARA}{cut}\n\n2\n\n各项工作的落实。\n"
    doc = parse_text(text)
    assert doc.outline.sections == []
    assert all(p.text not in ("1", "2") for p in doc.paragraphs())
