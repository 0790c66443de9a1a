"""Cleaning's third step: join the lines a hard wrap or a page break cut inside a paragraph.

Which two lines are one sentence is :mod:`drafter.corpus.reflow`'s question; this module walks
the cleaned lines with it, telling a blank line that ends a paragraph from one a converter put
between every line, and an indented first line from a wrapped one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.corpus.emphasis import mark_bold_starts
from drafter.corpus.glued_runs import (
    RunStarts,
    ends_in_run_heading,
)
from drafter.corpus.glued_splits import GLUED_COUNTED, GLUED_TITLE, PART_ENDS, ends_in_glued_heading
from drafter.corpus.line_normalise import Line
from drafter.corpus.markers import (
    DI,
    YISHI,
    match_marker,
    renumber,
)
from drafter.corpus.model import Block
from drafter.corpus.print_lines import paper_line
from drafter.corpus.reflow import (
    CONTINUATION_START,
    DANGLING_END,
    FINAL,
    LIST_NEXT,
    approximate_goes_on,
    continues_list,
    ends_sentence,
    should_join,
    wrap_width,
)


def reflow_lines(lines: list[Line], paragraphs: bool = False) -> list[Block]:
    """The paragraphs of cleaned lines: each line joined to the one before where a hard wrap,
    a page break or a converter cut a sentence, judged once for the whole text (its wrap
    width, whether indents or blank lines mark paragraphs) and then pair by pair;
    ``paragraphs`` as for :func:`drafter.corpus.clean.clean_blocks`."""
    width = wrap_width([x.block.text for x in lines])
    indents = sum([x.indent for x in lines])  # (True is 1)
    # In a hard-wrapped text whose paragraphs begin with an indent, the indent alone says
    # where a paragraph starts, whatever the line before ends with.
    by_indent = width is not None and 0.03 * len(lines) <= indents <= 0.6 * len(lines)
    # copied with a blank line after every line: then only the indent marks a paragraph
    gappy_all = sum([x.gap for x in lines]) >= 0.8 * len(lines)
    gappy = by_indent and gappy_all
    blank_ends = width is not None and not gappy_all and _blank_lines_end_paragraphs(lines, width)
    # a text of whole lines nearly every one of which begins with an indent (typed in
    # Notepad, a paragraph a line, each opened with two full-width spaces): the writer
    # began each of them as a paragraph
    typed_indents = width is None and len(lines) >= _TYPED_MIN and indents >= 0.9 * len(lines)
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
                # end and open as paragraphs do, and should_join's answer for them is
                # reflow.after_final, written out here: apart, unless a ； is followed by
                # the next item of a list running inside the line (a law's items)
                prev, t = out[-1].text, b.text
                if (
                    typed_indents
                    and line.indent
                    and t[0] not in CONTINUATION_START
                    and prev[-1] not in _NO_END
                ):
                    joined = False  # (no paragraph ends on a comma, though: "…骨干分子，")
                elif t[0] not in CONTINUATION_START and prev[-1] in FINAL:
                    joined = prev[-1] in "；;" and t[0] in LIST_NEXT and continues_list(prev, t)
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
                and (
                    width is None
                    or last_piece < 0.85 * width
                    # (a Word paragraph longer than the width is no wrapped line: a width
                    # found among paragraphs of one length)
                    or paragraphs
                    and last_piece > width + 1
                )
                and (
                    ends_in_glued_heading(out[-1].text, paragraphs)
                    or paragraphs
                    and GLUED_TITLE.search(out[-1].text[-31:]) is not None
                    or ends_in_run_heading(out[-1].text, k - 1, run_starts)
                    or out[-1].text[-1] in PART_ENDS
                    and GLUED_COUNTED.search(out[-1].text, len(out[-1].text) - 6) is not None
                )
            ):
                # "…提出意见。一、2025年工作回顾", and in Word "…肃清。关于单纯军事观点"
                # or "…有其根据。（6）相持阶段是战争的枢纽" between （5） and （7）: a title
                # typed onto the paragraph ends it (a hard-wrapped line that is full ends
                # anywhere: "…的过程。十" / "八大以来…", also where each line is a Word
                # paragraph: a text pasted in, "…追随的份。华为拥有全" / "球一流的…")
                joined = False
            if joined and len(out[-1].text) <= 48 and paper_line(out[-1].text):
                joined = False  # a paper's print line over the title (see .print_lines)
            if joined:
                last = out[-1]
                out[-1] = replace(
                    last,
                    text=_glue(
                        last.text,
                        b.text,
                        width is not None
                        and width >= last_piece >= width - 2 * lines[k - 1].indent,
                    ),
                )
                last_piece = len(b.text)
                if width is None and not line.indent and lines[k - 1].indent:
                    inside.append(len(out) - 1)  # its bold words start after a few others
                continue
        if line.bold:
            bold.append(len(out))
        out.append(b)
        last_piece = len(b.text)
        prev_hinted = hinted
    if typed_indents and out and _flush_title(lines):
        out[0] = replace(out[0], kind="title")
    return mark_bold_starts(out, bold, inside)


def _flush_title(lines: list[Line]) -> bool:
    """Whether the first line of a text typed a paragraph a line, each indented, is its
    title set apart: flush, or centred by hand with a run of spaces. The writer indented
    every paragraph as a paragraph but this one, so the indented line under it opens the
    text (a part title, 中国农话的现状及发展趋势), not the title's second line. A line
    ending as a sentence or a salutation is no title; a heading hint or a numbered line
    has its own kind already."""
    first = lines[0].block
    text = first.text
    return (
        len(lines) > 1
        and (not lines[0].indent or lines[0].centred)
        and lines[1].indent
        and not lines[1].centred
        and first.kind == "text"
        and first.heading_level is None
        and not first.numbering
        and len(text) <= _FLUSH_TITLE_MAX
        and text[-1] not in _NOT_TITLE_END
        and match_marker(text) is None
    )


_FLUSH_TITLE_MAX = 60  # a title on one line; a longer flush line is a paragraph typed so
_NOT_TITLE_END = frozenset("。；;，,、：:")


_TYPED_MIN = 8  # lines a text needs before its indents are taken as its paragraphs
_NO_END = frozenset("，,、“‘《（(〈【—")


def _continues(
    prev: str,
    line: Line,
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


def _inline_breaks_join(lines: list[Line]) -> bool:
    """Whether the zero-width lines of a text stand inside its paragraphs: the text ends
    its paragraphs with blank lines (three or more for each zero-width line), so a
    zero-width line, which is no blank line, joins its two pieces whatever the first ends
    with; a page that sets a zero-width line between all of its paragraphs does not."""
    breaks = sum([x.inline_break for x in lines])
    return breaks > 0 and sum([x.gap for x in lines]) >= _GAPS_PER_BREAK * breaks


_GAPS_PER_BREAK = 3
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _blank_lines_end_paragraphs(lines: list[Line], width: int) -> bool:
    """Whether a blank line follows (nearly) every plain paragraph end of a hard-wrapped
    text: a short line ending a sentence. Then a full line with no blank line after it
    never ends a paragraph, whatever it ends with."""
    ends = followed = 0
    for k in range(len(lines) - 1):
        text = lines[k].block.text
        if len(text) < 0.7 * width and ends_sentence(text) and len(text) > 8:
            ends += 1
            followed += lines[k + 1].gap
    return ends >= 5 and followed >= 0.9 * ends or _blocks_full_inside(lines, width)


def _blocks_full_inside(lines: list[Line], width: int) -> bool:
    """Whether the runs of lines between blank lines are paragraphs: in (nearly) every run
    of two lines or more, every line but the last is full. A short text has too few short
    paragraph ends for :func:`_blank_lines_end_paragraphs`' count (a 范文 site's copy of
    a two-paragraph letter, its paragraphs' last lines 了。 and a line at the margin), but
    its runs say the same: no paragraph ends inside one, though a sentence may end at the
    margin there ("…有什么结果呢？" / "你们的飞机坦克…")."""
    runs = full = 0
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or lines[k].gap:
            if k - start >= 2:
                runs += 1
                full += all(len(x.block.text) >= 0.85 * width for x in lines[start : k - 1])
            start = k
    return runs >= _FULL_RUNS and full >= 0.9 * runs


_FULL_RUNS = 3  # runs of lines a text needs before their shape is taken as its paragraphs


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
    line: Line,
    width: int | None,
    gappy: bool = False,
    nxt: Line | None = None,
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
            and text[0] not in CONTINUATION_START  # (a quote's ” wrapped alone: no heading)
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


def _is_heading_line(text: str) -> bool:
    """A marker line with no sentence in it: a heading on its own line."""
    m = match_marker(text)
    return m is not None and not any(ch in m.rest for ch in "。！？；")


def _glue(a: str, b: str, full: bool = False) -> str:
    """Join two pieces of one sentence; keep a space only between two Latin words.

    ``full``: the piece ``a`` ends was a line of exactly the wrap width. A Chinese text is
    wrapped by a count of characters, not at spaces, so such a line ending in a Latin
    letter cut a word in two ("…你们这些fello" / "w的技术思想"): the halves join without a
    space. (Where the cut fell on a space, the line was one shorter once its trailing space
    was stripped; a paragraph's first line is two shorter, its indent taken off.) Only
    where the line holds Han characters: a Latin text wraps at spaces."""
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        if full and _HAN.search(a, max(0, len(a) - 40)) is not None:
            return a + b
        return a + " " + b
    return a + b
