"""A word processor's paragraph indent, read as the characters a text file would type.

A text file marks its paragraphs with typed indent characters (two full-width spaces) and
the outline reads that width (:attr:`Block.indent`, :mod:`drafter.corpus.indented_titles`:
an unnumbered title set in like the paragraphs stands under the flush one before it). A
.docx or .odt (and a .doc, .wps or .rtf, read through a .docx) sets the same layout as the
paragraph's first-line offset (Word's ``w:ind``, ODF's ``fo:margin-left`` and
``fo:text-indent``), in characters, twips or centimetres, on the paragraph or its style.
Each reader resolves its own attributes; this module turns the offset into the one unit
the outline compares, so that the rule reads every form alike: the offset divided by the
font size, rounded (two characters at 16 pt are 640 twips, 1.13 cm or 2em). A centred
paragraph is set apart as a text file's line centred with spaces is: neither flush nor set
in like a paragraph.
"""

from __future__ import annotations

import re

# a centred paragraph's indent: not 0 (flush) and never a body's paragraph indent
CENTRED = -1

_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(cm|mm|in|pt|pc|px|em)?\s*$")
_PER_PT = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, "pc": 12.0, "px": 0.75}


def indent_chars(offset_pt: float, font_pt: float) -> int:
    """The first line's offset from the margin, ``offset_pt`` points, in characters of a
    ``font_pt`` font (rounded; 0 for none or a hanging first line)."""
    if offset_pt <= 0 or font_pt <= 0:
        return 0
    return round(offset_pt / font_pt)


def length_pt(value: str | None, font_pt: float) -> float:
    """An ODF or CSS length (``0.847cm``, ``2em``, ``24pt``) in points; 0 where absent or
    not a length (``em`` is the paragraph's font size)."""
    m = _LENGTH.match(value or "")
    if m is None:
        return 0.0
    try:
        number = float(m.group(1))
    except ValueError:
        return 0.0
    unit = m.group(2) or "pt"
    return number * (font_pt if unit == "em" else _PER_PT[unit])
