"""The query language on PostgreSQL: the parsed query tree becomes one parameterised
SQL condition plus a BM25 score expression.

The query is parsed and compiled by the same code as the local library
(:mod:`drafter.library.query`, :mod:`drafter.library.query_compile`), which yields a
Whoosh query tree, walked here. Text terms and phrases become ``tsquery`` literals (each
term quoted as a lexeme: ``'a' <-> 'b'`` is a phrase, a literal's character pairs
``'␟讲一' <1> '␟一讲'`` stand at their offsets, ``&``, ``|`` and ``!`` combine them; a
literal's words, which only add to its score, are a condition of the score alone),
document fields become conditions on the document row. Every value reaches the server as
a bound parameter: nothing the user types is ever spliced into SQL text, and inside a
tsquery literal every term is a quoted lexeme, so no operator can be smuggled in either.

Scores are the local library's: BM25F (B=0.75, K1=1.2) over the same term frequencies,
lengths and document frequencies, heading paragraphs weighted twice; a matched document
field adds 1, as a field term does in the local index. Equal scores fall back to import
order, as the local index's document numbers do.
"""

from __future__ import annotations

from whoosh import query as wq

from drafter.library.index import HEADING_BOOST
from drafter.library.pg.rows import quote_lexeme
from drafter.library.phrase_match import FastPhrase, LiteralPhrase

B = 0.75
K1 = 1.2
DOC_FIELDS = {
    "title": "title_n",
    "speaker": "speaker_n",
    "genre": "genre_n",
    "occasion": "occasion_n",
}

Fragment = tuple[str, list]


class DocField(wq.Query):
    """``title:``, ``speaker:``, ``genre:`` or ``occasion:``: paragraphs of documents
    whose field contains ``want`` (already width-folded and lower-cased)."""

    def __init__(self, name: str, want: str) -> None:
        if name not in DOC_FIELDS:
            raise ValueError(f"not a document field: {name}")
        self.name = name
        self.want = want

    def __repr__(self) -> str:
        return f"DocField({self.name!r}, {self.want!r})"


def text_terms(q) -> list[str]:
    """Every text term of the query (for their document frequencies)."""
    if isinstance(q, FastPhrase):
        return list(q.words)
    if isinstance(q, wq.Term):
        return [q.text] if q.fieldname == "text" else []
    out: list[str] = []
    for child in _children(q):
        out.extend(text_terms(child))
    return out


def _children(q) -> list:
    if isinstance(q, (wq.AndNot, wq.AndMaybe)):
        return [q.a, q.b]
    if isinstance(q, wq.Not):
        return [q.query]
    if isinstance(q, (wq.And, wq.Or)):
        return list(q.subqueries)
    return []


def _has_nul(q) -> bool:
    """True for a leaf holding a NUL character: PostgreSQL text cannot hold one, so such
    a leaf matches nothing (as in the local library, where no stored text has one)."""
    if isinstance(q, FastPhrase):
        return any("\x00" in w for w in q.words)
    if isinstance(q, DocField):
        return "\x00" in q.want
    if isinstance(q, wq.Term):
        return "\x00" in str(q.text)
    return False


def tsquery(q) -> str | None:
    """The tsquery literal of a pure text query, or None when it involves fields."""
    if _has_nul(q):
        return None
    if isinstance(q, LiteralPhrase):  # each gram at its distance from the one before
        out = quote_lexeme(q.words[0])
        for prev, offset, w in zip(q.offsets, q.offsets[1:], q.words[1:]):
            out += f" <{offset - prev}> {quote_lexeme(w)}"
        return "(" + out + ")"
    if isinstance(q, FastPhrase):
        return "(" + " <-> ".join(quote_lexeme(w) for w in q.words) + ")"
    if isinstance(q, wq.AndMaybe):  # matches as its first part; the second only scores
        return tsquery(q.a)
    if isinstance(q, wq.Term):
        return quote_lexeme(q.text) if q.fieldname == "text" else None
    if isinstance(q, (wq.And, wq.Or)):
        parts = [tsquery(c) for c in q.subqueries]
        if not parts or any(p is None for p in parts):
            return None
        joiner = " & " if isinstance(q, wq.And) else " | "
        return "(" + joiner.join(parts) + ")"
    if isinstance(q, wq.AndNot):
        a, b = tsquery(q.a), tsquery(q.b)
        return None if a is None or b is None else f"({a} & !{b})"
    if isinstance(q, wq.Not):
        inner = tsquery(q.query)
        return None if inner is None else f"!{inner}"
    return None


def match(q) -> Fragment:
    """A SQL condition over ``p`` (paragraphs) and ``d`` (documents); never NULL."""
    if _has_nul(q):
        return "FALSE", []
    ts = tsquery(q)
    if ts is not None:
        return "p.tsv @@ %s::tsquery", [ts]
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return "FALSE", []
    if isinstance(q, DocField):
        column = DOC_FIELDS[q.name]
        return f"coalesce(strpos(d.{column}, %s) > 0, FALSE)", [q.want]
    if isinstance(q, wq.Term):
        if q.fieldname == "doc":
            return "p.doc_id = %s", [str(q.text)]
        if q.fieldname == "year":
            return "coalesce(d.year = %s, FALSE)", [int(q.text)]
        if q.fieldname == "h":
            return "p.is_heading", []
        raise ValueError(f"unexpected field term {q!r}")
    if isinstance(q, wq.TermRange) and q.fieldname == "year":
        lo = int(q.start) if q.start else -1
        hi = int(q.end) if q.end else 1_000_000
        return "coalesce(d.year BETWEEN %s AND %s, FALSE)", [lo, hi]
    if isinstance(q, (wq.And, wq.Or)):
        parts = [match(c) for c in q.subqueries]
        if not parts:
            return ("TRUE" if isinstance(q, wq.And) else "FALSE"), []
        joiner = " AND " if isinstance(q, wq.And) else " OR "
        return "(" + joiner.join(s for s, _ in parts) + ")", [v for _, ps in parts for v in ps]
    if isinstance(q, wq.AndNot):
        (a, pa), (b, pb) = match(q.a), match(q.b)
        return f"({a} AND NOT {b})", [*pa, *pb]
    if isinstance(q, wq.AndMaybe):
        return match(q.a)
    if isinstance(q, wq.Not):
        inner, params = match(q.query)
        return f"(NOT {inner})", params
    raise ValueError(f"unexpected query node {q!r}")


# IDF and average length as the local index computes them (``log(N / (df + 1)) + 1``,
# total length / N), from the statistics row ``g`` (drafter.stats) and the terms table;
# the df lookups are uncorrelated subqueries, evaluated once per query.
IDF_SQL = (
    "(ln(greatest(g.paragraphs, 1)::float8 / ((SELECT coalesce(max(tt.df), 0) "
    "FROM drafter.terms tt WHERE tt.term = %s) + 1)::float8) + 1.0::float8)"
)
AVGFL_SQL = "coalesce(nullif(g.total_len::float8 / greatest(g.paragraphs, 1)::float8, 0), 1.0)"


class Scorer:
    """Builds the score expression over ``p`` (paragraphs) and ``g`` (statistics)."""

    def term(self, t: str) -> Fragment:
        """The BM25 contribution of term ``t`` as an SQL fragment with its parameters, with headings
        weighted up, matching the local index's scoring.
        """
        weight = (
            f"(coalesce((p.tf ->> %s)::float8, 1.0) * "
            f"(CASE WHEN p.is_heading THEN {HEADING_BOOST!r}::float8 ELSE 1.0 END))"
        )
        sql = (
            f"({IDF_SQL} * (({weight} * %s::float8) / ({weight} + %s::float8 * "
            f"(%s::float8 + %s::float8 * p.fl / {AVGFL_SQL}))))"
        )
        params = [t, t, K1 + 1, t, K1, 1 - B, B]
        return sql, params

    def score(self, q, known: bool = True) -> Fragment:
        """The score of a matching row; ``known`` says the row is known to match ``q``
        (otherwise the score is guarded by ``q``'s condition)."""
        if isinstance(q, (wq.Not, type(wq.NullQuery))) or _has_nul(q):
            return "0.0", []
        if isinstance(q, wq.Or):
            parts = [self.score(c, known=False) for c in q.subqueries]
            return _sum(parts)
        if isinstance(q, FastPhrase):
            inner = _sum([self.term(w) for w in q.words])
            if q.boost != 1.0:  # a literal: the mean of its grams
                inner = (f"({inner[0]} * {float(q.boost)!r}::float8)", inner[1])
        elif isinstance(q, wq.AndMaybe):  # the words add their score where they match
            inner = _sum([self.score(q.a, known=True), self.score(q.b, known=False)])
        elif isinstance(q, wq.Term) and q.fieldname == "text":
            inner = self.term(q.text)
        elif isinstance(q, wq.And):
            inner = _sum([self.score(c, known=True) for c in q.subqueries])
        elif isinstance(q, wq.AndNot):
            inner = self.score(q.a, known=True)
        else:  # a document field, a year, a document id, the headings scope
            inner = ("1.0", [])
        if known:
            return inner
        cond, cparams = match(q)
        return f"(CASE WHEN {cond} THEN {inner[0]} ELSE 0.0 END)", [*cparams, *inner[1]]


def _sum(parts: list[Fragment]) -> Fragment:
    if not parts:
        return "0.0", []
    return "(" + " + ".join(s for s, _ in parts) + ")", [v for _, ps in parts for v in ps]
