"""The team library's write-side SQL: storing prepared documents, keeping the term and
length statistics in step, deleting, corrections and state. Every function runs inside
the caller's transaction (see :meth:`PgPool._writing <drafter.library.pg.pool.PgPool._writing>`), so a crash leaves either all
of a change or none of it."""

from __future__ import annotations

from collections import Counter

from drafter.library.model import date_key, filed_date, year_of
from drafter.library.pg import schema
from drafter.library.pg.rows import Prepared, normalized
from drafter.library.pg.schema import INFO_COLUMNS


def set_state(conn, key: str, value: str) -> None:
    """Set a library state value (index format, indexed dictionary) inside the caller's
    transaction: a re-index stores the words it was built with in the transaction that
    replaces the paragraphs, so no client searches new paragraphs with old words."""
    conn.execute(
        "INSERT INTO drafter.state (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        (key, value),
    )


def generation(conn) -> int:
    """The library's generation: bumped by every committed change (:func:`bump`), so a
    writer that read at one generation and finds another before it commits knows that a
    colleague wrote in between."""
    return conn.execute("SELECT generation FROM drafter.stats").fetchone()[0]


def bump(conn) -> None:
    """Bump the generation and tell listeners (inside the writing transaction: the
    notification is delivered on commit, never for a rolled-back change)."""
    conn.execute(  # one statement: one round trip inside every writing transaction
        "UPDATE drafter.stats SET generation = generation + 1 "
        "RETURNING pg_notify(%s, generation::text)",
        (schema.CHANNEL,),
    )


# what a read of the corrections selects for their authors: the columns (migration 3), or
# nothing known in a library from before them, opened read-only until its owner upgrades it
AUTHORS = "author, authors"
NO_AUTHORS = "NULL::text AS author, NULL::jsonb AS authors"


# A correction ``c``'s content held by a document at another place than the correction's
# (moved with it, or two files swapped contents): its corrections are that document's,
# never the fall-back of whatever content now stands at the correction's path.
HELD_ELSEWHERE = (
    "SELECT 1 FROM drafter.documents held WHERE held.sha256 = c.sha256 "
    "AND (held.origin <> c.origin OR held.path <> c.path)"
)


# :func:`corrections_for` of the document row ``d`` as one subquery (ops, sha256; no row
# without corrections), for a read of many documents at once (``LATERAL``).
CORRECTIONS_OF_D = (
    "SELECT ops, sha256, author, authors FROM (SELECT 0 AS rank, c.ops, c.sha256, c.updated, "
    "c.author, c.authors FROM drafter.corrections c WHERE c.sha256 = d.sha256 UNION ALL "
    "(SELECT 1, c.ops, c.sha256, c.updated, c.author, c.authors FROM drafter.corrections c "
    f"WHERE c.origin = d.origin AND c.path = d.path AND NOT EXISTS ({HELD_ELSEWHERE}) "
    "ORDER BY c.updated DESC LIMIT 1)) found ORDER BY rank LIMIT 1"
)
# the same in a library from before the authors' columns (migration 3): nobody known
CORRECTIONS_OF_D_NO_AUTHORS = CORRECTIONS_OF_D.replace("c.author, c.authors", NO_AUTHORS)


def corrections_for(conn, sha256: str, origin: str, path: str):
    """(ops, sha256 they were made on): those made on this content, else those made
    on an earlier version of the same machine's file; ([], None) if none."""
    # without the authors' columns: also read in a library from before them (migration 3)
    ops, made_on, _author, _authors = corrections_row(conn, sha256, origin, path, NO_AUTHORS)
    return ops, made_on


def corrections_row(conn, sha256: str, origin: str, path: str, who: str = AUTHORS):
    """:func:`corrections_for` with who stored them last and who made each step
    (:mod:`~drafter.library.correction_authors`; None and {} in a row from before, or
    with ``who`` :data:`NO_AUTHORS`)."""
    row = conn.execute(
        f"SELECT ops, sha256, {who} FROM drafter.corrections WHERE sha256 = %s",
        (sha256,),
    ).fetchone()
    if row is None:
        row = conn.execute(
            f"SELECT ops, sha256, {who} FROM drafter.corrections c "
            "WHERE origin = %s AND path = %s "
            f"AND NOT EXISTS ({HELD_ELSEWHERE}) ORDER BY updated DESC LIMIT 1",
            (origin, path),
        ).fetchone()
    if not row:
        return [], None, None, {}
    return list(row[0]), row[1], row[2], dict(row[3] or {})


def derived_columns(p: Prepared) -> tuple:
    """The values of the columns computed from a document rather than read from it, in
    their SQL order (year, date_key, title_n, speaker_n, genre_n, occasion_n, outline,
    data): what filters and sorting use, the outline and the cached parse. Written alike
    by an insert and by an update, so both statements name them in this order."""
    info = p.info
    filed = filed_date(info.date, info.path)  # a dateless text under its file name's date
    return (
        year_of(filed),
        date_key(filed),
        normalized(info.title),
        normalized(info.speaker),
        normalized(info.genre),
        normalized(info.occasion),
        p.outline,
        p.data,
    )


def update_row(cur, p: Prepared) -> None:
    """Rewrite a document's record from a fresh parse (re-index, corrections)."""
    info = p.info
    cur.execute(
        "UPDATE drafter.documents SET title = %s, speaker = %s, post = %s, "
        "date = %s, genre = %s, occasion = %s, level = %s, source = %s, "
        "paragraphs = %s, chars = %s, confidence = %s, excerpt = %s, year = %s, "
        "date_key = %s, title_n = %s, speaker_n = %s, genre_n = %s, occasion_n = %s, "
        "outline = %s, data = %s, reader = COALESCE(%s, reader) WHERE id = %s",
        (
            info.title,
            info.speaker,
            info.post,
            info.date,
            info.genre,
            info.occasion,
            info.level,
            info.source,
            info.paragraphs,
            info.chars,
            info.confidence,
            info.excerpt,
            *derived_columns(p),
            p.reader,
            info.id,
        ),
    )


def copy_paragraphs(cur, prepared: list[Prepared]) -> tuple[int, int, Counter]:
    """COPY the paragraphs of ``prepared`` (whose document rows exist); returns (rows,
    total length, terms' document frequencies) for the statistics."""
    paragraphs = total_len = 0
    df: Counter[str] = Counter()
    ids = [p.info.id for p in prepared]
    seqs = dict(cur.execute("SELECT id, seq FROM drafter.documents WHERE id = ANY(%s)", (ids,)))
    with cur.copy(
        "COPY drafter.paragraphs (doc_id, idx, piece, dseq, date_key, text, section, "
        "is_heading, len, fl, tf, tsv) FROM STDIN"
    ) as copy:
        for p in prepared:
            dseq = seqs[p.info.id]
            dkey = date_key(filed_date(p.info.date, p.info.path))
            for row in p.paragraphs:
                copy.write_row(
                    (
                        p.info.id,
                        row.idx,
                        row.piece,
                        dseq,
                        dkey,
                        row.text,
                        row.section,
                        row.is_heading,
                        row.length,
                        row.fl,
                        row.tf,
                        row.tsv,
                    )
                )
                paragraphs += 1
                total_len += row.length
                df.update(row.terms)
    return paragraphs, total_len, df


def add_stats(conn, paragraphs: int, total_len: int, df: Counter) -> None:
    """Add a batch's paragraph count, total length and document frequencies to the BM25 statistics;
    terms upserted in sorted order so concurrent importers cannot deadlock.
    """
    if df:
        terms = sorted(df)  # a fixed order: concurrent upserts cannot deadlock
        conn.execute(
            "INSERT INTO drafter.terms (term, df) SELECT * FROM unnest(%s::text[], %s::int[]) "
            "ON CONFLICT (term) DO UPDATE SET df = drafter.terms.df + EXCLUDED.df",
            (terms, [df[t] for t in terms]),
        )
    conn.execute(
        "UPDATE drafter.stats SET paragraphs = paragraphs + %s, total_len = total_len + %s",
        (paragraphs, total_len),
    )


def replace_paragraphs(conn, p: Prepared) -> None:
    """Put a fresh parse of a stored document in place of its old one (a re-index with
    corrections, a re-read by a newer reader): its paragraphs out of the statistics and the
    table, its record rewritten, the new paragraphs copied in and counted. One sequence for
    every caller, so the BM25 statistics cannot drift between them."""
    doc_id = p.info.id
    unstat(conn, [doc_id])
    conn.execute("DELETE FROM drafter.paragraphs WHERE doc_id = %s", (doc_id,))
    with conn.cursor() as cur:
        update_row(cur, p)
        counts = copy_paragraphs(cur, [p])
    add_stats(conn, *counts)


def delete(conn, doc_ids: list[str]) -> None:
    """Delete documents and take their paragraphs out of the statistics."""
    unstat(conn, doc_ids)
    conn.execute("DELETE FROM drafter.documents WHERE id = ANY(%s)", (doc_ids,))


def unstat(conn, doc_ids: list[str]) -> None:
    """Take the paragraphs of ``doc_ids`` out of the term and length statistics."""
    conn.execute(
        "WITH gone AS (SELECT u.lexeme, count(*) AS c FROM drafter.paragraphs p, "
        "unnest(p.tsv) u WHERE p.doc_id = ANY(%s) GROUP BY u.lexeme ORDER BY u.lexeme) "
        "UPDATE drafter.terms t SET df = t.df - gone.c FROM gone WHERE t.term = gone.lexeme",
        (doc_ids,),
    )
    conn.execute(
        "UPDATE drafter.stats s SET paragraphs = s.paragraphs - g.n, "
        "total_len = s.total_len - g.l FROM (SELECT count(*) AS n, coalesce(sum(len), 0) AS l "
        "FROM drafter.paragraphs WHERE doc_id = ANY(%s)) g",
        (doc_ids,),
    )


def insert_document(cur, p: Prepared, origin: str) -> bool:
    """Insert one document's row (replacing an older version at the same path on the
    same machine); False when the team library already holds this content (the unique
    content hash: another writer imported it first)."""
    info = p.info
    delete_at_path(cur.connection, origin, info.path, info.id)
    cur.execute(
        f"INSERT INTO drafter.documents ({INFO_COLUMNS}, origin, size, "
        "mtime_ns, year, date_key, title_n, speaker_n, genre_n, occasion_n, "
        "outline, data, reader) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
        "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT DO NOTHING RETURNING id",
        (
            info.id,
            info.path,
            info.title,
            info.speaker,
            info.post,
            info.date,
            info.genre,
            info.occasion,
            info.level,
            info.source,
            info.format,
            info.paragraphs,
            info.chars,
            info.added,
            info.sha256,
            info.confidence,
            info.excerpt,
            origin,
            p.size,
            p.mtime_ns,
            *derived_columns(p),
            p.reader,
        ),
    )
    return cur.fetchone() is not None


# The corrections a document with content ``sha`` at machine ``origin``'s ``path`` answers
# with: those made on its content, and, when it has none, those of its path's earlier
# versions (content no document holds); they move with it to a new path (:func:`move`),
# so an edit there finds them and a rename does not leave them behind.
CARRIED = (
    "SELECT sha256 FROM drafter.corrections c WHERE sha256 = %(sha)s OR (origin = %(origin)s "
    "AND path = %(path)s AND NOT EXISTS "
    "(SELECT 1 FROM drafter.corrections own WHERE own.sha256 = %(sha)s) "
    "AND NOT EXISTS (SELECT 1 FROM drafter.documents d WHERE d.sha256 = c.sha256))"
)


def move(conn, origin: str, touched) -> None:
    """Record the new paths and modification times of unchanged content (``touched``: id,
    path, size, mtime) on machine ``origin``, all at once: a document that another one
    moves onto the path of (two files that swapped contents) is not deleted for being
    there, for it moves too; one left where another lands (a file renamed onto another's
    name) is. A moved document's corrections go with it (:data:`CARRIED`)."""
    touched = list(touched)
    moving = [doc_id for doc_id, *_ in touched]
    paths = [path for _, path, *_ in touched]
    carried: list[tuple[str, str]] = []  # (correction's sha256, new path)
    for doc_id, path, *_ in touched:
        row = conn.execute(
            "SELECT origin, path, sha256 FROM drafter.documents WHERE id = %s", (doc_id,)
        ).fetchone()
        if row is not None and (row[0], row[1]) != (origin, path):
            found = conn.execute(CARRIED, {"sha": row[2], "origin": row[0], "path": row[1]})
            carried += [(r[0], path) for r in found]
    left = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM drafter.documents WHERE origin = %s AND path = ANY(%s) "
            "AND NOT id = ANY(%s)",
            (origin, paths, moving),
        )
    ]
    if left:
        delete(conn, left)
    for doc_id, path, size, mtime in touched:
        conn.execute(
            "UPDATE drafter.documents SET origin = %s, path = %s, size = %s, mtime_ns = %s "
            "WHERE id = %s",
            (origin, path, size, mtime, doc_id),
        )
    for sha, path in carried:
        conn.execute(
            "UPDATE drafter.corrections SET origin = %s, path = %s WHERE sha256 = %s",
            (origin, path, sha),
        )


def delete_at_path(conn, origin: str, path: str, keep: str) -> None:
    """Delete (statistics included) any other document that machine ``origin`` has at
    ``path``: an older version of the file, replaced by content ``keep``."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM drafter.documents WHERE origin = %s AND path = %s AND id <> %s",
            (origin, path, keep),
        )
    ]
    if ids:
        delete(conn, ids)
