"""The reader's 学习模式 page: the annotated text in place of the plain one, a legend that says
what each mark means, a line that spells out the frame or roadmap sentence last clicked (its
items as links), and the buttons that turn a selection into a highlight or a note."""

from __future__ import annotations

import html
from collections.abc import Callable
from math import ceil
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import quote_cut
from drafter.study.glossary import TYPE_NOTES, explain
from drafter.study.model import Study
from drafter.study.stats import bookend_label, opening_label, spoken
from drafter.ui.read_only import hold
from drafter.ui.study.annotated_view import AnnotatedView
from drafter.ui.study.info_lines import LEGEND, follow_link, frame_line, roadmap_line, warning_link
from drafter.ui.study.study_marks import NOTE_COLOURS, PHRASE
from drafter.ui.study.unbroken import SEPARATOR, segments_line, unbroken
from drafter.ui.widgets.text_menu import reading_menu
from drafter.ui.widgets.tip_label import TipLabel

# the keys of 高亮 (yellow) and 写笔记…: the window's 视图 menu holds them, the buttons and
# the right-click menu say them
HIGHLIGHT_KEYS = "Ctrl+Alt+H"
NOTE_KEYS = "Ctrl+Alt+N"
# the info line's least height in lines: the summary of a speech takes two at 1280×720 (the
# line kept four, ~94 px of the text's room, for a frame's or a tag's longer lines)
INFO_MIN_LINES = 2
INFO_MAX_LINES = 6


class _InfoLabel(QLabel):
    """The info line: says when its text changes, so the area around it fits the text."""

    text_set = Signal()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Qt override: the text, then :attr:`text_set`."""
        super().setText(text)
        self.text_set.emit()


NOTE_COLOUR_NAMES = {"yellow": "黄色", "green": "绿色", "blue": "蓝色", "pink": "粉色"}


def _blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


class StudyPage(QWidget):
    """The annotated reading page of the reader's 学习模式.

    Signals:
        note_requested(bool, str): keep the selection as a highlight (False) or a note (True),
            in a colour (yellow, green, blue, pink).
        note_edit_requested(int): the trainee wants to change the text of note N.
        note_remove_requested(int): the trainee wants to delete note N.
        insert_requested(): send the selection to the draft (the reader does it, with provenance).
        paragraph_clicked(int): the trainee clicked in paragraph N.
        frame_clicked(int): frame K (of ``Study.frames``) was picked in the text.
        roadmap_clicked(int): roadmap sentence K was picked in the text.
    """

    note_requested = Signal(bool, str)
    note_edit_requested = Signal(int)
    note_remove_requested = Signal(int)
    insert_requested = Signal()
    paragraph_clicked = Signal(int)
    frame_clicked = Signal(int)
    roadmap_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyPage")
        self.study: Study | None = None
        # what the reader adds to the context menu for paragraph N (更正结构, 编辑信息…): set
        # by the reader's study mode, so a wrong outline is corrected where it is seen
        self.extend_menu: Callable[[QMenu, int], None] | None = None
        self.legend = TipLabel("<span style='color:#555'>图例 ⓘ</span>", LEGEND)
        self.legend.setObjectName("studyLegend")
        self.info = _InfoLabel()
        self.info.setObjectName("studyInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setToolTip("点彩色词语看同组各项；点蓝色提纲句看它领起的各部分")
        self.info.setStyleSheet("background:#f6f3ea;padding:4px;border-radius:3px")
        self.info.linkActivated.connect(self._on_link)
        self.info.text_set.connect(lambda: self._fit_info_height())
        # a fixed height: as many lines as the summary needs at this width (two at least, six
        # at most, a longer line scrolling); a line picked after it (a frame, a roadmap, a tag)
        # may make it taller, never shorter, until the summary is back, so the text below
        # does not jump each time the line changes
        self._summary = ""
        self.info_area = QScrollArea()
        self.info_area.setWidget(self.info)
        self.info_area.setWidgetResizable(True)
        self.info_area.setFrameShape(QFrame.Shape.NoFrame)
        self.info_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_info_height()
        self.highlight_button = QPushButton("高亮")
        self.highlight_button.setObjectName("studyHighlight")
        self.highlight_button.setToolTip(
            f"把选中的文字标为高亮（{HIGHLIGHT_KEYS}；个人笔记，仅保存在本机）；"
            "也可在文字上点右键。用键盘选字：在正文中按 Shift+方向键"
        )
        self.highlight_button.clicked.connect(lambda: self.note_requested.emit(False, "yellow"))
        self.note_button = QPushButton("写笔记…")
        self.note_button.setObjectName("studyNote")
        self.note_button.setToolTip(f"给选中的文字写一条笔记（{NOTE_KEYS}；仅保存在本机）")
        self.note_button.clicked.connect(lambda: self.note_requested.emit(True, "yellow"))
        self.text = AnnotatedView()
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._on_context_menu)
        self.text.frame_clicked.connect(self._on_frame_clicked)
        self.text.roadmap_clicked.connect(self._on_roadmap_clicked)
        self.text.note_clicked.connect(self.show_note)
        self.text.tag_clicked.connect(self.show_tag)
        self.text.paragraph_clicked.connect(self._on_paragraph_clicked)
        self.text.selectionChanged.connect(self._update_enabled)
        # the buttons stand beside the info line, not above it: on a 1280×720 screen every
        # line of height goes to the text
        side = QVBoxLayout()
        side.setSpacing(2)
        side.addWidget(self.highlight_button)
        side.addWidget(self.note_button)
        side.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.info_area, 1)
        row.addLayout(side)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(row)
        box.addWidget(self.text, 1)
        self.show_busy(False)

    # -- showing ------------------------------------------------------------------------------

    def show_busy(self, busy: bool = True) -> None:
        """Say the text is being analysed (or that nothing is open) while no study is shown."""
        self.study = None if busy else self.study
        if busy:
            self.info.setText("正在分析这篇文稿的结构…")
        elif self.study is None:
            self.info.setText("在阅读器中打开一篇范文，学习模式会标出它是怎样搭起来的。")
        self._update_enabled()

    def show_failed(self, text: str) -> None:
        """The analysis failed (``text`` says why, in Chinese): said where 正在分析这篇文稿的
        结构… stood, so the trainee does not wait for a study that will not come."""
        self.study = None
        self.info.setText(f"分析失败：{html.escape(text)}")
        self._update_enabled()

    def show_empty(self) -> None:
        """Nothing open in the reader (the document was closed or removed): an empty page."""
        self.study = None
        self.text.clear()
        self.text.clear_marks()
        self.show_busy(False)

    def show_study(self, doc: Any, study: Study, notes=(), keep_place: bool = False) -> None:
        """Show ``doc`` annotated with ``study`` and the trainee's ``notes``; ``keep_place`` keeps
        the reading position (after a note was added or removed)."""
        self.study = study
        self.text.show_study(doc, study, notes, keep_place=keep_place)
        if not keep_place or self.text.selected_frame is None:
            self.show_summary()
        self._update_enabled()

    def show_summary(self) -> None:
        """The info line when nothing is picked: what the text holds and how to explore it."""
        study = self.study
        if study is None:
            return
        warn = f"　{warning_link(study)}"
        mentioned = (
            f"（另 {len(study.mentioned_frames)} 个只提及）" if study.mentioned_frames else ""
        )
        parts = [
            f"{study.total_chars:,} 字",
            f"{spoken(study.total_seconds)}（每分钟 {study.rate} 字）",
        ]
        # counts of what the text has; what it has none of said once at the end, in grey
        # (提纲句 0 · 过渡句 0 read as figures to study)
        counts = (
            ("数字概括", len(study.listed_frames), mentioned),
            ("提纲句", len(study.roadmap), ""),
            ("过渡句", len(study.transitions), ""),
        )
        parts += [f"{name} {n}{extra}" for name, n, extra in counts if n]
        parts += [f"开头：{opening_label(study)}", f"结尾：{bookend_label(study.closing)}"]
        absent = [name for name, n, _extra in counts if not n]
        lacks = (
            f"{SEPARATOR}<span style='color:#888'>{unbroken('本篇没有' + '、'.join(absent))}</span>"
            if absent
            else ""
        )
        self._summary = segments_line(parts) + lacks + (warn if study.warnings else "")
        self.info.setText(self._summary)
        self._fit_info_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: the info line's height follows the summary's wrapping at the new
        width, once now and once the layout has given the info area its new width (during
        this event it still has the old one, so a narrowing page fitted the summary to the
        wider area and cut its last line off behind a scroll bar)."""
        super().resizeEvent(event)
        self._fit_info_height()
        QTimer.singleShot(0, self, self._fit_info_height)  # dropped if the page is gone

    def _fit_info_height(self) -> None:
        """What the info line's text needs at the area's width, two lines at least and six
        at most (in a narrow reader its last segment, 开头 and 结尾, was cut off behind a
        scroll bar; at 1280×720 a floor of four lines kept two empty under the summary). A
        picked line after the summary keeps the height it found, or grows."""
        line = self.info.fontMetrics().lineSpacing()
        height = line * INFO_MIN_LINES + 14
        width = self.info_area.viewport().width() - 8  # the label's padding
        text = self.info.text()
        if text and width > 0:
            doc = QTextDocument()
            doc.setDefaultFont(self.info.font())
            doc.setHtml(text)
            doc.setTextWidth(width)
            needed = ceil(doc.size().height()) + 8  # its margins are the label's padding
            lines = sum(b.layout().lineCount() for b in _blocks(doc))
            if lines > INFO_MAX_LINES:  # the text keeps its room: six lines, the rest scrolls
                needed = ceil((needed - 16) * INFO_MAX_LINES / lines) + 16
            height = max(height, needed)
        if text != self._summary:  # a picked line: no shrinking under the summary's height
            height = max(height, self.info_area.height())
        if height != self.info_area.height():
            self.info_area.setFixedHeight(height)

    def show_frame(self, frame: int, item: int = PHRASE) -> None:
        """Spell out frame ``frame``: its phrase, its number and each item as a link to its place;
        when the click was on an item, say which item of which frame it is."""
        if self.study is not None:
            line = frame_line(self.study, self.text.frame_colour, frame, item)
            if line:
                self.info.setText(line)

    def show_roadmap(self, index: int) -> None:
        """Spell out roadmap sentence ``index``: the count it promises and the sections it leads,
        each a link, with the warning when they disagree."""
        if self.study is not None:
            line = roadmap_line(self.study, index)
            if line:
                self.info.setText(line)

    def show_next_warning(self) -> None:
        """Go to the next roadmap sentence that carries a warning (after the one picked, round
        to the first) and spell it out: the summary's ⚠ N 处提示 said how many but never which
        sentence or what was wrong (关于正确处理人民内部矛盾的问题: 提出四条 over three 第X条)."""
        study = self.study
        if study is None:
            return
        warned = [k for k, road in enumerate(study.roadmap) if road.warning]
        if not warned:
            return
        now = self.text.selected_roadmap
        index = next((k for k in warned if now is not None and k > now), warned[0])
        self.text.select_roadmap(index, reveal=True)
        self._on_roadmap_clicked(index)

    def show_tag(self, label: str) -> None:
        """Explain a study tag the trainee clicked (what the part does in a speech); on 〔开头〕 or
        〔结尾〕, also what this text's type of opening or closing means."""
        lines = [html.escape(line) for line in explain(label).splitlines()]
        study = self.study
        if study is not None and label in ("开头", "结尾"):
            bookend = study.opening if label == "开头" else study.closing
            kinds = " → ".join(p.kind for p in bookend.parts)
            if bookend.type:
                lines.append(
                    f"本文{label}属<b>{html.escape(bookend.type)}</b>："
                    f"{html.escape(TYPE_NOTES.get(bookend.type, ''))}"
                )
            if kinds:
                lines.append(f"依次是：{html.escape(kinds)}")
        self.info.setText("<br>".join(lines) or html.escape(label))

    def show_note(self, note: Any) -> None:
        """Spell out one of the trainee's notes (or highlights) with links to change or delete it."""
        colour = NOTE_COLOURS.get(note.color, "#fff3a0")
        what = (
            f"我的笔记：{html.escape(note.note)}" if note.note.strip() else "我的高亮（还没写笔记）"
        )
        action = "修改笔记" if note.note.strip() else "写笔记"
        self.info.setText(
            f"<span style='background:{colour}'>&nbsp;“{html.escape(quote_cut(note.quote, 40))}”&nbsp;</span>"
            f"　{what}<br><a href='note-edit:{note.id}'>{action}…</a>　"
            f"<a href='note-remove:{note.id}'>删除</a>　"
            "<span style='color:#666'>（笔记仅保存在本机）</span>"
        )

    # -- slots --------------------------------------------------------------------------------

    def _on_frame_clicked(self, frame: int, item: int) -> None:
        self.show_frame(frame, item)
        self.frame_clicked.emit(frame)

    def _on_roadmap_clicked(self, index: int) -> None:
        self.show_roadmap(index)
        self.roadmap_clicked.emit(index)

    def _on_paragraph_clicked(self, paragraph: int) -> None:
        if self.text.selected_frame is None and self.text.selected_roadmap is None:
            self.show_summary()
        self.paragraph_clicked.emit(paragraph)

    def _on_link(self, link: str) -> None:
        if follow_link(self.text, link):
            return
        kind, _, rest = link.partition(":")
        parts = [int(x) for x in rest.split(":") if x.lstrip("-").isdigit()]
        if kind == "warn":
            self.show_next_warning()
        elif kind == "note-edit" and parts:
            self.note_edit_requested.emit(parts[0])
        elif kind == "note-remove" and parts:
            self.note_remove_requested.emit(parts[0])
            self.show_summary()

    def _on_context_menu(self, pos) -> None:
        self.context_menu(pos).exec(self.text.viewport().mapToGlobal(pos))

    def context_menu(self, pos) -> QMenu:
        """The right-click menu for ``pos`` (viewport coordinates): copy, 高亮, 写笔记…, 插入到
        草稿, the note under the pointer, and what the reader adds (更正结构, 编辑信息…)."""
        menu: QMenu = reading_menu(self.text, pos)
        menu.addSeparator()
        has = self.text.selected_note_span() is not None  # in one paragraph or over several
        has_note = has and not self.notes_held  # a read-only library keeps no notes
        colours = menu.addMenu("高亮")
        colours.setEnabled(has_note)
        for key, label in NOTE_COLOUR_NAMES.items():
            act = colours.addAction(label)
            if key == "yellow":  # the colour the key gives, as the menu bar says it
                act.setShortcut(QKeySequence(HIGHLIGHT_KEYS))
            act.triggered.connect(lambda _c=False, k=key: self.note_requested.emit(False, k))
        note = menu.addAction("写笔记…")
        note.setShortcut(QKeySequence(NOTE_KEYS))
        note.setEnabled(has_note)
        note.triggered.connect(lambda: self.note_requested.emit(True, "yellow"))
        insert = menu.addAction("插入到草稿")
        insert.setEnabled(has)
        insert.triggered.connect(self.insert_requested)
        here = self.text.char_at(pos)
        mine = self.text.note_at(*here) if here is not None else None
        if mine is not None:
            menu.addSeparator()
            change = menu.addAction("修改这条笔记…")
            change.triggered.connect(lambda: self.note_edit_requested.emit(mine.id))
            drop = menu.addAction("删除这条笔记")
            drop.triggered.connect(lambda: self.note_remove_requested.emit(mine.id))
        # on a tag (〔会议目的〕) too: it names the paragraph it stands before
        paragraph = here[0] if here is not None else self.text.paragraph_at(pos)
        if paragraph is not None and self.extend_menu is not None:
            self.extend_menu(menu, paragraph)
        return menu

    def hold_notes(self, why: str) -> None:
        """Notes cannot be kept for this library (``why``, its folder is read-only; "" they
        can): 高亮 and 写笔记 are greyed, their tooltips say why."""
        self.notes_held = why
        self._update_enabled()

    notes_held = ""  # why notes cannot be kept ("" = they can)

    def _update_enabled(self) -> None:
        has = self.study is not None and self.text.selected_note_span() is not None
        tip = f"{self.notes_held}：可以阅读和学习，不能加高亮和笔记"
        hold(self.highlight_button, self.notes_held, has, tip)
        hold(self.note_button, self.notes_held, has, tip)
