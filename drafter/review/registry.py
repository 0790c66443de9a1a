"""The rule registry: one table of every rule, read by the engine, the CLI, the docs and
the configuration.

A rule is a function ``check(ctx) -> Iterable[Finding]`` registered with :func:`rule`,
which records its stable id, category, default level, a one-line title, why it matters,
and its examples (LanguageTool style): texts it must flag, with the flagged span marked
``«…»``, and near misses it must leave alone. One test runs every rule's examples.

The rules import this module to register themselves; the whole set, loaded, is read from
:mod:`drafter.review.ruleset`, one layer up (so the table never imports its rules back).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.review.model import CATEGORIES, LEVELS, Finding

if TYPE_CHECKING:
    from drafter.review.engine import Context


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
