"""A parsed search query (:mod:`drafter.library.query`) compiled to a Whoosh query.

A word or quoted phrase with a Chinese character in it matches wherever the text contains
it literally (:class:`LiteralPhrase` over the index's character pairs), however jieba cuts
the text around it: 讲一讲 finds 我来讲一讲 (cut 来讲/一/讲), 抓落实 finds 狠抓落实. Its
score is the mean score of its character pairs plus, where it also stands as the same
words, the score of the words, so a paragraph holding the phrase as words ranks above one
holding it only across word boundaries unless the scores say otherwise. A single
character stays a word (讲 does not find 讲话). A word of three letters or more is
literal too: a Chinese text runs a brand or system name into its neighbours or into a
longer name (Huaw finds Huawei, ERP finds SAPERP), and the writer who types part of one
means it; as a whole word it still ranks first. Shorter ones and numbers stay words (AI
does not find "said", 20 does not find 2024); a quoted phrase of several words is literal
("COVID-19" finds COVID-19, whose hyphen stands between its words).

Both libraries compile so: the local one runs the query on its Whoosh index, the team
library translates it to SQL (:mod:`drafter.library.pg.sql`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq

from drafter.library.analyzer import LITERAL_MARK, Segmenter, literal_grams, literal_text
from drafter.library.exclude_match import Excluding
from drafter.library.model import QueryError
from drafter.library.phrase_match import FastPhrase, LiteralPhrase, WordBonus
from drafter.library.query import Node

_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_YEAR = re.compile(r"^(\d{4})?(?:(\.\.|～|~|-)(\d{4})?)?$")
MAX_PHRASE_TERMS = 100  # words of one quoted phrase (a long quoted sentence is ~30)


@dataclass
class Compiled:
    """A Whoosh query plus what to highlight: each entry is a run of terms that must
    appear consecutively (a single word is a run of one), or a literal text: a run of one
    term starting with :data:`~drafter.library.analyzer.LITERAL_MARK` (see
    :func:`drafter.library.highlight.highlight_spans`)."""

    query: wq.Query
    highlight: list[list[str]]
    text_terms: bool  # False when only document fields were given (no ranking words)


class Compiler:
    """Turns a :class:`Node` into Whoosh queries.

    ``field_query(name, text)`` answers the document fields (title, speaker, genre,
    occasion) from the catalogue; years are indexed as four-digit terms, so a year range
    is a term range.
    """

    def __init__(
        self,
        segmenter: Segmenter,
        field_query: Callable[[str, str], wq.Query],
        literal: bool = True,
    ):
        self.segmenter = segmenter
        self.field_query = field_query
        # False for an index built before literal grams (format 1): words only, as then
        self.literal = literal

    def compile(self, node: Node) -> Compiled:
        """Turn a parsed query into a Whoosh query plus the word groups to highlight; refuses a
        query with only exclusions or nothing searchable (Chinese message).
        """
        if not _has_positive(node):
            raise QueryError("不能只有排除条件，请至少给出一个要找的词")
        highlight: list[list[str]] = []
        self._text = False
        q = self._compile(node, highlight, negated=False)
        if q is None:
            raise QueryError("查询里没有可检索的字词")
        return Compiled(q, highlight, self._text)

    def _compile(self, node: Node, highlight: list[list[str]], negated: bool) -> wq.Query | None:
        """The Whoosh query for ``node``; None for a word with nothing searchable in it
        (punctuation only), which then drops out of its AND or OR."""
        kind = node.kind
        if kind in ("word", "phrase"):
            # "乡村 振兴" in quotes means 乡村振兴: spaces between Chinese characters do
            # not separate words, and cutting them apart would miss the whole word.
            text = _CJK_SPACE.sub("", node.text) if kind == "phrase" else node.text
            terms = self.segmenter.terms(text)
            literal = None
            if self.literal and (
                _CJK.search(text) or (kind == "phrase" and len(terms) > 1) or _part_of_name(text)
            ):
                literal = literal_query(text)
            if not terms and literal is None:
                if kind == "phrase":
                    raise QueryError(f"“{node.text}”里没有可检索的字词")
                return None
            if len(terms) > MAX_PHRASE_TERMS or (  # matching grows faster than the phrase
                isinstance(literal, LiteralPhrase) and len(literal.words) > MAX_PHRASE_TERMS
            ):
                raise QueryError(f"“{node.text[:20]}…”太长（最多 {MAX_PHRASE_TERMS} 个词）")
            if not negated:
                highlight.append([LITERAL_MARK + literal_of(text)] if literal else terms)
                self._text = True
            words = None
            if terms:
                words = wq.Term("text", terms[0]) if len(terms) == 1 else FastPhrase("text", terms)
            if literal is None:
                return words
            # the text decides what matches; standing as the same words adds to the score
            return literal if words is None else WordBonus(literal, words)
        if kind == "field":
            return self._field(node)
        if kind == "not":
            inner = self._compile(node.children[0], highlight, not negated)
            return None if inner is None else wq.Not(inner)
        parts = [self._compile(c, highlight, negated) for c in node.children]
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        if kind == "or":
            unique: list = []  # 改革 OR 改革: one posting list, not two (by equality:
            for p in parts:  # not every backend's queries hash)
                if not any(p == q for q in unique):
                    unique.append(p)
            parts = unique
            return wq.Or(parts) if len(parts) > 1 else parts[0]
        positives = [p for p in parts if not isinstance(p, wq.Not)]
        negatives = [p.query for p in parts if isinstance(p, wq.Not)]
        if not positives:
            # "(-a -b)" as a group: a Not for the enclosing AND to apply
            return wq.Not(_any(negatives))
        base = wq.And(positives) if len(positives) > 1 else positives[0]
        return Excluding(base, _any(negatives)) if negatives else base

    def _field(self, node: Node) -> wq.Query:
        name, text = node.name, node.text
        if name == "year":
            return year_query(text)
        if name == "doc":
            return wq.Term("doc", text.lower())
        return self.field_query(name, text)


_NAME_PART = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")


def _part_of_name(text: str) -> bool:
    """A word of Latin letters (digits among them) three characters or longer: it may be
    part of a longer name, and is matched literally (see the module docstring); shorter
    ones (AI, 5G) would be found inside too many words to help."""
    return len(text) >= 3 and _NAME_PART.fullmatch(text) is not None


def literal_of(text: str) -> str:
    """The literal a word or phrase matches: its :func:`literal_text` without punctuation at
    either end (pairs of punctuation marks are not indexed, and 。” after a phrase is not
    what the writer looks for)."""
    lit = literal_text(text)
    start, end = 0, len(lit)
    while start < end and not lit[start].isalnum():
        start += 1
    while end > start and not lit[end - 1].isalnum():
        end -= 1
    return lit[start:end]


def literal_query(text: str) -> wq.Query | None:
    """The query matching paragraphs that contain ``text`` literally, or None when it has
    fewer than two characters (a single character stays a word).

    Characters are covered by as few grams as line them up: the pairs at offsets 0, 2,
    4, … and the last one (讲一讲: 讲一 at 0 and 一讲 at 1; a six-character phrase: three
    pairs), since every pair at its exact offset pins both its characters."""
    lit = literal_of(text)
    if len(lit) < 2:
        return None
    grams = literal_grams(lit)
    at = {offset: gram for gram, offsets in grams.items() for offset in offsets}
    chosen: dict[int, str] = {}
    pos, n = 0, len(lit)
    while pos < n:
        if pos in at:  # the pair starting here covers pos and pos + 1
            chosen[pos] = at[pos]
            pos += 2
        else:  # the last character, or one before a punctuation pair
            if pos - 1 in at:
                chosen[pos - 1] = at[pos - 1]
            pos += 1
    if not chosen:
        return None
    offsets = sorted(chosen)
    if len(offsets) == 1:
        return wq.Term("text", chosen[offsets[0]])
    return LiteralPhrase("text", [chosen[o] for o in offsets], offsets)


def year_query(text: str) -> wq.Query:
    """``2024`` -> one year; ``2020..2024``, ``2020..``, ``..2019`` -> a range."""
    match = _YEAR.match(text.strip())
    if not match or not (match.group(1) or match.group(3)):
        raise QueryError(f"年份格式不对：“{text}”。例如 year:2024 或 year:2020..2024")
    lo, sep, hi = match.group(1), match.group(2), match.group(3)
    if not sep:
        return wq.Term("year", lo)
    if lo and hi and lo > hi:
        raise QueryError(f"年份范围起点晚于终点：“{text}”")
    return wq.TermRange("year", lo, hi, startexcl=False, endexcl=False)


def any_term(fieldname: str, values: list[str]) -> wq.Query:
    """Paragraphs with any of ``values`` in ``fieldname``; nothing for no values."""
    if not values:
        return wq.NullQuery
    terms = [wq.Term(fieldname, v) for v in values]
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def _has_positive(node: Node) -> bool:
    if node.kind == "not":
        return False
    if node.kind in ("and", "or"):
        if node.kind == "or":
            return all(_has_positive(c) for c in node.children)
        return any(_has_positive(c) for c in node.children)
    return True


def _any(queries: list[wq.Query]) -> wq.Query:
    return queries[0] if len(queries) == 1 else wq.Or(queries)
