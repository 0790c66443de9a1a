"""The 学习 dock: what goes beside the reader's 学习模式 — a structure map with length bars,
the trainee's notes, a second document side by side, the outline exercise, and the outline
printed or exported. The panel only shows what :mod:`drafter.study` finds; the analysis is
run once per document by the controller and shared with the reader's annotated page.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import UNTITLED, book_title, document_title, is_untitled
from drafter.messages import warning_in_chinese
from drafter.study.stats import DEFAULT_RATE
from drafter.ui.dialogs.export_dialog import safe_file_name
from drafter.ui.errors import describe, show_error
from drafter.ui.file_dialogs import get_save_file_name
from drafter.ui.library_reads import LatestRead
from drafter.ui.study.compare import CompareView
from drafter.ui.study.exercise import OutlineExercise
from drafter.ui.study.notes_tab import NotesTab
from drafter.ui.study.outline_print import print_outline
from drafter.ui.study.side_by_side import SideBySideWindow
from drafter.ui.study.structure_map import StructureMap, duration
from drafter.ui.study.study_comparison import COMPARE_HINT, StudyComparison
from drafter.ui.study.study_exercise_follow import StudyExerciseFollow
from drafter.ui.study.study_note_links import RELOCATE_HERE, StudyNoteLinks
from drafter.ui.study.unbroken import segments_line
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.pick_combo import PickComboBox

log = logging.getLogger(__name__)

EMPTY_TEXT = (
    "在阅读器中打开一篇范文，按 F8（或阅读器上的“学习模式”）看它的结构；这里有结构图、"
    "笔记、并排对照和提纲练习。"
)


class StudyPanel(StudyComparison, StudyNoteLinks, StudyExerciseFollow, QWidget):
    """The 学习 dock for the document shown in the reader. Its 对照 tab and the 并排对照
    window are :class:`~drafter.ui.study.study_comparison.StudyComparison`'s, the notes'
    way to their documents :class:`~drafter.ui.study.study_note_links.StudyNoteLinks`'s,
    and the exercise following the reader
    :class:`~drafter.ui.study.study_exercise_follow.StudyExerciseFollow`'s.

    Signals:
        status_message(str): a line for the status bar.
        open_requested(str, int): show document (library id) at paragraph N in the reader.
        paragraph_requested(int): show paragraph N of the studied document in the reader.
        correct_requested(int, str, QPoint): the structure map's row of paragraph N was
            right-clicked (its label, where): offer the reader's 更正结构 menu there.
        note_chosen(object): a note of the studied document was picked (show its span).
        remove_note_requested(int): the trainee asked to delete the note with this id.
        edit_note_requested(int): the trainee asked to change the text of the note with this id.
        relocate_note_requested(int): the trainee asked to put the note with this id, whose
            words the changed file lost, on the text selected in the reader.
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
    relocate_note_requested = Signal(int)
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
        self.compare_box = PickComboBox()
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
        # the comparison choices, read on a worker for a team library
        self._documents_read = LatestRead(
            self, self._fill_documents, self._documents_failed, lambda: self.library
        )
        # the document of a note chosen in 笔记, looked up on a worker for a team library
        self._note_lookup = LatestRead(
            self,
            lambda found: self._open_note_document(*found),
            lambda exc: log.warning("cannot look the note's document up: %s", exc),
            lambda: self.library,
        )
        self.compare_box.activated.connect(lambda _row: self._show_title_start())
        self.compare_box.activated.connect(
            lambda _row: setattr(self, "_user_choice", self.compare_box.currentData())
        )
        # a title picked in the open list compares at once (the trainee waited for something
        # to happen); one stepped to with the arrow keys only lights 并排对照 up, the window
        # not opened again at every step
        self.compare_box.picked.connect(lambda _row: self.compare_selected())
        self.compare_box.stepped.connect(lambda _row: self._mark_choice_pending())
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
        # the library ids of the two texts the window shows: their notes are drawn there
        self._window_ids: tuple[str, str] = ("", "")
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
        self.compare_hint = note_label(COMPARE_HINT, "compareHint")
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
        self.notes.relocate_requested.connect(self._on_relocate_requested)
        self.notes.attempt_chosen.connect(self._on_attempt_chosen)
        self._pending_attempt: tuple[str, int] | None = None  # (doc id, attempt) to reopen
        self._relocating: int | None = None  # a note of another document to 重新定位
        self.exercise.status_message.connect(self.status_message)
        self.exercise.back_requested.connect(self._exercise_back)
        self.exercise.take_requested.connect(self.take_exercise)
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
        self.title_label.setToolTip("")
        self.map.clear()
        self._update_enabled()

    def show_failed(self, text: str) -> None:
        """The analysis of the reader's document failed (``text`` says why, in Chinese): the
        line says so, where 正在分析… would otherwise stay for good; nothing old comes back."""
        self._busy = True
        self.title_label.setText(f"分析失败：{html.escape(text)}")
        self.title_label.setToolTip("")
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
            self._follow_exercise(doc, doc_id, study)
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
            + (f"、{len(study.mentioned_frames)} 个只提及" if study.mentioned_frames else "")
            if study.frames
            else "没有数字概括",  # 数字概括 0 个展开 counted what is not there
        ]
        if study.warnings:
            parts.append(f"⚠ {len(study.warnings)} 处提示")
        # what the hints are, where the count stands (the page's ⚠ link goes to each one)
        self.title_label.setToolTip("\n".join(warning_in_chinese(w) for w in study.warnings))
        # an untitled text's occasion or first words carry the quiet 无标题 mark, as in the
        # reader's header and the printed outline: 现在，我代表国务院… is no title
        untitled = f"<span style='color:#888'>{UNTITLED}</span>" if is_untitled(doc) else ""
        self.title_label.setText(
            f"<b>{html.escape(book_title(title))}</b>{untitled}　" + segments_line(parts)
        )
        self._update_enabled()
        pending, self._pending_attempt = self._pending_attempt, None
        if pending is not None and pending[0] == doc_id:
            if self.exercise.doc is not doc:  # an attempt of this text was asked for
                self.take_exercise()
            self.tabs.setCurrentWidget(self.exercise)
            self.exercise.open_attempt(pending[1])
        if self._relocating is not None and doc_id and self._note_is_on(self._relocating, doc_id):
            # 重新定位 asked from 全部笔记: now its document is here, what to do next (after
            # the reader's 已打开…, which would hide it said on the click)
            self._relocating = None
            self.status_message.emit(RELOCATE_HERE)
        self.studied.emit(study)

    def take_keyboard(self) -> None:
        """Give the keyboard to the current tab's first place to work (转到学习, Ctrl+6): the
        map's rows, the notes' search box, the document box of 对照, the first heading to write
        in 提纲练习; else the tab bar, whose arrows pick a tab. Without it the dock had no key:
        a trainee at the keyboard could read the annotated page but never reach the map, the
        notes or the exercise beside it."""
        page = self.tabs.currentWidget()
        target: QWidget | None = None
        if page is self.map:
            target = self.map
        elif page is self.notes:
            target = self.notes.search_box
        elif page is self.compare_page:
            target = self.compare_box
        elif page is self.exercise:
            target = next(
                (
                    box
                    for box in self.exercise.findChildren(QLineEdit)
                    if box.isVisibleTo(self.exercise) and box.isEnabled() and not box.isReadOnly()
                ),
                None,
            )
        (target or self.tabs.tabBar()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh_notes(self) -> None:
        """Reload the notes list (after a note was added or removed in the reader), and the
        notes the 并排对照 window draws."""
        self.notes.set_store(
            self.notes_store,
            self.doc_id or None,
            shared=bool(getattr(self.library, "shared", False)),
        )
        self.refresh_window_notes()

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
        from drafter.export import ExportError
        from drafter.study.outline_notes import export_model_text_outline

        try:
            # the notes the printout has (〔开头〕…〔结尾〕), from the study in hand; the same
            # exporter as drafter export FILE --outline-only
            out = export_model_text_outline(self.doc, path, study=self.study).path
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

    def _mark_choice_pending(self) -> None:
        """A title chosen but not yet compared (stepped to with the arrow keys): 并排对照
        becomes the button Enter stands for, and the status bar says so."""
        chosen = self.compare_box.currentData()
        pending = bool(chosen) and chosen != self._compared_id and chosen != self.doc_id
        self.compare_button.setDefault(pending)
        if pending:
            self.status_message.emit("已选对照文稿：按 Enter 或点“并排对照”打开两篇并排")

    def _update_enabled(self) -> None:
        has = self.doc is not None and self.study is not None and not self._busy
        self.compare_button.setEnabled(has)
        if self._compared_id and self.compare_box.currentData() == self._compared_id:
            self.compare_button.setDefault(False)  # what is chosen is what is shown
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
