"""The reader's buttons stay where they are when 学习模式 is switched. They stood below the
header, which leaves its two count lines out in the mode: the row moved up 38 px when the
mode came on and down when it went off, so a second click on 学习模式 at the same place fell
on the header and did nothing (walked at 1600x1000 and 1280x720)."""

from __future__ import annotations

from .waits import WAIT_MS


def test_the_study_toggle_does_not_move(studied, qtbot):
    window, _panel, _library, _first = studied
    mode = window.study.mode
    button = mode.button
    window.study_action.setChecked(True)
    qtbot.wait(50)
    reader = window.reader_panel

    def place():  # from the reader's top right: the mode may widen the reader's dock
        corner = button.mapTo(reader, button.rect().topRight())
        return corner.y(), reader.width() - corner.x()

    on = place()
    window.study_action.setChecked(False)
    qtbot.waitUntil(lambda: not reader.header_compact, timeout=WAIT_MS)
    qtbot.wait(50)
    assert place() == on
