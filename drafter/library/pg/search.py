"""Searching the team library: the query language compiled to one SQL statement.

The query is parsed and compiled by the local library's own code (so both libraries
understand a query the same way, errors included); :mod:`drafter.library.pg.sql` turns the
result into a parameterised condition and score. One statement returns the library's
generation, the top hits with their document records, and the total.
"""

from __future__ import annotations

from whoosh import query as wq

from drafter.library.analyzer import INDEX_FORMAT_KEY, Segmenter, normalize_term
from drafter.library.backend import holds_literal, indexed_words
from drafter.library.model import DocumentInfo, SearchHit
from drafter.library.pg.schema import INFO_COLUMNS
from drafter.library.pg.sql import DocField, Scorer, match
from drafter.library.query_compile import Compiled
from drafter.library.search import compile_search, search_hit


def field_query(name: str, text: str) -> DocField:
    """``title:`` / ``speaker:`` / ``genre:`` / ``occasion:`` as a document condition."""
    return DocField(name, normalize_term(text.strip()))


def search_once(
    conn,
    segmenter: Segmenter,
    query: str,
    limit: int,
    sort: str,
    headings_only: bool,
    filters: dict,
    literal: bool = True,
) -> tuple[int, list[tuple], bool, Compiled]:
    """(generation, hit rows, scored, compiled query) of one search (``literal``: the index
    holds literal grams). A hit row is (doc_id, idx, text, section, is_heading, score,
    total, *DocumentInfo fields)."""
    compiled, clauses = compile_search(
        query, segmenter, field_query, literal, filters, headings_only
    )
    q = clauses[0] if len(clauses) == 1 else wq.And(clauses)
    cond, cparams = match(q)
    scored = sort == "date" or compiled.text_terms
    if scored:
        score, sparams = Scorer().score(q)
    else:
        score, sparams = "0.0", []
    if sort == "date":
        order = "date_key DESC, score DESC, dseq, idx, piece"
    elif compiled.text_terms:
        order = "score DESC, dseq, idx, piece"
    else:
        order = "dseq, idx, piece"
    inner_order = ", ".join(
        f"p.{part}" if part.split()[0] in ("date_key", "dseq", "idx", "piece") else part
        for part in order.split(", ")
    )
    outer_order = ", ".join(f"t.{part}" for part in order.split(", "))
    # documents are joined in the scan only when the condition asks about them (fields,
    # years); the hits' texts and document records are read for the top rows only
    join = "JOIN drafter.documents d ON d.id = p.doc_id " if "d." in cond else ""
    info = ", ".join(f"dd.{c.strip()}" for c in INFO_COLUMNS.split(","))
    rows = conn.execute(
        "SELECT g.generation, m.* FROM (SELECT * FROM drafter.stats WHERE id = 1) g "
        "LEFT JOIN LATERAL (SELECT t.doc_id, t.idx, pp.text, pp.section, pp.is_heading, "
        f"t.score, t.total, {info} FROM ("
        f"SELECT p.doc_id, p.idx, p.piece, p.dseq, p.date_key, {score} AS score, "
        f"count(*) OVER () AS total FROM drafter.paragraphs p {join}WHERE {cond} "
        f"ORDER BY {inner_order} LIMIT %s) t "
        "JOIN drafter.paragraphs pp ON pp.doc_id = t.doc_id AND pp.idx = t.idx "
        "AND pp.piece = t.piece JOIN drafter.documents dd ON dd.id = t.doc_id "
        f"ORDER BY {outer_order}) m ON TRUE",
        [*sparams, *cparams, max(1, int(limit))],
    ).fetchall()
    generation = int(rows[0][0])
    hits = [row[1:] for row in rows if row[1] is not None]
    return generation, hits, scored, compiled


class PgSearch:
    """The team library's ``search``: a part of :class:`~drafter.library.pg.library.PgLibrary`
    over :func:`search_once`."""

    def _search(
        self, query: str, limit: int, sort: str, headings_only: bool, filters: dict
    ) -> tuple[int, list[SearchHit]]:
        """One round trip in the usual case: the query, its statistics (IDF, average
        length) and the hits' document records come back together, with the library's
        generation; only when that moved are the user dictionary and the index format read
        again (and the search redone if either changed, which a re-index does)."""

        def run(conn):
            if self._words_seen is None:
                self._read_words(conn)
            while True:
                words, seen = self._words_seen
                literal = self._literal_seen
                segmenter = self._segmenter(words)
                result = search_once(
                    conn,
                    segmenter,
                    query,
                    limit,
                    sort,
                    headings_only,
                    filters,
                    literal,
                )
                if result[0] == seen:
                    return result, segmenter
                self._read_words(conn)
                if self._words_seen[0] == words and self._literal_seen == literal:
                    return result, segmenter  # documents changed, the dictionary did not

        result, segmenter = self._read(run)
        _, rows, scored, compiled = result
        total = int(rows[0][6]) if rows else 0
        hits = [
            search_hit(
                row, float(row[5]) if scored else 0.0, DocumentInfo(*row[7:]), compiled, segmenter
            )
            for row in rows
        ]
        return total, hits

    def _read_words(self, conn) -> None:
        row = conn.execute(
            "SELECT s.generation, w.value, f.value FROM drafter.stats s "
            "LEFT JOIN drafter.state w ON w.key = 'indexed_words' "
            "LEFT JOIN drafter.state f ON f.key = %s",
            (INDEX_FORMAT_KEY,),
        ).fetchone()
        self._words_seen = (indexed_words(row[1]), int(row[0]))
        self._literal_seen = holds_literal(row[2])
