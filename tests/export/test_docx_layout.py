"""The default .docx has every GB/T 9704 figure, as python-docx reads it."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from drafter.export import DocxExporter, export_draft, load_style
from drafter.export.docx_geometry import char_space, condense_twips

from .conftest import FIXED_TIME


@pytest.fixture
def document(speech, tmp_path):
    path = export_draft(speech, tmp_path / "speech.docx")
    return docx.Document(str(path))


def _fonts(element) -> dict[str, str]:
    rfonts = element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    return {k.split("}")[1]: v for k, v in rfonts.attrib.items()}


def _by_text(document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def test_page_size_and_margins(document):
    s = document.sections[0]
    assert abs(s.page_width.mm - 210) < 0.1 and abs(s.page_height.mm - 297) < 0.1
    assert abs(s.top_margin.mm - 37) < 0.1
    assert abs(s.bottom_margin.mm - 35) < 0.1
    assert abs(s.left_margin.mm - 28) < 0.1
    assert abs(s.right_margin.mm - 26) < 0.1


def test_document_grid_22_lines_28_chars(document):
    """A line grid holds the 22 lines; condensed runs set 28 characters a line (a
    character grid makes LibreOffice drop punctuation at line ends, see sect_pr_xml)."""
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    assert grid.get(qn("w:linePitch")) == "579"
    assert grid.get(qn("w:charSpace")) is None
    pitch_pt = 16 + char_space(load_style()) / 4096
    text_width_pt = Mm(156).pt
    assert 28 * pitch_pt <= text_width_pt + 0.05 < 29 * pitch_pt
    squeeze_pt = condense_twips(load_style(), 16) / 20
    assert 28 * (16 + squeeze_pt) <= text_width_pt < 29 * (16 + squeeze_pt)
    assert 22 * 28.95 <= Mm(297 - 37 - 35).pt < 23 * 28.95


def test_title_block(document):
    title = document.paragraphs[0]
    # 21 characters of 22 pt do not fit in 156 mm: two balanced lines, not 20 + an orphan 话
    # ... and never inside the meeting's name: 17 + 4, the longer line on top
    assert title.text == "在全区办公室主任暨文秘业务培训会议\n上的讲话"
    assert title.style.name == "Title"
    assert title.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    run = title.runs[0]
    assert run.font.size == Pt(22) and run.font.name == "方正小标宋简体"
    assert _fonts(run._r)["eastAsia"] == "方正小标宋简体"
    assert not run.font.bold

    speaker, date = document.paragraphs[1], document.paragraphs[2]
    assert speaker.text == "区委常委、办公室主任　张三"
    assert date.text == "（2025年11月24日）"
    for p in (speaker, date):
        assert p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
        assert p.runs[0].font.size == Pt(16)
        assert _fonts(p.runs[0]._r)["eastAsia"] == "楷体_GB2312"


def test_body_paragraphs(document):
    body = _by_text(document, "今天，我们召开")
    pf = body.paragraph_format
    assert pf.line_spacing == Pt(28.95)
    assert pf.line_spacing_rule == docx.enum.text.WD_LINE_SPACING.EXACTLY
    assert pf.first_line_indent == Pt(32)
    ind = body._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"
    assert pf.space_before == 0 and pf.space_after == 0
    assert body.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    run = body.runs[0]
    assert run.font.size == Pt(16)
    fonts = _fonts(run._r)
    assert fonts["ascii"] == fonts["hAnsi"] == fonts["eastAsia"] == "仿宋_GB2312"
    # Opening and closing are body text too.
    closing = _by_text(document, "同志们，让我们")
    assert closing.style.name == "Normal" and closing.runs[0].font.name == "仿宋_GB2312"


def test_salutation_stands_flush_left(document):
    """同志们： is set 顶格 like the 主送机关 line; the closing 同志们，… stays indented."""
    salutation = _by_text(document, "同志们：")
    ind = salutation._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "0" and ind.get(qn("w:firstLine")) == "0"
    assert salutation.runs[0].font.name == "仿宋_GB2312"
    closing = _by_text(document, "同志们，让我们")
    assert closing._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"


def test_headings_keep_markers_and_level_fonts(document):
    expected = {
        "一、充分认识办公室工作的重要地位": ("Heading 1", "黑体"),
        "（一）办公室是参谋助手": ("Heading 2", "楷体_GB2312"),
        "（二）办公室是服务中心": ("Heading 2", "楷体_GB2312"),
        "二、突出重点，全面提升服务水平": ("Heading 1", "黑体"),
        "1.学理论": ("Heading 3", "仿宋_GB2312"),
        "（1）读原著": ("Heading 4", "仿宋_GB2312"),
    }
    for text, (style, font) in expected.items():
        p = next(p for p in document.paragraphs if p.text == text)
        assert p.style.name == style, text
        run = p.runs[0]
        assert _fonts(run._r)["eastAsia"] == font
        assert run.font.size == Pt(16) and not run.font.bold
        assert p.paragraph_format.line_spacing == Pt(28.95)
        assert p.paragraph_format.first_line_indent == Pt(32)


def test_run_in_heading_shares_the_paragraph(document):
    p = _by_text(document, "（一）加强学习。")
    assert p.text == "（一）加强学习。学习是立身之本，要把学习作为第一需要。"
    assert p.style.name == "Normal"
    head, body = p.runs
    assert head.text == "（一）加强学习。" and _fonts(head._r)["eastAsia"] == "楷体_GB2312"
    assert _fonts(body._r)["eastAsia"] == "仿宋_GB2312"


def test_hints_and_examples_never_exported(document):
    text = "\n".join(p.text for p in document.paragraphs)
    assert "写作提示" not in text and "示例" not in text and "号召力" not in text


def test_styles_and_doc_defaults_name_east_asian_fonts(document):
    normal = document.styles["Normal"]
    assert normal.font.name == "仿宋_GB2312" and normal.font.size == Pt(16)
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert rfonts.get(qn("w:asciiTheme")) is None
    assert document.styles["Heading 1"].font.name == "黑体"
    assert document.styles["Heading 2"].element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    assert document.styles["Title"].font.size == Pt(22)


def test_footers_page_numbers_odd_right_even_left(document):
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    odd = section.footer.paragraphs[0]
    even = section.even_page_footer.paragraphs[0]
    for p, align, side in ((odd, "right", "right"), (even, "left", "left")):
        assert p.text.replace("1", "N") == "— N —"
        assert p._p.pPr.find(qn("w:jc")).get(qn("w:val")) == align
        ind = p._p.pPr.find(qn("w:ind"))
        assert ind.get(qn(f"w:{side}Chars")) == "100" and ind.get(qn(f"w:{side}")) == "280"
        instr = p._p.findall(f".//{qn('w:instrText')}")
        assert [i.text.strip() for i in instr] == ["PAGE"]
        for run in p.runs:
            assert run.font.size == Pt(14)
            assert _fonts(run._r)["eastAsia"] == "宋体"


def test_core_properties(speech):
    data = DocxExporter(now=FIXED_TIME).render(speech, load_style())
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == speech.meta.title
    assert props.subject == speech.meta.occasion
    assert props.author == ""
    assert props.created == FIXED_TIME
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "docProps/thumbnail.jpeg" not in names


def test_font_table_lists_fallbacks(speech):
    data = DocxExporter().render(speech, load_style())
    table = zipfile.ZipFile(io.BytesIO(data)).read("word/fontTable.xml").decode()
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>' in table
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in table


def test_use_fallbacks_writes_fallback_names_into_runs(speech, tmp_path):
    style = load_style()
    style.use_fallbacks = True
    path = export_draft(speech, tmp_path / "f.docx", style=style)
    d = docx.Document(str(path))
    assert _fonts(d.paragraphs[0].runs[0]._r)["eastAsia"] == "华文中宋"
    body = _by_text(d, "今天")
    assert _fonts(body.runs[0]._r)["eastAsia"] == "仿宋"


def test_house_style_changes_what_it_says(speech, tmp_path):
    path = export_draft(speech, tmp_path / "h.docx", style="house-example")
    d = docx.Document(str(path))
    title = d.paragraphs[0].runs[0]
    assert title.font.bold and title.font.size == Pt(18)
    assert _fonts(title._r)["eastAsia"] == "宋体"
    assert d.paragraphs[2].text == "2025年11月24日"
    assert abs(d.sections[0].left_margin.mm - 27) < 0.1
    h1 = next(p for p in d.paragraphs if p.text.startswith("一、"))
    assert h1.runs[0].font.bold
    assert _fonts(h1.runs[0]._r)["ascii"] == "Times New Roman"
    assert _fonts(h1.runs[0]._r)["eastAsia"] == "黑体"
    footer = d.sections[0].footer.paragraphs[0]
    assert footer.text == "- 1 -" and footer.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER


def test_empty_draft_still_exports(tmp_path):
    from drafter.drafts.model import Draft

    path = export_draft(Draft(), tmp_path / "empty.docx")
    d = docx.Document(str(path))
    assert [p.text for p in d.paragraphs] == []
    assert abs(d.sections[0].page_width.mm - 210) < 0.1


def test_control_characters_and_markup_are_safe(tmp_path):
    from drafter.drafts.model import Draft, DraftMeta, DraftParagraph

    d = Draft(
        meta=DraftMeta(title="A & B <讲话>\n第二行"),
        opening=[DraftParagraph("坏字符\x00\x0b留下  两个空格 ")],
    )
    path = export_draft(d, tmp_path / "c.docx")
    doc = docx.Document(str(path))
    assert doc.paragraphs[0].text == "A & B <讲话>\n第二行"
    assert doc.paragraphs[1].text == "坏字符留下  两个空格"


def test_long_titles_break_into_balanced_lines():
    from drafter.export.docx import break_title

    width = 156 / 25.4 * 72
    assert break_title("政府工作报告", 22, width) == "政府工作报告"
    for title in [
        "在全区办公室主任暨文秘业务培训会议上的讲话",
        "在青川区2024年度综合目标考核总结表彰大会上的讲话",
        "在中国共产党某某省第十二届委员会第五次全体会议暨全省经济工作会议、全省优化营商环境大会上的讲话",
    ]:
        lines = break_title(title, 22, width).split("\n")
        assert "".join(lines) == title
        assert len(lines) >= 2
        assert all(len(line) <= 20 for line in lines)  # 20 characters of 22 pt in 156 mm
        assert min(map(len, lines)) >= 3  # no orphan 话
        assert not any(line[0] in "、，。）》”" for line in lines)
    # two phrases (主题句) are cut at the space between them; the space stays at the end
    # of the first line, where it takes no room in a centred line
    assert break_title("坚持以人民为中心的发展思想 奋力谱写中国式现代化建设新篇章", 22, width) == (
        "坚持以人民为中心的发展思想 \n奋力谱写中国式现代化建设新篇章"
    )


def test_titles_are_not_cut_inside_the_name_of_the_occasion():
    """在……上的讲话: the meeting or course is one name (…能力 / 提升培训班 split one); a
    name that fits stays whole with the longer line on top, a longer one is cut at a
    join (暨、) or after who it is for, not in the middle of the course's name."""
    from drafter.export.cjk_lines import break_title, protected_spans

    width = 156 / 25.4 * 72
    assert break_title("在全区办公室主任暨文秘业务培训会议上的讲话", 22, width) == (
        "在全区办公室主任暨文秘业务培训会议\n上的讲话"
    )
    assert break_title("——在全市领导干部数字化治理能力提升培训班上的讲话", 22, width) == (
        "——在全市领导干部\n数字化治理能力提升培训班上的讲话"
    )
    three = break_title(
        "在中国共产党某某省第十二届委员会第五次全体会议暨全省经济工作会议、"
        "全省优化营商环境大会上的讲话",
        22,
        width,
    ).split("\n")
    assert three[0].endswith("委员会") and three[1].endswith("会议、"), three
    # quotations and bracketed phrases are never cut either
    text = "关于《某某市优化营商环境条例（草案）》的说明"
    assert protected_spans(text)[0] == (2, 19)
    assert break_title(text, 22, width) == "关于《某某市优化营商环境条例（草案）》\n的说明"


def test_only_salutations_at_the_start_stand_flush_left(tmp_path):
    """各位企业家朋友，同志们： is a salutation too; a body line ending in a colon is not."""
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
    from drafter.export import export_draft

    draft = Draft(
        meta=DraftMeta(title="讲话"),
        opening=[DraftParagraph("各位企业家朋友，同志们："), DraftParagraph("今天我们开会。")],
        sections=[DraftNode("做好工作", paragraphs=[DraftParagraph("具体要求如下：")])],
    )
    out = export_draft(draft, tmp_path / "o.docx")
    doc = docx.Document(str(out))

    def first_line(text: str) -> str:
        p = _by_text(doc, text)
        return p._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars"))

    assert first_line("各位企业家朋友，同志们：") == "0"
    assert first_line("今天我们开会。") == "200"
    assert first_line("具体要求如下：") == "200"


def test_empty_headings_are_not_kept_with_the_next_heading(tmp_path):
    """A fresh template draft is all headings: kept together they would move to page 2
    whole. Only a heading with something under it stays with what follows."""
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
    from drafter.export import export_draft

    empty = [DraftNode("……") for _ in range(3)]
    draft = Draft(
        meta=DraftMeta(title="讲话"),
        sections=[
            DraftNode("认清形势", children=empty),
            DraftNode("明确任务", paragraphs=[DraftParagraph("任务很重。")]),
        ],
    )
    doc = docx.Document(str(export_draft(draft, tmp_path / "o.docx")))

    def keep_next(text: str) -> bool:
        # python-docx resolves direct formatting, then the Heading style (keepNext on)
        p = _by_text(doc, text)
        own = p.paragraph_format.keep_with_next
        return p.style.paragraph_format.keep_with_next if own is None else own

    assert keep_next("一、认清形势") is True  # kept with its （一）
    assert [keep_next(t) for t in ("（一）", "（二）", "（三）")] == [False, False, False]
    assert keep_next("二、明确任务") is True


def test_subtitle_has_its_dash_and_a_long_one_is_broken(tmp_path):
    """——2025年1月15日在…会议上 is wider than it counts in characters (the dash and
    substituted digits): it is cut into two lines, not left for a 2-character orphan."""
    from drafter.drafts.model import Draft, DraftMeta
    from drafter.export import export_draft

    meta = DraftMeta(
        title="政府工作报告",
        subtitle="2025年1月15日在青川区第三届人民代表大会第五次会议上",
        post="青川区人民政府区长",
        speaker="×××",
        date="2025-01-15",
    )
    doc = docx.Document(str(export_draft(Draft(meta=meta), tmp_path / "o.docx")))
    names = [(p.style.name, p.text) for p in doc.paragraphs]
    assert [n for n, _ in names] == ["Title", "Subtitle", "Speaker"]  # no second date line
    lines = names[1][1].split("\n")
    assert lines[0].startswith("——2025年1月15日") and len(lines) == 2
    assert "".join(lines) == "——" + meta.subtitle
    assert all(len(line) >= 10 for line in lines)
    run = doc.paragraphs[1].runs[0]
    assert _fonts(run._r)["eastAsia"] == "楷体_GB2312" and run.font.size == Pt(16)
