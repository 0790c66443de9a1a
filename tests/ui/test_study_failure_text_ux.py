"""A study job that fails on its worker is said in Chinese on the status line, the same way in
every study panel (``drafter.messages.failure_text``): the exception described when the
worker hands one over, never the core's English ``str(exc)``; the worker's own message when
there is no exception. Real panels, real workers (drafter.ui.study.jobs.start_job)."""

from __future__ import annotations

from drafter.ui.study.jobs import start_job
from drafter.ui.study.structures_panel import StructuresPanel

from .waits import WAIT_MS

MISSING = "/资料库/文稿/甲.txt"


def _missing(_token):
    raise FileNotFoundError(2, "No such file or directory", MISSING)


def test_structures_panel_says_a_failed_mining_in_chinese(qtbot):
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    said: list[str] = []
    sp.status_message.connect(said.append)
    start_job(_missing, lambda _result: None, sp._on_failed)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert said == [f"分析失败：找不到文件：{MISSING}"]
    sp._on_failed("分析已中止", None)  # no exception: the worker's own words
    assert said[-1] == "分析失败：分析已中止"


def test_study_controller_says_a_failed_analysis_in_chinese(studied, qtbot):
    window, panel, _library, _first = studied
    start_job(_missing, lambda _result: None, window.study._on_analysis_failed)
    status = window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("分析失败"), timeout=WAIT_MS)
    assert status.currentMessage() == f"分析失败：找不到文件：{MISSING}"
    assert "No such file" not in status.currentMessage()


def test_study_panel_says_a_failed_comparison_in_its_own_words(studied, qtbot):
    _window, panel, _library, _first = studied
    said: list[str] = []
    panel.status_message.connect(said.append)
    start_job(_missing, lambda _result: None, panel._on_compare_failed)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert said == [f"对照失败：找不到文件：{MISSING}"]
    panel._on_compare_failed("对照已中止", None)
    assert said[-1] == "对照失败：对照已中止"
