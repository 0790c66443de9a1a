"""审稿 open on an empty draft says 草稿还是空的; a draft put in the editor afterwards (from a
template, an opened file) was checked under that same line, 草稿还是空的 over 正在检查…,
for the seconds the first check takes. The line goes as the check starts."""

from __future__ import annotations

from drafter.drafts.model import Draft
from drafter.ui.review_controller import BLANK_DRAFT
from tests.ui.review_setup import delivered, review_draft


def test_the_blank_draft_line_goes_when_a_filled_draft_is_checked(qtbot, make_window):
    window = make_window()
    ctrl = window.review
    window.editor.set_draft(Draft(), ask=False)
    ctrl.dock.show()
    ctrl.dock.raise_()
    ctrl.run_now()
    assert ctrl.panel.summary.text() == BLANK_DRAFT
    window.editor.set_draft(review_draft(), ask=False)
    ctrl.run_now()
    assert ctrl.panel.summary.text() != BLANK_DRAFT
    delivered(qtbot, lambda: ctrl.panel.result is not None)
    assert "必错" in ctrl.panel.summary.text()
