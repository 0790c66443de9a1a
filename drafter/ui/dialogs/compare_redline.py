"""The compare dialog's 导出修订稿: the new version written with the changes as Word
tracked changes, where it went said in the dialog, and its folder opened on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from drafter.ui.errors import describe


class RedlineExport:
    """导出修订稿 of :class:`~drafter.ui.dialogs.compare_dialog.CompareDialog` (a mixin): it
    reads ``comparison``, ``annotated``, ``author``, ``folder`` and ``settings``, and shows
    the result in ``result`` and ``open_folder_button``."""

    def export_redline(self, path: str | None = None):
        """Write the new version with the changes as Word tracked changes."""
        from drafter.compare.comments import redline_comments
        from drafter.export import ExportError, StyleError
        from drafter.export.redline import write_redline
        from drafter.ui import file_dialogs

        author = self.author()  # asked before the chooser when 首选项 has no name
        if author is None:
            return None
        if path is None:
            from drafter.ui.dialogs.export_dialog import safe_file_name

            # named after the new version: its title, else the writer's file it came from
            # (an untitled 二稿 was proposed as 未命名稿件（修订稿）.docx)
            new = self.comparison.new
            source = Path(getattr(new, "source", "") or "").stem
            title = (new.meta.title or "").strip()
            name = safe_file_name(title or source) if title or source else "稿件"
            folder = Path(self.folder or self.settings.last_export_dir or "")
            start = str(folder / f"{name}（修订稿）.docx")
            path, _ = file_dialogs.get_save_file_name(
                self, "导出修订稿", start, "Word 文档 (*.docx)"
            )
            if not path:
                return None
            if not path.lower().endswith(".docx"):
                path += ".docx"
        # the comments follow the draft they annotate through 对调新旧
        comments = redline_comments(self.comparison, self.annotated)
        try:
            written = write_redline(
                self.comparison,
                path,
                style=self.settings.house_style or None,
                author=author,
                comments=comments,
            )
        except (ExportError, StyleError, OSError) as exc:
            QMessageBox.warning(self, "无法导出修订稿", describe(exc))
            return None
        out = written.path
        self.exported = Path(out)
        # how many comments it carries, counted as written: the head's (after 对调新旧 they
        # come from the other side, and nothing said they had come along) and the notes on
        # what moved, which the count left out (带批注 1 条 of a file holding 4)
        # and the writer's own 修订 kept under his name (保留李写手的修订 4 处)
        said = written.summary()
        kept = f"（带{said}）" if written.comments else (f"（{said}）" if said else "")
        self.result.setText(f"已导出修订稿：{out}{kept}")
        self.result.setToolTip(str(out))
        self.result.show()
        self.open_folder_button.show()
        self.status_message.emit(f"已导出修订稿：{out}{kept}")
        return out

    def open_folder(self) -> bool:
        """Open the folder the 修订稿 was written to in the system's file manager; when the
        system has none to hand it to, say so beside the path (the file is there all the
        same)."""
        if self.exported is None:
            return False
        folder = self.exported.parent
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.result.setText(
                f"已导出修订稿：{self.exported}（无法打开文件夹，请到 {folder} 查看）"
            )
        return opened


__all__ = ["RedlineExport"]
