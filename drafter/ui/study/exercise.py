"""提纲练习: the document with its headings hidden; the trainee writes a heading for each
part from its text, then sees the original beside their own."""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.study.layout import layout

_HINT_CHARS = 90


def similarity(mine: str, original: str) -> float:
    """How close the trainee's heading is to the original (0..1, by characters in order)."""
    if not mine.strip() or not original:
        return 0.0
    return SequenceMatcher(None, mine.strip(), original).ratio()


class OutlineExercise(QWidget):
    """Hide the headings, let the trainee write theirs, then compare."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyExercise")
        self._rows: list[tuple[str, str, QLineEdit]] = []  # (marker, original heading, box)
        self.intro = QLabel(
            "提纲练习：下面隐去了原文的各级标题，只留每部分正文的开头。读完后为每部分拟一个标题，"
            "再点“对照原文”。"
        )
        self.intro.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.result = QTreeWidget()
        self.result.setObjectName("exerciseResult")
        self.result.setHeaderLabels(["我的标题", "原文标题", "相近"])
        header = self.result.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.result)
        self.check_button = QPushButton("对照原文")
        self.check_button.setObjectName("exerciseCheck")
        self.check_button.clicked.connect(self.reveal)
        self.again_button = QPushButton("重新练习")
        self.again_button.clicked.connect(self.restart)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.check_button)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)

    def set_document(self, doc) -> None:
        """Build the exercise for ``doc`` (its headings hidden)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self._rows = []
        lay = layout(doc)
        for node in lay.nodes():
            section = node.section
            text = next((lay.paragraphs[i].text for i in node.own), "")
            if not text and node.children:
                text = f"（本部分下设 {len(node.children)} 个小点）"
            hint = QLabel(
                ("　" * (node.depth - 1))
                + (text[:_HINT_CHARS] + ("……" if len(text) > _HINT_CHARS else ""))
            )
            hint.setWordWrap(True)
            hint.setStyleSheet("color:#555")
            box = QLineEdit()
            box.setPlaceholderText(f"{section.marker or '（无编号）'} 写下你的标题")
            self.form.addRow(hint)
            self.form.addRow(("　" * (node.depth - 1)) + (section.marker or "·"), box)
            self._rows.append((section.marker, section.heading, box))
        self.stack.setCurrentIndex(0)
        self.check_button.setEnabled(bool(self._rows))

    def answers(self) -> list[str]:
        """The headings the trainee wrote, one per hidden heading, in order (empty strings for
        skipped ones).
        """
        return [box.text() for _m, _h, box in self._rows]

    def reveal(self) -> None:
        """Show the original headings beside the trainee's, with how close each is."""
        self.result.clear()
        scores = []
        for marker, heading, box in self._rows:
            score = similarity(box.text(), heading)
            scores.append(score)
            item = QTreeWidgetItem(
                [
                    marker + (box.text().strip() or "（未填）"),
                    marker + heading,
                    f"{score * 100:.0f}%",
                ]
            )
            item.setToolTip(1, heading)
            self.result.addTopLevelItem(item)
        if scores:
            avg = sum(scores) / len(scores)
            total = QTreeWidgetItem([f"共 {len(scores)} 个标题", "", f"{avg * 100:.0f}%"])
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.result.addTopLevelItem(total)
        self.stack.setCurrentIndex(1)

    def restart(self) -> None:
        """Clear every answer and return to the writing page, to try the same text again."""
        for _m, _h, box in self._rows:
            box.clear()
        self.stack.setCurrentIndex(0)
