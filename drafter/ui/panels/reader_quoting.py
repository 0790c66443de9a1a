"""Quoting from the reader into the draft: the selection widened to whole sentences (a
drag that picked up a stray ” or stopped inside a word inserts what the writer meant),
one hit per paragraph it touches, each with where it came from (document, title, date,
speaker, file, paragraph, heading path) so the draft keeps the provenance.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``view``, the
document shown (``_doc``, ``_doc_key``, ``_paragraphs``) and its ``insert_requested`` and
``status_message`` signals.
"""

from __future__ import annotations

from typing import Any

from drafter.drafts.excerpt import sentence_excerpt
from drafter.ui.panels.reader_apparatus import strip_note_marks


class ReaderQuoting:
    """The reader's selection as quotations (see the module docstring)."""

    def selected_paragraph_indexes(self) -> list[int]:
        """The paragraphs the selection touches (the one under the cursor when nothing is selected),
        for inserting into the draft or correcting.
        """
        cursor = self.view.textCursor()
        doc = self.view.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(max(cursor.selectionStart(), cursor.selectionEnd() - 1)).blockNumber()
        return list(range(first, last + 1))

    def insert_selection(self) -> None:
        """Send the selected text (with where it came from) to the draft, widened to
        whole sentences (:mod:`drafter.drafts.excerpt`): a drag that picked up a stray ”
        or stopped inside a word (督促检) inserts what the writer meant to quote. The
        provenance's original is that excerpt, so an unchanged quotation is not 已改写."""
        hits = self.selection_hits()
        if not hits or self._doc is None:
            self.status_message.emit("先在阅读器中选中要插入的文字。")
            return
        text = "\n".join(h["text"] for h in hits)
        provenance = {k: v for k, v in hits[0].items() if k != "text"} | {
            "original_text": text,
        }
        self.insert_requested.emit(text, provenance)

    def selection_hits(self) -> list[dict]:
        """The selection as hits, one per paragraph it touches (what a drag carries): the
        selected part widened to whole sentences as the text and as the original (what
        was quoted, unchanged), the heading path."""
        cursor = self.view.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        hits = []
        for i in self.selected_paragraph_indexes():
            block = self.view.document().findBlockByNumber(i)
            if i >= len(self._paragraphs) or not block.isValid():
                continue
            lo = max(start, block.position()) - block.position()
            hi = min(end, block.position() + block.length() - 1) - block.position()
            text = strip_note_marks(sentence_excerpt(block.text(), lo, hi))
            if text:
                para = self._paragraphs[i]
                hits.append(self._source(para) | {"text": text, "original_text": text})
        return hits

    def _source(self, para: Any) -> dict:
        """Where a paragraph of the open document comes from (the provenance keys)."""
        meta = self._doc.metadata
        return {
            "document_id": self._doc_key,
            "title": meta.title or self._display_title(),
            "date": meta.date,
            "speaker": meta.speaker,
            "path": str(getattr(self._doc, "path", "") or ""),
            "paragraph_index": para.index if para is not None else 0,
            "section": list(para.section) if para is not None else [],
        }
