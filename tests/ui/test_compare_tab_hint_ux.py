"""学习 › 对照: the tab opened on an empty table with a combo box and a button, saying nothing of
what it is for until the trainee tried the button. Now a line says it (choose a text, press
并排对照: the outlines aligned part by part, both texts side by side); it goes when a pair is
shown and comes back when the reader moves to another text."""

from __future__ import annotations

from .study_setup import compare_with_second
from .waits import WAIT_MS


def test_the_compare_tab_says_what_it_does_until_a_pair_is_shown(studied, qtbot):
    window, panel, library, first = studied
    panel.tabs.setCurrentWidget(panel.compare_page)
    assert not panel.compare_hint.isHidden()
    assert "并排对照" in panel.compare_hint.text() and "提纲按部分对齐" in panel.compare_hint.text()
    assert panel.compare.topLevelItemCount() == 0
    window_pair = compare_with_second(panel, library, qtbot)
    assert panel.compare.topLevelItemCount() > 0 and panel.compare_hint.isHidden()
    window_pair.close()
    other = next(d for d in library.documents() if d.id != first.id)
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(other.id)
    qtbot.waitUntil(lambda: panel.doc is not None and panel.doc_id == other.id, timeout=WAIT_MS)
    assert panel.compare.topLevelItemCount() == 0 and not panel.compare_hint.isHidden()
