"""The pre-export check in the export dialog: errors and placeholders still in the draft,
listed before the .docx is written. The writer may still export; nothing is blocked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from drafter.drafts.model import Draft
from drafter.review import ReviewConfig, review_draft
from drafter.review.groups import group_key
from drafter.review.panel_text import finding_line
from drafter.ui.screen_fit import grow_to_content
from drafter.ui.workers import Worker

MAX_LISTED = 50


class PreExportCheck(QWidget):
    """Reviews a copy of the draft on a worker and lists what an office head would stop
    at: every error, and every placeholder whatever its level. ``lists`` are the office
    lists the 审稿 panel uses (None: the shipped defaults)."""

    def __init__(self, draft: Draft, parent: QWidget | None = None, lists=None) -> None:
        super().__init__(parent)
        self.setObjectName("preExportCheck")
        self.result = None
        self.summary = QLabel("导出前审稿：正在检查…")
        self.summary.setObjectName("preExportSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("preExportList")
        self.list.setMaximumHeight(130)
        # a finding says what is wrong at its end (「三、强化……」这一部分只有标题，还没写正文):
        # one line per finding behind a horizontal scroll bar cut exactly that off
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        # a skeleton made from the writer's own template has no title until one is typed:
        # the Word file then began with 同志们： and nothing said so
        self.untitled = not draft.meta.title.strip()
        copy = Draft.from_json(draft.to_json())
        #: the pre-export review running on the pool (public: the export dialog's lifetime
        #: test waits on its pool side after the dialog is gone)
        self.worker = Worker(lambda _c: review_draft(copy, ReviewConfig(), lists), self)
        self.worker.finished.connect(self._show)
        self.worker.failed.connect(lambda msg, _e: self.summary.setText(f"导出前审稿未完成：{msg}"))
        self.worker.start()

    def _show(self, result) -> None:
        """Say what the review found before export: a green all-clear, or how many errors and
        placeholders would go out, so the writer can stop."""
        self.result = result
        stop = [f for f in result.findings if f.level == "error" or f.category == "placeholder"]
        if not stop and not self.untitled:
            self.summary.setText("导出前审稿：未发现必错问题和占位符。")
            self.summary.setStyleSheet("color:#2e7d32")
            return
        self.summary.setText(stop_summary(stop, self.untitled))
        # red for an error; a draft whose only findings are placeholders or parts still
        # without text (a warning each) is unfinished, not wrong
        errors = any(f.level == "error" for f in stop)
        self.summary.setStyleSheet("color:#a61c00" if errors else "color:#8a5a00")
        # one row for a problem met again in one paragraph (the same xx five times in a
        # pasted passage was five rows of one line), its count after it; parts that are
        # each still unwritten stay a row each, for the writer goes to each; the summary
        # counts every finding
        if self.untitled:
            self.list.addItem(f"标题区：{UNTITLED}")
        rows: dict[tuple, list] = {}
        for f in stop:
            rows.setdefault((group_key(f), f.paragraph), []).append(f)
        shown = list(rows.values())
        for same in shown[:MAX_LISTED]:
            times = f"（共 {len(same)} 处）" if len(same) > 1 else ""
            self.list.addItem(finding_line(same[0]) + times)
        if len(shown) > MAX_LISTED:
            rest = sum(len(same) for same in shown[MAX_LISTED:])
            self.list.addItem(f"……另有 {rest} 处")
        self.list.show()
        grow_to_content(self.window())


UNTITLED = "稿件还没有标题，导出的文件开头没有标题"


def stop_summary(stop: list, untitled: bool = False) -> str:
    """The pre-export line for ``stop`` (the errors and placeholders found), each finding
    counted once: "必错 0 处，其中占位符 6 处" called six unwritten parts (warnings) a
    part of no errors. ``untitled``: the draft has no title yet, said first."""
    errors = [f for f in stop if f.level == "error"]
    slots_in_errors = sum(1 for f in errors if f.category == "placeholder")
    other_slots = len(stop) - len(errors)  # the rest are placeholders below error level
    parts = ["稿件还没有标题"] if untitled else []
    if errors:
        inner = ""
        if slots_in_errors == len(errors):
            inner = "（均为占位符）"
        elif slots_in_errors:
            inner = f"（其中占位符 {slots_in_errors} 处）"
        parts.append(f"必错 {len(errors)} 处{inner}")
    if other_slots:
        more = "另有" if errors else ""
        parts.append(f"{more}占位符或未写正文 {other_slots} 处（含疑似）")
    return f"导出前审稿：{'，'.join(parts)}。建议先在「审稿」中处理；仍可直接导出。"
