"""The office head's versions, compare and outline view in the draft editor: a labelled
version saved, the version list, another draft or the writer's Word file compared with the
draft being edited (the file that answers the draft's comments standing on the new side), and
the outline-only view (提纲).

A part of :class:`~drafter.ui.draft.office.OfficeActions` (a mixin over the panel and session
it holds); the comments are in :mod:`drafter.ui.draft.office`, the dialogs in
``drafter.ui.dialogs``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from drafter.drafts.docx_parts import word_saved_note


class OfficeVersions:
    """Versions, compare and the outline view (see the module docstring)."""

    def save_version(self, label: str | None = None) -> bool:
        """Save now as a labelled version (送审稿, 修改稿二)."""
        if label is None:
            label, ok = QInputDialog.getText(
                self.panel, "保存版本", "版本标签（如 送审稿、修改稿二；可留空）："
            )
            if not ok:
                return False
        done = self.panel.files.save_version(label.strip())
        if done:
            self.status_message.emit(
                f"已保存版本{('“' + label.strip() + '”') if label.strip() else ''}"
            )
        return done

    def show_versions(self) -> None:
        """Open the version list of the saved draft (a note when it is not saved yet)."""
        from drafter.ui.dialogs.versions_dialog import VersionsDialog

        if self.session.path is None:
            QMessageBox.information(
                self.panel, "版本记录", "稿件保存后才有版本记录。请先保存稿件。"
            )
            return
        dialog = VersionsDialog(self.panel, parent=self.panel)
        dialog.status_message.connect(self.status_message)
        dialog.exec()

    def folder(self) -> str:
        """Where the file choosers of the review start: the draft's folder, or the folder of
        the writer's file it was opened from, else that of the file in the reader
        (:meth:`~drafter.ui.draft.files.DraftFiles.work_folder`)."""
        return self.panel.files.work_folder()

    def compare_with_file(self, path: str | Path | None = None):
        """Compare another draft or document (the older version) with the current draft; a
        file that answers the draft's comments (the writer's reply in Word) is the newer
        version, and stands on the new side. Returns the compare view (None when none opened)."""
        from drafter.compare import CompareError, load_side
        from drafter.compare.comments import why_newer
        from drafter.drafts.open_any import OPEN_FILTER
        from drafter.messages import describe_file
        from drafter.ui import file_dialogs

        if path is None:
            start = self.folder()
            path, _ = file_dialogs.get_open_file_name(
                self.panel,
                "选择要比较的旧稿",
                start,
                OPEN_FILTER,
                self.panel.files.folder_memory,
                "review",
            )
            if not path:
                return
        try:
            old, name = load_side(path)
        except CompareError as exc:
            QMessageBox.warning(self.panel, "无法比较", describe_file(exc, path))
            return
        note = word_saved_note(path)  # the file's own save, shown; the order is the texts'
        dialog = self.open_compare(old, f"{name}（{note}）" if note else name)
        draft = self.session.draft
        reason = why_newer(draft, old)
        if reason:  # the writer's answer: the newer one
            dialog.swap()
            why = {
                "replies": "回复了本稿的批注",
                "tracked": "带着在本稿上所做的修订",
                "saved": "带着本稿的批注，在 Word 中保存得比本稿晚",
            }[reason]
            self.status_message.emit(f"{name} {why}，已作为新稿比较（“对调新旧”可换回）")
        return dialog

    def open_compare(self, old, old_name: str):
        """Show ``old`` against the draft being edited in the compare view."""
        from drafter.ui.dialogs.compare_dialog import CompareDialog

        # a writer's file opened and not yet saved as a draft is named by that file (it was
        # 当前稿件（当前）, beside the other side's file name)
        source = getattr(self.session.draft, "source", "") or ""
        note = ""
        if self.session.path:
            new_name = self.session.path.name
        else:
            new_name = Path(source).name if source else "当前稿件"
            note = word_saved_note(source) if source else ""
        dialog = CompareDialog(
            old,
            self.session.draft,
            old_name,
            f"{new_name}（当前，{note}）" if note else f"{new_name}（当前）",
            self.panel.settings,
            self.panel,
            folder=self.folder(),
        )
        dialog.author = self.author  # the 修订稿's changes signed as the comments are
        dialog.status_message.connect(self.status_message)
        dialog.show()
        return dialog

    def show_outline(self):
        """Show the outline-only view (提纲) of the draft."""
        from drafter.ui.dialogs.outline_dialog import OutlineDialog

        dialog = OutlineDialog(self.session.draft, self.panel.settings, self.panel)
        dialog.status_message.connect(self.status_message)
        dialog.show()
        return dialog
