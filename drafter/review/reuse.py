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
import os
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.library.library import Library

SHINGLE = 12
MODULUS = 8
MIN_PARAGRAPH = 30  # characters (after normalising) for a paragraph to be checked
MIN_RUN = 12  # shared runs shorter than this are stock phrases, not reuse
MIN_SHARED = 30  # report when at least this many characters are shared ...
MIN_SHARE = 0.4  # ... and at least this part of the paragraph
STOCK_DOCS = 25  # a shingle in more documents than this is a stock phrase
SCHEMA = "1"
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


class ReuseIndex:
    """The fingerprint index of one library. Open with :meth:`open`; call :meth:`update`
    (a generator) to bring it up to date with the library's catalogue."""

    def __init__(self, path: Path, library: Library | None = None) -> None:
        self.path = path
        self.library = library
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.executescript(
            """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY, id TEXT UNIQUE, sha TEXT,
                title TEXT, date TEXT, path TEXT);
            CREATE TABLE IF NOT EXISTS fp (hash INTEGER, doc INTEGER, para INTEGER);
            CREATE INDEX IF NOT EXISTS fp_hash ON fp(hash);
            CREATE TABLE IF NOT EXISTS stock (hash INTEGER PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            """
        )
        self._texts: dict[str, list[str]] = {}

    @classmethod
    def open(cls, library: Library) -> ReuseIndex:
        """The reuse index of ``library`` (created empty when missing)."""
        return cls(Path(library.root) / "review" / "reuse.sqlite3", library)

    def close(self) -> None:
        """Close the index's database connection."""
        self._db.close()

    def stale(self) -> bool:
        """Whether the library holds documents the index does not (or the reverse)."""
        if self.library is None:
            return False
        have = {row[0]: row[1] for row in self._db.execute("SELECT id, sha FROM docs")}
        want = {d.id: d.sha256 for d in self.library.documents()}
        return have != want

    def update(self, cancel: Callable[[], bool] = lambda: False) -> Iterator[BuildProgress]:
        """Bring the index up to date with the library: add new documents, drop removed
        ones, recompute stock phrases. Yields progress after every 20 documents."""
        assert self.library is not None
        have = {row[0]: (row[1], row[2]) for row in self._db.execute("SELECT id, sha, n FROM docs")}
        infos = {d.id: d for d in self.library.documents()}
        gone = [
            n
            for doc_id, (sha, n) in have.items()
            if doc_id not in infos or infos[doc_id].sha256 != sha
        ]
        todo = [
            d for doc_id, d in infos.items() if doc_id not in have or have[doc_id][0] != d.sha256
        ]
        total = len(todo)
        yield BuildProgress(0, total, "scan")
        db = self._db
        db.execute("BEGIN")
        for n in gone:
            db.execute("DELETE FROM fp WHERE doc = ?", (n,))
            db.execute("DELETE FROM docs WHERE n = ?", (n,))
        changed = bool(gone)
        for k, info in enumerate(todo, 1):
            if cancel():
                break
            try:
                doc = self.library.load(info.id)
            except Exception:  # a document that no longer loads is simply not indexed
                continue
            cur = db.execute(
                "INSERT INTO docs (id, sha, title, date, path) VALUES (?, ?, ?, ?, ?)",
                (info.id, info.sha256, info.title, info.date, info.path),
            )
            n = cur.lastrowid
            rows = []
            for p in doc.paragraphs():
                if p.is_heading:
                    continue
                norm = normalise(p.text)
                if len(norm) < MIN_PARAGRAPH:
                    continue
                rows.extend((h, n, p.index) for h in fingerprints(norm))
            db.executemany("INSERT INTO fp VALUES (?, ?, ?)", rows)
            changed = True
            if k % 20 == 0:
                yield BuildProgress(k, total, "index")
        if changed:
            yield BuildProgress(total, total, "stock")
            db.execute("DELETE FROM stock")
            db.execute(
                "INSERT INTO stock SELECT hash FROM fp GROUP BY hash HAVING COUNT(DISTINCT doc) > ?",
                (STOCK_DOCS,),
            )
            db.execute("DELETE FROM fp WHERE hash IN (SELECT hash FROM stock)")
        db.execute("COMMIT")
        yield BuildProgress(total, total, "done")

    def ensure(self) -> None:
        """Update when stale, running the generator to the end (CLI, benchmark)."""
        if self.stale():
            for _ in self.update():
                pass

    def _paragraphs(self, doc_id: str) -> list[str]:
        texts = self._texts.get(doc_id)
        if texts is None:
            assert self.library is not None
            texts = [p.text for p in self.library.load(doc_id).paragraphs()]
            if len(self._texts) > 64:
                self._texts.clear()
            self._texts[doc_id] = texts
        return texts

    def find(self, paragraphs: list[str], exclude_path: str | None = None) -> dict[int, Match]:
        """For each paragraph (by position in ``paragraphs``) the library paragraph it
        repeats most, when it repeats one enough to report."""
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
        out: dict[int, Match] = {}
        for i, fps in prints.items():
            votes: dict[tuple[int, int], int] = {}
            for h in fps:
                for key in hits.get(h, ()):
                    votes[key] = votes.get(key, 0) + 1
            best: Match | None = None
            for (doc, para), count in sorted(votes.items(), key=lambda kv: -kv[1])[:3]:
                if count < 2:
                    break
                doc_id, title, date, path = docs[doc]
                if exclude and _real(path) == exclude:
                    continue  # the document under review is itself in the library
                source = self._paragraphs(doc_id)[para]
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
