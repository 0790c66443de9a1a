"""A draft with no date yet is reviewed against today, and the 审稿 dock and ``drafter review``
say so. Walking a draft made from a template (日期 empty), the dock read 按讲话日期 2026-12-05
核对 and the CLI 讲话日期 2026-12-05: a speech date the writer never gave."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from drafter.cli import main
from drafter.drafts.store import save_draft
from tests.ui.review_setup import review_draft

from .waits import WAIT_MS


def review_in_window(qtbot, window, draft):
    """The draft reviewed in the window's dock; the first review of a session reads the
    office lists and can take longer than review_setup's wait on a busy machine."""
    ctrl = window.review
    window.editor.set_draft(draft, ask=False)
    ctrl.dock.show()
    ctrl.run_now()
    qtbot.waitUntil(lambda: ctrl.panel.result is not None, timeout=WAIT_MS)
    return ctrl


def test_the_dock_says_an_undated_draft_is_checked_against_today(qtbot, make_window):
    today = dt.date.today().isoformat()
    undated = review_draft()
    undated.meta = replace(undated.meta, date="")
    ctrl = review_in_window(qtbot, make_window(), undated)
    assert f"稿件未填日期，按今天 {today} 核对" in ctrl.panel.summary.text()
    assert "按讲话日期" not in ctrl.panel.summary.text()


def test_a_dated_draft_keeps_its_own_date(qtbot, make_window):
    ctrl = review_in_window(qtbot, make_window(), review_draft())
    assert "（按讲话日期 2026-03-02 核对）" in ctrl.panel.summary.text()


def test_the_cli_says_it_too(tmp_path, capsys):
    undated = review_draft()
    undated.meta = replace(undated.meta, date="")
    save_draft(undated, tmp_path / "稿.json")
    save_draft(review_draft(), tmp_path / "有日期.json")
    main(["review", str(tmp_path / "稿.json")])
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith(f"（稿件未填日期，按今天 {dt.date.today().isoformat()} 核对）")
    main(["review", str(tmp_path / "有日期.json")])
    assert capsys.readouterr().out.splitlines()[0].endswith("（按讲话日期 2026-03-02 核对）")
