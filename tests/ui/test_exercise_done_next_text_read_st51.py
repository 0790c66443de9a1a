"""A text opened after an exercise is done is read with its headings (st51's walk, issue 11):
a trainee compared an exercise (对照原文), or looked at the 提纲练习 tab of a text without
headings, and opened the next 范文 from the library. The tab still in front began an
exercise on the new text at once: its headings were blanked and the 提纲练习进行中 banner
stood over it before it was read, though nothing was under way. Now the 学习 dock turns to
the structure map, the new text shows how it is built, and the exercise on it waits behind
its tab until the trainee picks it."""

from __future__ import annotations

from .study_setup import open_and_study, studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def _open(window, doc_id, qtbot):
    panel = window.study.panel
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(doc_id)


def test_after_a_compared_exercise_the_next_text_shows_its_headings(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    mode, ex = window.study.mode, panel.exercise
    panel.tabs.setCurrentWidget(ex)
    assert mode.masked
    box = ex._boxes[0]
    box.setText("勤字当头")
    box.textEdited.emit("勤字当头")
    ex.check_button.click()  # 对照原文: the exercise is done
    qtbot.waitUntil(lambda: not mode.masked, timeout=WAIT_MS)
    second = next(d for d in library.documents() if "全县" in (d.title or ""))

    _open(window, second.id, qtbot)
    assert panel.doc_id == second.id
    assert not mode.masked  # read as it is, its headings in place
    assert "一、提高认识" in mode.page.text.toPlainText()
    assert panel.tabs.currentIndex() == 0  # the structure map of the new text
    assert ex.doc_id == second.id  # the exercise on it waits behind its tab

    panel.tabs.setCurrentWidget(ex)  # picked: now it begins
    qtbot.waitUntil(lambda: mode.masked, timeout=WAIT_MS)
    assert "一、＿＿＿＿＿＿" in mode.page.text.toPlainText()
