"""The 确定/取消 row at the foot of a dialog, its OK button named for what it does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """An OK and a 取消 button for ``dialog``: OK says ``ok_text`` (导出, 并排对照, 设为标题…,
    a verb the user recognises rather than Qt's word) and runs ``on_ok`` (default: the
    dialog's accept), 取消 rejects. Why one function: four dialogs wrote the same seven
    lines, and a fifth would copy them again."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
