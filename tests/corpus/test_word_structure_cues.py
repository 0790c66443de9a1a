"""Point 9 of issue 8: structure a Word file shows only by its formatting or by a slip of
typing: bullet sub-headings, numbers that exist only in automatic numbering, a heading
typed at the end of the paragraph before it."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text


def _save(document, tmp_path, name="summary.docx"):
    path = tmp_path / name
    document.save(str(path))
    return path


def _headings(doc):
    return [(p.text, len(p.section)) for p in doc.paragraphs() if p.is_heading]


def _bullets(d, helpers):
    helpers.abstract_num(d, 300, [{"fmt": "bullet", "text": "\uf0b7"}])
    helpers.num(d, 301, 300)


def test_bullet_paragraphs_under_numbered_parts_are_level_two(new_docx, docx_helpers, tmp_path):
    d = new_docx()
    _bullets(d, docx_helpers)
    d.add_paragraph("2024年个人工作总结")
    d.add_paragraph("一、工作完成情况")
    for head, text in (("岗位职责", "认真履行岗位职责，完成了各项日常工作任务。"),
                       ("重点任务", "牵头完成了年度重点项目的组织协调和督促落实。")):  # fmt: skip
        docx_helpers.numbering(d.add_paragraph(head), 301, 0)
        d.add_paragraph(text)
    d.add_paragraph("二、存在的不足")
    d.add_paragraph("学习还不够深入，工作方法还需改进。")
    doc = load_document(_save(d, tmp_path))
    assert _headings(doc) == [
        ("一、工作完成情况", 1), ("岗位职责", 2), ("重点任务", 2), ("二、存在的不足", 1),
    ]  # fmt: skip


def test_bulleted_list_of_sentences_stays_text(new_docx, docx_helpers, tmp_path):
    d = new_docx()
    _bullets(d, docx_helpers)
    d.add_paragraph("工作要点")
    d.add_paragraph("一、主要任务")
    for text in ("加强学习，提高本领。", "改进作风，狠抓落实。", "严守纪律，廉洁自律。"):
        docx_helpers.numbering(d.add_paragraph(text), 301, 0)
    d.add_paragraph("二、保障措施")
    d.add_paragraph("要加强组织领导。")
    doc = load_document(_save(d, tmp_path))
    assert [t for t, _ in _headings(doc)] == ["一、主要任务", "二、保障措施"]


def test_heading_numbers_only_in_automatic_numbering(new_docx, docx_helpers, tmp_path):
    d = new_docx()
    docx_helpers.abstract_num(d, 310, [{"fmt": "chineseCounting", "text": "%1、"}])
    docx_helpers.num(d, 311, 310)
    d.add_paragraph("2024年工作总结")
    for head, text in (("主要工作", "今年以来，我们认真履行职责。"),
                       ("存在问题", "一些工作还不够扎实。"),
                       ("下步打算", "要进一步改进工作。")):  # fmt: skip
        docx_helpers.numbering(d.add_paragraph(head), 311, 0)
        d.add_paragraph(text)
    doc = load_document(_save(d, tmp_path))
    assert _headings(doc) == [("一、主要工作", 1), ("二、存在问题", 1), ("三、下步打算", 1)]


def test_a_numbered_heading_right_under_the_title_is_no_part_of_it(
    new_docx, docx_helpers, tmp_path
):
    # the first heading, its number only in Word's numbering ("第一章"), stands right under
    # the title with nothing between: it starts the body, not a second title line
    d = new_docx()
    docx_helpers.abstract_num(d, 320, [{"fmt": "chineseCounting", "text": "第%1章"}])
    docx_helpers.num(d, 321, 320)
    d.add_paragraph("公司基本制度")
    for head in ("公司的宗旨", "基本经营政策", "基本组织政策"):
        docx_helpers.numbering(d.add_paragraph(head), 321, 0)
        d.add_paragraph("本章规定公司在这一方面的基本原则和主要做法，各部门要认真执行。")
    doc = load_document(_save(d, tmp_path))
    assert doc.metadata.title == "公司基本制度"
    assert [t for t, _ in _headings(doc)] == [
        "第一章 公司的宗旨",
        "第二章 基本经营政策",
        "第三章 基本组织政策",
    ]


def test_heading_typed_at_the_end_of_the_paragraph_before(new_docx, tmp_path):
    d = new_docx()
    for text in (
        "2024年工作总结",
        "一、主要工作",
        "今年以来，我们认真履行职责，各项工作取得了明显成效，得到了领导的肯定。二、存在的问题",
        "一是学习不够深入。二是作风不够扎实。",
        "三、下一步打算",
        "要加强学习，改进作风。",
    ):
        d.add_paragraph(text)
    doc = load_document(_save(d, tmp_path))
    assert [t for t, _ in _headings(doc)] == ["一、主要工作", "二、存在的问题", "三、下一步打算"]
    assert "今年以来，我们认真履行职责，各项工作取得了明显成效，得到了领导的肯定。" in [
        p.text for p in doc.paragraphs()
    ]


def test_list_inside_a_paragraph_is_not_split():
    text = (
        "标题\n一、形势\n这次战争存在三个问题：一、能不能打；二、能不能守；三、有没有东西吃。\n"
        "二、任务\n要做好准备。"
    )
    doc = parse_text(text)
    assert [p.text for p in doc.paragraphs() if p.is_heading] == ["一、形势", "二、任务"]


def test_bullets_under_word_heading_styles(new_docx, docx_helpers, tmp_path):
    d = new_docx()
    _bullets(d, docx_helpers)
    d.add_paragraph("述职报告", style="Title")
    for part in ("履职情况", "努力方向"):
        d.add_paragraph(part, style="Heading 1")
        for head in ("抓学习", "抓落实"):
            docx_helpers.numbering(d.add_paragraph(head), 301, 0)
            d.add_paragraph(f"围绕{head}开展了大量工作，取得了一定成效。")
    doc = load_document(_save(d, tmp_path))
    assert [level for _, level in _headings(doc)] == [1, 2, 2, 1, 2, 2]
