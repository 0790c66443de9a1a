"""The rule registry: one table of every rule, read by the engine, the CLI, the docs and
the configuration.

A rule is a function ``check(ctx) -> Iterable[Finding]`` registered with :func:`rule`,
which records its stable id, category, default level, a one-line title, why it matters,
and its examples (LanguageTool style): texts it must flag, with the flagged span marked
``«…»``, and near misses it must leave alone. One test runs every rule's examples.

The rules import this module to register themselves; the whole set, loaded, is read from
:mod:`drafter.review.ruleset`, one layer up (so the table never imports its rules back).
What a rule's check is given, the :class:`Context`, lives here beside :class:`Rule`: a
context names its running rule and a rule names the context it checks, so the two belong
to one module (the engine above builds contexts; nothing here imports the engine).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.review.model import CATEGORIES, LEVELS, Finding

if TYPE_CHECKING:
    from drafter.review.lists import OfficeLists
    from drafter.review.reuse import ReuseIndex
    from drafter.review.text import Para, ReviewText


@dataclass(frozen=True)
class Example:
    """A text for a rule's test. ``text`` holds paragraphs separated by newlines; in a
    must-fire example the expected span is marked «like this» (the marks are removed
    before review). ``date`` is the speech's date the example is judged against;
    ``suggestion`` the expected suggestion when the rule offers one; ``source`` the text
    of a document put in a throwaway library first, for the reuse rules."""

    text: str
    date: str | None = None
    suggestion: str | None = None
    source: str | None = None  # a library document (its file text) for reuse rules
    draft: bool = False  # read ``text`` as a draft: "# " heading, "## " sub-heading


@dataclass(frozen=True)
class Rule:
    """One registered rule. ``id`` never changes once released (configs name it)."""

    id: str
    category: str
    level: str
    title: str
    why: str
    check: Callable[[Context], Iterable[Finding]]
    fires: tuple[Example, ...] = ()
    passes: tuple[Example, ...] = ()
    needs_library: bool = False
    extra: dict = field(default_factory=dict)


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    category: str,
    level: str,
    title: str,
    why: str,
    fires: Iterable[Example | str] = (),
    passes: Iterable[Example | str] = (),
    needs_library: bool = False,
):
    """Register a check function as a rule (a decorator)."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} for rule {id}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r} for rule {id}")

    def as_examples(items: Iterable[Example | str]) -> tuple[Example, ...]:
        return tuple(x if isinstance(x, Example) else Example(x) for x in items)

    def decorate(fn: Callable[[Context], Iterable[Finding]]):
        if id in RULES:
            raise ValueError(f"rule {id} registered twice")
        RULES[id] = Rule(
            id,
            category,
            level,
            title,
            why,
            fn,
            as_examples(fires),
            as_examples(passes),
            needs_library,
        )
        fn.rule_id = id
        return fn

    return decorate


class Context:
    """What a rule sees: the text, the office lists, the library's reuse index (or None)
    and a :meth:`finding` helper that fills in the rule's id, category and level."""

    def __init__(
        self,
        text: ReviewText,
        lists: OfficeLists,
        reuse: ReuseIndex | None = None,
        levels: dict[str, str] | None = None,
    ) -> None:
        self.text = text
        self.lists = lists
        self.reuse = reuse
        self.rule: Rule | None = None
        self._levels = levels or {}
        self.cache: dict[str, object] = {}  # shared by rules that need the same lookup
        # ids of the rules this review runs: a rule may leave to another what that one says
        self.running: frozenset[str] = frozenset()

    @property
    def paras(self) -> list[Para]:
        """The paragraphs under review, in Document.paragraphs() order."""
        return self.text.paras

    @property
    def year(self) -> int | None:
        """The speech's own year (None: date-relative rules stay quiet)."""
        return self.text.year

    def finding(
        self,
        para: Para,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        level: str | None = None,
        kind: str = "",
    ) -> Finding:
        """A finding of the running rule on ``para.text[start:end]``; ``kind`` names the
        problem when ``message`` names this instance of it (see ``Finding.kind``)."""
        r = self.rule
        assert r is not None
        lvl = self._levels.get(r.id) or level or r.level
        text = para.text[start:end]
        context = para.text[max(0, start - 12) : end + 12]
        return Finding(
            rule=r.id,
            category=r.category,
            level=lvl,
            message=message,
            text=text,
            suggestion=suggestion,
            paragraph=None if para.part == "meta" else para.index,
            start=start,
            end=end,
            section=tuple(para.section),
            ref=para.ref,
            context=context,
            part=para.part,
            kind=kind,
        )


def unknown_date_note(text, since: int | None = None) -> str:
    """The words a dated norm's finding ends with when nothing written dates ``text``
    (:attr:`ReviewText.date_unknown`): the 13th Congress report (1987) was told 其它 should be
    其他, a 2004 norm, as if it had been written today. The finding stays (a writer's undated
    draft of today wants it) but says the date is a guess rather than asserting the norm."""
    if text.year is None:
        said = "文中未写日期"
    else:
        said = f"文中未写日期，按今天（{text.year}年）核对"
    if since is not None:
        return f"（{said}；此要求始于{since}年，更早的文稿可不改）"
    return f"（{said}；若是旧稿，可不改）"
