"""比较稿件 of a writer's Word file edited with 修订 on: it is the newer side, every change
says whose edit it is, and 导出修订稿 keeps the writer's tracked changes under his name.

The head has his 初稿 open and picks the writer's Word file (edited with 修订 on, a change
made with it off too, no comment anywhere). It stood on the old side, since only replies
to comments or a later Word save of the head's comments said a file was the answer, so
every change read backwards until 对调新旧. Its struck words are the 初稿's text: it is the
newer one (:func:`drafter.compare.tracked.tracked_on`). The detail pane names the writer
and date on each of his tracked edits and says 未留修订痕迹 of the plain one; the 修订稿
keeps his name and date, the plain edit the head's (首选项 › 批注署名)."""

from __future__ import annotations

from drafter.settings import Settings
from tests.office.test_redline_keeps_writer_revisions_ux import _changes, _writers_file


def test_the_writers_tracked_file_is_the_new_side_and_says_whose_edit(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    first, theirs = _writers_file(tmp_path)
    panel.set_draft(first, unsaved=False, ask=False)
    messages: list[str] = []
    panel.office.status_message.connect(messages.append)
    dialog = panel.office.compare_with_file(theirs)
    assert dialog.new_name == theirs.name and dialog.annotated == "old"
    assert messages[-1].startswith(f"{theirs.name} 带着在本稿上所做的修订，已作为新稿比较")
    assert (
        "增加" in dialog.summary.text()
        and "李科员修订 2 处（删 1 处、增 1 处）" in dialog.summary.text()
    )
    assert "未留修订痕迹的改动 1 处" in dialog.summary.text()
    html = dialog.detail.toHtml()
    assert "李科员修订 2025-11-26" in html and "未留修订痕迹" in html
    # the heading holding his edit says so when hovered
    row = next(
        item for item in dialog.new_items.values() if "含李科员的修订" in (item.toolTip(0) or "")
    )
    dialog.new_tree.setCurrentItem(row)
    dialog.new_tree.itemClicked.emit(row, 0)
    assert "李科员修订" in dialog.detail.toHtml()
    out = dialog.export_redline(str(tmp_path / "修订稿.docx"))
    changes = _changes(out)
    assert {c[3] for c in changes if c[1] == "王主任"} == {"中"}
    assert any(c[0] == "ins" and "要把握三点" in c[3] for c in changes if c[1] == "李科员")
    assert "已导出修订稿" in dialog.result.text()
    assert "保留李科员的修订" in dialog.result.text()  # his edits kept under his name
    dialog.swap_button.click()  # 对调新旧 still turns it round when the head wants
    assert dialog.old_name == theirs.name
    dialog.close()
