"""审稿 with nothing written: the office head opens a speech in the reader and presses 审稿
(F7); the dock reviewed the empty draft beside it and said 未发现问题, as if a text had been
checked and passed, with 全部转为批注 offered for no findings. Now the text in the reader is
reviewed, and a blank draft is said to be blank."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.drafts.model import Draft, DraftNode

from .review_setup import SPEECH
from .waits import WAIT_MS


def test_f7_with_a_blank_draft_reviews_the_reader_text(qtbot, make_window):
    window = make_window()
    ctrl = window.review
    window.editor.set_draft(Draft(), ask=False)
    window.reader_panel.show_document(parse_text(SPEECH, "/tmp/办公室会议讲话.txt"))
    window.review_action.trigger()  # what F7 or the toolbar button does
    assert ctrl.panel.current_source() == "reader"
    qtbot.waitUntil(
        lambda: ctrl.panel.result is not None and bool(ctrl.panel.result.findings), timeout=WAIT_MS
    )
    assert any(f.rule == "numbering.gap" for f in ctrl.panel.findings_shown())


def test_a_blank_draft_is_said_to_be_blank(qtbot, make_window):
    window = make_window()
    ctrl = window.review
    window.editor.set_draft(Draft(), ask=False)
    window.review_action.trigger()  # no text in the reader: the draft stays the source
    assert ctrl.panel.current_source() == "draft"
    assert "草稿还是空的" in ctrl.panel.summary.text()
    assert "未发现问题" not in [
        ctrl.panel.tree.topLevelItem(i).text(0) for i in range(ctrl.panel.tree.topLevelItemCount())
    ]
    assert not ctrl.panel.to_comments.isEnabled()


def test_a_speech_opened_with_the_dock_showing_and_a_blank_draft_is_reviewed(qtbot, make_window):
    """The 审稿 dock kept open from last time, nothing written, a speech opened (``gui
    --open``, a double click): the dock said 草稿还是空的 over it, one more choice away from
    the check; it reviews the speech. A draft with words stays the source."""
    window = make_window()
    ctrl = window.review
    window.editor.set_draft(Draft(), ask=False)
    ctrl.dock.show()
    qtbot.waitUntil(ctrl.panel.isVisible, timeout=WAIT_MS)
    assert ctrl.panel.current_source() == "draft"
    window.reader_panel.show_document(parse_text(SPEECH, "/tmp/办公室会议讲话.txt"))
    assert ctrl.panel.current_source() == "reader"
    qtbot.waitUntil(
        lambda: ctrl.panel.result is not None and bool(ctrl.panel.result.findings), timeout=WAIT_MS
    )
    ctrl.panel.set_source("draft")
    window.editor.set_draft(Draft(sections=[DraftNode("抓落实")]), ask=False)
    window.reader_panel.show_document(parse_text(SPEECH, "/tmp/另一篇.txt"))
    assert ctrl.panel.current_source() == "draft"
