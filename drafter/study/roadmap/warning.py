"""The warning a roadmap carries when its count and the parts found after it differ."""

from __future__ import annotations


def count_warning(count: int | None, sections: int) -> str | None:
    """The warning for a roadmap that names ``count`` parts and links ``sections``: None when
    they agree, when no count was named, or when nothing was linked."""
    if count is None or count == sections or sections == 0:
        return None  # with no headings the parts may run in prose: nothing to compare
    return f"提纲句说有{count}个部分，实际有{sections}个分节"
