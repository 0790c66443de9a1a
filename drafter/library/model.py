"""The library's public data: errors, document records, import progress, search results.

Plain dataclasses with no Qt, shared by the command line and the desktop app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.corpus.display import (  # noqa: F401 - re-exported: the library's names for them
    EXCERPT_CHARS,
    LOW_CONFIDENCE,
    display_title,
    excerpt_of,
    needs_review,
)
from drafter.corpus.name_dates import date_in_name


class LibraryError(Exception):
    """Something the user can act on, in one line (a missing folder, a damaged library)."""


class NoLibraryHere(LibraryError):
    """A folder with no library in it (never created there): nothing in it to apply, so a
    command that only looks for the user's corrections reads the file without a word."""


class ServerAway(LibraryError):
    """A team library whose server was found away, held offline (the window's
    ``hold_when_away``): a read or write is refused at once, without waiting for the
    server, until a ``probe()`` reaches it again. The message says why it went away."""


class LibraryBusy(LibraryError):
    """Another process is writing to the library (it holds the write lock)."""


class CorrectionsChanged(LibraryError):
    """A document's corrections changed since the caller read them (a colleague's edit on a
    team library, another window's on a local one): storing the caller's list would drop
    that change without a word, so nothing is stored and the user is told to look again."""


class QueryError(LibraryError):
    """A search query that cannot be understood; the message is shown to the user."""


@dataclass
class DocumentInfo:
    """One document in the catalogue. ``id`` is stable: the first 12 hex digits of the
    SHA-256 of the file's bytes, so the same text imported twice is one document."""

    id: str
    path: str
    title: str | None
    speaker: str | None
    post: str | None
    date: str | None
    genre: str | None
    occasion: str | None
    level: str | None
    source: str | None
    format: str
    paragraphs: int
    chars: int
    added: str  # ISO time the document entered the library
    sha256: str
    # how sure the outline is (0..1, from the structure inference); low shows 结构待核
    confidence: float = 1.0
    excerpt: str | None = None  # the first words of the text, for a document with no title

    @property
    def year(self) -> int | None:
        """The year of the document's date, or None when undated; the browse tree and filters group
        by it.
        """
        return year_of(self.date)

    @property
    def untitled(self) -> bool:
        """True when the document names no title of its own (the display title is then
        its occasion or its first words, never its file name)."""
        return not (self.title and self.title.strip())

    @property
    def display_title(self) -> str:
        """What to call the document: its title, else its occasion, else its first
        words; the file name only when the text gave nothing at all."""
        return display_title(self.title, self.occasion, self.excerpt, self.path)

    @property
    def needs_review(self) -> bool:
        """A quiet 结构待核: the outline is a guess the user should look at."""
        return needs_review(self.confidence)


@dataclass
class Corrections:
    """A document's stored corrections (ops of :mod:`drafter.corpus.corrections`).

    ``stale`` is true when they were made on an earlier version of the file: they are
    still replayed where their text matches, but the user should check them;
    ``skipped`` lists the ops whose paragraph is gone from the current version, ``moved``
    those that found it reworded there (both only for stale corrections);
    ``made_on`` is the content hash of the version they were made on (None for none), which
    更正已核对 records so that taking the check back makes them stale again.
    ``author`` is who stored them last and ``authors`` who made each step (keys of
    :func:`~drafter.library.correction_authors.step_key`): a colleague's change is said
    with their name; None and {} where the library does not know (rows from before).
    """

    ops: list[dict] = field(default_factory=list)
    stale: bool = False
    skipped: list[dict] = field(default_factory=list)
    made_on: str | None = None
    moved: list[dict] = field(default_factory=list)
    author: str | None = None
    authors: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportProgress:
    """Where a long add, sync or re-index stands. Yielded after every file.

    ``phase`` is ``"scan"`` (finding and hashing files), ``"read"`` (reading and
    segmenting), ``"index"`` (removing stale entries), ``"commit"`` (writing the index
    and catalogue) or ``"done"``. The last progress of a run has phase ``"done"`` and the
    counts of what happened: ``added``, ``updated``, ``removed``, ``unchanged``,
    ``duplicates`` (byte-identical copies of a file in the batch or of a document already
    in the library: imported once, reported as copies, not as 未变; ``duplicate_of`` names
    each copy and the file it repeats, so a summary can say which: 重复 1 left the writer to
    guess) and, for a re-index, ``reindexed``. ``skipped`` lists files passed over on
    purpose, with the reason (a README in a folder is about the folder, not a document of
    it); ``unsupported`` the files of the folders imported that Drafter cannot read by
    their type (slides, spreadsheets, pictures), which the summaries name so none is left out
    without a word.
    """

    done_files: int
    total_files: int
    done_bytes: int
    total_bytes: int
    current: str
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    phase: str = "scan"
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    cancelled: bool = False
    duplicates: int = 0
    duplicate_of: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)
    reindexed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    unsupported: list[str] = field(default_factory=list)  # paths of files of another type
    # documents stored so far by this run: a team library commits batch by batch and the
    # importing window shows each batch as colleagues' windows do (a local import commits
    # once, at the end)
    committed: int = 0
    # of ``total_files``, those accounted for before any is read (unchanged, copies, failed
    # in the scan): a re-sync of a folder of 501 with one file changed started at 500/501,
    # so the line under the bar counts the files it will really read without them
    settled: int = 0

    def start_reading(self, tasks: list, settled: int) -> None:
        """Set the totals before the files are read: ``tasks`` are the files to read, and
        ``settled`` the files of the batch already accounted for without reading (failed in
        the scan, unchanged, copies), counted as done. The total is every file the user
        chose: a folder of four with an empty file showed 3/3 个文件, the empty one gone
        from the count while listed among the errors."""
        self.total_files = len(tasks) + settled
        self.done_files = settled
        self.settled = settled
        self.total_bytes = sum(t.size for t in tasks)

    def count_file(self, path: str, size: int, error: str | None) -> bool:
        """Count one file read: its bytes move the bar, its error (if any) joins
        ``errors`` and the batch goes on. True when it was read without error. Every
        import and re-index of both backends counts its files this way."""
        self.done_files += 1
        self.done_bytes += size
        if error:
            self.errors.append((path, error))
            return False
        return True


@dataclass
class SearchHit:
    """One matching paragraph. ``highlights`` are ``(start, end)`` character offsets into
    ``text``, one per matched term occurrence, sorted and non-overlapping."""

    score: float
    document: DocumentInfo
    section: list[str]
    paragraph_index: int
    is_heading: bool
    text: str
    highlights: list[tuple[int, int]]


@dataclass
class SearchResults:
    """One search's answer: the query as given, how many paragraphs matched in all, the time taken
    and the hits shown (at most the limit).
    """

    query: str
    total: int
    elapsed_ms: float
    hits: list[SearchHit]

    def to_json(self) -> dict:
        """The ``drafter search --json`` shape; ``paragraph`` is numbered from 1 (第 1 段), as
        in the reader and every other ``--json``."""
        return {
            "query": self.query,
            "total": self.total,
            "elapsed_ms": round(self.elapsed_ms, 3),
            "results": [
                {
                    "score": round(float(h.score), 4),
                    "document": {
                        "id": h.document.id,
                        "title": h.document.title,
                        "path": h.document.path,
                        "date": h.document.date,
                        "speaker": h.document.speaker,
                        "genre": h.document.genre,
                    },
                    "section": list(h.section),
                    "paragraph": h.paragraph_index + 1,
                    "is_heading": h.is_heading,
                    "text": h.text,
                    "highlights": [[s, e] for s, e in h.highlights],
                }
                for h in self.hits
            ],
        }


def error_with_path(path: str, message: str) -> str:
    """A per-file error of an import (``ImportProgress.errors``) naming the file by its
    full path: a reader's message names the file only ("报告.pdf: …"), which cannot tell
    two 报告.pdf in two folders of one import apart. The command line and the library
    panel both list import errors this way."""
    name = Path(path).name
    if message.startswith(f"{path}:"):
        return message
    if message.startswith(f"{name}:"):
        return f"{path}{message[len(name) :]}"
    return f"{path}: {message}"


def filed_date(date: str | None, path: str | None) -> str | None:
    """The date a document is searched and sorted under: its own, else the date its file
    name gives (19970123_不要忘记英雄.md), as the library table shows it. A speech archive
    dates its files by name while many texts name no date; filed under nothing, they fell
    out of every 年份 filter and to the end of 按日期. The document's own date stays empty:
    this is where it is filed, not what it says."""
    return date or date_in_name(path)


def year_of(date: str | None) -> int | None:
    """The year of an ISO date ("2024-03-05", "2024-03", "2024"), or None."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def date_key(date: str | None) -> int:
    """A sortable integer YYYYMMDD for an ISO date; missing parts are 0, unknown is 0."""
    if not date:
        return 0
    digits = [part for part in date.split("-")[:3]]
    try:
        year = int(digits[0])
        month = int(digits[1]) if len(digits) > 1 else 0
        day = int(digits[2][:2]) if len(digits) > 2 else 0
    except ValueError:
        return 0
    return year * 10000 + month * 100 + day
