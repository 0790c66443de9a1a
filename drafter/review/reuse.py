"""Reuse (查重): which paragraphs of a text largely repeat a document in the library.

The library gets a fingerprint index of its own, ``<library>/review/reuse.sqlite3``:
every paragraph is cut into overlapping 12-character shingles (punctuation and spaces
removed), and the shingles whose CRC32 falls in one residue class of 8 are kept with
their document and paragraph. A shared passage of 12 + 8·k characters is found with
near certainty once k is a few, while the index holds an eighth of the shingles. Shingles
found in many documents are stock phrases (套话) and are dropped when the index is built.

Candidates are then checked against the real paragraph text (difflib), so the share
reported is characters actually in common, counting only runs of at least ``MIN_RUN``.
Building is a generator that yields progress (the app runs it on a worker); reviewing
only reads.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.corpus import Document
    from drafter.library.library import Library

SHINGLE = 12
MODULUS = 8
MIN_PARAGRAPH = 30  # characters (after normalising) for a paragraph to be checked
MIN_RUN = 12  # shared runs shorter than this are stock phrases, not reuse
MIN_SHARED = 30  # report when at least this many characters are shared ...
MIN_SHARE = 0.4  # ... and at least this part of the paragraph
STOCK_DOCS = 25  # a shingle in more documents than this is a stock phrase
SCHEMA = "2"  # docs keep a version token and meta the library signature
_DROP = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》【】…—,.;:?!\"'()\[\]<>·-]+")


def normalise(text: str) -> str:
    """The text with punctuation and spaces removed: what fingerprints are taken of."""
    return _DROP.sub("", text)


def fingerprints(text: str) -> set[int]:
    """The sampled shingle hashes of a normalised text."""
    out = set()
    data = text
    for i in range(len(data) - SHINGLE + 1):
        h = zlib.crc32(data[i : i + SHINGLE].encode("utf-8"))
        if h % MODULUS == 0:
            out.add(h)
    return out


def library_signature(versions: dict[str, str]) -> str:
    """One token for a library's documents and their versions
    (:meth:`~drafter.library.backend.LibraryBackend.document_versions`): the index keeps
    the one it was last brought up to date with, so a later look can tell it is stale."""
    h = hashlib.blake2b(digest_size=12)
    for doc_id in sorted(versions):
        h.update(f"{doc_id}={versions[doc_id]}\n".encode())
    return h.hexdigest()


class ReuseIndexError(RuntimeError):
    """The index cannot be written now, said in Chinese for the panel and the command
    line: another process keeps it busy longer than :data:`BUSY_S`, or the folder or
    disk refuses. Reviews go on without the reuse check (or with the index as it was)."""


def _index_error(path: Path, exc: sqlite3.OperationalError) -> ReuseIndexError:
    """A :class:`ReuseIndexError` for what SQLite said (in English) about ``path``."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ReuseIndexError(f"查重索引正由另一个程序更新，请稍后再试：{path}")
    return ReuseIndexError(f"查重索引无法写入：{path}（{text}）")


@dataclass(frozen=True)
class BuildProgress:
    """Where an index update stands: ``done`` of ``total`` documents."""

    done: int
    total: int
    phase: str  # "scan", "index", "stock", "done"


@dataclass(frozen=True)
class Match:
    """A draft paragraph that repeats a library paragraph."""

    doc_id: str
    title: str | None
    date: str | None
    path: str
    paragraph: int  # index in the library document's paragraphs()
    source_text: str
    shared: int  # characters in common (runs of MIN_RUN or more)
    share: float  # shared / length of the draft paragraph (normalised)


_TABLES = """
    CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE,
        version TEXT, title TEXT, date TEXT, path TEXT);
    CREATE TABLE IF NOT EXISTS fp (hash INTEGER, doc INTEGER, para INTEGER);
    CREATE INDEX IF NOT EXISTS fp_hash ON fp(hash);
    CREATE INDEX IF NOT EXISTS fp_doc ON fp(doc);
    CREATE TABLE IF NOT EXISTS stock (hash INTEGER PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""
BATCH = 20  # documents per committed step of an update (and per progress report)
BUSY_S = 30.0  # how long a writer waits for another process updating the same index


class ReuseIndex:
    """The fingerprint index of one library. Open with :meth:`open`; call :meth:`update`
    (a generator) to bring it up to date with the library's catalogue.

    The index keeps each document's version token and a signature of the whole library
    (:func:`library_signature`) as of its last complete update, so :meth:`stale` costs one
    light query of the library and knows about every change, whoever made it (another
    process, a colleague on the team library). An update is incremental (only documents
    added, changed or gone are touched), commits every :data:`BATCH` documents on a
    connection of its own, and may be cancelled: what it committed stays, the next update
    goes on from there, and reviews read the last committed state meanwhile (WAL).
    """

    def __init__(self, path: Path, library: Library | None = None) -> None:
        self.path = path
        self.library = library
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._connect()
        except sqlite3.OperationalError as exc:
            raise _index_error(path, exc) from None
        self._texts: dict[str, list[str]] = {}

    def _connect(self) -> sqlite3.Connection:
        """A connection to the index file, its tables made (or remade, for an index an
        older Drafter built: it is derived data, rebuilt from the library)."""
        db = sqlite3.connect(
            str(self.path), check_same_thread=False, isolation_level=None, timeout=BUSY_S
        )
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_TABLES)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA:
            db.executescript(
                "BEGIN IMMEDIATE; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS fp; "
                "DROP TABLE IF EXISTS stock; DROP TABLE IF EXISTS meta;" + _TABLES + "COMMIT;"
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
        return db

    @classmethod
    def open(cls, library: Library) -> ReuseIndex:
        """The reuse index of ``library`` (created empty when missing)."""
        return cls(Path(library.root) / "review" / "reuse.sqlite3", library)

    def close(self) -> None:
        """Close the index's database connection: the review controller closes the index of
        a library it left, once no review is still reading it."""
        self._db.close()

    def signature(self) -> str | None:
        """The library signature the index was last brought fully up to date with (None:
        never: a new index, or one whose first update has not finished)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'library'").fetchone()
        return row[0] if row else None

    @property
    def built(self) -> bool:
        """Whether an update has ever finished: an index being brought up to date again
        can still answer (about the documents it holds) while the new update runs."""
        return self.signature() is not None

    def stale(self) -> bool:
        """Whether the library changed since the last complete update: a document added,
        removed, re-read, corrected or moved, here or by another process."""
        if self.library is None:
            return False
        return library_signature(self.library.document_versions()) != self.signature()

    def update(self, cancel: Callable[[], bool] = lambda: False) -> Iterator[BuildProgress]:
        """Bring the index up to date with the library: drop documents removed or changed,
        add new and changed ones, update the stock phrases. Yields progress after every
        :data:`BATCH` documents; on ``cancel()`` stops after the current document, keeping
        what was committed (the index stays stale, so the next update goes on)."""
        assert self.library is not None
        library = self.library
        versions = library.document_versions()
        try:
            db = self._connect()  # the update's own: reviews keep reading on self._db
        except sqlite3.OperationalError as exc:
            raise _index_error(self.path, exc) from None
        try:
            have = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, version, n FROM docs")}
            gone = [n for doc_id, (v, n) in have.items() if versions.get(doc_id) != v]
            todo = [d for d, v in versions.items() if have.get(d, (None,))[0] != v]
            total = len(todo)
            yield BuildProgress(0, total, "scan")
            with _writing(db):
                for n in gone:
                    db.execute("DELETE FROM fp WHERE doc = ?", (n,))
                    db.execute("DELETE FROM docs WHERE n = ?", (n,))
            self._texts.clear()
            infos = {d.id: d for d in library.documents()} if todo else {}
            stock = _stock_of(db)
            complete = True
            for start in range(0, total, BATCH):
                if cancel():
                    return
                batch = todo[start : start + BATCH]
                if any(d not in infos for d in batch):  # removed since the update began
                    complete = False
                # the batch's documents read together: one round trip for a team library
                docs = library.load_many(self._unindexed(db, batch, versions, infos))
                with _writing(db):
                    for doc_id in batch:
                        if cancel():
                            break
                        info = infos.get(doc_id)
                        if info is not None:
                            self._index_one(
                                db, doc_id, versions[doc_id], info, stock, docs.get(doc_id)
                            )
                yield BuildProgress(min(start + BATCH, total), total, "index")
            if cancel():
                return
            yield BuildProgress(total, total, "stock")
            with _writing(db):
                _update_stock(db)
                if complete:  # else stale still: the next update finishes the job
                    db.execute(
                        "INSERT OR REPLACE INTO meta VALUES ('library', ?)",
                        (library_signature(versions),),
                    )
            yield BuildProgress(total, total, "done")
        except sqlite3.OperationalError as exc:
            raise _index_error(self.path, exc) from None
        finally:
            db.close()

    @staticmethod
    def _unindexed(
        db: sqlite3.Connection, batch: list[str], versions: dict[str, str], infos: dict
    ) -> list[str]:
        """The documents of ``batch`` to load: still in the library, and not indexed at
        this version by another process meanwhile."""
        out = []
        for doc_id in batch:
            row = db.execute("SELECT version FROM docs WHERE id = ?", (doc_id,)).fetchone()
            if doc_id in infos and (row is None or row[0] != versions[doc_id]):
                out.append(doc_id)
        return out

    def _index_one(
        self,
        db: sqlite3.Connection,
        doc_id: str,
        version: str,
        info,
        stock: frozenset[int],
        doc: Document | None,
    ) -> None:
        """Fingerprint one document (``doc``, loaded with its batch) into ``db`` (inside a
        transaction), leaving out the known stock phrases; nothing when another process
        indexed this version already. A document that did not load (None) gets a row
        without fingerprints, so it is not tried again until it changes."""
        row = db.execute("SELECT n, version FROM docs WHERE id = ?", (doc_id,)).fetchone()
        if row is not None and row[1] == version:
            return  # another process was first
        if row is not None:
            db.execute("DELETE FROM fp WHERE doc = ?", (row[0],))
            db.execute("DELETE FROM docs WHERE n = ?", (row[0],))
        cur = db.execute(
            "INSERT INTO docs (id, version, title, date, path) VALUES (?, ?, ?, ?, ?)",
            (doc_id, version, info.title, info.date, info.path),
        )
        n = cur.lastrowid
        if doc is None:  # a document that no longer loads is simply not indexed
            return
        rows = []
        for p in doc.paragraphs():
            if p.is_heading:
                continue
            norm = normalise(p.text)
            if len(norm) < MIN_PARAGRAPH:
                continue
            rows.extend((h, n, p.index) for h in fingerprints(norm) if h not in stock)
        db.executemany("INSERT INTO fp VALUES (?, ?, ?)", rows)

    def ensure(self) -> None:
        """Update when stale, running the generator to the end (CLI, benchmark)."""
        if self.stale():
            for _ in self.update():
                pass

    def _prefetch(self, doc_ids: set[str]) -> None:
        """Keep the paragraph texts of ``doc_ids`` not kept yet, loaded together."""
        wanted = sorted(d for d in doc_ids if d not in self._texts)
        if not wanted or self.library is None:
            return
        if len(self._texts) + len(wanted) > 64:
            self._texts.clear()
        try:
            docs = self.library.load_many(wanted)
        except Exception:  # noqa: BLE001 - each is tried again alone by _paragraphs
            return
        for doc_id, doc in docs.items():
            self._texts[doc_id] = [p.text for p in doc.paragraphs()]

    def _paragraphs(self, doc_id: str) -> list[str]:
        texts = self._texts.get(doc_id)
        if texts is None:
            assert self.library is not None
            texts = [p.text for p in self.library.load(doc_id).paragraphs()]
            if len(self._texts) > 64:
                self._texts.clear()
            self._texts[doc_id] = texts
        return texts

    def find(
        self,
        paragraphs: list[str],
        exclude_path: str | None = None,
        same_speech: tuple[str, str] | None = None,
    ) -> dict[int, Match]:
        """For each paragraph (by position in ``paragraphs``) the library paragraph it
        repeats most, when it repeats one enough to report. ``exclude_path`` is the text's
        own file; ``same_speech`` its (title, date): a library document with that title and
        that date is another version of the same speech (the writer's 初稿 in the office's
        watched folder while the head reviews the 二稿), not a source it copies."""
        prints: dict[int, set[int]] = {}
        norms: dict[int, str] = {}
        for i, text in enumerate(paragraphs):
            norm = normalise(text)
            if len(norm) >= MIN_PARAGRAPH:
                norms[i] = norm
                prints[i] = fingerprints(norm)
        every = sorted(set().union(*prints.values())) if prints else []
        hits: dict[int, list[tuple[int, int]]] = {}
        for k in range(0, len(every), 900):
            chunk = every[k : k + 900]
            marks = ",".join("?" * len(chunk))
            for h, doc, para in self._db.execute(
                f"SELECT hash, doc, para FROM fp WHERE hash IN ({marks})", chunk
            ):
                hits.setdefault(h, []).append((doc, para))
        docs = (
            {
                row[0]: row[1:]
                for row in self._db.execute("SELECT n, id, title, date, path FROM docs")
            }
            if hits
            else {}
        )
        exclude = _real(exclude_path) if exclude_path else None
        tops: dict[int, list[tuple[tuple[int, int], int]]] = {}
        for i, fps in prints.items():
            votes: dict[tuple[int, int], int] = {}
            for h in fps:
                for key in hits.get(h, ()):
                    votes[key] = votes.get(key, 0) + 1
            tops[i] = sorted(votes.items(), key=lambda kv: -kv[1])[:3]
        # every candidate's text read together (a team library: one round trip, not one
        # load of several per document)
        self._prefetch(
            {docs[d][0] for top in tops.values() for (d, _p), c in top if c >= 2 and d in docs}
        )
        out: dict[int, Match] = {}
        for i, top in tops.items():
            best: Match | None = None
            for (doc, para), count in top:
                if count < 2:
                    break
                if doc not in docs:
                    continue  # dropped by an update since the lookup above
                doc_id, title, date, path = docs[doc]
                if exclude and _real(path) == exclude:
                    continue  # the document under review is itself in the library
                if same_speech is not None and is_same_speech(same_speech, title, date):
                    continue  # an earlier (or later) version of this very speech
                try:
                    source = self._paragraphs(doc_id)[para]
                except Exception:  # gone or changed since indexed: the next update mends it
                    continue
                shared = _shared(norms[i], normalise(source))
                share = shared / len(norms[i])
                if (
                    shared >= MIN_SHARED
                    and share >= MIN_SHARE
                    and (best is None or shared > best.shared)
                ):
                    best = Match(doc_id, title, date, path, para, source, shared, share)
            if best is not None:
                out[i] = best
        return out


def is_same_speech(own: tuple[str, str], title: str | None, date: str | None) -> bool:
    """Whether a library document titled ``title`` and dated ``date`` is a version of the
    speech ``own`` (title, date): both titles and both full dates given and equal, spaces
    aside. A title alone is not enough (an office gives the same title every year), nor a
    date alone (two speeches on one day)."""
    own_title, own_date = (_squash(own[0]), (own[1] or "").strip())
    if not own_title or len(own_date) < 10 or not title or not date:
        return False
    return _squash(title) == own_title and date.strip()[:10] == own_date[:10]


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


@contextmanager
def _writing(db: sqlite3.Connection):
    """One write transaction, taken at once (``BEGIN IMMEDIATE``: two processes updating
    the same index queue up instead of both writing what only one should), rolled back
    when the update stops in the middle (an error, a closed generator)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _stock_of(db: sqlite3.Connection) -> frozenset[int]:
    """The stock-phrase hashes known so far (not fingerprinted again)."""
    return frozenset(r[0] for r in db.execute("SELECT hash FROM stock"))


def _update_stock(db: sqlite3.Connection) -> None:
    """Mark as stock the hashes, among those of the documents indexed since the last time
    (by any update, a cancelled one too), now in more than STOCK_DOCS documents, and drop
    their fingerprints. Only those documents' hashes are counted (an update of a few
    documents does not scan the whole index); a hash once stock stays stock, also when
    documents holding it are removed."""
    row = db.execute("SELECT value FROM meta WHERE key = 'stocked'").fetchone()
    since = int(row[0]) if row else 0
    last = db.execute("SELECT COALESCE(MAX(n), 0) FROM docs").fetchone()[0]
    if last <= since:
        return
    db.execute(
        "INSERT OR IGNORE INTO stock SELECT hash FROM fp WHERE hash IN "
        "(SELECT hash FROM fp WHERE doc > ?) "
        "GROUP BY hash HAVING COUNT(DISTINCT doc) > ?",
        (since, STOCK_DOCS),
    )
    db.execute(
        "DELETE FROM fp WHERE hash IN (SELECT hash FROM stock) AND hash IN "
        "(SELECT hash FROM fp WHERE doc > ?)",
        (since,),
    )
    db.execute("INSERT OR REPLACE INTO meta VALUES ('stocked', ?)", (str(last),))


def _real(path: str) -> str:
    """A path in one canonical form, so a relative path names the same file."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


def _shared(a: str, b: str) -> int:
    """Characters of ``a`` in runs of at least MIN_RUN also found in ``b``."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in sm.get_matching_blocks() if block.size >= MIN_RUN)
