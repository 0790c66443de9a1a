"""An import in 学习模式 (a sync, the re-read after new parse rules, a file dropped) showed the
library column for its progress bar, and the study room took that for the trainee opening
the library: from then on every start of the mode kept three columns, the library's titles
cut to "20…" beside a squeezed text (ux68's walk at 1600×1000, after an update re-read the
library). The library shown for an import is no choice: it closes again when the import is
over, and the mode goes on closing it."""

from __future__ import annotations

from .study_setup import SECOND, seen, studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def test_import_in_the_mode_is_no_choice_to_keep_the_library(studied, qtbot, tmp_path):  # noqa: F811
    window, _panel, _library, _doc = studied
    lp = window.library_panel
    assert window.study_action.isChecked() and not seen(window.library_dock)
    reader = window.reader_dock.width()
    more = tmp_path / "more"
    more.mkdir()
    (more / "第三篇.txt").write_text(SECOND.replace("全县", "全镇"), encoding="utf-8")
    with qtbot.waitSignal(lp.import_finished, timeout=WAIT_MS * 4):
        lp.import_paths([more / "第三篇.txt"])
        qtbot.waitUntil(lambda: seen(window.library_dock), timeout=WAIT_MS)  # its progress
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.reader_dock.width() >= reader - 2, timeout=WAIT_MS)
    assert window.settings.study_library_open is False
    # the mode off and on again: the library column still steps aside
    window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(window.library_dock), timeout=WAIT_MS)
    window.study_action.trigger()
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)


def test_library_opened_by_the_user_in_the_mode_stays(studied, qtbot):  # noqa: F811
    window, _panel, _library, _doc = studied
    window.library_dock.toggleViewAction().trigger()  # 视图 › 资料库: the trainee's choice
    qtbot.waitUntil(lambda: seen(window.library_dock), timeout=WAIT_MS)
    assert window.settings.study_library_open is True
