"""The outline-only view (提纲): the title and the numbered headings, nothing else.

Office heads review the outline before prose is written; this shows it as it will print
(markers and levels, run-in headings included) and exports it to Word on one page, or
to Markdown, with ``drafter.export.outline``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from drafter.drafts.convert import title_block
from drafter.export.outline import outline_items
from drafter.ui.errors import describe


def outline_html(draft) -> str:
    """The outline as HTML: the title block centred, each level indented two characters."""
    parts = []
    for kind, text in title_block(draft.meta):
        size = "16pt" if kind == "title" else "11pt"
        weight = "bold" if kind == "title" else "normal"
        parts.append(
            f"<p align='center' style='font-size:{size};font-weight:{weight}'>{escape(text)}</p>"
        )
    items = outline_items(draft)
    if not items:
        parts.append("<p style='color:#666'>稿件还没有标题。</p>")
    for level, text in items:
        weight = "bold" if level == 1 else "normal"
        parts.append(
            f"<p style='margin-left:{(level - 1) * 2}em;font-weight:{weight};margin-top:2px;"
            f"margin-bottom:2px'>{escape(text)}</p>"
        )
    return "".join(parts)


class OutlineDialog(QDialog):
    """Show the outline of ``draft`` and export it (Word or Markdown).

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, draft, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("提纲视图")
        self.setObjectName("outlineDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 720)
        self.draft = draft
        self.settings = settings
        self.view = QTextBrowser()
        self.view.setObjectName("outlineView")
        self.view.setHtml(outline_html(draft))
        word = QPushButton("导出 Word 提纲…")
        word.clicked.connect(lambda: self.export("docx"))
        md = QPushButton("导出 Markdown…")
        md.clicked.connect(lambda: self.export("md"))
        close = QPushButton("关闭")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(word)
        buttons.addWidget(md)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Export the outline; asks for a file when ``path`` is None."""
        from drafter.export import ExportError, StyleError, export_draft
        from drafter.ui import file_dialogs
        from drafter.ui.dialogs.export_dialog import safe_file_name

        if path is None:
            name = safe_file_name(self.draft.meta.title) or "稿件"
            folder = Path(self.settings.last_export_dir or "")
            filters = "Word 文档 (*.docx)" if fmt == "docx" else "Markdown (*.md)"
            path, _ = file_dialogs.get_save_file_name(
                self, "导出提纲", str(folder / f"{name}（提纲）.{fmt}"), filters
            )
            if not path:
                return None
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
        try:
            out = export_draft(
                self.draft, path, fmt, self.settings.house_style or None, outline_only=True
            )
        except (ExportError, StyleError, OSError) as exc:
            QMessageBox.warning(self, "无法导出提纲", describe(exc))
            return None
        # the next export (提纲 or 导出) opens here, as after 导出 of the draft itself
        self.settings.last_export_dir = str(Path(out).parent)
        self.status_message.emit(f"已导出提纲：{out}")
        return out


__all__ = ["OutlineDialog", "outline_html"]
