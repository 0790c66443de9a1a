"""Which reading code a library's cached parses were made with.

The catalogue keeps each document's parsed :class:`~drafter.corpus.Document` so re-indexing
and sync need not read unchanged files again. When a newer Drafter reads documents better
(new heading rules, apparatus, ``Section`` fields), those cached parses silently keep the
old, worse outlines. The stamp below names the reading code; each document stores the
stamp its parse was made with (its reader version: ``documents.reader``, both backends),
and sync, ``reindex`` and the app read documents of another stamp again
(``LibraryBackend.reread_stale``).

A library once kept one library-wide stamp too (state key :data:`OLD_STATE_KEY`), set when
it was created or wholly re-read. It said less than the documents' own versions and more
than was true (a document whose file was absent at the re-read kept its old parse under
the new stamp), and nothing read it any more: opening a library for writing now drops
it (both backends), an idempotent step rather than a schema version, so a Drafter of the
session before, which only wrote it, still opens the library.

The stamp is a hash of the source of :mod:`drafter.corpus` (the pipeline and its readers:
everything that turns a file into a Document), not a hand-bumped version constant: rule
changes land many times a session and nobody remembers to bump a constant (the cache had
none). Any edit to that package — even a comment — counts as new rules; a needless re-read
costs minutes once, while a missed one costs the user worse outlines for good. The hash is
computed once per process from the installed files (a few hundred kB: milliseconds).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

OLD_STATE_KEY = "parser"
"""The library state key that held a library-wide stamp before each document kept its own
(see the module docstring); dropped when a library is opened for writing. Nothing is lost:
each document's reader version says what the stamp said, more exactly; a document from
before versions were kept (NULL) counts as old, as it did since the per-document versions
came, so the worst an old library meets is one needless re-read of a document whose file
is here (never a missed one: the stamp also covered parses it did not make)."""

NOTICE = "文档解析规则已更新：{n} 篇文档仍按旧规则解析，运行 drafter library sync 更新"
"""What ``library sync``/``list``/``info`` print once when parses are stale."""


@functools.cache
def current() -> str:
    """The stamp of this process's reading code: sha256 over drafter/corpus's sources (names and
    contents, in a fixed order), shortened to 16 hex digits. A build without source files (a
    frozen app) falls back to Drafter's version, so a new release still counts as new rules."""
    import drafter
    import drafter.corpus

    root = Path(drafter.corpus.__file__).parent
    digest = hashlib.sha256()
    sources = sorted(root.rglob("*.py"))
    if not sources:
        digest.update(f"version {drafter.__version__}".encode())
    for path in sources:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def notice(library) -> str | None:
    """The one-line Chinese notice for ``library``, or None when its parses are current (or it
    cannot tell: an error reading the state never stops a command)."""
    try:
        n = library.stale_parses()
    except Exception:  # noqa: BLE001 - a notice, never a failure
        return None
    return NOTICE.format(n=n) if n else None


def notice_due(stale: int, dismissed: str = "") -> bool:
    """Whether the app shows its 重新解析 notice: some parses are stale (``stale``, from
    ``stale_parses``) and the user has not set it aside for these rules (``dismissed``: the
    stamp they said 不再提示 for). It came back on every start until the user re-read, and a
    user who would rather not spend the minutes had no way to quiet it; new rules (another
    stamp) bring it back, once more."""
    return stale > 0 and dismissed != current()
