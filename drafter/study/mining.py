"""The structures of a whole library: every numeric frame and sibling-heading pattern the
office's own texts use, with counts by genre, occasion kind and year, and examples that
link back to their documents.

Mining is long work, so :func:`mine` is a generator: it yields :class:`MineProgress`
after every document and returns the :class:`Mined` result (``yield from`` gets it; or
call :func:`mine_all`). It reads each document's cached parse, never the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from drafter.corpus.model import Document
from drafter.corpus.name_dates import date_in_name
from drafter.library.model import DocumentInfo
from drafter.study.frames import find_frames
from drafter.study.layout import layout
from drafter.study.occasions import occasion_kind
from drafter.study.siblings import clause_pattern, sibling_groups

MAX_EXAMPLES = 8
# A count whose noun came before it (分为两类 / 原则有三个): nothing to compare across texts
_BARE_COUNT = re.compile(r"[二三四五六七八九十两]{1,2}(?:个方面|方面|个|种|类|条|项|点|件)?")
# A pronoun closing a list (改革、发展、稳定三者; 集体领导和个人负责，二者): its items are its own
# sentence's, so 二者 in thirteen texts is thirteen unrelated pairs, not one structure
_PRONOUN = re.compile(r"(?:这|此)?[二三四五六七八九十两]者")


@dataclass
class Example:
    """Where a structure occurs: the document, the paragraph and what it looked like there
    (a frame's items; a pattern's headings with their markers as written)."""

    doc_id: str
    title: str | None
    path: str
    paragraph: int
    items: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    parent: str | None = None
    # what the library calls the document (title, else occasion or first words): the UI shows
    # this, never the file path of an untitled text
    name: str = ""
    # the document's genre, occasion kind and year, so the 结构 panel filtered by them lists
    # examples from those texts (it listed the first eight found, 实践论 under 开班式)
    genre: str = ""
    occasion: str = ""
    year: int | None = None

    def to_json(self) -> dict:
        """The JSON form printed by ``drafter library frames --json``."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "name": self.name or self.title,
            "path": self.path,
            "paragraph": self.paragraph + 1,  # from 1, as every --json numbers paragraphs
            "items": list(self.items),
            "markers": list(self.markers),
            "parent": self.parent,
            "genre": self.genre,
            "occasion": self.occasion,
            "year": self.year,
        }


@dataclass
class MinedStructure:
    """One structure across the library: a frame phrase (kind ``"frame"``) or a heading
    pattern (kind ``"pattern"``) with how often, where and in which kinds of texts."""

    kind: str
    key: str
    number: int | None = None
    count: int = 0  # occurrences
    documents: int = 0
    listed: int = 0  # frames: occurrences whose items the text spells out
    by_genre: Counter = field(default_factory=Counter)
    by_occasion: Counter = field(default_factory=Counter)
    by_year: Counter = field(default_factory=Counter)
    examples: list[Example] = field(default_factory=list)
    _docs: set = field(default_factory=set, repr=False)
    phrases: Counter = field(default_factory=Counter)
    # per document: (genre, occasion kind, year, occurrences, listed occurrences), for counts
    # within a genre, occasion and year (:meth:`within`)
    uses: dict = field(default_factory=dict, repr=False)

    def within(
        self, genre: str | None = None, occasion: str | None = None, year: int | None = None
    ) -> MinedStructure:
        """This structure counted over the documents of ``genre``, ``occasion`` (kind) and
        ``year`` only (None: any), with their examples: the 结构 panel filtered by 开班式 showed
        两个阶段 as 11 篇 though the library has three 开班式 speeches, and its examples were
        from any occasion. Without a filter, the structure itself."""
        if genre is None and occasion is None and year is None:
            return self

        def fits(g: str, o: str, y: int | None) -> bool:
            return (
                (genre is None or g == genre)
                and (occasion is None or o == occasion)
                and (year is None or y == year)
            )

        docs = {d for d, (g, o, y, _n, _l) in self.uses.items() if fits(g, o, y)}
        out = MinedStructure(self.kind, self.key, number=self.number, phrases=self.phrases)
        out.documents = len(docs)
        out.count = sum(self.uses[d][3] for d in docs)
        out.listed = sum(self.uses[d][4] for d in docs)
        for d in docs:
            g, o, y, _n, _l = self.uses[d]
            out.by_genre[g] += 1
            out.by_occasion[o] += 1
            if y:
                out.by_year[y] += 1
        out.examples = [e for e in self.examples if e.doc_id in docs]
        out._docs = docs
        out.uses = {d: self.uses[d] for d in docs}
        return out

    @property
    def label(self) -> str:
        """How the library writes it most often (三个服务 rather than the key 三服务)."""
        return self.phrases.most_common(1)[0][0] if self.phrases else self.key

    @property
    def year_span(self) -> str:
        """The years it is used in, as ``library frames`` and the 结构 panel both show them:
        2019–2025, a single year once (2025, not 2025–2025: both once printed that), or
        年份不详 when no text it stands in is dated."""
        years = sorted(self.by_year)
        if not years:
            return "年份不详"
        return str(years[0]) if years[-1] == years[0] else f"{years[0]}–{years[-1]}"

    def to_json(self) -> dict:
        """The JSON form for ``library frames --json``; counters are written most common first and years in
        order, so the file reads like the report.
        """
        return {
            "kind": self.kind,
            "key": self.key,
            "phrase": self.label,
            "number": self.number,
            "count": self.count,
            "documents": self.documents,
            "listed": self.listed,
            "by_genre": dict(self.by_genre.most_common()),
            "by_occasion": dict(self.by_occasion.most_common()),
            "by_year": {str(k): v for k, v in sorted(self.by_year.items())},
            "examples": [e.to_json() for e in shown_examples(self.examples)],
        }


@dataclass
class Mined:
    """The result of mining: frames and patterns, most documents first."""

    documents: int
    frames: list[MinedStructure]
    patterns: list[MinedStructure]
    failed: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The whole mining result as JSON, including the files that failed, so a script sees what
        was left out.
        """
        return {
            "documents": self.documents,
            "frames": [f.to_json() for f in self.frames],
            "patterns": [p.to_json() for p in self.patterns],
            "failed": list(self.failed),
        }

    def at_least(self, n: int) -> Mined:
        """The structures used in at least ``n`` documents, in the same order: what
        ``mine(..., min_documents=n)`` gives, taken from a result kept with every structure
        (the 结构 panel's and ``library frames``' shared cache), so ``--min`` needs no
        second mining."""
        return Mined(
            documents=self.documents,
            frames=[s for s in self.frames if s.documents >= n],
            patterns=[s for s in self.patterns if s.documents >= n],
            failed=list(self.failed),
        )


@dataclass
class MineProgress:
    """Where mining stands (after ``done`` of ``total`` documents)."""

    done: int
    total: int
    title: str | None = None


def mine(
    entries: Iterable[tuple[DocumentInfo, Callable[[], Document]]],
    total: int,
    cancel: Callable[[], bool] = lambda: False,
    min_documents: int = 1,
) -> Iterator[MineProgress]:
    """Mine ``entries`` (a record and a function that gives its parsed document).

    Yields progress after each document; returns a :class:`Mined` (read it with
    ``result = yield from mine(...)``). ``min_documents`` drops structures seen in fewer
    documents. A document that cannot be read is listed in ``failed`` and mining goes on.
    """
    frames: dict[str, MinedStructure] = {}
    patterns: dict[str, MinedStructure] = {}
    failed: list[str] = []
    done = 0
    for info, loader in entries:
        if cancel():
            break
        try:
            doc = loader()
            _mine_document(info, doc, frames, patterns)
        except Exception as exc:  # a bad record names itself; the rest goes on
            failed.append(f"{info.path}: {exc}")
        done += 1
        yield MineProgress(done, total, info.title)
    return Mined(
        documents=done,
        frames=_ranked(frames, min_documents),
        patterns=_ranked(patterns, min_documents),
        failed=failed,
    )


def mine_all(entries, total: int, **options) -> Mined:
    """:func:`mine` run to the end, for callers with no progress to show."""
    gen = mine(entries, total, **options)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def library_entries(library) -> Iterator[tuple[DocumentInfo, Callable[[], Document]]]:
    """Every document of a library (any backend) with a loader of its cached parse."""
    from drafter.library.cached_parse import decode_document

    for info, _size, _mtime, blob in library.export_records():
        if blob:
            yield info, (lambda b=blob: decode_document(b))
        else:
            yield info, (lambda i=info.id: library.load(i))


def _mine_document(
    info: DocumentInfo,
    doc: Document,
    frames: dict[str, MinedStructure],
    patterns: dict[str, MinedStructure],
) -> None:
    lay = layout(doc)
    genre = info.genre or doc.metadata.genre or "未知"
    kind = occasion_kind(
        info.occasion or doc.metadata.occasion,
        info.title or doc.metadata.title,
        info.genre or doc.metadata.genre,
    )
    # a text that names no date is of the year its file's name gives (gwr_national_2008.txt),
    # as the library's table, its 年份 filter and 审稿 read it: the 结构 panel said 年份不详
    # and its 年份 filter left it out under the 2008 the table showed
    dated = info.date or doc.metadata.date or date_in_name(getattr(info, "path", None) or doc.path)
    year = _year(dated)
    for frame in find_frames(lay):
        if _BARE_COUNT.fullmatch(frame.phrase) or _PRONOUN.fullmatch(frame.phrase):
            continue  # 前途不外两种，一是…: a frame in its sentence, no structure to share
        key = _frame_key(frame.phrase)
        item = frames.get(key)
        if item is None:
            item = frames[key] = MinedStructure("frame", key, number=frame.number)
        _count(item, info, genre, kind, year, listed=frame.listed)
        item.phrases[frame.phrase.strip("“”")] += 1
        if frame.listed:
            item.listed += 1
        _example(item, info, (genre, kind, year), frame.span.paragraph, items=frame.items)
    for parent, nodes in sibling_groups(lay):
        found = clause_pattern([n.section.heading for n in nodes])
        if found is None:
            continue
        pattern = found[0]  # a frame by siblings.is_frame, the study view's own rule
        item = patterns.get(pattern)
        if item is None:
            item = patterns[pattern] = MinedStructure("pattern", pattern, number=None)
        _count(item, info, genre, kind, year)
        _example(
            item,
            info,
            (genre, kind, year),
            nodes[0].heading,
            items=[n.section.heading for n in nodes],
            markers=[n.section.marker for n in nodes],
            parent=parent.label if parent else None,
        )


def _frame_key(phrase: str) -> str:
    """Frames compare without 个 and quotes: 三个服务, “三服务” and 三服务 are one."""
    return phrase.replace("个", "").strip('“”"')


def _count(
    item: MinedStructure, info: DocumentInfo, genre: str, kind: str, year, listed: bool = False
) -> None:
    g, o, y, n, k = item.uses.get(info.id, (genre, kind, year, 0, 0))
    item.uses[info.id] = (g, o, y, n + 1, k + int(listed))
    item.count += 1
    if info.id not in item._docs:
        item._docs.add(info.id)
        item.documents += 1
        item.by_genre[genre] += 1
        item.by_occasion[kind] += 1
        if year:
            item.by_year[year] += 1


def _example(
    item: MinedStructure, info: DocumentInfo, facets: tuple, paragraph: int, **values
) -> None:
    # every document's first use, and every use whose items are spelled out; the views show
    # :data:`MAX_EXAMPLES` of them (:func:`shown_examples`), chosen within their filters
    if not values.get("items") and any(e.doc_id == info.id for e in item.examples[-50:]):
        return
    name = getattr(info, "display_title", None) or info.title or ""
    genre, kind, year = facets
    item.examples.append(
        Example(
            info.id,
            info.title,
            info.path,
            paragraph,
            name=name,
            genre=genre,
            occasion=kind,
            year=year,
            **values,
        )
    )


def shown_examples(examples: list[Example], limit: int = MAX_EXAMPLES) -> list[Example]:
    """The examples a view shows: up to ``limit``, those whose items are spelled out first (a
    frame taken apart teaches more than one only mentioned), in the order they were found."""
    listed = [e for e in examples if e.items][:limit]
    rest = [e for e in examples if not e.items][: limit - len(listed)]
    keep = {id(e) for e in listed + rest}
    return [e for e in examples if id(e) in keep]


# 两问题, 三部分, 两件事, 两方面, 三点: a count whose noun is any text's word for "parts" — each
# text counts its own things with it, so its many documents share no structure a trainee could
# learn (unlike 三服务 or 四勤)
_GENERIC_NOUN = re.compile(
    r"[二三四五六七八九十两]{1,2}(?:大|项|条|种|类|点|件|部分)?"
    r"(?:问题|部分|件事|件事情|事情|事|方面|层意思|句话|东西|点|条|种|类|项)"
)


def generic_count(key: str) -> bool:
    """Whether a mined frame's key counts a generic noun (两问题, 两部分, 两件事, 三方面): such a
    count is used by many texts for unrelated things, so the 结构 list ranks it after the
    frames that name what they count — kept, not hidden, since a text's 两个问题 may still be
    worth opening."""
    return bool(_GENERIC_NOUN.fullmatch(key))


def _ranked(items: dict[str, MinedStructure], min_documents: int) -> list[MinedStructure]:
    kept = [s for s in items.values() if s.documents >= min_documents]
    kept.sort(
        key=lambda s: (
            s.kind == "frame" and generic_count(s.key),
            -s.documents,
            -s.listed,
            -s.count,
            s.key,
        )
    )
    return kept


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None
