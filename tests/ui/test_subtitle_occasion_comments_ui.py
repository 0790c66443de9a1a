"""副标题 and 场合 in the draft editor: both have their box, can be typed, and carry comments as
标题 does (selected words, the field's context menu, the margin list, the tint), and the comments
go out to Word and come back onto the same field and words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.ui.draft.office import COMMENT_TINT
from tests.ui.draft_setup import type_chinese
from tests.ui.title_block_setup import choose_in_context_menu, select_in, title_block_editor


@pytest.fixture
def panel(qtbot, make_editor):
    return title_block_editor(qtbot, make_editor)


def test_subtitle_is_typed_and_its_words_commented_and_round_trip_word(panel, qtbot, tmp_path):
    subtitle = panel.meta.edits["subtitle"]
    assert subtitle.isVisible() and subtitle.text() == ""
    qtbot.mouseClick(subtitle, Qt.MouseButton.LeftButton)
    type_chinese(subtitle, "在全区培训会议上")
    assert panel.draft.meta.subtitle == "在全区培训会议上"
    select_in(qtbot, subtitle, 1, 2)
    assert subtitle.selectedText() == "全区"
    asked = []
    panel.office._ask_comment = lambda words: asked.append(words) or "“全区”改“全市”？"
    panel.office.add_comment_action.trigger()
    assert asked == ["全区"]
    (comment,) = panel.draft.comments
    assert (comment.target, comment.start, comment.end, comment.quote) == (
        "meta:subtitle", 1, 3, "全区",
    )  # fmt: skip
    assert panel.office.comments.list.item(0).text().startswith("副标题 · “全区”")
    assert subtitle.palette().color(QPalette.ColorRole.Base) == COMMENT_TINT
    # a click in the margin list brings the words back selected
    panel.editor.setFocus()
    subtitle.deselect()
    pane = panel.office.comments
    pane.list.setCurrentRow(0)
    pane.list.itemClicked.emit(pane.list.item(0))
    assert subtitle.hasFocus() and subtitle.selectedText() == "全区"
    # out to Word and back: on the subtitle's words
    back = open_as_draft(export_draft(panel.draft, tmp_path / "送审稿.docx"))
    assert back.meta.subtitle == "在全区培训会议上"
    assert [(c.target, c.quote, c.text) for c in back.comments] == [
        ("meta:subtitle", "全区", "“全区”改“全市”？")
    ]


def test_occasion_commented_from_its_context_menu_and_round_trip_word(panel, qtbot, tmp_path):
    occasion = panel.meta.edits["occasion"]
    assert occasion.text() == "全区办公室主任暨文秘业务培训会议"
    # words selected in the field: a comment on them
    select_in(qtbot, occasion, 2, 3)
    assert occasion.selectedText() == "办公室"
    panel.office._ask_comment = lambda words: "加“系统”"
    panel.office.add_comment_action.trigger()
    (first,) = panel.draft.comments
    assert (first.target, first.quote) == ("meta:occasion", "办公室")
    assert panel.office.comments.list.item(0).text().startswith("场合 · “办公室”")
    assert occasion.palette().color(QPalette.ColorRole.Base) == COMMENT_TINT
    # the field's context menu: a comment on the whole field
    occasion.deselect()
    panel.office._ask_comment = lambda words: "场合写全称"
    chosen = choose_in_context_menu(occasion, "对场合添加批注…")
    assert chosen == ["对场合添加批注…"]
    comment = panel.draft.comments[-1]
    assert comment.target == "meta:occasion" and comment.start is None
    assert "场合写全称" in occasion.toolTip() and "加“系统”" in occasion.toolTip()
    # Word: labelled, on the occasion's words in the title; back onto the field
    back = open_as_draft(export_draft(panel.draft, tmp_path / "送审稿.docx"))
    got = sorted((c.target, c.quote, c.text) for c in back.comments)
    assert got == [("meta:occasion", "", "场合写全称"), ("meta:occasion", "办公室", "加“系统”")]
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert panel.draft.comments == []
    assert occasion.palette().color(QPalette.ColorRole.Base) != COMMENT_TINT


def test_both_fields_fit_beside_the_others_when_wide_and_narrow(panel, qtbot):
    """Wide: the subtitle beside the title, the four short fields on one row; narrow: a row for
    the title, one for the subtitle, two short fields a row; no box hidden in either."""
    meta = panel.meta
    for compact in (False, True):
        meta.set_compact(compact)
        qtbot.wait(10)
        for name, edit in meta.edits.items():
            assert edit.isVisibleTo(panel), name
            assert edit.width() >= 60, (compact, name, edit.width())
        title_y = meta.edits["title"].y()
        sub_y = meta.edits["subtitle"].y()
        assert (sub_y == title_y) != compact
