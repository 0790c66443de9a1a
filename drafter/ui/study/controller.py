"""Wires the study UI into the main window: the 学习 dock beside the reader (视图 › 学习,
F8), the 结构 dock beside the library, notes kept beside the library, the speaking rate
from the preferences, and mined structures turned into user templates."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog

from drafter.study.notes import NotesError, open_notes
from drafter.study.templates import StructureError, structure_template, template_name
from drafter.ui.docks import add_tabbed_dock, add_to_main_toolbar, menu_titled
from drafter.ui.errors import show_error
from drafter.ui.study.structures_panel import StructuresPanel
from drafter.ui.study.study_panel import StudyPanel
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


class StudyController(QObject):
    """Keeps the 学习 panel on the reader's document and carries clicks back to the reader."""

    def __init__(self, window: Any, panel: StudyPanel, structures: StructuresPanel):
        super().__init__(window)
        self.window, self.panel, self.structures = window, panel, structures
        self.dock: QDockWidget | None = None
        self.notes: Any = None
        window.reader_panel.document_opened.connect(self._on_document_opened)
        panel.open_requested.connect(self._open)
        panel.status_message.connect(window.show_status)
        structures.status_message.connect(window.show_status)
        structures.example_activated.connect(self._open)
        structures.template_requested.connect(self.make_template)
        panel.set_rate(window.settings.speaking_rate)

    def set_library(self, library: Any) -> None:
        """Follow a library switch: close the old notes database, open the new library's one (a
        failure only costs the notes, reported in the status bar) and hand both to the panels.
        """
        if self.notes is not None:
            self.notes.close()
            self.notes = None
        if library is not None:
            try:
                self.notes = open_notes(library)
            except NotesError as exc:
                self.window.show_status(f"笔记无法打开：{exc}")
        self.panel.set_library(library, self.notes)
        self.structures.set_library(library)

    def show_study(self) -> None:
        """学习 mode: bring the dock up on the reader's document."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        self.refresh()

    def refresh(self) -> None:
        """Study the document open in the reader, re-analysing only when the reader shows a
        different document than the study panel already has.
        """
        reader = self.window.reader_panel
        if reader.document is None:
            self.window.show_status("先在阅读器中打开一篇文稿。")
            return
        doc_id = self._library_id(reader.document_key)
        if reader.document is not self.panel.doc:
            self.panel.show_document(reader.document, doc_id)

    def _library_id(self, key: str) -> str:
        """The library id of the reader's document, "" for a file opened directly."""
        library = self.window.library
        if library is None or not key:
            return ""
        try:
            if library.document(key) is not None:
                return key
        except (KeyError, ValueError):
            pass
        try:  # a file opened directly that the library holds too: notes go on that record
            return next((d.id for d in library.documents() if d.path == key), "")
        except Exception:  # noqa: BLE001 - notes are optional; the study still shows
            return ""

    def apply_settings(self) -> None:
        """Take the speaking rate from the preferences after they change, so durations match the
        user's own pace.
        """
        self.panel.set_rate(self.window.settings.speaking_rate)

    def _on_document_opened(self, _key: str) -> None:
        if self.dock is not None and self.dock.isVisible():
            self.refresh()

    def _open(self, doc_id: str, paragraph: int) -> None:
        self.window._open_in_reader(doc_id, paragraph)

    def make_template(self, structure: Any, example: Any) -> None:
        """做成模板: the example's structure becomes a user template (numbering kept)."""
        library, window = self.window.library, self.window
        user_dir = window.user_template_dir()
        if library is None or user_dir is None:
            return
        default = template_name(structure.label)
        name, ok = QInputDialog.getText(
            window, "做成模板", "模板名称（出现在“我的模板”中）：", text=default
        )
        name = name.strip()
        if not ok or not name:
            return

        def job(_token):
            from drafter.templating.registry import save_user_template

            doc = library.load(example.doc_id)
            source = structure_template(doc, example.paragraph, name)
            return save_user_template(source, name, user_dir)

        def done(path):
            window.show_status(f"已生成模板“{name}”：{path}")
            gallery = getattr(window, "gallery", None)
            if gallery is not None:
                gallery.reload(select=name)
                window._show_gallery()

        def failed(message, exc):
            if isinstance(exc, StructureError):
                show_error(window, str(exc))
            else:
                show_error(window, f"无法生成模板：{message}")

        worker = Worker(job, self)
        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.ended.connect(worker.deleteLater)
        worker.start()


def install_study(window: Any) -> StudyController:
    """Add the 学习 and 结构 docks, their menu entries and the F8 shortcut to ``window``."""
    panel = StudyPanel()
    dock = add_tabbed_dock(
        window, "学习", "studyDock", panel, window.draft_dock
    )  # the wide right column, beside the reader
    structures = StructuresPanel()
    sdock = add_tabbed_dock(window, "结构", "structuresDock", structures, window.library_dock)
    window.reader_dock.raise_()
    window.library_dock.raise_() if not window.search_dock.isVisible() else window.search_dock.raise_()
    window.draft_dock.raise_()  # tabifying made 学习 the current tab; the writer's draft comes first
    controller = StudyController(window, panel, structures)
    controller.dock = dock
    dock.visibilityChanged.connect(
        lambda visible: (
            controller.refresh() if visible and window.reader_panel.document is not None else None
        )
    )
    action = QAction("学习模式", window)
    action.setObjectName("studyAction")
    action.setShortcut(QKeySequence("F8"))
    action.setStatusTip(
        "学习范文：标出数字概括、提纲句、开头结尾、过渡句，看结构图、写笔记、并排对照、提纲练习"
    )
    action.triggered.connect(lambda _c=False: controller.show_study())
    structures_action = QAction("资料库结构…", window)
    structures_action.setObjectName("structuresAction")
    structures_action.setShortcut(QKeySequence("Shift+F8"))
    structures_action.setStatusTip("全库常用的数字概括和并列标题框架")

    def show_structures() -> None:
        sdock.show()
        sdock.raise_()

    structures_action.triggered.connect(lambda _c=False: show_structures())
    window.study_action = action
    window.structures_action = structures_action
    view_menu = menu_titled(window, "视图")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addActions([action, structures_action])
        view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(sdock.toggleViewAction())
    add_to_main_toolbar(window, action)
    window.library_ready.connect(controller.set_library)
    if getattr(window, "library", None) is not None:
        controller.set_library(window.library)
    return controller
