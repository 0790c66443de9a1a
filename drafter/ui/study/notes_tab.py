"""笔记: the notes and highlights of the shown document, or of all documents when searching."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import quote_cut
from drafter.study.note_options import LOCAL_ONLY_NOTICE
from drafter.study.note_spans import search_spans
from drafter.ui.study.study_marks import NOTE_COLOURS
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 3
# an empty list says how a note is made: the 高亮 / 写笔记 buttons sit by the reader's text in
# 学习模式, not on this tab, where a trainee looked for them in vain
HOW_TO_NOTE = "在学习模式（F8）下，在阅读器里选中文字，点“高亮”或“写笔记…”即可记下"
# a search's words in the listed notes: orange, apart from the notes' own yellow, green,
# blue and pink highlights (study_marks.NOTE_COLOURS) behind the 原文 column
HIT_BG = "#ff9f43"
# a note whose words its changed file no longer holds (Note.unplaced): said in its 原文 cell
# before the old words, so the trainee finds the passage and re-attaches it (重新定位)
UNPLACED = "原文已改动，未找到这段文字"
UNPLACED_BG = "#e4e4e4"


# a quote longer than this is listed by its start and its end (a whole passage highlighted,
# ten paragraphs, filled the list with one row); a search lists it whole, its hits marked
QUOTE_SHOWN = 120
QUOTE_END_SHOWN = 30


def shown_quote(quote: str) -> str:
    """A note's quote as the list shows it: whole when short, else its start and its last
    few words (from a phrase break, so no word is cut) with …… between; the tooltip and a
    search show all of it."""
    if len(quote) <= QUOTE_SHOWN:
        return quote
    head = quote_cut(quote, QUOTE_SHOWN - QUOTE_END_SHOWN).rstrip("…")
    tail = quote[-QUOTE_END_SHOWN:]
    breaks = [i for i, ch in enumerate(tail[:-1]) if ch in "，。；：、！？\n"]
    tail = tail[breaks[0] + 1 :] if breaks else tail
    return f"{head}……{tail.lstrip()}"


class HitDelegate(WrappingDelegate):
    """The notes list's cells, wrapped, with the words of the search (``words``) marked in
    them: the list found a note by words deep in a long quote and did not show where."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.words = ""

    def paint(self, painter, option, index: QModelIndex) -> None:
        """Qt override: the cell as usual, its text drawn again with the hits marked."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        spans = search_spans(text, self.words) if self.words else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect.adjust(2, 0, -2, 0)  # the style's own text margin
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
        doc.setDefaultTextOption(wrap)
        doc.setPlainText(text)
        doc.setTextWidth(rect.width())
        hit = QTextCharFormat()
        hit.setBackground(QColor(HIT_BG))
        hit.setFontWeight(QFont.Weight.Bold)
        for start, end in spans:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(hit)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        top = rect.top() + max(0, (rect.height() - int(doc.size().height())) // 2)
        painter.save()
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class NotesTab(QWidget):
    """Lists notes (this document's or all), searching looks through every document's notes;
    says plainly that the notes stay on this machine.

    Signals:
        note_chosen(object): a note was activated (to show it in the text).
        remove_requested(int): the user asked to delete the note with this id.
        edit_requested(int): the user asked to change the text of the note with this id.
        relocate_requested(int): the user asked to put the note with this id, whose words
            the text no longer holds, on the text now selected in the reader (重新定位).
        attempt_chosen(object): a saved 提纲练习 was activated (to reopen it).
    """

    note_chosen = Signal(object)
    remove_requested = Signal(int)
    edit_requested = Signal(int)
    relocate_requested = Signal(int)
    attempt_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = None
        self.doc_id: str | None = None
        self.search_box = QLineEdit()
        self.search_box.setObjectName("notesSearch")
        # short enough for the 学习 dock at 1600 px, where the long form was cut mid-bracket
        self.search_box.setPlaceholderText("搜索全部笔记…")
        self.search_box.setToolTip("在全部文稿的笔记中搜索：笔记、原文、文稿标题")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.refresh())
        self.scope = QComboBox()
        self.scope.setObjectName("notesScope")
        self.scope.addItems(["本篇笔记", "全部笔记", "全部提纲练习"])
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = note_label(name="notesSummary")
        self.list = QTreeWidget()
        self.list.setObjectName("notesList")
        self.list.setHeaderLabels(["原文", "笔记", "文稿"])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setRootIsDecorated(False)
        # every cell wraps to its column, so there is nothing to scroll to sideways; at the
        # stretched columns' least width (a narrow dock, the 文稿 column shown) Qt offered an
        # empty scrollbar for a few pixels, and kept it after the dock widened (ux80's walk)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(48)  # and the columns narrow to fit, not cut off
        self.hits = HitDelegate(self.list)  # marks the search's words in the cells
        self.list.setItemDelegate(self.hits)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.remove_button = QPushButton("删除")
        self.remove_button.setToolTip("删除所选笔记")
        self.remove_button.clicked.connect(self._remove)
        self.edit_button = QPushButton("修改…")
        self.edit_button.setObjectName("notesEdit")
        self.edit_button.setToolTip("修改所选笔记的内容（高亮也可以补写笔记）")
        self.edit_button.clicked.connect(self._edit)
        self.relocate_button = QPushButton("重新定位")
        self.relocate_button.setObjectName("notesRelocate")
        self.relocate_button.setToolTip(
            f"所选笔记{UNPLACED}：先在学习模式的正文中选中它现在对应的文字，再点这里"
        )
        self.relocate_button.clicked.connect(self._relocate)
        self.relocate_button.setVisible(False)  # shown while an unplaced note is listed
        self.relocate_button.setEnabled(False)
        self.list.currentItemChanged.connect(lambda *_a: self._update_relocate())
        self.list.setToolTip("双击一条笔记，在阅读器中显示它标注的原文")
        row = QHBoxLayout()
        row.addWidget(self.scope)
        row.addWidget(self.search_box, 1)
        # what is done to the chosen note stands under the list: beside the search box,
        # 重新定位 (shown once a note lost its words) squeezed the box to 搜… in the 学习
        # dock at 1600 px, its hint unread
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.relocate_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.list, 1)
        box.addLayout(actions)
        box.addWidget(self.summary)
        self.shared = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: reload when the tab comes into view (an exercise may have been saved)."""
        super().showEvent(event)
        self.refresh()

    def set_store(self, store, doc_id: str | None, shared: bool = False) -> None:
        """Point the tab at a notes database and a document (``None`` for all notes) and reload the
        list; ``shared`` (a team library) makes the local-only notice stand out, since a user
        of a shared library might expect colleagues to see their notes.
        """
        self.store, self.doc_id, self.shared = store, doc_id, shared
        self.refresh()

    def refresh(self) -> None:
        """Reload the list: the search words if any (across all documents), else this
        document's notes or all notes as the scope says; the note chosen stays chosen (a
        trainee who picked a note to 重新定位 and opened its document finds it still picked)."""
        item = self.list.currentItem()
        chosen = item.data(0, NOTE_ROLE) if item is not None else None
        self.list.clear()
        if self.store is None:
            self.summary.setText("没有打开资料库，不能记笔记。")
            return
        words = self.search_box.text().strip()
        self.hits.words = words
        notice = LOCAL_ONLY_NOTICE + ("（团队资料库只共享文稿，不共享笔记）" if self.shared else "")
        if self.scope.currentIndex() == 2 and not words:
            self._list_attempts(notice)
            return
        self.list.setHeaderLabels(["原文", "笔记", "文稿"])
        if words:
            notes = self.store.search(words)
            what = f"搜索“{words}”：{{n}} 条（全部文稿）"
        elif self.doc_id and self.scope.currentIndex() == 0:
            # those the changed file lost first: they wait for the trainee
            notes = self.store.left_behind(self.doc_id) + self.store.for_document(self.doc_id)
            what = "本篇 {n} 条笔记和高亮"
        else:
            notes = self.store.all()
            what = "全部 {n} 条笔记和高亮"
        # 本篇笔记: every row's 文稿 is the document shown (its title stands over the tab); the
        # column sized to that title took half the 学习 dock at 1280x720 from 原文 and 笔记
        self.list.setColumnHidden(2, not words and self._this_document())
        how = "" if notes or words else f"。{HOW_TO_NOTE}"
        lost = sum(1 for n in notes if n.unplaced)
        lost_said = (
            f"；其中 {lost} 条{UNPLACED}，选中新的文字后点“重新定位”，或删除" if lost else ""
        )
        self.summary.setText(f"{what.format(n=len(notes))}{lost_said}{how}。{notice}。")
        self.summary.setToolTip(str(getattr(self.store, "path", "")))
        for note in notes:
            quote = note.quote if words else shown_quote(note.quote)
            if note.unplaced:
                quote = f"⚠ {UNPLACED}：“{quote}”"
            item = QTreeWidgetItem([quote, note.note or "（高亮）", note.doc_title or note.doc_id])
            item.setData(0, NOTE_ROLE, note)
            colour = UNPLACED_BG if note.unplaced else NOTE_COLOURS.get(note.color, "#fff3a0")
            item.setBackground(0, QBrush(QColor(colour)))
            item.setToolTip(
                0, f"{UNPLACED}。原来标注的是：\n{note.quote}" if note.unplaced else note.quote
            )
            item.setToolTip(1, note.note)
            self.list.addTopLevelItem(item)
            if chosen is not None and note.id == chosen.id:
                self.list.setCurrentItem(item)
        self.relocate_button.setVisible(lost > 0)
        self._update_relocate()

    def _this_document(self) -> bool:
        """Whether the list holds this document's notes only (本篇笔记, nothing searched)."""
        return bool(self.doc_id) and self.scope.currentIndex() == 0

    def _list_attempts(self, notice: str) -> None:
        """Every saved outline exercise, newest first, across documents."""
        from drafter.ui.study.exercise_text import attempt_label

        self.list.setHeaderLabels(["提纲练习", "写了", "文稿"])
        self.list.setColumnHidden(2, False)
        attempts = self.store.attempts.all()
        for attempt in attempts:
            item = QTreeWidgetItem(
                [
                    attempt_label(attempt),
                    f"{attempt.filled}/{len(attempt.answers)} 个标题",
                    attempt.doc_title or attempt.doc_id,
                ]
            )
            item.setData(0, ATTEMPT_ROLE, attempt)
            self.list.addTopLevelItem(item)
        self.summary.setText(f"全部 {len(attempts)} 次提纲练习（双击重新打开）。{notice}。")

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note = item.data(0, NOTE_ROLE)
        if note is not None:
            self.note_chosen.emit(note)
        attempt = item.data(0, ATTEMPT_ROLE)
        if attempt is not None:
            self.attempt_chosen.emit(attempt)

    def _update_relocate(self) -> None:
        """重新定位 is for the chosen note when its words are gone from the text."""
        item = self.list.currentItem()
        note = item.data(0, NOTE_ROLE) if item else None
        self.relocate_button.setEnabled(bool(note is not None and note.unplaced))

    def _relocate(self) -> None:
        item = self.list.currentItem()
        note = item.data(0, NOTE_ROLE) if item else None
        if note is not None and note.unplaced:
            self.relocate_requested.emit(note.id)

    def _edit(self) -> None:
        item = self.list.currentItem()
        note = item.data(0, NOTE_ROLE) if item else None
        if note is not None:
            self.edit_requested.emit(note.id)

    def _remove(self) -> None:
        item = self.list.currentItem()
        attempt = item.data(0, ATTEMPT_ROLE) if item else None
        if attempt is not None and self.store is not None:
            self.store.attempts.remove(attempt.id)
            self.refresh()
            return
        note = item.data(0, NOTE_ROLE) if item else None
        if note is not None:
            self.remove_requested.emit(note.id)
