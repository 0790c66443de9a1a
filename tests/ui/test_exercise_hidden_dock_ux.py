"""A 提纲练习 left on its tab must not take over the reader of a writer who has moved on.

Seen walking the app at 1600×1000: a trainee compared an exercise, made a structure template
(the 模板 dock came to the front of the right-hand column, the 学习 dock behind it), switched
学习模式 off and opened another text to correct its outline. The first correction re-read the
document, the study followed it, and because the 学习 dock's current tab was still 提纲练习 a
new exercise began on its own: the reader blanked every heading, hid its outline, showed the
banner 提纲练习进行中 and refused the 更正结构 menu — in the middle of a correction, with no
exercise in sight. The headings are hidden only while the exercise can be seen (or its dock
is tabbed with the reader, the small-screen case where the trainee switches to read)."""

from __future__ import annotations

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def test_an_exercise_tab_behind_another_dock_does_not_blank_the_reader(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    mode, ex = window.study.mode, panel.exercise
    panel.tabs.setCurrentWidget(ex)  # the trainee writes an exercise …
    assert mode.masked
    ex.check_button.click()  # … and compares it
    assert not mode.masked
    window.study_action.setChecked(False)  # 学习模式 off
    window.draft_dock.show()
    window.draft_dock.raise_()  # another dock in front of 学习 (the draft the writer goes back to)
    qtbot.waitUntil(lambda: window.study.dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    assert window.study.dock.visibleRegion().isEmpty(), "the 学习 dock is behind the 草稿 tab"
    second = next(d for d in library.documents() if d.id != first.id)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(second.id)
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.study.refresh()  # what a correction's reload does
    qtbot.wait(50)
    assert not mode.masked, "no exercise in sight: the reader keeps its headings"
    assert mode.stack.currentWidget() is window.reader_panel.view
    assert window.reader_panel.outline.isVisible()
    # the trainee comes back to the 学习 dock: the exercise was done, so the new text's
    # structure map is in front (st51) and the headings stay; picking 提纲练习 hides them
    window.study.dock.raise_()
    assert panel.tabs.currentWidget() is panel.map and not mode.masked
    panel.tabs.setCurrentWidget(ex)
    qtbot.waitUntil(lambda: mode.masked, timeout=WAIT_MS)
