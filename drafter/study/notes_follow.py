"""Notes follow a changed file when the library reads it again, not when it is next opened.

A document's id is its content's hash: a file edited on disk and read again by a sync or an
import gets a new id, and the notes on it stay under the old one. :meth:`NoteStore.follow`
moves them (those whose words are gone marked unplaced) but ran only when the document was
opened or listed, so 全部笔记 and a notes search showed a changed document's lost notes
unflagged until then. :func:`follow_changed_files` runs after every import, sync and
re-index (the app's import job and ``drafter library add|sync|reindex``): it loads only
the documents now at the files of notes whose id the library no longer has, so a sync that
changed no noted file reads one small query and no text. After a re-read by newer rules
(same ids, paragraphs perhaps split or joined) it checks the noted documents' notes against
their text, the one case where it loads them all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus.display import document_title
from drafter.study.notes import NOTES_FILE, NoteStore

log = logging.getLogger(__name__)


@dataclass
class Followed:
    """What :func:`follow_notes_of_library` did: ``moved`` notes went to their document's
    new version, over ``documents`` documents; ``unplaced`` notes of those documents no
    longer find their words (flagged ⚠ wherever notes are listed)."""

    moved: int = 0
    unplaced: int = 0
    documents: int = 0

    def said(self) -> str:
        """The status line's words for it ("" when nothing moved)."""
        if not self.moved:
            return ""
        lost = f"，其中 {self.unplaced} 条原文已改动、未找到原来的文字" if self.unplaced else ""
        return f"{self.moved} 条笔记已随改动的文稿移到现在的版本{lost}"


def follow_notes_of_library(store: NoteStore, library, reread: bool = False) -> Followed:
    """Move the notes kept under ids ``library`` no longer has to the documents now at
    their files (:meth:`NoteStore.follow`). Only those documents are loaded; notes whose
    file is gone from the library stay as they are (listed, opened by path when it
    returns), and notes kept before paths were follow when their document is opened, as
    before (a title alone is too weak a key for a whole library). ``reread``: documents
    were read again by newer rules under their ids (a re-read, an upgrade), so every
    noted document is loaded and its notes checked against its text
    (:meth:`NoteStore.recheck`); moved or flagged notes are counted as ``moved``."""
    if store.readonly:
        return Followed()
    noted = store.noted_documents()
    if not noted:
        return Followed()
    known = {d.id for d in library.documents()}
    paths = {path for doc_id, path in noted if path and doc_id not in known}
    done = Followed()
    for doc_id in sorted({d for d, _path in noted if d in known}) if reread else ():
        doc = library.load(doc_id)
        moved = store.recheck(doc_id, [p.text for p in doc.paragraphs()])
        if moved:
            done.moved += moved
            done.documents += 1
            done.unplaced += len(store.left_behind(doc_id))
    for path in sorted(paths):
        info = library.document_at(path)
        if info is None:
            continue  # the file left the library: nothing to follow to
        doc = library.load(info.id)
        paragraphs = [p.text for p in doc.paragraphs()]
        moved = store.follow(info.id, document_title(doc), paragraphs, lambda: known, path)
        if moved:
            done.moved += moved
            done.documents += 1
            done.unplaced += len(store.left_behind(info.id))
    return done


def follow_changed_files(library, reread: bool = False) -> Followed:
    """:func:`follow_notes_of_library` on the notes kept beside ``library``, after the
    library read files again (``reread``: documents were read again by newer rules);
    nothing (and no notes file made) where no note was ever kept.
    A failure costs only the move, logged: the notes follow when their document is opened,
    and the import that read the files has succeeded."""
    path = Path(library.root) / NOTES_FILE
    if not path.exists():
        return Followed()
    try:
        with NoteStore(path) as store:
            return follow_notes_of_library(store, library, reread)
    except Exception as exc:  # noqa: BLE001 - the import stands; notes follow when opened
        log.warning("%s: notes not moved to the changed documents: %s", path, exc)
        return Followed()
