"""Review (审稿): the checks an office head runs on a draft or any document.

No Qt here. Entry points: :func:`review_document`, :func:`review_draft` (and
:func:`review_text` over a :class:`ReviewText`); results are :class:`Finding` objects in a
:class:`ReviewResult`. The rules live in :mod:`drafter.review.rules`, one table of them in
:data:`drafter.review.registry.RULES`; office lists are TOML (:mod:`drafter.review.lists`).
"""

from drafter.review.engine import ReviewConfig, review_document, review_draft, review_text
from drafter.review.model import CATEGORIES, LEVEL_NAMES, LEVELS, Finding, ReviewResult
from drafter.review.registry import RULES, Rule
from drafter.review.ruleset import all_rules

__all__ = [
    "CATEGORIES",
    "LEVELS",
    "LEVEL_NAMES",
    "RULES",
    "Finding",
    "ReviewConfig",
    "ReviewResult",
    "Rule",
    "all_rules",
    "review_document",
    "review_draft",
    "review_text",
]
