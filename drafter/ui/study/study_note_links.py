"""The 学习 dock's notes that lead elsewhere: a note picked in 笔记 (全部笔记 or a search)
shows its span when it is on the studied document, else opens its document in the reader,
found again by its file or title when the file changed; 重新定位 on another document's note
opens that document first and says what to do there.

A part of :class:`~drafter.ui.study.study_panel.StudyPanel` (a mixin over the widgets,
signals and attributes its constructor sets).
"""

from __future__ import annotations

import logging
from typing import Any

from drafter.corpus.display import book_title
from drafter.study.notes import NotesError
from drafter.ui.library_reads import off_thread

log = logging.getLogger(__name__)

# said once the document of a note to 重新定位 (asked from 全部笔记) is studied
RELOCATE_HERE = (
    "已打开这条笔记的文稿：在学习模式（F8）的正文中选中它现在对应的文字，"
    "再在笔记列表中选中它，点“重新定位”。"
)


def _note_document(library: Any, note: Any) -> tuple[str, str]:
    """(the library document a note is on, what to say about it): its own id, or, when
    that id is gone (the file changed, so its id did), the one document now under the
    note's file or title, whose study takes the note over (StudyController._follow_notes);
    "" with a word for the status line when there is none, or several to choose from. A
    library that cannot answer: the note's own id is tried."""
    if library is None:
        return note.doc_id, ""
    try:
        if library.document(note.doc_id) is not None:
            return note.doc_id, ""
        docs = library.documents()
        same = [d.id for d in docs if note.doc_path and d.path == note.doc_path]
        if not same and not note.doc_path:  # a note kept before paths were: its title
            same = [d.id for d in docs if d.display_title == note.doc_title]
    except Exception as exc:  # noqa: BLE001 - a library that cannot answer: try the id
        log.warning("cannot look the note's document up: %s", exc)
        return note.doc_id, ""
    title = book_title(note.doc_title) if note.doc_title else "这条笔记所在的文稿"
    if len(same) == 1:
        return same[0], f"{title}的文件改动过，打开的是现在的版本。"
    if same:
        return "", f"{title}的文件改动过，资料库中有 {len(same)} 篇同标题的文稿。"
    return "", f"{title}已不在资料库中；笔记的原文仍留在笔记里。"


class StudyNoteLinks:
    """The notes' way to their documents (see the module docstring)."""

    def _on_note_chosen(self, note: Any) -> None:
        if note.doc_id == self.doc_id:
            self.note_chosen.emit(note)
            return
        library = self.library
        if not off_thread(library):
            self._open_note_document(note, *_note_document(library, note))
            return
        # a team library: the note's document is looked up on a worker (two round trips
        # when its file changed), the newest choice wins
        self._note_lookup.run(library, lambda: (note, *_note_document(library, note)))

    def _on_relocate_requested(self, note_id: int) -> None:
        """重新定位 from the list: a note of the studied document goes on the selection
        (the controller); one of another document, listed under 全部笔记 or a search, opens
        that document first, with what to do there (the button said 不是本篇的 and left the
        trainee to find the document)."""
        try:
            note = self.notes_store.get(note_id) if self.notes_store is not None else None
        except NotesError as exc:  # deleted meanwhile: said, and the list reloaded
            self.status_message.emit(str(exc))
            self.notes.refresh()
            return
        if note is None or note.doc_id == self.doc_id:
            self.relocate_note_requested.emit(note_id)
            return
        self._relocating = note_id
        self._on_note_chosen(note)

    def _note_is_on(self, note_id: int, doc_id: str) -> bool:
        try:
            return self.notes_store is not None and self.notes_store.get(note_id).doc_id == doc_id
        except NotesError:
            return False

    def _open_note_document(self, note: Any, doc_id: str, said: str) -> None:
        """Open the document a note was found on (:func:`_note_document`), saying why it
        is another version, or why none opens."""
        if said:
            self.status_message.emit(said)
        if doc_id:
            self.open_requested.emit(doc_id, note.paragraph)
