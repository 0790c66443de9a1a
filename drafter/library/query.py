"""The search query language, parsed into a small tree (:class:`Node`).

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

``title:``, ``speaker:``, ``genre:`` and ``occasion:`` match documents whose value
contains the text (so ``speaker:李`` finds 李强 and 李克强); ``year:`` uses the document
date. Errors raise :class:`QueryError` with a message in Chinese for the user.

The tree is compiled to a Whoosh query by :mod:`drafter.library.query_compile` (how a
word matches: as words, or literally); the team library turns that query into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.library.model import QueryError

DOC_FIELDS = ("title", "speaker", "genre", "occasion")
FIELDS = (*DOC_FIELDS, "year", "doc")
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_STOPS = set("()（）") | set(_QUOTES)
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
