"""The 学习 dock: what goes beside the reader's 学习模式 — a structure map with length bars,
the trainee's notes, a second document side by side, the outline exercise, and the outline
printed or exported. The panel only shows what :mod:`drafter.study` finds; the analysis is
run once per document by the controller and shared with the reader's annotated page.
"""

from __future__ import annotations

import html
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import book_title, document_title
from drafter.study import analyze
from drafter.study.occasions import closest_peer
from drafter.study.stats import DEFAULT_RATE
from drafter.ui.dialogs.export_dialog import safe_file_name
from drafter.ui.errors import describe, failure_text, show_error
from drafter.ui.file_dialogs import get_save_file_name
from drafter.ui.study.compare import CompareView
from drafter.ui.study.exercise import OutlineExercise
from drafter.ui.study.jobs import start_job
from drafter.ui.study.notes_tab import NotesTab
from drafter.ui.study.outline_print import print_outline
from drafter.ui.study.side_by_side import SideBySideWindow
from drafter.ui.study.structure_map import StructureMap, duration
from drafter.ui.study.unbroken import segments_line

log = logging.getLogger(__name__)

EMPTY_TEXT = (
    "在阅读器中打开一篇范文，按 F8（或阅读器上的“学习模式”）看它的结构；这里有结构图、"
    "笔记、并排对照和提纲练习。"
)


COMPARE_HINT = (
    "选一篇文稿（可输入标题中的字词筛选），点「并排对照」：两篇的提纲按部分对齐，各节字数并列，"
    "两篇全文在单独的窗口中并排、同步滚动。"
)


def choice_names(docs: list[Any]) -> list[str]:
    """Each document's name in the 对照 list: as the library names it, and where several
    share that name (two 政府工作报告, two reports opening 现在，我代表国务院…) with their date
    and speaker after it, else their file name: the list offered two identical rows and the
    trainee could not tell which report was which."""
    names = [getattr(i, "display_title", None) or i.title or Path(i.path).stem for i in docs]
    seen = Counter(names)
    out = []
    for name, info in zip(names, docs):
        if seen[name] > 1:
            told = "，".join(x for x in (info.date, info.speaker) if x) or Path(info.path).name
            name = f"{name}（{told}）"
        out.append(name)
    return out


class StudyPanel(QWidget):
    """The 学习 dock for the document shown in the reader.

    Signals:
        status_message(str): a line for the status bar.
        open_requested(str, int): show document (library id) at paragraph N in the reader.
        paragraph_requested(int): show paragraph N of the studied document in the reader.
        correct_requested(int, str, QPoint): the structure map's row of paragraph N was
            right-clicked (its label, where): offer the reader's 更正结构 menu there.
        note_chosen(object): a note of the studied document was picked (show its span).
        remove_note_requested(int): the trainee asked to delete the note with this id.
        edit_note_requested(int): the trainee asked to change the text of the note with this id.
        studied(object): a Study is on screen (tests and the controller listen).
        exercise_focus_changed(): the current tab or the exercise's page changed (the reader
            may have to hide or show the headings).
    """

    status_message = Signal(str)
    open_requested = Signal(str, int)
    paragraph_requested = Signal(int)
    correct_requested = Signal(int, str, QPoint)
    note_chosen = Signal(object)
    remove_note_requested = Signal(int)
    edit_note_requested = Signal(int)
    studied = Signal(object)
    exercise_focus_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.library: Any = None
        self.notes_store: Any = None
        self.rate = DEFAULT_RATE
        self.doc: Any = None
        self.doc_id: str = ""
        self.study: Any = None
        # the app's settings (set by install_study): 导出提纲 opens in, and updates, the
        # folder of the last export (last_export_dir), as 导出 does for a draft
        self.settings: Any = None
        self._compare_ticket = 0
        # a new document is being analysed: the old one's map and outline are not shown,
        # printed or exported as if they were the new one's (show_busy .. show_study)
        self._busy = False

        self.title_label = QLabel(EMPTY_TEXT)
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("studyTitle")
        self.print_button = QPushButton("打印提纲…")
        self.print_button.setToolTip("只打印标题和各级小标题")
        self.print_button.clicked.connect(lambda: self.print_outline())
        self.export_button = QPushButton("导出提纲…")
        self.export_button.setToolTip("只导出标题和各级小标题（Word、Markdown 或文本）")
        self.export_button.clicked.connect(lambda: self.export_outline())
        top = QVBoxLayout()
        top.addWidget(self.title_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        top.addLayout(buttons)

        self.map = StructureMap()
        self.notes = NotesTab()
        self.compare_box = QComboBox()
        self.compare_box.setObjectName("compareChoice")
        self.compare_box.setMinimumContentsLength(16)
        # a real library lists hundreds of texts: typed words of a title narrow the list
        self.compare_box.setEditable(True)
        self.compare_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.compare_box.lineEdit().setPlaceholderText("输入标题中的字词筛选…")
        completer = self.compare_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.compare_button = QPushButton("并排对照")
        self.compare_button.clicked.connect(self.compare_selected)
        # Enter on a chosen title compares, as the button does (typing a title and pressing
        # Enter did nothing: the hand had to go to the mouse for the button beside it)
        self.compare_box.lineEdit().returnPressed.connect(self.compare_selected)
        # what the user picked stays picked from text to text; until then each text is
        # offered its closest peer (drafter.study.occasions.closest_peer)
        self._user_choice: Any = None
        self._listed: list[Any] = []
        self.compare_box.activated.connect(lambda _row: self._show_title_start())
        self.compare_box.activated.connect(
            lambda _row: setattr(self, "_user_choice", self.compare_box.currentData())
        )
        self.compare = CompareView()
        self.compare.currentItemChanged.connect(self._on_compare_row)
        self.side_by_side: SideBySideWindow | None = None
        self._exercise_doc: Any = None  # the text the outline exercise blanks now
        # the reader's 学习模式: the side-by-side texts carry the study marks while it is on
        self.study_mode = False
        self._compared: tuple[Any, Any] | None = None  # the second text and its study
        # its library id and version token (LibraryBackend.document_versions) when compared:
        # a rename or correction of it since is shown again (the tab kept the old title)
        self._compared_id = ""
        self._compared_version: str | None = None
        # the window shows two texts chosen in the library table, not the reader's beside
        # another: a new document in the reader leaves it open
        self._pair_from_library = False
        self._pair_ticket = 0
        self.read_both_button = QPushButton("并排阅读全文")
        self.read_both_button.setToolTip("在单独的窗口中并排显示两篇全文，按对齐的部分同步滚动")
        self.read_both_button.clicked.connect(lambda: self.open_side_by_side())
        self.compare_page = QWidget()
        row = QHBoxLayout()
        row.addWidget(QLabel("对照文稿："))
        row.addWidget(self.compare_box, 1)
        row.addWidget(self.compare_button)
        # an empty table said nothing of what it is for: until a pair is compared, this does
        self.compare_hint = QLabel(COMPARE_HINT)
        self.compare_hint.setObjectName("compareHint")
        self.compare_hint.setWordWrap(True)
        self.compare_hint.setStyleSheet("color:#666")
        cbox = QVBoxLayout(self.compare_page)
        cbox.addLayout(row)
        cbox.addWidget(self.compare_hint)
        cbox.addWidget(self.compare, 1)
        cbox.addWidget(self.read_both_button)
        self.exercise = OutlineExercise()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("studyTabs")
        self.tabs.addTab(self.map, "结构图")
        self.tabs.addTab(self.notes, "笔记")
        self.tabs.addTab(self.compare_page, "对照")
        self.tabs.addTab(self.exercise, "提纲练习")
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)

        self.map.paragraph_chosen.connect(self.paragraph_requested)
        self.map.correct_requested.connect(self.correct_requested)
        self.notes.note_chosen.connect(self._on_note_chosen)
        self.notes.remove_requested.connect(self.remove_note_requested)
        self.notes.edit_requested.connect(self.edit_note_requested)
        self.notes.attempt_chosen.connect(self._on_attempt_chosen)
        self._pending_attempt: tuple[str, int] | None = None  # (doc id, attempt) to reopen
        self.exercise.status_message.connect(self.status_message)
        self.tabs.currentChanged.connect(lambda _i: self.exercise_focus_changed.emit())
        self.exercise.writing_changed.connect(lambda _w: self.exercise_focus_changed.emit())
        self.exercise_focus_changed.connect(self._update_enabled)
        self._update_enabled()

    # -- inputs -------------------------------------------------------------------------------

    def set_library(self, library: Any, notes_store: Any = None) -> None:
        """Take a new library and notes store and refill the comparison choices; a library that
        cannot list its documents leaves the choice empty rather than failing the panel.
        """
        self.library = library
        self.notes_store = notes_store
        self.notes.set_store(
            notes_store, self.doc_id or None, shared=bool(getattr(library, "shared", False))
        )
        self.exercise.set_store(notes_store)
        self.refill_documents()

    def refill_documents(self) -> None:
        """List the library's documents as comparison choices, named as the library names them
        (an untitled text by its occasion or first words, never its file name), all but the
        one being studied: comparing a text with itself shows nothing. Called again when
        documents are added or removed, so a text imported meanwhile can be chosen."""
        self.compare_box.clear()
        self._listed = []
        if self.library is None:
            return
        try:
            docs = list(self.library.documents())
        except Exception as exc:  # a library that cannot list is shown as empty here
            log.warning("cannot list documents for comparison: %s", exc)
            docs = []
        self._listed = docs
        for name, info in zip(choice_names(docs), docs):
            self.compare_box.addItem(name, info.id)
        self._exclude_current()
        self._follow_compared(docs)

    def _follow_compared(self, docs: list[Any]) -> None:
        """Compare again when the text on the 对照 tab was renamed or corrected since (its
        version token moved), so the aligned outlines and the 并排对照 window name it and
        head it as the library now does; a text gone from the library is left as shown."""
        other_id = self._compared_id
        if self._compared is None or not other_id or all(d.id != other_id for d in docs):
            return
        if version_of(self.library, other_id) == self._compared_version:
            return
        self._run_compare(other_id, quiet=True)

    def _exclude_current(self) -> None:
        """Grey out the document being studied and put the choice on another one: the one the
        user picked last, else the studied text's closest peer (same kind of occasion, genre,
        subject; the library's first document was offered, a 政府工作报告 beside a
        training-course speech)."""
        model = self.compare_box.model()
        for row in range(self.compare_box.count()):
            item = model.item(row) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(self.compare_box.itemData(row) != self.doc_id or not self.doc_id)
        chosen = self._user_choice
        wanted = self.compare_box.findData(chosen) if chosen else -1
        if (wanted < 0 or chosen == self.doc_id) and self.doc_id:
            peer = closest_peer(self._listed, self.doc_id)
            wanted = self.compare_box.findData(peer) if peer else -1
        if wanted < 0 or self.compare_box.itemData(wanted) == self.doc_id:
            wanted = next(
                (
                    r
                    for r in range(self.compare_box.count())
                    if self.compare_box.itemData(r) != self.doc_id
                ),
                -1,
            )
        self.compare_box.setCurrentIndex(wanted)
        self._show_title_start()

    def _show_title_start(self) -> None:
        """Scroll the box's text to the title's first words: a chosen title longer than the
        box showed its end (…全市办公室系统文秘业务培训会议上的讲话) with a sliver of 在 at the
        left edge, the part that tells titles apart cut away."""
        self.compare_box.lineEdit().setCursorPosition(0)

    def set_rate(self, rate: int) -> None:
        """Speaking rate in characters a minute (Preferences), used for the comparison text."""
        self.rate = rate or DEFAULT_RATE

    def show_busy(self) -> None:
        """A new document is being analysed: say so instead of showing the old one's figures.
        The map is emptied and 打印/导出提纲 and 并排对照 wait for the new study: the reader
        already showed the new text while the map beside it still gave the old one's parts
        and 字数, and 导出提纲 wrote the old one's outline."""
        self._busy = True
        self.title_label.setText("正在分析…")
        self.map.clear()
        self._update_enabled()

    def show_failed(self, text: str) -> None:
        """The analysis of the reader's document failed (``text`` says why, in Chinese): the
        line says so, where 正在分析… would otherwise stay for good; nothing old comes back."""
        self._busy = True
        self.title_label.setText(f"分析失败：{html.escape(text)}")
        self.map.clear()
        self._update_enabled()

    def show_study(self, doc: Any, doc_id: str, study: Any) -> None:
        """Show the study of the reader's document (done once, by the controller, for the reader
        page and this dock together)."""
        changed = doc is not self.doc
        # the same library document read again (renamed or corrected in the reader): the
        # comparison stays and shows it as it is now, not the old title beside the other
        again = changed and bool(doc_id) and doc_id == self.doc_id and self._compared is not None
        self.doc, self.doc_id, self.study = doc, doc_id, study
        self._busy = False
        if changed:
            self._exclude_current()
        outline = getattr(doc, "outline", None)
        self.map.show_study(study, corrected=bool(getattr(outline, "corrected", 0)))
        if changed:
            title = document_title(doc)
            self.exercise.set_document(doc, doc_id, title, getattr(study, "roadmap", None))
        if again:
            self._show_pair_again(*self._compared)
        elif changed:
            self.compare.clear()
            self._compared = None
            self._compared_id, self._compared_version = "", None
            if self.side_by_side is not None and not self._pair_from_library:
                self.side_by_side.close()  # it showed the old document beside another
        self.refresh_notes()
        title = document_title(doc)
        parts = [
            f"{study.total_chars:,} 字",
            f"{duration(study.total_seconds)}（每分钟 {study.rate} 字）",
            # "、0 个只提及" said nothing but took the line's room (整顿党的作风, 8 frames)
            f"数字概括 {len(study.listed_frames)} 个展开"
            + (f"、{len(study.mentioned_frames)} 个只提及" if study.mentioned_frames else ""),
        ]
        if study.warnings:
            parts.append(f"⚠ {len(study.warnings)} 处提示")
        self.title_label.setText(
            f"<b>{html.escape(book_title(title))}</b>　" + segments_line(parts)
        )
        self._update_enabled()
        pending, self._pending_attempt = self._pending_attempt, None
        if pending is not None and pending[0] == doc_id:
            self.tabs.setCurrentWidget(self.exercise)
            self.exercise.open_attempt(pending[1])
        self.studied.emit(study)

    @property
    def exercise_in_progress(self) -> bool:
        """The 提纲练习 tab is the current one and on its writing page."""
        return self.tabs.currentWidget() is self.exercise and self.exercise.writing

    def refresh_notes(self) -> None:
        """Reload the notes list (after a note was added or removed in the reader)."""
        self.notes.set_store(
            self.notes_store,
            self.doc_id or None,
            shared=bool(getattr(self.library, "shared", False)),
        )

    def _on_attempt_chosen(self, attempt: Any) -> None:
        """Reopen a saved exercise from the list of all: at once for this document, else once the
        reader has opened and studied its document."""
        if attempt.doc_id == self.doc_id:
            self.tabs.setCurrentWidget(self.exercise)
            self.exercise.open_attempt(attempt.id)
        else:
            self._pending_attempt = (attempt.doc_id, attempt.id)
            self.open_requested.emit(attempt.doc_id, 0)

    def _on_note_chosen(self, note: Any) -> None:
        if note.doc_id == self.doc_id:
            self.note_chosen.emit(note)
            return
        doc_id = self._document_of(note)
        if doc_id:
            self.open_requested.emit(doc_id, note.paragraph)

    def _document_of(self, note: Any) -> str:
        """The library document a note is on: its own id, or, when that id is gone (the file
        changed, so its id did), the one document now under the note's title, whose study
        takes the note over (StudyController._follow_notes). "" with a word in the status
        line when there is none, or several to choose from."""
        library = self.library
        if library is None:
            return note.doc_id
        try:
            if library.document(note.doc_id) is not None:
                return note.doc_id
            docs = library.documents()
            same = [d.id for d in docs if note.doc_path and d.path == note.doc_path]
            if not same and not note.doc_path:  # a note kept before paths were: its title
                same = [d.id for d in docs if d.display_title == note.doc_title]
        except Exception as exc:  # noqa: BLE001 - a library that cannot answer: try the id
            log.warning("cannot look the note's document up: %s", exc)
            return note.doc_id
        title = book_title(note.doc_title) if note.doc_title else "这条笔记所在的文稿"
        if len(same) == 1:
            self.status_message.emit(f"{title}的文件改动过，打开的是现在的版本。")
            return same[0]
        if same:
            self.status_message.emit(
                f"{title}的文件改动过，资料库中有 {len(same)} 篇同标题的文稿。"
            )
        else:
            self.status_message.emit(f"{title}已不在资料库中；笔记的原文仍留在笔记里。")
        return ""

    # -- comparison ---------------------------------------------------------------------------

    def compare_selected(self) -> None:
        """Load and analyse the chosen comparison text on a worker (loading can be slow on a team
        database), then show both side by side.
        """
        if self.doc is None or self.library is None:
            return
        typed = self.compare_box.currentText().strip()
        row = self.compare_box.findText(typed)
        if row < 0 and typed:
            row = self._only_title_with(typed)
            if row == -2:
                return
            if row >= 0:
                self.compare_box.setCurrentIndex(row)
        other_id = self.compare_box.itemData(row) if row >= 0 else None
        if not other_id:
            self.status_message.emit("请在列表中选一篇对照文稿（可输入标题中的字词筛选）。")
            return
        if other_id == self.doc_id:
            self.status_message.emit("这就是正在学习的文稿，请选另一篇对照。")
            return
        self._user_choice = other_id
        self._run_compare(other_id)

    def _run_compare(self, other_id: str, quiet: bool = False) -> None:
        """Load and analyse ``other_id`` on a worker for the 对照 tab; ``quiet``: the text
        shown there changed in the library, and is shown again where it is, without bringing
        the tab or the window to the front."""
        library, rate = self.library, self.rate
        self._compare_ticket += 1
        ticket = self._compare_ticket

        def job(_token):
            version = version_of(library, other_id)
            other = library.load(other_id)
            return ticket, other_id, version, other, analyze(other, rate=rate)

        if not quiet:
            self.status_message.emit("正在分析对照文稿…")
        done = self._on_recompared if quiet else self._on_compared
        start_job(job, done, self._on_compare_failed)

    def _only_title_with(self, words: str) -> int:
        """The row of the one other text whose title holds the typed ``words``; -1 for none,
        -2 when several do (said in the status bar). Typing 井冈山 showed 井冈山的斗争 as the
        only match, and Enter or 并排对照 then said 请在列表中选一篇: the words had to be
        completed by hand or picked with the mouse."""
        rows = [
            r
            for r in range(self.compare_box.count())
            if words in self.compare_box.itemText(r) and self.compare_box.itemData(r) != self.doc_id
        ]
        if len(rows) > 1:
            self.status_message.emit(
                f"有 {len(rows)} 篇文稿的标题含“{words}”，请在列表中选一篇对照。"
            )
            return -2
        return rows[0] if rows else -1

    def _on_compared(self, result: Any) -> None:
        ticket, other_id, version, other, other_study = result
        if ticket == self._compare_ticket:
            self.show_comparison(other, other_study)
            self._compared_id, self._compared_version = other_id, version

    def _on_recompared(self, result: Any) -> None:
        ticket, other_id, version, other, other_study = result
        if ticket != self._compare_ticket or self._compared is None or self.study is None:
            return
        self._compared_id, self._compared_version = other_id, version
        self._show_pair_again(other, other_study)
        self.status_message.emit(f"对照文稿已更新为{book_title(document_title(other))}")

    def _show_pair_again(self, other: Any, other_study: Any) -> None:
        """Show the 对照 tab's pair again with the texts as they are now (one of them renamed
        or corrected), in the tab and in the 并排对照 window if it shows this pair, without
        bringing either to the front."""
        self.compare.show_pair(self.doc, self.study, other, other_study)
        self._compared = (other, other_study)
        window = self.side_by_side
        if window is not None and window.isVisible() and not self._pair_from_library:
            window.show_pair(self.doc, self.study, other, other_study, annotate=self.study_mode)
        self._update_enabled()

    def _on_compare_failed(self, message: str, exc: object) -> None:
        text = failure_text(message, exc)  # not the core's English
        self.status_message.emit(f"对照失败：{text}")

    def show_comparison(self, other: Any, other_study: Any) -> None:
        """Show a finished comparison on the 对照 tab; a result arriving after the study was cleared
        is dropped.
        """
        if self.study is None:
            return
        self.compare.show_pair(self.doc, self.study, other, other_study)
        self._compared = (other, other_study)
        if not self.exercise_in_progress:
            # an exercise being written stays in front (its text blanked in the window too):
            # turning to 对照 ended it and showed every heading in the reader
            self.tabs.setCurrentWidget(self.compare_page)
        self.open_side_by_side()
        self._update_enabled()
        self.status_message.emit(f"已并排对照{book_title(document_title(other))}")

    def open_side_by_side(self) -> SideBySideWindow | None:
        """Show the two full texts side by side in their own window (the dock is too narrow
        for two texts), sized to the screen."""
        if self._compared is None or self.study is None:
            return None
        other, other_study = self._compared
        return self._show_window(self.doc, self.study, other, other_study, from_library=False)

    def _show_window(
        self, doc_a: Any, study_a: Any, doc_b: Any, study_b: Any, from_library: bool
    ) -> SideBySideWindow:
        """Show two texts in the 并排对照 window (made once, sized to the screen), their marks
        as 学习模式 stands."""
        if self.side_by_side is None:
            self.side_by_side = SideBySideWindow(self)
            self.side_by_side.masked_doc = self._exercise_doc
            room = self.screen().availableGeometry() if self.screen() else None
            if room is not None:
                self.side_by_side.resize(int(room.width() * 0.9), int(room.height() * 0.9))
                self.side_by_side.move(room.center() - self.side_by_side.rect().center())
        self._pair_from_library = from_library
        self.side_by_side.show()
        self.side_by_side.show_pair(doc_a, study_a, doc_b, study_b, annotate=self.study_mode)
        self.side_by_side.raise_()
        self.side_by_side.activateWindow()
        return self.side_by_side

    def set_exercise_mask(self, doc: Any) -> None:
        """The reader blanks ``doc`` for the outline exercise being written (None: it shows the
        headings again): the 并排对照 window, a window of its own beside the exercise, blanks it
        too wherever it shows it, now and when opened later."""
        self._exercise_doc = doc
        if self.side_by_side is not None:
            self.side_by_side.set_masked(doc)

    def compare_pair(self, id_a: str, id_b: str) -> None:
        """并排对照 of two library documents chosen in the library table: both loaded and
        analysed on a worker, then shown in the same window the 对照 tab opens. When one of
        them is the document studied here, it goes on the left and the 对照 tab shows the
        pair too, as if the other had been chosen there."""
        if self.library is None or not id_a or not id_b or id_a == id_b:
            return
        if id_b == self.doc_id and self.study is not None:
            id_a, id_b = id_b, id_a
        library, rate = self.library, self.rate
        mine = (self.doc, self.study) if id_a == self.doc_id and self.study is not None else None
        self._pair_ticket += 1
        ticket = self._pair_ticket

        def job(_token):
            if mine is not None:
                doc_a, study_a = mine
            else:
                doc_a = library.load(id_a)
                study_a = analyze(doc_a, rate=rate)
            doc_b = library.load(id_b)
            return (
                ticket,
                id_b if mine is not None else "",
                doc_a,
                study_a,
                doc_b,
                analyze(doc_b, rate=rate),
            )

        self.status_message.emit("正在分析两篇文稿…")
        start_job(job, self._on_pair_analysed, self._on_compare_failed)

    def _on_pair_analysed(self, result: Any) -> None:
        ticket, other_id, doc_a, study_a, doc_b, study_b = result
        if ticket != self._pair_ticket:
            return  # another pair was asked for meanwhile
        if other_id and doc_a is self.doc and self.study is not None:
            self._compare_ticket += 1  # a comparison still running on the 对照 tab is dropped
            self._user_choice = other_id
            self.compare_box.setCurrentIndex(self.compare_box.findData(other_id))
            self.show_comparison(doc_b, study_b)
            self._compared_id = other_id
            self._compared_version = version_of(self.library, other_id)
            return
        self._show_window(doc_a, study_a, doc_b, study_b, from_library=True)
        self.status_message.emit(
            f"已并排对照{book_title(document_title(doc_a))}与{book_title(document_title(doc_b))}"
        )

    def set_study_mode(self, on: bool) -> None:
        """The reader's 学习模式 went on or off: an open side-by-side window follows, so the two
        texts are read with the same marks as the one in the reader."""
        self.study_mode = on
        if self.side_by_side is not None:
            self.side_by_side.set_annotated(on)

    def _on_compare_row(self, item: Any, _previous: Any = None) -> None:
        """A row chosen in the dock's aligned outline: the side-by-side texts go there."""
        window = self.side_by_side
        if item is None or window is None or not window.isVisible() or self._pair_from_library:
            return  # no window, or it shows two other texts than these rows
        pair = item.data(0, Qt.ItemDataRole.UserRole)
        if pair:
            window.show_sections(*pair)

    # -- export -------------------------------------------------------------------------------

    def export_outline(self, path: str | None = None) -> Path | None:
        """提纲 of the shown document as .docx or .md (the outline exporter of drafter.export)."""
        if self.doc is None:
            return None
        if path is None:
            title = safe_file_name(document_title(self.doc)[:30])
            folder = Path(getattr(self.settings, "last_export_dir", "") or "")
            path, _ = get_save_file_name(
                self,
                "导出提纲",
                str(folder / f"{title}-提纲.docx"),
                "Word 文档 (*.docx);;Markdown (*.md);;文本 (*.txt)",
            )
            if not path:
                return None
        from drafter.export import ExportError, export_draft
        from drafter.export.outline import model_text_outline
        from drafter.study.outline_notes import model_text_outline_notes

        try:
            # the notes the printout has (〔开头〕…〔结尾〕), from the study in hand
            notes = model_text_outline_notes(self.doc, self.study)
            out = export_draft(
                model_text_outline(self.doc), path, outline_only=True, outline_notes=notes
            )
        except (ExportError, OSError) as exc:
            show_error(
                self, f"无法导出提纲：{describe(exc)}"
            )  # the core's English stays in the log
            return None
        if self.settings is not None:
            self.settings.last_export_dir = str(Path(out).parent)
        self.status_message.emit(f"提纲已导出到 {out}")
        return out

    def print_outline(self, printer: Any = None) -> bool:
        """Print the outline only (title and every heading, indented by level): with a printer
        given (tests, PDF) straight to it, else after the print dialog."""
        if self.doc is None:
            return False
        return print_outline(self, self.doc, printer, self.study)

    # -- helpers ------------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        has = self.doc is not None and self.study is not None and not self._busy
        self.compare_button.setEnabled(has)
        # the outline is the exercise's answer: 打印/导出提纲 sat right above the boxes while the
        # reader, the outline tree and 并排对照 hid every heading
        writing = has and self.exercise_in_progress
        for w, tip in (
            (self.print_button, "只打印标题和各级小标题"),
            (self.export_button, "只导出标题和各级小标题（Word、Markdown 或文本）"),
        ):
            w.setEnabled(has and not writing)
            w.setToolTip("提纲练习进行中：写完点“对照原文”后可打印、导出提纲" if writing else tip)
        self.read_both_button.setEnabled(has and self._compared is not None)
        self.compare_hint.setVisible(self._compared is None)


def version_of(library: Any, doc_id: str) -> str | None:
    """``doc_id``'s version token (:meth:`LibraryBackend.document_versions`: it moves with
    every change of the text, corrections included), None when the library cannot say."""
    try:
        return library.document_versions().get(doc_id)
    except Exception:  # noqa: BLE001 - a library without tokens: nothing to follow
        return None
