"""The .docx reader: body order with tables, heading styles, automatic numbering, revisions."""

from __future__ import annotations

import zipfile

import pytest

from drafter.corpus.model import ReadError
from drafter.corpus.readers import read_file
from drafter.corpus.readers.word_numbering import W_NS, chinese_number, format_number


def _save(document, tmp_path, name="speech.docx"):
    path = tmp_path / name
    document.save(str(path))
    return path


def _texts(doc):
    return [b.text for b in doc.blocks]


def test_headings_title_and_body_in_order(new_docx, tmp_path):
    d = new_docx()
    d.add_paragraph("在全区办公室主任会议上的讲话", style="Title")
    d.add_paragraph("同志们：")
    d.add_heading("提高政治站位", level=1)
    d.add_paragraph("要坚持学习。")
    d.add_heading("加强理论武装", level=2)
    d.add_paragraph("副标题不是标题", style="Subtitle")
    doc = read_file(_save(d, tmp_path))
    assert doc.format == "docx"
    assert _texts(doc) == [
        "在全区办公室主任会议上的讲话",
        "同志们：",
        "提高政治站位",
        "要坚持学习。",
        "加强理论武装",
        "副标题不是标题",
    ]
    kinds = [(b.kind, b.heading_level) for b in doc.blocks]
    assert kinds == [
        ("title", None),
        ("text", None),
        ("text", 1),
        ("text", None),
        ("text", 2),
        ("text", None),
    ]


def test_custom_styles_based_on_headings_and_outline_levels(new_docx, tmp_path, docx_helpers):
    from docx.enum.style import WD_STYLE_TYPE

    d = new_docx()
    mine = d.styles.add_style("我的二级标题", WD_STYLE_TYPE.PARAGRAPH)
    mine.base_style = d.styles["Heading 2"]
    chinese = d.styles.add_style("标题 3", WD_STYLE_TYPE.PARAGRAPH)
    chinese.base_style = d.styles["Normal"]
    d.add_paragraph("based on Heading 2", style=mine)
    d.add_paragraph("named 标题 3", style=chinese)
    docx_helpers.raw(d, '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>大纲级别1</w:t></w:r>')
    docx_helpers.raw(
        d,
        '<w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr>'
        "<w:r><w:t>正文级别</w:t></w:r>",
    )
    doc = read_file(_save(d, tmp_path))
    assert [b.heading_level for b in doc.blocks] == [2, 3, 1, None]


def test_tables_stay_in_document_order(new_docx, tmp_path):
    d = new_docx()
    d.add_paragraph("表格前")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["项目", "目标", "责任单位"], ["乡村振兴", "全面推进", "农业农村局"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).add_paragraph("财政局")
    d.add_paragraph("表格后")
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == [
        "表格前",
        "项目\t目标\t责任单位",
        "乡村振兴\t全面推进\t农业农村局 财政局",
        "表格后",
    ]
    assert [b.kind for b in doc.blocks] == ["text", "table", "table", "text"]


def test_one_column_layout_table_is_body_text(new_docx, tmp_path):
    d = new_docx()
    table = d.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    cell.text = "第一段。"
    cell.add_paragraph("一、标题", style="Heading 1")
    cell.add_paragraph("第二段。")
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == ["第一段。", "一、标题", "第二段。"]
    assert [b.kind for b in doc.blocks] == ["text"] * 3
    assert doc.blocks[1].heading_level == 1


def _speech_numbering(d, helpers):
    helpers.abstract_num(
        d,
        90,
        [
            {"fmt": "chineseCounting", "text": "%1、"},
            {"fmt": "chineseCounting", "text": "（%2）"},
            {"fmt": "decimal", "text": "%3."},
            {"fmt": "decimal", "text": "（%4）"},
        ],
    )
    helpers.num(d, 91, 90)


def test_automatic_numbering_labels(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    _speech_numbering(d, docx_helpers)
    plan = [
        ("统一思想", 0),
        ("学习", 1),
        ("宣传", 1),
        ("读原著", 2),
        ("悟原理", 2),
        ("细项", 3),
        ("狠抓落实", 0),
        ("明确责任", 1),
        ("加强督查", 2),
    ]
    for text, ilvl in plan:
        docx_helpers.numbering(d.add_paragraph(text), 91, ilvl)
    d.add_paragraph("没有编号")
    doc = read_file(_save(d, tmp_path))
    labels = [b.numbering for b in doc.blocks]
    assert labels == ["一、", "（一）", "（二）", "1.", "2.", "（1）", "二、", "（一）", "1.", None]
    assert _texts(doc)[0] == "统一思想"  # the label is not put into the text


def test_numbering_restart_override_and_continuation(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    _speech_numbering(d, docx_helpers)
    docx_helpers.num(d, 92, 90)  # another instance of the same list continues it
    docx_helpers.num(d, 93, 90, {0: 1})  # "restart numbering"
    docx_helpers.num(d, 94, 90, {0: 5})  # "set numbering value" to 五
    for num_id in (91, 91, 92, 93, 93, 94):
        docx_helpers.numbering(d.add_paragraph("项"), num_id, 0)
    doc = read_file(_save(d, tmp_path))
    assert [b.numbering for b in doc.blocks] == ["一、", "二、", "三、", "一、", "二、", "五、"]


def test_numbering_formats_and_start_values(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    levels = [
        ("ideographTraditional", "%1、", 1),
        ("lowerLetter", "%1)", 3),
        ("upperRoman", "%1.", 4),
        ("decimalEnclosedCircle", "%1", 1),
        ("chineseCountingThousand", "第%1条", 11),
        ("bullet", "\uf0b7", 1),
    ]
    for i, (fmt, text, start) in enumerate(levels):
        docx_helpers.abstract_num(d, 100 + i, [{"fmt": fmt, "text": text, "start": start}])
        docx_helpers.num(d, 200 + i, 100 + i)
        for _ in range(2):
            docx_helpers.numbering(d.add_paragraph("x"), 200 + i, 0)
    doc = read_file(_save(d, tmp_path))
    assert [b.numbering for b in doc.blocks] == [
        "甲、", "乙、", "c)", "d)", "IV.", "V.", "①", "②", "第十一条", "第十二条", None, None,
    ]  # fmt: skip


def test_multilevel_label_and_legal_numbering(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    docx_helpers.abstract_num(
        d,
        120,
        [{"fmt": "chineseCounting", "text": "第%1章"}, {"fmt": "decimal", "text": "%1.%2"}],
    )
    docx_helpers.num(d, 121, 120)
    for ilvl in (0, 1, 1, 0, 1):
        docx_helpers.numbering(d.add_paragraph("x"), 121, ilvl)
    doc = read_file(_save(d, tmp_path))
    # %1 in a decimal level shows level 1's own format (Word without "legal style")
    assert [b.numbering for b in doc.blocks] == ["第一章", "一.1", "一.2", "第二章", "二.1"]


def test_numbering_linked_to_heading_styles(new_docx, tmp_path, docx_helpers):
    """Heading numbering: the styles carry numPr, the levels name their style."""
    from docx.oxml import parse_xml

    d = new_docx()
    docx_helpers.abstract_num(
        d,
        130,
        [
            {"fmt": "chineseCounting", "text": "%1、", "style": "Heading1"},
            {"fmt": "chineseCounting", "text": "（%2）", "style": "Heading2"},
        ],
    )
    docx_helpers.num(d, 131, 130)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for name in ("Heading 1", "Heading 2"):
        ppr = d.styles[name].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {w}><w:numId w:val="131"/></w:numPr>'))
    d.add_heading("总体要求", 1)
    d.add_heading("指导思想", 2)
    d.add_paragraph("正文")
    d.add_heading("主要任务", 2)
    d.add_heading("保障措施", 1)
    doc = read_file(_save(d, tmp_path))
    got = [(b.numbering, b.heading_level, b.text) for b in doc.blocks]
    assert got == [
        ("一、", 1, "总体要求"),
        ("（一）", 2, "指导思想"),
        (None, None, "正文"),
        ("（二）", 2, "主要任务"),
        ("二、", 1, "保障措施"),
    ]


def test_tracked_insertions_count_deletions_and_hidden_text_do_not(
    new_docx, tmp_path, docx_helpers
):
    d = new_docx()
    docx_helpers.raw(
        d,
        "<w:r><w:t>要</w:t></w:r>"
        '<w:ins w:id="1" w:author="a"><w:r><w:t>切实</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>认真</w:delText></w:r></w:del>'
        "<w:r><w:t>抓好落实</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>"
        '<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><w:r><w:t>（链接）</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == ["要切实抓好落实（链接）7"]


def test_manual_line_breaks(new_docx, tmp_path):
    d = new_docx()
    p = d.add_paragraph("第一行")
    p.add_run().add_break()
    p.add_run("第二行")
    h = d.add_heading("在全区办公室主任暨文秘业务培训会议", 1)
    h.add_run().add_break()
    h.add_run("上的讲话")
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == ["第一行", "第二行", "在全区办公室主任暨文秘业务培训会议上的讲话"]
    assert doc.blocks[2].heading_level == 1


def test_table_of_contents_paragraphs_are_skipped(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    docx_helpers.raw(
        d, '<w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>一、总体要求 1</w:t></w:r>'
    )
    d.add_heading("总体要求", 1)
    styles = d.styles.element
    from docx.oxml import parse_xml

    styles.append(
        parse_xml(
            '<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
        )
    )
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == ["总体要求"]


def test_empty_document_is_an_error(new_docx, tmp_path):
    with pytest.raises(ReadError, match=r"^blank\.docx: no text found"):
        read_file(_save(new_docx(), tmp_path, "blank.docx"))


@pytest.mark.parametrize(
    "payload",
    [b"this is not a zip file at all", b"PK\x03\x04" + bytes(100)],
)
def test_damaged_docx_is_a_read_error(write_bytes, payload):
    with pytest.raises(ReadError) as err:
        read_file(write_bytes("损坏.docx", payload))
    assert str(err.value).startswith("损坏.docx: not a valid Word .docx file")


def test_zip_without_a_document_is_a_read_error(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match=r"^archive\.docx: not a valid Word"):
        read_file(path)


def test_docx_saved_as_doc_is_read_directly(new_docx, tmp_path):
    d = new_docx()
    d.add_paragraph("其实是 docx")
    path = tmp_path / "旧名字.doc"
    d.save(str(path))
    doc = read_file(path)
    assert doc.format == "doc"
    assert _texts(doc) == ["其实是 docx"]


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"),
     (105, "一百零五"), (110, "一百一十"), (1001, "一千零一")],
)  # fmt: skip
def test_chinese_numbers(n, expected):
    assert chinese_number(n) == expected
    assert format_number(n, "chineseCounting") == expected


def test_other_number_formats():
    assert format_number(3, "chineseLegalSimplified") == "叁"
    assert format_number(12, "taiwaneseCountingThousand") == "十二"  # LibreOffice writes it
    assert format_number(12, "decimalFullWidth") == "１２"
    assert format_number(27, "upperLetter") == "AA"
    assert format_number(14, "lowerRoman") == "xiv"
    assert format_number(3, "ideographZodiac") == "寅"
    assert format_number(2, "decimalEnclosedParen") == "⑵"


def test_word_lock_file_is_named_as_such(write_bytes):
    with pytest.raises(ReadError, match=r"^~\$讲话稿\.docx: a temporary lock file"):
        read_file(write_bytes("~$讲话稿.docx", b"\x06owner" + bytes(150)))


def test_list_bound_to_a_numbering_style(new_docx, tmp_path, docx_helpers):
    """w:numStyleLink: the list's levels live in the list a numbering style points to."""
    from docx.oxml import parse_xml

    d = new_docx()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    docx_helpers.abstract_num(d, 140, [{"fmt": "chineseCounting", "text": "第%1部分"}])
    docx_helpers.num(d, 141, 140)
    d.styles.element.append(
        parse_xml(
            f'<w:style {w} w:type="numbering" w:styleId="SpeechList"><w:name w:val="讲话列表"/>'
            '<w:pPr><w:numPr><w:numId w:val="141"/></w:numPr></w:pPr></w:style>'
        )
    )
    numbering = d.part.numbering_part.element
    linked = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="150"><w:numStyleLink w:val="SpeechList"/>'
        "</w:abstractNum>"
    )
    numbering.find(f"{{{W_NS}}}num").addprevious(linked)
    docx_helpers.num(d, 151, 150)
    for _ in range(2):
        docx_helpers.numbering(d.add_paragraph("内容"), 151, 0)
    doc = read_file(_save(d, tmp_path))
    assert [b.numbering for b in doc.blocks] == ["第一部分", "第二部分"]


def test_parts_never_read_are_handed_over_empty(new_docx, tmp_path):
    """Word 2010's stylesWithEffects copy, the theme and the font table are not inflated for
    python-docx (they were a third of opening a blank file); the parts the reader reads are,
    and the file reads as before: heading styles still come from styles.xml."""
    from drafter.corpus.readers.safe_zip import checked_docx

    d = new_docx()
    d.add_heading("提高政治站位", level=1)
    d.add_paragraph("要坚持学习。")
    path = _save(d, tmp_path)
    with zipfile.ZipFile(path) as original:
        names = set(original.namelist())
    assert {"word/stylesWithEffects.xml", "word/theme/theme1.xml"} <= names
    with zipfile.ZipFile(checked_docx(path)) as handed:
        assert set(handed.namelist()) == names
        for part in ("word/stylesWithEffects.xml", "word/theme/theme1.xml", "word/fontTable.xml"):
            assert handed.read(part) == b"", part
        for part in ("word/document.xml", "word/styles.xml", "word/numbering.xml"):
            assert handed.read(part), part
        assert handed.read("word/_rels/document.xml.rels")
    doc = read_file(path)
    assert [(b.text, b.heading_level) for b in doc.blocks] == [
        ("提高政治站位", 1),
        ("要坚持学习。", None),
    ]


_PROSE = (
    "本区域共有六个行政村，近年来持续推进道路硬化和污水治理，群众满意度逐年提高。"
    "下一步将继续完善基础设施，补齐公共服务短板，让各项工作稳步推进。"
)


def test_label_and_prose_table_is_the_body(new_docx, tmp_path):
    # a report written in a 事项 | 内容 table: part labels become paragraphs (headings
    # to the outline), the column heads go
    d = new_docx()
    d.add_paragraph("表格前")
    table = d.add_table(rows=3, cols=2)
    rows = [
        ["事项", "内容"],
        ["一、工作情况", _PROSE],
        ["二、下步打算", "（一）抓好项目。" + _PROSE],
    ]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(2, 1).add_paragraph("（二）抓好队伍。" + _PROSE)
    doc = read_file(_save(d, tmp_path))
    assert _texts(doc) == [
        "表格前",
        "一、工作情况",
        _PROSE,
        "二、下步打算",
        "（一）抓好项目。" + _PROSE,
        "（二）抓好队伍。" + _PROSE,
    ]
    assert {b.kind for b in doc.blocks} == {"text"}


def test_figures_and_wide_tables_stay_tables(new_docx, tmp_path):
    # numbers, or more than two columns even of prose, are data: rows kept as tables
    d = new_docx()
    figures = d.add_table(rows=3, cols=2)
    for r, row in enumerate([["指标", "数值"], ["产值", "12.5亿元"], ["增速", "8.6%"]]):
        for c, text in enumerate(row):
            figures.cell(r, c).text = text
    wide = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["序号", "问题", "措施"], ["一、存在问题", _PROSE, _PROSE]]):
        for c, text in enumerate(row):
            wide.cell(r, c).text = text
    doc = read_file(_save(d, tmp_path))
    assert [b.kind for b in doc.blocks] == ["table"] * 5
