"""Wires the study UI into the main window: 学习模式 in the reader (F8, a button on the
reader's toolbar), the 学习 dock beside it (structure map, notes, comparison, outline
exercise), the 结构 dock beside the library, notes kept beside the library, the speaking rate
from the preferences, and mined structures turned into user templates.

One analysis per document feeds both the reader's annotated page and the dock; it runs on a
worker (:func:`drafter.ui.study.jobs.start_job`), and a result for a document the reader has
left meanwhile is dropped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from drafter.corpus.display import document_title
from drafter.messages import failure_text
from drafter.study.analyze import analyze
from drafter.study.notes import NotesError, open_notes
from drafter.ui.docks import add_tabbed_dock, add_to_main_toolbar, menu_titled
from drafter.ui.library_reads import off_thread
from drafter.ui.study.jobs import start_job
from drafter.ui.study.reader_mode import ReaderStudyMode
from drafter.ui.study.structures_panel import StructuresPanel
from drafter.ui.study.study_dock_layout import StudyDockLayout
from drafter.ui.study.study_notes import StudyNotes, follow_notes
from drafter.ui.study.study_page import HIGHLIGHT_KEYS, NOTE_KEYS
from drafter.ui.study.study_panel import StudyPanel
from drafter.ui.study.study_room import StudyRoom
from drafter.ui.study.template_from_structure import TemplateFromStructure


class StudyController(StudyNotes, StudyDockLayout, TemplateFromStructure, QObject):
    """Keeps the reader's 学习模式 and the 学习 dock on the reader's document, runs the analysis
    once for both, and keeps notes and highlights.

    Assembled from parts, one module each: :mod:`~drafter.ui.study.study_notes` (notes and
    highlights), :mod:`~drafter.ui.study.study_dock_layout` (where the 学习 dock stands) and
    :mod:`~drafter.ui.study.template_from_structure` (做成模板); this module analyses,
    masks for the exercise and installs it all in the window."""

    def __init__(self, window: Any, panel: StudyPanel, structures: StructuresPanel):
        super().__init__(window)
        self.window, self.panel, self.structures = window, panel, structures
        self.dock: QDockWidget | None = None
        self.mode: ReaderStudyMode | None = None
        self.notes: Any = None
        self.rate = window.settings.speaking_rate
        self.doc: Any = None  # the document the shown study is of
        self.doc_id = ""
        self._studied_key = ""  # the reader's key of the studied document (doc_id's)
        self.study: Any = None
        self._ticket = 0  # the analysis asked for last; older results are dropped
        self._wanted: Any = None  # the document being analysed
        self._example: tuple[str, int] | None = None  # a mined example to mark once studied
        self._template_name = ""  # file stem of the template being made, to select it
        self._template_title = ""  # its title, as the user typed it
        self.room: StudyRoom | None = None  # the mode's room for the text (study_room.py)
        self._restoring = False  # switching the mode back on at start-up
        self._left_before: Any = None  # the left column's front dock before 学习 joined it
        self._tab_before: Any = None  # the front dock of 学习's own tabs before the mode
        self._mode_restored = False  # the mode came back at start, in its saved layout
        window.reader_panel.document_opened.connect(self._on_document_opened)
        panel.open_requested.connect(self._open)
        panel.paragraph_requested.connect(self._show_paragraph)
        panel.correct_requested.connect(self._correct_paragraph)
        panel.note_chosen.connect(self._show_note)
        panel.remove_note_requested.connect(self.remove_note)
        panel.edit_note_requested.connect(self.edit_note)
        panel.relocate_note_requested.connect(self.relocate_note)
        panel.status_message.connect(window.show_status)
        structures.status_message.connect(window.show_status)
        structures.example_activated.connect(self._open_example)
        structures.template_requested.connect(self.make_template)
        structures.set_min_documents(window.settings.structures_min_documents)
        structures.min_documents_changed.connect(self._keep_min_documents)
        panel.set_rate(self.rate)
        panel.exercise_focus_changed.connect(self.update_masking)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(panel.exercise.flush)

    def _keep_min_documents(self, n: int) -> None:
        """Keep the 结构 panel's 最少出现篇数 in the settings, saved at once."""
        self.window.settings.structures_min_documents = n
        self.window.save_settings()

    def attach_mode(self, mode: ReaderStudyMode) -> None:
        """Take the reader's study mode: analyse when it is switched on, take its note requests."""
        self.mode = mode
        mode.toggled.connect(self._on_mode_toggled)
        mode.page.note_requested.connect(self._on_note_requested)
        mode.page.note_edit_requested.connect(self.edit_note)
        mode.page.note_remove_requested.connect(self.remove_note)

    def set_library(self, library: Any) -> None:
        """Follow a library switch: close the old notes database, open the new library's one (a
        failure only costs the notes, reported in the status bar) and hand both to the panels.
        """
        self.panel.exercise.flush()
        if self.notes is not None:
            self.notes.close()
            self.notes = None
        if library is not None:
            try:
                self.notes = open_notes(library)
            except NotesError as exc:
                self.window.show_status(f"笔记无法打开：{exc}")
        self.panel.set_library(library, self.notes)
        if self.mode is not None:  # a library on a disc: its notes are shown, none added
            self.mode.page.hold_notes(getattr(self.notes, "readonly", "") or "")
        self.structures.set_library(library)

    def show_study(self) -> None:
        """Bring the 学习 dock up on the reader's document (the dock's own menu entry)."""
        if self.dock is not None:
            self.dock.show()
            self.keep_beside_reader()
            self.dock.raise_()
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Study the document open in the reader, re-analysing only when the reader shows a
        different document than the one studied (or ``force``: the rate changed)."""
        reader = self.window.reader_panel
        if reader.document is None:
            self.window.show_status("先在阅读器中打开一篇文稿。")
            return
        if not force and (reader.document is self.doc or reader.document is self._wanted):
            return
        doc, rate, key = reader.document, self.rate, reader.document_key
        library, notes = self.window.library, self.notes
        remote = off_thread(library)  # a team library: its reads on the analysis's worker
        doc_id = self._known_id(key)
        if doc_id is None and not remote:
            doc_id = _read_library_id(library, key)
        self._ticket += 1
        ticket = self._ticket
        self._wanted = doc
        if doc is not self.doc:
            if self.mode is not None:
                self.mode.show_busy()
            self.panel.show_busy()

        def job(_token: Any) -> tuple:
            found = doc_id if doc_id is not None else _read_library_id(library, key)
            moved = follow_notes(notes, library, doc, found) if remote else None
            return ticket, doc, (found, key, moved), analyze(doc, rate=rate)

        start_job(job, self._on_analysed, self._on_analysis_failed)

    def _on_analysed(self, result: Any) -> None:
        ticket, doc, (doc_id, key, moved), study = result
        if ticket != self._ticket:
            return  # the reader moved on to another document meanwhile
        self._wanted = None
        self.doc, self.doc_id, self.study = doc, doc_id, study
        self._studied_key = key
        self._follow_notes(doc, doc_id, moved)
        notes = self._notes_of(doc_id)
        self.panel.show_study(doc, doc_id, study)
        if self.mode is not None:
            if self.mode.masked and self.panel.exercise_in_progress:
                self.mode.show_masked(doc, study)  # the exercise now is about this document
            elif self.mode.masked:  # it stayed on the text it was on: this one is read as is
                self.mode.unmask(doc, study, notes)
            else:
                self.mode.show_study(doc, study, notes)
        self.update_masking()
        self._mark_example()

    def update_masking(self) -> None:
        """Hide the headings in the reader while an outline exercise is being written: its tab is
        the current one in the 学习 dock, the dock is open (it may be tabbed behind the reader on
        a small screen: the trainee switches to read, the headings stay hidden) and the exercise
        is about the reader's document. Show them again otherwise."""
        if self.mode is None:
            return
        dock_open = self.dock is None or self.dock.toggleViewAction().isChecked()
        wanted = (
            dock_open
            and self.panel.exercise_in_progress
            and self.doc is not None
            and self.window.reader_panel.document is self.doc
        )
        # an exercise begins hiding the headings only where the trainee sees it: a 提纲练习 tab
        # left current behind another dock blanked the reader of a writer correcting another
        # text (and refused the 更正结构 menu) the moment that text was studied again
        if wanted and not self.mode.masked and self._exercise_in_sight():
            self.mode.show_masked(self.doc, self.study)
        elif not wanted and self.mode.masked:
            self.mode.unmask(self.doc, self.study, self._notes_of(self.doc_id))
        masked = self.doc if self.mode.masked else None
        self.panel.set_exercise_mask(masked)
        search = getattr(self.window, "search_panel", None)
        if search is not None:  # its hits would spell the hidden headings out
            roadmap = getattr(self.study, "roadmap", None)
            title = document_title(masked) if masked is not None else ""
            search.set_exercise_mask(masked, self.doc_id, roadmap, title)

    def _on_analysis_failed(self, message: str, exc: object) -> None:
        self._wanted = None
        text = failure_text(message, exc)  # not the core's English
        self.window.show_status(f"分析失败：{text}")
        # the dock and the study page said 正在分析… for good after a failure
        self.panel.show_failed(text)
        if self.mode is not None:
            self.mode.page.show_failed(text)

    def correction_menu(self, index: int, label: str) -> Any:
        """The reader's 更正结构 menu for paragraph ``index`` of the studied text, or None when
        the reader shows another text (or one that takes no corrections)."""
        reader = self.window.reader_panel
        if not self.doc_id or self._library_id(reader.document_key) != self.doc_id:
            return None
        return reader.correction_menu(index, label, self.panel.map)

    def _correct_paragraph(self, index: int, label: str, where: Any) -> None:
        menu = self.correction_menu(index, label)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def _show_paragraph(self, index: int) -> None:
        if self.mode is not None:
            self.window.reader_dock.show()
            self.window.reader_dock.raise_()
            self.mode.show_paragraph(index)

    def _on_mode_toggled(self, on: bool) -> None:
        self.window.settings.study_mode = on  # a trainee's reader comes back in the mode
        self.panel.set_study_mode(on)  # 并排对照 shows the same marks as the reader
        if self._restoring:
            self._mode_restored = True
            if self.room is not None:
                self.room.enter(restoring=True)
            return  # at start-up: the saved layout stands, nothing to raise or widen
        if on:
            if self.window.reader_panel.document is None:
                self.window.show_status("先在阅读器中打开一篇文稿，再进入学习模式。")
            self._lay_out_mode()
            if self.window.reader_panel.document is not None:
                self.refresh()
        else:
            if self.room is not None:
                self.room.leave()
            self._give_back_left_column()
            self._give_back_tab()

    def _library_id(self, key: str) -> str:
        """The library id of the reader's document, "" for a file opened directly: the
        one found when it was studied, for a team library (never read here, on the
        window's thread), else asked of the library."""
        known = self._known_id(key)
        if known is not None:
            return known
        if key == self._studied_key:
            return self.doc_id
        if off_thread(self.window.library):
            return ""
        return _read_library_id(self.window.library, key)

    def _known_id(self, key: str) -> str | None:
        """The library id of the reader's document when it is known without asking the
        library ("" for none), else None."""
        library = self.window.library
        if library is None or not key:
            return ""
        reader = self.window.reader_panel
        if reader._doc_library is library and reader._info is not None:
            return key  # the reader opened it from this library: its key is its id
        return None

    def apply_settings(self) -> None:
        """Take the speaking rate from the preferences after they change, so durations match the
        user's own pace (the shown study is timed again).
        """
        rate = self.window.settings.speaking_rate
        self.panel.set_rate(rate)
        if rate != self.rate:
            self.rate = rate
            if self.study is not None and self._is_shown():
                self.refresh(force=True)

    def _is_shown(self) -> bool:
        """The study is on screen somewhere: the reader's mode or the dock."""
        return bool(
            (self.mode is not None and self.mode.active)
            or (self.dock is not None and self.dock.isVisible())
        )

    def _on_document_opened(self, _key: str) -> None:
        if self.mode is not None and self.mode.active and not self._restoring:
            # a text opened to study: its map comes to the front of the library's column at
            # 1280×720, where a start-up re-read (or a sync) left 资料库 in front of 学习
            self.bring_forward()
        if self._is_shown():
            self.refresh()

    def _open(self, doc_id: str, paragraph: int) -> None:
        self.window._open_in_reader(doc_id, paragraph)

    def _open_example(self, doc_id: str, paragraph: int) -> None:
        """An example from the 结构 panel: open it, and in 学习模式 mark the frame found there
        with its items, as a click on it would (the trainee came to see that structure)."""
        self._example = (doc_id, paragraph)
        self._open(doc_id, paragraph)

    def _mark_example(self) -> None:
        if self._example is None or self.study is None or self.mode is None:
            return
        doc_id, paragraph = self._example
        if doc_id != self.doc_id:
            return
        self._example = None
        frames = [i for i, f in enumerate(self.study.frames) if f.span.paragraph == paragraph]
        listed = [i for i in frames if self.study.frames[i].listed] or frames
        if listed and self.mode.active and not self.mode.masked:
            self.mode.page.text.select_frame(listed[0], reveal=True)
            self.mode.points.select_frame(listed[0])


def _read_library_id(library: Any, key: str) -> str:
    """The library id of a document the reader opened by ``key`` (an id, or the path of a
    file opened directly that the library holds too: notes go on that record); "" when
    the library holds none."""
    try:
        if library.document(key) is not None:
            return key
    except (KeyError, ValueError):
        pass
    except Exception:  # noqa: BLE001 - notes are optional; the study still shows
        return ""
    try:
        info = library.document_at(key)
        return info.id if info is not None else ""
    except Exception:  # noqa: BLE001 - notes are optional; the study still shows
        return ""


def install_study(window: Any) -> StudyController:
    """Add 学习模式 to the reader (F8, a checkable button on its toolbar, 视图 menu), the 学习
    and 结构 docks and their menu entries to ``window``."""
    panel = StudyPanel()
    panel.settings = window.settings  # 导出提纲 opens where the last export went
    dock = add_tabbed_dock(
        window, "学习", "studyDock", panel, window.draft_dock
    )  # the wide right column, beside the reader
    structures = StructuresPanel()
    sdock = add_tabbed_dock(window, "结构", "structuresDock", structures, window.library_dock)
    # opened (shown, its tab chosen) over a library never mined, the panel mines at once
    sdock.visibilityChanged.connect(structures.set_on_screen)
    # an import finished: a result mined while it ran is mined again over all of it
    window.library_panel.import_finished.connect(lambda _p: structures.library_grew())
    window.reader_dock.raise_()
    window.library_dock.raise_() if not window.search_dock.isVisible() else window.search_dock.raise_()
    window.draft_dock.raise_()  # tabifying made 学习 the current tab; the writer's draft comes first
    controller = StudyController(window, panel, structures)
    controller.dock = dock
    controller.room = StudyRoom(window, dock)
    dock.visibilityChanged.connect(
        lambda visible: (
            controller.refresh() if visible and window.reader_panel.document is not None else None
        )
    )
    # its tab chosen where it hides the reader (two columns, 学习 tabbed with the reader):
    # it moves beside the reader, as 学习模式 and the menu entry move it
    dock.visibilityChanged.connect(
        lambda visible: QTimer.singleShot(0, controller.step_aside) if visible else None
    )
    dock.toggleViewAction().toggled.connect(lambda _on: controller.update_masking())
    # back in front of its column: an exercise on its tab hides the headings (once laid out)
    dock.visibilityChanged.connect(
        lambda visible: QTimer.singleShot(0, controller.update_masking) if visible else None
    )
    action = QAction("学习模式", window)
    action.setObjectName("studyAction")
    action.setShortcut(QKeySequence("F8"))
    action.setCheckable(True)
    action.setToolTip("学习模式（F8）：在阅读器中标出数字概括及其各项、提纲句、过渡句、开头结尾")
    action.setStatusTip(
        "学习范文：阅读器中标出数字概括及其各项、提纲句、开头结尾、过渡句；"
        "旁边的“学习”页有结构图、笔记、并排对照、提纲练习"
    )
    mode = ReaderStudyMode(window.reader_panel, action, controller, settings=window.settings)
    controller.attach_mode(mode)
    for name, delta in (("next_hit_action", 1), ("prev_hit_action", -1)):  # F3 / Shift+F3
        hit_action = getattr(window, name, None)
        if hit_action is not None:
            hit_action.triggered.connect(lambda _c=False, d=delta: mode.step_term(d))
    if window.settings.study_mode:  # the reader was in the mode when the app last closed
        controller._restoring = True
        try:
            mode.set_active(True)
        finally:
            controller._restoring = False
    structures_action = QAction("资料库结构…", window)
    structures_action.setObjectName("structuresAction")
    structures_action.setShortcut(QKeySequence("Shift+F8"))
    structures_action.setStatusTip("全库常用的数字概括和并列标题框架")

    def show_structures() -> None:
        window.bring(sdock)  # in front with the keyboard, tabbed, closed or floating

    structures_action.triggered.connect(lambda _c=False: show_structures())
    # 高亮 and 写笔记… from the keyboard, listed with their keys in the 视图 menu (the buttons
    # beside the text had neither)
    highlight_action = QAction("高亮所选文字", window)
    highlight_action.setObjectName("studyHighlightAction")
    highlight_action.setShortcut(QKeySequence(HIGHLIGHT_KEYS))
    highlight_action.triggered.connect(lambda _c=False: controller.note_from_keys(False))
    note_action = QAction("给所选文字写笔记…", window)
    note_action.setObjectName("studyNoteAction")
    note_action.setShortcut(QKeySequence(NOTE_KEYS))
    note_action.triggered.connect(lambda _c=False: controller.note_from_keys(True))
    window.study_action = action
    window.structures_action = structures_action
    window.study_highlight_action = highlight_action
    window.study_note_action = note_action
    # the 学习 dock from the keyboard, beside 转到检索 … 转到模板 (Ctrl+1 … Ctrl+5)
    go_action = QAction("转到学习", window)
    go_action.setObjectName("studyGoAction")
    go_action.setShortcut(QKeySequence("Ctrl+6"))
    go_action.setStatusTip("转到“学习”页：结构图、笔记、对照、提纲练习（Ctrl+Tab 换页）")

    def go_to_study() -> None:
        window.bring(dock)
        panel.take_keyboard()

    go_action.triggered.connect(lambda _c=False: go_to_study())
    window.study_go_action = go_action
    view_menu = menu_titled(window, "视图")
    if view_menu is not None:
        listed = view_menu.actions()
        goes = [k for k, a in enumerate(listed) if a.text().startswith("转到")]
        at = goes[-1] + 1 if goes else len(listed)
        if at < len(listed):
            view_menu.insertAction(listed[at], go_action)
        else:
            view_menu.addAction(go_action)
        view_menu.addSeparator()
        view_menu.addActions([action, highlight_action, note_action, structures_action])
        view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(sdock.toggleViewAction())
    add_to_main_toolbar(window, action)
    # the window refitted to a changed or another screen: the mode's own layout for it
    window.screen_refitted.connect(controller.fit_mode_to_screen)
    window.library_ready.connect(controller.set_library)
    window.library_panel.library_changed.connect(panel.refill_documents)
    # an import moved the notes of the files it read again (drafter.study.notes_follow):
    # 全部笔记 shows them moved and flagged at once
    window.library_panel.library_changed.connect(panel.refresh_notes)
    watch = getattr(window, "library_watch", None)
    if watch is not None:  # texts another program (drafter library add, a colleague) added
        watch.changed.connect(panel.refill_documents)
        watch.changed.connect(panel.refresh_notes)
    window.library_panel.compare_requested.connect(panel.compare_pair)  # table's 并排对照
    if getattr(window, "library", None) is not None:
        controller.set_library(window.library)
    return controller
