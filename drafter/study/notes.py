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
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import accumulate
from pathlib import Path

from drafter.study.attempts import SCHEMA as ATTEMPTS_SCHEMA
from drafter.study.attempts import AttemptStore
from drafter.study.note_options import COLORS, LOCAL_ONLY_NOTICE  # noqa: F401 - re-exported
from drafter.study.words import words

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


@dataclass
class Note:
    """A highlight (``note`` empty) or a note on ``quote``, the text of paragraph
    ``paragraph`` from ``start`` to ``end`` of document ``doc_id`` (paragraph indexes are
    those of :meth:`Document.paragraphs`). A note over several paragraphs runs from
    ``start`` in ``paragraph`` to ``end`` in ``end_paragraph``, its quote their words joined
    by a line break (a trainee marks a whole passage: 一是…二是… over three paragraphs)."""

    id: int
    doc_id: str
    doc_title: str | None
    paragraph: int
    start: int
    end: int
    quote: str
    note: str
    color: str
    created: str
    updated: str
    # the document's file when the note was made (None for notes kept before it was noted):
    # how a note finds its document again once the file changed and so did the id
    doc_path: str | None = None
    # the paragraph the span ends in, when not ``paragraph`` (None: it ends where it starts)
    end_paragraph: int | None = None
    # the file changed and its words are no longer in the text: the note stays on the
    # document (its new id) with its old quote, listed and flagged, drawn nowhere, until the
    # trainee places it again (:meth:`NoteStore.relocate`) or deletes it
    unplaced: bool = False

    def __post_init__(self) -> None:
        self.unplaced = bool(self.unplaced)  # sqlite gives 0 or 1

    @property
    def last_paragraph(self) -> int:
        """The paragraph the span ends in (``paragraph`` for a span within one)."""
        return self.paragraph if self.end_paragraph is None else self.end_paragraph

    def spans(self, texts) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) of each paragraph's part of the span, in order; ``texts``
        gives a paragraph's text by its index (the middle and first parts run to its end)."""
        return span_parts(texts, self.paragraph, self.start, self.last_paragraph, self.end)

    def covers(self, paragraph: int, offset: int) -> bool:
        """Whether the span holds the character at ``offset`` of ``paragraph``."""
        if not self.paragraph <= paragraph <= self.last_paragraph:
            return False
        after_start = paragraph > self.paragraph or offset >= self.start
        before_end = paragraph < self.last_paragraph or offset < self.end
        return after_start and before_end

    @property
    def is_highlight(self) -> bool:
        """A note with no text is a highlight: the trainee marked the passage without writing about
        it.
        """
        return not self.note.strip()


def span_parts(
    texts, paragraph: int, start: int, last: int, end: int
) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of each paragraph's part of a span from ``start`` in
    ``paragraph`` to ``end`` in ``last``; ``texts`` gives a paragraph's text by its index.
    One home for how a span over paragraphs is cut: the note's quote is made of these parts
    and the study page draws them."""
    out = []
    for p in range(paragraph, last + 1):
        a = start if p == paragraph else 0
        b = end if p == last else len(texts[p])
        if b > a:
            out.append((p, a, b))
    return out


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
            place = _relocate(note, paragraphs)
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
            if note.last_paragraph < len(paragraphs) and _quoted(note, paragraphs) == note.quote:
                continue
            place = _relocate(note, paragraphs)
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
NEAR = 10
"""How far (in paragraphs) a note kept without its file's path may move to its quote when it
follows a same-titled document (:meth:`NoteStore.follow`): an edit moves a passage a little,
another year's report of the same title holds the same words anywhere."""


def quote_places(paragraphs: list[str], quote: str) -> list[tuple[int, int, int | None, int]]:
    """Every place ``quote`` stands in ``paragraphs``, in reading order: (paragraph, start,
    end_paragraph, end), end_paragraph None within one paragraph. The paragraphs are read
    joined by line breaks, as a quote over several of them is kept (:meth:`NoteStore.add`)."""
    whole = "\n".join(paragraphs)
    begins = list(accumulate((len(t) + 1 for t in paragraphs), initial=0))
    places = []
    at = whole.find(quote) if quote else -1
    while at >= 0:
        i = bisect_right(begins, at) - 1
        j = bisect_right(begins, at + len(quote)) - 1
        places.append((i, at - begins[i], j if j != i else None, at + len(quote) - begins[j]))
        at = whole.find(quote, at + 1)
    return places


def _relocate(note: Note, paragraphs: list[str]) -> tuple[int, int, int | None, int] | None:
    """Where ``note``'s quote stands in ``paragraphs``: (paragraph, start, end_paragraph,
    end) nearest to where the note was, or None when the text no longer holds it."""
    places = quote_places(paragraphs, note.quote)
    if not places:
        return None
    return min(places, key=lambda q: (abs(q[0] - note.paragraph), abs(q[1] - note.start)))


def _quoted(note: Note, paragraphs: list[str]) -> str:
    """The words ``note``'s span covers in ``paragraphs`` (its quote's form: parts joined
    by a line break)."""
    return "\n".join(paragraphs[p][a:b] for p, a, b in note.spans(paragraphs))


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def open_notes(library) -> NoteStore:
    """The notes kept beside ``library`` (any backend: its ``root`` is the user's folder)."""
    return NoteStore(Path(library.root) / NOTES_FILE)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_SENTENCE_END = "。！？；!?;"
_CLOSERS = "”’」』）)"
STRAY = 3
# marks inside a sentence: a quote does not end on one (the notes list showed 的时候，) nor
# start on one, nor on the stop of the sentence before
_PHRASE_MARKS = "，、：,:"
"""How many characters of a neighbouring sentence a rough drag takes in by mistake."""


def snap_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` of paragraph ``text`` without the stray end of the sentence before
    or start of the sentence after that a rough drag takes in. A drag begun a little early
    kept 反。在我们进行文化大革命“内战”的时候， as a note's quote (ux12's walk): a selection
    begun mid-sentence whose first few (:data:`STRAY`) characters end that sentence starts
    after them, and one that ends a few characters into the next sentence ends with the
    sentence before; what is left must be the longer part, so a deliberate 好。 stays. A
    comma or colon at either edge is left out too: the notes list showed quotes ending
    的时候，, as if cut off mid-thought."""
    quote = text[start:end]

    def after_stop(i: int) -> int:
        """The offset in ``quote`` just past the stop at ``i`` and its closing quotes."""
        i += 1
        while i < len(quote) and quote[i] in _CLOSERS:
            i += 1
        return i

    mid_sentence = start > 0 and text[start - 1] not in _SENTENCE_END + _CLOSERS
    head = next((i for i, ch in enumerate(quote[:STRAY]) if ch in _SENTENCE_END), None)
    if mid_sentence and head is not None:
        cut = after_stop(head)
        if len(quote) - cut > cut:
            start, quote = start + cut, quote[cut:]
    ends_mid = end < len(text) and quote[-1:] not in tuple(_SENTENCE_END + _CLOSERS)
    tail = max((i for i, ch in enumerate(quote) if ch in _SENTENCE_END), default=None)
    if ends_mid and tail is not None:
        keep = after_stop(tail)
        if 0 < len(quote) - keep <= STRAY and keep > len(quote) - keep:
            end = start + keep
    start, end = _whole_word_start(text, start), _whole_word_end(text, end)
    while end - start > 1 and text[end - 1] in _PHRASE_MARKS:
        end -= 1
    while end - start > 1 and text[start] in _PHRASE_MARKS + _SENTENCE_END:
        start += 1
    return start, end


# how far around a selection's edge the words are read (longer words are rare)
_WORD_WINDOW = 8


def _word_around(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the word of ``text`` that offset ``at`` falls strictly inside, read
    in a few characters around it; None when ``at`` is between two words."""
    lo, hi = max(0, at - _WORD_WINDOW), at + _WORD_WINDOW
    pos = lo
    for word in words(text[lo:hi]):
        if pos < at < pos + len(word):
            # a word the window cut off is no word to snap to
            cut = (pos == lo and lo > 0) or (pos + len(word) == hi and hi < len(text))
            return None if cut else (pos, pos + len(word))
        pos += len(word)
    return None


def _whole_word_start(text: str, start: int) -> int:
    """A selection begun inside a word begins with it (a drag that missed 收 of 收集)."""
    word = _word_around(text, start)
    return word[0] if word is not None else start


def _whole_word_end(text: str, end: int) -> int:
    """A selection ended inside a word takes the whole word: a drag released a character
    early quoted 参谋不是简单地收集材 (of 收集材料) in ux25's walk."""
    word = _word_around(text, end)
    return word[1] if word is not None else end


def search_spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where the words of a notes search (split on spaces, as :meth:`NoteStore.search` splits
    them; letters matched in either case, as its LIKE does) stand in ``text``: sorted,
    overlapping spans merged. The notes list marks them, so a hit in a long quote is seen
    without reading it through (the list showed its hits unmarked)."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter that lowers to two: match as written
        folded = text
    spans: list[tuple[int, int]] = []
    for term in {w.lower() for w in words.split() if w}:
        at = folded.find(term)
        while at >= 0:
            spans.append((at, at + len(term)))
            at = folded.find(term, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
