"""The office lists as review uses them: read, checked and written by
:mod:`drafter.review.lists`, with every ``[rules] disabled`` id checked against the rule
set, so a typo there is an error naming the file and line, as any other mistake in a list.

A layer above both the lists (data) and the rule set: the lists never import the rules
(that edge made the package's one import loop), and the app and the command line call
these functions, not the unchecked ones below them.
"""

from __future__ import annotations

from pathlib import Path

from drafter.review import lists
from drafter.review.lists import ListError, OfficeLists
from drafter.review.ruleset import all_rules

__all__ = [
    "ListError",
    "OfficeLists",
    "load_lists",
    "rule_ids",
    "save_list",
    "set_disabled_rules",
    "validate_text",
]


def rule_ids() -> frozenset[str]:
    """The id of every rule (what ``[rules] disabled`` may name)."""
    return frozenset(r.id for r in all_rules())


def load_lists(library_dir: str | Path | None) -> OfficeLists:
    """The office lists of ``library_dir`` (defaults where it has none); a file with a
    mistake, an unknown rule id included, is reported in ``errors`` and its default used."""
    return lists.load_lists(library_dir, rule_ids())


def validate_text(text: str, path: str) -> list[ListError]:
    """Problems in one list file's text, unknown rule ids included (Preferences checks
    before saving, ``drafter library lists`` before publishing)."""
    return lists.validate_text(text, path, rule_ids())


def save_list(library_dir: str | Path, name: str, text: str) -> Path:
    """Validate (rule ids too) and write one list file into the library folder."""
    return lists.save_list(library_dir, name, text, rule_ids())


def set_disabled_rules(library_dir: str | Path, disabled: list[str]) -> Path:
    """Write the switched-off rules into ``ignore.toml``, keeping its ignored words; an
    unknown id is refused with the file's path."""
    return lists.set_disabled_rules(library_dir, disabled, rule_ids())
