"""A run of table rows read as a form's fields (label<tab>value), for the readers of a head
or form set as a table.

A drafting form (:mod:`.draft_form`), a filing table over the text and a meeting record's
head (:mod:`.meeting_head`) are each a run of rows of fields; what counts as a field differs
(a drafting form's labels, any short label, a meeting's), the run does not. One loop, the
field test passed in, keeps the three reading a run alike.
"""

from __future__ import annotations

from collections.abc import Callable

from drafter.corpus.model import Block

# a row's fields as (label, value) pairs, or None for a row that is not all fields
FieldsOf = Callable[[Block], list[tuple[str, str]] | None]


def field_run(
    blocks: list[Block], start: int, fields_of: FieldsOf
) -> tuple[int, list[tuple[str, str]]]:
    """The rows from ``blocks[start]`` on that ``fields_of`` reads as fields, up to the first
    that it does not: (the index after the run, the run's fields in order)."""
    end = start
    found: list[tuple[str, str]] = []
    while end < len(blocks) and (got := fields_of(blocks[end])) is not None:
        found.extend(got)
        end += 1
    return end, found
