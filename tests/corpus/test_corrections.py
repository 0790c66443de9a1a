"""Corrections replayed on a document: pure, one case per op."""

from __future__ import annotations

import pytest
from speech_samples import CORRECTIONS_SPEECH

from drafter.corpus import parse_text
from drafter.corpus.correction_ops import CorrectionError, meta_op, validate_date
from drafter.corpus.corrections import apply_corrections

TEXT = CORRECTIONS_SPEECH


def _doc():
    return parse_text(TEXT)


def _index(doc, text):
    return next(p.index for p in doc.paragraphs() if p.text == text)


def test_meta_op_sets_and_clears_fields():
    doc = _doc()
    out = apply_corrections(doc, [meta_op("title", "新标题"), meta_op("genre", "")]).document
    assert out.metadata.title == "新标题" and out.metadata.genre is None
    assert doc.metadata.title == "在全县工作会议上的讲话"  # the input is untouched


@pytest.mark.parametrize("bad", ["2025-02-30", "2025-13-01", "2023-02-29", "明天", "0025-01-01"])
def test_impossible_dates_are_refused(bad):
    with pytest.raises(CorrectionError):
        meta_op("date", bad)


def test_dates_in_any_usual_form_become_iso():
    assert validate_date("2024-02-29") == "2024-02-29"
    assert validate_date("2025年3月5日") == "2025-03-05"
    assert validate_date("2025-3") == "2025-03"
    assert validate_date("2025") == "2025"


def test_unknown_field_is_refused():
    with pytest.raises(CorrectionError):
        meta_op("path", "x")


def test_mark_paragraph_as_heading_splits_the_section():
    doc = _doc()
    i = _index(doc, "加强队伍建设")
    out = apply_corrections(doc, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}])
    two = out.document.outline.sections[1]
    assert [c.heading for c in two.children] == ["加强队伍建设"]
    assert two.children[0].paragraphs == ["要选优配强干部，打造过硬队伍。"]
    paths = {p.text: p.section for p in out.document.paragraphs()}
    assert paths["要选优配强干部，打造过硬队伍。"] == ["二、突出重点", "加强队伍建设"]


def test_unmark_heading_merges_into_the_section_before():
    doc = _doc()
    i = _index(doc, "二、突出重点")
    out = apply_corrections(doc, [{"op": "unheading", "para": i, "text": "二、突出重点"}]).document
    assert [s.label for s in out.outline.sections] == ["一、提高认识", "三、狠抓落实"]
    assert "二、突出重点" in out.outline.sections[0].paragraphs
    assert len(out.paragraphs()) == len(doc.paragraphs())


def test_change_level_nests_a_heading():
    doc = _doc()
    i = _index(doc, "三、狠抓落实")
    out = apply_corrections(doc, [{"op": "heading", "para": i, "text": "三、狠抓落实", "level": 2}])
    assert [s.label for s in out.document.outline.sections] == ["一、提高认识", "二、突出重点"]
    assert out.document.outline.sections[1].children[-1].label == "三、狠抓落实"


def test_op_finds_its_text_after_the_file_changed():
    doc = parse_text(TEXT.replace("今天召开这次会议", "前言一段。\n今天召开这次会议"))
    op = {"op": "heading", "para": 6, "text": "加强队伍建设", "level": 2}  # index of old text
    out = apply_corrections(doc, [op])
    assert not out.skipped
    assert any(p.is_heading and p.text == "加强队伍建设" for p in out.document.paragraphs())


def test_op_whose_text_is_gone_is_skipped_not_guessed():
    doc = _doc()
    op = {"op": "heading", "para": 3, "text": "这段话已经不在了", "level": 1}
    out = apply_corrections(doc, [op])
    assert out.skipped == [op]
    assert out.document.outline.sections == doc.outline.sections


def test_long_paragraph_marked_as_heading_runs_in():
    doc = parse_text(
        "标题\n一、总体要求\n"
        "我们的任务十分艰巨。要把解决实际问题作为出发点和落脚点，推动各项工作取得实效，确保群众满意。"
        "\n二、工作重点\n要抓住关键环节，集中力量攻坚。"
    )
    text = doc.outline.sections[0].paragraphs[0]
    assert text.startswith("我们的任务")
    i = _index(doc, text)
    out = apply_corrections(doc, [{"op": "heading", "para": i, "text": text, "level": 2}])
    child = out.document.outline.sections[0].children[0]
    assert child.heading == "我们的任务十分艰巨" and child.run_in
    assert child.paragraphs[0].startswith("要把解决实际问题")
    back = apply_corrections(
        out.document, [{"op": "unheading", "para": i, "text": child.label}]
    ).document
    assert back.outline.sections[0].paragraphs == [text]


def test_corrected_or_confirmed_outline_is_sure():
    doc = _doc()
    doc.outline.confidence = 0.3
    assert apply_corrections(doc, [{"op": "confirm"}]).document.outline.confidence == 1.0
    i = _index(doc, "加强队伍建设")
    op = {"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}
    assert apply_corrections(doc, [op]).document.outline.confidence == 1.0
    assert apply_corrections(doc, [meta_op("title", "x")]).document.outline.confidence == 0.3


def test_redo_steps_put_back_what_undo_took_while_nothing_else_changed():
    from drafter.corpus.correction_ops import RedoSteps

    a, b, c = ({"op": "confirm", "n": n} for n in range(3))
    steps = RedoSteps()
    assert steps.redo("d", [a]) is None
    steps.undone("d", [a, b, c], [a, b])
    steps.undone("d", [a, b], [a])
    assert steps.redo("x", [a]) is None  # per document
    assert steps.redo("d", [a, b]) is None  # not what the last undo left
    assert steps.redo("d", [a]) == [a, b]
    steps.redone("d")
    assert steps.redo("d", [a, b]) == [a, b, c]
    steps.redone("d")
    assert steps.redo("d", [a, b, c]) is None
    # a new correction after an undo: the next undo starts a new record
    steps.undone("d", [a, b, c], [a, b])
    steps.undone("d", [a, c], [a])
    assert steps.redo("d", [a]) == [a, c]
    steps.redone("d")
    assert steps.redo("d", [a, c]) is None


def test_checked_mark_tells_outline_corrections_from_edited_fields():
    from drafter.corpus.corrections import checked_mark

    meta = {"op": "meta", "field": "title", "value": "甲"}
    assert checked_mark([]) == ""
    assert checked_mark([meta]) == "信息已更正"
    assert checked_mark([meta, {"op": "confirm"}]) == "已人工核对"
    assert checked_mark([{"op": "unheading", "para": 3, "text": "乙"}, meta]) == "已人工更正"


def test_a_short_line_without_a_stop_becomes_a_heading_whole():
    from drafter.corpus import parse_text
    from drafter.corpus.corrections import apply_corrections

    line = "一、不要做一个完人，做完人很痛苦的。要充分发挥自己的优点，使自己充满信心去做一个有益于社会的人"
    prose = "积极的财政政策要提质增效、更可持续。考虑到经济逐步恢复，今年赤字率拟适当下调，同时优化支出结构。"
    body = "我们要把各项工作做得更加扎实，坚持问题导向，狠抓落实，确保各项任务按期完成。"
    doc = parse_text("\n\n".join(["讲话", body, line, body, prose, body]))  # blank lines: no reflow
    paras = doc.paragraphs()
    at = {p.text: p.index for p in paras}
    ops = [
        {"op": "heading", "para": at[line], "text": line, "level": 1},
        {"op": "heading", "para": at[prose], "text": prose, "level": 1},
    ]
    after = apply_corrections(doc, ops).document.paragraphs()
    heads = [p.text for p in after if p.is_heading]
    assert heads[0] == line  # whole, both sentences
    assert heads[1] == "积极的财政政策要提质增效、更可持续"  # prose: its first sentence heads it
    assert len(after) == len(paras) + 1


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # one short sentence standing alone: a ；inside it is no end of a heading (ux89)
        ("在工作中你只要不想进步，你的道路就是落后；做事要充满干劲，做人一定要谦虚。", None),
        ("（一）加强组织领导；各级党委要高度重视。", None),
        # a colon still ends a lead, and a ；before a second sentence still cuts
        ("加强组织领导：各级党委要把这项工作摆上重要议程。", 7),
        ("一、加强领导；各级党委要把这项工作摆上重要议程。要抓落实。", 7),
    ],
)
def test_a_semicolon_cuts_no_heading_from_one_short_sentence(text, cut):
    from drafter.corpus.corrections import heading_cut, heading_whole

    assert heading_cut(text) == cut
    assert heading_whole(text) is (cut is None)


def test_a_heading_cut_elsewhere_at_its_level_counts_as_a_correction():
    """ux89: gwr 1987's 三、… glued to its paragraph, cut right by 自选标题取到哪里, stayed at
    level 1, so ``changed`` (the reader's 已更正 N 处, the outline's 已人工更正) counted 0."""
    from drafter.corpus.corrections import recut_ops

    glued = "三、深入改革和扩大开放国民经济的长期稳定发展，既要靠正确的方针，又要靠改革。把方针同部署结合起来。"
    body = "我们要把各项工作做得更加扎实，坚持问题导向，狠抓落实，确保各项任务按期完成。"
    doc = parse_text("\n\n".join(["讲话", "一、提高站位", body, "二、突出重点", body, glued, body]))
    i = next(p.index for p in doc.paragraphs() if p.text.startswith("三、"))
    applied = apply_corrections(doc, recut_ops(doc, i, 1, len("三、深入改革和扩大开放")))
    assert applied.document.paragraphs()[i].text == "三、深入改革和扩大开放"
    assert applied.changed == 1 and applied.document.outline.corrected == 1
    whole = apply_corrections(doc, recut_ops(doc, i, 1, None))  # 标题取整行: a new heading too
    assert whole.changed == 1
