"""Cleaning: take out web and print clutter, then join lines broken inside sentences.

The steps, in order:

1. normalise each line: strip ASCII/full-width indentation and zero-width characters, read
   small and vertical forms of punctuation (﹖ ︓) as the ordinary marks,
   remove inline marks (``[bookmark: …]``), turn Markdown ``#`` headings into heading hints;
2. drop clutter lines (see :mod:`drafter.corpus.boilerplate`), a web page's related-links
   tail, and a scraped summary line that repeats the beginning of the text;
3. join broken lines (see :mod:`drafter.corpus.reflow`); blank lines separate paragraphs.

Everything taken out is kept in ``removed`` with its reason, so that metadata can still read
a 来源 line or compare the summary's date with the document's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate

from drafter.corpus.boilerplate import (
    SIZE_OPENERS,
    SIZE_WORDS,
    classify_line,
    is_banner,
    is_label_only,
    is_nav_bar,
    is_tail_marker,
    nav_steps,
    strip_inline,
)
from drafter.corpus.char_blocks import holds_block
from drafter.corpus.emphasis import mark_bold_starts
from drafter.corpus.glued_runs import (
    RunStarts,
    ends_in_run_heading,
    expected_in_run,
    lists_inline,
    next_inline,
    split_run_headings,
)
from drafter.corpus.markers import (
    DI,
    YISHI,
    approximate_number,
    match_marker,
    match_part,
    renumber,
)
from drafter.corpus.model import Block
from drafter.corpus.reflow import (
    CONTINUATION_START,
    DANGLING_END,
    DATE_FIRST,
    DATE_START,
    FINAL,
    LIST_NEXT,
    approximate_goes_on,
    ends_sentence,
    genre_end,
    should_join,
    wrap_width,
)

_STRIP = " \t\r\n\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u202f\u205f\ufeff\u2060\x0b\x0c"
_INDENT = frozenset(" \t\u3000\u00a0")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_INLINE_EDITOR = re.compile(
    r"[（(\[【](?:责任编辑|编辑|责编)[：:]\s*(?:[\u4e00-\u9fff]\s?){2,4}[）)\]】]$"
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+")  # the text after it: _md_heading_text
# a title line typed carelessly at the top: "##推动行政服务变革" (no space), "#3 关于…" (a
# digit left of "### " by a converter); a "#话题#" tag has a second "#" and stays text
_MD_TOP_HEADING = re.compile(r"^(#{1,6})(?:\d\s+|(?=[\u4e00-\u9fff“《（]))")
_SUMMARY_END = ("...", "…", "……", "。。。")
_LEAD_LABELS = (
    "导读：",
    "导读:",
    "摘要：",
    "摘要:",
    "内容摘要：",
    "核心提示：",
    "【导读】",
    "【摘要】",
)


@dataclass
class CleanResult:
    """Cleaned blocks with the warnings to show, and what was removed (with the reason) so metadata
    can still read source lines from it.
    """

    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    # What cleaning took out, as (reason, block): metadata still reads 来源 lines and the
    # scraped summary line (for date conflicts) from here.
    removed: list[tuple[str, Block]] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    block: Block
    gap: bool  # blank lines stood before it
    page_break: bool = False  # a page number stood before it
    indent: bool = False  # it began with spaces or a full-width indent
    # its paragraph's indent stood alone on the line above: a page set its first words
    # apart (bold), and the copy broke the line there (see :mod:`.emphasis`)
    bold: bool = False
    # a line of nothing but a zero-width space stood right before it (see _normalise)
    inline_break: bool = False


def hard_wrapped(blocks: list[Block]) -> bool:
    """Whether a file's paragraphs are the lines of a hard-wrapped text (a page with a
    <br> every 35 characters, a text pasted into Word line by line): then they are re-joined
    as lines are, not kept as paragraphs."""
    texts = [b.text.strip() for b in blocks if b.kind == "text" and b.heading_level is None]
    return len(texts) >= 12 and wrap_width(texts) is not None


def clean_blocks(blocks: list[Block], paragraphs: bool = False) -> CleanResult:
    """Clean a reader's blocks; see the module docstring for the steps.

    ``paragraphs`` says each block is a real paragraph of its format (Word): every
    boundary then counts as a blank line, so a paragraph is only re-joined to the next
    where it was plainly cut mid-sentence (text pasted into Word with hard breaks), as in
    a text file with blank lines between paragraphs.
    """
    removed: list[tuple[str, Block]] = []
    lines = _join_split_marks(_normalise(blocks, paragraphs))
    near_pages: set[str] = set()
    lines = _drop_clutter(lines, removed, near_pages)
    lines = _drop_column_names(lines, removed)
    if near_pages:
        lines = _drop_running_headers(lines, near_pages, removed)
    lines = _drop_tail(lines, removed)
    lines = _drop_summary(lines, removed)
    return CleanResult(_split_glued(_reflow(lines, paragraphs), paragraphs), [], removed)


def _split_glued(blocks: list[Block], paragraphs: bool) -> list[Block]:
    """Split off what was typed onto the end of a paragraph: a numbered heading (by its
    shape, then by the run it completes: :mod:`drafter.corpus.glued_runs`), then an
    unnumbered title, then a named part (序言二, 跋), then a speaker's name line. The
    paragraphs each may end in are found in one look at every paragraph's end
    (:func:`_glued_ends`) instead of one for each kind; where a split moves the paragraphs
    (seldom), the later kinds look again."""
    heads, titles, numerals = _glued_ends(blocks, paragraphs)
    # the short forms by their shape, then any numbered heading by the run it completes
    out = split_run_headings(_split_glued_headings(blocks, paragraphs, heads))
    if out is not blocks:
        out = _split_glued_counted_parts(_split_glued_titles(out))
    elif (out := _split_glued_titles(blocks, titles)) is not blocks:
        out = _split_glued_counted_parts(out)
    else:
        out = _split_glued_counted_parts(blocks, numerals)
    return _split_glued_speakers(out)


def _glued_ends(blocks: list[Block], paragraphs: bool) -> tuple[list[int], list[int], list[int]]:
    """The paragraphs that may end in a numbered heading typed onto them (a stop then a
    marker's first character near the end: :func:`_may_end_in_heading`), in an unnumbered
    title (longer than 20 characters, not ending in punctuation: :func:`_split_glued_titles`)
    and in a named part (a numeral or a part name last: :func:`_split_glued_counted_parts`)."""
    heads: list[int] = []
    titles: list[int] = []
    numerals: list[int] = []
    hint, word, tail = _GLUED_HINT.search, _GLUED_HINT_WORD.search, _WORD_TAIL
    for i, b in enumerate(blocks):
        t = b.text
        n = len(t)
        last = t[-1:]
        if last in _PART_ENDS:
            numerals.append(i)
        if n < 20:
            continue
        # _GLUED_HINT's stop has a character after it, within the last 46: nine paragraphs
        # in ten hold none there but their final one, and are answered without the search
        w = t[-46:-1]
        if (
            ("。" in w or "！" in w or "？" in w)
            and hint(t, n - 46) is not None
            or paragraphs
            and word(t, n - tail) is not None
        ):
            heads.append(i)
        if n > 20 and (last not in _ENDINGS or last == "”"):
            titles.append(i)
    return heads, titles, numerals


# a named part, counted by a numeral (序言一 / 序言二) or not (跋), typed onto the end of a
# paragraph (the names of title_lines.NAMED_PARTS)
_GLUED_COUNTED = re.compile(
    r"(?<=[。！？])\s*((引言|导言|前言|序言|序|跋|绪论|结论|结语|开幕词|闭幕词|后记|附言)"
    r"([一二三四五六七八九十]{1,2})?)$"
)
_NAMED_ALONE = re.compile(
    r"(?:引言|导言|前言|序言|序|跋|绪论|结论|结语|开幕词|闭幕词|后记|附言)[一二三四五六七八九十]{0,2}"
)


def _split_glued_counted_parts(
    blocks: list[Block], numerals: list[int] | None = None
) -> list[Block]:
    """ "…了不起的工作。序言二": the second of two counted parts typed onto the paragraph
    before it, split off when another of the same name stands alone (序言一); a name with a
    numeral at a paragraph's end with no such sibling stays text. A named part without a
    numeral ("…这就是我的志愿。跋") is split off when another named part stands alone (序):
    prose never ends a paragraph on such a word after its full stop. ``numerals``: the
    paragraphs ending in a numeral or a part name's last character, when known
    (:func:`_glued_ends`)."""
    if numerals is None:
        numerals = [i for i, b in enumerate(blocks) if b.text[-1:] in _PART_ENDS]
    if not any(_GLUED_COUNTED.search(blocks[i].text) for i in numerals):
        return blocks  # no paragraph ends so (the common case: no line is squeezed)
    alone = {re.sub(r"[ \u3000]+", "", b.text) for b in blocks if len(b.text) <= 12}
    out: list[Block] = []
    for b in blocks:
        m = _GLUED_COUNTED.search(b.text) if b.text[-1:] in _PART_ENDS else None
        if m is None or not any(
            a != m.group(1)
            and (
                a.startswith(m.group(2)) and a[len(m.group(2)) :] in _NUMERALS
                if m.group(3)
                else _NAMED_ALONE.fullmatch(a) is not None
            )
            for a in alone
        ):
            out.append(b)
            continue
        out += [replace(b, text=b.text[: m.start(1)].rstrip()), Block(m.group(1))]
    return out


_NUMERALS = frozenset("一二三四五六七八九十")
_PART_ENDS = _NUMERALS | frozenset("言序跋论语词记")  # last characters of part names


def _md_heading_text(rest: str) -> str:
    """A ``#`` heading's text without its closing hashes and spaces. String operations:
    the lazy regular expression this replaces was quadratic on a line of many spaces."""
    return rest.rstrip("#").rstrip()


# Small form variants (U+FE50–FE6B), vertical forms (U+FE10–FE19) and the vertical
# presentation forms of brackets (U+FE30–FE44): typographic variants of the ordinary
# full-width punctuation that text converted from Big5 or set vertically carries
# (华为怎么办﹖). Read as the ordinary marks, so that a sentence ends at ﹖ and a heading's
# text is what its reader sees; NFKC would turn them into ASCII instead.
_VARIANT_FORMS = str.maketrans(
    "﹐﹑﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫"
    "︐︑︒︓︔︕︖︗︘︙"
    "︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄",
    "，、；：？！（）｛｝〔〕＃＆＊＋－＜＞＝＼＄％＠"
    "，、。：；！？〖〗…"
    "（）｛｝〔〕【】《》〈〉「」『』",
)
_HAS_VARIANT = re.compile("[\ufe10-\ufe19\ufe35-\ufe44\ufe50-\ufe6b]")


def _has_variant(text: str) -> bool:
    """``_HAS_VARIANT.search(text)``, asked only of a text holding a character of its block
    U+FE00–FEFF (found in C, :mod:`.char_blocks`): most texts hold none."""
    return holds_block(text, 0xFE) and _HAS_VARIANT.search(text) is not None


def _normalise(blocks: list[Block], paragraphs: bool = False) -> list[_Line]:
    out: list[_Line] = []
    append = out.append
    gap = False
    lone_indent = False  # the line before held nothing but a paragraph's indent
    zero_width = False  # the line before held nothing but a zero-width space
    strip, indent_chars = _STRIP, _INDENT
    # one search over the whole text: most texts have no variant form, and then no line
    # needs its own search
    variants = _has_variant("".join([b.text for b in blocks]))
    for b in blocks:
        raw = b.text
        if not raw:  # an empty line (half the lines of a text file): a paragraph break
            gap = True
            lone_indent = False
            continue
        text = raw.strip(strip)
        if not text:
            if raw and not raw.strip(_ZERO_WIDTH):
                # a line of nothing but a zero-width space, right between two pieces: an
                # inline element a scraped page broke out ("…今年预期目标设定" / "\u200b" /
                # "为6%以上…"), not a blank line between paragraphs (a blank line still is)
                zero_width = not gap
                continue
            gap = True
            lone_indent = raw[:1] in indent_chars and not paragraphs
            continue
        if variants and _HAS_VARIANT.search(text):
            text = text.translate(_VARIANT_FORMS)
        if "[bookmark" in text:
            text = strip_inline(text).strip(strip)
            if not text:
                gap = True
                continue
        if text[-1] in "）)]】" and "编" in text and len(text) > 12:
            # "…新台阶！（责任编辑：王丽）": the page's editor signed at the end of the text
            text = _INLINE_EDITOR.sub("", text).rstrip(strip) or text
        level = b.heading_level
        if text[0] == "#" and level is None:
            m = _MD_HEADING.match(text)
            if m is None and len(out) < 3 and "#" not in text.lstrip("#"):
                m = _MD_TOP_HEADING.match(text)
            heading = _md_heading_text(text[m.end() :]) if m else ""
            if heading:
                level, text = len(m.group(1)), heading
        if text is not raw and (text != raw or level != b.heading_level):
            # (built directly: dataclasses.replace reads every field anew, a line at a time)
            b = Block(text, level, b.numbering, b.kind, b.bold)
        # one ASCII space is a space a hard wrap carried to the line start ("IT" / " S&P"),
        # not an indent (two spaces, a tab or a full-width space)
        indent = raw[0] in indent_chars and (raw[0] != " " or raw[1:2] in indent_chars)
        append(_Line(b, gap, False, indent, lone_indent and not indent, zero_width and not gap))
        gap = paragraphs
        lone_indent = zero_width = False
    return out


_MARK_OPEN = frozenset("[［〔")
_MARK_CLOSE = frozenset("]］〕")


def _join_split_marks(lines: list[_Line]) -> list[_Line]:
    """Put a note mark a page broke over three lines ("…会议" / "[" / "1" / "]" /
    "以来的工作…") back after its word as "[1]", and the sentence it stood in back together:
    left apart, the brackets went as page widgets and the digit stood alone as a line."""
    n = len(lines)
    if _MARK_OPEN.isdisjoint([x.block.text for x in lines]):
        return lines  # (no line is a bracket alone: the common case)
    out: list[_Line] = []
    i = 0
    while i < n:
        t = lines[i].block.text
        if (
            t in _MARK_OPEN
            and out
            and i + 2 < n
            and len(lines[i + 1].block.text) <= 3
            and lines[i + 1].block.text.isdigit()
            and lines[i + 2].block.text in _MARK_CLOSE
            and not (lines[i].gap or lines[i + 1].gap or lines[i + 2].gap)
        ):
            prev = out[-1]
            text = f"{prev.block.text}[{lines[i + 1].block.text}]"
            i += 3
            nxt = lines[i] if i < n else None
            if nxt is not None and not nxt.gap and not ends_sentence(prev.block.text):
                text += nxt.block.text  # the sentence goes on after its mark
                i += 1
            b = prev.block
            out[-1] = _Line(
                replace(b, text=text),
                prev.gap,
                prev.page_break,
                prev.indent,
            )
            continue
        out.append(lines[i])
        i += 1
    return out


def _drop_clutter(
    lines: list[_Line], removed: list[tuple[str, Block]], near_pages: set[str]
) -> list[_Line]:
    """Drop clutter lines; the short lines standing next to a page number go into
    ``near_pages`` (candidates for a running header)."""
    out: list[_Line] = []
    i = 0
    n = len(lines)
    in_size_switch = False
    parts = _part_numbers(lines)
    titles: list[str] = []  # title-like lines kept at the top, squashed
    title_firsts: set[str] = set()  # their first characters
    while i < n:
        line = lines[i]
        text = line.block.text
        if i >= 30 and (len(text) > 90 or len(text) > 20 and text[-1] in "。！？；"):
            # past the top, a long line or a sentence: no rule below takes it (the checks
            # below would all say so; most lines of a long text are answered here)
            in_size_switch = text[0] in _SIZE_FIRST and text.startswith(SIZE_OPENERS)
            out.append(line)
            i += 1
            continue
        if in_size_switch and text in SIZE_WORDS:
            removed.append(("boilerplate", line.block))
            i += 1
            continue
        in_size_switch = text[0] in _SIZE_FIRST and text.startswith(SIZE_OPENERS)
        label = is_label_only(text) if len(text) <= 8 else None
        if label and i + 1 < n and _is_label_value(label, lines[i + 1].block.text):
            # "来源：" then "四川日报": one removed line with the value, as a page shows it
            removed.append((label, Block(text + lines[i + 1].block.text)))
            i += 2
            continue
        title_like = i < 30 and _is_title_like(text)  # (asked once: read again below)
        if title_like and any(x.block.text == text for x in out[-12:]):
            removed.append(("boilerplate", line.block))  # a page repeating its title
            i += 1
            continue
        repeated = (
            _repeats_title(lines, i, titles)
            # (a paragraph Word numbers is a heading sharing the title's words — 3、 and
            # 希望寄托在你们身上 under that title — not the title shown again)
            if titles and i < 30 and text[:1] in title_firsts and not line.block.numbering
            else 0
        )
        if repeated:
            # the page's title again at the top of its text, perhaps over two lines or
            # with a note mark ("…的报告*"): shown once
            removed.extend(("boilerplate", x.block) for x in lines[i : i + repeated])
            i += repeated
            continue
        if text in (">", "›", "»"):
            # a breadcrumb split over lines: 首页 / > / 政务信息 / > / 宁夏要闻
            removed.append(("boilerplate", line.block))
            if i + 1 < n and len(lines[i + 1].block.text) <= 12:
                removed.append(("boilerplate", lines[i + 1].block))
                i += 1
            i += 1
            continue
        reason = classify_line(text) or ("boilerplate" if i < 15 and is_banner(text) else None)
        if reason == "page-number" and line.block.heading_level is not None:
            reason = None  # "## 1": a part number the file marks as a heading
        if (
            reason is None
            and line.block.heading_level is None
            and i not in parts
            and text.isdigit()
            and len(text) <= 4
            and line.gap
            and i + 1 < n
            and lines[i + 1].gap
        ):
            reason = "page-number"  # a bare number standing between blank lines
        if reason is None and i in parts:
            # a part number: hinted as a heading, as "## 1" in Markdown (the outline takes
            # a bare arabic number in plain text for a page number otherwise)
            line = _Line(Block(text, 2, line.block.numbering, line.block.kind), line.gap)
        if (
            reason == "boilerplate"
            and i < _BANNER_TOP
            and len(out) == 1
            and is_nav_bar(text)
            and _site_name_line(out[0])
        ):
            # the page's first line, right above its navigation: the site's name
            # ("某某县人民政府" over "网站首页 | 政务公开 | …"), not a line of the title
            removed.append(("boilerplate", out.pop().block))
        if reason:
            removed.append((reason, line.block))
            if reason == "page-number":
                if out and len(out[-1].block.text) <= _RUNNING_MAX:
                    near_pages.add(out[-1].block.text)
                if i + 1 < n and len(lines[i + 1].block.text) <= _RUNNING_MAX:
                    near_pages.add(lines[i + 1].block.text)
            if reason == "page-number" and i + 1 < n:
                # a page break does not end a paragraph: the blank lines around it are layout
                nxt = lines[i + 1]
                lines[i + 1] = _Line(nxt.block, False, True, nxt.indent)
            i += 1
            continue
        out.append(line)
        if i < 30 and (line.block.kind == "title" or title_like):
            titles.append(_TITLE_MARKS.sub("", text))  # for a page repeating its title
            title_firsts.add(titles[-1][:1])
        i += 1
    return out


_RUNNING_MAX = 40
_SIZE_FIRST = frozenset(w[0] for w in SIZE_OPENERS)  # (a quick answer for most lines)
_BANNER_TOP = 6  # lines: where a page's navigation follows the site's name


def _site_name_line(line: _Line) -> bool:
    """Whether the page's first line can be a site's name: short, no punctuation, not the
    page's title (no <title> mark, no genre at its end, not opening as a title does)."""
    text = line.block.text
    return (
        len(text) <= 24
        and line.block.kind != "title"
        and line.block.heading_level is None
        and not _NAME_PUNCT.search(text)
        and not genre_end(text)
        and not text.startswith(("在", "关于", "《"))
    )


_NAME_PUNCT = re.compile(r"[，。；：！？、,;:!?“”《》]")

_COLUMN_TOP = 30  # lines: a page's column name stands over its article


def _drop_column_names(lines: list[_Line], removed: list[tuple[str, Block]]) -> list[_Line]:
    """Drop a page's column name standing alone at the top ("领导之窗" over the article) when
    the page's breadcrumb or menu bar, taken out as clutter, names it as a column on the way
    to the article ("当前位置：首页 > 领导之窗 > 领导讲话"). A breadcrumb's last step is the page
    itself (perhaps the article's title), so it never counts."""
    columns: set[str] = set()
    for reason, block in removed:
        text = block.text.strip()
        if reason != "boilerplate" or len(text) > 90:
            continue
        steps = nav_steps(text)
        if len(steps) < 3 or steps[0] not in _HOME_STEPS:
            continue
        ends_page = not _MENU_BAR.search(text)  # a menu's every item is a column
        for step in steps[1 : -1 if ends_page else None]:
            if 2 <= len(step) <= 8 and step not in _NOT_COLUMN:
                columns.add(step)
    if not columns:
        return lines
    out: list[_Line] = []
    for i, line in enumerate(lines):
        if i < _COLUMN_TOP and line.block.text.strip() in columns:
            removed.append(("boilerplate", line.block))
            continue
        out.append(line)
    return out


_HOME_STEPS = frozenset(("首页", "网站首页", "主页"))
_NOT_COLUMN = _HOME_STEPS | {"正文", "返回首页"}  # steps that are never a column
_MENU_BAR = re.compile(r"^\S{1,6}(?:\s*[|｜丨]\s*\S{1,8}){2,}$")


def _part_numbers(lines: list[_Line]) -> set[int]:
    """Indices of bare numbers that number the parts of the text ("1", "2" … each alone on
    a line after a finished sentence), not its pages. Both run 1, 2, 3; a page break falls
    anywhere, mostly inside a sentence, while a part begins after one. So: at least two
    bare numbers, in order from 1 or 2, each after a line that ends a sentence."""
    found = [
        i
        for i, line in enumerate(lines)
        if len(line.block.text) <= 2
        and line.block.text.isdigit()
        and line.block.heading_level is None
    ]
    if len(found) < 2:
        return set()
    values = [int(lines[i].block.text) for i in found]
    steps = [b - a for a, b in zip(values, values[1:])]
    if values[0] > 2 or any(step not in (1, 2) for step in steps) or steps.count(2) > 1:
        return set()  # in order; one number may be missing (typed onto a paragraph)
    if any(i == 0 or not ends_sentence(lines[i - 1].block.text) for i in found):
        return set()
    return set(found)


def _drop_running_headers(
    lines: list[_Line], near_pages: set[str], removed: list[tuple[str, Block]]
) -> list[_Line]:
    """Drop a printout's running header or footer ("青川市人民政府公报　2025年第4期"): a
    short line that stands next to a page number and comes back at least once more. A
    heading repeated under each part ("存在问题") never stands by a page number twice."""
    counts: dict[str, int] = {}
    for x in lines:
        if x.block.text in near_pages:
            counts[x.block.text] = counts.get(x.block.text, 0) + 1
    running = {
        t for t, c in counts.items() if c >= 2 and match_marker(t) is None and not ends_sentence(t)
    }
    if not running:
        return lines
    out: list[_Line] = []
    carry = False  # a page break stood before a dropped line: it belongs to the next one
    for x in lines:
        if x.block.text in running:
            removed.append(("running-header", x.block))
            carry = carry or x.page_break
            continue
        if carry:
            x = _Line(x.block, False, True, x.indent)
            carry = False
        out.append(x)
    return out


_TITLE_MARKS = re.compile(r"[\s\u3000*＊]+|\[\d+\]")


def _repeats_title(lines: list[_Line], i: int, titles: list[str]) -> int:
    """How many lines from ``i`` (one to three) repeat, joined, a title line kept above
    them (a Word/page title or a title-like line, squashed in ``titles``); 0 when they do
    not."""
    joined = ""
    for k in range(i, min(i + 3, len(lines))):
        joined += _TITLE_MARKS.sub("", lines[k].block.text)
        if len(joined) < 4:
            continue
        if joined in titles[-12:]:
            return k - i + 1
        if not any(t.startswith(joined) for t in titles[-12:]):
            return 0
    return 0


def _is_title_like(text: str) -> bool:
    """A title or date line, which a web page may show twice at its top."""
    return 6 <= len(text) <= 60 and bool(
        genre_end(text)
        # (DATE_START tried only where its match can start: most lines are answered here)
        or (text[0] in DATE_FIRST or text[0].isspace())
        and DATE_START.match(text)
    )


def _is_label_value(label: str, value: str) -> bool:
    """Whether ``value`` is the value of a label standing alone on the line before."""
    if len(value) > 24 or classify_line(value) or value.startswith(SIZE_OPENERS):
        return False
    if label == "source":
        return not any(ch in value for ch in "。，；！？")
    return value[:1].isdigit()


def _drop_tail(lines: list[_Line], removed: list[tuple[str, Block]]) -> list[_Line]:
    """Cut a web page's tail ("相关报道：" and the links after it) in the last part."""
    seen = list(accumulate([len(x.block.text) for x in lines]))  # characters up to each line
    total = seen[-1] if seen else 0
    # (from the first line past half of the text's characters: the tail is looked for there)
    for i in range(bisect_right(seen, total * 0.5), len(lines)):
        text = lines[i].block.text
        if len(text) <= 12 and is_tail_marker(text):  # (its length first: no call for most)
            removed.extend(("boilerplate", x.block) for x in lines[i:])
            return lines[:i]
    return lines


def _drop_summary(lines: list[_Line], removed: list[tuple[str, Block]]) -> list[_Line]:
    """Drop a scraped summary line: a long first line ending in "..." whose text is repeated
    by the lines after it (title, speaker, the first paragraph run together)."""
    for i in range(min(3, len(lines))):
        text = lines[i].block.text
        if i == 0 and text.startswith(_LEAD_LABELS) and len(text) >= 12:
            # (under the title the same label opens an editor's note: see apparatus.py)
            # a site's lead-in above the document ("导读：近日，…以下为讲话全文。")
            removed.append(("summary", lines[i].block))
            return lines[:i] + lines[i + 1 :]
        if len(text) < 30 or not text.endswith(_SUMMARY_END):
            continue
        body = "".join(x.block.text for x in lines[i + 1 : i + 40])
        core = text.rstrip(".…。")
        grams = [core[j : j + 6] for j in range(0, max(1, len(core) - 6), 3)]
        hits = sum(1 for g in grams if g in body)
        if grams and hits >= 0.6 * len(grams):
            removed.append(("summary", lines[i].block))
            return lines[:i] + lines[i + 1 :]
    return lines


def _reflow(lines: list[_Line], paragraphs: bool = False) -> list[Block]:
    width = wrap_width([x.block.text for x in lines])
    indents = sum([x.indent for x in lines])  # (True is 1)
    # In a hard-wrapped text whose paragraphs begin with an indent, the indent alone says
    # where a paragraph starts, whatever the line before ends with.
    by_indent = width is not None and 0.03 * len(lines) <= indents <= 0.6 * len(lines)
    # copied with a blank line after every line: then only the indent marks a paragraph
    gappy_all = sum([x.gap for x in lines]) >= 0.8 * len(lines)
    gappy = by_indent and gappy_all
    blank_ends = width is not None and not gappy_all and _blank_lines_end_paragraphs(lines, width)
    inline_breaks = _inline_breaks_join(lines)
    out: list[Block] = []
    bold: list[int] = []  # blocks whose first words the page set apart
    inside: list[int] = []  # blocks whose second line starts unindented right under the first
    prev_hinted = True
    last_piece = 0  # length of the last physical line glued into out[-1]
    runs: list[RunStarts] = []  # where numbered runs open lines, made when first asked

    def run_starts() -> RunStarts:
        if not runs:
            runs.append(RunStarts([x.block for x in lines]))
        return runs[0]

    for k, line in enumerate(lines):
        b = line.block
        hinted = b.heading_level is not None or b.numbering is not None or b.kind != "text"
        if out and not hinted and not prev_hinted:
            if inline_breaks and line.inline_break and match_marker(b.text) is None:
                joined = True  # "…健全数字规则。" / "\u200b" / "强化反垄断…": one paragraph
            elif width is None and not line.page_break:
                # what _continues comes to in a text of whole lines (its other rules read
                # the width or a page break), without a call for each line; most pairs
                # are plainly apart (reflow.plainly_apart, written out here)
                prev, t = out[-1].text, b.text
                if (
                    t[0] not in CONTINUATION_START
                    and prev[-1] in FINAL
                    and not (prev[-1] in "；;" and t[0] in LIST_NEXT)
                ):
                    joined = False
                else:
                    joined = should_join(prev, t, line.gap, None)
            elif by_indent:
                nxt = lines[k + 1] if k + 1 < len(lines) else None
                joined = _continues_indented(
                    out[-1].text, last_piece, line, width, gappy, nxt, lines[k - 1].indent
                )
            else:
                joined = _continues(out[-1].text, line, width, last_piece, gappy_all, blank_ends)
            if (
                joined
                and (paragraphs or width is None or last_piece < 0.85 * width)
                and (
                    _ends_in_glued_heading(out[-1].text, paragraphs)
                    or paragraphs
                    and _GLUED_TITLE.search(out[-1].text[-31:]) is not None
                    or ends_in_run_heading(out[-1].text, k - 1, run_starts)
                    or out[-1].text[-1] in _PART_ENDS
                    and _GLUED_COUNTED.search(out[-1].text, len(out[-1].text) - 6) is not None
                )
            ):
                # "…提出意见。一、2025年工作回顾", and in Word "…肃清。关于单纯军事观点"
                # or "…有其根据。（6）相持阶段是战争的枢纽" between （5） and （7）: a title
                # typed onto the paragraph ends it (a hard-wrapped line that is full ends
                # anywhere: "…的过程。十" / "八大以来…")
                joined = False
            if joined:
                last = out[-1]
                out[-1] = replace(last, text=_glue(last.text, b.text))
                last_piece = len(b.text)
                if width is None and not line.indent and lines[k - 1].indent:
                    inside.append(len(out) - 1)  # its bold words start after a few others
                continue
        if line.bold:
            bold.append(len(out))
        out.append(b)
        last_piece = len(b.text)
        prev_hinted = hinted
    return mark_bold_starts(out, bold, inside)


def _continues(
    prev: str,
    line: _Line,
    width: int | None,
    last_piece: int = 0,
    gappy: bool = False,
    blank_ends: bool = False,
) -> bool:
    text = line.block.text
    if line.page_break and not ends_sentence(prev) and match_marker(text) is None:
        return True  # a paragraph running on over a page break
    if blank_ends and not line.gap and width is not None and last_piece >= 0.85 * width:
        # blank lines end this text's paragraphs: a full line with none after it goes on,
        # even where a sentence ended exactly at the margin ("…原则。" / "支持香港…")
        return True
    if (
        line.gap
        and not gappy
        and width is not None
        and last_piece > 0
        and prev[-1] not in DANGLING_END
        and text[0] not in CONTINUATION_START
        and not _marker_alone(prev)
    ):
        # in a hard-wrapped text whose blank lines stand between paragraphs (not after
        # every line), a blank line ends a paragraph even without a full stop: the end
        # of a long heading ("…那末，它的" / "结果，不是机会主义，便是盲动主义"); only a
        # line left open (on 的, a comma) or a particle after it goes on
        return False
    if (
        width is not None
        and last_piece >= 0.85 * width
        and not line.gap
        and approximate_goes_on(prev, text, full=True)
    ):
        return True  # "二、…要瞄准" cut at the width, "二、三十年后的目标…": a number in prose
    if (
        width is not None
        and last_piece >= 0.85 * width
        and not line.gap
        and not ends_sentence(prev)
        and prev[-1] not in "”’」』）)》"
        and ("，" in prev or "。" in prev)
        and (
            not _is_heading_line(prev)
            # a numbered paragraph whose first sentence runs on: the next line is full
            # too, or ends that sentence ("1、在支付方式的应用上，…宁愿采用成熟" /
            # "的、传统的支付方式…"); a heading's own tail would be short and open
            or len(text) >= 0.85 * width
            or ends_sentence(text)
        )
    ):
        # prose cut at the full width goes on, even where the cut put "一、" at the start
        # of the next line ("…必须落实占一补一、" / "占优补优。"): no paragraph ends without
        # its full stop
        return True
    return should_join(prev, text, line.gap, width)


def _inline_breaks_join(lines: list[_Line]) -> bool:
    """Whether the zero-width lines of a text stand inside its paragraphs: the text ends
    its paragraphs with blank lines (three or more for each zero-width line), so a
    zero-width line, which is no blank line, joins its two pieces whatever the first ends
    with; a page that sets a zero-width line between all of its paragraphs does not."""
    breaks = sum([x.inline_break for x in lines])
    return breaks > 0 and sum([x.gap for x in lines]) >= _GAPS_PER_BREAK * breaks


_GAPS_PER_BREAK = 3


def _blank_lines_end_paragraphs(lines: list[_Line], width: int) -> bool:
    """Whether a blank line follows (nearly) every plain paragraph end of a hard-wrapped
    text: a short line ending a sentence. Then a full line with no blank line after it
    never ends a paragraph, whatever it ends with."""
    ends = followed = 0
    for k in range(len(lines) - 1):
        text = lines[k].block.text
        if len(text) < 0.7 * width and ends_sentence(text) and len(text) > 8:
            ends += 1
            followed += lines[k + 1].gap
    return ends >= 5 and followed >= 0.9 * ends


def _marker_alone(text: str) -> bool:
    """ "一是" on its own line, its text on the next."""
    m = match_marker(text)
    return m is not None and not m.rest.strip()


def _continues_list(prev: str, m) -> bool:
    """Whether the marker ``m`` goes on with a list in the paragraph ``prev``: 一是/第一
    anywhere in it, other families written inside it ("…原则是：（1）…"), not heading it
    (a paragraph that begins "（一）…" is the sibling before a new "（二）")."""
    before = renumber(m.text, m.ordinal - 1)
    if m.family in (YISHI, DI):
        return before in prev
    return before in prev[1:]


def _continues_indented(
    prev: str,
    last_piece: int,
    line: _Line,
    width: int | None,
    gappy: bool = False,
    nxt: _Line | None = None,
    indented: bool = False,
) -> bool:
    """Re-joining when paragraphs begin with an indent: an indented line starts a new
    paragraph; a line after a full one continues it even where a sentence ended exactly at
    the line end, unless it stands alone as a heading does (short, no full stop, the next
    line starting a paragraph); otherwise the usual rules apply (titles and header lines
    stay apart). ``indented``: the last line glued into ``prev`` began with the indent,
    which took room on it (a paragraph's first line, full at two characters fewer)."""
    text = line.block.text
    if line.indent or line.gap and not line.page_break and not gappy:
        return text[0] in CONTINUATION_START
    full = width is not None and last_piece >= 0.85 * width
    if full:
        if (
            ends_sentence(prev)
            and len(text) < 0.85 * width
            and not ends_sentence(text)
            and (nxt is None or nxt.indent or nxt.gap)
        ):
            return False  # "一　中国人民的基本要求" under a paragraph that filled its line
        if (
            last_piece + _INDENT_WIDTH * indented < width
            and ends_sentence(prev)
            and _lone_sentence(text, width)
            and (nxt is None or nxt.indent or nxt.gap)
        ):
            # "…巍然屹立在世界的东方。" one character short of the width ended its paragraph
            # (every line but a paragraph's last is as wide as the text): the short sentence
            # under it, with a paragraph starting after it, is a lead line of its own
            return False
        m = match_marker(text)
        if m is None or approximate_goes_on(prev, text, full=True):
            return True  # (…要瞄准 / 二、三十年后的目标…: a number in prose)
        if not _is_heading_line(prev) and (
            not ends_sentence(prev) or m.ordinal > 1 and _continues_list(prev, m)
        ):
            # a line after a full one that only starts like a marker: "…占一补一、" /
            # "占优补优", or "二是…" where the paragraph has "一是…", "（2）…" where it
            # has "…：（1）…" (a new part would be indented)
            return True
    return _continues(prev, line, width)


# the room a paragraph's indent (two full-width spaces) takes on its first line: a first
# line the hard wrap filled is that much shorter than the width once the indent is cut off
_INDENT_WIDTH = 2


def _lone_sentence(text: str, width: int) -> bool:
    """A short line that is one whole sentence ("国民经济快速增长。"), no marker."""
    body = text[:-1]
    return (
        len(text) < 0.85 * width
        and ends_sentence(text)
        and not any(c in "。！？!?；;" for c in body)
        and match_marker(text) is None
    )


# "…取得明显成效。二、存在的问题和不足": a heading typed at the end of the paragraph before
# it (no paragraph mark between them). Only the families that number sections qualify:
# 一、 （一） 4、/4. 三是 第一、 第九节 第十一个问题， and a part number with a space after it
# ("十二　中国工业化的道路", also typed with an ASCII space).
_GLUED = re.compile(
    r"(?<=[。！？])\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9]{1,2}[、．.](?![0-9])|[一二三四五六七八九十]{1,2}是"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|个[\u4e00-\u9fff]{1,2})?[，、：\s]"
    r"|[一二三四五六七八九十]{1,3}[ \u3000]+)"
    r"[^。！？；：:]{2,40}[。：:]?"
    r"|[0-9]{1,2}|[一二三四五六七八九十]{1,3})$"  # a part number alone: "…全军覆没。5"
)
# In Word, where every paragraph mark is the writer's own, a heading typed onto the end of
# a paragraph may be as long as headings are (a whole sentence of 60-100 characters, a
# minutes question "问题7（…）：…", a lead with its colon "5、管住两条堤坝：…"): the tail
# after the paragraph's last full stop is one sentence with no stop inside it, whose marker
# numbers the document's sections elsewhere. A text file's lines give no such certainty
# (a re-flowed line may end anywhere), so there the short form above stays the rule.
_GLUED_WORD = re.compile(
    r"(?<=[。！？])\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9]{1,2}[、．.](?![0-9])|[一二三四五六七八九十]{1,2}是"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|点|个[\u4e00-\u9fff]{1,2})?[，、：\s]"
    r"|问题(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?=[（(：:]))"
    # one sentence; a question quoted inside it is one of its words (一、“我是谁？”…)
    r"(?:[^。！？；;“”]|“[^“”。]{1,30}”){2,100}[。！？]?)$"
)
_WORD_TAIL = 110  # characters searched for a long heading typed onto a Word paragraph


def _split_glued_headings(
    blocks: list[Block], paragraphs: bool = False, glued: list[int] | None = None
) -> list[Block]:
    """Split off a numbered heading glued to the end of the previous paragraph, when the
    document numbers its sections that way elsewhere (the marker before or after it
    starts a line of its own): "…成效。二、存在的问题" becomes two blocks. ``paragraphs``
    (Word) admits the long headings of :data:`_GLUED_WORD`. ``glued``: the paragraphs
    that may end in one, when known (:func:`_glued_ends`)."""
    if glued is None:
        glued = _glued_ends(blocks, paragraphs)[0]
    if not glued:
        return blocks  # the common case, found without reading any marker
    tails = [(i, found) for i in glued if (found := _glued_heading(blocks[i].text, paragraphs))]
    if not tails:
        return blocks  # a stop before a marker's character, but no heading typed on there
    starts: set[tuple[str, int]] = set()
    # where each marker starts a line, and whether that line is one sentence at most
    lines_at: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    hints: dict[str, int] = {}  # the heading hint a family's lines carry (bare part numbers)
    for j, b in enumerate(blocks):
        first = b.text[:1] in "一二三四五六七八九十（(第问" or b.text[:1].isdigit()
        m = (match_marker(b.text) or match_part(b.text)) if first else None
        if m is not None:
            starts.add((m.family, m.ordinal))
            one = _INNER_STOP.search(b.text, 0, len(b.text) - 1) is None
            lines_at.setdefault((m.family, m.ordinal), []).append((j, one))
            if b.heading_level is not None:
                hints.setdefault(m.family, b.heading_level)
    index: list[RunStarts] = []  # the runs' index, made when a number may be prose

    def run_starts() -> RunStarts:
        if not index:
            index.append(RunStarts(blocks))
        return index[0]

    out = list(blocks)
    for i, found in reversed(tails):
        b = blocks[i]
        text = b.text
        m = match_marker(found.group(1)) or match_part(found.group(1).strip())
        if m is not None and (
            approximate_number(text, found.start(1), m)
            and not expected_in_run(run_starts(), i, m, found.group(1))
            or next_inline(text[found.start(1) + len(m.text) :], m)
        ):
            # 三、四月份…, or "…分三步。1、…，2、…": a number in prose, a list in it (a 三、两个…
            # its run expects next, after headings 一、 and 二、, is the heading: see
            # glued_runs.expected_in_run)
            continue
        if m is not None and (
            _between_its_neighbours(lines_at, m, i) or _fills_a_gap(lines_at, m, i)
        ):
            head = replace(b, text=text[: found.start(1)].rstrip())
            out[i : i + 1] = [head, Block(found.group(1).strip(), hints.get(m.family))]
            continue
        if (
            m is not None
            and ((m.family, m.ordinal - 1) in starts or (m.family, m.ordinal + 1) in starts)
            and (
                found.re is _GLUED
                or found.group(1)[-1] not in "。！？"
                or _beside_whole_lines(lines_at, m, i)
            )  # a long tail that is a whole sentence is a heading only beside headings
            # standing alone as it does ("（二）保持…结构。"); beside run-in points
            # ("二是大力发展循环经济。坚持…") it is the first point run into a lead
            and (m.ordinal < 2 or not lists_inline(text, m))
        ):  # not the last item of a list running inside the paragraph
            head = replace(b, text=text[: found.start(1)].rstrip())
            out[i : i + 1] = [head, Block(found.group(1).strip(), hints.get(m.family))]
    return out


def _between_its_neighbours(lines_at: dict, m, i: int) -> bool:
    """Whether block ``i`` starts with the item numbered just before ``m`` and the next
    block with the one just after it ("（八）…。…作用。（九）…意义。" then "（十）…"): the
    run has no other place for ``m``, which was typed on instead of on a line of its own,
    however long, and whatever the items are (run-in points, whole sentences)."""
    before = lines_at.get((m.family, m.ordinal - 1), ())
    after = lines_at.get((m.family, m.ordinal + 1), ())
    return any(j == i for j, _ in before) and any(j == i + 1 for j, _ in after)


def _fills_a_gap(lines_at: dict, m, i: int) -> bool:
    """Whether ``m`` is the one number its run lacks at the start of a line: no line starts
    with it, the next number starts a line below block ``i`` and the one before it (unless
    ``m`` is the first) a line above. A run's 一、 or 第二点， typed onto the paragraph before
    it has no other place, however long a sentence it is (一、“我是谁？”…我就是我！ over its
    text, then 二、…: left in the paragraph, the run lost its first item and the outline all
    of its parts). Not 一是: the first point is often run into its lead's paragraph
    (…环保工作。一是抓好…。), the others opening paragraphs of their own."""
    if m.family == YISHI or (m.family, m.ordinal) in lines_at:
        return False  # (一是… run into its lead sentence: a point of the paragraph)
    after = [j for j, _ in lines_at.get((m.family, m.ordinal + 1), ()) if j > i]
    if not after:
        return False
    if m.ordinal == 1:
        return not any(j < i for j, _ in lines_at.get((m.family, 2), ()))
    return any(j < i for j, _ in lines_at.get((m.family, m.ordinal - 1), ()))


def _beside_whole_lines(lines_at: dict, m, i: int) -> bool:
    """Whether the nearest line numbered just before ``m`` (above block ``i``) or just
    after it (below) is one sentence at most: a heading standing alone."""
    before = [one for j, one in lines_at.get((m.family, m.ordinal - 1), ()) if j < i]
    after = [one for j, one in lines_at.get((m.family, m.ordinal + 1), ()) if j > i]
    return bool(before and before[-1] or after and after[0])


# "…号召同志们起来彻底地加以肃清。关于单纯军事观点": an unnumbered part title typed onto
# the paragraph before it (one comma may join its halves: "…。抓好春耕，保障供给"); a
# title ends in a character, never in a figure cut off by a
# stray line break ("…国内生产总值达到74.4" / "万亿元"). Prose never ends without its
# stop (3 paragraphs in 17,000 of ../shared end on an unpunctuated phrase after a full
# stop).
# A title may quote a phrase (所谓“痞子运动”) and may end in a year after a character
# (难忘的1996), never in other figures.
_TITLE_CHAR = r"[^。！？；;：:，,、“”‘’「」（）()《》…—\s]"
_TITLE_PIECE = rf"(?:{_TITLE_CHAR}|“{_TITLE_CHAR}{{1,12}}”)"
_GLUED_TITLE = re.compile(  # 4-30 characters; one comma may join two halves
    rf"(?<=[。！？])(?=.{{4,30}}$)([\u4e00-\u9fff]{_TITLE_PIECE}{{0,28}}"
    rf"(?:，[\u4e00-\u9fff]{_TITLE_PIECE}{{1,14}})?"
    rf"{_TITLE_PIECE}{{0,14}}"
    rf"(?:[\u4e00-\u9fff]|“{_TITLE_CHAR}{{1,12}}”|(?<=[\u4e00-\u9fff])(?:1[89]|20)[0-9]{{2}}))$"
)


def _glued_title(text: str) -> re.Match | None:
    """``_GLUED_TITLE.search(text)``, begun where a match can start: 4-30 characters before
    the end (31 before a final line end, which $ allows); the look-behind still sees the
    stop before it."""
    return _GLUED_TITLE.search(text, max(0, len(text) - 31))


def _split_glued_titles(blocks: list[Block], ends: list[int] | None = None) -> list[Block]:
    """Split off an unnumbered title glued to the end of a paragraph, where the text has
    titles of its own standing alone (at least two short lines with no punctuation past
    its top): the title becomes a line of its own, for the outline to judge. ``ends``: the
    paragraphs long enough and not ending in punctuation, when known (:func:`_glued_ends`)."""
    if ends is None:
        ends = _glued_ends(blocks, False)[1]
    tails = [i for i in ends if _glued_title(blocks[i].text)]
    if not tails:
        return blocks
    alone = [b.text for b in blocks[4:] if 2 <= len(b.text) <= 40 and _title_alone(b.text)]
    if len(alone) < 2 and not any(
        _parallel(_glued_title(blocks[i].text).group(1), t) for i in tails for t in alone
    ):  # a text of two titles, one typed onto a paragraph, has one standing alone
        return blocks
    out = list(blocks)
    for i in reversed(tails):
        b = blocks[i]
        found = _glued_title(b.text)
        if found.start(1) < 12 or (
            i + 1 < len(blocks) and blocks[i + 1].text[:1] in CONTINUATION_START
        ):
            continue
        if (
            len(b.text) <= _HEADLINE_MAX
            and len(found.group(1)) >= _HEADLINE_TAIL
            and not _INNER_STOP.search(b.text, 0, found.start(1) - 1)
        ):
            # a headline of two sentences ("…从胜利走向更大的胜利。以美国为首的帝国主义和各国
            # 反动派陷于空前困难的境地"): one short sentence, then another as long as a
            # sentence is, not a paragraph with a title typed onto it
            continue
        head = replace(b, text=b.text[: found.start(1)])
        out[i : i + 1] = [head, Block(found.group(1))]
    return out


def _title_alone(text: str) -> bool:
    """A short line standing alone reads as a title: no punctuation, or a question and
    nothing else (日本经济怎么了？, 华为怎么办？ among a text's part titles)."""
    if text[-1] in "？?" and len(text) >= 5:
        return _PUNCT_INSIDE.search(text, 0, len(text) - 1) is None
    return _PUNCT_INSIDE.search(text) is None


# "…都是要靠结果来证明的。任正非：": a speaker's name line (as plain_candidates reads them:
# 2-4 characters and a colon) typed onto the end of the paragraph before it
_GLUED_SPEAKER = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{2,4}[：:])$")
_SPEAKER_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
_SPEAKERS_ALONE = 2  # other names standing alone, each once, before one glued counts


def _split_glued_speakers(blocks: list[Block]) -> list[Block]:
    """Split off a speaker's name line typed onto the paragraph before it, in a record of
    a meeting whose other speakers' names stand alone (郭平： / 徐直军： each on a line of its
    own): two or more other names, each once, none of them this one (an interview's turns
    repeat their names; a lead-in "…。具体如下：" has no such siblings)."""
    tails = [
        i
        for i, b in enumerate(blocks)
        if b.text[-1:] in "：:"
        and len(b.text) > 8
        and _GLUED_SPEAKER.search(b.text, len(b.text) - 7)
    ]
    if not tails:
        return blocks
    names = [b.text[:-1] for b in blocks if len(b.text) <= 5 and _SPEAKER_ALONE.fullmatch(b.text)]
    if len(names) < _SPEAKERS_ALONE or len(set(names)) < len(names):
        return blocks
    out = list(blocks)
    for i in reversed(tails):
        b = blocks[i]
        found = _GLUED_SPEAKER.search(b.text, len(b.text) - 7)
        if found.group(1)[:-1] in names or found.start(1) < 12:
            continue
        out[i : i + 1] = [replace(b, text=b.text[: found.start(1)].rstrip()), Block(found.group(1))]
    return out


def _parallel(a: str, b: str) -> bool:
    """Two titles written alike (难忘的1996 / 艰苦的1997): as long as each other, with at
    least a third of their characters the same in the same places."""
    return len(a) == len(b) and 3 * sum(x == y for x, y in zip(a, b)) >= len(a)


_HEADLINE_MAX = 70
_HEADLINE_TAIL = 16  # characters: longer than the titles typed onto paragraphs
_INNER_STOP = re.compile(r"[。！？!?]")
_ENDINGS = frozenset("。！？!?；;：:，,、”’」』）)》…—.")
_PUNCT_INSIDE = re.compile(r"[。！？!?；;：:，,]")


def _ends_in_glued_heading(text: str, paragraphs: bool = False) -> bool:
    """Whether a paragraph ends in a numbered heading typed onto it (no paragraph mark):
    what follows is that heading's text, not more of this paragraph."""
    return _may_end_in_heading(text, paragraphs) and _glued_heading(text, paragraphs) is not None


def _glued_heading(text: str, paragraphs: bool) -> re.Match | None:
    """The numbered heading typed onto the end of ``text`` (group 1), or None: the short
    form anywhere, the long one only in Word paragraphs."""
    found = _GLUED.search(text, max(0, len(text) - 46))
    if found is None and paragraphs:
        found = _GLUED_WORD.search(text, max(0, len(text) - _WORD_TAIL))
    return found if found is not None and found.start(1) >= 12 else None


def _may_end_in_heading(text: str, paragraphs: bool = False) -> bool:
    """Cheap test: a sentence end in the last 46 characters (in Word 110) followed by a
    marker's first character (most paragraphs fail at once)."""
    if len(text) < 20:
        return False
    if _GLUED_HINT.search(text, len(text) - 46) is not None:
        return True
    return paragraphs and _GLUED_HINT_WORD.search(text, len(text) - _WORD_TAIL) is not None


_GLUED_HINT = re.compile(r"[。！？][ \u3000]?[一二三四五六七八九十（(第0-9]")
_GLUED_HINT_WORD = re.compile(r"[。！？][ \u3000]?[一二三四五六七八九十（(第0-9问]")


def _is_heading_line(text: str) -> bool:
    """A marker line with no sentence in it: a heading on its own line."""
    m = match_marker(text)
    return m is not None and not any(ch in m.rest for ch in "。！？；")


def _glue(a: str, b: str) -> str:
    """Join two pieces of one sentence; keep a space only between two Latin words."""
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b
