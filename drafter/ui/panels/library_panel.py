"""The library panel: the documents table, filters, import (dialog and drag-and-drop), sync
of watched folders and removal. The panel is assembled from parts, one module each:
:mod:`~drafter.ui.panels.library_imports` (imports, sync, re-index and re-read, on a worker
with a progress bar and cancel; what the panel says of them is
:mod:`~drafter.ui.panels.library_status`), :mod:`~drafter.ui.panels.library_opening` (what
opening a library and another writer's change start), :mod:`~drafter.ui.panels.library_row_actions`
(the table's 编辑信息… / 并排对照 / 移除) and :mod:`~drafter.ui.panels.library_browsing`
(filters, the count, the 按场合浏览 tree); the document list is read by
:mod:`~drafter.ui.panels.library_listing` and shown, its selection kept, by
:mod:`~drafter.ui.panels.library_rows`. This module builds the widgets, takes drops and
keeps the buttons in step."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import quoted_name
from drafter.library import watching
from drafter.ui.library_reads import LatestRead
from drafter.ui.models.documents import (
    CHARS,
    DATE,
    GENRE,
    SPEAKER,
    TITLE,
    DocumentFilterProxy,
    DocumentRole,
    DocumentTableModel,
    MarkRole,
    TitleRole,
)
from drafter.ui.panels.library_browsing import ALL_GENRES, ALL_YEARS, LibraryBrowsing
from drafter.ui.panels.library_imports import LibraryImports
from drafter.ui.panels.library_no_match import NoMatchNotice
from drafter.ui.panels.library_opening import LibraryOpening
from drafter.ui.panels.library_row_actions import LibraryRowActions
from drafter.ui.panels.library_rows import LibraryRows
from drafter.ui.panels.library_status import LOADING_TEXT
from drafter.ui.panels.reparse_notice import ReparseNotice
from drafter.ui.read_only import hold
from drafter.ui.widgets.button_row import button_row
from drafter.ui.widgets.elided_label import ElidedLabel
from drafter.ui.widgets.empty_columns import EmptyColumns
from drafter.ui.widgets.mark_delegate import MarkDelegate
from drafter.ui.widgets.narrow_columns import NarrowColumns
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

# the title's least width, in characters, before 体裁 and 讲话人 give it their room
TITLE_LEAST_CHARS = 6


class LibraryPanel(
    LibraryOpening, LibraryImports, LibraryRowActions, LibraryBrowsing, LibraryRows, QWidget
):
    """Lists the library's documents and runs imports.

    Signals:
        document_activated(str): the user opened a document (double click / Enter).
        library_changed(): documents were added, re-indexed or removed.
        listed(): the table shows a new reading of the library (for a team library it
            comes from a worker, after the refresh that asked for it returned): whoever
            counts its rows (the status bar's 资料库：N 篇) counts them now.
        marks_replayed(): the 已人工更正 marks the listing left to a worker (their replays,
            :func:`drafter.library.correction_marks.read_marks`) are shown final.
        status_message(str): a short message for the status bar.
        import_started(): an import, sync or re-index began (the window shows its progress).
        import_finished(object): the last ImportProgress of a finished import.
        import_failed(str): an import stopped with an error (message already shown).
        occasion_tree_chosen(str): the user opened ("open") or folded ("folded") the
            按场合浏览 tree's 全部文稿 row, for the settings to keep.
        compare_requested(str, str): 并排对照 of these two documents (library ids), asked
            for from the table's context menu.
    """

    document_activated = Signal(str)
    library_changed = Signal()
    listed = Signal()
    marks_replayed = Signal()
    status_message = Signal(str)
    import_started = Signal()
    import_finished = Signal(object)
    import_failed = Signal(str)
    compare_requested = Signal(str, str)
    occasion_tree_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._busy_tries = 0  # retries so far of a job that met a busy lock (_busy)
        self._library: Any = None
        # why the library cannot be written ("" = it can): imports, sync, removal and
        # corrections are held, their tooltips say why (drafter.ui.read_only)
        self.read_only = ""
        self._worker: Worker | None = None
        self._pending: list[tuple[str, list[str]]] = []  # imports asked for before opening
        # imports and syncs a team server's going away cut off, with the library they were
        # for: started again when it answers (resume_cut_imports)
        self._cut: list[tuple[str, list[str]]] = []
        self._cut_for: Any = None
        self._gone_folders: list[str] = []  # watched folders the last sync found missing
        self._loose: list[str] = []  # files imported one by one, re-read by a sync
        self._errors_seen: set[tuple] = set()  # (path, message) shown in a box already
        # what the running job is: "add", "sync", "reindex", "reread", "upgrade"
        self._kind = ""
        self._paths: list[str] = []  # the running job's files and folders (for a retry)
        self._watch_notes: list[watching.WatchNote] = []  # folders the running import watched
        self._cancelling = False
        # ids of documents of an older reader version a re-read of this window took on (or
        # was cancelled on): another writer's change re-reads only ones not among them, so
        # two windows of different Drafters on one library do not re-read each other's
        # readings in turn for ever, and a cancelled re-read waits for the user's F5
        self._stale_taken: set[str] = set()
        self._taken_now: set[str] = set()  # those the last re-read took on (a busy one gives back)
        self._opening = False  # the next listing is the library's first: its checks too
        self._following = False  # the next listing follows another writer's change
        # a row asked to be selected while a listing was under way (it replaces the rows)
        self._select_after_listing: str | None = None
        self._may_rebuild: bool | None = None  # read on opening (a team library)
        self._doubts_asked: set[str] = set()  # tooltips' doubts being read on a worker
        self._marks_asked = 0  # the listing whose marks' replays run on a worker (a count)
        self._removing: Worker | None = None  # a team library's removal, on a worker
        # 编辑信息… from a row, as the reader does it (the window sets it): (library, record)
        # -> whether a document the reader does not show was stored now
        self.edit_info_with: Any = None
        # the document list and its marks, read on a worker for a team library
        self._listing = LatestRead(
            self, self._show_listing, self._listing_failed, lambda: self._library
        )
        self.setAcceptDrops(True)

        self.model = DocumentTableModel(self)
        self.model.doubts_of = self._doubts_of  # the 结构待核 tooltip's reasons
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.import_button = QPushButton("导入文件…")
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip("导入讲话稿、报告等文件（Ctrl+I）")
        self.import_folder_button = QPushButton("导入文件夹…")
        self.import_folder_button.setToolTip("导入一个文件夹及其子文件夹中的全部文稿，并监视其变化")
        self.sync_button = QToolButton()
        self.sync_button.setText("同步")
        self.sync_button.setToolTip(
            "重新扫描监视的文件夹：加入新文件、更新改动、移除已删除的；"
            "单独导入的文件改动了也重新读入（F5）"
        )
        self.remove_button = QToolButton()
        self.remove_button.setText("移除")
        self.remove_button.setToolTip("从资料库移除所选文稿（不删除原文件）")

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("筛选：标题、讲话人、场合、结构待核…")
        self.filter_box.setClearButtonEnabled(True)
        self.genre_box = QComboBox()
        self.genre_box.addItem(ALL_GENRES)
        self.year_box = QComboBox()
        self.year_box.addItem(ALL_YEARS)

        self.view = QTableView()
        self.view.setObjectName("libraryView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # 结构待核 / 已人工核对 stay in sight however long the title (eliding ate them)
        self.view.setItemDelegateForColumn(TITLE, MarkDelegate(MarkRole, TitleRole, self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        char_width = self.fontMetrics().horizontalAdvance("字")
        for col, chars in ((SPEAKER, 3.5), (DATE, 6), (GENRE, 4), (CHARS, 3.5)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, int(chars * char_width) + 12)
        # 讲话人, 日期 and 体裁 hidden while no row shown has them (Mao's texts, regulations):
        # the title gets their room in a narrow panel; a column comes back at the user's width
        self.empty_columns = EmptyColumns(self.view, (SPEAKER, DATE, GENRE))
        # a narrow column (学习模式 with the library kept open, 1600×1000: ~300 px) left the
        # title 40 px, 20… for every row: 体裁, then 讲话人, step aside for six characters
        self.narrow_columns = NarrowColumns(
            self.view, TITLE, (GENRE, SPEAKER), int(TITLE_LEAST_CHARS * char_width) + 12
        )

        self.no_match = NoMatchNotice(self.view)  # a blank table says which filters did it
        self.no_match.clear_requested.connect(self.clear_filters)

        self.empty_label = QLabel(LOADING_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        from drafter.ui.study.occasion_tree import OccasionTree

        self.occasion_tree = OccasionTree()  # 按场合浏览, beside the table
        self.occasion_tree.ids_chosen.connect(self.proxy.set_ids)
        self.occasion_tree.ids_chosen.connect(lambda _ids: self._update_count())
        self._fitted_rows: tuple[int, int] | None = None  # (tree rows, height) last fitted
        # a kind opened or closed: the tree's height follows its rows
        self.occasion_tree.itemExpanded.connect(lambda _item: self._fit_tree())
        self.occasion_tree.itemCollapsed.connect(lambda _item: self._fit_tree())
        self.occasion_choice = ""  # the user's last fold of the tree (set_occasion_choice)
        self.occasion_tree.root_opened.connect(self._occasion_root_opened)
        self.browse = browse = QSplitter(Qt.Orientation.Horizontal)
        browse.addWidget(self.occasion_tree)
        browse.addWidget(self.view)
        browse.setStretchFactor(1, 1)
        browse.setSizes([130, 600])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        # the file being imported may have a long name: elide, never widen the panel
        self.progress_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.progress_label.setObjectName("importProgressLabel")
        # how many files and the time left, under the bar (in it they were cut in a
        # narrow column): wraps rather than widening the panel
        self.progress_counts = QLabel()
        self.progress_counts.setObjectName("importProgressCounts")
        self.progress_counts.setWordWrap(True)
        self.progress_counts.setStyleSheet("color:#555")
        self.cancel_button = QPushButton("取消")
        self.cancel_button.setToolTip("停止导入；已导入的文稿保留")
        progress_row = button_row(self.progress, self.cancel_button)
        self.progress_box = QWidget()
        box = QVBoxLayout(self.progress_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress_label)
        box.addWidget(progress_row)
        box.addWidget(self.progress_counts)
        self.progress_box.hide()

        self.count_label = QLabel()
        self.count_label.setStyleSheet("color:#666")
        self.reparse_notice = ReparseNotice()  # parses made by older reading code
        self.reparse_notice.reread_requested.connect(self.reread)
        # The files the last import could not read stay one click away, also after a
        # cancelled import (its status line only counts them).
        self.last_errors: list[tuple[str, str]] = []
        self._last_went_in: int | None = None  # files of that import now in the library
        self.errors_button = QPushButton()
        self.errors_button.setObjectName("importErrorsButton")
        self.errors_button.setFlat(True)
        self.errors_button.setStyleSheet("color:#a61c00; text-align:left")
        self.errors_button.setToolTip("查看上次导入中未能读取的文件及原因")
        self.errors_button.clicked.connect(self.show_last_errors)
        self.errors_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 1)
        filters.addWidget(self.genre_box)
        filters.addWidget(self.year_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.reparse_notice)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.errors_button)
        layout.addLayout(footer)

        self.open_action = QAction("在阅读器中打开", self)
        self.open_action.triggered.connect(lambda: self._on_activated(self.view.currentIndex()))
        self.view.addAction(self.open_action)
        self.edit_action = QAction("编辑信息…", self)
        self.edit_action.triggered.connect(self.edit_current)
        self.view.addAction(self.edit_action)
        # two texts side by side straight from the table (before: 学习 tab → 对照 → pick → …)
        self.compare_action = QAction("并排对照", self)
        self.compare_action.setObjectName("libraryCompareAction")
        self.compare_action.setStatusTip("在单独的窗口中并排显示所选的两篇全文，提纲逐部分对齐")
        self.compare_action.triggered.connect(self.compare_selected)
        self.view.addAction(self.compare_action)
        self.compare_with_action = QAction("与…并排对照…", self)
        self.compare_with_action.setObjectName("libraryCompareWithAction")
        self.compare_with_action.setStatusTip("选一篇文稿，与所选文稿并排对照")
        self.compare_with_action.triggered.connect(lambda: self.compare_with())
        self.view.addAction(self.compare_with_action)
        self.remove_action = QAction("从资料库移除", self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.remove_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.import_button.clicked.connect(self.choose_files)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.sync_button.clicked.connect(self.sync_watched)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.genre_box.currentTextChanged.connect(self._on_filter_changed)
        self.year_box.currentTextChanged.connect(self._on_filter_changed)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_compare())
        self._update_enabled()

    def busy(self) -> bool:
        """True while an import or sync runs (the panel refuses a second one)."""
        return self._worker is not None

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Qt override: accept drags that carry local files."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        """Qt override: keep accepting while files are dragged over the panel."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Qt override: import the dropped local files and folders."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- helpers ---------------------------------------------------------------------------

    def shown_name(self, doc_id: str) -> str:
        """The name the list gives ``doc_id`` (《标题》, as the status line says it), "" when
        it is not listed: what the reader names a document it cannot read yet."""
        row = self.model.row_of(doc_id)
        return quoted_name(self.model.document_at(row)) if row is not None else ""

    def _on_activated(self, index: QModelIndex) -> None:
        info = index.data(DocumentRole)
        if info is not None:
            self.document_activated.emit(str(info.id))

    def _update_enabled(self) -> None:
        ready = self._library is not None and self._worker is None and self._removing is None
        why = self.read_only
        for w in (self.import_button, self.import_folder_button):
            hold(w, why)
        for w in (self.sync_button, self.remove_button, self.remove_action, self.edit_action):
            hold(w, why, ready)
        hold(self.reparse_notice.button, why, ready)
        self._update_compare()
