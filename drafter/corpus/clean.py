"""Cleaning: take out web and print clutter, then join lines broken inside sentences.

The steps, in order, each in its own module:

1. normalise each line (:mod:`drafter.corpus.line_normalise`): strip ASCII/full-width
   indentation and zero-width characters, read small and vertical forms of punctuation (﹖ ︓)
   as the ordinary marks, remove inline marks (``[bookmark: …]``), turn Markdown ``#``
   headings into heading hints;
2. drop clutter lines (:mod:`drafter.corpus.clutter_lines`, line kinds from
   :mod:`drafter.corpus.boilerplate`), a web page's related-links tail, and a scraped summary
   line that repeats the beginning of the text;
3. join broken lines (:mod:`drafter.corpus.line_joins`, pairs judged by
   :mod:`drafter.corpus.reflow`); blank lines separate paragraphs;
4. split off headings, titles and speakers' names typed onto a paragraph's end
   (:mod:`drafter.corpus.glued_splits`).

Everything taken out is kept in ``removed`` with its reason, so that metadata can still read
a 来源 line or compare the summary's date with the document's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus.clutter_lines import (
    drop_clutter,
    drop_column_names,
    drop_running_headers,
    drop_summary,
    drop_tail,
)
from drafter.corpus.glued_splits import split_glued
from drafter.corpus.line_joins import reflow_lines
from drafter.corpus.line_normalise import Line, join_split_marks, normalise_lines
from drafter.corpus.model import Block
from drafter.corpus.reflow import wrap_width


@dataclass
class CleanResult:
    """Cleaned blocks with the warnings to show, and what was removed (with the reason) so metadata
    can still read source lines from it.
    """

    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    # What cleaning took out, as (reason, block): metadata still reads 来源 lines and the
    # scraped summary line (for date conflicts) from here.
    removed: list[tuple[str, Block]] = field(default_factory=list)
    # the kept line a page's info lines (来源：…, 发布时间：…) stood right under at the top:
    # the title they close, though they are gone (see :func:`info_under`)
    info_under: str | None = None


# a removed line that told where and when a page was published (its info bar)
_INFO_REASONS = frozenset({"source", "timestamp"})
_INFO_TOP = 12  # lines: an info bar stands under the title, at the very top


def info_under(lines: list[Line], removed: list[tuple[str, Block]]) -> str | None:
    """The text of the kept line right above the first info line cleaning removed near the
    top, or None. A copied page's 来源：/发布时间： lines stand under its title and end it; once
    they are dropped, the line under them (a section heading, the text's first words)
    would read as the title's second line, and a title ending in ？ as prose."""
    info = {id(b) for reason, b in removed if reason in _INFO_REASONS}
    if not info:
        return None
    gone = {id(b) for _, b in removed}
    above = None
    for line in lines[:_INFO_TOP]:
        if id(line.block) in info:
            return above
        if id(line.block) not in gone:
            above = line.block.text.strip() or above
    return None


def hard_wrapped(blocks: list[Block]) -> bool:
    """Whether a file's paragraphs are the lines of a hard-wrapped text (a page with a
    <br> every 35 characters, a text pasted into Word line by line): then they are re-joined
    as lines are, not kept as paragraphs."""
    texts = [b.text.strip() for b in blocks if b.kind == "text" and b.heading_level is None]
    return len(texts) >= 12 and wrap_width(texts) is not None


def clean_blocks(blocks: list[Block], paragraphs: bool = False) -> CleanResult:
    """Clean a reader's blocks; see the module docstring for the steps.

    ``paragraphs`` says each block is a real paragraph of its format (Word): every
    boundary then counts as a blank line, so a paragraph is only re-joined to the next
    where it was plainly cut mid-sentence (text pasted into Word with hard breaks), as in
    a text file with blank lines between paragraphs.
    """
    removed: list[tuple[str, Block]] = []
    lines = join_split_marks(normalise_lines(blocks, paragraphs))
    near_pages: set[str] = set()
    before = lines
    lines = drop_clutter(lines, removed, near_pages)
    under = info_under(before, removed)
    lines = drop_column_names(lines, removed)
    if near_pages:
        lines = drop_running_headers(lines, near_pages, removed)
    lines = drop_tail(lines, removed)
    lines = drop_summary(lines, removed)
    blocks = split_glued(reflow_lines(lines, paragraphs), paragraphs)
    return CleanResult(blocks, [], removed, under)
