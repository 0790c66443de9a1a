"""编辑信息… has the draft's Alt-letters (ux78's walk). Correcting the date of
gwr_national_2012 took a click on the field and its old text chosen by hand (a triple click or
Ctrl+A) before typing; Alt+D now puts the keyboard in 日期 with its text chosen, so typing
replaces it, and 回车 saves. The letters are the draft title block's: 标题(T) 讲话人(S) 日期(D)…"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .waits import WAIT_MS


def test_alt_letters_reach_each_field_with_its_text_chosen(qtbot):
    info = SimpleNamespace(
        path="/x/讲话.txt",
        title="讲话",
        date="2012-03-04",
        speaker="张三",
        post=None,
        occasion=None,
        genre=None,
    )
    dialog = EditInfoDialog(info, subtitle="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    for words in (
        "标题(&T)：",
        "副标题(&U)：",
        "讲话人(&S)：",
        "职务(&P)：",
        "日期(&D)：",
        "场合(&O)：",
        "文种(&G)：",
    ):
        assert words in labels
    date = dialog.edits["date"]
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(date.hasFocus, timeout=WAIT_MS)
    assert date.selectedText() == "2012-03-04"
    qtbot.keyClicks(date, "2012-03-05")
    assert date.text() == "2012-03-05"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.edits["speaker"].hasFocus, timeout=WAIT_MS)
    assert dialog.edits["speaker"].selectedText() == "张三"
    assert dialog.changes() == {"date": "2012-03-05"}
