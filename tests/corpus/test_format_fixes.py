"""Minimal cases, written for the project, of what re-expressing real documents in users'
forms showed (see tests/corpus/test_realforms_gold.py): a Word quote style is an editor's
note, a page's <title> names the site longest, the page's title may end in ？, a site banner
with a slash before its address, bare part numbers 1 2 3 in Word or plain text."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text
from drafter.corpus.boilerplate import is_banner
from drafter.corpus.readers import read_file

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


def test_page_title_holding_a_dash_is_whole(tmp_path) -> None:
    """A title with a —— of its own (培训——通向明天的阶梯) is not cut there as a site's
    separator when the page shows it whole as its heading (it was read 培训)."""
    title = "培训——通向明天的重要阶梯"
    page = PAGE.replace("矛盾论_", title + "_")
    path = tmp_path / "page.html"
    path.write_text(page.format(h1=title, para=PARA * 3), encoding="utf-8")
    assert load_document(path).metadata.title == title


def test_word_title_centred_in_bold_however_long(new_docx, tmp_path) -> None:
    """A Word file's first paragraph centred and bold is its title, though too long for
    the text alone to take (a comma, over 40 characters), and a bold part heading right
    under it is not glued onto it (the title read was 看法 中国农话的现状)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    title = "机关要缩短经线，畅通纬线，强化作战组织的能力考核与选拔，精减非作战组织的规模"
    d = new_docx()
    p = d.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph().add_run("农话的现状及发展趋势").bold = True
    for _ in range(3):
        d.add_paragraph(PARA * 2)
    path = tmp_path / "title.docx"
    d.save(path)
    assert load_document(path).metadata.title == title
    d.paragraphs[0].runs[0].text = "对农话网的一点看法"
    d.save(path)
    assert load_document(path).metadata.title == "对农话网的一点看法"


def test_word_numbered_heading_worded_as_the_title(new_docx, docx_helpers, tmp_path) -> None:
    """A part Word numbers (3、 in its list) worded as the title is a heading, not the
    title shown again at the top of the text (it was dropped with the title set bold and
    centred)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    docx_helpers.abstract_num(d, 51, [{"fmt": "decimal", "text": "%1、"}])
    docx_helpers.num(d, 51, 51)
    p = d.add_paragraph()
    p.add_run("希望寄托在你们身上").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head in ("学习李冰父子", "科研之门", "希望寄托在你们身上"):
        docx_helpers.numbering(d.add_paragraph(head), 51)
        d.add_paragraph(PARA * 2)
    path = tmp_path / "numbered.docx"
    d.save(path)
    doc = load_document(path)
    assert doc.metadata.title == "希望寄托在你们身上"
    assert [s.marker + s.heading for s in doc.outline.sections][-1] == "3、希望寄托在你们身上"


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


def test_bare_part_numbers_in_word(word_of) -> None:
    doc = word_of(_parts_text("\n").split("\n"), name="parts.docx")
    assert [s.marker for s in doc.outline.sections] == ["1", "2", "3"]


def test_page_numbers_inside_sentences_stay_page_numbers() -> None:
    cut = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好"
    text = f"考察散记\n\n{PARA}{cut}\n\n1\n\n各项工作的落实。{PARA}{cut}\n\n2\n\n各项工作的落实。\n"
    doc = parse_text(text)
    assert doc.outline.sections == []
    assert all(p.text not in ("1", "2") for p in doc.paragraphs())


# -- Word: numbering, bullets, an official title ----------------------------------------


def _parts_numbered(d, helpers, fmt_text: str, with_text: bool) -> None:
    helpers.abstract_num(d, 320, [{"fmt": "chineseCounting", "text": fmt_text}])
    helpers.num(d, 321, 320)
    d.add_paragraph("论三个问题", style="Title")
    d.add_paragraph(PARA)
    for head in ("形势", "任务", "方法"):
        helpers.numbering(d.add_paragraph(head if with_text else ""), 321, 0)
        d.add_paragraph(PARA)


def test_word_numbered_part_label_without_punctuation(new_docx, docx_helpers, tmp_path):
    """Word's label "一" (a part number, no 、) numbers a part: "一 形势"."""
    d = new_docx()
    _parts_numbered(d, docx_helpers, "%1", with_text=True)
    d.save(tmp_path / "parts.docx")
    doc = load_document(tmp_path / "parts.docx")
    assert _outline(doc) == [(1, "一", "形势"), (1, "二", "任务"), (1, "三", "方法")]


def test_word_numbered_paragraph_with_no_text_shows_its_number(new_docx, docx_helpers, tmp_path):
    d = new_docx()
    _parts_numbered(d, docx_helpers, "%1", with_text=False)
    d.save(tmp_path / "bare.docx")
    doc = load_document(tmp_path / "bare.docx")
    assert [s.marker for s in doc.outline.sections] == ["一", "二", "三"]


def _bullet_doc(d, helpers, items: list[tuple[str, list[str]]]) -> None:
    helpers.abstract_num(d, 330, [{"fmt": "bullet", "text": "\uf0b7"}])
    helpers.num(d, 331, 330)
    d.add_paragraph("华为的战略")
    d.add_paragraph("一、总体要求")
    d.add_paragraph(PARA)
    d.add_paragraph("二、主要任务")
    for head, under in items:
        helpers.numbering(d.add_paragraph(head), 331, 0)
        for text in under:
            d.add_paragraph(text)


def test_bullet_headings_of_two_clauses_over_numbered_points(new_docx, docx_helpers, tmp_path):
    """Bullet sub-headings may join two clauses with a comma or semicolon, and what follows
    them may be numbered points (1、 2、) that belong under them."""
    d = new_docx()
    _bullet_doc(
        d,
        docx_helpers,
        [
            (
                "为客户服务是存在的唯一理由；客户需求是发展的原动力。",
                ["1、认识到服务是理由。", PARA],
            ),
            (
                "持续管理变革，实现高效的流程化运作，确保端到端的优质交付。",
                ["1、为什么要变革。", PARA, "2、变革的原则。", PARA],
            ),
        ],
    )
    d.save(tmp_path / "b.docx")
    hinted = [
        (b.text, b.heading_level)
        for b in read_file(tmp_path / "b.docx").blocks
        if b.kind == "bullet"
    ]
    # one level under 二、 (rank 2 + 1), the same for both: the 1、 points under the first
    # do not push the second one down
    assert hinted == [
        ("为客户服务是存在的唯一理由；客户需求是发展的原动力。", 3),
        ("持续管理变革，实现高效的流程化运作，确保端到端的优质交付。", 3),
    ]


def test_official_title_centred_in_xiaobiaosong(new_docx, tmp_path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = new_docx()
    p = d.add_paragraph()
    run = p.add_run("论持久战")
    run.font.size = Pt(22)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "方正小标宋简体")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("问题的提起")  # a part title, not the title's second line
    d.add_paragraph(PARA)
    d.add_paragraph("一九三八年五月").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(tmp_path / "o.docx")
    doc = load_document(tmp_path / "o.docx")
    assert doc.metadata.title == "论持久战"
    assert doc.metadata.date == "1938-05"  # the month it is signed with, at the end


def test_page_repeating_its_two_line_title_under_the_h1(tmp_path) -> None:
    page = PAGE.replace("矛盾论_", "高举旗帜 团结奋斗_").replace(
        "<p>（一九三七年八月）</p>",
        "<p>高举旗帜</p><p>团结奋斗</p><p>——在全县大会上的报告</p><p>（一九三七年八月）</p>",
    )
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="高举旗帜 团结奋斗", para=PARA * 3), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "高举旗帜 团结奋斗"
    assert doc.metadata.date == "1937-08"


def test_text_repeating_its_title_with_a_note_mark() -> None:
    doc = parse_text(f"在全县大会上的报告\n在全县大会上的报告*\n（1949.3.5）\n\n{PARA}\n")
    assert doc.metadata.title == "在全县大会上的报告"
    assert doc.metadata.date == "1949-03-05"


# -- scraped text with hard line breaks -------------------------------------------------


def _wrap(paragraphs: list[str], width: int = 30) -> str:
    lines = []
    for p in paragraphs:
        text = "　　" + p
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(lines) + "\n"


def test_wrapped_line_ending_in_a_word_like_a_byline_is_kept() -> None:
    """A hard wrap that leaves "…被承认的外交人员和新闻记者" at a line end is prose, not
    a photo byline to drop."""
    first = "但外国直接经营的事业依然存在，被国民党承认的外交人员和新闻记者依然存在。" * 2
    width = 2 + first.index("记者") + 2  # the indent, then the cut right after 记者
    text = "外交问题\n\n" + _wrap([PARA * 3, first, PARA * 3, PARA * 2], width)
    # find the cut: the test is only meaningful if a line ends in 记者
    assert any(line.endswith("记者") for line in text.splitlines())
    doc = parse_text(text)
    assert first in [p.text for p in doc.paragraphs()]


def test_wrapped_list_goes_on_after_a_full_line_ending_a_sentence() -> None:
    """ "…：（1）先打分散之敌。" filling its line, then "（2）后打集中之敌。" without an indent:
    the paragraph's own list goes on; a new paragraph would be indented."""
    para = "我们的军事原则是：（1）先打分散和孤立之敌，后打集中和强大之敌。（2）先取小城市。"
    width = para.index("（2）") + 2  # the cut falls right before （2）
    text = "军事原则\n\n" + _wrap([PARA * 3, para, PARA * 3, PARA * 2], width)
    assert any(line.startswith("（2）") for line in text.splitlines())
    doc = parse_text(text)
    assert para in [p.text for p in doc.paragraphs()]


def test_single_space_carried_to_a_line_start_is_not_an_indent() -> None:
    para = "从1998年起，邀请多家世界著名顾问公司，先后开展了IT S&P、IPD等管理变革项目。" * 2
    text = "管理变革\n\n" + _wrap([PARA * 3, para, PARA * 3], para.index(" S&P") + 2)
    assert any(line.startswith(" S&P") for line in text.splitlines())
    doc = parse_text(text)
    assert any(
        p.text.startswith("从1998年起") and p.text.endswith("项目。") for p in doc.paragraphs()
    )


def test_typists_credit_at_the_end_is_not_text() -> None:
    doc = parse_text(f"论农村工作\n\n{PARA}\n\n{PARA}\n\n感谢 某某网友 录入\n")
    assert all("录入" not in p.text for p in doc.paragraphs())
    doc = parse_text(f"数据工作\n\n{PARA}\n\n各单位要把数据及时录入\n")
    assert any("录入" in p.text for p in doc.paragraphs())


def test_part_title_without_indent_under_a_paragraph_that_filled_its_line() -> None:
    """In an indented, hard-wrapped text a part title typed without the indent right under
    a paragraph whose last line was full ("…。" at the margin) stands alone."""
    para = "我们的大会是在这种情况之下开会的，中国人民作了将近八年的英勇奋斗。"
    width = len("　　" + para)  # the paragraph fills its line exactly
    lines = _wrap([PARA * 3, para], width).splitlines()
    lines += ["一　中国人民的基本要求"] + _wrap([PARA * 3, para], width).splitlines()
    lines += ["二　国际形势和国内形势"] + _wrap([PARA * 3, PARA * 2], width).splitlines()
    doc = parse_text("论联合政府\n\n" + "\n".join(lines) + "\n")
    assert [(s.marker.strip(), s.heading) for s in doc.outline.sections] == [
        ("一", "中国人民的基本要求"),
        ("二", "国际形势和国内形势"),
    ]
    assert para in [p.text for p in doc.paragraphs()]


def test_short_sentence_after_an_indented_first_line_full_at_the_margin_goes_on() -> None:
    """An indented first line the hard wrap filled ends at the margin on "。", and a short
    sentence follows unindented ("（六）寻找借口，…通缉朱彭。" / "这一步骤，目前正在准备中。",
    blind set 16's mao 2-038 pasted into Word): the indent took two characters of the line,
    so it was full, and the sentence goes on in its paragraph; a lead line of its own would
    stand under a line that stopped short."""
    para = "（六）寻找借口，宣布取消番号，这一步骤也正在准备之中。这一步骤，目前正在准备中。"
    width = len("　　" + para[: para.index("这一步骤，目前")])  # the first line ends at 。
    lines = _wrap([PARA * 3, para, PARA * 3, PARA * 2], width).splitlines()
    assert "这一步骤，目前正在准备中。" in lines
    doc = parse_text("皖南事变\n\n" + "\n".join(lines) + "\n")
    assert para in [p.text for p in doc.paragraphs()]


def test_page_heading_spaced_out_keeps_its_characters_apart(tmp_path) -> None:
    """ "比　　较" on a page: the extractor makes it "比 较"; it is read as the two-character
    heading it is, like the same line in a text file."""
    heads = ("比　　较", "谈　　判", "结　　论")
    body = "".join(f"<p>{head}</p><p>　　{PARA * 2}</p><p>　　{PARA}</p>" for head in heads)
    page = PAGE.replace(
        "<p>（一九三七年八月）</p>", f"<p>（一九三七年八月）</p><p>{PARA}</p>" + body
    )
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="矛盾论", para=PARA * 3), encoding="utf-8")
    doc = load_document(path)
    found = [s.heading.replace("\u3000", "") for s in doc.outline.sections]
    assert found == ["比较", "谈判", "结论"]


def test_word_work_summary_as_typed(new_docx, docx_helpers, tmp_path) -> None:
    """A personal work summary typed in Word: the title centred in 小标宋, the writer's unit
    and name, bold 一、 lines, list items in Word's numbering, the closing formula and a
    signature with the date at the end."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = new_docx()
    docx_helpers.abstract_num(d, 400, [{"fmt": "decimal", "text": "%1."}])
    docx_helpers.num(d, 401, 400)
    p = d.add_paragraph()
    run = p.add_run("2024年度个人工作总结")
    run.font.size = Pt(22)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "方正小标宋简体")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("综合科　李明").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("2024年，我认真履行岗位职责，较好地完成了各项工作任务。现总结如下：")
    d.add_paragraph("一、主要工作完成情况").runs[0].bold = True
    d.add_paragraph("（一）加强政治理论学习。全年撰写学习心得8篇，参加集中学习42次。")
    d.add_paragraph("（二）扎实做好文稿起草。全年起草各类文稿60余篇，其中：")
    for text in ("领导讲话稿18篇；", "工作总结、计划12篇；", "调研报告5篇。"):
        docx_helpers.numbering(d.add_paragraph(text), 401, 0)
    d.add_paragraph("二、存在的问题和不足").runs[0].bold = True
    d.add_paragraph("一是理论学习还不够系统深入；二是文稿质量还有提升空间。")
    d.add_paragraph("以上是我2024年的工作总结，不妥之处，请领导和同志们批评指正。")
    d.add_paragraph("李明").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("2024年12月20日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(tmp_path / "summary.docx")
    doc = load_document(tmp_path / "summary.docx")
    m = doc.metadata
    assert (m.title, m.speaker, m.post, m.date, m.genre) == (
        "2024年度个人工作总结", "李明", "综合科", "2024-12-20", "总结",
    )  # fmt: skip
    assert [s.label for s in doc.outline.sections] == [
        "一、主要工作完成情况",
        "二、存在的问题和不足",
    ]
    assert [s.marker for s in doc.outline.sections[0].children] == ["（一）", "（二）"]
    assert doc.outline.sections[0].children[1].paragraphs[1:] == [
        "1.领导讲话稿18篇；", "2.工作总结、计划12篇；", "3.调研报告5篇。",
    ]  # fmt: skip
    assert doc.outline.closing == [
        "以上是我2024年的工作总结，不妥之处，请领导和同志们批评指正。", "李明", "2024年12月20日",
    ]  # fmt: skip


def test_page_laid_out_in_a_one_column_table(tmp_path) -> None:
    """Older sites set each paragraph in a row of a one-column table: its cells are the
    page's paragraphs (headings included), not rows of a data table."""
    text = PARA * 3
    rows = [text, "一、提高认识", f"（一）统一思想。{text}", f"（二）把握形势。{text}"]
    rows += ["二、压实责任", f"（一）明确分工。{text}", f"（二）强化考核。{text}", text]
    table = "".join(f"<tr><td><font>&nbsp;&nbsp;{r}</font></td></tr>" for r in rows)
    page = PAGE.replace("<p>　　{para}</p><p>　　{para}</p><p>　　{para}</p><p>　　{para}</p>", "")
    page = page.replace(
        "<p>（一九三七年八月）</p>", f"<p>（一九三七年八月）</p><table>{table}</table>"
    )
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="矛盾论", para=PARA), encoding="utf-8")
    doc = load_document(path)
    assert [s.label for s in doc.outline.walk()] == [
        "一、提高认识", "（一）统一思想", "（二）把握形势", "二、压实责任", "（一）明确分工", "（二）强化考核",
    ]  # fmt: skip


# -- scraped text without indentation, a blank line after each paragraph -----------------


def _flat(paragraphs: list[str], width: int) -> str:
    """Hard-wrapped at ``width``, no indent, a blank line after every paragraph."""
    out = []
    for p in paragraphs:
        out += [p[i : i + width] for i in range(0, len(p), width)] + [""]
    return "\n".join(out)


LONG = "我们要继续全面准确贯彻方针政策，坚持依法行政，落实各项工作部署，推动经济社会高质量发展。"


def test_blank_line_ends_a_long_heading_wrapped_without_indent() -> None:
    head1 = "一　离开实际调查就要产生唯心的阶级估量和唯心的工作指导，那末，它的结果，不是机会主义"
    head2 = "二　社会经济调查，是为了得到正确的阶级估量，接着定出正确的斗争策略"
    text = "调查工作\n\n" + _flat([LONG * 3, head1, LONG * 4, head2, LONG * 4], 35)
    doc = parse_text(text)
    assert [s.heading for s in doc.outline.sections] == [head1[2:], head2[2:]]


def test_numbered_paragraph_running_over_full_lines_without_indent() -> None:
    """ "1、…宁愿采用成" filling its line goes on with "熟的…" (a heading's own tail would
    be short): the numbered paragraph is whole."""
    item = (
        "1、在支付方式的应用上，必须以安全为主，把支付安全放在首位，宁愿采用成熟的传统的支付方式。"
    )
    paras = [LONG * 3, item + LONG * 2, "2、" + LONG * 3, LONG * 2]
    doc = parse_text("支付安全\n\n" + _flat(paras, 35))
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.endswith("宁愿采用成") for t in texts)
    assert (
        "1、在支付方式的应用上，必须以安全为主，把支付安全放在首位，宁愿采用成熟的传统的支付方式"
        in texts
    )


def test_full_line_ending_a_sentence_goes_on_where_blank_lines_end_paragraphs() -> None:
    """Blank lines end this text's paragraphs: a full line that happens to end a sentence
    at the margin, with no blank line after it, goes on."""
    first = (
        "我们要继续全面准确、坚定不移地贯彻一国两制的方针，坚持依法治理好港澳。"  # 35 characters
    )
    assert len(first) == 35
    second = first + "支持香港、澳门发展经济、改善民生，保持长期繁荣稳定。"
    short = ["这是第一个短段落。", "又一个短段落结束了。", "第三个短段落也结束了。"]
    paras = [LONG * 3, second, LONG * 3, *short, LONG * 3, *short, LONG * 3, LONG * 3]
    doc = parse_text("港澳工作\n\n" + _flat(paras, 35))
    assert second in [p.text for p in doc.paragraphs()]


# -- Word: a title typed onto the end of the paragraph before it (no break) ----------------


def test_word_numbered_heading_typed_onto_the_opening(word_of) -> None:
    """ "…请予审议。一、2025年工作回顾" and the next paragraph: the heading is split off and
    the paragraph after it is not glued on (a paragraph ending without its stop)."""
    doc = word_of(
        ["政府工作报告", "各位代表：", f"现在，我代表县人民政府作工作报告，请予审议。{PARA}一、2025年工作回顾",
         PARA * 2, "二、2026年重点工作", PARA * 2, "三、加强政府自身建设", PARA * 2],
    )  # fmt: skip
    assert [s.label for s in doc.outline.sections][:2] == [
        "一、2025年工作回顾",
        "二、2026年重点工作",
    ]
    assert doc.outline.sections[0].paragraphs == [PARA * 2]


def test_word_unnumbered_title_typed_onto_a_paragraph(word_of) -> None:
    heads = ["关于单纯军事观点", "关于极端民主化", "关于非组织观点"]
    doc = word_of(
        ["关于纠正党内的错误思想", "（一九二九年十二月）", PARA * 2, f"{PARA}{heads[0]}",
         PARA * 2, heads[1], PARA * 2, heads[2], PARA * 2],
    )  # fmt: skip
    assert [s.heading for s in doc.outline.sections] == heads
    assert doc.outline.sections[0].paragraphs == [PARA * 2]


def test_word_bare_part_number_typed_onto_a_paragraph(word_of) -> None:
    body = []
    for n in (1, 2, 3, 4):
        body += [str(n), PARA * 2, PARA]
    body[6] = body[5] + "3"  # "…落实。3": the third part number typed onto the paragraph
    del body[5]
    doc = word_of(["考察散记", PARA, *body])
    assert [s.marker for s in doc.outline.sections] == ["1", "2", "3", "4"]


def test_prose_ending_on_an_unpunctuated_phrase_stays_whole(word_of) -> None:
    """A text with no titles standing alone keeps a paragraph that ends on a phrase."""
    doc = word_of(["讲话", PARA * 2, f"{PARA}因为他们说", PARA * 2])
    assert f"{PARA}因为他们说" in [p.text for p in doc.paragraphs()]


def test_page_title_ending_in_zhengfu_is_the_article(tmp_path) -> None:
    """No <h1>: the <title> "论联合政府_领导讲话_某某县人民政府" names the article first; a
    title ending in 政府 is not the site's name."""
    page = PAGE.replace("矛盾论_", "论联合政府_").replace("<h1>{h1}</h1>", "")
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="", para=PARA * 3), encoding="utf-8")
    assert load_document(path).metadata.title == "论联合政府"


def test_figure_broken_off_by_a_stray_line_is_no_glued_title() -> None:
    """A paragraph cut inside a figure ("…达到74.4" / "万亿元，…") does not end in a
    title: a title typed onto a paragraph ends in a character, never in a number."""
    text = "\n\n".join(
        ["工作报告", "回顾", PARA * 2, f"{PARA}国内生产总值达到74.4", "万亿元，" + PARA,
         "部署", PARA * 2, "任务", PARA * 2]
    )  # fmt: skip
    doc = parse_text(text)
    headings = [s.heading for s in doc.outline.walk()]
    assert "国内生产总值达到74.4" not in headings
    assert "国内生产总值达到74.4" not in [p.text for p in doc.paragraphs()]


# -- a hard-wrapped text in a paragraph format ----------------------------------------------


def _wrapped_lines(width: int = 2 + len(PARA)) -> list[str]:
    """The width puts a sentence end at a line end, as a hard wrap now and then does."""
    lines = []
    for para in [PARA * 3, "一、提高认识", PARA * 4, PARA * 3, "二、压实责任", PARA * 4, PARA * 3]:
        text = "　　" + para
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    return lines


def test_text_pasted_into_word_line_by_line_is_rejoined(word_of) -> None:
    doc = word_of(["安全生产工作会议上的讲话", *_wrapped_lines()], name="pasted.docx")
    assert [s.label for s in doc.outline.sections] == ["一、提高认识", "二、压实责任"]
    assert doc.outline.sections[0].paragraphs == [PARA * 4, PARA * 3]


def test_page_with_a_br_after_every_wrapped_line_is_rejoined(tmp_path) -> None:
    # no indent reaches the reader through the extractor, so the width is one where no
    # sentence ends at the margin
    lines = "<br>".join(line.replace("　", "&nbsp;&nbsp;") for line in _wrapped_lines(35))
    page = PAGE.replace("<p>　　{para}</p><p>　　{para}</p><p>　　{para}</p><p>　　{para}</p>", "")
    page = page.replace("<p>（一九三七年八月）</p>", f"<p>（一九三七年八月）</p><div>{lines}</div>")
    path = tmp_path / "page.html"
    path.write_text(page.format(h1="矛盾论", para=""), encoding="utf-8")
    doc = load_document(path)
    assert [s.label for s in doc.outline.sections] == ["一、提高认识", "二、压实责任"]
    assert doc.outline.sections[0].paragraphs == [PARA * 4, PARA * 3]


def test_a_pasted_line_ending_like_a_glued_title_and_a_lone_quote_mark(word_of) -> None:
    """Hard-wrapped text pasted into Word a line a paragraph: a full line that happens to end
    in a sentence and a few words (…追随的份。我们拥有全 / 球一流的…, …落实。全县上下要把思想统一
    到县委的决策部署 / 上来，…) is cut by the wrap, not a title typed on, and a closing quote mark wrapped onto a line of its own (”) goes back on
    its sentence instead of standing as a heading. Own text."""
    quoted = (
        PARA
        + "他说：“我们现在其实还只有追随的份。我们拥有全球一流的数学家，但还缺化学家与物理学家！”"
    )
    width = 20
    lines = []
    for para in [PARA * 3, quoted, "一、提高认识", PARA * 4, PARA * 3, "二、压实责任", PARA * 4]:
        text = "　　" + para
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    assert "”" in lines and any(line.endswith("。我们拥有全") for line in lines)
    doc = word_of(["安全生产工作会议上的讲话", *lines], name="pasted.docx")
    assert doc.metadata.title == "安全生产工作会议上的讲话"
    assert [s.label for s in doc.outline.sections] == ["一、提高认识", "二、压实责任"]
    body = [p.text for p in doc.paragraphs() if not p.is_heading]
    assert body == [PARA * 3, quoted, PARA * 4, PARA * 3, PARA * 4]
