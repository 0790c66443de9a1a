"""A 二级标题 above the first 一级标题 is allowed, and said (ux18). Walking the reader, 改为二级标题
on the first heading of a speech left a 二级 above every 一级 without a word; none of the 444 gold
outlines, nor the machine's reading of their texts, starts that way. The user's word stands
(no refusal, no 结构待核 again): the header marks 层级待核, quietly, its tip and the outline
entry say which heading and how to undo it, and it is coloured as a 二级 (it kept the 一级
colour of its place in the tree, as if the change had done nothing); putting it back clears
the mark."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.correction_labels import level_warnings
from drafter.corpus.corrections import apply_corrections
from drafter.ui.panels.reader_outline import LEVEL_COLOURS

from .test_corrections_net_effect_ux import _do, opened  # noqa: F401 - the fixture
from .test_corrections_ui import TEXT


def test_level_warnings_name_a_sub_heading_before_the_first_top_one():
    doc = parse_text(TEXT)
    assert level_warnings(doc.outline) == []
    para = next(p for p in doc.paragraphs() if p.text == "一、提高认识")
    op = {"op": "heading", "para": para.index, "text": para.text, "level": 2}
    fixed = apply_corrections(doc, [op]).document
    assert level_warnings(fixed.outline) == [
        ("一、提高认识", "二级标题「一、提高认识」在第一个一级标题之前")
    ]
    every = [
        {"op": "heading", "para": p.index, "text": p.text, "level": 2}
        for p in doc.paragraphs()
        if p.is_heading
    ]
    (label, why), *_ = level_warnings(apply_corrections(doc, every).document.outline)
    assert label == "一、提高认识" and why.startswith("提纲中没有一级标题")


def _outline_item(panel, text):
    stack = [panel.outline.invisibleRootItem()]  # no QTreeWidgetItemIterator left behind
    while stack:
        item = stack.pop()
        if item.text(0) == text:
            return item
        stack.extend(item.child(i) for i in range(item.childCount()))
    return None


def _outline_tip(panel, text):
    item = _outline_item(panel, text)
    return item.toolTip(0) if item is not None else None


def test_the_reader_marks_it_quietly_and_the_mark_goes_when_put_back(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    assert "层级待核" not in panel.header.text()
    _do(qtbot, panel, "一、提高认识", "改为二级标题")
    assert next(p for p in panel._paragraphs if p.text == "一、提高认识").is_heading  # allowed
    assert "层级待核" in panel.header.text()
    assert "结构待核" not in panel.header.text()  # not a refusal nor a doubt of the machine's
    assert "一、提高认识" in panel.header.toolTip() and "改为一级标题" in panel.header.toolTip()
    assert "在第一个一级标题之前" in (_outline_tip(panel, "一、提高认识") or "")
    assert "层级待核" not in (_outline_tip(panel, "二、突出重点") or "")
    # it looks 二级 where it stands (it was coloured by its depth: 一级 red, as if unchanged)
    two = _outline_item(panel, "一、提高认识").foreground(0).color().name()
    one = _outline_item(panel, "二、突出重点").foreground(0).color().name()
    assert two == LEVEL_COLOURS[1] and one == LEVEL_COLOURS[0]
    _do(qtbot, panel, "一、提高认识", "撤销：")
    assert "层级待核" not in panel.header.text()
