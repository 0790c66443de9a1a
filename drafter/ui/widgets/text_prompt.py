"""A question answered with a few lines of text (a comment, a reply, a note) that Ctrl+Enter
sends, as in the chat and mail programs an office uses: with Qt's plain multi-line box Enter
starts a new line and the only way out was a click on 确定."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit, QWidget

HINT = "（Ctrl+Enter 确定）"
_SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LINES_WIDTH = 420  # px: the text box of a note or comment, about 28 characters a line


class LinesDialog(QInputDialog):
    """A multi-line QInputDialog whose text box sends on Ctrl+Enter (a shortcut does not
    reach it: the box takes Ctrl+Enter for itself)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Watch the text box once it exists (QInputDialog makes it when first shown)."""
        for box in self.findChildren(QPlainTextEdit):
            box.removeEventFilter(self)
            box.installEventFilter(self)
            # Qt's box does not wrap: a note of one sentence ran off to the right behind a
            # scroll bar, and the writer saw a dozen characters of what they were writing
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            # and it held about fifteen characters a line: the dialog's layout sizes itself on
            # its contents (a minimum width set on the dialog is overridden), so the box asks
            box.setMinimumWidth(LINES_WIDTH)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Enter in the text box is 确定; every other key is the box's."""
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in _SEND_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)


def text_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """The dialog :func:`ask_lines` shows, built but not shown (tests drive it)."""
    dialog = LinesDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    # before the colon the question ends with: 的批注（Ctrl+Enter 确定）：
    head, colon = (label[:-1], label[-1]) if label.endswith(("：", ":")) else (label, "")
    dialog.setLabelText(f"{head}{HINT}{colon}")
    dialog.setTextValue(text)
    return dialog


def ask_lines(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """``QInputDialog.getMultiLineText`` with Ctrl+Enter for 确定: (the text, accepted)."""
    dialog = text_dialog(parent, title, label, text)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue(), accepted
    finally:
        dialog.deleteLater()


NAME_WIDTH = 460  # px: Qt's default box clipped a long Chinese template name


def name_dialog(
    parent: QWidget | None, title: str, lead: str, label: str, text: str = ""
) -> QInputDialog:
    """The dialog :func:`ask_name` shows, built but not shown (tests drive it)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(f"{lead}\n{label}")
    dialog.setTextValue(text)
    dialog.setMinimumWidth(NAME_WIDTH)
    return dialog


def ask_name(
    parent: QWidget | None, title: str, lead: str, label: str, text: str = ""
) -> tuple[str, bool]:
    """A one-line name (a template's) asked under a first line, ``lead``, saying what it is
    for: the window title alone said it, and without a window manager (or with one that
    draws no title on a small dialog) the box asked 模板名称 out of nowhere. Returns (the
    text stripped, accepted)."""
    dialog = name_dialog(parent, title, lead, label, text)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue().strip(), accepted
    finally:
        dialog.deleteLater()


__all__ = ["LinesDialog", "ask_lines", "ask_name", "name_dialog", "text_dialog"]
