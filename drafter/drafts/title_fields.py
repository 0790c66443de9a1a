"""The fields of a draft's title block a comment can sit on, with their names.

On their own, with no import, because ``drafter comment add --on`` offers the names as its
choices when the command line is parsed, which every ``drafter`` command does (the comment
anchors, :mod:`drafter.drafts.anchors`, bring the draft model with them)."""

from __future__ import annotations

# The title block's fields a comment can sit on, in the order they are printed, with the
# names the margin list shows (the review names its title-block findings alike).
TITLE_FIELDS = (
    ("title", "标题"),
    ("subtitle", "副标题"),
    ("speaker", "讲话人"),
    ("post", "职务"),
    ("date", "日期"),
    ("occasion", "场合"),
)
