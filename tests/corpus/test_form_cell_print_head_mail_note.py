"""Three wrappers a speech comes in, kept out of it (issue 8; px51a, fits on modern_blind15's x01,
x09 and x08): an OA 发文处理单 whose one merged cell holds the whole text (readers/word.py,
readers/body_tables.body_cell, draft_form), an internal series' head over the text with its
printing line (…办公室　2031年5月6日印: printed_head) and a covering note opening a mail
with no separator under it (mail_copy._covering_note). Own text, written here."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from drafter.corpus import load_document
from drafter.corpus.load import parse_text
from drafter.corpus.model import Block, RawDocument
from drafter.corpus.pipeline import build_document
from drafter.corpus.printed_head import printed_head
from drafter.corpus.readers.body_tables import body_cell

_TITLE = "在全县春耕生产工作会议上的讲话"
_SPEAKER = "副县长　韦知秋"
_BODY = [
    "同志们：",
    "今天召开全县春耕生产工作会议，主要任务是分析当前农业农村形势，安排部署春耕生产各项工作。"
    "刚才，县农业农村局通报了备耕情况，三个乡镇作了交流发言，讲得都很好。",
    "去年，全县粮食播种面积稳定在四十二万亩，总产量创历史新高，农民人均可支配收入稳步增长，"
    "这些成绩来之不易。下面，我讲两点意见。",
    "一、认清形势，切实增强抓好春耕生产的紧迫感",
    "春耕生产事关全年农业丰收。各乡镇要把春耕生产摆上重要位置，主要负责同志亲自抓、负总责，"
    "分管负责同志靠前指挥，确保各项措施落到田间地头。",
    "当前，气象部门预测今春降水偏少，旱情可能露头，各地务必未雨绸缪，提早做好抗旱准备。",
    "二、突出重点，扎实做好春耕生产各项工作",
    "要抓好农资供应，组织供销、农业等部门加强种子、化肥、农药调运，严厉打击假冒伪劣农资，"
    "确保农民用上放心农资。要抓好技术服务，组织农技人员深入田间地头开展指导。",
    "要抓好水利设施，抓紧修复水毁工程，清淤疏浚沟渠，确保春灌用水需要。各乡镇要组织力量对山塘水库"
    "逐一排查，发现隐患及时整改，不能把问题留到汛期。",
    "同志们，一年之计在于春。让我们抓住当前有利时机，全力以赴抓好春耕生产，为全年农业丰收打下坚实基础。",
]
_HEADINGS = ["认清形势，切实增强抓好春耕生产的紧迫感", "突出重点，扎实做好春耕生产各项工作"]


def _oa_form(path, label: str = "正　　文：") -> None:
    """A 发文处理单 as an OA system exports it: the whole file one table of four columns, the
    form's name and field rows over the speech's merged cell, 会签 and 签发 rows under it."""
    d = docx.Document()
    t = d.add_table(rows=7, cols=4)
    t.rows[0].cells[0].merge(t.rows[0].cells[3]).text = "县人民政府办公室发文处理单"
    for row, cells in ((1, ["标　　题", _TITLE]), (2, ["文　　种", "讲话稿", "密　　级", "无"])):
        for k, text in enumerate(cells):
            t.rows[row].cells[k].text = text
    t.rows[1].cells[1].merge(t.rows[1].cells[3])
    for k, text in enumerate(["拟稿单位", "县农业农村局", "拟稿日期", "2031-03-02"]):
        t.rows[3].cells[k].text = text
    cell = t.rows[4].cells[0].merge(t.rows[4].cells[3])
    cell.paragraphs[0].text = label
    title = cell.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(_TITLE).font.size = Pt(22)
    for text in [_SPEAKER, "（2031年3月6日）", *_BODY]:
        cell.add_paragraph(text)
    for row, cells in (
        (5, ["会　　签", "县财政局", "份　　数", "40"]),
        (6, ["签　　发", "同意。韦知秋　3月4日", "印发日期", "2031-03-05"]),
    ):
        for k, text in enumerate(cells):
            t.rows[row].cells[k].text = text
    d.save(path)


@pytest.mark.parametrize("label", ["正　　文：", "正文"])
def test_an_oa_form_s_body_cell_is_the_text_and_its_rows_the_source(tmp_path, label):
    path = tmp_path / "form.docx"
    _oa_form(path, label)
    doc = load_document(path)
    assert doc.metadata.title == _TITLE
    assert doc.metadata.date == "2031-03-06"  # not 拟稿日期, 签发 or 印发日期
    assert [s.heading for s in doc.outline.sections] == _HEADINGS
    source = doc.apparatus.source or ""
    assert source.startswith("县人民政府办公室发文处理单")
    assert "签发：同意。韦知秋" in source and "印发日期：2031-03-05" in source
    body = [p.text for p in doc.paragraphs()]
    squeezed = ["".join(t.split()) for t in body]
    assert not [t for t in squeezed if t.startswith(("会签", "签发", "正文", "标题"))]
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，一年之计")


def test_a_cell_of_a_few_lines_is_no_body():
    """A data table's cell with a task's measures (a few lines) stays a table cell."""
    assert not body_cell(["加强巡查。", "落实责任，确保不发生重大事故。", "每月报送进度。"])
    assert body_cell([*_BODY, _TITLE])


_SERIES = ["学习参阅材料", "第3期", "县委办公室　　　2031年3月9日印"]


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(t) for t in lines]


def test_a_series_head_with_its_printing_line_is_the_source():
    lines = [*_SERIES, _TITLE, _SPEAKER, "2031年3月6日", *_BODY]
    doc = build_document(RawDocument(path="s.docx", format="docx", blocks=_blocks(lines)))
    assert doc.metadata.title == _TITLE
    assert doc.metadata.date == "2031-03-06"  # not the day it was printed
    assert (doc.apparatus.source or "").startswith("学习参阅材料")
    assert not [p.text for p in doc.paragraphs() if "参阅" in p.text]


def test_a_bulletins_head_dated_without_yin_and_its_distribution_line_are_apparatus():
    # a 简报's 报头: its name, the issue number, the office and the day (no 印), and at the
    # foot the 报/发 line of whom the issue went to
    head = ["会议简报", "第 3 期", "县春耕生产工作会议秘书组　　　　2031年3月6日"]
    foot = "报：县委、县人大常委会　　发：各乡镇，县直各部门　　（共印80份）"
    lines = [*head, _TITLE, _SPEAKER, "（2031年3月6日）", *_BODY, foot]
    doc = build_document(RawDocument(path="s.docx", format="docx", blocks=_blocks(lines)))
    assert doc.metadata.title == _TITLE
    assert [s.heading for s in doc.outline.sections] == _HEADINGS
    body = [p.text for p in doc.paragraphs()]
    for line in [*head, foot]:
        assert line not in body, line


def test_a_series_name_with_its_number_over_the_title_is_the_source():
    # (px53c) an office's numbered series of speeches, its name and number on one line straight
    # over the title, no printing line under it
    lines = ["讲话材料　第12号", _TITLE, _SPEAKER, "（2031年3月6日）", *_BODY]
    doc = build_document(RawDocument(path="s.docx", format="docx", blocks=_blocks(lines)))
    assert doc.metadata.title == _TITLE
    assert doc.apparatus.source == "讲话材料　第12号"
    assert "讲话材料　第12号" not in [p.text for p in doc.paragraphs()]


@pytest.mark.parametrize(
    "lines",
    [
        # an office and its day under a name, no issue number: the text's own header
        ["会议简报", "县春耕生产工作会议秘书组　　　　2031年3月6日", _TITLE, *_BODY],
    ],
    ids=["no-issue"],
)
def test_a_dated_line_without_yin_heads_a_series_only_under_an_issue_number(lines):
    assert printed_head(_blocks(lines)) is None


@pytest.mark.parametrize(
    "lines",
    [
        [_TITLE, "县委办公室　　　2031年3月9日", *_BODY],  # an issuing line: the text's own day
        ["县委办公室　　　2031年3月9日印", _TITLE, *_BODY],  # no head over it
        [_TITLE, _BODY[1], "县委办公室　　　2031年3月9日印", *_BODY],  # a sentence above
    ],
    ids=["issuing", "bare", "sentence"],
)
def test_no_series_head(lines):
    assert printed_head(_blocks(lines)) is None


_MAIL = [
    "发件人: 县政府办公室 <bgs@mail.example.gov>",
    "发送时间: 2031年3月8日 星期六 10:20",
    "收件人: 各乡镇; 县直各部门",
    "主题: 转发：韦知秋副县长在全县春耕生产工作会议上的讲话",
    "",
    "各乡镇、县直各部门：",
    "现将韦知秋副县长在全县春耕生产工作会议上的讲话转发给你们，请认真传达学习。",
    "县政府办公室",
    "2031年3月8日",
    "",
    _TITLE,
    _SPEAKER,
    "（2031年3月6日）",
    *_BODY,
]


def test_a_covering_note_over_the_forwarded_speech_is_a_note():
    doc = parse_text("\n".join(_MAIL), "mail.txt")
    assert doc.metadata.title == _TITLE
    assert doc.metadata.date == "2031-03-06"  # not the note's nor the mail's day
    assert doc.apparatus.notes[:2] == ["各乡镇、县直各部门：", _MAIL[6]]
    assert not [p.text for p in doc.paragraphs() if "转发" in p.text or "各乡镇、县直" in p.text]
    assert [s.heading for s in doc.outline.sections] == _HEADINGS


def test_a_mail_s_own_text_with_a_salutation_is_kept():
    """A mail whose text is the speech itself (its salutation 同志们：, no sending words)
    keeps it whole."""
    lines = [*_MAIL[:5], _TITLE, _SPEAKER, "（2031年3月6日）", *_BODY]
    doc = parse_text("\n".join(lines), "mail.txt")
    assert not doc.apparatus.notes
    assert doc.metadata.date == "2031-03-06"
