"""The reader's menus and keys for correcting the structure: the text's right-click menu
(copy, 插入到草稿, 更正结构, 编辑信息…), the outline rows' 更正结构 menu (headings, and the
transitions listed for a text without headings), the same menu for one paragraph owned by
another widget (the structure map), and Alt+1…Alt+4 / Alt+0 on the row or line in focus.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``view``,
``outline``, ``_paragraphs`` and its :class:`~drafter.ui.panels.reader_corrections.ReaderCorrections`
(``corrections``), which builds the menus' entries and stores what is chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QTreeWidgetItem, QWidget

from drafter.corpus.apparatus_moves import apparatus_at
from drafter.ui.panels.reader_correction_marks import MARK_LINK
from drafter.ui.panels.reader_outline import ParagraphRole, TransitionRole
from drafter.ui.widgets.text_menu import reading_menu


class ReaderMenus:
    """The reader's correction menus and keys (see the module docstring)."""

    def context_menu(self, pos) -> QMenu:
        """The right-click menu at ``pos`` (viewport coordinates): copy, select all, 插入到草稿,
        and 更正结构 / 编辑信息… for the paragraph there."""
        menu = reading_menu(self.view, pos)
        menu.addSeparator()
        insert = menu.addAction("插入到草稿")
        insert.setEnabled(self.view.textCursor().hasSelection())
        insert.triggered.connect(self.insert_selection)
        self.corrections.extend_menu(menu, self.view.cursorForPosition(pos).blockNumber())
        return menu

    def correct_by_key(self, level: int) -> None:
        """Alt+1…Alt+4 / Alt+0: correct the outline row chosen when the outline has the
        keyboard (a heading or a listed transition), else the paragraph holding the text's
        cursor (where the user clicked)."""
        if self.outline.hasFocus():
            item = self.outline.currentItem()
            index = item.data(0, ParagraphRole) if item is not None else None
            listed = item is not None and (
                bool(item.data(0, TransitionRole))
                or (
                    index is not None
                    and 0 <= int(index) < len(self._paragraphs)
                    and self._paragraphs[int(index)].is_heading
                )
            )
            self.corrections.by_key(int(index) if listed else -1, level)
            return
        shown = self.key_paragraph() if self.key_paragraph is not None else None
        if shown is not None:  # 学习模式's page has the keyboard
            self.corrections.by_key(shown, level)
            return
        block = self.view.textCursor().blockNumber() if self.view.hasFocus() else -1
        self.corrections.by_key(block, level)

    def _on_context_menu(self, pos) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def outline_menu(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The 更正结构 menu of a heading in the outline (不是标题, 改为 N 级…): the outline is
        where a wrong one is seen, and it had no menu at all, so a fix began by finding that
        heading again in the text. A transition listed for a text without headings takes
        its paragraph's menu (设为 N 级标题): 其次看国民党的党务 is often the heading the reader
        missed, and its row gave nothing on a right click. None for a row that is no heading
        and no transition (开头, 正文, 结尾)."""
        index = item.data(0, ParagraphRole) if item is not None else None
        if index is not None and int(index) >= len(self._paragraphs):
            # a row of the apparatus (附录（38 段）): 整体是正文
            return self.correction_menu(int(index), item.text(0), self.outline)
        if index is None or not 0 <= int(index) < len(self._paragraphs):
            return None
        turn = bool(item.data(0, TransitionRole))
        if not self._paragraphs[int(index)].is_heading and not turn:
            return None
        # a transition's row reads 〔转入新话题〕…: the menu is titled by the paragraph itself
        label = self._paragraphs[int(index)].text if turn else item.text(0)
        return self.correction_menu(int(index), label, self.outline)

    def correction_menu(self, index: int, label: str, owner: QWidget) -> QMenu | None:
        """The 更正结构 menu of paragraph ``index`` on its own, titled 更正“label”, owned by
        ``owner`` (the outline, the structure map): a heading gets 不是标题 / 改为 N 级, any
        other paragraph 设为 N 级标题. None when the shown document takes no corrections."""
        shown = 0 <= index < len(self._paragraphs) or self._apparatus_block(index)
        if not shown or not self.corrections.available():
            return None
        holder = QMenu(owner)
        self.corrections.extend_menu(holder, index)
        sub = next((a.menu() for a in holder.actions() if a.menu() is not None), None)
        if sub is None:
            return None
        sub.setTitle(f"更正“{label[:12]}”")
        sub.setParent(owner, sub.windowFlags())  # outlives the holder
        holder.deleteLater()
        return sub

    def _apparatus_block(self, block: int) -> bool:
        """Whether ``block`` shows a part of the apparatus under the text (its label or a
        paragraph)."""
        apparatus = getattr(self._doc, "apparatus", None)
        return apparatus_at(apparatus, len(self._paragraphs), block) is not None

    def marks_menu(self) -> QMenu | None:
        """The menu a click on the header's 结构待核 / 更正待复核 opens: the entries on the
        corrections as a whole (提纲无误, 更正已核对, 撤销：…, 撤销全部更正), for the
        paragraph at the text's caret. None when the document takes no corrections."""
        if not self.corrections.available():
            return None
        menu = QMenu(self.header)
        menu.setObjectName("marksMenu")
        self.corrections.state_entries(menu, self.view.textCursor().blockNumber())
        if not any(not a.isSeparator() for a in menu.actions()):
            menu.deleteLater()
            return None
        return menu

    def _on_header_link(self, href: str) -> None:
        if href != MARK_LINK:
            return
        menu = self.marks_menu()
        if menu is not None:
            menu.exec(QCursor.pos())
            menu.deleteLater()

    def _on_outline_menu(self, pos) -> None:
        menu = self.outline_menu(self.outline.itemAt(pos))
        if menu is not None:
            menu.exec(self.outline.viewport().mapToGlobal(pos))
            menu.deleteLater()
