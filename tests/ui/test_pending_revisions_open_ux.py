"""打开稿件 on a Word file whose tracked changes are still pending says they were read as
accepted (the app's side of tests/office/test_pending_revisions_ux.py)."""

from __future__ import annotations

from drafter.settings import Settings
from tests.office.test_pending_revisions_ux import _redline


def test_opening_in_the_app_says_so(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    messages: list[str] = []
    panel.files.status_message.connect(messages.append)
    assert panel.files.open_draft(_redline(tmp_path))
    assert messages[-1] == (
        "已将 修订稿.docx 打开为新稿件，2 处修订（删 1 处、增 1 处）未处理、按接受后的文字读入（尚未保存）"
    )
