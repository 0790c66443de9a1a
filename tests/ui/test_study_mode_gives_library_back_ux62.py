"""学习模式 off gives back every dock of the library column it closed, also when the trainee
opened one of them in the mode.

ux62's walk at 1600×1000: in the mode (资料库, 检索 and 审稿 closed to give the text room) the
trainee opened 资料库结构 (Shift+F8) to mine the library and make a template; the mode then
forgot every dock it had closed, and switched off it left the column with 结构 alone: 资料库
and 检索 stayed closed, there and at the next start, to be found again in the 视图 menu.
Opening one dock now takes only that one off the list the mode reopens.
"""

from __future__ import annotations

import pytest

from drafter.settings import Settings

from .study_setup import FIRST, LARGE, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def library(tmp_path):
    lib = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    yield lib
    lib.close()


def test_structures_opened_in_the_mode_leaves_the_library_to_come_back(make_window, qtbot, library):
    settings = Settings(speaking_rate=200)
    window = open_in_room(make_window, qtbot, library, LARGE, settings)
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)
    assert not window.search_dock.isVisible()
    structures = window.study.structures.parentWidget()
    window.structures_action.trigger()  # 资料库结构… in the mode
    qtbot.waitUntil(lambda: seen(structures), timeout=WAIT_MS)
    assert "libraryDock" in settings.study_closed_docks  # still the mode's to reopen
    window.study_action.trigger()  # the mode off
    qtbot.waitUntil(lambda: window.library_dock.isVisible(), timeout=WAIT_MS)
    assert window.search_dock.isVisible() and structures.isVisible()
    assert seen(window.library_dock), "the library in front of its column, as before the mode"
    assert settings.study_closed_docks == []
