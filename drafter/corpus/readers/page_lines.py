"""A fixed-layout page's glyphs grouped into visual lines (:class:`Line`), the first step
of laying a PDF or OFD page out: a line is the glyphs that share a baseline, read left to
right, with a footnote's raised mark kept on its line and written "[n]" as a text's note
marks are. The readers (:mod:`.pdf`, :mod:`.ofd`) differ only in how they find the glyphs.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from drafter.corpus.readers.line_breaking import CJK

_LIST_LABEL = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十百零〇\d]{1,4}(?:[）)][、.．]?|[、.．])"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分]?|[•●▪■◆◇○·\-–—])$"
)
_SPACES = re.compile(r"[ \u00a0]{2,}")


@dataclass
class Line:
    """One visual line of a page, with its place (PDF points, y growing up the page)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    # the page's top and bottom edges (its media box): where the margins are
    page_top: float = 0.0
    page_bottom: float = 0.0
    # set apart by its type: slanted (italic, or a skewed text matrix) or in a 楷体 face
    set_apart: bool = False
    # stands in a column of a page set in columns (:mod:`.page_columns`): its region's
    # right edge is the column's, not the page's
    in_column: bool = False

    @property
    def height(self) -> float:
        """The line's height in points, its type size in effect: lines are compared with the
        page's median height, so that footnote lines set smaller and headings set larger are
        told from body lines before margins and line spacing are measured on the body."""
        return self.top - self.bottom


def rows_to_lines(
    rows: list[tuple[float, float, float, float, str]],
    apart: dict[int, bool],
    page_no: int,
    page_top: float,
    page_bottom: float,
) -> list[Line]:
    """Visual lines of a page from its glyphs, grouped by baseline.

    ``rows`` holds one (baseline, x0, x1, size, text) per glyph, in any order, with y
    growing up the page; ``apart`` says by ``id(row)`` which glyphs are set apart by their
    face (slanted or 楷体); ``page_top``/``page_bottom`` are the page's edges. Shared by
    every fixed-layout reader (PDF, OFD), which differ only in how they find the glyphs.
    A wide gap within a line (table cells, a header's left and right parts) becomes a tab,
    and a glyph drawn twice over itself (bold simulated by some tools) counts once.
    """
    raised = _snap_superscripts(rows)
    rows.sort(key=lambda r: (-r[0], r[1]))
    groups: list[list[tuple[float, float, float, float, str]]] = []
    for row in rows:
        if groups and abs(groups[-1][0][0] - row[0]) <= 0.35 * max(row[3], groups[-1][0][3]):
            groups[-1].append(row)
        else:
            groups.append([row])
    lines: list[Line] = []
    for group in groups:
        group.sort(key=lambda r: r[1])
        # (the line's type is its words', not the small marks raised onto it)
        words = [r[3] for r in group if id(r) not in raised]
        size = statistics.median(words or [r[3] for r in group])
        group = _marks_as_brackets(group, raised)
        parts: list[str] = []
        prev = None
        for row in group:
            if prev is not None and row[4] == prev[4] and abs(row[1] - prev[1]) < 0.1 * size:
                continue  # "fake bold": the same glyph drawn twice, slightly offset
            if prev is not None:
                gap = row[1] - prev[2]
                if gap > 2.5 * size:
                    # A list label and its tab stop ("（一）    指导思想") is one heading.
                    label = "".join(parts).strip()
                    if not _LIST_LABEL.match(label):
                        parts.append("\t")
                    elif not label.endswith(("、", ".", "．", "）", ")")) or not CJK.match(row[4]):
                        parts.append(" ")
                elif gap > 0.25 * size and not (CJK.match(prev[4]) or CJK.match(row[4])):
                    parts.append(" ")
            parts.append(row[4])
            prev = row
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if not text:
            continue
        inked = [r for r in group if r[4].strip()]
        baseline = group[0][0]
        cjk = [r for r in inked if CJK.match(r[4])] or inked
        lines.append(
            Line(
                text, inked[0][1], inked[-1][2], baseline + size, baseline, page_no,
                page_top, page_bottom,
                sum(apart.get(id(r), False) for r in cjk) > 0.8 * len(cjk),
            )
        )  # fmt: skip
    return lines


_MARK_TEXT = re.compile(r"^(?:\d{1,3}|[\[［〔]\d{1,3}[\]］〕]|[①-⑳])$")


def _snap_superscripts(rows: list) -> set[int]:
    """Set each superscript glyph (small type raised less than a line above the baseline of
    the text beside it: a footnote mark ①, ¹, [1]) on that baseline, so it stays in its
    line; returns the ids of the rows moved. Raised by a third of an em, a mark otherwise
    made a line of its own between two lines of its paragraph."""
    if not rows:
        return set()
    body = statistics.median(r[3] for r in rows)
    baselines = sorted({round(r[0], 1) for r in rows if r[3] >= 0.75 * body})
    moved: set[int] = set()
    for k, r in enumerate(rows):
        if r[3] >= 0.75 * body or not r[4].strip():
            continue
        below = [b for b in baselines if 0.1 * body < r[0] - b < 0.6 * body]
        if below:
            rows[k] = (below[-1], *r[1:])
            moved.add(id(rows[k]))
    return moved


def _marks_as_brackets(group: list, raised: set[int]) -> list:
    """A line's rows with each footnote mark set as a superscript (a run of raised glyphs,
    :func:`_snap_superscripts`: ¹, ①, [1]) written "[n]", the form the note marks of a text
    take (:mod:`drafter.corpus.note_marks` takes them out of the body and keeps their
    place); glued to the words, "…管理2" read as a number of the sentence."""
    small = [k for k, r in enumerate(group) if id(r) in raised]
    if not small or len(small) == len(group):
        return group
    out = list(group)
    runs: list[list[int]] = []
    for k in small:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in reversed(runs):
        text = "".join(group[k][4] for k in run)
        half = text[: len(text) // 2]
        if len(text) % 2 == 0 and text == half * 2 and not (half.isascii() and half.isdigit()):
            # "[3][3]": a writer's own mark, which LibreOffice prints twice (never "11",
            # "22": note 11 is two digits, the same twice)
            text = half
        if not _MARK_TEXT.match(text):
            continue
        first, last = group[run[0]], group[run[-1]]
        number = mark_number(text)
        out[run[0] : run[-1] + 1] = [(first[0], first[1], last[2], first[3], f"[{number}]")]
    return out


def mark_number(mark: str) -> int:
    """The number of a note mark: ① -> 1, [12] -> 12, 3 -> 3 (a mark raised in a line and
    the label opening its footnote are numbered alike, so each note meets its mark)."""
    if "①" <= mark[0] <= "⑳":
        return ord(mark[0]) - ord("①") + 1
    return int(re.sub(r"\D", "", mark))
