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
from drafter.library.model import DocumentInfo
from drafter.study.frames import find_frames
from drafter.study.layout import layout
from drafter.study.occasions import occasion_kind
from drafter.study.siblings import clause_pattern

MAX_EXAMPLES = 8
# A count whose noun came before it (分为两类 / 原则有三个): nothing to compare across texts
_BARE_COUNT = re.compile(r"[二三四五六七八九十两]{1,2}(?:个方面|方面|个|种|类|条|项|点|件)?")


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
            "examples": [e.to_json() for e in self.examples],
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
    from drafter.library.catalog import decode_document

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
    year = _year(info.date or doc.metadata.date)
    for frame in find_frames(lay):
        if _BARE_COUNT.fullmatch(frame.phrase):
            continue  # 前途不外两种，一是…: a frame in its sentence, no structure to share
        key = _frame_key(frame.phrase)
        item = frames.get(key)
        if item is None:
            item = frames[key] = MinedStructure("frame", key, number=frame.number)
        _count(item, info, genre, kind, year)
        item.phrases[frame.phrase.strip("“”")] += 1
        if frame.listed:
            item.listed += 1
        _example(item, info, frame.span.paragraph, items=frame.items)
    groups = [(None, lay.roots)] + [(n, n.children) for n in lay.nodes() if n.children]
    for parent, nodes in groups:
        if len(nodes) < 2:
            continue
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
            nodes[0].heading,
            items=[n.section.heading for n in nodes],
            markers=[n.section.marker for n in nodes],
            parent=parent.label if parent else None,
        )


def _frame_key(phrase: str) -> str:
    """Frames compare without 个 and quotes: 三个服务, “三服务” and 三服务 are one."""
    return phrase.replace("个", "").strip('“”"')


def _count(item: MinedStructure, info: DocumentInfo, genre: str, kind: str, year) -> None:
    item.count += 1
    if info.id not in item._docs:
        item._docs.add(info.id)
        item.documents += 1
        item.by_genre[genre] += 1
        item.by_occasion[kind] += 1
        if year:
            item.by_year[year] += 1


def _example(item: MinedStructure, info: DocumentInfo, paragraph: int, **values) -> None:
    if len(item.examples) >= MAX_EXAMPLES:
        # keep listed examples: a frame whose items are spelled out teaches more
        if not values.get("items") or all(e.items for e in item.examples):
            return
        for i, e in enumerate(item.examples):
            if not e.items:
                del item.examples[i]
                break
    if any(e.doc_id == info.id for e in item.examples) and not values.get("items"):
        return
    name = getattr(info, "display_title", None) or info.title or ""
    item.examples.append(Example(info.id, info.title, info.path, paragraph, name=name, **values))


def _ranked(items: dict[str, MinedStructure], min_documents: int) -> list[MinedStructure]:
    kept = [s for s in items.values() if s.documents >= min_documents]
    kept.sort(key=lambda s: (-s.documents, -s.listed, -s.count, s.key))
    return kept


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None
