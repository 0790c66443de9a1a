"""The team library's tables, created by numbered migrations that are safe to run twice.

Everything lives in one schema (``drafter``) so the library can share a database with
anything else an office runs. :func:`migrate` takes a transaction-level advisory lock, so
two Drafters starting at once against a new database do not race, and every statement
is written to be idempotent (``IF NOT EXISTS``), so a migration interrupted by a crash
is simply run again. Roles for readers and editors: :data:`ROLES_SQL`.
"""

from __future__ import annotations

SCHEMA = "drafter"
# pg_advisory_xact_lock keys: one for migrations, one held while a writer commits.
MIGRATE_LOCK = 0x44524D47  # "DRMG"
WRITE_LOCK = 0x44525752  # "DRWR"
CHANNEL = "drafter_library"  # LISTEN/NOTIFY channel; the payload is the new generation
# the index's format (drafter.library.analyzer.INDEX_FORMAT) is kept in drafter.state under
# analyzer.INDEX_FORMAT_KEY: the terms in the tsv column changed, the tables did not, so it
# is state, not a migration

# the user's corrections (drafter.corpus.corrections) by the content they were made on;
# (origin, path) finds them again when that machine's file changes: one text for the first
# migration and for the repair of an early database that lacks the table
CORRECTIONS_SQL = """
CREATE TABLE IF NOT EXISTS drafter.corrections (
    sha256 text PRIMARY KEY,
    origin text NOT NULL,
    path text NOT NULL,
    ops jsonb NOT NULL,
    updated text NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_path ON drafter.corrections (origin, path);
"""

# who stored a document's corrections last and who made each step in them
# (drafter.library.correction_authors): migration 3, and the repair of an early database
# whose corrections table CORRECTIONS_SQL has just made
AUTHORS_SQL = """
ALTER TABLE drafter.corrections ADD COLUMN IF NOT EXISTS author text;
ALTER TABLE drafter.corrections ADD COLUMN IF NOT EXISTS authors jsonb;
"""

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE IF NOT EXISTS drafter.documents (
    id text PRIMARY KEY,               -- first 12 hex digits of sha256: one row per content
    sha256 text NOT NULL UNIQUE,
    origin text NOT NULL,              -- the machine whose file this is (sync is per machine)
    path text NOT NULL,
    title text, speaker text, post text, date text, genre text,
    occasion text, level text, source text,
    format text NOT NULL,
    paragraphs integer NOT NULL,
    chars integer NOT NULL,
    added text NOT NULL,
    confidence real NOT NULL DEFAULT 1.0,  -- how sure the outline is (结构待核 below corpus.display.LOW_CONFIDENCE)
    excerpt text,                      -- first words, for a document with no title
    size bigint NOT NULL DEFAULT 0,
    mtime_ns bigint NOT NULL DEFAULT 0,
    year integer,
    date_key integer NOT NULL DEFAULT 0,
    -- width-folded, lower-cased values for title:/speaker:/genre:/occasion: searches
    title_n text, speaker_n text, genre_n text, occasion_n text,
    outline jsonb,                     -- the parsed outline (headings tree), for SQL users
    data bytea,                        -- the whole parsed Document, compressed JSON
    seq bigserial NOT NULL             -- import order: ties in ranking follow it
);
CREATE INDEX IF NOT EXISTS documents_origin_path ON drafter.documents (origin, path);

CREATE TABLE IF NOT EXISTS drafter.paragraphs (
    doc_id text NOT NULL REFERENCES drafter.documents (id) ON DELETE CASCADE,
    idx integer NOT NULL,
    piece integer NOT NULL DEFAULT 0,  -- long paragraphs are indexed in pieces (chunks.py)
    -- the document's seq and date_key, copied so that a text search ranks, breaks ties and
    -- sorts by date without touching the documents table
    dseq bigint NOT NULL DEFAULT 0,
    date_key integer NOT NULL DEFAULT 0,
    text text NOT NULL,
    section text[] NOT NULL,
    is_heading boolean NOT NULL,
    len integer NOT NULL,              -- words, for BM25's length normalisation
    fl double precision NOT NULL,      -- the same length as the local index stores it
    tf jsonb,                          -- term -> occurrences, for terms occurring twice or more
    tsv tsvector NOT NULL,             -- jieba terms with positions (sub-words included)
    PRIMARY KEY (doc_id, idx, piece)
);
CREATE INDEX IF NOT EXISTS paragraphs_tsv ON drafter.paragraphs USING gin (tsv);

-- document frequency of every indexed term, kept in step by each writer's transaction
CREATE TABLE IF NOT EXISTS drafter.terms (term text PRIMARY KEY, df integer NOT NULL);

CREATE TABLE IF NOT EXISTS drafter.stats (
    id integer PRIMARY KEY CHECK (id = 1),
    paragraphs bigint NOT NULL,
    total_len bigint NOT NULL,
    generation bigint NOT NULL         -- bumped by every committed change
);
INSERT INTO drafter.stats VALUES (1, 0, 0, 0) ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS drafter.words (word text PRIMARY KEY, added text NOT NULL);
CREATE TABLE IF NOT EXISTS drafter.folders (
    origin text NOT NULL, path text NOT NULL, PRIMARY KEY (origin, path)
);
CREATE TABLE IF NOT EXISTS drafter.state (key text PRIMARY KEY, value text NOT NULL);
"""
        + CORRECTIONS_SQL
        + """
CREATE TABLE IF NOT EXISTS drafter.office_lists (
    name text PRIMARY KEY,
    content text NOT NULL,
    updated timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT current_user
);
""",
    ),
    (
        2,
        # the reader version (drafter.library.parser_stamp) each cached parse was made
        # with; NULL: a parse from before versions were kept, as old as any
        "ALTER TABLE drafter.documents ADD COLUMN IF NOT EXISTS reader text;",
    ),
    # the corrections' authors; the table is made first for an early database that lacks
    # it (the owner's repair would make it next; CORRECTIONS_SQL is idempotent)
    (3, CORRECTIONS_SQL + AUTHORS_SQL),
]

# what each migration brings, as the refusal to upgrade names it for the administrator
MIGRATION_NAMES = {2: "记录每篇文稿由哪一版读取程序解析", 3: "记录每处更正是谁做的"}

LATEST = MIGRATIONS[-1][0]

# The columns of a DocumentInfo, in its field order.
INFO_COLUMNS = (
    "id, path, title, speaker, post, date, genre, occasion, level, source, format, "
    "paragraphs, chars, added, sha256, confidence, excerpt"
)
NINFO = 17  # columns of INFO_COLUMNS


# Roles an office creates once (as the database owner); see docs/team-library.md.
ROLES_SQL = """
-- Group roles: what readers and editors may do. Members log in with their own names.
CREATE ROLE drafter_reader NOLOGIN;
CREATE ROLE drafter_editor NOLOGIN IN ROLE drafter_reader;

GRANT CONNECT ON DATABASE {database} TO drafter_reader;
GRANT USAGE ON SCHEMA drafter TO drafter_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA drafter TO drafter_reader;
-- editors import, sync, remove and change the dictionary and office lists
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA drafter TO drafter_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA drafter TO drafter_editor;

-- One login per writer (passwords go to each writer's ~/.pgpass, never into Drafter):
-- CREATE ROLE wang LOGIN PASSWORD '...' IN ROLE drafter_editor;
-- CREATE ROLE li   LOGIN PASSWORD '...' IN ROLE drafter_reader;
"""


def migrate(conn) -> int:
    """Bring the schema up to :data:`LATEST` (idempotent); returns the version."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        conn.execute("CREATE SCHEMA IF NOT EXISTS drafter")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS drafter.migrations ("
            "version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
        )
        done = {r[0] for r in conn.execute("SELECT version FROM drafter.migrations")}
        for version, sql in MIGRATIONS:
            if version in done:
                continue
            conn.execute(sql)
            conn.execute(
                "INSERT INTO drafter.migrations (version) VALUES (%s) ON CONFLICT DO NOTHING",
                (version,),
            )
    return LATEST


# What migration 1 gained after the first team libraries were made with it (it grew
# while the team library was young, without a migration of its own): a database made
# then says version 1 and lacks these. (table, column), and the corrections table.
LATER_COLUMNS = (
    ("documents", "confidence"),
    ("documents", "excerpt"),
    ("paragraphs", "piece"),
    ("paragraphs", "dseq"),
    ("paragraphs", "date_key"),
)

# Brings such a database to migration 1 as it is now; every statement is a no-op on a
# database that has it already. Paragraphs get their document's seq and date (copied so
# a search need not join documents); the index itself is rebuilt after, from the cached
# parses, because its format state is missing too (LibraryBackend.index_outdated).
REPAIR_SQL = (
    """
ALTER TABLE drafter.documents ADD COLUMN IF NOT EXISTS confidence real NOT NULL DEFAULT 1.0;
ALTER TABLE drafter.documents ADD COLUMN IF NOT EXISTS excerpt text;
ALTER TABLE drafter.paragraphs ADD COLUMN IF NOT EXISTS piece integer NOT NULL DEFAULT 0;
ALTER TABLE drafter.paragraphs ADD COLUMN IF NOT EXISTS dseq bigint NOT NULL DEFAULT 0;
ALTER TABLE drafter.paragraphs ADD COLUMN IF NOT EXISTS date_key integer NOT NULL DEFAULT 0;
UPDATE drafter.paragraphs p SET dseq = d.seq, date_key = d.date_key
    FROM drafter.documents d WHERE p.doc_id = d.id AND p.dseq = 0;
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint c JOIN pg_attribute a
        ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.conrelid = 'drafter.paragraphs'::regclass AND c.contype = 'p'
        AND a.attname = 'piece'
    ) THEN
        ALTER TABLE drafter.paragraphs DROP CONSTRAINT IF EXISTS paragraphs_pkey;
        ALTER TABLE drafter.paragraphs ADD PRIMARY KEY (doc_id, idx, piece);
    END IF;
END $$;
"""
    + CORRECTIONS_SQL
    + AUTHORS_SQL
)


def missing(conn) -> list[str]:
    """What an early version-1 database lacks (``documents.confidence``, ``corrections``
    …; see :data:`LATER_COLUMNS`), empty for one made by this Drafter."""
    have = set(
        conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'drafter'"
        ).fetchall()
    )
    gone = [f"{table}.{column}" for table, column in LATER_COLUMNS if (table, column) not in have]
    row = conn.execute("SELECT to_regclass('drafter.corrections')").fetchone()
    return gone + ([] if row[0] else ["corrections"])


def repair(conn) -> None:
    """Bring an early version-1 database to version 1 as it is now (:data:`REPAIR_SQL`),
    under the migrations' lock; needs the tables' owner."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        conn.execute(REPAIR_SQL)


def table_owner(conn) -> str | None:
    """The role owning the library's tables (who alone may upgrade them), None when the
    database has none or the reader may not see it."""
    row = conn.execute(
        "SELECT tableowner FROM pg_tables WHERE schemaname = 'drafter' AND tablename = 'documents'"
    ).fetchone()
    return row[0] if row else None


def schema_version(conn) -> int | None:
    """The migration level of the database, or None when it holds no team library."""
    row = conn.execute("SELECT to_regclass('drafter.migrations')").fetchone()
    if row[0] is None:
        return None
    row = conn.execute("SELECT max(version) FROM drafter.migrations").fetchone()
    return row[0]


def roles_sql(database: str) -> str:
    """:data:`ROLES_SQL` for ``database`` (quoted as an identifier)."""
    return ROLES_SQL.format(database='"' + database.replace('"', '""') + '"')
