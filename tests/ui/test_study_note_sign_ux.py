"""A note and a highlight look different in 学习模式's text. Walking the app, a highlight
and a note with words were drawn alike (the same colour, the same wavy line): only a hover
told which one had something written. A note now ends with ✎ in its colour's dark tone (no
text of the document: positions skip it), and a click on the sign opens the note."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.notes import Note
from drafter.ui.study.study_marks import NOTE_SIGN
from drafter.ui.study.study_page import StudyPage

from .study_setup import FIRST
from .waits import WAIT_MS


def _note(paragraph: int, start: int, end: int, text: str = "") -> Note:
    return Note(0, "d", "t", paragraph, start, end, "", text, "yellow", "", "")


def test_a_note_shows_a_sign_a_highlight_does_not_and_the_sign_opens_it(qtbot):
    doc = parse_text(FIRST, "/tmp/青年干部培训班.txt")
    study = analyze(doc, rate=220)
    para = next(p for p in doc.paragraphs() if "多向群众请教" in p.text)
    other = next(p for p in doc.paragraphs() if p.index != para.index and len(p.text) > 20)
    a = para.text.index("多向")
    noted = _note(para.index, a, a + 4, "多请教")
    lit = _note(other.index, 2, 8)
    page = StudyPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.show_study(doc, study, [noted, lit])
    view = page.text
    text = view.toPlainText()
    assert text.count(NOTE_SIGN) == 1
    assert "多向群众" + NOTE_SIGN in text
    assert other.text[2:8] + NOTE_SIGN not in text
    # the sign is no text of the document: the words after it map back as before
    block = view.document().findBlockByNumber(view.block_of(para.index))
    after = block.text().index(NOTE_SIGN) + 1
    cursor = view.textCursor()
    cursor.setPosition(block.position() + after)
    assert view.position_of(cursor) == (para.index, a + 4)
    # a click on the sign opens the note
    cursor.setPosition(block.position() + after - 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    point = QPoint(rect.x() + 3, rect.center().y())
    with qtbot.waitSignal(view.note_clicked, timeout=WAIT_MS) as got:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert got.args[0] is noted
