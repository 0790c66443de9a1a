"""A fixed-layout page's chrome taken off: running headers and footers and page numbers,
which a PDF or OFD prints on every page and which would otherwise stand in the text between
the two halves of a paragraph going on over the page. A line repeated at the top or bottom of
most pages is a running head, a lone number there a page number, and on a one-page document
a short line in the page's top or bottom band, set apart from the text, a header or footer.
"""

from __future__ import annotations

import re
import statistics

from drafter.corpus.readers.page_lines import Line, mark_number

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[—–\-－一_·•~\s]*\d{1,4}[—–\-－一_·•~\s]*"  # 3, — 3 —, - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"  # 第3页, 第 3 页 共 10 页
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"  # 3 / 10
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 3 of 10
    r")$",
    re.IGNORECASE,
)
_EDGE = 2  # lines at the top and bottom of a page that may be headers or footers


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number ("— 3 —", "第3页", "3 / 10")."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(lines: list[Line]) -> list[Line]:
    by_top = sorted(lines, key=lambda ln: -ln.top)
    return by_top[:_EDGE] + by_top[-_EDGE:] if len(by_top) > _EDGE else by_top


def strip_headers_footers(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers/footers and page numbers from the edges of each page."""
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_edge_key(ln.text) for ln in _edges(lines)}:
            counts[key] = counts.get(key, 0) + 1
    with_text = sum(1 for lines in pages if lines)
    threshold = max(2, round(0.4 * with_text))
    repeated = {k for k, n in counts.items() if n >= threshold} if with_text >= 2 else set()
    out = []
    for lines in pages:
        # a footnote the page's text marks stays, with the lines it runs on to under it
        notes = [ln.top for ln in _edges(lines) if _noted_on_page(ln, lines)]
        below = max(notes, default=None)
        drop = {
            id(ln)
            for ln in _edges(lines)
            if (_edge_key(ln.text) in repeated and (below is None or ln.top > below))
            or is_page_number(ln.text)
        }
        drop |= {id(ln) for ln in _in_margin(lines)}
        out.append([ln for ln in lines if id(ln) not in drop])
    return out


# a footnote's mark opening a line with the note's words after it: "① 同上。", "[2] 参见…"
_NOTE_OPENING = re.compile(r"^(?:[①-⑳]|[\[［〔]\d{1,3}[\]］〕]|\d{1,3}(?![\d.．%年月日]))\s*(?=\S)")


def _noted_on_page(line: Line, lines: list[Line]) -> bool:
    """Whether ``line`` is a footnote whose mark stands in its page's text: the same short
    note (同上。, 参见…) at the foot of most pages repeats as a running footer does, yet a
    footer has no mark pointing at it, and a note does ("…一文[1]。" over "[1] 同上。")."""
    mark = _NOTE_OPENING.match(line.text)
    if mark is None or mark.end() >= len(line.text):
        return False
    opening = mark.group().strip()
    # (a raised mark reads "[n]" in its line; one set in the line's own type keeps its ①)
    wanted = {f"[{mark_number(opening)}]"}
    if "①" <= opening[0] <= "⑳":
        wanted.add(opening[0])
    return any(w in ln.text[1:] for ln in lines if ln is not line for w in wanted)


_MARGIN_BAND = 0.065  # of the page's height: where Word and WPS put a header or footer
_MARGIN_LINE_CHARS = 40


def _in_margin(lines: list[Line]) -> list[Line]:
    """The first or last line of a page when it stands in the page's top or bottom band,
    set apart from the text (more than two ems of white) and no larger than the page's
    text: a running header or footer. Repetition finds these on a document
    of several pages; a one-page speech (or a header that changes from page to page) has
    only its place to go by, and the header otherwise ran into the title below it."""
    if len(lines) < 3:
        return []
    height = lines[0].page_top - lines[0].page_bottom
    if height <= 0:
        return []
    band = _MARGIN_BAND * height
    em = statistics.median(ln.height for ln in lines)
    by_top = sorted(lines, key=lambda ln: -ln.top)
    found = []
    for edge, inner in ((by_top[0], by_top[1]), (by_top[-1], by_top[-2])):
        top = edge is by_top[0]
        in_band = (
            edge.page_top - edge.top <= band if top else edge.bottom - edge.page_bottom <= band
        )
        if not in_band or len(edge.text) > _MARGIN_LINE_CHARS or edge.height > em * 1.05:
            continue
        gap = edge.bottom - inner.top if top else inner.bottom - edge.top
        if gap > 2 * em:  # (between lines of text: a fraction of an em; after a paragraph: one)
            found.append(edge)
    return found
