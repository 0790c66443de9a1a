"""Summary lines that break only between their segments.

Chinese text may break between any two characters, so a narrow study dock wrapped its
summary lines inside words ("…2 个展 / 开…", "提 / 纲句"). Each segment is joined with
invisible word joiners and no-break spaces; the line still wraps at its " · " separators.
"""

from __future__ import annotations

import html

SEPARATOR = " · "


def unbroken(segment: str) -> str:
    """``segment`` as escaped rich text a label never breaks inside.

    Word joiners (U+2060) between characters and no-break spaces for spaces; a nowrap
    style would hold for the whole paragraph in Qt's rich text, so the label would not
    wrap at all.
    """
    return html.escape("\u2060".join(segment.replace(" ", "\u00a0")))


def segments_line(parts: list[str]) -> str:
    """The parts joined by " · ", each kept whole on its line."""
    return SEPARATOR.join(map(unbroken, parts))


def plain(text: str) -> str:
    """``text`` without the joiners and no-break spaces ``unbroken`` put in (for reading it back)."""
    return text.replace("\u2060", "").replace("\u00a0", " ")
