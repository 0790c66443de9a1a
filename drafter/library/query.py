"""The search query language, parsed into a small tree and compiled to a Whoosh query.

Syntax (what a writer types)::

    乡村振兴 资金              both words (AND is the default)
    "高质量发展"  “高质量发展”  an exact phrase (ASCII or Chinese quotes)
    营商环境 OR 放管服          either
    安全生产 -煤矿             exclude a word, a phrase or a field (-title:通知)
    乡村振兴 AND 资金  安全生产 NOT 煤矿   the same, as other search boxes spell it
    (营商环境 OR 放管服) 改革   grouping
    title:政府工作报告  speaker:李强  genre:讲话  occasion:座谈会
    year:2024  year:2020..2024  year:2020..  year:..2019
    doc:1a2b3c4d5e6f           one document
    标题:… 讲话人:… 体裁:…(文种:…) 场合:… 年份:… 文稿:…   the same fields in Chinese

A word is cut by the library's segmenter; when it is several tokens ("乡村振兴" ->
乡村/振兴) they must stand together, as in a phrase: the writer typed them together.

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
``title:``, ``speaker:``, ``genre:`` and ``occasion:`` match documents whose value
contains the text (so ``speaker:李`` finds 李强 and 李克强); ``year:`` uses the document
date. Errors raise :class:`QueryError` with a message in Chinese for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.matching import AndMaybeMatcher, IntersectionMatcher, NullMatcher, WrappingMatcher

from drafter.library.analyzer import LITERAL_MARK, Segmenter, literal_grams, literal_text
from drafter.library.model import QueryError

DOC_FIELDS = ("title", "speaker", "genre", "occasion")
FIELDS = (*DOC_FIELDS, "year", "doc")
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_STOPS = set("()（）") | set(_QUOTES)
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_YEAR = re.compile(r"^(\d{4})?(?:(\.\.|～|~|-)(\d{4})?)?$")
# The Chinese names a writer types for the fields (标题:政府工作报告, 年份：2024); the
# English ones stay for whoever learnt them first.
FIELD_ALIASES = {
    "标题": "title",
    "讲话人": "speaker",
    "体裁": "genre",
    "文种": "genre",
    "场合": "occasion",
    "年份": "year",
    "文稿": "doc",
}
_FIELD = re.compile(r"([A-Za-z]+|" + "|".join(FIELD_ALIASES) + r")[:：]")


@dataclass
class Node:
    """A parsed query: ``kind`` is word, phrase, field, not, and, or."""

    kind: str
    text: str = ""
    name: str = ""  # field name for kind == "field"
    children: list[Node] = field(default_factory=list)


# Tokenizing the query string


@dataclass
class _Lexeme:
    kind: str  # "word", "phrase", "field", "or", "not", "(", ")"
    text: str = ""
    name: str = ""
    quoted: bool = False


def _lex(source: str) -> list[_Lexeme]:
    out: list[_Lexeme] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch.isspace() or ch == "\u3000":
            i += 1
            continue
        if ch in "(（":
            out.append(_Lexeme("("))
            i += 1
            continue
        if ch in ")）":
            out.append(_Lexeme(")"))
            i += 1
            continue
        if ch in "-－" and i + 1 < n and not source[i + 1].isspace():
            out.append(_Lexeme("not"))
            i += 1
            continue
        if ch in _QUOTES:
            text, i = _read_quoted(source, i)
            out.append(_Lexeme("phrase", text, quoted=True))
            continue
        match = _FIELD.match(source, i)
        if match:
            name = FIELD_ALIASES.get(match.group(1), match.group(1).lower())
            if name not in FIELDS:
                known = "、".join(f"{k}:" for k in FIELD_ALIASES)
                raise QueryError(f"未知字段“{match.group(1)}:”。可用字段：{known}")
            i = match.end()
            if i < n and source[i] in _QUOTES:
                text, i = _read_quoted(source, i)
            else:
                start = i
                while i < n and not source[i].isspace() and source[i] not in "()（）":
                    i += 1
                text = source[start:i]
            if not text.strip():
                raise QueryError(f"字段“{name}:”后面缺少内容")
            out.append(_Lexeme("field", text.strip(), name))
            continue
        start = i
        while i < n and not source[i].isspace() and source[i] not in _STOPS:
            i += 1
        word = source[start:i]
        if word == "AND":
            continue  # what a writer used to other search boxes types; AND is the default
        if word in ("OR", "|"):
            out.append(_Lexeme("or"))
        elif word == "NOT":
            out.append(_Lexeme("not"))  # the same as a leading "-"
        else:
            out.append(_Lexeme("word", word))
    return out


def _read_quoted(source: str, i: int) -> tuple[str, int]:
    close = _QUOTES[source[i]]
    end = source.find(close, i + 1)
    if end < 0:
        raise QueryError(f"引号没有闭合：{source[i:]}")
    text = source[i + 1 : end]
    if not text.strip():
        raise QueryError("引号里没有内容")
    return text, end + 1


# Parsing


class _Parser:
    def __init__(self, lexemes: list[_Lexeme]) -> None:
        self.lex = lexemes
        self.i = 0

    def peek(self) -> _Lexeme | None:
        return self.lex[self.i] if self.i < len(self.lex) else None

    def parse(self) -> Node:
        node = self.sequence()
        if self.peek() is not None:
            raise QueryError("多余的右括号“)”")
        return node

    def sequence(self) -> Node:
        items = []
        while (lx := self.peek()) is not None and lx.kind != ")":
            items.append(self.disjunction())
        if not items:
            raise QueryError("查询为空" if self.i == 0 else "括号里没有内容")
        return items[0] if len(items) == 1 else Node("and", children=items)

    def disjunction(self) -> Node:
        first = self.unary()
        items = [first]
        while (lx := self.peek()) is not None and lx.kind == "or":
            self.i += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", ")"):
                raise QueryError("OR 后面缺少检索词")
            items.append(self.unary())
        return items[0] if len(items) == 1 else Node("or", children=items)

    def unary(self) -> Node:
        lx = self.peek()
        if lx is None:
            raise QueryError("查询不完整")
        if lx.kind == "or":
            raise QueryError("OR 前面缺少检索词")
        if lx.kind == "not":
            self.i += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", ")", "not"):
                raise QueryError("“-”（或 NOT）后面缺少要排除的词")
            return Node("not", children=[self.unary()])
        self.i += 1
        if lx.kind == "(":
            inner = self.sequence()
            if self.peek() is None or self.peek().kind != ")":
                raise QueryError("括号没有闭合，缺少“)”")
            self.i += 1
            return inner
        if lx.kind == ")":
            raise QueryError("多余的右括号“)”")
        if lx.kind == "field":
            return Node("field", lx.text, lx.name)
        return Node(lx.kind, lx.text)


MAX_QUERY_CHARS = 2_000  # a query is typed or pasted, not a document
MAX_QUERY_WORDS = 64  # words, phrases and fields in one query (each is a posting list)
MAX_PHRASE_TERMS = 100  # words of one quoted phrase (a long quoted sentence is ~30)


def parse(source: str) -> Node:
    """Parse a query string into a :class:`Node` tree; raises :class:`QueryError`.

    Bounded: a query over :data:`MAX_QUERY_CHARS` characters or with more than
    :data:`MAX_QUERY_WORDS` words is refused (5,000 ORed words kept a search busy for
    minutes, each a posting list merged into every hit's score)."""
    if not source or not source.strip():
        raise QueryError("查询为空")
    if len(source) > MAX_QUERY_CHARS:
        raise QueryError(f"检索式太长（{len(source)} 字，上限 {MAX_QUERY_CHARS} 字）")
    lexemes = _lex(source)
    depth = deepest = 0
    for lx in lexemes:
        depth += 1 if lx.kind == "(" else -1 if lx.kind == ")" else 0
        deepest = max(deepest, depth)
    if deepest > 16:  # the parser recurses per bracket
        raise QueryError("检索式的括号嵌套太深（最多 16 层）")
    tree = _Parser(lexemes).parse()
    words, stack = 0, [tree]
    while stack:
        node = stack.pop()
        if node.kind in ("word", "phrase", "field"):
            words += 1
        stack.extend(node.children)
    if words > MAX_QUERY_WORDS:
        raise QueryError(f"检索式里的词太多（{words} 个，上限 {MAX_QUERY_WORDS} 个）")
    return tree


# Compiling


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
        return wq.AndNot(base, _any(negatives)) if negatives else base

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


class FastPhrase(wq.Phrase):
    """An exact phrase: the words at consecutive positions.

    Whoosh's own phrase matcher builds a span object per position of every candidate;
    for two common words ("安全 生产") that is most of a query's time. This matcher
    intersects the words' postings and compares decoded position arrays as sets.
    """

    def matcher(self, searcher, context=None):
        """Intersect the words' postings first and check adjacency only on paragraphs holding every
        word, with the packed positions; no matcher at all when a word is not in the index.
        """
        return self._lined_up(searcher, context, None)

    def _lined_up(self, searcher, context, offsets: list[int] | None):
        """The words' postings intersected, passed only where their positions line up
        (leaf k at ``offsets[k]`` from the first, or at k when ``offsets`` is None)."""
        reader = searcher.reader()
        if any((self.fieldname, w) not in reader for w in self.words):
            return NullMatcher()
        leaves = [wq.Term(self.fieldname, w).matcher(searcher, context) for w in self.words]
        child = leaves[0]
        for leaf in leaves[1:]:
            child = IntersectionMatcher(child, leaf)
        decode = searcher.schema[self.fieldname].format.decode_positions
        return _PhraseMatcher(child, leaves, decode, self.boost, offsets)


class _BonusMatcher(AndMaybeMatcher):
    """Whoosh's AndMaybe matcher without its quality shortcut: once the top hits are
    full, Whoosh turns an AndMaybe whose first part cannot reach them alone into an
    intersection, which drops the literal-only paragraphs from the count of hits."""

    def replace(self, minquality=0):
        return self if self.a.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        return False


class WordBonus(wq.AndMaybe):
    """A literal (the first part: what matches) with its words (the second: added to the
    score where the paragraph also holds them as words); the count of hits stays exact."""

    matcherclass = _BonusMatcher


class LiteralPhrase(FastPhrase):
    """A literal text: its character-pair terms (see
    :func:`~drafter.library.analyzer.literal_grams`) each at its own offset from the
    first, built by :func:`literal_query`. Scored as the mean of its pairs (the boost is
    one over their number), so a long phrase does not outweigh the other words of a query
    by its length alone."""

    def __init__(self, fieldname: str, words: list[str], offsets: list[int]) -> None:
        super().__init__(fieldname, words, boost=1.0 / len(words))
        self.offsets = list(offsets)

    def __eq__(self, other) -> bool:
        return super().__eq__(other) and self.offsets == other.offsets

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(tuple(self.offsets))

    def normalize(self):
        """Itself: Whoosh's phrase normalisation would rebuild a plain phrase and lose the
        offsets."""
        return self

    def matcher(self, searcher, context=None):
        """As :meth:`FastPhrase.matcher`, the leaves lined up at their offsets."""
        return self._lined_up(searcher, context, self.offsets)


class _PhraseMatcher(WrappingMatcher):
    """Passes only documents where the leaves' positions line up (see FastPhrase):
    leaf k at ``offsets[k]`` from the first (k for a phrase of words)."""

    def __init__(self, child, leaves, decode, boost=1.0, offsets=None):
        super().__init__(child, boost)
        self._leaves = leaves
        self._decode = decode
        self._offsets = offsets or list(range(len(leaves)))
        self._find_next()

    def _aligned(self) -> bool:
        decode = self._decode
        starts = None
        for leaf, k in zip(self._leaves, self._offsets):
            positions = decode(leaf.value())
            here = {p - k for p in positions} if k else set(positions)
            starts = here if starts is None else starts & here
            if not starts:
                return False
        return True

    def _find_next(self) -> bool:
        child = self.child
        moved = False
        while child.is_active() and not self._aligned():
            moved = child.next() or moved
        return moved

    def next(self):
        self.child.next()
        return self._find_next()

    def skip_to(self, id):
        self.child.skip_to(id)
        return self._find_next()

    def supports_block_quality(self) -> bool:
        return False

    def replace(self, minquality=0):
        # The leaves are part of the child tree: keep the tree as it is.
        return self if self.is_active() else NullMatcher()

    def copy(self):
        raise NotImplementedError("phrase matchers are not copied")

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def all_items(self):
        while self.is_active():
            yield self.id(), self.value()
            self.next()
