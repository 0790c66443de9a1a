"""A drafting form (发文稿纸) read as the text's source, an OA system's print line at the foot
and an appended table's caption (附表：…) kept out of the body (issue 8; px50c, fits on
modern_blind14's x01 and x06: drafter/corpus/draft_form.py, boilerplate._LABEL,
closing.labels._APPENDIX). Own fixtures, written here."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.corpus.model import Block, RawDocument
from drafter.corpus.pipeline import build_document

_TITLE = "在全县林业工作会议上的讲话"
_SPEECH = [
    _TITLE,
    "副县长　陶明川",
    "（2031年3月12日）",
    "同志们：",
    "今天召开全县林业工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。",
    "一、提高认识，增强做好林业工作的责任感",
    "林业是生态建设的主体。各乡镇要把林业工作摆上重要位置，主要负责同志亲自抓、负总责，确保各项任务落到实处。",
    "二、突出重点，抓好今年林业各项任务",
    "要抓好森林防火，落实网格化管护责任，加强巡山护林，确保不发生重大森林火灾。要推进国土绿化，完成造林任务。",
    "同志们，林业工作责任重大，让我们齐心协力，推动全县林业高质量发展。",
]
# the form's rows as a reader gives a table: cells joined by tabs, one or two fields a row
_FORM = [
    "标　　题\t在全县林业工作会议上的讲话",
    "文　　种\t讲话稿",
    "拟稿单位\t县政府办公室\t拟 稿 人\t方小满",
    "核　　稿\t县林业局",
    "签　　发\t陶明川",
    "拟稿日期\t2031-03-08",
]


def _read(rows: list[str], speech: list[str], *, form_first: bool = True):
    table = [Block(t, kind="table") for t in rows]
    body = [Block(t) for t in speech]
    blocks = [*table, *body] if form_first else [*body, *table]
    return build_document(RawDocument(path="form.doc", format="doc", blocks=blocks))


def _body(doc) -> list[str]:
    return [p.text for p in doc.paragraphs()]


@pytest.mark.parametrize("form_first", [True, False])
def test_a_drafting_form_is_the_source_not_the_title_or_date(form_first):
    doc = _read(_FORM, _SPEECH, form_first=form_first)
    assert doc.metadata.title == _TITLE
    # the text's date line, not the form's 拟稿日期
    assert doc.metadata.date == "2031-03-12"
    assert "拟稿日期：2031-03-08" in (doc.apparatus.source or "")
    assert not [t for t in _body(doc) if "拟稿" in t or "讲话稿" in t]
    assert [s.heading for s in doc.outline.sections] == [
        "提高认识，增强做好林业工作的责任感",
        "突出重点，抓好今年林业各项任务",
    ]


def test_the_form_s_title_field_names_a_text_with_no_title_line():
    doc = _read(_FORM, _SPEECH[3:])
    assert doc.metadata.title == _TITLE


OTHER_FIELDS = [
    ["标　　题\t全县造林面积", "年　　份\t2030", "面　　积\t1.2万亩"],
    ["文件编号\tHX-2031-05\t版本\tV1.0", "部门\t办公室\t页码\t1/3"],
    ["编号\t2031-017\t保存期限\t长期"],
]


@pytest.mark.parametrize("rows", OTHER_FIELDS, ids=["data", "control", "filing"])
def test_a_table_of_other_fields_at_the_top_is_never_the_title(rows):
    """A table of label-value fields over everything (a filing or document-control table,
    a data table) is no drafting form, but no title either: its rows were read as the
    title and the real title line went into the body (px50c)."""
    doc = _read(rows, _SPEECH)
    assert doc.metadata.title == _TITLE
    assert doc.metadata.date == "2031-03-12"
    label = "".join(rows[0].split("\t")[0].split())
    assert (doc.apparatus.source or "").startswith(label + "：")
    assert _body(doc)[0] == "同志们："


def test_a_table_of_prose_at_the_top_is_no_table_of_fields():
    rows = ["今年的主要任务\t完成造林一万亩，抓好森林防火，确保不发生重大森林火灾"]
    doc = _read(rows, _SPEECH)
    assert doc.apparatus.source is None


_PROSE = "各乡镇要把林业工作摆上重要位置，主要负责同志亲自抓、负总责，确保各项任务落到实处。"
LAID_OUT = {
    # the first rows short sentences of the text
    "sentences": ["工作目标\t全年完成造林五万亩。", "完成时限\t年底前全部完成。"],
    # the first rows short and no sentences, the text going on under labels after them
    "labels": ["工作目标\t造林五万亩", "完成时限\t2031年底"],
}


@pytest.mark.parametrize("first", list(LAID_OUT))
def test_a_body_laid_out_in_a_two_column_table_is_no_table_of_fields(first):
    """A plan or a talk laid out in a two-column table, a label over each part's text
    (工作目标 | …, 指导思想 | its paragraphs): its first rows are short, and they were taken
    out as the source line — the body lost its first parts. A field's value is never a
    sentence, and rows that go on under labels with the text itself make the table the
    body's: every row stays in the body."""
    rows = [*LAID_OUT[first], "指导思想\t" + _PROSE * 2, "主要任务\t" + _PROSE * 3]
    doc = _read(rows, ["县林业局　2031年3月1日"])
    assert doc.apparatus.source is None
    body = _body(doc)
    assert [r.split("\t")[0] for r in rows] == [t.split("\t")[0] for t in body[: len(rows)]]


def test_an_oa_print_line_at_the_foot_is_chrome():
    line = "打印时间：2031-03-13 10:02:11　打印人：方小满　（本稿由公文处理系统导出）"
    doc = parse_text("\n".join([*_SPEECH, line]), "print.txt")
    assert not [t for t in _body(doc) if "打印" in t]
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，林业工作")


@pytest.mark.parametrize(
    "head",
    [
        # (px53c) an office system's 导出 head and its field line over the speech's title
        [
            "县委协同办公系统　公文导出",
            "文件标题：在全县林业工作会议上的讲话　导出人：方小满　导出时间：2031-03-13 10:02",
        ],
        # the field line alone, run long with the file's title in it
        [
            "文件名称：关于印发副县长陶明川同志在二〇三一年全县林业工作会议暨森林防火工作"
            "动员部署会议上的讲话的通知　密级：无　导出单位：县人民政府办公室秘书科　导出时间：2031-03-13 10:02"
        ],
    ],
    ids=["head-and-fields", "long-fields"],
)
def test_an_oa_export_s_lines_over_the_title_are_chrome(head):
    doc = parse_text("\n".join([*head, *_SPEECH]), "export.txt")
    assert doc.metadata.title == _TITLE
    assert not [t for t in _body(doc) if "导出" in t]


def test_a_sentence_on_exporting_is_text():
    line = "各单位要在系统中及时导出台账，导出时间：每月5日前，报送单位：县林业局"
    doc = parse_text("\n".join([*_SPEECH[:5], line, *_SPEECH[5:]]), "speech.txt")
    assert line in _body(doc)


def test_an_appended_table_s_caption_is_appendix():
    table = ["附表：2030年全县林业主要数据", "| 项目 | 数量 |", "|:---|---:|", "| 造林 | 1.2万亩 |"]
    doc = parse_text("\n\n".join([*_SPEECH, *table]), "table.md")
    assert not [t for t in _body(doc) if "附表" in t or "造林 |" in t]
    assert any(t.startswith("附表：2030年") for t in doc.apparatus.appendix)
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，林业工作")


@pytest.mark.parametrize("label", ["附表一", "附表1", "附表２"])
def test_an_appended_table_s_bare_label_is_appendix(label):
    """附表一 alone on its line over the table's caption (a law's 附表一 / 环境保护税税目税额表),
    no colon: the appendix opens there, out of the last part and the closing."""
    table = [label, "2030年全县林业主要数据", "项目　数量", "育苗面积　1.2万亩"]
    doc = parse_text("\n\n".join([*_SPEECH, *table]), "table.txt")
    assert not [t for t in _body(doc) if "附表" in t or "育苗" in t or "主要数据" in t]
    assert doc.apparatus.appendix[:2] == [label, "2030年全县林业主要数据"]
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，林业工作")
