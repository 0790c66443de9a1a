"""编辑信息 was 360 px wide whatever it held: a long title showed its first twenty characters
and the user edited it blind. The dialog grows to show its longest field whole, within the
screen; a short one stays compact."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.ui.dialogs.edit_info import EditInfoDialog
from drafter.ui.screen_fit import available

from .waits import WAIT_MS

LONG = "在全省深化机关作风建设暨优化营商环境工作推进会议上的讲话（根据录音整理，有删节）"


def _dialog(qtbot, title: str) -> EditInfoDialog:
    info = SimpleNamespace(
        path="/x/a.txt",
        title=title,
        date=None,
        speaker="张三",
        post=None,
        occasion=None,
        genre=None,
    )
    dialog = EditInfoDialog(info, subtitle="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    return dialog


def test_a_long_title_is_shown_whole(qtbot):
    dialog = _dialog(qtbot, LONG)
    edit = dialog.edits["title"]
    need = edit.fontMetrics().horizontalAdvance(LONG)
    room = available(dialog)
    if need + 200 < room.width():  # the screen has room for it: all of it shows
        assert edit.width() >= need + 8, (edit.width(), need)
    assert dialog.frameGeometry().width() <= room.width()


def test_a_short_title_keeps_the_dialog_compact(qtbot):
    dialog = _dialog(qtbot, "讲话")
    assert dialog.width() <= 560
