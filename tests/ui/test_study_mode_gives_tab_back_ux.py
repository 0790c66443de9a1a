"""Leaving 学习模式 gives the window back as it was (ux53's walk, ux55): at 1600×1000 the mode
raised the 学习 tab over 草稿 in the right-hand column, and after the mode 学习 stayed in
front, the writer's draft behind its tab."""

from __future__ import annotations

import pytest

from .study_setup import FIRST, LARGE, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def window(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    yield open_in_room(make_window, qtbot, library, LARGE, size=(1490, 900))
    library.close()


def _toggle(window, qtbot, on: bool) -> None:
    window.study_action.trigger()
    assert window.study_action.isChecked() == on
    if on:  # the map of the reader's text drawn (already, when 学习 was shown before)
        qtbot.waitUntil(lambda: window.study.doc is window.reader_panel.document, timeout=WAIT_MS)
    qtbot.wait(100)


def test_the_draft_comes_back_in_front_after_the_mode(window, qtbot):
    draft, study = window.draft_dock, window.study.dock
    assert study in window.tabifiedDockWidgets(draft)
    assert seen(draft) and not seen(study)
    _toggle(window, qtbot, True)
    assert seen(study), "the mode shows its 学习 dock"
    _toggle(window, qtbot, False)
    qtbot.waitUntil(lambda: seen(draft), timeout=WAIT_MS)
    assert not seen(study)


def test_the_study_tab_the_user_had_in_front_stays(window, qtbot):
    study = window.study.dock
    study.raise_()  # the user's own choice before the mode
    qtbot.waitUntil(lambda: seen(study), timeout=WAIT_MS)
    _toggle(window, qtbot, True)
    _toggle(window, qtbot, False)
    qtbot.wait(100)
    assert seen(study) and not seen(window.draft_dock)


def test_a_tab_chosen_in_the_mode_is_left_alone(window, qtbot):
    _toggle(window, qtbot, True)
    templates = window.findChild(type(window.draft_dock), "galleryDock")
    assert templates is not None and templates in window.tabifiedDockWidgets(window.study.dock)
    templates.raise_()  # the user moved on in the mode: 模板 in front
    qtbot.waitUntil(lambda: seen(templates), timeout=WAIT_MS)
    _toggle(window, qtbot, False)
    qtbot.wait(100)
    assert seen(templates) and not seen(window.draft_dock)


def test_a_mode_restored_at_start_gives_the_column_back_to_the_draft(make_window, qtbot, tmp_path):
    """Closed in the mode, started again in it: the tab in front before the mode is of the
    last session; leaving the mode shows 草稿, the column's own first tab."""
    from drafter.settings import Settings

    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    try:
        first = open_in_room(make_window, qtbot, library, LARGE, size=(1490, 900))
        _toggle(first, qtbot, True)
        first.library_watch.set_library(None)
        first.close()
        settings = Settings.load(tmp_path / "settings.toml")
        assert settings.study_mode
        again = open_in_room(make_window, qtbot, library, LARGE, settings, size=(1490, 900))
        study, draft = again.study.dock, again.draft_dock
        assert again.study_action.isChecked()
        qtbot.waitUntil(lambda: seen(study), timeout=WAIT_MS)
        assert study in again.tabifiedDockWidgets(draft)
        _toggle(again, qtbot, False)
        qtbot.waitUntil(lambda: seen(draft), timeout=WAIT_MS)
        assert not seen(study)
        again.library_watch.set_library(None)
    finally:
        library.close()
