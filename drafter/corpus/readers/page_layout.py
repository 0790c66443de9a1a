"""Fixed-layout pages (PDF, OFD) laid into paragraphs: glyphs grouped into lines, running
headers, footers and page numbers removed, footnotes set aside, lines re-flowed.

A fixed-layout file has no paragraphs, only positioned lines. A line that runs to the right
margin continues in the next line; a short line, an indented next line, a wider gap or a
change of font size ends the paragraph (where the document sets its paragraphs apart by
white, no white under a short line ending a sentence keeps the next line, when what that
line opens with was too wide for the room left). Lines repeated at the top or bottom of most
pages are running headers or footers, and a lone number there is a page number. Footnote
marks are known by their glyphs (small type raised over the line), never by a digit in the
text. The readers
(:mod:`.pdf`, :mod:`.ofd`) only find the glyphs and their places; all of this is theirs alike.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from drafter.corpus.model import Block, ReadError

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[—–\-－一_·•~\s]*\d{1,4}[—–\-－一_·•~\s]*"  # 3, — 3 —, - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"  # 第3页, 第 3 页 共 10 页
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"  # 3 / 10
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 3 of 10
    r")$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
# a heading's marker: 一、 （一） 1、 1. 第一部分
_MARKER = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节部分篇])"
)
_LIST_LABEL = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十百零〇\d]{1,4}(?:[）)][、.．]?|[、.．])"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分]?|[•●▪■◆◇○·\-–—])$"
)
_LABEL_PREFIX = re.compile(r"^[（(]?[一二三四五六七八九十百零〇\d]{1,4}[）)]?[、.．]?")
_SPACES = re.compile(r"[ \u00a0]{2,}")
_SENTENCE_END = frozenset("。！？!?")
# the number or Latin word a line opens with (ISO9000, 21.58%, 2.5m)
_LATIN_LEAD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%‰+/:-]*")
# marks that may not end a line, and marks that may not open one (:func:`_lead`)
_OPENING = "“‘「『（(《〈【〔"
_CLOSING = "”’」』）)》〉】〕，。、；：！？!?,.;:…—"
_NOTE_MARK = re.compile(r"[\[［〔]\d{1,3}[\]］〕]")
# a note's number opening its line, set off by a space ("[3]　参见…", "① 见…"): the
# notes listed after the text, each a paragraph
_NOTE_LABEL = re.compile(r"^(?:[\[［〔]\d{1,3}[\]］〕]|[①-⑳])[\s\u3000]")
_EDGE = 2  # lines at the top and bottom of a page that may be headers or footers


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

    @property
    def height(self) -> float:
        """The line's height in points, its type size in effect: lines are compared with the
        page's median height, so that footnote lines set smaller and headings set larger are
        told from body lines before margins and line spacing are measured on the body."""
        return self.top - self.bottom


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number ("— 3 —", "第3页", "3 / 10")."""
    return bool(_PAGE_NUMBER.match(text.strip()))


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
                    elif not label.endswith(("、", ".", "．", "）", ")")) or not _CJK.match(row[4]):
                        parts.append(" ")
                elif gap > 0.25 * size and not (_CJK.match(prev[4]) or _CJK.match(row[4])):
                    parts.append(" ")
            parts.append(row[4])
            prev = row
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if not text:
            continue
        inked = [r for r in group if r[4].strip()]
        baseline = group[0][0]
        cjk = [r for r in inked if _CJK.match(r[4])] or inked
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
        number = _mark_number(text)
        out[run[0] : run[-1] + 1] = [(first[0], first[1], last[2], first[3], f"[{number}]")]
    return out


def _mark_number(mark: str) -> int:
    """The number of a note mark: ① -> 1, [12] -> 12, 3 -> 3."""
    if "①" <= mark[0] <= "⑳":
        return ord(mark[0]) - ord("①") + 1
    return int(re.sub(r"\D", "", mark))


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
        drop = {
            id(ln)
            for ln in _edges(lines)
            if _edge_key(ln.text) in repeated or is_page_number(ln.text)
        }
        drop |= {id(ln) for ln in _in_margin(lines)}
        out.append([ln for ln in lines if id(ln) not in drop])
    return out


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
                number = _mark_number(mark.group().strip())
                notes.append(f"[{number}] {ln.text[mark.end() :].strip()}")
            else:
                notes[-1] = _join(notes[-1], ln.text)
        out.append(lines[:k])
        noted.add(lines[0].page)
    return out, notes, frozenset(noted)


def _join(a: str, b: str) -> str:
    """Join wrapped lines: CJK without a space, Latin with one, hyphenated words whole."""
    if not a:
        return b
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].islower():
        return a[:-1] + b
    if _CJK.match(a[-1]) or _CJK.match(b[:1]):
        return a + b
    if a[-1].isdigit() and b[:1].isdigit():
        return a + b  # a number split by the line end
    if _CJK.search(a[-40:]) and not (a[-1].isalpha() and b[:1].isalpha()):
        return a + b  # digits and symbols in Chinese prose take no space
    return a + " " + b


def reflow(pages: list[list[Line]]) -> list[str]:
    """Paragraphs from the body lines of all pages (paragraphs may cross pages)."""
    return [text for text, _ in reflow_marked(pages)]


def reflow_marked(
    pages: list[list[Line]], noted: frozenset[int] = frozenset()
) -> list[tuple[str, bool]]:
    """Paragraphs as :func:`reflow`, each with whether all its lines are set apart by their
    type (:data:`_SET_APART_FONT`, a slant) while most of the document's are not: an
    editor's note the PDF shows only by its face, as Word's 引用 style or a 楷体 note."""
    all_lines = [ln for lines in pages for ln in lines]
    if not all_lines:
        return []
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
    geometry = {}
    for lines in pages:
        if not lines:
            continue
        body = [ln for ln in lines if abs(ln.height - em) <= 0.25 * em]
        right = max(ln.x1 for ln in body) if len(body) >= 3 else doc_right
        if right < doc_right - 2 * em:
            right = doc_right  # a page of short lines (a list) has no full line to go by
        pitches = [a.top - b.top for a, b in zip(lines, lines[1:]) if 0 < a.top - b.top < 3 * em]
        pitch = statistics.median(pitches) if pitches else 1.5 * em
        if doc_pitch is not None and pitch > 1.15 * doc_pitch:
            pitch = doc_pitch
        left = min(ln.x0 for ln in body or lines)
        geometry[lines[0].page] = (left, right, pitch, min(edge, right))
    breaks = _PageBreaks(pages, geometry, em, noted)
    spaced = _spaced_paragraphs(pages, geometry, em)

    body_apart = sum(ln.set_apart for ln in all_lines) > 0.5 * len(all_lines)
    paragraphs: list[tuple[str, bool]] = []
    current = ""
    apart = True
    prev: Line | None = None
    orphan = False  # prev opened a heading's paragraph under another line of its page
    for ln in all_lines:
        if (
            prev is not None
            and not (orphan and prev.page != ln.page)
            and _continues(prev, ln, geometry, em, spaced)
            and breaks.continues(prev, ln)
        ):
            current = _join(current, ln.text)
            apart = apart and ln.set_apart
            orphan = False
        else:
            if current:
                paragraphs.append((current, apart and not body_apart))
            # orphan control keeps a paragraph's first line off a page's foot by itself
            # (it goes over with the next): a heading's line opening a paragraph at the
            # foot is all of it, though it fills the line (a producer without orphan
            # control may leave one there, so only a marked heading is taken so)
            orphan = prev is not None and prev.page == ln.page and bool(_MARKER.match(ln.text))
            current, apart = ln.text, ln.set_apart
        prev = ln
    if current:
        paragraphs.append((current, apart and not body_apart))
    return paragraphs


class _PageBreaks:
    """Whether a paragraph goes on over a page break, where the page's foot says more than
    the line's fill: a last line that ends a sentence at the right margin ends the
    paragraph or goes on alike (1 in 3 of those ended it in the re-expressed gold PDFs).

    An office suite keeps a paragraph's last line off the top of a page by itself (widow
    control) and fills a page while the paragraph's next line fits. So after a sentence's
    end at the margin:

    * when the next page's first paragraph is one line, no paragraph went on (it would have
      left a lone line, which widow control does not);
    * when the page stops a line's height or more above the document's lowest line, the
      next line would have fitted: the paragraph ended, unless widow control moved one
      line over (then two lines stand on the next page and end the paragraph).

    On the gold PDFs (every other document, 1,304 page breaks) the two rules end 20 of the
    33 such paragraphs that ended at the break and none of the 14 that went on.
    """

    def __init__(
        self, pages: list[list[Line]], geometry: dict, em: float, noted: frozenset[int]
    ) -> None:
        # (a page whose footnotes were taken off stops short of the others by them: its
        # text ran to the notes, so its room says nothing)
        self._noted = noted
        lasts = [lines[-1] for lines in pages if lines]
        self._lowest = min(ln.bottom for ln in lasts) if lasts else 0.0
        self._opening = {}  # page -> lines of the paragraph it opens with, to its short line
        for lines in pages:
            if not lines:
                continue
            left, right = geometry[lines[0].page][:2]
            count = 0
            for ln in lines:
                if count and ln.x0 > left + 0.8 * em:
                    break  # an indented line opens the next paragraph (the last ended full)
                count += 1
                if ln.x1 < right - 1.5 * em or abs(ln.height - em) > 0.25 * em:
                    break
            self._opening[lines[0].page] = count
        self._em = em
        self._geometry = geometry

    def continues(self, a: Line, b: Line) -> bool:
        """False where the page break after ``a`` plainly ends its paragraph; True otherwise
        (the line-by-line rules decide)."""
        if a.page == b.page or not _ends_sentence(a.text):
            return True
        opening = self._opening.get(b.page, 0)
        if opening == 1:
            return False
        pitch = self._geometry[a.page][2]
        room = 0.0 if a.page in self._noted else a.bottom - self._lowest
        return not (room >= 0.75 * pitch and opening != 2)


def _ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence: its stop, with the closing quotes or brackets after it
    (…”。 / …审批点。) / …。）)."""
    return text.rstrip("”’」』）)")[-1:] in _SENTENCE_END


def _spaced_paragraphs(pages: list[list[Line]], geometry: dict, em: float) -> bool:
    """Whether the document sets its paragraphs apart by white space (Word's space after a
    paragraph): where a line ends a sentence well short of the margin (a paragraph's end,
    plainly), the next line on the page mostly stands a quarter of a line or more lower
    than the line pitch. Then the white between two lines tells what the fill of a line
    cannot: none, and they are one paragraph."""
    ratios = []
    for lines in pages:
        if not lines:
            continue
        right, pitch = geometry[lines[0].page][1], geometry[lines[0].page][2]
        for a, b in zip(lines, lines[1:]):
            if (
                a.x1 < right - 4 * em
                and _ends_sentence(a.text)
                and abs(a.height - em) <= 0.25 * em
                and abs(b.height - em) <= 0.25 * em
                and 0 < a.top - b.top < 3 * pitch
            ):
                ratios.append((a.top - b.top) / pitch)
    return len(ratios) >= 3 and statistics.median(ratios) >= 1.25


def _continues(a: Line, b: Line, geometry: dict, em: float, spaced: bool = False) -> bool:
    """Whether line ``b`` continues the paragraph that line ``a`` belongs to (``spaced``: the
    document sets its paragraphs apart by white, :func:`_spaced_paragraphs`)."""
    left_a, right_a, pitch, edge_a = geometry[a.page]
    left_b = geometry[b.page][0]
    # Line-breaking rules (no opening quote at a line end, no closing punctuation at a
    # line start) leave full CJK lines up to a few characters short of the margin.
    # (a Latin bracket closing Chinese words, …审批点。), ends a Chinese line, not a Latin one)
    cjk_end = bool(_CJK.match(a.text.rstrip(")]")[-1:] or " "))
    tolerance = 3.5 * em if cjk_end else max(2 * em, 0.25 * (right_a - left_a))
    ends_sentence = _ends_sentence(a.text)
    if ends_sentence and not b.text[:1].isascii():
        # a sentence's end two characters short of the margin ends the paragraph: line
        # breaking pulls down one character before a closing mark, never a 。 (a Latin
        # word too long for the line's end is what leaves more room)
        tolerance = 1.5 * em
        lead = _lead(b.text)
        if lead and not any(ch.isascii() for ch in lead):
            # and so does one with room left for what the next line opens with (…落地。
            # a character short, 有人说… under it): the line breaking would have set it
            # there, as ragged (unjustified) lines show
            tolerance = min(tolerance, right_a - edge_a + (len(lead) - 0.1) * em)
        if (
            spaced
            and a.page == b.page
            and 0 < a.top - b.top <= 1.1 * pitch
            # (a list's next item, （二）… under （一）…。, may stand close: Word sets no white
            # between the paragraphs of a list)
            and not _MARKER.match(b.text)
        ):
            # no white under a sentence's end where paragraphs stand apart by white: the
            # line was left short by what the next opens with, too wide for the room
            # (…必须注意防“左”。 three ems short, 防“左”是… under it: a curly quote
            # breaks on neither side)
            tolerance = max(tolerance, (_lead_width(b.text) - 0.5) * em)
    if a.height > 1.15 * em and _wrapped_centred_title(a, b, left_a, right_a, em):
        return True
    if not ends_sentence:
        # what cannot be broken moves whole to the next line: a number or Latin word too
        # long for the room left (…年均增长 / 21.58%，…), or a character with the closing
        # marks and note mark that may not start a line after it (…称之为“宗 / 族”[23]。…):
        # the line ends short of the margin, mid-sentence
        tolerance = max(tolerance, (_lead_width(b.text) + 1.5) * em)
    elif _NOTE_LABEL.match(b.text):
        return False  # "[3]　参见…" after a sentence's end: the next note of a list
    if "\t" in a.text or "\t" in b.text:
        return False  # a table's row (cells apart by wide white), each a row of its own
    if a.x1 < right_a - tolerance:
        return False  # a short line ends its paragraph
    if b.x0 > left_b + 0.8 * em:
        return False  # an indented line starts a paragraph
    if abs(a.height - b.height) > 0.25 * em:
        return False  # another font size: a heading or title
    if a.set_apart != b.set_apart:
        return False  # another face (italic, 楷体): an editor's note or a quotation set apart
    # A wider gap, or a jump up the page (another column or box), ends it too.
    limit = 1.4 * pitch * max(1.0, a.height / em)  # larger type has a larger line pitch
    return a.page != b.page or 0 < a.top - b.top <= limit


def _lead(text: str) -> str:
    """What ``text`` opens with that no line break may split, moved to a line's start
    whole when it did not fit at the end of the line before: a character (or a number or
    Latin word) with the opening marks before it, and after it the closing marks and note
    marks that may not open a line (族”[23]。). An office suite breaks by Unicode's rules
    (LibreOffice by ICU), which chain more: a curly quote breaks on neither side (对“四,
    帮”散: a line left a character short though 对 fitted), nor a closing mark from the
    number or Latin word after it (生。17、18、19, 二，AI、VR、AR, 责，Marketing: lines left
    four to seven characters short)."""

    def unit(i: int) -> int:  # opening marks, then a number, a Latin word or a character
        while i < len(text) and text[i] in _OPENING:
            i += 1
        latin = _LATIN_LEAD.match(text, i)
        if latin:
            return latin.end()
        return i + 1 if i < len(text) and not text[i].isspace() else i

    i = unit(0)
    while i < len(text):
        note = _NOTE_MARK.match(text, i)
        if note:
            i = note.end()
        elif text[i] in "“‘":
            i = unit(i)
        elif text[i] in _CLOSING:
            while i < len(text) and text[i] in _CLOSING:
                i += 1
            quote = text[i - 1] in "”’"  # (帮”散 one unit, 宗”，我 not)
            latin = _LATIN_LEAD.match(text, i)
            if latin:
                i = latin.end()
            elif quote and i < len(text) and text[i] not in _OPENING and not text[i].isspace():
                i = i if _NOTE_MARK.match(text, i) else i + 1
        else:
            break
    return text[:i]


def _lead_width(text: str) -> float:
    """The width in ems of :func:`_lead` (a Latin character counted at 0.6 em): how
    short of the margin a line may stop, mid-sentence, and go on."""
    return sum(0.6 if ch.isascii() else 1.0 for ch in _lead(text))


def _wrapped_centred_title(a: Line, b: Line, left: float, right: float, em: float) -> bool:
    """A title in a larger font that wrapped: a full first line, a centred shorter second;
    or, as GB/T 9704 breaks a 公文's title by its sense into centred lines (梯形, 菱形), a
    centred first line that ends no sentence over a centred second that opens no subtitle
    or bracketed date (——…, （…）)."""
    if a.page != b.page or abs(a.height - b.height) > 0.1 * a.height:
        return False
    if not (0 < a.top - b.top <= 2 * a.height):
        return False
    full = a.x0 <= left + a.height and a.x1 >= right - a.height
    middle = (left + right) / 2
    centred = abs((b.x0 + b.x1) / 2 - middle) <= a.height and b.x0 > left + a.height
    if full:
        return centred
    broken = (
        abs((a.x0 + a.x1) / 2 - middle) <= a.height
        and a.x0 > left + a.height
        and a.text.rstrip()[-1:] not in "。！？!?：:"
        and not b.text.startswith(("—", "-", "（", "(", "〔", "["))
    )
    return broken and centred


def layout_blocks(pages: list[list[Line]], bookmarks: dict[str, int]) -> list[Block]:
    """The blocks of a fixed-layout document from its pages' lines: running headers,
    footers and page numbers dropped, footnotes set after the text, lines re-flowed into
    paragraphs, a paragraph whose text is an outline entry (``bookmarks``: key -> level,
    see :func:`bookmark_key`) a heading of that level."""
    blocks = []
    pages, footnotes, noted = split_footnotes(strip_headers_footers(pages))
    for text, apart in reflow_marked(pages, noted):
        level = heading_level(text, bookmarks)
        # set apart by its face: a quotation or an editor's note, as Word's 引用 paragraph
        # (a 楷体 heading, （一）… as GB/T 9704 sets them, stays a heading's text)
        quote = apart and level is None and not _LABEL_PREFIX.match(text)
        kind = "quote" if quote else "table" if "\t" in text and level is None else "text"
        blocks.append(Block(text, level, kind=kind))
    # the pages' footnotes after the text, as a text's endnotes stand (the apparatus takes
    # them aside where the body holds their marks)
    blocks.extend(Block(note) for note in footnotes)
    return blocks


def heading_level(text: str, bookmarks: dict[str, int]) -> int | None:
    """The bookmark (outline) level of a paragraph, with or without its list label."""
    if not bookmarks or len(text) > 200:
        return None
    key = bookmark_key(text)
    level = bookmarks.get(key)
    if level is None:
        label = _LABEL_PREFIX.match(key)
        if label and label.end() < len(key):
            level = bookmarks.get(key[label.end() :])
    return level


def bookmark_key(text: str) -> str:
    """An outline title or paragraph as looked up: its text without white space."""
    return re.sub(r"\s+", "", text)


def empty_page_warnings(name: str, pages: list[list[Line]], no_text: str) -> list[str]:
    """The warnings of a fixed-layout file whose pages were laid into lines: a page with no
    line is named (a scanned page among text pages loses its words silently otherwise), and a
    file with none at all is refused with ``no_text`` (the format's own wording), since an
    empty document in the library would look like a reading fault rather than a scan."""
    if not any(pages):
        raise ReadError(f"{name}: {no_text}")
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if not empty:
        return []
    more = " …" if len(empty) > 10 else ""
    return [f"{name}: no text on page(s) {', '.join(empty[:10])}{more} (scanned pages need OCR)"]
