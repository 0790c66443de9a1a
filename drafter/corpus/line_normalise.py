"""Cleaning's first step: each line of a reader's blocks in one plain form.

Indentation, zero-width characters and inline marks (``[bookmark: …]``, a paper's jump
marks 下转第四版/上接第一版) are stripped, small and vertical forms of punctuation (﹖ ︓)
read as the ordinary marks, Markdown ``#`` headings turned into heading hints, and a
bracketed mark broken over two lines joined again. What a line lost that later steps still
need (a gap above it, its indent, a page break) is kept on its :class:`Line`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.corpus.boilerplate import strip_inline
from drafter.corpus.char_blocks import holds_block
from drafter.corpus.model import Block
from drafter.corpus.paper_jumps import holds_jump, without_jumps
from drafter.corpus.reflow import ends_sentence

_STRIP = " \t\r\n\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u202f\u205f\ufeff\u2060\x0b\x0c"
_INDENT = frozenset(" \t\u3000\u00a0")
_INDENT_TEXT = "".join(sorted(_INDENT))
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_INLINE_EDITOR = re.compile(
    r"[（(\[【](?:责任编辑|编辑|责编)[：:]\s*(?:[\u4e00-\u9fff]\s?){2,4}[）)\]】]$"
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+")  # the text after it: _md_heading_text
# a title line typed carelessly at the top: "##推动行政服务变革" (no space), "#3 关于…" (a
# digit left of "### " by a converter); a "#话题#" tag has a second "#" and stays text
_MD_TOP_HEADING = re.compile(r"^(#{1,6})(?:\d\s+|(?=[\u4e00-\u9fff“《（]))")


@dataclass(slots=True)
class Line:
    """One normalised line with what normalising took from it that later steps still read:
    whether blank lines, a page number or a lone indent stood before it."""

    block: Block
    gap: bool  # blank lines stood before it
    page_break: bool = False  # a page number stood before it
    indent: bool = False  # it began with spaces or a full-width indent
    # its paragraph's indent stood alone on the line above: a page set its first words
    # apart (bold), and the copy broke the line there (see :mod:`.emphasis`)
    bold: bool = False
    # a line of nothing but a zero-width space stood right before it (see normalise_lines)
    inline_break: bool = False
    # one of the first two lines, indented four characters or more: centred by hand with
    # spaces (a title typed in Notepad), not a paragraph's indent (asked of those only)
    centred: bool = False


_new = object.__new__


def _line(
    block: Block, gap: bool, indent: bool, bold: bool, inline_break: bool, centred: bool
) -> Line:
    """A :class:`Line` (no page break before it) made without the dataclass ``__init__``,
    as :func:`drafter.corpus.model.text_block` makes a block and for the same reason: one
    is made for every line of a text, and the call stays in normalise_lines' frame."""
    line = _new(Line)
    line.block = block
    line.gap = gap
    line.page_break = False
    line.indent = indent
    line.bold = bold
    line.inline_break = inline_break
    line.centred = centred
    return line


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


def normalise_lines(blocks: list[Block], paragraphs: bool = False) -> list[Line]:
    """A reader's blocks as plain lines (see the module docstring), empty lines dropped and
    remembered as the next line's gap: the later steps then compare texts as they read,
    whatever indentation, zero-width marks or Markdown the copy carried. ``paragraphs``: each
    block is a real paragraph (Word), so every boundary counts as a gap."""
    out: list[Line] = []
    append = out.append
    gap = False
    lone_indent = False  # the line before held nothing but a paragraph's indent
    zero_width = False  # the line before held nothing but a zero-width space
    strip, indent_chars = _STRIP, _INDENT
    # one search over the whole text: most texts have no variant form and no inline mark,
    # and then no line needs its own search
    whole = "".join([b.text for b in blocks])
    variants = _has_variant(whole)
    bookmarks = "[bookmark" in whole
    jumps = holds_jump(whole)
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
        if bookmarks and "[bookmark" in text:
            text = strip_inline(text).strip(strip)
            if not text:
                gap = True
                continue
        if jumps and holds_jump(text):
            # a paper's jump marks (（下转第四版）, (上接第一版)): its furniture, not the
            # text's words; a line that was only one goes, leaving no gap (see paper_jumps)
            text = without_jumps(text).strip(strip)
            if not text:
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
        # one ASCII space is a space a hard wrap carried to the line start ("IT" / " S&P"),
        # not an indent (two spaces, a tab or a full-width space)
        indent = raw[0] in indent_chars and (raw[0] != " " or raw[1:2] in indent_chars)
        if text is not raw and (text != raw or level != b.heading_level):
            # (built directly: dataclasses.replace reads every field anew, a line at a time)
            width = len(raw) - len(raw.lstrip(_INDENT_TEXT)) if indent else b.indent
            b = Block(text, level, b.numbering, b.kind, b.bold, b.list_num, b.bold_font, width)
        append(
            _line(
                b,
                gap,
                indent,
                lone_indent and not indent,
                zero_width and not gap,
                indent and len(out) < 2 and not raw[:4].strip(" \u3000\u00a0"),
            )
        )
        gap = paragraphs
        lone_indent = zero_width = False
    return out


_MARK_OPEN = frozenset("[［〔")
_MARK_CLOSE = frozenset("]］〕")


def join_split_marks(lines: list[Line]) -> list[Line]:
    """Put a note mark a page broke over three lines ("…会议" / "[" / "1" / "]" /
    "以来的工作…") back after its word as "[1]", and the sentence it stood in back together:
    left apart, the brackets went as page widgets and the digit stood alone as a line."""
    n = len(lines)
    if _MARK_OPEN.isdisjoint([x.block.text for x in lines]):
        return lines  # (no line is a bracket alone: the common case)
    out: list[Line] = []
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
            out[-1] = Line(
                replace(b, text=text),
                prev.gap,
                prev.page_break,
                prev.indent,
            )
            continue
        out.append(lines[i])
        i += 1
    return out
