"""A fixed-layout page's footnotes set aside: an office suite prints a page's notes under
its text in smaller type, and left there a note stood in the middle of a paragraph going on
over the page and read as the speech's words. They are taken off each page and kept, in
page order, as "[n] text" to follow the body as a text's endnotes do.
"""

from __future__ import annotations

import re
import statistics

from drafter.corpus.readers.line_breaking import join_wrapped
from drafter.corpus.readers.page_lines import Line, mark_number

# a footnote's mark opening its line at a page's foot: "① 见…", "[1] 参见…", "1 参见…"
_FOOT_MARK = re.compile(r"^(?:[①-⑳]|[\[［〔]\d{1,3}[\]］〕]|\d{1,3}(?![\d.．%年月日]))\s*")


def split_footnotes(
    pages: list[list[Line]],
) -> tuple[list[list[Line]], list[str], frozenset[int]]:
    """The pages without their footnotes, the footnotes as "[n] text" in page order, and
    the pages that had some.

    An office suite sets a page's footnotes under its text in smaller type, each opening
    with its mark (①, [1], 1). Left in the body, a note stood between the two halves of a
    paragraph going on over the page (it ended the paragraph and began another) and read
    as the speech's words. A run of lines at the page's foot, all smaller than the body's
    type, the first opening with a mark, is the page's notes; a line opening with a mark
    begins the next note."""
    lines_all = [ln for lines in pages for ln in lines]
    if not lines_all:
        return pages, [], frozenset()
    em = statistics.median(ln.height for ln in lines_all) or 10.0
    notes: list[str] = []
    noted: set[int] = set()
    out = []
    for lines in pages:
        k = len(lines)
        while k > 0 and lines[k - 1].height < 0.8 * em:
            k -= 1
        foot = lines[k:]
        # (the notes' lines under body text, opening with a mark; an own page of small
        # type, or a table's small print, is not a page's foot)
        if not foot or k == 0 or not _FOOT_MARK.match(foot[0].text):
            out.append(lines)
            continue
        for ln in foot:
            mark = _FOOT_MARK.match(ln.text)
            if mark and mark.group().strip():
                number = mark_number(mark.group().strip())
                notes.append(f"[{number}] {ln.text[mark.end() :].strip()}")
            else:
                notes[-1] = join_wrapped(notes[-1], ln.text)
        out.append(lines[:k])
        noted.add(lines[0].page)
    return out, notes, frozenset(noted)
