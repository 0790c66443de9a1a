"""A review finding on the title block of a document in the reader can be found.

Walking the office head's path with 审阅 = 阅读器中的文稿 on a real speech whose speaker
is written xxx: the first finding listed, 「xxx」 讲话人 (a placeholder), did nothing when
clicked — the speaker is in the reader's header, not in its text, and the click looked
for a paragraph. Now the header shows the words tinted, the view goes to the top and the
dock says where they are; a click on a finding in the text clears the tint again.
"""

from __future__ import annotations

from drafter.corpus.model import Metadata
from drafter.review.text import document_from_lines
from tests.ui.review_setup import review_in_reader, select_finding


def test_click_on_a_speaker_placeholder_marks_it_in_the_reader_header(qtbot, make_window):
    window = make_window()
    doc = document_from_lines(
        ["同志们：", "一、总体要求", "请XX同志牵头。", "二、重点任务", "要抓好落实。"],
        date="2026-01-05",
    )
    doc.metadata = Metadata(
        title="在全区办公室主任会议上的讲话", speaker="xxx", post="区委常委", date="2026-01-05"
    )
    ctrl = review_in_reader(qtbot, window, doc, lambda fs: any(f.paragraph is None for f in fs))
    f = next(x for x in ctrl.panel.findings_shown() if x.paragraph is None)
    assert f.text == "xxx" and tuple(f.section) == ("讲话人",)
    select_finding(ctrl.panel, f)
    ctrl.show_finding(f)
    header = window.reader_panel.header.text()
    assert "background-color:#ffe08a'>xxx</span>" in header
    assert "「xxx」在标题区（讲话人），已在阅读器顶部标出" in ctrl.panel.state.text()
    assert window.reader_panel.view.verticalScrollBar().value() == 0
    in_text = next(x for x in ctrl.panel.findings_shown() if x.text == "XX")
    select_finding(ctrl.panel, in_text)
    ctrl.show_finding(in_text)
    assert window.reader_panel.view.textCursor().selectedText() == "XX"
    assert "#ffe08a" not in window.reader_panel.header.text()
