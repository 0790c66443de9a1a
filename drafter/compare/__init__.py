"""Comparing two versions of a speech: outline and character-level text differences.

``compare_drafts`` (``diff``) is the engine, what it finds its ``changes``;
``load_side`` opens either side from a draft, a kept version (``讲话.json@送审稿``) or any
document; ``report`` renders the comparison as text for the command line. The 修订稿 with
Word tracked changes is ``drafter.export.redline``.
"""

from __future__ import annotations

from drafter.compare.changes import CLOSING, OPENING, Comparison, OutlineChange, ParagraphChange
from drafter.compare.diff import compare_drafts
from drafter.compare.load import CompareError, load_side
from drafter.compare.textdiff import char_diff

__all__ = [
    "CLOSING",
    "OPENING",
    "CompareError",
    "Comparison",
    "OutlineChange",
    "ParagraphChange",
    "char_diff",
    "compare_drafts",
    "load_side",
]
