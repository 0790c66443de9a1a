"""The local catalogue's tables, and how an older catalogue is brought up to date in place.

The catalogue (:mod:`.catalog`) is one SQLite file; its format is :data:`SCHEMA_VERSION`,
and what changed since that shipped is added in place when a Drafter opens it (columns by
ALTER TABLE, which keeps every row; a stamp no longer kept is dropped), so a library made by
an older Drafter opens in a newer one without a rebuild. The team library's tables and
numbered migrations are :mod:`drafter.library.pg.schema`; both answer the one interface of
:mod:`drafter.library.backend`.
"""

from __future__ import annotations

import sqlite3

from drafter.library import parser_stamp

SCHEMA_VERSION = "1"

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    title TEXT, speaker TEXT, post TEXT, date TEXT, genre TEXT,
    occasion TEXT, level TEXT, source TEXT,
    format TEXT NOT NULL,
    paragraphs INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    added TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    mtime_ns INTEGER NOT NULL DEFAULT 0,
    data BLOB
);
CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY, added TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS folders (path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    ops TEXT NOT NULL,
    updated TEXT NOT NULL,
    author TEXT,
    authors TEXT
);
CREATE INDEX IF NOT EXISTS corrections_path ON corrections (path);
"""
# Columns added after format 1 shipped: (name, declaration), added to older catalogues
# in place (ALTER TABLE ADD COLUMN keeps every row; old readers ignore the columns).
_ADDED_COLUMNS = (
    ("confidence", "REAL NOT NULL DEFAULT 1.0"),
    ("excerpt", "TEXT"),
    # the reader version (parser_stamp.current()) the cached parse was made with; NULL: a
    # parse from before versions were kept, as old as any (see Library.stale_readings)
    ("reader", "TEXT"),
)

# Columns the corrections table gained later, added the same way: who stored the list
# last and who made each of its steps (drafter.library.correction_authors); NULL in rows
# from before, said as unknown.
_ADDED_CORRECTION_COLUMNS = (("author", "TEXT"), ("authors", "TEXT"))

INFO_COLUMNS = (
    "id, path, title, speaker, post, date, genre, occasion, level, source, format, "
    "paragraphs, chars, added, sha256, confidence, excerpt"
)


def drop_library_stamp(db: sqlite3.Connection) -> None:
    """Drop the library-wide parser stamp a catalogue kept before each document kept its
    reader version (:data:`~drafter.library.parser_stamp.OLD_STATE_KEY`: redundant, and
    less exact); looked up first, so opening a current catalogue writes nothing."""
    key = parser_stamp.OLD_STATE_KEY
    if db.execute("SELECT 1 FROM state WHERE key = ?", (key,)).fetchone():
        db.execute("DELETE FROM state WHERE key = ?", (key,))


def add_columns(db: sqlite3.Connection) -> None:
    """Bring an older catalogue's tables up to date in place: the columns added since
    (:data:`_ADDED_COLUMNS`, :data:`_ADDED_CORRECTION_COLUMNS`) in one transaction, so a
    crash leaves the old tables or the new ones, every row kept; looked up again under
    the write lock, so two Drafters opening the same old library at once add each once.
    A current catalogue is only read."""

    def lacking() -> list[tuple[str, str, str]]:
        out = []
        for table, added in (
            ("documents", _ADDED_COLUMNS),
            ("corrections", _ADDED_CORRECTION_COLUMNS),
        ):
            have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
            out += [(table, name, decl) for name, decl in added if name not in have]
        return out

    if not lacking():
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for table, name, declaration in lacking():
            db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: sqlite3.Connection) -> None:
    """Bring a read-write catalogue to the current format: the tables a new one lacks
    (:data:`SCHEMA_SQL`, every statement ``IF NOT EXISTS``), the columns an older one
    lacks, and the stamp it no longer keeps; a current catalogue is only read. The
    team library's counterpart is :func:`drafter.library.pg.schema.migrate`."""
    db.executescript(SCHEMA_SQL)
    add_columns(db)
    drop_library_stamp(db)
