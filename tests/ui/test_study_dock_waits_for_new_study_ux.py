"""While the reader's new document is being analysed, the 学习 dock shows nothing of the old
one: seen in the running app (1600×1000 and 1280×720), the reader already showed the newly
opened report while the dock beside it, under 正在分析…, still listed the previous
report's parts, 字数 and shares, and 导出提纲 (enabled) wrote the previous report's outline.
A failed analysis is said where 正在分析… stood, instead of that line staying for good.

Real window, real library, real reader and study dock; the analysis is held on its worker
(or made to fail) so the state in between can be looked at."""

from __future__ import annotations

import threading

import pytest

from drafter.study.analyze import analyze as real_analyze

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS, WAIT_S


def _second(library):
    return next(d for d in library.documents() if "全县" in (d.title or ""))


@pytest.fixture
def held(monkeypatch):
    """The study's analysis waits on the worker until the test lets it go."""
    gate = threading.Event()

    def slow(doc, **kw):
        gate.wait(WAIT_S)
        return real_analyze(doc, **kw)

    monkeypatch.setattr("drafter.ui.study.controller.analyze", slow)
    yield gate
    gate.set()


def test_dock_hides_old_map_and_outline_actions_while_new_study_runs(studied, held, qtbot):  # noqa: F811
    window, panel, library, _first = studied
    assert panel.map.topLevelItemCount() > 0 and panel.export_button.isEnabled()
    second = _second(library)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(second.id)
    assert panel.title_label.text() == "正在分析…"
    old_rows = [panel.map.topLevelItem(i).text(0) for i in range(panel.map.topLevelItemCount())]
    assert not any("四勤" in r or "三个服务" in r for r in old_rows), old_rows
    assert panel.map.topLevelItemCount() == 0
    assert not panel.export_button.isEnabled()
    assert not panel.print_button.isEnabled()
    assert not panel.compare_button.isEnabled()
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        held.set()
    rows = [panel.map.topLevelItem(i).text(0) for i in range(panel.map.topLevelItemCount())]
    assert any("明确目标" in r for r in rows), rows
    assert panel.export_button.isEnabled() and panel.print_button.isEnabled()
    assert panel.doc_id == second.id


def test_failed_analysis_is_said_in_dock_and_page(studied, monkeypatch, qtbot):  # noqa: F811
    window, panel, library, _first = studied

    def broken(_doc, **_kw):
        raise FileNotFoundError(2, "No such file or directory", "/资料库/文稿/乙.txt")

    monkeypatch.setattr("drafter.ui.study.controller.analyze", broken)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(_second(library).id)
    qtbot.waitUntil(lambda: panel.title_label.text().startswith("分析失败"), timeout=WAIT_MS)
    assert "/资料库/文稿/乙.txt" in panel.title_label.text()
    assert "No such file" not in panel.title_label.text()
    page = window.study.mode.page
    assert page.info.text().startswith("分析失败"), page.info.text()
    assert not panel.export_button.isEnabled()
