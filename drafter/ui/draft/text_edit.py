"""The text editor of one outline node: one paragraph per block.

Paragraphs carry identity and provenance that plain text does not, so after each edit the
new lines are matched to the old paragraphs (:func:`reconcile`): an edited borrowed
paragraph keeps its source, a new line starts a paragraph of the writer's own.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from drafter.drafts.model import DraftParagraph
from drafter.ui.models.draft_model import HIT_MIME, hits_from_mime

BORROWED_TINT = QColor("#eaf2fb")


def split_paragraphs(text: str) -> list[str]:
    """Lines of the editor that hold text, trimmed of trailing blanks."""
    return [line.rstrip() for line in text.split("\n") if line.strip()]


def reconcile(old: list[DraftParagraph], lines: list[str]) -> list[DraftParagraph]:
    """New paragraphs for ``lines``, reusing ids and provenance of ``old`` where they match.

    Unchanged lines keep their paragraph; a changed run of lines keeps the paragraphs it
    replaced, in order (so typing in a borrowed paragraph or splitting it keeps the source
    on its first part); extra lines are new paragraphs without provenance.
    """
    matcher = SequenceMatcher(None, [p.text for p in old], lines, autojunk=False)
    out: list[DraftParagraph] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(old[i1:i2])
        elif tag in ("replace", "insert"):
            reused = old[i1:i2]
            for k, line in enumerate(lines[j1:j2]):
                if k < len(reused):
                    p = reused[k]
                    out.append(DraftParagraph(text=line, provenance=p.provenance, id=p.id))
                else:
                    out.append(DraftParagraph(text=line))
    return out


class ParagraphEdit(QTextEdit):
    """Plain-text editor whose undo goes to the draft's undo stack, accepting hit drops.

    A QTextEdit (not QPlainTextEdit) only for the paragraph layout: a two-character
    first-line indent and a little space after each paragraph, as on paper. It accepts
    plain text only; new paragraphs inherit the layout.

    Signals:
        undo_requested(), redo_requested(): Ctrl+Z / Ctrl+Y pressed here.
        hits_dropped(object, int): search hits (list of dicts) dropped before block N.
    """

    undo_requested = Signal()
    redo_requested = Signal()
    hits_dropped = Signal(object, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The draft's QUndoStack owns undo; the document's own would fight it.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(False)

    def set_paragraphs(self, paragraphs: list[DraftParagraph]) -> None:
        """Show ``paragraphs``, one per block, in the paragraph layout."""
        self.setPlainText("\n".join(p.text for p in paragraphs))
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(self.paragraph_format())
        cursor.clearSelection()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        self.mark_borrowed([p.provenance is not None for p in paragraphs])

    def mark_borrowed(self, borrowed: list[bool]) -> None:
        """Tint the paragraphs taken from the library (one flag per non-empty block), so
        the writer sees at a glance what is borrowed and what is their own."""
        tint = QBrush(BORROWED_TINT)
        plain = QBrush()
        flags = iter(borrowed)
        block = self.document().firstBlock()
        while block.isValid():
            wanted = plain
            if block.text().strip():
                wanted = tint if next(flags, False) else plain
            if block.blockFormat().background() != wanted:
                fmt = QTextBlockFormat()
                fmt.setBackground(wanted)
                QTextCursor(block).mergeBlockFormat(fmt)
            block = block.next()

    def paragraph_format(self) -> QTextBlockFormat:
        """The block format for draft text: two-character first-line indent and 1.3 line
        spacing, so the editor reads like a page of the speech.
        """
        fmt = QTextBlockFormat()
        em = self.fontMetrics().horizontalAdvance("字")
        fmt.setTextIndent(2 * em)
        fmt.setBottomMargin(em * 0.5)
        fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def lines(self) -> list[str]:
        """The text split into paragraphs the way the draft stores them."""
        return split_paragraphs(self.toPlainText())

    def current_paragraph_index(self) -> int:
        """Index among non-empty paragraphs of the block under the cursor (or the count)."""
        block = self.textCursor().block()
        index = 0
        b = self.document().firstBlock()
        while b.isValid() and b != block:
            if b.text().strip():
                index += 1
            b = b.next()
        return index

    def keyPressEvent(self, event) -> None:
        """Qt override: send undo/redo keys to the draft's undo stack instead of the widget's own,
        so one history covers typing and structure.
        """
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.redo_requested.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Qt override: also accept search hits dragged from the search panel."""
        return source.hasFormat(HIT_MIME) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Qt override: a dropped search hit becomes borrowed paragraphs with provenance (via
        ``hits_dropped``), not plain text.
        """
        hits = hits_from_mime(source) if source.hasFormat(HIT_MIME) else []
        if hits:
            self.hits_dropped.emit(hits, self.insert_position())
            return
        super().insertFromMimeData(source)

    def insert_position(self) -> int:
        """Paragraph index an insertion at the cursor goes to: after the paragraph holding
        the cursor, or before it when the cursor is at its very start."""
        cursor = self.textCursor()
        index = self.current_paragraph_index()
        if cursor.block().text().strip() and not cursor.atBlockStart():
            index += 1
        return index

    def move_to_paragraph(self, index: int, end: bool = False) -> None:
        """Put the cursor at the start (or ``end``) of the ``index``-th non-empty paragraph."""
        b = self.document().firstBlock()
        seen = 0
        while b.isValid():
            if b.text().strip():
                if seen == index:
                    cursor = QTextCursor(b)
                    if end:
                        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                    self.setTextCursor(cursor)
                    self.ensureCursorVisible()
                    return
                seen += 1
            b = b.next()
