"""The 学习 dock: take the reader's document apart — annotated text with its points, a
structure map with length bars, notes, a second document side by side, and the outline
exercise. Analysis runs on a worker; the panel only shows what :mod:`drafter.study` finds.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.study import analyze
from drafter.study.notes import NotesError
from drafter.study.stats import DEFAULT_RATE
from drafter.ui.errors import show_error
from drafter.ui.study.annotated_view import AnnotatedView
from drafter.ui.study.compare import CompareView
from drafter.ui.study.exercise import OutlineExercise
from drafter.ui.study.notes_tab import NotesTab
from drafter.ui.study.structure_map import PointsTree, StructureMap, duration
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

EMPTY_TEXT = "在阅读器中打开一篇范文，这里会标出它的数字概括、提纲句、开头结尾和过渡句。"


class StudyPanel(QWidget):
    """学习 mode for the document shown in the reader.

    Signals:
        status_message(str): a line for the status bar.
        open_requested(str, int): show document (library id) at paragraph N in the reader.
        studied(object): a Study is on screen (tests and the controller listen).
    """

    status_message = Signal(str)
    open_requested = Signal(str, int)
    studied = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.library: Any = None
        self.notes_store: Any = None
        self.rate = DEFAULT_RATE
        self.doc: Any = None
        self.doc_id: str = ""
        self.study: Any = None
        self._worker: Worker | None = None
        self._compare_worker: Worker | None = None

        self.title_label = QLabel(EMPTY_TEXT)
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("studyTitle")
        self.highlight_button = QPushButton("高亮")
        self.highlight_button.setToolTip("把选中的文字标为高亮（存入资料库的个人笔记）")
        self.highlight_button.clicked.connect(lambda: self.add_note(ask=False))
        self.note_button = QPushButton("写笔记…")
        self.note_button.setToolTip("给选中的文字写一条笔记")
        self.note_button.clicked.connect(lambda: self.add_note(ask=True))
        self.export_button = QPushButton("导出提纲…")
        self.export_button.setToolTip("只导出标题和各级小标题（Word 或 Markdown）")
        self.export_button.clicked.connect(self.export_outline)
        top = QVBoxLayout()
        top.addWidget(self.title_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.highlight_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        top.addLayout(buttons)

        self.text = AnnotatedView()
        self.points = PointsTree()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(self.points)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        self.map = StructureMap()
        self.notes = NotesTab()
        self.compare_box = QComboBox()
        self.compare_box.setObjectName("compareChoice")
        self.compare_box.setMinimumContentsLength(16)
        self.compare_button = QPushButton("并排对照")
        self.compare_button.clicked.connect(self.compare_selected)
        self.compare = CompareView()
        compare_page = QWidget()
        row = QHBoxLayout()
        row.addWidget(QLabel("对照文稿："))
        row.addWidget(self.compare_box, 1)
        row.addWidget(self.compare_button)
        cbox = QVBoxLayout(compare_page)
        cbox.addLayout(row)
        cbox.addWidget(self.compare, 1)
        self.exercise = OutlineExercise()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("studyTabs")
        self.tabs.addTab(split, "批注")
        self.tabs.addTab(self.map, "结构图")
        self.tabs.addTab(self.notes, "笔记")
        self.tabs.addTab(compare_page, "对照")
        self.tabs.addTab(self.exercise, "提纲练习")
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)

        self.points.paragraph_chosen.connect(self._show_paragraph)
        self.map.paragraph_chosen.connect(self._show_paragraph)
        self.notes.note_chosen.connect(self._on_note_chosen)
        self.notes.remove_requested.connect(self.remove_note)
        self._update_enabled()

    # -- inputs -------------------------------------------------------------------------------

    def set_library(self, library: Any, notes_store: Any = None) -> None:
        """Take a new library and notes store and refill the comparison choices; a library that
        cannot list its documents leaves the choice empty rather than failing the panel.
        """
        self.library = library
        self.notes_store = notes_store
        self.notes.set_store(notes_store, self.doc_id or None)
        self.compare_box.clear()
        if library is None:
            return
        try:
            docs = library.documents()
        except Exception as exc:  # a library that cannot list is shown as empty here
            log.warning("cannot list documents for comparison: %s", exc)
            docs = []
        for info in docs:
            self.compare_box.addItem(info.title or Path(info.path).stem, info.id)

    def set_rate(self, rate: int) -> None:
        """Speaking rate in characters a minute (Preferences); re-times the shown study."""
        self.rate = rate or DEFAULT_RATE
        if self.doc is not None:
            self.show_document(self.doc, self.doc_id)

    def show_document(self, doc: Any, doc_id: str = "") -> None:
        """Analyse ``doc`` on a worker and show it."""
        self.doc, self.doc_id = doc, doc_id
        rate = self.rate
        if self._worker is not None:
            self._worker.cancel()
        worker = Worker(lambda _t: analyze(doc, rate=rate), self)
        worker.finished.connect(lambda study: self._show(study) if worker is self._worker else None)
        worker.failed.connect(lambda msg, _exc: self.status_message.emit(f"分析失败：{msg}"))
        worker.ended.connect(worker.deleteLater)
        self._worker = worker
        self.title_label.setText("正在分析…")
        worker.start()

    def _show(self, study: Any) -> None:
        self.study = study
        doc = self.doc
        notes = (
            self.notes_store.for_document(self.doc_id) if self.notes_store and self.doc_id else []
        )
        self.text.show_study(doc, study, notes)
        self.points.show_study(study, self.text.frame_colour)
        self.map.show_study(study)
        self.exercise.set_document(doc)
        self.notes.set_store(self.notes_store, self.doc_id or None)
        title = doc.metadata.title or Path(doc.path).stem
        warn = f"　⚠ {len(study.warnings)} 处提示" if study.warnings else ""
        self.title_label.setText(
            f"<b>《{html.escape(title)}》</b>　{study.total_chars} 字 · 约 "
            f"{duration(study.total_seconds)}（每分钟 {study.rate} 字）· 数字概括 "
            f"{len(study.listed_frames)} 个展开、{len(study.mentioned_frames)} 个只提及{warn}"
        )
        self._update_enabled()
        self.studied.emit(study)

    # -- notes --------------------------------------------------------------------------------

    def add_note(self, ask: bool, text: str | None = None) -> Any:
        """Keep the selected span as a highlight, or as a note (``ask``: type it)."""
        span = self.text.selected_span()
        if span is None or self.doc is None:
            self.status_message.emit("先在批注页选中同一段里的一段文字。")
            return None
        if self.notes_store is None or not self.doc_id:
            self.status_message.emit("只能给资料库中的文稿加笔记。")
            return None
        paragraph, start, end, _ = span
        quote = self.doc.paragraphs()[paragraph].text[start:end]
        if ask and text is None:
            text, ok = QInputDialog.getMultiLineText(self, "写笔记", f"“{quote[:30]}”：")
            if not ok:
                return None
        try:
            note = self.notes_store.add(
                self.doc_id,
                paragraph,
                start,
                end,
                quote,
                note=text or "",
                doc_title=self.doc.metadata.title,
            )
        except NotesError as exc:
            show_error(self, str(exc))
            return None
        self._show(self.study)
        self.text.scroll_to_paragraph(paragraph)
        self.status_message.emit("已加笔记。" if note.note else "已高亮。")
        return note

    def remove_note(self, note_id: int) -> None:
        """Delete a note and redraw the highlights; nothing happens when it was already gone."""
        if self.notes_store is not None and self.notes_store.remove(note_id):
            if self.study is not None:
                self._show(self.study)
            self.status_message.emit("已删除笔记。")

    def _on_note_chosen(self, note: Any) -> None:
        if note.doc_id == self.doc_id:
            self.tabs.setCurrentIndex(0)
            self.text.scroll_to_paragraph(note.paragraph)
        else:
            self.open_requested.emit(note.doc_id, note.paragraph)

    # -- comparison ---------------------------------------------------------------------------

    def compare_selected(self) -> None:
        """Load and analyse the chosen comparison text on a worker (loading can be slow on a team
        database), then show both side by side.
        """
        other_id = self.compare_box.currentData()
        if self.doc is None or self.library is None or not other_id:
            return
        library, rate, doc = self.library, self.rate, self.doc

        def job(_token):
            other = library.load(other_id)
            return other, analyze(other, rate=rate)

        worker = Worker(job, self)
        worker.finished.connect(lambda result: self.show_comparison(result[0], result[1]))
        worker.failed.connect(lambda msg, _exc: self.status_message.emit(f"对照失败：{msg}"))
        worker.ended.connect(worker.deleteLater)
        self._compare_worker = worker
        del doc
        worker.start()

    def show_comparison(self, other: Any, other_study: Any) -> None:
        """Show a finished comparison on the 对照 tab; a result arriving after the study was cleared
        is dropped.
        """
        if self.study is None:
            return
        self.compare.show_pair(self.doc, self.study, other, other_study)
        self.tabs.setCurrentWidget(self.compare.parentWidget())

    # -- export -------------------------------------------------------------------------------

    def export_outline(self, path: str | None = None) -> Path | None:
        """提纲 of the shown document as .docx or .md (the outline exporter of drafter.export)."""
        if self.doc is None:
            return None
        if path is None:
            title = (self.doc.metadata.title or "提纲")[:30]
            path, _ = QFileDialog.getSaveFileName(
                self,
                "导出提纲",
                f"{title}-提纲.docx",
                "Word 文档 (*.docx);;Markdown (*.md);;文本 (*.txt)",
            )
            if not path:
                return None
        from drafter.drafts.convert import draft_from_document
        from drafter.export import ExportError, export_draft

        try:
            out = export_draft(draft_from_document(self.doc), path, outline_only=True)
        except (ExportError, OSError) as exc:
            show_error(self, f"无法导出提纲：{exc}")
            return None
        self.status_message.emit(f"提纲已导出到 {out}")
        return out

    # -- helpers ------------------------------------------------------------------------------

    def _show_paragraph(self, index: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.text.scroll_to_paragraph(index)

    def _update_enabled(self) -> None:
        has = self.doc is not None and self.study is not None
        for w in (self.highlight_button, self.note_button, self.export_button, self.compare_button):
            w.setEnabled(has)
