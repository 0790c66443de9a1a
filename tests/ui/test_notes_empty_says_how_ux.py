"""学习 › 笔记 with nothing in it says how a note is made: the walk found an empty list and
“本篇 0 条笔记和高亮” with no word of where to begin (the 高亮 and 写笔记 buttons sit by the
reader's text, not on this tab). Once a highlight is made through those buttons, it is listed
and the hint gives way."""

from __future__ import annotations

from drafter.settings import Settings
from drafter.ui.study.notes_tab import HOW_TO_NOTE

from .study_setup import FIRST, open_and_study, select_words, window_with
from .waits import WAIT_MS


def test_the_empty_notes_list_says_how_and_the_way_it_says_works(make_window, qtbot, tmp_path):
    with window_with(
        make_window, tmp_path, {"开班式讲话.txt": FIRST}, Settings(speaking_rate=200)
    ) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        panel.tabs.setCurrentWidget(panel.notes)
        notes = panel.notes
        assert notes.list.topLevelItemCount() == 0
        assert HOW_TO_NOTE in notes.summary.text()
        page = window.study.mode.page
        assert "高亮" in page.highlight_button.text() and "写笔记" in page.note_button.text()
        text = page.text
        paragraph = next(p.index for p in panel.doc.paragraphs() if "多向群众请教" in p.text)
        select_words(text, paragraph, "多向群众请教")
        assert page.highlight_button.isEnabled()
        page.highlight_button.click()
        qtbot.waitUntil(lambda: notes.list.topLevelItemCount() == 1, timeout=WAIT_MS)
        assert HOW_TO_NOTE not in notes.summary.text()
        assert "本篇 1 条" in notes.summary.text()
