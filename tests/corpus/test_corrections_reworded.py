"""Corrections on a file the user edited afterwards: a reworded paragraph is found again,
one rewritten beyond recognition is named as not applied (never dropped without a word)."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.correction_labels import lost_labels, step_label
from drafter.corpus.corrections import apply_corrections
from drafter.corpus.near_text import moved_cut, near_match

BODY = """关于做好今年农村工作的几点意见

同志们：今天召开这次会议，主要是总结去年的农村工作，部署今年的任务。

首先看粮食生产的情况。去年全县粮食总产再创新高，种植结构进一步优化，农民收入稳步增长，但是抗灾能力仍然偏弱，部分乡镇的水利设施年久失修。

这些问题必须引起高度重视，各乡镇要拿出具体办法，限期加以解决。

其次看农村改革的情况。土地确权登记工作基本完成，集体产权制度改革有序推进，但是有的村集体经济依然薄弱，增收渠道不多。

各部门要加强协调配合，形成工作合力，确保各项改革任务落到实处。
"""

FIRST = "首先看粮食生产的情况。"
SECOND = "其次看农村改革的情况。"


def _para(doc, start):
    return next(p for p in doc.paragraphs() if p.text.startswith(start))


def _heading_op(doc, start, level=1):
    p = _para(doc, start)
    return {"op": "heading", "para": p.index, "text": p.text, "level": level, "cut": len(start)}


def _headings(doc):
    return [s.heading for s in doc.outline.walk()]


def test_a_reworded_heading_paragraph_keeps_its_correction():
    before = parse_text(BODY)
    ops = [_heading_op(before, FIRST), _heading_op(before, SECOND)]
    assert _headings(apply_corrections(before, ops).document) == [
        "首先看粮食生产的情况",
        "其次看农村改革的情况",
    ]
    after = parse_text(BODY.replace(SECOND, "其次再看看农村改革的情况。"))
    out = apply_corrections(after, ops)
    # the cut follows the reworded lead: the whole new lead heads, nothing of it is lost
    assert _headings(out.document) == ["首先看粮食生产的情况", "其次再看看农村改革的情况"]
    assert out.skipped == [] and out.moved == [ops[1]]


def test_a_rewritten_paragraph_is_named_as_not_applied():
    before = parse_text(BODY)
    ops = [_heading_op(before, FIRST), _heading_op(before, SECOND)]
    after = parse_text(
        BODY.replace(
            _para(before, SECOND).text,
            "改革方面，今年重点抓好宅基地管理和农村金融服务两件事，请农业农村局牵头落实。",
        )
    )
    out = apply_corrections(after, ops)
    assert _headings(out.document) == ["首先看粮食生产的情况"]
    assert out.skipped == [ops[1]]
    # named by what it made the heading, not by the whole paragraph it was cut from
    assert lost_labels(out.skipped) == ["设为一级标题「其次看农村改革的情况」"]
    assert step_label(ops) == "设为一级标题「其次看农村改革的情况」"


def test_not_a_heading_follows_a_reworded_heading():
    text = BODY.replace(FIRST, "一、粮食生产\n\n").replace(SECOND, "二、农村改革\n\n")
    before = parse_text(text)
    assert _headings(before) == ["粮食生产", "农村改革"]
    wrong = _para(before, "二、农村改革")
    ops = [{"op": "unheading", "para": wrong.index, "text": wrong.text}]
    after = parse_text(text.replace("二、农村改革", "二、深化农村改革"))
    out = apply_corrections(after, ops)
    assert _headings(out.document) == ["粮食生产"]
    assert out.moved == ops


def test_short_or_distant_texts_are_not_guessed():
    texts = ["五、风险责任", "各部门要加强协调配合，形成工作合力。", "五、成效"]
    allowed = [True, True, True]
    assert near_match(texts, allowed, "五、风险", 0) is None  # too short to tell
    assert near_match(texts, allowed, "各部门要加强协调配合，形成合力。", 0) == 1
    assert near_match(texts, [True, False, True], "各部门要加强协调配合，形成合力。", 0) is None


def test_the_cut_follows_the_words_around_it():
    old = "其次看农村改革的情况。土地确权登记工作基本完成。"
    assert moved_cut(old, "其次看农村改革的情况。土地确权工作完成。", 11) == 11
    assert moved_cut(old, "其次再看看农村改革的情况。土地确权登记工作基本完成。", 11) == 13
    assert moved_cut("加强领导", "切实加强领导", 4) == 6  # the whole line stays whole
    assert moved_cut(old, "x", None) is None
