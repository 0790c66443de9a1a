"""The reader: a whole document with its structure visible, search terms highlighted,
an outline that jumps on click, and ways to send text to the draft.

The panel is assembled from parts, one module each: :mod:`~drafter.ui.panels.reader_loading`
(reading a document on a worker, and following the library when it changes),
:mod:`~drafter.ui.panels.reader_render` (the text laid out),
:mod:`~drafter.ui.panels.reader_hits` (the search's hits, F3 / Shift+F3),
:mod:`~drafter.ui.panels.reader_scrolling` (the paragraph jumped to, held at the top),
:mod:`~drafter.ui.panels.reader_outline` (the outline pane),
:mod:`~drafter.ui.panels.reader_header` (title and facts above the text),
:mod:`~drafter.ui.panels.reader_quoting` (the selection sent to the draft) and
:mod:`~drafter.ui.panels.reader_menus` (the 更正结构 menus and keys, over
:mod:`~drafter.ui.panels.reader_corrections`); this module builds the widgets, shows a
document and keeps the buttons in step."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import quoted_name
from drafter.drafts.markup_note import with_draft_open
from drafter.study.stats import DEFAULT_RATE
from drafter.ui.library_reads import LatestRead
from drafter.ui.panels.reader_apparatus import (
    NOTE_ANCHOR,
)
from drafter.ui.panels.reader_correction_menu import LEVEL_KEYS
from drafter.ui.panels.reader_corrections import ReaderCorrections
from drafter.ui.panels.reader_header import ReaderHeader
from drafter.ui.panels.reader_hits import ReaderHits
from drafter.ui.panels.reader_loading import ReaderLoading
from drafter.ui.panels.reader_menus import ReaderMenus
from drafter.ui.panels.reader_outline import (
    ParagraphRole,
    ReaderOutlineRows,
)
from drafter.ui.panels.reader_quoting import ReaderQuoting
from drafter.ui.panels.reader_render import render_text
from drafter.ui.panels.reader_scrolling import ReaderScrolling
from drafter.ui.panels.reader_undo_keys import CorrectionUndoKeys
from drafter.ui.panels.reader_view import ReaderView
from drafter.ui.panels.reader_waiting import ReaderWaiting
from drafter.ui.read_only import hold, read_only_reason
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


CHARS_PER_MINUTE = DEFAULT_RATE

EMPTY_HTML = (
    "<div style='color:#666;margin-top:40px' align='center'>"
    "<p style='font-size:16px'><b>阅读器</b></p>"
    "<p>在「资料库」中双击一篇文稿，或在「检索」结果上按回车，<br>全文会显示在这里。</p>"
    "<p>标题按层级着色缩进，检索词高亮，F3 / Shift+F3 跳到下一处 / 上一处。<br>"
    "选中一段文字，可「插入到草稿」；「以此文为模板」可把本文结构做成模板。</p></div>"
)


def undo_notice(said: str) -> str:
    """What the bar over the text says after a correction was stored: an undo (已撤销：…,
    with the way back, Ctrl+Y) or a redo, as the status line said it; "" for anything else
    (a correction shows itself in the text). The bar stays until the user closes it or the
    next correction is shown."""
    what = said.split("；")[0].rstrip("。")  # not the search paths' half
    if what.startswith("已撤销"):
        return f"{what}（Ctrl+Y 重做）"
    return f"{what}。" if what.startswith("已重做") else ""


class ReaderPanel(
    ReaderLoading,
    ReaderWaiting,
    ReaderHits,
    ReaderScrolling,
    ReaderQuoting,
    ReaderMenus,
    ReaderOutlineRows,
    ReaderHeader,
    QWidget,
):
    """Shows one document.

    Signals:
        insert_requested(str, dict): insert this text with its provenance into the draft.
        template_requested(str): make a template from this document (library id or path).
        document_opened(str): a document finished loading (its id or path).
        status_message(str): a short message for the status bar.
    """

    insert_requested = Signal(str, dict)
    template_requested = Signal(str)
    document_opened = Signal(str)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._library: Any = None
        self._doc_library: Any = None  # the library the shown document came from, if any
        # (key, its stored corrections) read with the document on the load's worker: the
        # header, the menu and the correction keys ask for them several times per document
        self._corrections_read: tuple[str, Any] = ("", None)
        # (document id, its stored corrections when shown): a colleague's change is said
        # against them (:meth:`follow_library`)
        self._ops_seen: tuple[str, Any] = ("", None)
        # a team library's exact highlights, read on a worker (set_terms)
        self._highlight_read = LatestRead(
            self,
            self._exact_matches_read,
            lambda exc: log.error("cannot highlight: %s", exc),
            lambda: self._doc_library,
        )
        # the shown document's version in the library, read when the library changed
        self._version_read = LatestRead(
            self,
            self._follow_version,
            lambda exc: log.error("checking the shown document failed: %s", exc),
            lambda: self._doc_library,
        )
        self._worker: Worker | None = None
        # the study of a text without headings, run for its transitions (:meth:`_ask_turns`)
        self._turns_worker: Worker | None = None
        self._doc: Any = None
        self._info: Any = None
        self._doc_key = ""
        self.rate = CHARS_PER_MINUTE  # the speaking rate of Preferences (set_rate)
        self.header_compact = False  # 学习模式: the counts lines left to the study's own line
        # a mode that shows the text another way (学习模式) says which paragraph its caret is
        # in, for Alt+1…Alt+4 / Alt+0 (None: its text does not have the keyboard)
        self.key_paragraph: Callable[[], int | None] | None = None
        self._said_after_open: str | None = None  # the status after a reopen, else 已打开
        # (document id, news of its file) said over it once shown (open_document's ``notice``)
        self._notice_after_open = ("", "")
        self._paragraphs: list[Any] = []
        self._terms: list[str] = []
        # Whether the terms came with the document (a search hit: 本文无检索词 is news) or
        # only ride along from the search shown while it was opened from the table (where
        # the notice spoke of a query the user had not asked this document about).
        self._terms_asked = True
        # Where the current search query comes from (set by the main window): the
        # reader then highlights what the query matched, as the search did.
        self.query_source: Callable[[], str] | None = None
        # The file the draft editor's draft was opened from (set by the main window): a Word
        # file's note over its text then says its comments are in the 草稿 panel once it is
        # open there, not to open it as a draft (:meth:`follow_draft`).
        self.draft_source: Callable[[], str | None] | None = None
        self._matches: list[tuple[int, int]] = []  # (start, end) document positions
        self._current = -1
        self._target: int | None = None
        # The paragraph held at the top of the view (opened at, or jumped to) until the
        # reader scrolls: the text is wrapped again whenever the dock settles to its width,
        # which can happen well after the document is shown, and the scroll position kept
        # from before then points screens away from the paragraph.
        self._pinned: int | None = None

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.header.setOpenExternalLinks(False)
        # a click on 结构待核 / 更正待复核 opens the menu that clears it (:meth:`marks_menu`)
        self.header.linkActivated.connect(self._on_header_link)
        self.header.setContentsMargins(4, 2, 4, 2)

        # a quiet line over the text when what is shown is not what the user expects (a
        # file read without the library's corrections); the next document takes it away
        self.notice = QLabel()
        self.notice.setObjectName("readerNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff8e1;color:#5d4300;padding:3px 6px")
        self.notice_close = QToolButton()
        self.notice_close.setText("✕")
        self.notice_close.setToolTip("关闭提示")
        self.notice_close.setAutoRaise(True)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_close)
        self.notice_bar = QWidget()
        self.notice_bar.setLayout(notice_row)
        self.notice_bar.hide()
        self.notice_close.clicked.connect(self.notice_bar.hide)

        self.prev_button = QToolButton()
        self.prev_button.setText("▲ 上一处")
        self.prev_button.setToolTip("上一处检索词（Shift+F3）")
        self.next_button = QToolButton()
        self.next_button.setText("▼ 下一处")
        self.next_button.setToolTip("下一处检索词（F3）")
        self.hits_label = QLabel()
        self.insert_button = QPushButton("插入到草稿")
        self.insert_button.setToolTip(
            "把选中的文字连同出处插入到草稿的当前节点（Ctrl+Shift+回车）；"
            "在正文中可用 Shift+方向键选字，Ctrl+Shift+↓ 选到段尾"
        )
        self.template_button = QPushButton("以此文为模板")
        self.template_button.setToolTip("按本文的提纲结构生成一个模板，在模板库中打开")
        self.edit_button = QPushButton("编辑信息…")
        self.edit_button.setToolTip(
            "更正标题、讲话人、日期、文种等（右键段落可更正标题层级；"
            "在段落上按 Alt+1…Alt+4 设为该级标题，Alt+0 不是标题；刚做的更正按 Ctrl+Z 撤销）"
        )
        self.corrections = ReaderCorrections(self)
        # Ctrl+Z / Ctrl+Y take back the last correction while it is the user's last act
        self.undo_keys = CorrectionUndoKeys(self)

        self.outline = QTreeWidget()
        self.outline.setObjectName("readerOutline")
        self.outline.setHeaderHidden(True)
        self.outline.setMinimumWidth(120)
        self.outline.setIndentation(12)
        # whole headings, wrapped, as the structure map has them: at 1600x1000 the outline is
        # about 125 px wide and showed 一、建立培训的组织保… of every heading
        self.outline.setItemDelegate(WrappingDelegate(self.outline))
        self.view = ReaderView(self.selection_hits)
        self.view.setObjectName("readerView")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._follow_link)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setHtml(EMPTY_HTML)
        bar = self.view.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_pinned)
        bar.actionTriggered.connect(self._let_go)  # the reader's own scroll (wheel, keys, bar)
        self.view.cursorPositionChanged.connect(self._caret_moved)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 480])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter  # outline | text: a mode (学习模式) may swap the text view

        tools = QHBoxLayout()
        tools.addWidget(self.prev_button)
        tools.addWidget(self.next_button)
        tools.addWidget(self.hits_label)
        tools.addStretch(1)
        tools.addWidget(self.insert_button)
        tools.addWidget(self.template_button)
        tools.addWidget(self.edit_button)
        self.tools = tools  # where a feature installed later adds its button (学习模式)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # the buttons first: below the header they moved whenever it changed height (学习模式
        # leaves its two count lines out), and a second click on 学习模式 fell on the header
        layout.addLayout(tools)
        layout.addWidget(self.header)
        layout.addWidget(self.notice_bar)
        layout.addWidget(splitter, 1)

        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.insert_button.clicked.connect(self.insert_selection)
        self.template_button.clicked.connect(self.request_template)
        self.edit_button.clicked.connect(self.corrections.edit_info)
        self.corrections.status_message.connect(self.status_message)
        self.corrections.corrected.connect(self._show_corrected)
        self.outline.itemClicked.connect(self._on_outline_clicked)
        self.outline.itemActivated.connect(self._on_outline_clicked)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outline.customContextMenuRequested.connect(self._on_outline_menu)
        for level, key in LEVEL_KEYS.items():  # the menu's 设为/改为 N 级标题 from the keyboard
            keyed = QAction(self)
            keyed.setShortcut(QKeySequence(key))
            keyed.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keyed.triggered.connect(lambda _=False, n=level: self.correct_by_key(n))
            self.addAction(keyed)
        self.view.selectionChanged.connect(self._update_enabled)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.outline.hide()  # shown with the first document
        self._show_header()
        self._update_enabled()

    # -- public ----------------------------------------------------------------------------

    def set_library(self, library: Any) -> None:
        """Use ``library`` from now on. A document of another library is closed (its hits
        and paragraph numbers mean nothing in the new one); a file opened directly stays."""
        self._library = library
        shown_from = self._doc_library
        if library is not None and shown_from is not None and library is not shown_from:
            self.clear()

    @property
    def document(self) -> Any:
        """The document shown (parsed, corrections applied), or None."""
        return self._doc

    @property
    def terms(self) -> list[str]:
        """The search terms highlighted now (longest first), for a view that shows the same
        document another way (学习模式)."""
        return list(self._terms)

    @property
    def document_key(self) -> str:
        """The library id of the shown document (or its path when not in the library)."""
        return self._doc_key

    def show_notice(self, text: str) -> None:
        """Say ``text`` in the quiet bar over the shown document, until the user closes it or
        another document opens (work goes on: it is news, not an error dialog)."""
        self.notice.setText(with_draft_open(text, self._shown_in_draft()))
        self.notice_bar.show()

    def follow_draft(self) -> None:
        """The draft editor opened (or left) a draft: a Word file's note over its text says
        where its comments are now. After ``gui --open 修订稿.docx`` and 打开稿件 on the
        same file, the bar still told the head to open it as a draft to see them."""
        self.notice.setText(with_draft_open(self.notice.text(), self._shown_in_draft()))

    def _shown_in_draft(self) -> bool:
        """Whether the shown document's file is the one the draft was opened from."""
        source = self.draft_source() if self.draft_source is not None else None
        shown = getattr(self._doc, "path", "") if self._doc is not None else ""
        if not source or not shown:
            return False
        try:
            return Path(source).resolve() == Path(shown).resolve()
        except (OSError, RuntimeError):  # a path that cannot be resolved is no match
            return False

    def show_document(
        self,
        document: Any,
        info: Any = None,
        key: str | None = None,
        paragraph_index: int | None = None,
        terms: Iterable[str] = (),
        library: Any = None,
        terms_asked: bool = True,
        opened: bool = True,
    ) -> None:
        """Show an already loaded Document (from ``library``, or a file opened directly);
        ``terms_asked`` as in :meth:`open_document`. ``opened`` False: the shown document
        with a correction applied before it is stored (no :attr:`document_opened`: the
        review and the study map follow the stored document, read again once it is)."""
        self.notice_bar.hide()  # it spoke of the document shown before
        self.forget_waiting()  # a document shown: none waits for the server any longer
        self._header_mark = ""  # a review finding's words in the header were of that one
        self._doc, self._info = document, info
        self._terms_asked = terms_asked
        self._doc_library = library
        self._doc_key = str(key if key is not None else getattr(document, "path", ""))
        if self._corrections_read[0] != self._doc_key:
            self._corrections_read = ("", None)  # not read with this document
        self._paragraphs = list(document.paragraphs())
        self._target = paragraph_index
        self._render()
        self._fill_outline()
        self.outline.show()
        self._show_header()
        key, notice = self._notice_after_open
        if key == self._doc_key:  # the load it came with: said once, a lost correction's
            self._notice_after_open = ("", "")  # note below replaces it
            if notice:
                self.show_notice(notice)
        lost = self.corrections.lost_notice()
        if lost:
            self.show_notice(lost)
        self.set_terms(terms)
        self._pinned = None
        if paragraph_index is not None:
            self.jump_to_paragraph(paragraph_index)
        else:
            self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_enabled()
        said, self._said_after_open = self._said_after_open, None
        self.status_message.emit(said or f"已打开{quoted_name(self._doc)}")
        if opened:
            self.document_opened.emit(self._doc_key)

    def _show_corrected(self, key: str, index: int, said: str = "") -> None:
        """Show the corrected document again at the corrected paragraph; the status line goes
        on saying what was stored (it said 已打开《…》 as if nothing had happened, and then
        已更正 after an undo, a 编辑信息… or 更正已核对 alike). The search's terms stay
        highlighted, counted from the corrected paragraph: fixing the headings a search
        found (F3, Alt+2, F3, Alt+2…) lost the hits at the first correction, and F3 then
        said 本文中没有检索词. An undo or redo is said over the text too (:func:`undo_notice`),
        where the eye is after Ctrl+Z: the status line's 已撤销 went after 8 seconds, unseen."""
        self.open_document(
            key,
            index,
            terms=list(self._terms),
            status=said or "已更正；检索中的标题路径已随之更新。",
            terms_asked=self._terms_asked,
            notice=undo_notice(said),
        )

    def clear(self) -> None:
        """Show nothing: forget the document and its search hits, e.g. when it was removed from the
        library.
        """
        self._doc = self._info = self._doc_library = None
        self._doc_key = ""
        self._paragraphs = []
        self._matches, self._terms, self._current = [], [], -1
        self._pinned = None
        if self._turns_worker is not None:
            self._turns_worker.cancel()
            self._turns_worker = None
        self.outline.clear()
        self.outline.hide()
        self.view.setHtml(EMPTY_HTML)
        self._show_header()
        self._update_enabled()

    def _render(self) -> None:
        """Lay the shown document out in the view (:func:`render_text`)."""
        self.view.setDocument(render_text(self.view, self._doc, self._paragraphs))

    def _follow_link(self, url) -> None:
        """A note mark was clicked: show its entry under 注释 (the only links in the text)."""
        name = url.fragment() or url.toString().lstrip("#")
        if name.startswith(NOTE_ANCHOR):
            self.view.scrollToAnchor(name)

    def _update_enabled(self) -> None:
        loaded = self._doc is not None
        self.insert_button.setEnabled(loaded and self.view.textCursor().hasSelection())
        # a read-only library: no correction, and no template where it is kept beside a
        # local library (a team library keeps the user's templates in the user's folder)
        why = read_only_reason(self._doc_library)
        local = not getattr(self._doc_library, "shared", False)
        hold(self.template_button, why if local else "", loaded)
        hold(self.edit_button, why, loaded and self.corrections.available())
        self._update_hits_label()

    # -- slots -----------------------------------------------------------------------------

    def _on_outline_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, ParagraphRole)
        if index is not None:
            self.jump_to_paragraph(int(index))

    def request_template(self) -> None:
        """以此文为模板: ask for a template made from the shown document."""
        if self._doc_key:
            self.template_requested.emit(self._doc_key)
