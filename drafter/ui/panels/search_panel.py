"""The search panel: a query box with history and syntax help, options, and the hit list.

Searches run on a worker so a slow first query (jieba warming up) never freezes the window;
a query typed before the library has opened waits and runs as soon as it is ready.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.messages import server_gone
from drafter.study.exercise.search import (
    ExerciseSearchMask,
    exercise_search_note,
    held_back_note,
)
from drafter.ui.errors import failure_text
from drafter.ui.mime import hit_to_json
from drafter.ui.models.search_results import SearchResultsModel
from drafter.ui.panels.hit_delegate import HitDelegate
from drafter.ui.widgets.popup import TextPopup
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

RESULT_LIMIT = 100
DEBOUNCE_MS = 350

# how long a team library's search may go unanswered before the panel says so
SLOW_SEARCH_MS = 3000
# said under a search refused because the team library's server is away, for now
AWAY_SEARCH = "连接恢复（上方的提示条消失）后，在检索框按回车再检索一次；检索式不用改。"


SYNTAX_HELP = """<h3 style='margin:0'>检索式写法</h3>
<table cellpadding='3'>
<tr><td><code>乡村振兴 产业</code></td><td>空格分隔的词须同时出现</td></tr>
<tr><td><code>"以人民为中心"</code>　<code>“以人民为中心”</code></td>
<td>加引号（中英文均可）：按短语精确匹配</td></tr>
<tr><td><code>调研 OR 走访</code></td><td>任一出现即可（OR 大写）</td></tr>
<tr><td><code>作风 -形式主义</code></td><td>减号：排除含该词的段落</td></tr>
<tr><td><code>(营商环境 OR 放管服) 改革</code></td><td>括号分组</td></tr>
<tr><td><code>标题:办公室</code></td><td>标题中含有</td></tr>
<tr><td><code>讲话人:张三</code>　<code>场合:座谈会</code></td><td>讲话人、场合中含有</td></tr>
<tr><td><code>体裁:讲话</code></td><td>体裁（讲话、工作报告、总结…）</td></tr>
<tr><td><code>年份:2024</code>　<code>年份:2020..2024</code>　<code>年份:2020..</code></td>
<td>年份、年份范围</td></tr>
</table>
<p style='color:#666'>冒号中英文均可；也可写英文字段名，如 title:办公室　year:2020..2024。</p>
<p>勾选「仅标题」只检索各级标题。回车在阅读器中打开，Ctrl+回车 插入到草稿，<br>
也可以把结果直接拖到草稿中。</p>"""

EMPTY_HINT = (
    "<p style='font-size:15px'><b>检索资料库</b></p>"
    '<p>在上面输入关键词，例如：<br><code>服务大局</code>　<code>"政治站位"</code>　'
    "<code>作风 年份:2023</code></p><p style='color:#666'>点「?」查看检索式写法。</p>"
)


class SearchPanel(QWidget):
    """Query box, options and results.

    Signals:
        hit_activated(object): open this SearchHit in the reader (Enter / double click).
        insert_requested(dict): insert this hit (as ``hit_to_json``) into the draft.
        query_recorded(str): a query the user committed (Enter), for the history.
        status_message(str): a short message for the status bar.
        search_finished(object): SearchResults of the last search (for tests and the status).
    """

    hit_activated = Signal(object)
    insert_requested = Signal(dict)
    query_recorded = Signal(str)
    status_message = Signal(str)
    search_finished = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._library: Any = None
        self._worker: Worker | None = None
        self._queued: tuple[str, bool] | None = None  # (query, record) waiting to run
        self._record_after: str | None = None  # the query to remember once it has run
        self._last_query = ""
        self._results: Any = None  # the last search's answer, as the library gave it
        self._exercise: ExerciseSearchMask | None = None  # the 提纲练习's text, masked
        self._exercise_title = ""

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText('检索资料库：关键词、"短语"、标题: 年份: …')
        self.search_box.setToolTip("回车检索；↓ 查看检索历史或进入结果列表；F1 检索式写法")
        self.search_box.setClearButtonEnabled(True)
        self.history = QStringListModel(self)
        completer = QCompleter(self.history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search_box.setCompleter(completer)

        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip("检索式写法")
        self.help_popup = TextPopup(SYNTAX_HELP, self)

        self.headings_only = QCheckBox("仅标题")
        self.headings_only.setToolTip("只检索各级标题（找结构、找提法）")
        self.sort_box = QComboBox()
        self.sort_box.addItem("按相关度", "relevance")
        self.sort_box.addItem("按日期", "date")

        self.model = SearchResultsModel(self)
        self.model.held_back.connect(lambda n: self.status_message.emit(held_back_note(n)))
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setDefaultDropAction(Qt.DropAction.CopyAction)

        self.empty_label = QLabel(EMPTY_HINT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.results)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.open_button = QPushButton("阅读原文")
        self.open_button.setToolTip("在阅读器中打开所选结果（回车）")
        self.insert_button = QPushButton("插入到草稿")
        self.insert_button.setToolTip("把所选结果插入到草稿的当前节点（Ctrl+回车，或直接拖过去）")

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.help_button)
        options = QHBoxLayout()
        options.addWidget(self.headings_only)
        options.addWidget(self.sort_box)
        options.addStretch(1)
        options.addWidget(self.open_button)
        options.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.search(self.search_box.text(), record=False))

        self.search_box.textEdited.connect(lambda _t: self._debounce.start())
        self.search_box.returnPressed.connect(self._on_return)
        self.search_box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(self._on_double_clicked)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._update_enabled())
        self.help_button.clicked.connect(self.show_help)
        self.headings_only.toggled.connect(lambda _c: self.rerun())
        self.sort_box.currentIndexChanged.connect(lambda _i: self.rerun())
        self.open_button.clicked.connect(self.open_current)
        self.insert_button.clicked.connect(self.insert_current)
        self._update_enabled()

    # -- public ----------------------------------------------------------------------------

    def set_library(self, library: Any) -> None:
        """Search ``library``; a query that was waiting for it runs now."""
        self._library = library
        if library is not None and self._queued is not None:
            query, record = self._queued
            self._queued = None
            self.search(query, record)

    def set_exercise_mask(
        self, doc: Any, doc_id: str = "", roadmap: Any = None, title: str = ""
    ) -> None:
        """While a 提纲练习 on ``doc`` runs (None: it ended), hits from that text show without
        their heading path and its heading hits are left out, with a quiet note why
        (:mod:`drafter.study.exercise.search`); the results on screen are shown again at once,
        nothing is searched again."""
        same = self._exercise is not None and doc is self._exercise.doc
        if same or (doc is None and self._exercise is None):
            return
        self._exercise = ExerciseSearchMask(doc, doc_id, roadmap) if doc is not None else None
        self._exercise_title = title
        # a blanked paragraph of the exercised text stays out of the draft (drag or insert)
        self.model.draft_filter = self._exercise.for_draft if self._exercise else None
        if self._results is not None:
            self._show_results(self._results, keep_row=True)

    def show_history(self) -> None:
        """Drop down every past query (Down in an empty box; typing filters them)."""
        completer = self.search_box.completer()
        completer.setCompletionPrefix(self.search_box.text().strip())
        completer.complete()

    def set_history(self, queries: list[str]) -> None:
        """Replace the query history offered under the search box (from the settings)."""
        self.history.setStringList(list(queries))

    def focus_query(self) -> None:
        """Put the keyboard in the search box with its text selected, so typing replaces the last
        query (Ctrl+F).
        """
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_help(self) -> None:
        """Open the syntax help under "?" (on screen; Esc or a click outside closes it)."""
        if self.help_popup.isVisible():
            self.help_popup.close()
            return
        self.help_popup.show_below(self.help_button)

    def search(self, query: str, record: bool = True) -> None:
        """Run ``query`` (on a worker); with ``record`` it goes into the history."""
        query = query.strip()
        if self.search_box.text().strip() != query:
            self.search_box.setText(query)  # setText does not emit textEdited: no loop
        if not query:
            self.model.clear()
            self._results = None
            self.stack.setCurrentWidget(self.empty_label)
            self._set_status("")
            return
        if self._library is None:
            self._queued = (query, record)
            self._set_status(f"资料库正在加载，加载完成后将自动检索「{query}」…")
            return
        if self._worker is not None:
            self._queued = (query, record)  # the latest request wins
            return
        self._run(query, record)

    def current_query(self) -> str:
        """The query of the results shown (the reader highlights what it matched)."""
        return self._last_query

    def current_terms(self) -> set[str]:
        """The words the current results highlight (for highlighting them in the reader)."""
        return {h.text[s:e] for h in self.model.hits() for s, e in h.highlights}

    def current_hit(self) -> Any:
        """The hit under the cursor in the results, or None."""
        index = self.results.currentIndex()
        return self.model.hit_at(index.row()) if index.isValid() else None

    def selected_hits(self) -> list[Any]:
        """The selected hits in list order, or the current one when nothing is selected, so
        Ctrl+Enter always has something to insert.
        """
        rows = sorted(i.row() for i in self.results.selectionModel().selectedRows())
        if not rows and self.results.currentIndex().isValid():
            rows = [self.results.currentIndex().row()]
        return [self.model.hit_at(r) for r in rows]

    def open_current(self) -> None:
        """打开 (the button, Enter): ask for the current hit in the reader; the window opens it
        at the hit's paragraph with the search's terms marked."""
        hit = self.current_hit()
        if hit is not None:
            self.hit_activated.emit(hit)

    def insert_current(self) -> None:
        """Send the selected hits to the draft; with no selection, say what to do in the status bar."""
        hits = self.selected_hits()
        if not hits:
            self.status_message.emit("先在检索结果中选中一条，再插入到草稿。")
            return
        if self._exercise is not None:
            hits, held = self._exercise.for_draft(hits)
            if held:
                self.status_message.emit(held_back_note(held))
        for hit in hits:
            self.insert_requested.emit(hit_to_json(hit))

    # -- running searches ------------------------------------------------------------------

    def _run(self, query: str, record: bool) -> None:
        library = self._library
        sort = self.sort_box.currentData()
        headings = self.headings_only.isChecked()
        self._last_query = query
        # Into the history once it ran: a query with a syntax error is not worth recalling.
        self._record_after = query if record else None
        self._set_status("正在检索…")
        self._worker = Worker(
            lambda _t: library.search(query, limit=RESULT_LIMIT, sort=sort, headings_only=headings),
            self,
        )
        self._worker.finished.connect(self._on_results)
        self._worker.failed.connect(self._on_failed)
        self._worker.ended.connect(self._on_ended)
        self._worker.ended.connect(self._worker.deleteLater)  # one worker per search
        self._worker.start()
        if getattr(library, "shared", False):
            QTimer.singleShot(SLOW_SEARCH_MS, self._worker, self._say_slow)

    def _say_slow(self) -> None:
        """A team library's search still unanswered after :data:`SLOW_SEARCH_MS`: a server
        that hangs (overloaded, stopped in a debugger, a VM paused) answers the kernel's
        keepalives, so nothing ends the wait, and the panel said 正在检索… for ever above
        the previous query's hits. Say the server is silent and what the list still shows;
        the answer, when it comes, replaces this as usual. (The timer belongs to the search's
        worker: a search that ended takes it with it.)"""
        if self._worker is None:
            return
        where = getattr(self._library, "location", "团队资料库")
        shown = "；列表里仍是上一次检索的结果" if self.model.rowCount() else ""
        self._set_status(
            f"{where}：服务器 {SLOW_SEARCH_MS // 1000} 秒没有应答，检索还在等{shown}。"
            "一直没有应答，请告诉管理员。",
            error=True,
        )

    def _on_results(self, results: Any) -> None:
        if results.query.strip() != self._last_query:
            return
        if self._record_after is not None:
            self._record(self._record_after)
            self._record_after = None
        self._results = results
        self._show_results(results)
        self.search_finished.emit(results)

    def _show_results(self, results: Any, keep_row: bool = False) -> None:
        """Put ``results`` on screen, masked while a 提纲练习 runs (with its note under them)."""
        hits, note = list(results.hits), ""
        if self._exercise is not None:
            masked = self._exercise.apply(hits)
            hits, note = masked.hits, exercise_search_note(masked, self._exercise_title)
        row = self.results.currentIndex().row() if keep_row else 0
        self.model.set_hits(hits)
        self.stack.setCurrentWidget(self.results)
        if hits:
            self.results.setCurrentIndex(self.model.index(min(max(row, 0), len(hits) - 1)))
            shown = len(results.hits)
            more = f"，显示前 {shown} 条" if results.total > shown else ""
            status = f"共 {results.total} 条结果{more}，用时 {results.elapsed_ms:.0f} 毫秒"
            self._set_status(f"{status}\n{note}" if note else status)
        elif note:  # every hit was a heading of the text being practised
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(
                f"<p style='font-size:15px'>与「{html.escape(results.query)}」相关的结果"
                "都是提纲练习所练文稿的标题</p>"
                "<p style='color:#666'>练习进行中，这些标题暂不显示；练习结束后自动显示。</p>"
            )
            self._set_status(note)
        else:
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(
                f"<p style='font-size:15px'>没有找到与「{html.escape(results.query)}」相关的段落</p>"
                "<p style='color:#666'>试试更短的词、去掉引号或年份限制，<br>"
                "或取消「仅标题」。</p>"
            )
            self._set_status("没有结果")
        self._update_enabled()

    def _on_failed(self, message: str, exc: object) -> None:
        text = failure_text(message, exc)
        self._record_after = None
        self._results = None
        self.model.clear()
        self.stack.setCurrentWidget(self.empty_label)
        # the query's syntax under a query that could not be read; under a team library's
        # server gone away it read as if the query were at fault: the next step instead
        if server_gone(exc):
            after = f"<p>{AWAY_SEARCH}</p>"
        else:
            after = SYNTAX_HELP
        self.empty_label.setText(f"<p style='color:#b00020'>{html.escape(text)}</p>" + after)
        self._set_status(text, error=True)
        self._update_enabled()

    def _on_ended(self) -> None:
        self._worker = None
        if self._queued is not None:
            query, record = self._queued
            self._queued = None
            self.search(query, record)

    def rerun(self) -> None:
        """Search again for the current query (options or the library changed)."""
        if self.search_box.text().strip():
            self.search(self.search_box.text(), record=False)

    def _record(self, query: str) -> None:
        items = [query, *[q for q in self.history.stringList() if q != query]][:50]
        self.history.setStringList(items)
        self.query_recorded.emit(query)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color:#b00020" if error else "color:#555")
        self.status_label.setText(text)
        if text and error:
            self.status_message.emit(text)

    def _update_enabled(self) -> None:
        has = self.results.currentIndex().isValid()
        self.open_button.setEnabled(has)
        self.insert_button.setEnabled(has)

    # -- keyboard --------------------------------------------------------------------------

    def _on_return(self) -> None:
        self._debounce.stop()
        self.search(self.search_box.text(), record=True)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.hit_at(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: keyboard flow between box and results without the mouse: Down opens the
        history or enters the results, Enter opens a hit, Ctrl+Enter inserts it, Up from the
        first row goes back to the box.
        """
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        if watched is self.search_box and key == Qt.Key.Key_Down:
            popup = self.search_box.completer().popup()
            shown = popup is not None and popup.isVisible()
            empty = not self.search_box.text().strip() or not self.model.rowCount()
            if not shown and empty and self.history.rowCount():
                self.show_history()
                return True
            if not shown and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.insert_current()
            else:
                self.open_current()
            return True
        if (
            watched is self.results
            and key == Qt.Key.Key_Up
            and self.results.currentIndex().row() <= 0
        ):
            self.search_box.setFocus()
            return True
        return super().eventFilter(watched, event)
