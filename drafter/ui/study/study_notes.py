"""Notes and highlights in 学习模式: kept per document in the library's notes database
(:mod:`drafter.study.notes`), drawn in the reader's study page and listed under 本篇笔记.

A part of :class:`~drafter.ui.study.controller.StudyController` (a mixin over the
attributes its constructor sets: ``window``, ``panel``, ``mode``, ``notes``, ``doc``,
``doc_id``, ``study``): added from a selection or the keyboard, edited, removed, moved to a
document's new version when its file changed, and shown when picked in the list.
"""

from __future__ import annotations

import logging
from typing import Any

from drafter.corpus.display import document_title, quote_cut
from drafter.study.note_model import span_parts
from drafter.study.notes import NotesError
from drafter.ui.errors import show_error
from drafter.ui.widgets.text_prompt import ask_lines

log = logging.getLogger(__name__)


def follow_notes(notes: Any, library: Any, doc: Any, doc_id: str) -> int:
    """Move to ``doc_id`` the notes of ``doc``'s earlier versions; how many moved (0 when
    none could be). The library's ids are read only when such a note exists."""
    if notes is None or not doc_id or library is None:
        return 0
    try:
        return notes.follow(
            doc_id,
            document_title(doc),
            [p.text for p in doc.paragraphs()],
            lambda: {d.id for d in library.documents()},
            getattr(doc, "path", None) or None,
        )
    except Exception as exc:  # noqa: BLE001 - the study shows; the notes stay where they were
        log.warning("cannot move notes to the document's new version: %s", exc)
        return 0


class StudyNotes:
    """The study controller's notes (see the module docstring)."""

    def _follow_notes(self, doc: Any, doc_id: str, moved: int | None = None) -> None:
        """The notes left under the id of this document's earlier version (its file changed,
        so its id did) move to it, so they show in the text and under 本篇笔记 again
        (``moved``: done already, on the analysis's worker, for a team library)."""
        if moved is None:
            library = getattr(self.panel, "library", None)
            moved = follow_notes(self.notes, library, doc, doc_id)
        if moved:
            lost = len(self._left_behind(doc_id))
            said = f"其中 {lost} 条原文已改动、未找到原来的文字，见“本篇笔记”。" if lost else ""
            self.window.show_status(f"原文件改动过：{moved} 条笔记已随文稿移到现在的版本。{said}")

    def _left_behind(self, doc_id: str) -> list:
        try:
            return self.notes.left_behind(doc_id) if self.notes is not None else []
        except Exception as exc:  # noqa: BLE001 - the list says what it can
            log.warning("cannot read notes: %s", exc)
            return []

    def _notes_of(self, doc_id: str) -> list:
        if self.notes is None or not doc_id:
            return []
        try:
            return self.notes.for_document(doc_id)
        except Exception as exc:  # noqa: BLE001 - the study shows without the highlights
            log.warning("cannot read notes: %s", exc)
            return []

    def _on_note_requested(self, ask: bool, color: str) -> None:
        self.add_note(ask, color=color)

    def note_from_keys(self, ask: bool) -> None:
        """高亮 (``ask`` False) or 写笔记… from its key or the 视图 menu: on the span selected
        in the study page, or a word on what to do first."""
        if self.mode is None or not self.mode.active:
            self.window.show_status("先按 F8 打开学习模式，在正文中选中一段文字。")
            return
        if self.mode.masked:  # the exercise hides the headings; its buttons are greyed too
            self.window.show_status("提纲练习进行中，对照原文后再加笔记。")
            return
        self.add_note(ask)

    def add_note(self, ask: bool, text: str | None = None, color: str = "yellow") -> Any:
        """Keep the span selected in the reader's study page as a highlight in ``color``, or as
        a note (``ask``: the trainee types it; ``text`` gives it directly). Returns the note."""
        if self.mode is None or self.study is None:
            return None
        page = self.mode.page
        span = page.text.selected_note_span()
        if span is None:
            self.window.show_status("先在学习模式的正文中选中一段文字（可以跨段）。")
            return None
        if self.notes is None or not self.doc_id:
            self.window.show_status("只能给资料库中的文稿加笔记。")
            return None
        paragraph, start, last, end = span
        texts = [p.text for p in self.doc.paragraphs()]
        quote = "\n".join(texts[p][s:e] for p, s, e in span_parts(texts, *span))
        if ask and text is None:
            text, ok = ask_lines(
                self.window, "写笔记", f"“{quote_cut(quote, 30)}”\n（笔记仅保存在本机）："
            )
            if not ok:
                return None
        try:
            note = self.notes.add(
                self.doc_id,
                paragraph,
                start,
                end,
                quote,
                note=text or "",
                color=color,
                doc_title=document_title(self.doc),
                doc_path=getattr(self.doc, "path", None) or None,
                end_paragraph=last,
            )
        except NotesError as exc:
            show_error(self.window, str(exc))
            return None
        self._redraw_notes()
        self.window.show_status("已加笔记。" if note.note else "已高亮。")
        return note

    def edit_note(self, note_id: int, text: str | None = None) -> Any:
        """Change the text of a note (a highlight becomes a note); ``text`` None asks for it,
        starting from what is written. Returns the changed note, or None."""
        if self.notes is None:
            return None
        try:
            note = self.notes.get(note_id)
        except NotesError as exc:
            self.window.show_status(str(exc))
            return None
        if text is None:
            text, ok = ask_lines(
                self.window,
                "修改笔记",
                f"“{quote_cut(note.quote, 30)}”\n（笔记仅保存在本机）：",
                note.note,
            )
            if not ok:
                return None
        note = self.notes.update(note_id, note=text)
        self._redraw_notes()
        if self.mode is not None:
            self.mode.page.show_note(note)
        self.window.show_status("已修改笔记。")
        return note

    def relocate_note(self, note_id: int) -> Any:
        """重新定位: put a note whose words the changed file lost on the span now selected in
        the study page (its text and colour kept). Returns the note, or None with a word on
        what to do first."""
        if self.notes is None or self.mode is None or self.doc is None:
            return None
        span = self.mode.page.text.selected_note_span() if self.mode.active else None
        if span is None:
            self.window.show_status(
                "先在学习模式的正文中选中这条笔记现在对应的文字，再点“重新定位”。"
            )
            return None
        try:
            if self.notes.get(note_id).doc_id != self.doc_id:
                self.window.show_status("这条笔记不是本篇的，先打开它的文稿。")
                return None
            texts = [p.text for p in self.doc.paragraphs()]
            quote = "\n".join(texts[p][s:e] for p, s, e in span_parts(texts, *span))
            paragraph, start, last, end = span
            note = self.notes.relocate(note_id, paragraph, start, end, quote, end_paragraph=last)
        except NotesError as exc:
            show_error(self.window, str(exc))
            return None
        self._redraw_notes()
        self.window.show_status("已重新定位笔记。")
        return note

    def remove_note(self, note_id: int) -> None:
        """Delete a note and redraw the highlights; nothing happens when it was already gone."""
        if self.notes is not None and self.notes.remove(note_id):
            self._redraw_notes()
            self.window.show_status("已删除笔记。")

    def _redraw_notes(self) -> None:
        if self.mode is not None and self.study is not None and not self.mode.masked:
            self.mode.show_study(self.doc, self.study, self._notes_of(self.doc_id), keep_place=True)
        self.panel.refresh_notes()

    def _show_note(self, note: Any) -> None:
        """A note of the studied document was picked: show its span in the reader, in the study
        page (switching the mode on, since only it shows the highlights)."""
        if self.mode is None:
            return
        if note.unplaced:  # its words are gone: shown where they were, with what to do
            self.window.show_status(
                "这条笔记的原文已改动，未找到这段文字：选中现在对应的文字后点“重新定位”，或删除。"
            )
        if not self.mode.active:
            self.mode.set_active(True)
        self.window.reader_dock.show()
        self.window.reader_dock.raise_()
        text = self.mode.page.text
        texts = [p.text for p in self.doc.paragraphs()] if self.doc is not None else []
        placed = not note.unplaced and note.last_paragraph < len(texts)
        parts = note.spans(texts) if placed else []
        ranges = [r for part in parts for r in text.doc_ranges(*part)]
        if ranges:
            from PySide6.QtGui import QTextCursor

            cursor = QTextCursor(text.document())
            cursor.setPosition(ranges[0][0])
            cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
            text.setTextCursor(cursor)
            text.ensureCursorVisible()
        else:
            text.scroll_to_paragraph(min(note.paragraph, max(len(texts) - 1, 0)))
