"""审稿 follows the text the writer works on (ux35's walk): a speech opened in the reader
was reviewed; a draft made from a template next was not, the panel went on checking the
speech (against its date) and the writer took those findings for the draft's. Now a
draft created, opened or focused is reviewed, the reader's text when the reader is
focused, and the panel names which text its findings are about."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph

from .review_setup import SPEECH
from .waits import WAIT_MS


def _template_draft() -> Draft:
    """What the gallery hands over: the template's headings, nothing written yet."""
    return Draft(
        meta=DraftMeta(title="在全市安全生产工作会议上的讲话"),
        sections=[DraftNode("……"), DraftNode("……")],
    )


def _open_speech_then_review(qtbot, window):
    ctrl = window.review
    window.editor.set_draft(Draft(), unsaved=False, ask=False)  # nothing to ask about
    window.reader_panel.show_document(parse_text(SPEECH, "/tmp/办公室会议讲话.txt"))
    window.review_action.trigger()
    assert ctrl.panel.current_source() == "reader"
    qtbot.waitUntil(lambda: ctrl.panel.result is not None, timeout=WAIT_MS)
    return ctrl


def test_a_draft_made_from_a_template_is_what_is_reviewed(qtbot, make_window):
    window = make_window()
    ctrl = _open_speech_then_review(qtbot, window)
    window.gallery.draft_created.emit(_template_draft())  # 从模板新建 › 新建稿件
    assert ctrl.panel.current_source() == "draft"
    qtbot.waitUntil(
        lambda: (
            ctrl.panel.result is not None and any(f.ref for f in ctrl.panel.result.findings)
        ),  # draft findings point at nodes
        timeout=WAIT_MS,
    )
    assert ctrl.panel.target.isVisibleTo(ctrl.panel)
    assert ctrl.panel.target.text() == "审阅的是：草稿《在全市安全生产工作会议上的讲话》"
    assert all(f.rule != "numbering.gap" for f in ctrl.panel.findings_shown())


def test_focus_moves_the_review_between_draft_and_reader(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    ctrl = _open_speech_then_review(qtbot, window)
    draft = _template_draft()
    draft.sections[0].paragraphs.append(DraftParagraph("要抓好落实。"))
    window.editor.set_draft(draft, ask=False)
    assert ctrl.panel.current_source() == "draft"
    window.reader_panel.view.setFocus()
    qtbot.waitUntil(lambda: ctrl.panel.current_source() == "reader", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "阅读器中的" in ctrl.panel.target.text(), timeout=WAIT_MS)
    window.editor.editor.setFocus()
    qtbot.waitUntil(lambda: ctrl.panel.current_source() == "draft", timeout=WAIT_MS)
    # the label follows when the draft's review has run, as the reader's did above
    qtbot.waitUntil(lambda: ctrl.panel.target.text().startswith("审阅的是：草稿"), timeout=WAIT_MS)


def test_typing_into_the_draft_while_the_reader_is_reviewed_reviews_the_draft(qtbot, make_window):
    window = make_window()
    ctrl = _open_speech_then_review(qtbot, window)
    window.editor.insert_text("下面，我讲几点意见。")  # 插入到草稿, or the writer typing
    assert ctrl.panel.current_source() == "draft"


def test_a_blank_new_draft_leaves_the_reader_reviewed(qtbot, make_window):
    """文件 › 新建 with a speech open: nothing to check in the draft yet, the speech's
    findings stay, said to be the speech's."""
    window = make_window()
    ctrl = _open_speech_then_review(qtbot, window)
    window.editor.set_draft(Draft(), ask=False)
    assert ctrl.panel.current_source() == "reader"
    assert "阅读器中的" in ctrl.panel.target.text()
