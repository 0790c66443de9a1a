"""Comments on the title block in the draft editor, driven through the real widgets: words
selected in the 标题 field with the keyboard, 添加批注 (the menu action and the field's own
context menu), the margin list, the tint, jumping back, undo, and the Word file out."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.ui.draft.office import COMMENT_TINT
from tests.export.conftest import build_speech
from tests.ui.review_setup import review_in_window, select_finding
from tests.ui.title_block_setup import choose_in_context_menu, select_in, title_block_editor


@pytest.fixture
def panel(qtbot, make_editor):
    return title_block_editor(qtbot, make_editor)


def test_comment_on_words_of_the_title(panel, qtbot, tmp_path):
    office = panel.office
    title = panel.meta.edits["title"]
    at = title.text().index("文秘业务")
    select_in(qtbot, title, at, 4)
    assert title.selectedText() == "文秘业务"
    asked = []
    office._ask_comment = lambda words: asked.append(words) or "“文秘业务”可删"
    office.add_comment_action.trigger()
    assert asked == ["文秘业务"]
    (comment,) = panel.draft.comments
    assert (comment.target, comment.start, comment.end, comment.quote) == (
        "meta:title", at, at + 4, "文秘业务",
    )  # fmt: skip
    assert comment.author == "王主任"
    pane = office.comments
    assert pane.list.item(0).text().startswith("标题 · “文秘业务”")
    assert title.palette().color(QPalette.ColorRole.Base) == COMMENT_TINT
    assert "“文秘业务”可删" in title.toolTip()
    assert panel.meta.edits["speaker"].palette().color(QPalette.ColorRole.Base) != COMMENT_TINT

    # elsewhere, then a click in the margin list brings the words back selected
    panel.select_key(panel.draft.sections[1].id)
    panel.editor.setFocus()
    title.deselect()
    pane.list.setCurrentRow(0)
    pane.list.itemClicked.emit(pane.list.item(0))
    assert title.hasFocus() and title.selectedText() == "文秘业务"

    # out to Word and back: the comment sits on the title's words
    out = export_draft(panel.draft, tmp_path / "送审稿.docx")
    back = open_as_draft(out)
    assert [(c.target, c.quote) for c in back.comments] == [("meta:title", "文秘业务")]

    panel.session.undo_stack.undo()
    assert panel.draft.comments == [] and pane.list.count() == 0
    assert title.palette().color(QPalette.ColorRole.Base) != COMMENT_TINT


def test_context_menu_of_the_post_field_comments_on_it(panel, qtbot):
    post = panel.meta.edits["post"]
    panel.office._ask_comment = lambda words: f"核对{words}"
    chosen = choose_in_context_menu(post, "对职务添加批注…")
    assert chosen == ["对职务添加批注…"]
    (comment,) = panel.draft.comments
    assert comment.target == "meta:post" and comment.start is None
    assert comment.text == "核对职务：区委常委、办公室主任"
    assert panel.office.comments.list.item(0).text().startswith("职务")


def test_selected_words_in_the_text_still_win_over_a_focused_empty_field(panel, qtbot):
    """The title field has focus when the editor opens; words the writer selects in the
    text are what a comment is about."""
    node = panel.draft.sections[0]
    panel.select_key(node.id)
    panel.meta.edits["title"].setFocus()
    cursor = panel.editor.textCursor()
    cursor.setPosition(20)
    cursor.setPosition(22, cursor.MoveMode.KeepAnchor)
    panel.editor.setTextCursor(cursor)
    comment = panel.office.add_comment("枢纽")
    assert comment.target == node.paragraphs[0].id and comment.quote == "枢纽"


def test_review_finding_on_the_title_becomes_a_title_comment(qtbot, make_window):
    """In the 审稿 dock, 转为批注 on a finding in the title puts the comment on the
    title's words (it used to land on the first heading)."""
    window = make_window()
    draft = build_speech()
    draft.meta.title = "在XX区办公室工作会议上的讲话"
    ctrl = review_in_window(
        qtbot, window, draft, lambda found: any(f.ref == "meta:title" for f in found)
    )
    f = next(x for x in ctrl.panel.findings_shown() if x.ref == "meta:title")
    select_finding(ctrl.panel, f)  # as a click in the list does
    assert ctrl.panel.to_comment.isEnabled()
    ctrl.panel.to_comment.click()
    (c,) = window.editor.draft.comments
    assert (c.target, c.quote) == ("meta:title", "XX")
    assert c.origin == "review:placeholder.x"
    pane = window.editor.office.comments
    assert pane.list.item(0).text().startswith("标题 · “XX”")
