"""The fields of a document's header a user can correct, and what the user calls each.

On their own, with no import, because ``drafter library edit`` builds one option per field
when the command line is parsed, which every ``drafter`` command does (:mod:`drafter.corpus.
correction_ops`, which checks the values, needs the date finder)."""

from __future__ import annotations

META_FIELDS = ("title", "subtitle", "speaker", "post", "date", "occasion", "genre")


META_LABELS = {
    "title": "标题",
    "subtitle": "副标题",
    "speaker": "讲话人",
    "post": "职务",
    "date": "日期",
    "occasion": "场合",
    "genre": "文种",
}
"""What the user calls each of :data:`META_FIELDS`: one table for the reader's header
(信息已更正：标题、日期) and ``library edit``'s options and lines, so the two never name a
field differently."""
