"""审稿 checks the draft just opened, not the reader's copy of it (ux67's walk).

The office head had the writer's 二稿.docx in the reader (gui --open), clicked into its
text, pressed 打开稿件 (Ctrl+O) and chose the same file to comment on it. When the file
chooser closed, the reader took the focus back, and the review took that for a click into
the reader: 审稿 then checked 阅读器中的文稿, its 转为批注 greyed out, while the draft with
the writer's comment stood open beside it. Focus given back by a closing dialog is not a
move to another text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from drafter.corpus.load import parse_text
from drafter.drafts.model import Draft
from drafter.export import export_draft

from .review_setup import SPEECH, delivered, review_draft
from .waits import WAIT_MS


def test_opening_a_draft_from_the_reader_reviews_the_draft(qtbot, make_window, tmp_path):
    writers_file = export_draft(review_draft(), tmp_path / "二稿.docx")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    ctrl = window.review
    window.editor.set_draft(Draft(), unsaved=False, ask=False)
    window.reader_panel.show_document(parse_text(SPEECH, str(tmp_path / "二稿.txt")))
    window.review_action.trigger()
    window.reader_panel.view.setFocus()
    qtbot.waitUntil(lambda: ctrl.panel.current_source() == "reader", timeout=WAIT_MS)

    def chooser() -> str:
        """The file chooser as the head meets it: a dialog of the window's that takes the
        focus, closed when the file is chosen."""
        dialog = QDialog(window)
        name = QLineEdit(dialog)
        dialog.show()
        dialog.activateWindow()
        name.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=WAIT_MS)
        dialog.close()

        # the window gives the focus back to the reader once the event loop runs again,
        # after the (synchronous) opening of the file: what the platform does on activation
        def give_back() -> None:
            window.activateWindow()
            window.reader_panel.view.setFocus()

        QTimer.singleShot(0, give_back)
        return str(writers_file)

    window.editor.files._ask_open_path = chooser
    assert window.editor.open_draft()
    qtbot.waitUntil(lambda: window.reader_panel.view.hasFocus(), timeout=WAIT_MS)
    delivered(qtbot, lambda: ctrl.panel.target.text().startswith("审阅的是：草稿"))
    assert ctrl.panel.current_source() == "draft"
    assert ctrl.panel.target.text() == "审阅的是：草稿《在全区办公室工作会议上的讲话》"
