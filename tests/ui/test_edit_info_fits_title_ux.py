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


def test_a_save_that_fails_keeps_the_form_with_the_whole_reason(qtbot):
    """A save refused for good (not a server away, which joins the waiting corrections):
    the form stays open with what was typed and the whole reason above the note, which
    its lines ran into, cut off, before (was checked on the team table's path, which now
    keeps the change instead)."""
    from PySide6.QtWidgets import QLabel

    from drafter.library.model import LibraryError

    def refuse(_changes):
        raise LibraryError("/x/lib: 没有写入团队资料库的权限（只读账号只能检索和阅读）" * 2)

    info = SimpleNamespace(
        path="/x/a.txt", title="讲话", date=None, speaker="", post=None, occasion=None, genre=None
    )
    dialog = EditInfoDialog(info, save=refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    dialog.edits["title"].setText("改过的标题")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: not dialog.saving and bool(dialog.error.text()), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.edits["title"].text() == "改过的标题"
    assert dialog.error.text().startswith("未保存：") and "所填内容仍在" in dialog.error.text()
    label = dialog.error
    note = next(w for w in dialog.findChildren(QLabel) if w.text().startswith("更正保存在"))
    qtbot.waitUntil(
        lambda: (
            label.height() >= label.heightForWidth(label.width())
            and label.geometry().bottom() < note.geometry().top()
        ),
        timeout=WAIT_MS,
    )
    assert ok.isEnabled()
