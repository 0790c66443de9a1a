"""学习模式 in the reader itself: a checkable button on the reader's toolbar (and F8) swaps
the reader's plain text for the annotated study page and puts the 要点 list under the
outline; switching back returns to the plain text at the place the trainee had reached.

The reader panel only offers a few hooks (``splitter``, ``tools``, ``terms``); everything the
mode adds lives here, so the reader stays the reader and the mode can be read on its own. A
selection on the study page is mirrored into the hidden plain view, so the reader's own
插入到草稿 (button, context menu, drag provenance) works in the mode unchanged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QSplitter, QStackedWidget, QToolButton

from drafter.ui.panels.reader_outline import ParagraphRole
from drafter.ui.study.points_tree import PointsTree
from drafter.ui.study.study_page import StudyPage

# the outline and 要点 pane's share of the reader in the mode (its entries are sentences)
LEFT_SHARE = 0.3
# the pane's width in the mode, unless the user dragged it: this many pixels, or an eighth
# of a window wider than 1520 px. 0.3 of the reader took 240 px of 815 at 1280×720 beside
# the 学习 dock, whose 结构图 lists the same parts, and left the text about 540 px
LEFT_MOST = 190
# the outline's share of that pane, above the 要点 list, until the user drags the line between
# them (remembered in the settings): the outline is how a trainee moves through the text, and
# 2:3 left it three entries at 1280×720, its headings wrapping over two or three lines each
OUTLINE_SHARE = 0.6
# how far a drag may go: both lists keep a few lines (a share of 1 hid the 要点 list for good)
OUTLINE_SHARES = (0.15, 0.85)


class ReaderStudyMode(QObject):
    """The study mode of one reader panel.

    Signals:
        toggled(bool): the mode was switched on (True) or off.
    """

    toggled = Signal(bool)

    def __init__(
        self, reader: Any, action: QAction, parent: QObject | None = None, settings: Any = None
    ):
        super().__init__(parent)
        self.reader, self.action = reader, action
        self.settings = settings  # where the outline's share of the left pane is kept
        self._outline_dragged = 0.0  # the share the user dragged the outline to (0: none)
        self.active = False
        self._plain_sizes: list[int] | None = None  # outline | text widths before the mode
        # the left pane's share of the reader in the mode: set on entering, and the user's
        # own once they drag the splitter (kept for the next time the mode comes on)
        self._study_share = LEFT_SHARE
        self._set_left = 0  # the left pane's width the mode set (0: none)
        self.masked = False  # the outline exercise hides the headings
        self.page = StudyPage()
        self.points = PointsTree()
        self.points.setMinimumHeight(120)
        self.points.hide()

        splitter: QSplitter = reader.splitter
        sizes = splitter.sizes()
        self.stack = QStackedWidget()
        self.stack.setObjectName("readerStack")
        splitter.replaceWidget(splitter.indexOf(reader.view), self.stack)
        self.stack.addWidget(reader.view)
        self.stack.addWidget(self.page)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("readerLeft")
        outline_visible = not reader.outline.isHidden()
        splitter.replaceWidget(splitter.indexOf(reader.outline), self.left)
        self.left.addWidget(reader.outline)
        self.left.addWidget(self.points)
        self.left.setChildrenCollapsible(False)
        self.left.splitterMoved.connect(self._on_left_dragged)
        self.left.installEventFilter(self)
        reader.outline.setVisible(outline_visible)
        splitter.setSizes(sizes)
        reader.outline.installEventFilter(self)
        self._sync_left()

        self.button = QToolButton()
        self.button.setObjectName("readerStudyButton")
        self.button.setDefaultAction(action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        reader.tools.addWidget(self.button)

        action.setCheckable(True)
        action.toggled.connect(self.set_active)
        reader.outline.itemClicked.connect(self._on_outline_clicked)
        reader.next_button.clicked.connect(lambda: self.step_term(1))
        reader.prev_button.clicked.connect(lambda: self.step_term(-1))
        reader.outline.itemActivated.connect(self._on_outline_clicked)
        self.points.paragraph_chosen.connect(self.page.text.scroll_to_paragraph)
        self.points.frame_chosen.connect(self._on_point_frame)
        self.points.roadmap_chosen.connect(self._on_point_roadmap)
        reader.view.textChanged.connect(self._on_reader_changed)
        self.page.frame_clicked.connect(self.points.select_frame)
        self.page.roadmap_clicked.connect(self.points.select_roadmap)
        self.page.paragraph_clicked.connect(self._on_text_clicked)
        self.page.text.selectionChanged.connect(self._mirror_selection)
        self.page.insert_requested.connect(reader.insert_selection)
        self.page.extend_menu = self._extend_menu
        reader.key_paragraph = self._key_paragraph

    def _extend_menu(self, menu: Any, paragraph: int) -> None:
        """The reader's own corrections (更正结构, 编辑信息…) on the study page, for the paragraph
        right-clicked: in the mode they were out of reach, and a trainee who saw a wrong outline
        had to leave the mode to fix it. Not while the exercise hides the headings. The text
        of a run-in heading is on the heading's line here: its menu is the heading's (改为…级,
        不是标题), not a body paragraph's 在此拆分, which made no sense on that line."""
        corrections = getattr(self.reader, "corrections", None)
        if corrections is not None and not self.masked:
            corrections.extend_menu(menu, self.page.text.line_paragraph(paragraph))

    def _key_paragraph(self) -> int | None:
        """The paragraph the reader's Alt+1…Alt+4 / Alt+0 correct while the study page has the
        keyboard: the line at its caret (a run-in heading's text: the heading), as its right
        click does; None when the page is not shown, has not the keyboard, or the exercise
        hides the headings. The keys said 先在正文中点一下 on the study page's text."""
        text = self.page.text
        if not self.active or self.masked or not text.hasFocus():
            return None
        cursor = text.textCursor()
        here = text.position_of(cursor)
        if here is not None:
            return text.line_paragraph(here[0])
        point = text.cursorRect(cursor).center()
        found = text.paragraph_at(point)
        return None if found is None else text.line_paragraph(found)

    # -- switching ----------------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Switch the reader to the annotated study page (on) or back to the plain text, keeping
        the paragraph the trainee was reading in view."""
        on = bool(on)
        if on == self.active:
            return
        place = self._top_paragraph()
        self.active = on
        if hasattr(self.reader, "set_header_compact"):
            self.reader.set_header_compact(on)
        self.stack.setCurrentIndex(1 if on or self.masked else 0)
        self.points.setVisible(on)
        self._sync_left()
        self._fit_left(on)
        self._fit_outline()
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        if place is not None:
            if on:
                self.page.text.scroll_to_paragraph(place)
            else:
                self._scroll_reader_to(place)
        self.toggled.emit(on)

    def show_study(self, doc: Any, study: Any, notes=(), keep_place: bool = False) -> None:
        """Put a finished study on the page and its points under the outline."""
        self.page.show_study(doc, study, notes, keep_place=keep_place)
        self.page.text.set_terms(getattr(self.reader, "terms", ()))
        if not keep_place:
            self.points.show_study(study, self.page.text.frame_colour)
            target = getattr(self.reader, "_target", None)
            if target is not None:
                self.page.text.scroll_to_paragraph(target)

    def show_masked(self, doc: Any, study: Any = None) -> None:
        """The outline exercise is being written: the reader shows the text with its headings
        blanked out, and the words that spell them out (the parts a roadmap sentence lists, a
        heading said again in its text; ``study`` gives the roadmap), no study marks, the
        outline and 要点 list out of sight, so the originals are not given away. The mode itself is not switched (no dock is raised, the toggle keeps
        its state), and the blanked page stays even if the mode is turned off meanwhile."""
        self.masked = True
        self.page.text.show_masked(doc, getattr(study, "roadmap", None))
        self.page.info.setText(
            "<b>提纲练习进行中</b>：阅读器里的原文标题已隐去，正文中说出标题的词语（如提纲句列出的"
            "各部分）也以＿＿代替（要点和提纲也暂不显示）。"
            "读完各部分，在“提纲练习”页为每部分拟标题，写完点“对照原文”。"
        )
        self.stack.setCurrentIndex(1)
        self._sync_left()

    def unmask(self, doc: Any, study: Any, notes=()) -> None:
        """The exercise is compared or left: the annotated study again in the mode, the plain
        reader otherwise."""
        if not self.masked:
            return
        self.masked = False
        if study is not None:
            self.show_study(doc, study, notes)
        self.stack.setCurrentIndex(1 if self.active else 0)
        self._sync_left()

    def show_busy(self) -> None:
        """A new document is being analysed: empty the page so the old text is not mistaken
        for the new one."""
        self.page.text.clear()
        self.points.clear()
        self.page.show_busy(True)

    def show_paragraph(self, index: int) -> None:
        """Bring paragraph ``index`` into view in whichever view the reader shows now."""
        if self.active:
            self.page.text.scroll_to_paragraph(index)
        else:
            self.reader.jump_to_paragraph(index)

    # -- helpers ------------------------------------------------------------------------------

    def _top_paragraph(self) -> int | None:
        """The paragraph at the top of the view shown now (None without a document)."""
        if self.reader.document is None:
            return None
        if self.active:
            text = self.page.text
            pos = text.position_of(text.cursorForPosition(QPoint(8, 8)))
            return pos[0] if pos else None
        return self.reader.view.cursorForPosition(QPoint(8, 8)).blockNumber()

    def _scroll_reader_to(self, index: int) -> None:
        view = self.reader.view
        block = view.document().findBlockByNumber(index)
        if block.isValid():
            top = view.document().documentLayout().blockBoundingRect(block).top()
            view.verticalScrollBar().setValue(max(0, int(top) - 8))

    def _fit_left(self, on: bool) -> None:
        """In the mode the left pane holds the 要点 list too: give it :data:`LEFT_SHARE` of the
        reader, or the share the user dragged it to in the mode before, and the outline its
        old width back afterwards. It no longer keeps a wider outline's width in the mode:
        that took the text's room (ux30 saw 395 px of text at 1600×1000)."""
        splitter: QSplitter = self.reader.splitter
        total = sum(splitter.sizes())
        if total <= 0:
            return
        if on:
            # a hidden outline (no document open yet, or 学习模式 restored at start) has no
            # width to give back: keeping [0, all] brought it back at its 120-pixel minimum
            sizes = splitter.sizes()
            self._plain_sizes = sizes if sizes[0] > 0 else None
            left = int(total * self._study_share)
            if self._study_share == LEFT_SHARE:  # the default, not a width the user dragged to
                # in pixels of the window: the reader is still narrow now when 学习 comes to
                # its column, and widens once the docks are laid out again (study_room.py)
                window = self.reader.window()
                left = min(max(LEFT_MOST, window.width() // 8), total // 2)
            splitter.setSizes([left, total - left])
            # the reader's later widening goes to the text, not a quarter of it to the pane
            splitter.setStretchFactor(0, 0)
            splitter.setStretchFactor(1, 1)
            # only a pane on screen can be dragged: one shown later was sized by the layout
            self._set_left = splitter.sizes()[0] if self.left.isVisible() else 0
        else:
            left_now = splitter.sizes()[0]
            if self._set_left and left_now > 0 and abs(left_now - self._set_left) > 8:
                self._study_share = left_now / total  # the user dragged it: theirs now
            self._set_left = 0
            splitter.setStretchFactor(0, 1)  # the reader's own shares (reader_panel.py)
            splitter.setStretchFactor(1, 3)
            # what the outline had before the mode, else the reader's first 240 pixels (at
            # most two fifths of a narrow reader): headings read a dozen characters a line
            left = max(min(240, total * 2 // 5), (self._plain_sizes or [0])[0])
            splitter.setSizes([left, total - left])
            self._plain_sizes = None
            # the reader gets its own width back after this (study_room.py), and the
            # splitter would share the loss out: the outline keeps the width given here
            QTimer.singleShot(0, lambda: self._keep_left(left))

    def _keep_left(self, left: int) -> None:
        """Out of the mode, give the outline ``left`` pixels again after the reader's width
        changed."""
        splitter: QSplitter = self.reader.splitter
        total = sum(splitter.sizes())
        if not self.active and total > left and splitter.sizes()[0] != left:
            splitter.setSizes([left, total - left])

    def _sync_left(self) -> None:
        """The left pane shows when the outline or the 要点 list does (the reader hides the
        outline until a document is open)."""
        hidden = self.masked and self.stack.currentIndex() == 1  # the exercise's blanked page
        self.left.setVisible(
            not hidden
            and (not self.reader.outline.isHidden() or (self.active and not self.points.isHidden()))
        )

    @property
    def outline_share(self) -> float:
        """The outline's share of the left pane in the mode: the user's (dragged, kept in the
        settings), else :data:`OUTLINE_SHARE`."""
        kept = self._outline_dragged or getattr(self.settings, "study_outline_share", 0.0) or 0.0
        low, high = OUTLINE_SHARES
        return min(max(kept, low), high) if kept else OUTLINE_SHARE

    def _fit_outline(self) -> None:
        """Give the outline :attr:`outline_share` of the left pane's height (the 要点 list the
        rest), whenever the pane is laid out with both showing."""
        if not self.active or self.points.isHidden() or self.reader.outline.isHidden():
            return
        total = sum(self.left.sizes())
        if total <= 0:
            return
        top = round(total * self.outline_share)
        if abs(self.left.sizes()[0] - top) > 1:
            self.left.setSizes([top, total - top])

    def _on_left_dragged(self, _pos: int, _index: int) -> None:
        """The user dragged the line between the outline and the 要点 list: their share from now
        on, kept for the next time the mode comes on and the next start."""
        sizes = self.left.sizes()
        total = sum(sizes)
        if total <= 0 or not self.active:
            return
        low, high = OUTLINE_SHARES
        self._outline_dragged = round(min(max(sizes[0] / total, low), high), 3)
        if self.settings is not None:
            self.settings.study_outline_share = self._outline_dragged

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Qt override: follow the reader showing or hiding its outline, to show or hide the
        left pane with it; and keep the outline's share of the pane as it is resized (the
        window laid out at start, a screen change): the splitter shared a change out by its
        stretch factors, which left the outline 40% after a restart in the mode."""
        if watched is self.left:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
                QTimer.singleShot(0, self._fit_outline)
            return False
        if watched is self.reader.outline and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._sync_left()
        return False

    def _on_reader_changed(self) -> None:
        """The reader's text was replaced; when that left it empty (its document closed or
        removed from the library), the study page must not keep showing the old text."""
        if self.reader.document is None and self.page.study is not None:
            self.page.show_empty()
            self.points.clear()

    def _on_text_clicked(self, _paragraph: int) -> None:
        text = self.page.text
        if text.selected_frame is None and text.selected_roadmap is None:
            self.points.setCurrentItem(None)  # a click on plain text: nothing is picked

    def _mirror_selection(self) -> None:
        """Select the same words in the hidden plain view (its block N is paragraph N), so the
        reader's 插入到草稿 takes them with their provenance: one paragraph's words as a note
        would quote them, or a selection over several paragraphs from the first to the last
        of its words."""
        if not self.active or self.masked or self.reader.document is None:
            return
        text = self.page.text
        span = text.selected_span()
        ends = ((span[0], span[1]), (span[0], span[2])) if span else text.selected_range()
        view = self.reader.view
        cursor = QTextCursor(view.document())
        if ends is not None:
            first, last = (self._plain_position(*end) for end in ends)
            if first is not None and last is not None:
                cursor.setPosition(first)
                cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)

    def _plain_position(self, paragraph: int, offset: int) -> int | None:
        """The plain view's document position of ``offset`` in ``paragraph`` (None: no such
        paragraph there)."""
        block = self.reader.view.document().findBlockByNumber(paragraph)
        if not block.isValid():
            return None
        return block.position() + min(offset, max(0, block.length() - 1))

    def step_term(self, delta: int) -> None:
        """The reader's ▲/▼ (F3) step through the search terms on the study page too."""
        if self.active and self.stack.currentWidget() is self.page:
            self.page.text.step_term(delta)

    def _on_outline_clicked(self, item, _column: int = 0) -> None:
        index = item.data(0, ParagraphRole)
        if self.active and index is not None:
            self.page.text.scroll_to_paragraph(int(index))

    def _on_point_frame(self, frame: int) -> None:
        self.page.text.select_frame(frame, reveal=True)
        self.page.show_frame(frame)

    def _on_point_roadmap(self, index: int) -> None:
        self.page.text.select_roadmap(index, reveal=True)
        self.page.show_roadmap(index)
