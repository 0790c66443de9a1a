"""A sheet carrying two pages side by side (a booklet printed two up) cut into its pages.

A 会议材料汇编 is often made as a booklet: its A5 pages imposed two to a landscape A4 sheet
and the sheets saved as the PDF. Read as one page, the two pages' lines share baselines
and ran into each other (a line of the agenda on the left, tab, a line of the 通报 on the
right), and each half's page number at its foot stood mid-line. Here such a sheet is
found by its shape, which says it more surely than any word: a landscape sheet whose
middle is a white strip no glyph crosses, with each half's text standing within that
half as on a page of its own (margins at both its sides). Each half is then read as a
page, left before right, so its running lines and page number are its own page's
furniture and its text goes on into the next half's.
"""

from __future__ import annotations

import statistics

# (baseline, x0, x1, size, text): one glyph, as the readers find them
Row = tuple[float, float, float, float, str]

_LANDSCAPE = 1.25  # width over height of a sheet that may carry two portrait pages
_STRIP_EMS = 3.0  # the white down the sheet's middle: both pages' inner margins
_MARGIN_EMS = 1.5  # white a half's text keeps from each side of its half
_MIN_GLYPHS = 20  # fewer glyphs than this on a sheet: nothing to cut


def imposed_halves(
    rows: list[Row],
    apart: dict[int, bool],
    left: float | None,
    right: float | None,
    top: float,
    bottom: float,
) -> list[list[Row]] | None:
    """The sheet's glyphs as its left and right pages, when it carries two pages side by
    side (see the module docstring); None when it is one page. A half with no glyph (the
    blank last page of a booklet) comes back empty. The right page's glyphs are moved onto
    the left's place (``apart`` learns the moved glyphs): each page is measured on its own
    margins, as a page of the file is, and a line of the left page that ends a paragraph
    is told by the left page's right edge, not the sheet's."""
    if left is None or right is None or len(rows) < _MIN_GLYPHS:
        return None
    width, height = right - left, top - bottom
    if height <= 0 or width < _LANDSCAPE * height:
        return None
    ink = [r for r in rows if r[4].strip()]
    if len(ink) < _MIN_GLYPHS:
        return None
    em = statistics.median(r[3] for r in ink) or 10.0
    mid = (left + right) / 2
    strip = _STRIP_EMS * em / 2
    if any(r[1] < mid + strip and r[2] > mid - strip for r in ink):
        return None  # a line over the middle: one page (a wide table, a slide's title)
    halves: list[list[Row]] = [[], []]
    for r in rows:
        halves[0 if (r[1] + r[2]) / 2 < mid else 1].append(r)
    margin = _MARGIN_EMS * em
    for half, (a, b) in zip(halves, ((left, mid), (mid, right)), strict=True):
        marks = [r for r in half if r[4].strip()]
        if marks and (
            min(r[1] for r in marks) - a < margin or b - max(r[2] for r in marks) < margin
        ):
            return None  # text running to the sheet's edge or its middle: not a page's
    shift = mid - left
    moved = []
    for r in halves[1]:
        row = (r[0], r[1] - shift, r[2] - shift, r[3], r[4])
        apart[id(row)] = apart.get(id(r), False)
        moved.append(row)
    return [halves[0], moved]
