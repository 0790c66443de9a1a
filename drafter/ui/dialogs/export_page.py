"""The 导出格式 page of the preferences: the house style new exports start with, and the
font fallbacks used where a machine lacks the official fonts.

A page of its own because it shares nothing with the dialog's other pages (the library,
its dictionary, the review lists) but the settings it fills on 确定.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.settings import Settings
from drafter.ui.dialogs.style_box import StyleBox
from drafter.ui.widgets.note_label import note_label

COMMON_FALLBACKS = {
    "方正小标宋简体": "华文中宋",
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
}


class ExportPage(QWidget):
    """The house style box (:attr:`house_style`) and the font fallback table
    (:attr:`fallbacks`), filled from ``settings``; read back with :meth:`fallback_map` and
    ``house_style.chosen()`` when the dialog is accepted (nothing is written here)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.house_style = StyleBox()
        self.house_style.setObjectName("prefHouseStyle")
        self.house_style.fill(settings.house_style)

        self.fallbacks = QTableWidget(0, 2)
        self.fallbacks.setObjectName("prefFallbacks")
        self.fallbacks.setHorizontalHeaderLabels(["规定字体", "本机替代字体"])
        self.fallbacks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fallbacks.verticalHeader().hide()
        for font, substitute in settings.font_fallbacks.items():
            self.add_fallback_row(font, substitute)
        add = QPushButton("添加")
        add.clicked.connect(lambda: self.add_fallback_row("", ""))
        common = QPushButton("填入常用替换")
        common.clicked.connect(self.add_common_fallbacks)
        remove = QPushButton("删除所选")
        remove.clicked.connect(self.remove_selected_rows)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(common)
        row.addWidget(remove)
        row.addStretch(1)
        note = note_label(
            "公文字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312）在很多电脑上没有安装。"
            "导出时可改用这里的替代字体，避免 Word 自动换成宋体。"
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow("默认导出版式", self.house_style)
        layout.addLayout(form)
        layout.addWidget(QLabel("字体替换"))
        layout.addWidget(self.fallbacks, 1)
        layout.addLayout(row)
        layout.addWidget(note)

    def add_fallback_row(self, font: str, substitute: str) -> None:
        """Add one font substitution row (font, substitute) to the table: 添加 adds an empty
        one to fill in, the settings and 填入常用替换 filled ones."""
        row = self.fallbacks.rowCount()
        self.fallbacks.insertRow(row)
        self.fallbacks.setItem(row, 0, QTableWidgetItem(font))
        self.fallbacks.setItem(row, 1, QTableWidgetItem(substitute))

    def add_common_fallbacks(self) -> None:
        """Add the usual substitutes for the official fonts (方正小标宋 → 宋体 …) that the table
        does not list yet: most offices need the same three, typed by hand before."""
        present = set(self.fallback_map())
        for font, substitute in COMMON_FALLBACKS.items():
            if font not in present:
                self.add_fallback_row(font, substitute)

    def remove_selected_rows(self) -> None:
        """Remove the selected fallback rows (from the bottom, so the row numbers stay right)."""
        rows = sorted({i.row() for i in self.fallbacks.selectedIndexes()}, reverse=True)
        for row in rows:
            self.fallbacks.removeRow(row)

    def fallback_map(self) -> dict[str, str]:
        """The font substitutions as the settings keep them; rows missing either side are
        ignored (a row added and left half-filled must not store an empty font)."""
        out: dict[str, str] = {}
        for row in range(self.fallbacks.rowCount()):
            cells = [self.fallbacks.item(row, c) for c in (0, 1)]
            font, substitute = (c.text().strip() if c else "" for c in cells)
            if font and substitute:
                out[font] = substitute
        return out
