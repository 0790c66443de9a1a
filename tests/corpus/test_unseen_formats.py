"""Unseen documents in Word and Markdown, read through ``load_document``.

In Word the markers are often not in the text at all: "一、" and "（一）" come from automatic
numbering bound to the heading styles (numbering.xml), so the outline must take its markers
from ``Block.numbering`` and its levels from the heading styles. In Markdown the levels come
from ``#``/``##``/``###``.
"""

from __future__ import annotations

from docx.oxml import parse_xml

from drafter.corpus import load_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = "各地各部门要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处、见到实效。"


def _outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.heading) for s in doc.outline.walk()]


def test_docx_with_word_numbering_on_heading_styles(new_docx, tmp_path, docx_helpers):
    d = new_docx()
    docx_helpers.abstract_num(
        d,
        140,
        [
            {"fmt": "chineseCounting", "text": "%1、", "style": "Heading1"},
            {"fmt": "chineseCounting", "text": "（%2）", "style": "Heading2"},
        ],
    )
    docx_helpers.num(d, 141, 140)
    for name in ("Heading 1", "Heading 2"):
        ppr = d.styles[name].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {W}><w:numId w:val="141"/></w:numPr>'))
    d.add_heading("在全县秋冬季森林防火工作会议上的讲话", 0)
    d.add_paragraph("副县长　钱文博")
    d.add_paragraph("（2025年10月28日）")
    d.add_paragraph("同志们：")
    d.add_paragraph("今天召开全县秋冬季森林防火工作会议，主要任务是安排部署今冬明春森林防火工作。")
    plan = [
        (1, "充分认识森林防火工作的严峻形势"),
        (2, "气象条件不利"),
        (2, "火源管控难度大"),
        (1, "全面落实森林防火各项措施"),
        (2, "严格野外火源管理"),
        (2, "加强隐患排查整治"),
        (2, "提升扑救处置能力"),
        (1, "切实加强组织领导"),
    ]
    for level, text in plan:
        d.add_heading(text, level)
        d.add_paragraph(BODY)
    d.add_paragraph(
        "同志们，森林防火责任重于泰山。希望大家守土有责、守土尽责，确保全县森林资源安全。"
    )
    path = tmp_path / "forest.docx"
    d.save(path)

    doc = load_document(path)
    assert doc.metadata.title == "在全县秋冬季森林防火工作会议上的讲话"
    assert doc.metadata.speaker == "钱文博"
    assert doc.metadata.date == "2025-10-28"
    assert doc.metadata.genre == "讲话"
    assert _outline(doc) == [
        (1, "一、", "充分认识森林防火工作的严峻形势"),
        (2, "（一）", "气象条件不利"),
        (2, "（二）", "火源管控难度大"),
        (1, "二、", "全面落实森林防火各项措施"),
        (2, "（一）", "严格野外火源管理"),
        (2, "（二）", "加强隐患排查整治"),
        (2, "（三）", "提升扑救处置能力"),
        (1, "三、", "切实加强组织领导"),
    ]
    assert doc.outline.sections[0].children[0].paragraphs == [BODY]
    assert doc.outline.closing[0].startswith("同志们，森林防火")


def test_docx_with_direct_numbering_on_plain_paragraphs(new_docx, tmp_path, docx_helpers):
    """No heading styles: the list numbering alone ("一、" on level 0, "（一）" on level 1)
    must still make the outline, run-in headings included."""
    d = new_docx()
    docx_helpers.abstract_num(
        d,
        150,
        [
            {"fmt": "chineseCounting", "text": "%1、"},
            {"fmt": "chineseCounting", "text": "（%2）"},
        ],
    )
    docx_helpers.num(d, 151, 150)
    d.add_paragraph("关于2025年度机关效能建设情况的报告")
    d.add_paragraph("现将今年机关效能建设情况报告如下。")
    plan = [
        (0, "主要做法"),
        (1, "健全制度体系。修订完善机关工作规则等制度十二项。"),
        (1, "优化办事流程。精简审批环节，平均办理时限压缩百分之四十。"),
        (0, "下步打算"),
        (1, "强化督查问效。对重点工作实行月调度、季通报。"),
        (1, "加强作风建设。持续整治形式主义、官僚主义问题。"),
    ]
    for ilvl, text in plan:
        docx_helpers.numbering(d.add_paragraph(text), 151, ilvl)
    path = tmp_path / "report.docx"
    d.save(path)

    doc = load_document(path)
    assert doc.metadata.title == "关于2025年度机关效能建设情况的报告"
    assert _outline(doc) == [
        (1, "一、", "主要做法"),
        (2, "（一）", "健全制度体系"),
        (2, "（二）", "优化办事流程"),
        (1, "二、", "下步打算"),
        (2, "（一）", "强化督查问效"),
        (2, "（二）", "加强作风建设"),
    ]
    assert doc.outline.sections[0].children[0].paragraphs == ["修订完善机关工作规则等制度十二项。"]


MARKDOWN_SPEECH = """\
# 在全区社区工作者培训班开班式上的讲话

区委组织部部长　冯晓梅

（2025年6月9日）

同志们：

今天，全区社区工作者培训班正式开班了。我代表区委组织部，向参加培训的同志们表示欢迎。下面，我讲三点意见。

## 一、提高认识，增强做好社区工作的责任感

社区是基层治理的“最后一公里”，社区工作者是党和政府联系群众的桥梁纽带。

### （一）社区工作事关群众切身利益

群众的大事小情都要在社区办理，社区工作做得好不好，群众感受最直接。

### （二）社区工作是提升治理效能的关键

把社区治理搞好了，城市治理的基础就牢固了。

## 二、学用结合，提升服务群众的能力

希望大家珍惜学习机会，带着问题学，联系实际学，
学以致用、用以促学。

## 三、严守纪律，树立良好的学风形象

要严格遵守培训纪律，按时上课，认真听讲。

同志们，社区工作平凡而伟大。希望大家学有所获、学有所成！
"""


def test_markdown_speech_with_hash_headings(tmp_path):
    path = tmp_path / "training.md"
    path.write_text(MARKDOWN_SPEECH, encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "在全区社区工作者培训班开班式上的讲话"
    assert doc.metadata.speaker == "冯晓梅"
    assert doc.metadata.date == "2025-06-09"
    assert _outline(doc) == [
        (1, "一、", "提高认识，增强做好社区工作的责任感"),
        (2, "（一）", "社区工作事关群众切身利益"),
        (2, "（二）", "社区工作是提升治理效能的关键"),
        (1, "二、", "学用结合，提升服务群众的能力"),
        (1, "三、", "严守纪律，树立良好的学风形象"),
    ]
    assert doc.outline.sections[1].paragraphs == [
        "希望大家珍惜学习机会，带着问题学，联系实际学，学以致用、用以促学。"
    ]
    assert doc.outline.closing[0].startswith("同志们，社区工作")


def test_markdown_with_unnumbered_hash_headings(tmp_path):
    """A Markdown report whose ## headings carry no marker: the levels come from #."""
    text = (
        "# 2025年度区科技局工作总结\n\n"
        "## 科技创新能力持续增强\n\n全年新增高新技术企业二十八家。\n\n"
        "### 研发投入稳步增长\n\n全社会研发经费投入增长百分之十二。\n\n"
        "### 创新平台加快建设\n\n新建省级工程技术研究中心三家。\n\n"
        "## 科技成果转化成效明显\n\n技术合同成交额突破十亿元。\n"
    )
    path = tmp_path / "summary.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == "2025年度区科技局工作总结"
    assert doc.metadata.genre == "总结"
    assert _outline(doc) == [
        (1, "", "科技创新能力持续增强"),
        (2, "", "研发投入稳步增长"),
        (2, "", "创新平台加快建设"),
        (1, "", "科技成果转化成效明显"),
    ]


def test_docx_title_in_heading_1_and_typed_markers_in_headings_2_and_3(new_docx, tmp_path):
    """The title styled "Heading 1", the parts "Heading 2" and "Heading 3" with the markers
    typed: the outline still starts at level 1 under the title."""
    d = new_docx()
    d.add_heading("在全区秋粮收购工作会议上的讲话", 1)
    d.add_paragraph("区委副书记　潘文杰")
    d.add_paragraph("（2025年9月22日）")
    d.add_paragraph("同志们：")
    d.add_paragraph("今天召开全区秋粮收购工作会议，主要任务是部署秋粮收购工作。")
    plan = [
        (2, "一、充分认识做好秋粮收购工作的重要意义"),
        (3, "（一）这是保障粮食安全的需要"),
        (3, "（二）这是促进农民增收的需要"),
        (2, "二、扎实做好秋粮收购各项工作"),
        (3, "（一）加强收购组织"),
        (3, "（二）强化市场监管"),
        (2, "三、切实加强组织领导"),
    ]
    for level, text in plan:
        d.add_heading(text, level)
        d.add_paragraph(BODY)
    d.add_paragraph("同志们，秋粮收购时间紧、任务重，希望大家切实负起责任。")
    path = tmp_path / "grain.docx"
    d.save(path)

    doc = load_document(path)
    assert doc.metadata.title == "在全区秋粮收购工作会议上的讲话"
    assert (doc.metadata.speaker, doc.metadata.date) == ("潘文杰", "2025-09-22")
    assert _outline(doc) == [
        (1, "一、", "充分认识做好秋粮收购工作的重要意义"),
        (2, "（一）", "这是保障粮食安全的需要"),
        (2, "（二）", "这是促进农民增收的需要"),
        (1, "二、", "扎实做好秋粮收购各项工作"),
        (2, "（一）", "加强收购组织"),
        (2, "（二）", "强化市场监管"),
        (1, "三、", "切实加强组织领导"),
    ]
    assert doc.outline.closing == ["同志们，秋粮收购时间紧、任务重，希望大家切实负起责任。"]
