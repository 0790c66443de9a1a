"""The main window: assembles the panels as docks, builds menus and wires signals.

No business logic lives here: each panel does its own work and this class only connects
what one panel emits to what another offers (a search hit -> the reader, a reader
selection -> the draft, a provenance link -> the reader ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QWidget,
)

from drafter.library.pending_corrections import PENDING_FILE, PendingCorrections
from drafter.library.retry_schedule import retry_delays
from drafter.settings import Settings
from drafter.ui import menus, window_dialogs
from drafter.ui.close_wait import CloseWait
from drafter.ui.dialogs import help as help_boxes
from drafter.ui.errors import show_error
from drafter.ui.index_tidying import IndexTidying
from drafter.ui.library_reads import LatestRead
from drafter.ui.offline_banner import OfflineBanner
from drafter.ui.opening_bar import OpeningBar
from drafter.ui.panels.draft_editor import DraftEditorPanel
from drafter.ui.panels.library_panel import LibraryPanel
from drafter.ui.panels.reader_panel import ReaderPanel
from drafter.ui.panels.search_panel import SearchPanel
from drafter.ui.recent_menu import RecentDraftsMenu
from drafter.ui.review_install import install_review
from drafter.ui.screen_fit import (
    OverflowWatch,
    default_window_rect,
    keep_main_window_on_screen,
)
from drafter.ui.shortcuts import ShortcutGuard
from drafter.ui.study.controller import install_study
from drafter.ui.widgets.elided_label import ElidedLabel
from drafter.ui.window_actions import WindowActions
from drafter.ui.window_closing import WindowClosing
from drafter.ui.window_docks import WindowDocks
from drafter.ui.window_layout import restore_layout
from drafter.ui.window_library import WindowLibrary
from drafter.ui.window_sources import WindowSources

APP_TITLE = help_boxes.APP_TITLE


class MainWindow(
    WindowActions, WindowDocks, WindowClosing, WindowSources, WindowLibrary, QMainWindow
):
    """The application window.

    Assembled from parts, one module each: :mod:`~drafter.ui.window_actions` (the actions
    the menus and toolbar show), :mod:`~drafter.ui.window_docks` (where the docks stand,
    folding the empty reader, Tab across them) and :mod:`~drafter.ui.window_closing`
    (settings saved, the close settled) and :mod:`~drafter.ui.window_sources` (a hit or a
    draft's source opened in the reader, text inserted into the draft, a document made a
    template) and :mod:`~drafter.ui.window_library` (the library handed to the panels, what
    the window says while it cannot open, the status line's name of it); this module builds
    the panels and wires them.

    ``settings`` is shared with the panels and saved to ``settings_path`` (when given) on
    close and when histories change. The library arrives later through :meth:`set_library`
    (it opens on a worker); until then the panels show that it is loading.

    Signals:
        library_ready(object): :meth:`set_library` has handed the library to the panels.
        library_released(object): the library shown so far is being let go (a switch):
            whoever holds something of it (an index, a notes database) closes it now.
        library_dir_requested(str): the user chose another library folder in the
            preferences ("" = the default); the app reopens the library.
        screen_refitted(): the window was fitted again to a screen that changed or to
            another screen (:meth:`refit_to_screen`): a mode with a layout rule of its
            own (学习模式) lays itself out again for that screen.
    """

    library_ready = Signal(object)
    library_released = Signal(object)
    library_dir_requested = Signal(str)
    screen_refitted = Signal()

    def __init__(
        self,
        settings: Settings,
        settings_path: str | Path | None = None,
        recovery_dir: str | Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.settings_path = Path(settings_path) if settings_path else None
        self.library: Any = None
        self.read_only = ""  # why the library cannot be written ("" = it can)
        # the open to start again at 重试 when the team server was out of reach at the open
        self._open_again: Callable[[], None] | None = None
        # the pace of a team library's automatic retries after its server was out of reach
        # at the open (a fresh schedule per outage; tests give a quicker one)
        self.retry_delays: Callable[[], Iterator[int]] = retry_delays
        self._retries: Iterator[int] | None = None
        # the team library the window tried to open and could not (None once one opens):
        # 首选项 shows its address to correct, where the field had been empty
        self.team_tried: str | None = None
        # the local library folder the window tried to open and could not (None once one
        # opens): 首选项 shows it to correct, as it shows a team library's address
        self.local_tried: str | None = None
        self._draft_title = ""  # the draft's title, shown before the app's
        self._closing_unattended = False  # a signal closes: no questions (close_unattended)
        self._reader_reopened = False  # the last session's document, reopened once
        self.setWindowTitle(APP_TITLE)
        self.setDockNestingEnabled(True)
        self.setAcceptDrops(True)
        self.resize(default_window_rect(self.screen().availableGeometry()).size())

        self.library_panel = LibraryPanel()
        notice = self.library_panel.reparse_notice
        notice.dismissed = settings.reparse_dismissed  # 不再提示 for these rules, kept
        notice.dismissed_for.connect(self._reparse_dismissed)
        self.library_panel.set_occasion_choice(settings.occasion_tree)
        self.library_panel.occasion_tree_chosen.connect(
            lambda choice: setattr(self.settings, "occasion_tree", choice)
        )
        self.search_panel = SearchPanel()
        self.search_panel.set_history(settings.search_history)
        self.reader_panel = ReaderPanel()
        self.reader_panel.set_rate(settings.speaking_rate)
        self.editor = DraftEditorPanel(settings, recovery_dir, settings_path=self.settings_path)
        # 打开稿件 and 比较稿件 start beside the file in the reader (gui --open 二稿.docx)
        self.editor.files.reader_file = lambda: getattr(self.reader_panel.document, "path", "")
        # 导入 starts where it was left, as 打开稿件 does
        self.library_panel.folder_memory = self.editor.files.folder_memory
        self.gallery = self._make_gallery()

        self.library_dock = self._dock("资料库", "libraryDock", self.library_panel)
        self.search_dock = self._dock("检索", "searchDock", self.search_panel)
        self.reader_dock = self._dock("阅读", "readerDock", self.reader_panel)
        self.draft_dock = self._dock("草稿", "draftDock", self.editor)
        self.gallery_dock = (
            self._dock("模板", "galleryDock", self.gallery) if self.gallery is not None else None
        )
        self._arrange_docks()
        self._build_actions()
        self.recent_menu = RecentDraftsMenu(self.settings, self)
        self.recent_menu.draft_chosen.connect(self._open_recent)
        self.recent_menu.draft_missing.connect(self._forget_recent)
        menus.build_menu_bar(self)
        menus.build_toolbar(self)
        self.offline_banner = OfflineBanner(self)  # 团队资料库连接中断, on a row of its own
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.offline_banner)
        # 引用出处 → 打开, looked up on a worker for a team library
        self._source_read = LatestRead(
            self,
            self._source_found,
            lambda exc: self.show_status(f"无法打开出处：{exc}"),
            lambda: self.library,
        )
        # the library by the name a user knows it by (its folder's full path, the team
        # server's name), elided in the middle when long: the whole in the tooltip
        self.library_label = ElidedLabel(
            "正在打开资料库…", widest=self.fontMetrics().horizontalAdvance("资" * 40)
        )
        # a team library's open: busy bar, seconds waited and 取消 (drafter.ui.startup.Startup)
        self.opening_bar = OpeningBar(self, status_bar=self.statusBar())
        self.statusBar().addPermanentWidget(self.library_label)
        self._wire()
        self.review = install_review(self)  # the 审稿 dock, F7
        self.study = install_study(self)  # the 学习 and 结构 docks, F8
        # docks the fitting tabbed onto the reader for want of room, remembered on close
        # (学习模式 lays itself out again where the layout came from a screen of another size)
        self.narrowed_docks = restore_layout(self, settings, self.study.fit_mode_to_screen)
        keep_main_window_on_screen(  # 1280×720 too, and another screen later
            self, self.reader_dock, self.draft_dock, self.columns_narrowed, self.refit_to_screen
        )
        # and again when a panel filled later makes the columns' minimum wider than it
        self.overflow_watch = OverflowWatch(self, self._fit_room, self._fit_overflow)
        self.shortcut_guard = ShortcutGuard(parent=self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.shortcut_guard)
        self.search_panel.search_box.setFocus()  # a new user's first move: type a query

    # -- construction ----------------------------------------------------------------------

    def _make_gallery(self) -> QWidget | None:
        try:
            from drafter.ui.panels.template_gallery import TemplateGallery
        except ModuleNotFoundError:
            return None
        return TemplateGallery(parent=self)

    def _wire(self) -> None:
        lp, sp, rp, ed = self.library_panel, self.search_panel, self.reader_panel, self.editor
        for source in (lp, sp, rp, ed, self.gallery):
            if source is not None:
                source.status_message.connect(self.show_status)
        # from the table while a search is shown: its hits are highlighted where this
        # document has them, but no 本文无检索词 where it has none (it was not asked)
        lp.document_activated.connect(
            lambda doc_id: self._open_in_reader(doc_id, None, sp.current_terms(), asked=False)
        )
        rp.name_of = lp.shown_name  # the waiting page names the document chosen
        lp.import_started.connect(self._show_library_progress)
        lp.library_changed.connect(self._update_library_label)
        # the count of the rows shown, once they are (a team library's come from a worker)
        lp.listed.connect(self._update_library_label)
        lp.library_changed.connect(sp.rerun)
        # other writers (a team library, another window): refresh when they commit
        from drafter.ui.library_watch import LibraryWatcher

        self.library_watch = LibraryWatcher(self, busy=lp.busy)
        # (and documents an older Drafter read meanwhile are read again, as at F5)
        self.library_watch.changed.connect(lp.follow_other_writer)
        self.library_watch.changed.connect(self._update_library_label)
        self.library_watch.changed.connect(sp.rerun)
        lp.library_changed.connect(self.library_watch.acknowledge)
        # a team library's server gone: the banner, reads refused at once, a re-probe
        self.library_watch.offline.connect(self._on_offline)
        self.library_watch.online.connect(self._on_online)
        self.offline_banner.retry_requested.connect(self._on_banner_retry)
        self.offline_banner.preferences_requested.connect(self._show_preferences)
        # 不再自动重试: this outage's schedule ends (an exhausted one counts nothing down)
        self.offline_banner.auto_retry_stopped.connect(lambda: setattr(self, "_retries", iter(())))
        # the reader follows its document to the version a sync or another writer made
        lp.library_changed.connect(rp.follow_library)
        self.library_watch.changed.connect(rp.follow_library)
        # a correction from the reader (编辑信息…, 更正结构): the table, search and 对照 list at
        # once, not at the next poll (the table kept the old title for seconds)
        rp.corrections.corrected.connect(lambda *_: (lp.refresh(), lp.library_changed.emit()))
        # a draft edit after a correction: Ctrl+Z in the reader is the draft's again
        ed.session.undo_stack.indexChanged.connect(rp.undo_keys.draft_moved)
        # corrections made in the reader while the server was away: kept beside the
        # settings (a quit then loses none), written when it is back or the library opens
        if self.settings_path is not None:
            rp.corrections.pending = PendingCorrections(self.settings_path.parent / PENDING_FILE)
        rp.corrections.flushed.connect(lambda _said: (lp.refresh(), lp.library_changed.emit()))
        # a close waits for a correction still being saved (or keeps it as 待保存)
        self.close_wait = CloseWait(self, rp.corrections)
        # the index segments the saves left merged on a worker once they go quiet
        self.index_tidying = IndexTidying(self, rp.corrections, lambda: self.library)
        self.index_tidying.merged.connect(self.library_watch.acknowledge)
        self.library_released.connect(lambda _lib: self.index_tidying.stop())
        # 编辑信息… from a table row goes the reader's way: kept with the waiting corrections
        # when the server is away (the form stayed open over the window until it answered)
        lp.edit_info_with = lambda library, info: rp.corrections.edit_info_of(
            library, info, parent=lp
        )
        rp.query_source = sp.current_query  # the reader highlights what the search matched
        sp.hit_activated.connect(self._open_hit)
        sp.insert_requested.connect(self._insert_hit)
        sp.query_recorded.connect(self._remember_query)
        rp.insert_requested.connect(self._insert_text)
        rp.template_requested.connect(self._template_from_document)
        ed.provenance_requested.connect(self._open_source)
        ed.title_changed.connect(self._on_draft_title)
        # a draft just opened is what the user wants to see, not the tab that hid it (学习)
        ed.files.loaded.connect(lambda: (self.draft_dock.show(), self.draft_dock.raise_()))
        ed.files.loaded.connect(self._fold_empty_reader)
        # a Word file read in the reader and opened as a draft too: its note says so
        rp.draft_source = lambda: self.editor.draft.source
        ed.session.draft_replaced.connect(rp.follow_draft)
        # 新建稿件 from behind the 模板 tab said 已新建空白稿件 over the gallery: show the
        # new draft and put the keyboard where it starts, its title
        ed.files.started.connect(self._show_new_draft)
        if self.gallery is not None:
            self.gallery.draft_created.connect(self._on_draft_created)

    def _on_draft_title(self, title: str) -> None:
        """The draft's title in the window title, and a dot on the 草稿 tab while it has
        unsaved edits: the tab shows it when 模板 is in front and the editor's own mark
        (● 未保存) is hidden with it."""
        self._draft_title = title
        self._show_title()
        self.draft_dock.setWindowTitle("草稿 •" if self.editor.session.dirty else "草稿")

    def _show_title(self) -> None:
        """The draft's title, the app's, and 资料库只读 when the library cannot be written."""
        title = f"{self._draft_title} — {APP_TITLE}" if self._draft_title else APP_TITLE
        self.setWindowTitle(title + ("（资料库只读）" if self.read_only else ""))

    # -- slots -----------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        """A status-bar message that clears itself after 8 seconds."""
        self.statusBar().showMessage(message, 8000)

    def _focus_search(self) -> None:
        self.bring(self.search_dock)
        self.search_panel.focus_query()

    def _show_gallery(self) -> None:
        if self.gallery_dock is None:
            self.show_status("模板库尚不可用。")
            return
        self.bring(self.gallery_dock)  # the keyboard goes to the template list

    def _on_draft_created(self, draft: Any) -> None:
        if self.editor.confirm_discard():
            self.editor.set_draft(draft)
            self.draft_dock.raise_()
            # the keyboard follows the new draft (typing went on into the gallery): its
            # title when the template left it empty, else its outline, for F2 on a heading
            if draft.meta.title:
                self.editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.editor.focus_title()
            self.show_status(f"已从模板新建稿件：{draft.meta.title or '未命名'}")

    def _show_new_draft(self) -> None:
        self.draft_dock.show()
        self.draft_dock.raise_()
        self.editor.focus_title()

    def _remember_query(self, query: str) -> None:
        self.settings.add_search(query)
        self.save_settings()

    def _open_recent(self, path: str) -> None:
        if self.editor.open_draft(path):
            self.draft_dock.raise_()

    def _forget_recent(self, path: str) -> None:
        self.save_settings()
        show_error(self, f"找不到文件：{path}\n已从最近的稿件中移除。")

    def _show_preferences(self) -> None:
        window_dialogs.show_preferences(self)

    def _show_watched(self) -> None:
        window_dialogs.show_watched(self)

    # -- files dropped anywhere on the window go into the library ---------------------------

    def dragEnterEvent(self, event) -> None:
        """Qt override: files dragged anywhere onto the window are offered to the library panel."""
        self.library_panel.dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        """Qt override: as :meth:`dragEnterEvent`."""
        self.library_panel.dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        """Qt override: bring the library forward and import the dropped files there, where the
        progress shows.
        """
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_panel.dropEvent(event)
