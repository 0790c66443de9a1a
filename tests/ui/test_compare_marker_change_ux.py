"""比较稿件 shows a heading the writer numbered in another form (第一、 → 第一，).

The head's review asked for 第一， instead of 第一、; the writer fixed it in Word and sent
the file back. The dialog's two trees printed 第一、 and 第一， side by side under 提纲变化 0
处. The heading is now marked 编号 (its own colour, in the legend) and the change listed."""

from __future__ import annotations

from drafter.settings import Settings
from drafter.ui.dialogs.compare_dialog import COLORS
from tests.compare.test_marker_change_ux import _drafts

from .waits import WAIT_MS


def test_compare_dialog_marks_the_marker_change(make_window, qtbot, tmp_path):
    window = make_window(Settings(autosave_seconds=0, reviewer_name="王主任"))
    editor = window.editor
    old, new = _drafts(tmp_path)
    editor.session.load(old)
    dialog = editor.office.open_compare(new, "二稿.docx")
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    dialog.swap_button.click()  # the head's draft old, the writer's answer new
    assert "提纲变化 2 处" in dialog.summary.text()
    first = next(n for n in dialog.new.sections[0].children)
    item = dialog.new_items[first.id]
    assert item.text(0) == "第一，办公室是参谋助手"
    assert item.foreground(0).color() == COLORS["marker"] and item.toolTip(0) == "编号"
    html = dialog.show_all()
    assert "编号</b>　第一、办公室是参谋助手 → 第一，办公室是参谋助手" in html
    dialog.close()
