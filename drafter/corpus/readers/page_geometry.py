"""The measures a fixed-layout document's lines are re-flowed by: its body type size (the
em), and for each page the text's left and right edges and its line pitch. Whether a line
runs to the margin, is indented or stands further down than the next line of its paragraph
would is told against these, so they are taken from the body's full lines (a centred title,
a small header or a list of short items would set them wrong).
"""

from __future__ import annotations

import re
import statistics

from drafter.corpus.readers.page_lines import Line

_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")

# page -> (left edge, right edge, line pitch, right edge as full lines ending in an
# ideograph reach it)
Geometry = dict[int, tuple[float, float, float, float]]


def page_geometry(pages: list[list[Line]]) -> tuple[float, Geometry]:
    """The document's em (the median line height) and each page's measures (:data:`Geometry`),
    of pages that hold at least one line: what :mod:`.page_reflow` tells a paragraph's end
    by, measured once for the document and shared by every line-by-line decision."""
    all_lines = [ln for lines in pages for ln in lines]
    em = statistics.median(ln.height for ln in all_lines) or 10.0
    # Margins come from body-size lines: a centred title or a small header may be wider.
    body = [ln for ln in all_lines if abs(ln.height - em) <= 0.25 * em] or all_lines
    doc_right = max(ln.x1 for ln in body)
    # the text's right edge as the lines ending in an ideograph reach it: a comma or stop
    # may hang past it (…下达了， 0.25 em out), a character never does
    # — as most full lines reach it, not the furthest one: a line with figures in it may
    # end its last character a quarter of an em further out (…固定电话和移动 at 521.7 where
    # the others stop at 519.1), and a sentence's end 0.7 em short of the true edge, which
    # the next line's first character could not have fitted, then read as a paragraph's end
    edges = [ln.x1 for ln in body if "\t" not in ln.text and _IDEOGRAPH.match(ln.text[-1])]
    full = [x for x in edges if x >= doc_right - 1.5 * em]
    edge = statistics.median_high(full) if len(full) >= 3 else doc_right
    # the line pitch as a full line and the line under it stand (the same paragraph, mostly):
    # on a page of one- and two-line paragraphs set apart by white (a list of ———items), the
    # median of every gap was the paragraph's pitch, and no gap then ended a paragraph
    full_gaps = {
        id(a): a.top - b.top
        for a, b in zip(all_lines, all_lines[1:])
        if a.page == b.page
        and 0 < a.top - b.top < 3 * em
        and a.x1 >= doc_right - 1.5 * em
        and abs(a.height - em) <= 0.25 * em
        and abs(b.height - em) <= 0.25 * em
    }
    # (their lower quartile: a one-line item nearly as long as a full line has white under it)
    gaps = sorted(full_gaps.values())
    doc_pitch = gaps[len(gaps) // 4] if len(gaps) >= 3 else None
    geometry: Geometry = {}
    columns = _column_edges(pages, em)
    for lines in pages:
        if not lines:
            continue
        body = [ln for ln in lines if abs(ln.height - em) <= 0.25 * em]
        right = max(ln.x1 for ln in body) if len(body) >= 3 else doc_right
        if len(body) < 3 and body and body[0].in_column:
            # a column's piece of a line or two (a speech going on under 上接第1版 at a
            # column's foot, the rest of the column another article's): its edge is the
            # column's as its longer pieces show it, not the page's far right
            left = min(ln.x0 for ln in body)
            right = next((r for x, r in columns if abs(x - left) <= 2.5 * em), right)
        if right < doc_right - 2 * em and not any(ln.in_column for ln in body):
            right = doc_right  # a page of short lines (a list) has no full line to go by
        pitches = [a.top - b.top for a, b in zip(lines, lines[1:]) if 0 < a.top - b.top < 3 * em]
        pitch = statistics.median(pitches) if pitches else 1.5 * em
        if doc_pitch is not None and pitch > 1.15 * doc_pitch:
            pitch = doc_pitch
        left = min(ln.x0 for ln in body or lines)
        geometry[lines[0].page] = (left, right, pitch, min(edge, right))
    return em, geometry


def _column_edges(pages: list[list[Line]], em: float) -> list[tuple[float, float]]:
    """(left, right) of each region in a column that holds three body lines or more: the
    edges a column's shorter pieces are measured by."""
    out = []
    for lines in pages:
        body = [ln for ln in lines if abs(ln.height - em) <= 0.25 * em]
        if len(body) >= 3 and body[0].in_column:
            out.append((min(ln.x0 for ln in body), max(ln.x1 for ln in body)))
    return out
