"""A fixed-layout document's lines re-flowed into paragraphs. A line that runs to the right
margin continues in the next line; a short line, an indented next line, a wider gap or a
change of font size or face ends the paragraph (where the document sets its paragraphs
apart by white, no white under a short line ending a sentence keeps the next line, when
what that line opens with was too wide for the room left: :mod:`.line_breaking`).
"""

from __future__ import annotations

import re
import statistics

from drafter.corpus.readers.line_breaking import (
    CJK,
    ends_sentence,
    join_wrapped,
    lead_width,
    unbreakable_lead,
)
from drafter.corpus.readers.page_breaks import PageBreaks
from drafter.corpus.readers.page_geometry import Geometry, page_geometry
from drafter.corpus.readers.page_lines import Line

# a heading's marker: 一、 （一） 1、 1. 第一部分
_MARKER = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节部分篇])"
)
# a note's number opening its line, set off by a space ("[3]　参见…", "① 见…"): the
# notes listed after the text, each a paragraph
_NOTE_LABEL = re.compile(r"^(?:[\[［〔]\d{1,3}[\]］〕]|[①-⑳])[\s\u3000]")


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
    em, geometry = page_geometry(pages)
    breaks = PageBreaks(pages, geometry, em, noted)
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
            and not (orphan and prev.page != ln.page and not _runs_over(prev, ln, geometry, em))
            and _continues(prev, ln, geometry, em, spaced)
            and breaks.continues(prev, ln)
        ):
            current = join_wrapped(current, ln.text)
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


def _spaced_paragraphs(pages: list[list[Line]], geometry: Geometry, em: float) -> bool:
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
                and ends_sentence(a.text)
                and abs(a.height - em) <= 0.25 * em
                and abs(b.height - em) <= 0.25 * em
                and 0 < a.top - b.top < 3 * pitch
            ):
                ratios.append((a.top - b.top) / pitch)
    return len(ratios) >= 3 and statistics.median(ratios) >= 1.25


def _continues(a: Line, b: Line, geometry: Geometry, em: float, spaced: bool = False) -> bool:
    """Whether line ``b`` continues the paragraph that line ``a`` belongs to (``spaced``: the
    document sets its paragraphs apart by white, :func:`_spaced_paragraphs`)."""
    left_a, right_a, pitch, edge_a = geometry[a.page]
    left_b = geometry[b.page][0]
    # Line-breaking rules (no opening quote at a line end, no closing punctuation at a
    # line start) leave full CJK lines up to a few characters short of the margin.
    # (a Latin bracket closing Chinese words, …审批点。), ends a Chinese line, not a Latin one)
    cjk_end = bool(CJK.match(a.text.rstrip(")]")[-1:] or " "))
    tolerance = 3.5 * em if cjk_end else max(2 * em, 0.25 * (right_a - left_a))
    sentence_ends = ends_sentence(a.text)
    if sentence_ends and not b.text[:1].isascii():
        # a sentence's end two characters short of the margin ends the paragraph: line
        # breaking pulls down one character before a closing mark, never a 。 (a Latin
        # word too long for the line's end is what leaves more room)
        tolerance = 1.5 * em
        lead = unbreakable_lead(b.text)
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
            tolerance = max(tolerance, (lead_width(b.text) - 0.5) * em)
    if a.height > 1.15 * em and _wrapped_centred_title(a, b, left_a, right_a, em):
        return True
    if not sentence_ends:
        # what cannot be broken moves whole to the next line: a number or Latin word too
        # long for the room left (…年均增长 / 21.58%，…), or a character with the closing
        # marks and note mark that may not start a line after it (…称之为“宗 / 族”[23]。…):
        # the line ends short of the margin, mid-sentence
        tolerance = max(tolerance, (lead_width(b.text) + 1.5) * em)
    elif _NOTE_LABEL.match(b.text):
        return False  # "[3]　参见…" after a sentence's end: the next note of a list
    if "\t" in a.text or "\t" in b.text:
        return False  # a table's row (cells apart by wide white), each a row of its own
    if a.x1 < right_a - tolerance:
        return False  # a short line ends its paragraph
    if b.x0 > left_b + 0.8 * em and not _hangs_under_label(a, b):
        return False  # an indented line starts a paragraph
    if abs(a.height - b.height) > 0.25 * em:
        return False  # another font size: a heading or title
    if a.set_apart != b.set_apart:
        return False  # another face (italic, 楷体): an editor's note or a quotation set apart
    # A wider gap, or a jump up the page (another column or box), ends it too.
    limit = 1.4 * pitch * max(1.0, a.height / em)  # larger type has a larger line pitch
    return a.page != b.page or 0 < a.top - b.top <= limit


# a label and its colon opening a line, the text going on after it (抄送：…, 主送：…)
_LABEL_COLON = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")


def _runs_over(a: Line, b: Line, geometry: Geometry, em: float) -> bool:
    """Whether the marked line ``a`` at a page's foot goes on in ``b``, the next page's first
    line, though it opened its paragraph there: in a document that indents its paragraphs,
    ``a`` indented and ``b`` not, ``b`` is no paragraph's start (a run-in heading's line,
    （二）抓好隐患排查。要组织…地质, over 灾害隐患点… at the margin; a heading alone would
    have an indented paragraph under it)."""
    return a.x0 > geometry[a.page][0] + 0.8 * em and b.x0 <= geometry[b.page][0] + 0.8 * em


def _hangs_under_label(a: Line, b: Line) -> bool:
    """Whether ``b`` goes on under the text after a label's colon opening ``a``, a hanging
    indent (GB/T 9704's 版记: 抄送：…，县政 / 府办公室，… aligned after 抄送：): indented, yet
    the same paragraph. An item of a list under the label (附件：1．… over 2．…) is not."""
    label = _LABEL_COLON.match(a.text)
    if label is None or a.page != b.page or b.text[:1].isdigit() or _MARKER.match(b.text):
        return False
    size = a.height  # (a CJK glyph is an em wide: the label's width in ems)
    return abs(b.x0 - (a.x0 + label.end() * size)) <= 0.5 * size


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
