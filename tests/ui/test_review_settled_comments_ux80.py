"""The 审稿 panel says which review comments the writer's reply has fixed, and resolves them.

ux80's walk: the office head brought back the writer's reply (a .docx, its comments open)
and checked each comment against the text by eye. Now the review of the reply names the
comments whose problem it no longer finds and 解决已改好的批注 resolves them in one undoable
step; a comment whose problem is still there stays open. (An own fixture.)
"""

from __future__ import annotations

from drafter.review.into_comments import review_into_comments

from .review_setup import delivered, review_draft, review_in_window
from .waits import WAIT_MS


def test_fixed_review_comments_are_named_and_resolved_undoably(qtbot, make_window):
    window = make_window()
    reply = review_draft()
    review_into_comments(reply, author="王主任")
    para = reply.sections[0].paragraphs[0]
    para.text = para.text.replace("XX", "张明")  # the writer fixed the placeholder only
    ctrl = review_in_window(qtbot, window, reply)
    panel = ctrl.panel
    delivered(qtbot, lambda: not panel.settled_row.isHidden())
    assert "“XX”" in panel.settled_label.text() and "批注中 1 条" in panel.settled_label.text()
    panel.settle.click()
    comments = window.editor.draft.comments
    assert [c.quote for c in comments if c.resolved] == ["XX"]
    assert any(not c.resolved for c in comments)  # the problems still found stay open
    assert panel.settled_row.isHidden()
    window.editor.session.undo_stack.undo()
    qtbot.waitUntil(
        lambda: not any(c.resolved for c in window.editor.draft.comments), timeout=WAIT_MS
    )
