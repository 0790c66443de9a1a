"""打开稿件 brings the draft to the front: with the 学习 tab in front of the draft (it shares
the right column), a draft opened from the toolbar loaded out of sight and only the status
bar said so."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.store import save_draft

from .waits import WAIT_MS


def test_an_opened_draft_is_shown(make_window, qtbot, tmp_path):
    window = make_window()
    study_dock = window.study.dock
    study_dock.show()
    study_dock.raise_()
    qtbot.waitUntil(lambda: window.draft_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    draft = Draft()
    draft.meta.title = "在全县工作会议上的讲话"
    draft.sections.append(DraftNode(heading="提高认识"))
    path = tmp_path / "稿.json"
    save_draft(draft, path)
    assert window.editor.open_draft(path)
    qtbot.waitUntil(lambda: not window.draft_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
