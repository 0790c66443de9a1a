"""A page set in columns (a newspaper page, a two-column bulletin) read in column order.

Lines are grouped by their baseline (:mod:`.page_lines`), and on a page in columns the
lines of neighbouring columns share baselines: read across, a column's line ran into the
next column's, and a speech printed in a paper's page came out interleaved with the
articles beside it. Here the page's glyphs are cut into the regions it is read in:

* the **gutters** are the white strips down the page that the lines of prose stop at on
  the left and start from on the right (:func:`_gutters`);
* a line that crosses a gutter (a headline or a masthead line over the columns) spans
  them and cuts the page into **bands**; within a band each column is read top to bottom,
  left to right (:func:`column_regions`).

:func:`newspaper_regions` then takes a paper's page apart: its masthead band (the paper's
name, 第N版, the issue's date) is page furniture, and of the articles on the page the one
that is a speech (a headline over ——在…上的讲话/致辞, else the longest) is the text.
"""

from __future__ import annotations

import re
import statistics

from drafter.corpus.paper_jumps import Jumps, edition, jump, without_jumps
from drafter.corpus.readers.page_imposition import imposed_halves
from drafter.corpus.readers.page_lines import Line, rows_to_lines

_HANGING = frozenset("，。、；：！？")

# (baseline, x0, x1, size, text): one glyph, as the readers find them
Row = tuple[float, float, float, float, str]

_MIN_COLUMN_LINES = 6  # prose lines that reach a gutter, on each side of it
_MIN_COLUMN_EMS = 8.0  # a column narrower than this is a table's cell, not a column

# a paper's masthead: its issue (第2版, 星期五), who publishes it (主办, 出版, CN 12-3456)
_MASTHEAD = re.compile(
    r"第\s*[\d一二三四五六七八九十]{1,3}\s*版|星期[一二三四五六日天]|主办|出版|机关报"
    r"|国内统一连续出版物号|CN\s*\d{2}\s*[-－]\s*\d{4}|[日晚]报"
)
_ISSUE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a news item's lead (本报讯, 新华社北京4月1日电): an article of a paper, not a speech
_NEWS_LEAD = re.compile(r"^(?:本报讯|本报[^\s，。]{0,8}电|(?:新华社|中新社)[^\s，。]{0,12}电)")
# a speech's headline run: its subtitle or occasion line
_SPEECH_TITLE = re.compile(r"在.{2,60}(?:上|时|之际)的(?:讲话|致辞|发言|报告|演讲|辅导报告)")


def page_regions(
    rows: list[Row],
    apart: dict[int, bool],
    page_no: int,
    top: float,
    bottom: float,
    jumps: Jumps | None = None,
    left: float | None = None,
    right: float | None = None,
) -> tuple[list[list[Line]], dict[str, str]]:
    """A page's visual lines (:func:`rows_to_lines`) in the regions it is read in: one,
    unless it is set in columns, each region then numbered as a page of its own from
    ``page_no`` on (its own margins to the layout; a column break as a page break), cut
    down to the speech on a paper's page, with what its masthead says (:func:`newspaper_regions`).
    The PDF and OFD readers both lay their glyphs out through it: an OFD newspaper page
    read across its columns, as a PDF one did before it had this. ``jumps`` follows a
    speech continued on a later page of the file (one per file: see :mod:`.paper_jumps`).

    A sheet carrying two pages side by side (a booklet printed two up, ``left``/``right``
    its edges: :func:`imposed_halves`) is read as those pages, left before right, each
    numbered as a page of its own."""
    halves = imposed_halves(rows, apart, left, right, top, bottom)
    if halves is not None:
        pages = [
            rows_to_lines(half, apart, page_no + k, top, bottom)
            for k, half in enumerate(h for h in halves if h)
        ]
        return pages, {}
    regions = column_regions(rows)
    if len(regions) == 1:
        return [rows_to_lines(rows, apart, page_no, top, bottom)], {}
    lines = [
        rows_to_lines(region, apart, page_no + k, top, bottom) for k, region in enumerate(regions)
    ]
    for region in lines:
        for line in region:
            line.in_column = True
    return newspaper_regions(lines, jumps)


def next_page_number(pages: list[list[Line]]) -> int:
    """The number the next page's lines take: its index among the file's pages, unless a
    page in columns (each of its regions numbered, :func:`page_regions`) went before."""
    numbers = [ln.page for lines in pages for ln in lines[:1]]
    return max(len(pages), max(numbers, default=-1) + 1)


def column_regions(rows: list[Row]) -> list[list[Row]]:
    """The page's glyphs cut into the regions it is read in, in reading order: one region
    (all of them) on a page without columns; else, band by band down the page, each
    column's glyphs, and each line spanning the columns a region of its own."""
    if len(rows) < 40:
        return [rows]
    em = statistics.median(r[3] for r in rows) or 10.0
    lines = _baseline_groups(rows, em)
    gutters = _gutters(lines, em)
    if not gutters:
        return [rows]
    regions: list[list[Row]] = []
    band: list[list[Row]] = [[] for _ in range(len(gutters) + 1)]

    def close_band() -> None:
        regions.extend(column for column in band if column)
        band[:] = [[] for _ in band]

    for line in lines:  # top to bottom
        pieces = _split_at(line, gutters)
        if pieces is None:  # it crosses a gutter: a line over the columns
            close_band()
            regions.append(line)
            continue
        for k, piece in pieces:
            band[k].extend(piece)
    close_band()
    return regions


def _baseline_groups(rows: list[Row], em: float) -> list[list[Row]]:
    """Glyphs grouped by baseline, top to bottom, each group left to right."""
    groups: list[list[Row]] = []
    for row in sorted(rows, key=lambda r: (-r[0], r[1])):
        if groups and abs(groups[-1][0][0] - row[0]) <= 0.35 * max(row[3], groups[-1][0][3]):
            groups[-1].append(row)
        else:
            groups.append([row])
    for group in groups:
        group.sort(key=lambda r: r[1])
    return groups


def _ink(line: list[Row]) -> list[Row]:
    """A line's glyphs that leave ink where a column's edge is told: no spaces, and no
    full-width stop or comma that ends a run of glyphs, which a justified column lets hang
    into the gutter (…全省， out past the column's edge). A comma inside a run is ink: a
    line of one column across the page is set through it, and on a short page (a speech's
    last lines) the commas of a few full lines could line up into a false gutter."""
    return [
        r
        for i, r in enumerate(line)
        if r[4].strip()
        and not (r[4] in _HANGING and (i + 1 == len(line) or line[i + 1][1] - r[2] > 0.5 * r[3]))
    ]


def _gutters(lines: list[list[Row]], em: float) -> list[tuple[float, float]]:
    """The white strips the page's columns stand apart by, left to right: x ranges that
    almost no glyph falls in, with at least :data:`_MIN_COLUMN_LINES` lines stopping at
    their left (a column of prose, justified) and some starting at their right."""
    ink = [r for line in lines for r in _ink(line)]
    if not ink:
        return []
    left = int(min(r[1] for r in ink))
    right = int(max(r[2] for r in ink)) + 1
    cover = [0] * (right - left + 2)
    for line in lines:
        seen = set()
        for r in _ink(line):
            seen.update(range(int(r[1]) - left + 1, max(int(r[2]) - left, int(r[1]) - left + 1)))
        for x in seen:
            cover[x] += 1
    # a masthead or headline line over the columns crosses the gutters: a few may; and a
    # strip out to the page's edge holds a short last column (an article's last lines),
    # whose gutter is where the fewest lines stand
    allowed = max(2, len(lines) // 20)
    strips: list[tuple[float, float]] = []
    for a, b in _runs([n <= allowed for n in cover]):
        if a > 0 and b < len(cover) - 1:
            strips.append((left + a, left + b))
            continue
        least = min(cover[a:b])
        strips.extend(
            (left + a + c, left + a + d) for c, d in _runs([n == least for n in cover[a:b]])
        )
    gutters = []
    for a, b in strips:
        if b - a < 0.6 * em:
            continue
        if a - left < _MIN_COLUMN_EMS * em or right - b < _MIN_COLUMN_EMS * em:
            continue
        ends = sum(1 for line in lines if any(a - 1.5 * em <= r[2] <= a + 1 for r in _ink(line)))
        starts = sum(1 for line in lines if any(b - 1 <= r[1] <= b + 2.5 * em for r in _ink(line)))
        # lines with ink in the column left of it: in prose most reach the gutter (a
        # table's cells wrap short, 放不及时 under 惠农补贴资金发, and are read by rows)
        before = gutters[-1][1] if gutters else left
        inside = sum(
            1 for line in lines if any(before - 1 <= r[1] and r[2] <= a + 1 for r in _ink(line))
        )
        # (a paper's last column may hold only an article's last lines)
        if ends >= _MIN_COLUMN_LINES and starts >= 2 and ends >= 0.6 * inside:
            gutters.append((a, b))
    return gutters


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The [start, end) index ranges where ``flags`` holds."""
    runs = []
    start = None
    for x, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = x
        elif not flag and start is not None:
            runs.append((start, x))
            start = None
    return runs


def _split_at(
    line: list[Row], gutters: list[tuple[float, float]]
) -> list[tuple[int, list[Row]]] | None:
    """A line's glyphs by the column each falls in, or None where one of its glyphs stands
    in a gutter (a line over the columns; a space too: a masthead's 星期五　　第2版 may
    have its white where the gutter runs)."""
    for r in _ink(line) + [r for r in line if not r[4].strip()]:
        if any(r[1] < g1 - 1 and r[2] > g0 + 1 for g0, g1 in gutters):
            return None
    pieces: dict[int, list[Row]] = {}
    for r in line:
        # (by where the glyph starts: a comma hanging into the gutter is its column's)
        k = sum(1 for g0, g1 in gutters if r[1] >= (g0 + g1) / 2)
        pieces.setdefault(k, []).append(r)
    return sorted(pieces.items())


def newspaper_regions(
    regions: list[list[Line]], jumps: Jumps | None = None
) -> tuple[list[list[Line]], dict[str, str]]:
    """A page in columns as a paper prints it, cut down to its speech: the masthead band
    over the columns (the paper's name, 第N版, the issue's date) dropped, its date and name
    kept as hints (the issue's date, not the speech's), and where the page holds several
    articles only the one that is the speech kept (a headline run over ——在…上的讲话 or
    致辞; else, on a paper's page, the longest). Other pages come back as they are.

    A speech the paper broke off with 下转第N版 goes on, on page N of the same file, in the
    piece opening with 上接…版: that piece is kept there, whatever else the page holds
    (``jumps`` carries the page it went on to). The jump marks themselves are dropped."""
    hints: dict[str, str] = {}
    jumps = jumps if jumps is not None else Jumps()
    masthead = _masthead(regions)
    page = None
    if masthead:
        text = " ".join(ln.text for region in regions[:masthead] for ln in region)
        date = _ISSUE_DATE.search(text)
        if date:
            y, m, d = (int(g) for g in date.groups())
            hints["published"] = f"{y:04d}-{m:02d}-{d:02d}"
        page = edition(text)
        regions = regions[masthead:]
    articles = _articles(regions)
    going_on = [a for a in articles if _continues(a)]
    if jumps.to is not None and going_on and page in (None, jumps.to):
        chosen = going_on[0]
        jumps.to = None  # (unless it breaks off again)
    elif len(articles) < 2:
        return _kept(regions, {id(ln) for region in regions for ln in region}, jumps), hints
    else:
        speech = [a for a in articles if _is_speech(a)]
        newspaper = masthead or any(_NEWS_LEAD.match(ln.text) for a in articles for ln in a[:8])
        if len(speech) == 1:
            chosen = speech[0]
        elif newspaper and not speech:
            chosen = max(articles, key=lambda a: sum(len(ln.text) for ln in a))
        else:
            return _kept(regions, {id(ln) for region in regions for ln in region}, jumps), hints
    return _kept(regions, {id(ln) for ln in chosen}, jumps), hints


def _continues(article: list[Line]) -> bool:
    """Whether an article is the rest of one broken off on an earlier page (上接第1版)."""
    return any((j := jump(ln.text)) is not None and j[0] == "from" for ln in article[:2])


def _kept(regions: list[list[Line]], keep: set[int], jumps: Jumps) -> list[list[Line]]:
    """The regions' lines in ``keep``, without the paper's jump marks; ``jumps`` learns the
    page a kept line says the text goes on to (下转第N版)."""
    out = []
    for region in regions:
        lines = []
        for ln in region:
            if id(ln) not in keep:
                continue
            mark = jump(ln.text)
            if mark is not None:
                if mark[0] == "on":
                    jumps.to = mark[1]
                ln.text = without_jumps(ln.text)
                if not ln.text.strip():
                    continue
            lines.append(ln)
        if lines:
            out.append(lines)
    return out


def _masthead(regions: list[list[Line]]) -> int:
    """How many regions at the page's head are a paper's masthead: those before the first
    column region of body type, when one of them names an issue (第N版, 星期五, 主办…)."""
    lines = [ln for region in regions for ln in region]
    if not lines:
        return 0
    em = statistics.median(ln.height for ln in lines)
    head = 0
    for region in regions:
        if len(region) >= 3 and statistics.median(ln.height for ln in region) <= 1.1 * em:
            break
        head += 1
    if head == 0 or head == len(regions):
        return 0
    if any(_MASTHEAD.search(ln.text) for region in regions[:head] for ln in region):
        return head
    return 0


def _articles(regions: list[list[Line]]) -> list[list[Line]]:
    """The page's lines in reading order cut before each headline: a run of lines set at
    least a third larger than the body type opens an article, as does a 上接第N版 line."""
    lines = [ln for region in regions for ln in region]
    if not lines:
        return []
    em = statistics.median(ln.height for ln in lines)
    articles: list[list[Line]] = []
    prev_head = False
    for ln in lines:
        head = ln.height >= 1.3 * em
        # (the rest of an article broken off on an earlier page opens with 上接第N版, under
        # no headline of its own)
        resumed = (mark := jump(ln.text)) is not None and mark[0] == "from"
        if (head and not prev_head or resumed) and articles and articles[-1]:
            articles.append([])
        if not articles:
            articles.append([])
        articles[-1].append(ln)
        prev_head = head
    return articles


def _is_speech(article: list[Line]) -> bool:
    """Whether an article is a speech: its headline run, or the few lines under it, name
    the occasion it was given at (——在…上的讲话, 在…上的致辞)."""
    return any(_SPEECH_TITLE.search(ln.text) for ln in article[:5])
