"""打开稿件 and 比较稿件 give the same count for the writer's tracked changes (the app's
side of tests/office/test_revision_counts_agree_ux.py): one word replaced is
``2 处修订（删 1 处、增 1 处）`` in the status bar and in the compare view's summary."""

from __future__ import annotations

from drafter.export import export_draft
from drafter.settings import Settings
from tests.export.conftest import build_speech
from tests.office.test_pending_revisions_ux import _redline


def test_the_status_bar_and_the_compare_view_agree(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    plain = export_draft(build_speech(), tmp_path / "初稿.docx")
    messages: list[str] = []
    panel.files.status_message.connect(messages.append)
    assert panel.files.open_draft(_redline(tmp_path))
    assert "2 处修订（删 1 处、增 1 处）未处理" in messages[-1]
    dialog = panel.office.compare_with_file(plain)
    summary = dialog.summary.text()
    assert "王主任修订 2 处（删 1 处、增 1 处）" in summary
    assert "修订 1 处" not in summary
