"""The PDF reader: running headers and page numbers removed, lines re-flowed into paragraphs."""

from __future__ import annotations

import pytest
from soffice import soffice_convert

from drafter.corpus.model import ReadError
from drafter.corpus.readers import convert, read_file
from drafter.corpus.readers.pdf import is_page_number

TITLE = "关于加强机关作风建设的讲话"
OPENING = "同志们：今天我们召开全市机关作风建设会议，主要任务是贯彻落实上级部署要求，总结工作。"
HEADING_1 = "一、充分认识加强作风建设的重要意义"
BODY_1 = "作风建设是党的建设的重要内容，关系人心向背，关系事业成败。" * 5 + "这一段在下一页结束。"
HEADING_2 = "二、突出重点，扎实推进各项任务"
BODY_2 = "要坚持问题导向，聚焦群众反映强烈的突出问题，持续开展专项整治，切实做到真改实改。" * 4
CLOSING = "同志们，让我们团结一心，为全面完成今年各项目标任务而努力奋斗！"
SPEECH = [
    ("title", TITLE),
    ("p", OPENING),
    ("p", HEADING_1),
    ("p", BODY_1),
    ("p", HEADING_2),
    ("p", BODY_2),
    ("p", CLOSING),
]
PARAGRAPHS = [TITLE, OPENING, HEADING_1, BODY_1, HEADING_2, BODY_2, CLOSING]


def test_headers_page_numbers_removed_and_lines_reflowed(make_pdf):
    path = make_pdf(SPEECH, lines_per_page=10)
    doc = read_file(path)
    assert doc.format == "pdf"
    assert [b.text for b in doc.blocks] == PARAGRAPHS
    assert "某某市人民政府办公室" not in doc.text
    assert "—" not in doc.text
    assert doc.warnings == []


def test_a_paragraph_continues_across_the_page_break(make_pdf):
    # 10 lines per page: BODY_1 (6 lines) starts on page 1 and ends on page 2.
    from pdfminer.high_level import extract_text

    path = make_pdf(SPEECH, lines_per_page=10)
    page_one = extract_text(str(path), page_numbers=[0])
    assert BODY_1[:10] in page_one.replace("\n", "")
    assert BODY_1 not in page_one.replace("\n", "")
    assert BODY_1 in [b.text for b in read_file(path).blocks]


@pytest.mark.parametrize(
    "page_number",
    [lambda n: f"- {n} -", lambda n: f"第{n}页", lambda n: f"第 {n} 页 共 3 页", lambda n: str(n)],
)
def test_page_number_styles(make_pdf, page_number):
    path = make_pdf(SPEECH, header=None, page_number=page_number, lines_per_page=8)
    assert [b.text for b in read_file(path).blocks] == PARAGRAPHS


def test_header_varying_with_page_number_is_removed(make_pdf):
    path = make_pdf(SPEECH, header=None, page_number=lambda n: f"机关作风建设 · 第{n}页")
    assert [b.text for b in read_file(path).blocks] == PARAGRAPHS


def test_quotes_and_digits_in_a_latin_font_stay_in_their_line(make_pdf):
    """Word sets “” and digits in a Latin font: other glyph boxes, the same baseline.
    (Lines cut at a count of characters: narrow digits leave room at a line's end that a
    line breaker would have filled, so the sentences inside end in ；, not 。.)"""
    body = ("要坚持“三个服务”，在2025年实现“六大突破”目标，确保各项工作落到实处；" * 3)[:-1] + "。"
    path = make_pdf([("p", body), ("p", "第二段。")], latin_font="Times-Roman", header=None)
    assert [b.text for b in read_file(path).blocks] == [body, "第二段。"]


def test_fake_bold_text_drawn_twice_counts_once(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "bold.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 22)
    for dx in (0, 0.4):  # the title twice, 0.4 pt apart, as some converters make bold
        c.drawString(100 + dx, 700, "关于加强作风建设的讲话")
    c.setFont("STSong-Light", 16)
    c.drawString(100, 650, "正文第一段。")
    c.setFont("Helvetica", 16)
    c.drawString(100, 600, "all will, iii... ok")  # narrow doubled letters stay
    c.showPage()
    c.save()
    assert [b.text for b in read_file(path).blocks] == [
        "关于加强作风建设的讲话",
        "正文第一段。",
        "all will, iii... ok",
    ]


def test_a_page_of_short_lines_is_not_joined(make_pdf):
    """Page 2 holds only a list: its longest item is not a "full" line."""
    items = ["1.坚持学习制度", "2.坚持请示报告制度", "3.坚持督查督办", "4.坚持调查研究"]
    paragraphs = [("p", BODY_2)] + [("latin", item) for item in items]
    path = make_pdf(paragraphs, lines_per_page=7, chars=26)
    assert [b.text for b in read_file(path).blocks] == [BODY_2, *items]


def test_latin_lines_join_with_a_space(make_pdf):
    words = "The quick brown fox jumps over the lazy dog again and again " * 3
    path = make_pdf(
        [("latin", words), ("latin", "Next paragraph.")], chars=40, size=16, header=None
    )
    doc = read_file(path)
    assert [b.text for b in doc.blocks] == [" ".join(words.split()), "Next paragraph."]


def test_bookmarks_give_heading_levels(make_pdf):
    sub = "（一）提高认识"
    paragraphs = [*SPEECH[:3], ("p", sub), *SPEECH[3:]]
    path = make_pdf(paragraphs, bookmarks={HEADING_1: 1, sub: 2, HEADING_2: 1})
    doc = read_file(path)
    levels = {b.text: b.heading_level for b in doc.blocks}
    assert levels[HEADING_1] == 1
    assert levels[sub] == 2
    assert levels[HEADING_2] == 1
    assert levels[BODY_1] is None and levels[TITLE] is None


def test_scanned_pdf_without_text_is_a_clear_error(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "扫描件.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.rect(50, 50, 400, 600, fill=1)  # an "image" of a page
        c.showPage()
    c.save()
    with pytest.raises(ReadError) as err:
        read_file(path)
    message = str(err.value)
    assert message.startswith("扫描件.pdf: ")
    assert "no text layer" in message and "OCR" in message


def test_pages_without_text_give_a_warning(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 700, "Page with text")
    c.showPage()
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    doc = read_file(path)
    assert doc.text == "Page with text"
    assert any("page(s) 2" in w and "OCR" in w for w in doc.warnings)


def test_encrypted_pdf_is_a_clear_error(make_pdf):
    path = make_pdf(SPEECH, name="加密.pdf", encrypt="secret")
    with pytest.raises(ReadError) as err:
        read_file(path)
    assert str(err.value).startswith("加密.pdf: the PDF is encrypted")


def test_copy_restricted_pdf_without_a_password_is_read(tmp_path):
    """Office PDFs often forbid copying with an owner password only: the text is readable."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "restricted.pdf"
    encrypt = StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0)
    c = canvas.Canvas(str(path), encrypt=encrypt)
    c.setFont("Helvetica", 16)
    c.drawString(72, 700, "Restricted but readable")
    c.showPage()
    c.save()
    assert read_file(path).text == "Restricted but readable"


@pytest.mark.parametrize(
    "data",
    [b"not a pdf", b"%PDF-1.4\n" + b"garbage " * 100, b"%PDF-1.7\n1 0 obj << /Type /Catalog"],
)
def test_damaged_pdf_is_a_read_error(write_bytes, data):
    with pytest.raises(ReadError) as err:
        read_file(write_bytes("坏.pdf", data))
    assert str(err.value).startswith("坏.pdf: ")


@pytest.mark.parametrize(
    "text",
    ["— 3 —", "- 3 -", "－12－", "第3页", "第 3 页 共 10 页", "第3页，共10页", "3", "3 / 10",
     "Page 3 of 10", "一 5 一"],
)  # fmt: skip
def test_page_number_lines(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2024年", "一、总体要求", "3个方面", "第三部分", "共10页"])
def test_not_page_number_lines(text):
    assert not is_page_number(text)


@pytest.mark.slow
@pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: no Word-made PDF to test against",
)
def test_pdf_made_by_an_office_suite(tmp_path, docx_helpers):
    """A real office layout: mixed fonts, line-breaking rules, a header, a PAGE field,
    headings exported as bookmarks, an automatic list label followed by its tab."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    paragraphs = [
        "同志们：今天召开全区办公室主任会议，主要有四个目的：一是传达全国会议精神；二是总结2025年工作。",
        "一、提高“三个服务”质量和水平",
        "办公室是落实决策的“头一关”，推进工作的“头一棒”，必须以最积极的响应、最迅速的行动、"
        "最彻底的贯彻，切实加强督查督办工作，充分发挥督查督办的“利剑”作用。" * 20,
        "二、加强队伍建设",
        "要坚持“严谨、细致、规范、高效”要求，履职尽责、敢于担当、狠抓落实。" * 30,
    ]
    d = docx.Document()
    for text in paragraphs:
        if text.startswith(("一、", "二、")):
            d.add_heading(text, 1)
        else:
            d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    docx_helpers.abstract_num(d, 90, [{"fmt": "chineseCounting", "text": "（%1）"}])
    docx_helpers.num(d, 91, 90)
    docx_helpers.numbering(d.add_heading("指导思想", 2), 91, 0)
    section = d.sections[0]
    section.header.paragraphs[0].text = "区委办公室文件"
    footer = section.footer.paragraphs[0]
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    footer._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">— </w:t></w:r>'))
    footer._p.append(
        parse_xml(f'<w:fldSimple {w} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    footer._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve"> —</w:t></w:r>'))
    source = tmp_path / "speech.docx"
    d.save(str(source))
    soffice_convert([source], "pdf", tmp_path, profile=tmp_path / "profile", timeout=120)
    doc = read_file(tmp_path / "speech.pdf")
    assert [b.text for b in doc.blocks] == [*paragraphs, "（一）指导思想"]
    assert [b.heading_level for b in doc.blocks] == [None, 1, None, 1, None, 2]
