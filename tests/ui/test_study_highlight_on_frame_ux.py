"""A trainee's highlight or note shows on a frame too: the frames' colours are laid over the
trainee's, so a highlight of 四个目的 in the office-work seed speech changed nothing on
the screen (the ux walk). Every highlight and note is now underlined with a wavy line in a
darker tone of its colour, which the frame's colour leaves in place."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.notes import Note
from drafter.ui.study.study_page import StudyPage

from .study_setup import FIRST

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def _note(doc_id: str, paragraph: int, start: int, end: int, text: str = "") -> Note:
    return Note(0, doc_id, "t", paragraph, start, end, "", text, "yellow", "", "")


def _format_on(view, paragraph: int, words: str) -> QTextCharFormat:
    """The format the page shows on the first character of ``words`` in ``paragraph``."""
    block = view.document().findBlockByNumber(view.block_of(paragraph))
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(words) + 1)
    return cursor.charFormat()


def test_a_highlight_on_a_frame_phrase_is_seen(qtbot):
    doc = parse_text(FIRST, "/tmp/青年干部培训班.txt")
    study = analyze(doc, rate=220)
    k, frame = next((k, f) for k, f in enumerate(study.frames) if f.phrase == "四勤")
    span = frame.span
    item = next(p for p in doc.paragraphs() if "多向群众请教" in p.text)
    notes = [
        _note("d", span.paragraph, span.start, span.end),
        _note("d", item.index, item.text.index("多向"), item.text.index("请教"), "多请教"),
    ]
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study, notes)
    on_frame = _format_on(page.text, span.paragraph, "四勤")
    assert on_frame.underlineStyle() == WAVE, "the highlight on 四勤 is not seen"
    assert on_frame.background().color().name() == page.text.frame_colour[k]  # still grouped
    noted = _format_on(page.text, item.index, "多向")
    assert noted.underlineStyle() == WAVE and noted.background().color().name() == "#fff3a0"
    unmarked = _format_on(page.text, item.index, "请教")  # past the note
    assert unmarked.underlineStyle() != WAVE
