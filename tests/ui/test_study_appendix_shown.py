"""The study view shows the whole document although the study analyses only the speech: an
attachment after the closing, apparatus, shows apart under the text (the study marks nothing
in it), in the outline exercise too, and so does a document appended after the notes, under
附录, as the plain reader shows them."""

from __future__ import annotations

from speech_samples import NOTES_THEN_APPENDIX

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.annotated_view import AnnotatedView
from tests.study.test_study_appendix_apart import WITH_ATTACHMENT


def test_an_attachment_stays_in_the_study_view_unmarked(qtbot):
    view = AnnotatedView()
    qtbot.addWidget(view)
    doc = parse_text(WITH_ATTACHMENT, "t.txt")
    view.show_study(doc, analyze(doc))
    blocks = view.toPlainText().split("\n")
    assert "附件：读书活动实施方案" in blocks
    assert "全年分三个阶段进行：启动阶段、推进阶段和总结阶段。" in blocks
    assert not any("〔提纲句〕" in b for b in blocks)
    # every paragraph of the document has its block, the attachment's too
    assert len(view.frame_marks) >= 1
    view.show_masked(doc)
    assert "全年分三个阶段进行：启动阶段、推进阶段和总结阶段。" in view.toPlainText()


def test_a_document_appended_after_the_notes_shows_apart(qtbot):
    text = NOTES_THEN_APPENDIX
    view = AnnotatedView()
    qtbot.addWidget(view)
    doc = parse_text(text, "t.txt")
    view.show_study(doc, analyze(doc))
    shown = view.toPlainText()
    body, _, apart = shown.partition("附录\n")
    assert "附录：关于学习问题的决定" in apart
    assert "三个阶段" not in body
