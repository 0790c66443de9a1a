"""学习模式's left pane at 1280×720: the outline (the trainee's way through the text) had 2:3 of
it against the 要点 list, about three entries after a restart in the mode, its headings
wrapping over two or three lines. Now it has 3:5 of the pane by default; the line between the
two can be dragged, and the share dragged to is kept for the next time the mode comes on and
for the next start (settings.study_outline_share)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from drafter.settings import Settings
from drafter.ui.study.reader_mode import OUTLINE_SHARE

from .study_setup import FIRST, SMALL, library_of, open_in_room
from .waits import WAIT_MS


def _share(mode) -> float:
    sizes = mode.left.sizes()
    return sizes[0] / max(1, sum(sizes))


def _laid_out(mode) -> bool:
    return mode.left.isVisible() and mode.points.isVisible() and min(mode.left.sizes()) > 0


def test_the_outline_gets_its_share_and_keeps_the_one_dragged_to(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    try:
        window = open_in_room(make_window, qtbot, library, SMALL)
        mode = window.study.mode
        with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
            window.study_action.trigger()
        qtbot.waitUntil(lambda: _laid_out(mode), timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: _share(mode) == pytest.approx(OUTLINE_SHARE, abs=0.02), timeout=WAIT_MS
        )
        assert window.settings.study_outline_share == 0.0  # nothing dragged yet
        # the user drags the line between the outline and the 要点 list up
        handle = mode.left.handle(1)
        start = QPoint(handle.width() // 2, handle.height() // 2)
        up = start - QPoint(0, mode.left.sizes()[0] // 3)
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(handle, up)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, up)
        dragged = window.settings.study_outline_share
        assert 0.15 <= dragged < OUTLINE_SHARE - 0.1, dragged
        assert _share(mode) == pytest.approx(dragged, abs=0.02)
        # off and on again: the share dragged to, not the default
        window.study_action.trigger()
        window.study_action.trigger()
        qtbot.waitUntil(lambda: _laid_out(mode), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: _share(mode) == pytest.approx(dragged, abs=0.02), timeout=WAIT_MS)
        # the next start, in the mode: the share dragged to (it came back at 2:5)
        again = open_in_room(
            make_window,
            qtbot,
            library,
            SMALL,
            Settings(study_mode=True, study_outline_share=dragged),
        )
        mode = again.study.mode
        qtbot.waitUntil(lambda: _laid_out(mode), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: _share(mode) == pytest.approx(dragged, abs=0.02), timeout=WAIT_MS)
    finally:
        library.close()


def test_a_share_in_the_settings_file_is_checked(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("study_outline_share = 0.45\n", encoding="utf-8")
    assert Settings.load(path).study_outline_share == 0.45
    path.write_text('study_outline_share = "wide"\n', encoding="utf-8")
    assert Settings.load(path).study_outline_share == 0.0
    path.write_text("study_outline_share = 3\n", encoding="utf-8")
    assert Settings.load(path).study_outline_share == 0.0
