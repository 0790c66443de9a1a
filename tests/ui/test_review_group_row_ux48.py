"""One problem met again is one row in the 审稿 list, one comment and one dismissal.

Last session's walk: a speech with 第一、 … 第十二、 listed twelve numbering.punct rows, and
转为批注 put twelve identical comments in Word. Here a stand-in XX left in three paragraphs
is one row saying 共 3 处 with a row for each place under it; 转为一条批注 on it adds one
comment on the first naming the other two; 忽略这 3 处 sets all three aside in one undoable
step; a place's own row still acts on that place alone.
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.ui.panels.review_panel import FINDING_ROLE
from tests.ui.review_setup import group_row, review_in_window, select_finding

from .waits import WAIT_MS


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：今天召开这次会议，请XX同志主持。")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("请XX同志牵头，抓好落实。")]),
            DraftNode("突出工作重点", [DraftParagraph("由XX同志配合，抓好落实。")]),
        ],
    )


def _xx(fs) -> list:
    return [f for f in fs if f.rule == "placeholder.x"]


def test_three_stand_ins_are_one_row_with_a_row_per_place(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, _draft(), lambda fs: len(_xx(fs)) == 3)
    row = group_row(ctrl.panel)
    assert row.text(0).endswith("（共 3 处）")
    assert row.childCount() == 3 and not row.isExpanded()
    assert [row.child(i).data(0, FINDING_ROLE) for i in range(3)] == _xx(ctrl.panel.result.findings)
    assert "「二、突出工作重点」下「XX」" in row.child(2).text(0)
    # the list still gives each finding once, as before
    assert len(_xx(ctrl.panel.findings_shown())) == 3
    ctrl.panel.tree.setCurrentItem(row)
    assert ctrl.panel.to_comment.text() == "转为一条批注"
    assert ctrl.panel.dismiss.text() == "忽略这 3 处"
    assert "同样的问题共 3 处，另见：" in ctrl.panel.detail.text()


def test_group_row_makes_one_comment_naming_the_others(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, _draft(), lambda fs: len(_xx(fs)) == 3)
    ctrl.panel.tree.setCurrentItem(group_row(ctrl.panel))
    ctrl.panel.to_comment.click()
    comments = [c for c in window.editor.draft.comments if c.origin == "review:placeholder.x"]
    assert len(comments) == 1
    c = comments[0]
    assert c.target == window.editor.draft.opening[0].id and c.quote == "XX"
    assert "共 3 处" in c.text and "「一、提高政治站位」下「XX」" in c.text
    window.editor.session.undo_stack.undo()
    assert not window.editor.draft.comments


def test_group_row_dismisses_all_in_one_step_and_a_place_row_one(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, _draft(), lambda fs: len(_xx(fs)) == 3)
    ctrl.panel.tree.setCurrentItem(group_row(ctrl.panel))
    ctrl.panel.dismiss.click()
    assert not _xx(ctrl.panel.findings_shown())
    assert len(window.editor.draft.review_dismissed) == 3
    stack = window.editor.session.undo_stack
    stack.undo()
    ctrl.run_now()
    qtbot.waitUntil(lambda: len(_xx(ctrl.panel.result.findings)) == 3, timeout=WAIT_MS)
    assert not window.editor.draft.review_dismissed
    second = _xx(ctrl.panel.findings_shown())[1]
    select_finding(ctrl.panel, second)
    ctrl.panel.dismiss.click()
    left = _xx(ctrl.panel.findings_shown())
    assert len(left) == 2 and second not in left
