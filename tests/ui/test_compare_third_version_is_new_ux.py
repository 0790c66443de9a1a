"""比较稿件 puts the writer's third version on the new side by its own date.

The head has his draft open (the second version's replies read); the writer's third
version answers no comment anew, so it stayed the old side and its added sentence came
out struck. Saved in Word after everything the draft holds (docProps/core.xml), and
holding the draft's comments, it now stands as the new side; the status line says why.
The head's own 审阅稿 as Drafter exported it stays the old side."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from drafter.settings import Settings
from tests.compare.writer_versions import reviewed, sent, third_version

LATER = datetime(2025, 11, 26, 10, 5, tzinfo=timezone(timedelta(hours=8)))


def test_the_third_version_stands_as_the_new_side(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    panel.set_draft(reviewed(), unsaved=False, ask=False)
    path = third_version(panel.session.draft, tmp_path, LATER)
    messages: list[str] = []
    panel.office.status_message.connect(messages.append)
    dialog = panel.office.compare_with_file(path)
    # its own save shown beside its name (in this machine's time), the head's to judge
    saved = LATER.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog.new_name == f"{path.name}（李写手 {saved} 保存）" and dialog.annotated == "old"
    assert f"新稿：{path.name}（李写手 {saved} 保存）" in dialog.new_tree.headerItem().text(0)
    assert "增加 24 字" in dialog.summary.text()  # the writer's sentence added, not deleted
    assert messages[-1].startswith(f"{path.name} 带着本稿的批注，在 Word 中保存得比本稿晚")
    dialog.close()


def test_the_heads_own_export_stays_the_old_side(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    panel.set_draft(reviewed(), unsaved=False, ask=False)
    path = sent(panel.session.draft, tmp_path)
    dialog = panel.office.compare_with_file(path)
    assert dialog.old_name == path.name and dialog.annotated == "new"
    dialog.close()
