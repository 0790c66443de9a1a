"""Running the rules: review a document or a draft and get its findings.

:func:`review_document` and :func:`review_draft` are the public entry points (the CLI, the
审稿 panel, the export dialog's pre-export check and comments all call them). Rules never
raise into the caller: a rule that breaks on odd input is reported on the log and skipped,
so one bad rule cannot hide the others' findings.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.review.anchor import split_dismissed
from drafter.review.model import LEVELS, Finding, ReviewResult, level_rank
from drafter.review.registry import Context, Rule
from drafter.review.ruleset import all_rules
from drafter.review.text import META_FIELDS, ReviewText, from_document, from_draft

if TYPE_CHECKING:
    from drafter.corpus.model import Document
    from drafter.drafts.model import Draft
    from drafter.review.lists import OfficeLists
    from drafter.review.reuse import ReuseIndex

log = logging.getLogger(__name__)


@dataclass
class ReviewConfig:
    """Which rules run and what is reported.

    ``disabled`` rule ids are switched off; ``levels`` overrides a rule's level by id;
    ``only`` keeps the named categories (empty: all); ``min_level`` drops findings less
    severe than it (``"hint"`` keeps everything).
    """

    disabled: set[str] = field(default_factory=set)
    levels: dict[str, str] = field(default_factory=dict)
    only: set[str] = field(default_factory=set)
    min_level: str = "hint"

    def enabled(self, r: Rule) -> bool:
        """Whether ``r`` runs under this configuration: not disabled by id (``--disable``),
        and of a category asked for when ``--only`` named any."""
        if r.id in self.disabled:
            return False
        return not self.only or r.category in self.only


def review_text(
    text: ReviewText,
    config: ReviewConfig | None = None,
    lists: OfficeLists | None = None,
    reuse: ReuseIndex | None = None,
    dismissed: Iterable[str] = (),
) -> ReviewResult:
    """Run every enabled rule over ``text``; findings sorted by position then severity."""
    from drafter.review.lists import OfficeLists

    config = config or ReviewConfig()
    lists = lists or OfficeLists.defaults()
    # reuse rules need the library's index, or paragraphs that say where they came from
    sourced = reuse is not None or any(p.provenance for p in text.paras)
    rules = [r for r in all_rules() if sourced or not r.needs_library]
    ctx = Context(text, lists, reuse, config.levels)
    found = _run_rules(ctx, rules, config, lists, text.path)
    if text.meta:
        found.extend(_review_meta(text, config, lists, reuse))
    limit = level_rank(config.min_level) if config.min_level in LEVELS else 2
    found = [f for f in found if level_rank(f.level) <= limit]
    found = _dedupe(found)
    found.sort(key=_position)
    kept, hidden = split_dismissed(found, dismissed)
    date = text.date if text.date and len(text.date) == 10 else None
    named = text.date if text.date_from_name else None
    return ReviewResult(text.path, date, kept, hidden, undated=text.undated, name_year=named)


# Categories whose rules read one paragraph's text at a time: they also check the title
# block. Structure (numbering, parallelism, count) and reuse are about the body only.
META_CATEGORIES = frozenset(
    {"placeholder", "date", "punctuation", "wording", "name", "number", "stale"}
)
# Rules of those categories that compare the body's paragraphs with each other, or read
# a heading's shape, and would misread a title block judged on its own.
META_SKIP = frozenset({"date.mixed_style", "name.first_mention", "name.variant"})


def _review_meta(
    text: ReviewText, config: ReviewConfig, lists: OfficeLists, reuse: ReuseIndex | None
) -> list[Finding]:
    """Run the text-level rules over the title block (title, subtitle, speaker, post, a
    typed date) as a text of its own, same kind, date and speaker as the body, so "XX"
    in a draft's title or 讲话人 is an error like "XX" in the body. Findings carry
    ``paragraph`` None and the field's name as their section."""
    mtext = ReviewText(
        text.path,
        text.kind,
        text.meta,
        text.date,
        text.title,
        text.speaker,
        children={},
        opened_from=text.opened_from,  # a file's stand-ins judged alike in head and body
    )
    rules = [
        r
        for r in all_rules()
        if r.category in META_CATEGORIES and r.id not in META_SKIP and not r.needs_library
    ]
    ctx = Context(mtext, lists, reuse, config.levels)
    return _run_rules(ctx, rules, config, lists, f"the title block of {text.path}")


def _run_rules(
    ctx: Context, rules: list[Rule], config: ReviewConfig, lists: OfficeLists, where: str
) -> list[Finding]:
    """The findings of each of ``rules`` on ``ctx`` that the configuration and the office's
    lists leave on. The body and the title block are reviewed by this one loop, so a rule
    turned off, or one that fails (logged naming ``where``; the others still run), is
    treated the same in both."""
    found: list[Finding] = []
    rules = [r for r in rules if config.enabled(r) and r.id not in lists.disabled_rules]
    ctx.running = frozenset(r.id for r in rules)
    for r in rules:
        ctx.rule = r
        try:
            found.extend(r.check(ctx))
        except Exception:  # a broken rule must not hide the others
            log.exception("review rule %s failed on %s", r.id, where)
    return found


_META_ORDER = {name: i for i, (_, name) in enumerate(META_FIELDS)}


def _position(f: Finding) -> tuple:
    """Sort key: the title block first (in field order), then the body by position."""
    return (
        -1 if f.paragraph is None else f.paragraph,
        _META_ORDER.get(f.section[0], 9) if f.paragraph is None and f.section else 0,
        f.start or 0,
        level_rank(f.level),
        f.rule,
    )


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per rule and span (two passes of a rule may meet the same text)."""
    seen = set()
    out = []
    for f in found:
        k = (f.rule, f.paragraph, f.section if f.paragraph is None else (), f.start, f.end)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def review_document(
    doc: Document,
    config: ReviewConfig | None = None,
    lists: OfficeLists | None = None,
    reuse: ReuseIndex | None = None,
) -> ReviewResult:
    """Review a document read from a file or the library."""
    return review_text(from_document(doc), config, lists, reuse)


def review_draft(
    draft: Draft,
    config: ReviewConfig | None = None,
    lists: OfficeLists | None = None,
    reuse: ReuseIndex | None = None,
    path: str = "<draft>",
) -> ReviewResult:
    """Review a draft; findings the writer dismissed (kept in the draft) are set apart."""
    dismissed = getattr(draft, "review_dismissed", None) or []
    return review_text(from_draft(draft, path), config, lists, reuse, dismissed)
