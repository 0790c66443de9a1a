"""导出修订稿 in 比较稿件 keeps the writer's own tracked changes under his name.

The head has his 初稿 open, picks the writer's Word file (edited with 修订 on, a change
made with it off too), turns the two round (对调新旧: the writer's is the newer) and exports
the 修订稿: the writer's tracked edits carry his name and date, the plain one the head's
(首选项 › 批注署名)."""

from __future__ import annotations

from drafter.settings import Settings
from tests.office.test_redline_keeps_writer_revisions_ux import _changes, _writers_file


def test_the_dialogs_redline_says_whose_edit_is_whose(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    first, theirs = _writers_file(tmp_path)
    panel.set_draft(first, unsaved=False, ask=False)
    dialog = panel.office.compare_with_file(theirs)
    assert dialog.old_name == theirs.name  # no comments answered: picked as the older
    dialog.swap_button.click()  # 对调新旧
    assert dialog.new_name == theirs.name
    out = dialog.export_redline(str(tmp_path / "修订稿.docx"))
    changes = _changes(out)
    assert {c[3] for c in changes if c[1] == "王主任"} == {"中"}
    assert any(c[0] == "ins" and "要把握三点" in c[3] for c in changes if c[1] == "李科员")
    assert "已导出修订稿" in dialog.result.text()
    dialog.close()
