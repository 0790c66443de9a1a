"""The measures of the Word export: units (mm, pt, twips, half-points), the character grid
(GB/T 9704's 28 characters a line: the spacing and the condensing that keep it), and where the
page's text and footer stand (margins, the first line's offset, the text width).

Apart from the XML so that the export dialog, the command line and the render check ask the
same numbers the package is written with.
"""

from __future__ import annotations

import math

from drafter.export.style import Style


def mm_to_twips(mm: float) -> int:
    """Millimetres (how GB/T 9704 gives margins) to twips (what WordprocessingML stores)."""
    return round(mm / 25.4 * 1440)


def pt_to_twips(pt: float) -> int:
    """Points to twips (1/20 pt), WordprocessingML's unit for spacing and indents."""
    return round(pt * 20)


def half_points(pt: float) -> int:
    """Points to half-points, WordprocessingML's unit for font sizes (三号 16 pt is 32)."""
    return round(pt * 2)


def char_space(style: Style) -> int:
    """``w:docGrid/@w:charSpace`` for ``grid_chars`` characters per line.

    Word stores the extra pitch per character relative to the body font size in
    1/4096 pt: 156 mm / 28 characters = 15.79 pt pitch for a 16 pt font gives -842
    (with the margins rounded to twips).
    """
    width_twips = (
        mm_to_twips(style.width_mm)
        - mm_to_twips(style.margin_left_mm)
        - mm_to_twips(style.margin_right_mm)
    )
    pitch_pt = width_twips / 20 / style.grid_chars
    return math.floor((pitch_pt - style.body.size_pt) * 4096)


# --- run and paragraph properties ----------------------------------------------------------


def grid_pitch_pt(style: Style) -> float | None:
    """Width of one character cell of the document grid, or None without a char grid."""
    if not (style.grid_lines and style.grid_chars):
        return None
    return (char_space(style) / 4096) + style.body.size_pt


def condense_twips(style: Style, size_pt: float) -> int:
    """Negative character spacing (twips) so ``grid_chars`` glyphs fill one line.

    GB/T 9704 puts 28 characters of 16 pt into 156 mm, so a grid cell (15.79 pt) is
    narrower than the glyph. Word squeezes snapped text into the cells, LibreOffice gives
    such a glyph two cells (halving the characters per line). Paragraphs therefore do not
    snap to the grid and their runs are condensed by a fraction of a point instead: 28
    characters a line in both (justified lines look the same, justification fills them).
    """
    pitch = grid_pitch_pt(style)
    if pitch is None or size_pt <= pitch:
        return 0
    return -math.ceil((size_pt - pitch) * 20 + 3)


def first_line_offset_mm(style: Style) -> float:
    """How far below the top of its line box an exact-spaced body line starts its
    characters: the spare height (pitch − font size) is shared above and below the
    characters (measured in LibreOffice: 2.3–2.7 mm for 16 pt on 28.95 pt; Word and WPS
    centre the same way), so this is half of it."""
    pitch = style.body.line_pitch_pt or 28.95
    return max(pitch - style.body.size_pt, 0) / 2 * 25.4 / 72


def top_margin_mm(style: Style) -> float:
    """The top margin written to the page: ``margin_top_mm``, less the first line's
    offset when the style compensates it, so the characters of a page's first line
    start at ``margin_top_mm`` (37 mm in GB/T 9704) instead of its line box."""
    if not style.compensate_top_margin:
        return style.margin_top_mm
    return max(style.margin_top_mm - first_line_offset_mm(style), 0)


def top_shift_mm(style: Style | None) -> float:
    """How far the exporter moved the type area up from ``margin_top_mm`` (0 without
    compensate_top_margin); the render check adds it back to judge the page number against
    the type area the style names, below which the page number stayed."""
    return 0.0 if style is None else style.margin_top_mm - top_margin_mm(style)


def bottom_margin_mm(style: Style) -> float:
    """The bottom margin written to the page: with the top compensated, the whole type
    area moves up (LibreOffice centres its line grid in the area, so moving only the top
    edge would move the lines half as far); the page number stays where GB/T 9704 puts
    it, ``footer_gap_mm`` below the nominal type area (:func:`footer_distance_mm`)."""
    return style.margin_bottom_mm + (style.margin_top_mm - top_margin_mm(style))


def footer_distance_mm(style: Style) -> float:
    """``w:footer``: from the bottom edge of the page to the bottom of the page-number
    line. The line is exactly one em high (:func:`footer_xml` sets an exact line
    height), so its top lies ``footer_gap_mm`` below the type area in every renderer;
    with single spacing it would follow each font's ascent and descent instead."""
    line_height_mm = style.page_number.size_pt * 25.4 / 72
    return max(style.margin_bottom_mm - style.footer_gap_mm - line_height_mm, 0)


def text_width_pt(style: Style) -> float:
    """Width of the type area in points (156 mm = 442.2 pt in GB/T 9704)."""
    return style.text_width_mm / 25.4 * 72
