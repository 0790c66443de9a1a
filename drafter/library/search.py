"""Running a query: Whoosh search (BM25F, headings boosted at index time), document filters,
sorting, and turning hits into :class:`SearchHit` with exact highlights.

One :class:`SearchEngine` lives as long as its library; it keeps a Whoosh searcher open
and re-opens it only when another writer has committed, and keeps the catalogue's
document records in memory until the catalogue changes, so a query costs the search
itself plus cutting the top paragraphs again for highlights.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh import collectors, sorting
from whoosh import query as wq
from whoosh.scoring import BM25F

from drafter.library.analyzer import Segmenter, normalize_term
from drafter.library.highlight import highlight_spans
from drafter.library.model import DocumentInfo, QueryError, SearchHit
from drafter.library.query import parse
from drafter.library.query_compile import Compiled, Compiler, any_term, year_query

SORTS = ("relevance", "date")
FACETS = ("speaker", "genre")  # document fields indexed as a term on every paragraph
FILTER_KEYS = ("genre", "speaker", "year_from", "year_to", "document_id", "title", "occasion")


class SearchEngine:
    """Queries over one index and catalogue (see module docstring)."""

    def __init__(
        self,
        open_index: Callable[[], object],
        documents: Callable[[], dict[str, DocumentInfo]],
        segmenter: Callable[[], Segmenter],
        literal: Callable[[], bool] = lambda: True,
    ) -> None:
        self._open_index = open_index
        self._documents = documents
        self._segmenter = segmenter
        self._literal = literal  # does the index hold literal grams (its format)?
        self._searcher = None
        self._index = None
        self._orphan_of: tuple = (None, None)
        self._para_of: tuple = (None, None)  # (searcher, its "para" column reader)
        self._orphan_ids: set[str] = set()

    def close(self) -> None:
        """Release the index searcher; the engine opens a new one on the next search."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._para_of = (None, None)

    def searcher(self):
        """An up-to-date Whoosh searcher (re-opened after another process commits)."""
        ix = self._open_index()
        if self._searcher is not None and self._index is ix:
            try:
                if self._searcher.up_to_date():
                    return self._searcher
                fresh = self._searcher.refresh()
            except Exception:  # files of an old generation may be gone; reopen cleanly
                self._searcher.close()
                fresh = ix.searcher(weighting=BM25F())
            self._searcher = fresh
            return fresh
        if self._searcher is not None:
            self._searcher.close()
        self._index = ix
        self._searcher = ix.searcher(weighting=BM25F())
        return self._searcher

    def field_query(self, fieldname: str, text: str) -> wq.Query:
        """Paragraphs of documents whose ``fieldname`` contains ``text`` (case and width
        folded). Speaker and genre are indexed on every paragraph, so they become a few
        term lookups (one per distinct matching value); title and occasion become the
        matching document ids."""
        want = normalize_term(text.strip())
        matches: set[str] = set()
        for doc in self._documents().values():
            value = getattr(doc, fieldname, None)
            if value and want in normalize_term(value):
                matches.add(normalize_term(value.strip()) if fieldname in FACETS else doc.id)
        return any_term(fieldname if fieldname in FACETS else "doc", sorted(matches))

    def search(
        self,
        text: str,
        limit: int = 20,
        sort: str = "relevance",
        headings_only: bool = False,
        filters: dict | None = None,
    ) -> tuple[int, list[SearchHit]]:
        """(how many paragraphs match, the first ``limit`` as hits) of a query (syntax:
        :mod:`drafter.library.query`) with sort, heading-only and metadata filters, for
        :meth:`LibraryBackend.search <drafter.library.backend.LibraryBackend.search>`,
        which checks the sort and times it; a bad query raises :class:`QueryError` with a
        Chinese message."""
        segmenter = self._segmenter()
        compiled, clauses = compile_search(
            text, segmenter, self.field_query, self._literal(), filters or {}, headings_only
        )
        searcher = self.searcher()
        documents = self._documents()
        orphans = self._orphans(searcher, documents)
        if orphans:  # so the total counts only paragraphs that can be shown
            clauses.append(wq.Not(any_term("doc", sorted(orphans))))
        q = clauses[0] if len(clauses) == 1 else wq.And(clauses)

        limit = max(1, int(limit))
        if sort == "date":
            facet = sorting.MultiFacet(
                [sorting.FieldFacet("date", reverse=True), sorting.ScoreFacet()]
            )
            results = searcher.search(q, limit=limit, sortedby=facet, terms=False)
        elif compiled.text_terms:
            # Whoosh's top-N collector would swap the matcher for a cheaper one once the
            # top is full (an OR into an AND, a literal-with-words into an intersection),
            # which also drops paragraphs from the count of hits: every match is scored
            # and counted instead (CJK words are literal phrases, which skip no blocks
            # anyway), so the total is exact and the same as the team library's.
            collector = collectors.TopCollector(limit, usequality=False, replace=0)
            searcher.search_with_collector(q, collector)
            results = collector.results()
        else:  # only document fields: every paragraph of those documents, in order
            results = searcher.search(q, limit=limit, scored=False, sortedby=None)
        total = len(results)

        paragraphs = self._paragraphs(searcher) if results.scored_length() else None
        hits: list[SearchHit] = []
        for hit in results:
            if len(hits) >= limit:  # unscored Whoosh results ignore the limit
                break
            paragraph = paragraphs[hit.docnum]
            doc = documents.get(paragraph[0])
            if doc is None:
                total -= 1  # left by an interrupted write; removed by the next one
                continue
            hits.append(search_hit(paragraph, _score(hit.score), doc, compiled, segmenter))
        return max(total, len(hits)), hits

    def _paragraphs(self, searcher):
        """The stored paragraphs of ``searcher``'s index, kept while the searcher is: opening
        the column reads every segment's table of offsets (about 13 ms for the 62 MB
        benchmark corpus), which every search paid before."""
        if self._para_of[0] is not searcher:
            self._para_of = (searcher, searcher.reader().column_reader("para"))
        return self._para_of[1]

    def _orphans(self, searcher, documents: dict[str, DocumentInfo]) -> set[str]:
        """Documents in the index that the catalogue does not list: left by a write
        interrupted between the index commit and the catalogue commit, and removed by the
        next write. Computed once per searcher generation and catalogue version."""
        if self._orphan_of[0] is searcher and self._orphan_of[1] is documents:
            return self._orphan_ids
        reader = searcher.reader()
        indexed = set(reader.field_terms("doc")) if "doc" in reader.indexed_field_names() else set()
        self._orphan_ids = indexed - documents.keys()
        self._orphan_of = (searcher, documents)
        return self._orphan_ids


def check_sort(sort: str) -> None:
    """Refuse an unknown sort with the message the user reads (both backends check so)."""
    if sort not in SORTS:
        raise QueryError(f"未知的排序方式“{sort}”，可用：relevance（相关度）、date（日期）")


def compile_search(
    text: str,
    segmenter: Segmenter,
    field_query: Callable[[str, str], wq.Query],
    literal: bool,
    filters: dict,
    headings_only: bool,
) -> tuple[Compiled, list[wq.Query]]:
    """A query in the search box's syntax compiled, with its filters and the heading-only
    switch, into the clauses a backend ANDs (``literal``: the index holds literal grams;
    ``field_query``: the backend's condition on a document field). Both backends compile
    here, so a query means the same in either, errors included."""
    compiled = Compiler(segmenter, field_query, literal).compile(parse(text))
    clauses = [compiled.query, *filter_queries(filters, field_query)]
    if headings_only:
        clauses.append(wq.Term("h", "1"))
    return compiled, clauses


def search_hit(
    paragraph: tuple, score: float, document: DocumentInfo, compiled: Compiled, segmenter
) -> SearchHit:
    """One hit from a stored paragraph, (doc_id, index, text, section path, is_heading) as
    both backends keep it, with its exact highlights: the query's runs found again in the
    text, cut by the segmenter the index was built with."""
    _, index, text, section, is_heading = paragraph[:5]
    return SearchHit(
        score=score,
        document=document,
        section=list(section),
        paragraph_index=int(index),
        is_heading=bool(is_heading),
        text=text,
        highlights=highlight_spans(text, compiled.highlight, segmenter),
    )


def filter_queries(filters: dict, field_query: Callable[[str, str], wq.Query]) -> list[wq.Query]:
    """The search box's filters (:data:`FILTER_KEYS`) as query nodes; ``field_query``
    makes a backend's condition on a document field (title, speaker, genre, occasion).
    Both backends build their filters here, so a filter means the same in either; an
    unknown filter is a :class:`QueryError`."""
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise QueryError(f"未知的筛选条件：{'、'.join(sorted(unknown))}")
    out: list[wq.Query] = []
    for name in ("genre", "speaker", "title", "occasion"):
        value = filters.get(name)
        if value:
            out.append(field_query(name, str(value)))
    lo, hi = filters.get("year_from"), filters.get("year_to")
    if lo or hi:
        out.append(year_query(f"{lo or ''}..{hi or ''}"))
    doc_id = filters.get("document_id")
    if doc_id:
        out.append(wq.Term("doc", str(doc_id)))
    return out


def _score(value) -> float:
    """The relevance score of a hit; with date sorting Whoosh gives the sort key
    (date key, negated score) instead."""
    if isinstance(value, tuple):
        return abs(float(value[-1])) if value else 0.0
    return float(value or 0.0)
