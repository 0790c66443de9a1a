"""The 确定/取消 row the dialogs share (ui/widgets/ok_cancel.py): OK named for its deed and
running it, 取消 rejecting; and a dialog that uses it (并排对照's document picker)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from drafter.ui.dialogs.pick_document import PickDocumentDialog
from drafter.ui.widgets.ok_cancel import ok_cancel

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def test_ok_runs_its_deed_and_cancel_rejects(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    done = []
    buttons = ok_cancel(dialog, "导出", lambda: done.append("ok"))
    assert [buttons.button(OK).text(), buttons.button(CANCEL).text()] == ["导出", "取消"]
    buttons.button(OK).click()
    assert done == ["ok"] and dialog.result() == QDialog.DialogCode.Rejected  # not accepted
    dialog.setResult(QDialog.DialogCode.Accepted)
    buttons.button(CANCEL).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_picker_accepts_with_its_own_word(qtbot):
    title = "在全市工作会议上的讲话"
    doc = SimpleNamespace(
        id="d1", title=title, display_title=title, speaker="", date="", occasion="", path="/x.docx"
    )
    dialog = PickDocumentDialog("另一篇", [doc])
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(OK).text() == "并排对照"
    assert dialog.buttons.button(CANCEL).text() == "取消"
    dialog.buttons.button(OK).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
