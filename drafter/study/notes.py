"""Personal notes and highlights on spans of library documents (学习笔记).

A trainee marks a span of a model text and may write a note on it. Notes are the user's
own, so they live beside the library in the user's folder (``library.root``, which both
library backends provide — a team library on a server keeps everyone's notes private),
in their own small SQLite file, apart from the catalogue: the library's tables and its
backend interface are not touched. Every change is one transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from drafter.study.attempts import SCHEMA as ATTEMPTS_SCHEMA
from drafter.study.attempts import AttemptStore
from drafter.study.note_model import (  # noqa: F401 - quote_places, span_parts re-exported
    NEAR,
    Note,
    nearest_place,
    quote_places,
    quoted_words,
    span_parts,
)
from drafter.study.note_options import COLORS, LOCAL_ONLY_NOTICE  # noqa: F401 - re-exported
from drafter.study.note_spans import STRAY, search_spans, snap_span  # noqa: F401 - re-exported

NOTES_FILE = "study_notes.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS study_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    doc_title TEXT,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT 'yellow',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    doc_path TEXT,
    end_paragraph INTEGER,
    unplaced INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS study_notes_doc ON study_notes (doc_id, paragraph, start);
"""


class NotesError(Exception):
    """A notes file that cannot be opened or written; the message names it."""


class NoteStore:
    """The notes of one user on one library, and (``attempts``) their saved 提纲练习.
    Thread-safe: the reader panel writes while the notes list reads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        # why notes cannot be kept here ("" = they can): the library's folder is read-only
        # (a disc, a read-only share, no rights), so its notes are shown and none is added
        self.readonly = ""
        # local: local_storage brings the index writer (Whoosh, jieba, the readers), and
        # `drafter notes` is imported by every command to list its colours in --help
        from drafter.library.local_storage import write_refusal

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            refusal = write_refusal(self.path.parent)
            if refusal:
                self._db = self._open_readonly(refusal)
            else:
                self._db = sqlite3.connect(
                    str(self.path), timeout=10, isolation_level=None, check_same_thread=False
                )
                self._db.executescript(_SCHEMA + ATTEMPTS_SCHEMA)
                columns = {r[1] for r in self._db.execute("PRAGMA table_info(study_notes)")}
                if "doc_path" not in columns:  # a notes file from before paths were kept
                    self._db.execute("ALTER TABLE study_notes ADD COLUMN doc_path TEXT")
                if "end_paragraph" not in columns:  # from before notes spanned paragraphs
                    self._db.execute("ALTER TABLE study_notes ADD COLUMN end_paragraph INTEGER")
                if "unplaced" not in columns:  # from before notes followed a changed file
                    self._db.execute(
                        "ALTER TABLE study_notes ADD COLUMN unplaced INTEGER NOT NULL DEFAULT 0"
                    )
        except (sqlite3.Error, OSError) as exc:
            raise NotesError(f"{self.path}: 无法打开笔记（{exc}）") from exc
        self.attempts = AttemptStore(self._db, self._lock, self.readonly)
        # a read-only notes file from before notes spanned paragraphs has no end_paragraph:
        # read as notes within one paragraph, which all of its notes are
        # (and one from before notes followed a changed file has no unplaced: none is)
        kept = {r[1] for r in self._db.execute("PRAGMA table_info(study_notes)")}
        self._columns = _COLUMNS
        if "end_paragraph" not in kept:
            self._columns = self._columns.replace("end_paragraph", "NULL")
        if "unplaced" not in kept:
            self._columns = self._columns.replace("unplaced", "0")

    def _open_readonly(self, refusal: str) -> sqlite3.Connection:
        """The notes already kept in a folder that cannot be written, read-only (an empty
        store in memory when there are none); every change refused with one line."""
        self.readonly = f"{self.path.parent.absolute()}：笔记不能保存（{refusal}）"
        if self.path.exists():
            uri = f"{self.path.absolute().as_uri()}?mode=ro"
            db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            columns = {r[1] for r in db.execute("PRAGMA table_info(study_notes)")}
            if "doc_path" in columns and "outline_attempts" in _tables(db):
                db.execute("PRAGMA query_only = ON")
                return db
            db.close()  # an older notes file: shown as none rather than read wrongly
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db.executescript(_SCHEMA + ATTEMPTS_SCHEMA)
        db.execute("PRAGMA query_only = ON")
        return db

    def _check_writable(self) -> None:
        if self.readonly:
            raise NotesError(self.readonly)

    def close(self) -> None:
        """Close the database; the store must not be used afterwards."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(
        self,
        doc_id: str,
        paragraph: int,
        start: int,
        end: int,
        quote: str,
        note: str = "",
        color: str = "yellow",
        doc_title: str | None = None,
        doc_path: str | None = None,
        end_paragraph: int | None = None,
    ) -> Note:
        """Keep a highlight or note; the quoted text is stored so it can be searched and
        shown even when the document is gone, the file's path so it finds the document again
        when the file changes (:meth:`follow`). ``end_paragraph``: the span ends there, at
        ``end``, rather than in ``paragraph`` (the quote joins the paragraphs' words by a
        line break)."""
        self._check_writable()
        if end_paragraph == paragraph:
            end_paragraph = None
        if end_paragraph is not None and end_paragraph < paragraph:
            raise NotesError("标注的结尾在开头之前，不能加标注")
        if (end_paragraph is None and end <= start) or not quote.strip():
            raise NotesError("选中的文字为空，不能加标注")
        color = color if color in COLORS else COLORS[0]
        now = _now()
        row = (doc_id, doc_title, paragraph, start, end, quote, note, color, now, now, doc_path)
        with self._lock, self._db:
            cur = self._db.execute(
                "INSERT INTO study_notes (doc_id, doc_title, paragraph, start, end, quote, note, "
                "color, created, updated, doc_path, end_paragraph) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*row, end_paragraph),
            )
            note_id = cur.lastrowid
        return self.get(note_id)

    def get(self, note_id: int) -> Note:
        """One note by id; raises :class:`NotesError` (Chinese message) when it was removed
        meanwhile.
        """
        with self._lock:
            row = self._db.execute(
                f"SELECT {self._columns} FROM study_notes WHERE id = ?", (note_id,)
            ).fetchone()
        if row is None:
            raise NotesError(f"没有编号为 {note_id} 的笔记")
        return Note(*row)

    def update(self, note_id: int, note: str | None = None, color: str | None = None) -> Note:
        """Change a note's text or colour (a highlight becomes a note by getting text)."""
        self._check_writable()
        current = self.get(note_id)
        text = current.note if note is None else note
        colour = current.color if color not in COLORS else color
        with self._lock, self._db:
            self._db.execute(
                "UPDATE study_notes SET note = ?, color = ?, updated = ? WHERE id = ?",
                (text, colour, _now(), note_id),
            )
        return self.get(note_id)

    def remove(self, note_id: int) -> bool:
        """Delete one note; returns False when it was already gone, so a double click is harmless."""
        self._check_writable()
        with self._lock, self._db:
            cur = self._db.execute("DELETE FROM study_notes WHERE id = ?", (note_id,))
        return cur.rowcount > 0

    def follow(
        self,
        doc_id: str,
        title: str,
        paragraphs: list[str],
        known_ids: Callable[[], set[str]],
        path: str | None = None,
    ) -> int:
        """Move to ``doc_id`` the notes its earlier version left behind. A document's id is its
        content's hash, so editing the file gives it a new one and the notes on it stayed
        under an id no document has: the notes list showed them and could not open them, and
        the text showed none. Notes whose id is not among ``known_ids()`` (the library's,
        asked only when there is such a note) and that were made on this document's file
        (``path``) move, each to where its quoted text now stands (the paragraph of
        ``paragraphs`` holding it nearest to where it was). One whose quote the file no longer
        holds moves too, marked :attr:`Note.unplaced` (:meth:`left_behind` lists it): left
        under the old id it would vanish from 本篇笔记 without a sign; moved, it keeps its
        id, text and quote, is found by a search as before, opens its document, and finds its
        words again if a later edit brings them back (it is then under an id no document has,
        and follows once more). A note kept before paths were, under this document's
        ``title``, moves only where its quote stands within :data:`NEAR` paragraphs of its
        old place (many reports share a title; it is not claimed when its words are gone).
        Returns how many moved, placed or not (none where notes cannot be written)."""
        if self.readonly:
            return 0
        with self._lock:
            rows = self._db.execute(
                f"SELECT {self._columns} FROM study_notes WHERE doc_id != ? AND "
                "(doc_path = ? OR (doc_path IS NULL AND doc_title = ?))",
                (doc_id, path, title),
            ).fetchall()
        if not rows:
            return 0
        known = known_ids()
        moves = []
        for note in (Note(*r) for r in rows):
            if note.doc_id in known:
                continue  # another document of the same title or file, still in the library
            place = nearest_place(note, paragraphs)
            if note.doc_path is None and (place is None or abs(place[0] - note.paragraph) > NEAR):
                continue
            if place is None:  # its words are gone: kept on the document, marked, undrawn
                place, unplaced = (note.paragraph, note.start, note.end_paragraph, note.end), 1
            else:
                unplaced = 0
            moves.append((doc_id, *place, unplaced, path or note.doc_path, _now(), note.id))
        if moves:
            with self._lock, self._db:
                self._db.executemany(
                    "UPDATE study_notes SET doc_id = ?, paragraph = ?, start = ?, "
                    "end_paragraph = ?, end = ?, unplaced = ?, doc_path = ?, updated = ? "
                    "WHERE id = ?",
                    moves,
                )
        return len(moves)

    def noted_documents(self) -> list[tuple[str, str | None]]:
        """Every (doc_id, doc_path) the notes are kept under, once each: one small query that
        tells, after a sync, whether any note sits under an id the library no longer has
        (:func:`drafter.study.notes_follow.follow_changed_files`) without loading a text."""
        with self._lock:
            return self._db.execute("SELECT DISTINCT doc_id, doc_path FROM study_notes").fetchall()

    def recheck(self, doc_id: str, paragraphs: list[str]) -> int:
        """Place again the notes of ``doc_id`` whose span no longer holds their quote in
        ``paragraphs``: the document was read again by newer rules under the same id (its
        file unchanged), and a paragraph split or joined put the note's offsets on other
        words. Each moves to where its quote now stands (nearest its old place) or, when
        the text no longer holds it, is marked :attr:`Note.unplaced`, as :meth:`follow`
        does for a changed file. Returns how many changed (none where notes cannot be
        written)."""
        if self.readonly:
            return 0
        moves = []
        for note in self.for_document(doc_id):
            if (
                note.last_paragraph < len(paragraphs)
                and quoted_words(note, paragraphs) == note.quote
            ):
                continue
            place = nearest_place(note, paragraphs)
            unplaced = 0 if place is not None else 1
            if place is None:
                place = (note.paragraph, note.start, note.end_paragraph, note.end)
            moves.append((*place, unplaced, _now(), note.id))
        if moves:
            with self._lock, self._db:
                self._db.executemany(
                    "UPDATE study_notes SET paragraph = ?, start = ?, end_paragraph = ?, "
                    "end = ?, unplaced = ?, updated = ? WHERE id = ?",
                    moves,
                )
        return len(moves)

    def relocate(
        self,
        note_id: int,
        paragraph: int,
        start: int,
        end: int,
        quote: str,
        end_paragraph: int | None = None,
    ) -> Note:
        """Put a note on a new span of its document (the trainee's selection) with that span's
        ``quote``: how an :attr:`~Note.unplaced` note, whose words the file no longer holds,
        is attached again; its text, colour and id stay."""
        self._check_writable()
        if end_paragraph == paragraph:
            end_paragraph = None
        if end_paragraph is not None and end_paragraph < paragraph:
            raise NotesError("标注的结尾在开头之前，不能重新定位")
        if (end_paragraph is None and end <= start) or not quote.strip():
            raise NotesError("选中的文字为空，不能重新定位")
        self.get(note_id)  # a note deleted meanwhile says so
        with self._lock, self._db:
            self._db.execute(
                "UPDATE study_notes SET paragraph = ?, start = ?, end = ?, end_paragraph = ?, "
                "quote = ?, unplaced = 0, updated = ? WHERE id = ?",
                (paragraph, start, end, end_paragraph, quote, _now(), note_id),
            )
        return self.get(note_id)

    def for_document(self, doc_id: str) -> list[Note]:
        """A document's notes placed on its text, in reading order (those whose words its
        file no longer holds are :meth:`left_behind`: they have no place to be drawn)."""
        placed = "unplaced = 0" if "unplaced" in self._columns.split(", ") else "1"
        return self._select(f"WHERE doc_id = ? AND {placed} ORDER BY paragraph, start", (doc_id,))

    def left_behind(self, doc_id: str) -> list[Note]:
        """A document's notes whose words its changed file no longer holds
        (:attr:`Note.unplaced`), oldest first: listed with their old quote, so the trainee
        re-attaches them (:meth:`relocate`) or deletes them; nothing is lost."""
        if "unplaced" not in self._columns.split(", "):
            return []
        return self._select("WHERE doc_id = ? AND unplaced != 0 ORDER BY created, id", (doc_id,))

    def all(self) -> list[Note]:
        """Every note, newest first."""
        return self._select("ORDER BY updated DESC, id DESC", ())

    def search(self, words: str) -> list[Note]:
        """Notes whose note, quoted text or document title holds every word of ``words``
        (split on spaces), newest first."""
        terms = [w for w in words.split() if w]
        if not terms:
            return self.all()
        clauses = " AND ".join(
            "(note LIKE ? ESCAPE '\\' OR quote LIKE ? ESCAPE '\\' OR doc_title LIKE ? ESCAPE '\\')"
            for _ in terms
        )
        params: list[str] = []
        for term in terms:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [like, like, like]
        return self._select(f"WHERE {clauses} ORDER BY updated DESC, id DESC", tuple(params))

    def _select(self, tail: str, params: tuple) -> list[Note]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {self._columns} FROM study_notes {tail}", params
            ).fetchall()
        return [Note(*r) for r in rows]


_COLUMNS = (
    "id, doc_id, doc_title, paragraph, start, end, quote, note, color, created, updated, "
    "doc_path, end_paragraph, unplaced"
)


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def open_notes(library) -> NoteStore:
    """The notes kept beside ``library`` (any backend: its ``root`` is the user's folder)."""
    return NoteStore(Path(library.root) / NOTES_FILE)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
