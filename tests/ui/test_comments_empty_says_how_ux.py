"""The 批注 tab says what an empty list means. Walking the office head's review, the tab of a
draft without comments was a bare white box under the word 批注 (the notes tab says how to add
one; this one did not), and with 含已解决 unticked and every comment resolved it looked the
same as having none."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph


def _pane(qtbot, make_editor):
    panel = make_editor(size=(1400, 800))  # wide: the comments list beside the text
    draft = Draft(
        meta=DraftMeta(title="讲话"),
        sections=[DraftNode("一、提高认识", paragraphs=[DraftParagraph("要抓好落实。")])],
    )
    panel.set_draft(draft)
    return panel, panel.office.comments


def test_no_comments_says_how_to_add_one(qtbot, make_editor):
    panel, pane = _pane(qtbot, make_editor)
    assert pane.list.count() == 0
    assert bool(pane.list.hint)
    assert "添加批注" in pane.list.hint and "Ctrl+Alt+M" in pane.list.hint
    image = pane.list.viewport().grab().toImage()  # drawn in the box, not only stored
    base = image.pixelColor(1, 1)
    inked = {
        (x, y)
        for x in range(0, image.width(), 3)
        for y in range(0, min(image.height(), 60), 3)
        if image.pixelColor(x, y) != base
    }
    assert len(inked) > 20


def test_all_resolved_and_hidden_says_so_and_a_comment_hides_the_hint(qtbot, make_editor):
    panel, pane = _pane(qtbot, make_editor)
    office = panel.office
    office._ask_comment = lambda words: "“落实”要具体"
    office.add_comment_action.trigger()
    assert pane.list.count() == 1 and not bool(pane.list.hint)
    pane.list.setCurrentRow(0)
    pane.resolve_button.click()
    pane.show_resolved.setChecked(False)
    assert pane.list.count() == 0
    assert bool(pane.list.hint) and "都已解决" in pane.list.hint
    pane.show_resolved.setChecked(True)
    assert pane.list.count() == 1 and not bool(pane.list.hint)
