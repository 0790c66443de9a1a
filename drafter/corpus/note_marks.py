"""Note marks in the body ([1], 〔2〕, ①): taken out with the notes, and put back for a view.

A mark is no word of the speech (search and drafts must not see "国家主义派[1]和"), but the
reader shows where it stood: each mark taken out is kept with a few characters of the text
before it, and :func:`note_placements` finds that place again in the shown paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from drafter.corpus.apparatus_labels import ENDNOTE
from drafter.corpus.char_blocks import holds_block
from drafter.corpus.model import Apparatus, Block

# (after a figure too: a PDF's superscript mark on 增长8.6%² or 2,300万元³ is written [n]
# by the reader, and the figure is the word it notes)
_MARK_IN_PROSE = re.compile(
    r"(?<=[A-Za-z0-9%％\u4e00-\u9fff，。；：！？、”’」』》）)])[\[［〔](\d{1,3})[\]］〕]"
)


MARK_ANCHOR_CHARS = 10  # body characters before a mark that say where it stood


def strip_marks(block: Block, marks: list[tuple[str, str]] | None = None) -> Block:
    """ "…国家主义派[1]和…" -> "…国家主义派和…": a mark right after a word or a
    punctuation mark (never "[1]" opening a line, nor "a[1]" in code). Each mark taken
    out is added to ``marks`` as (the body text just before it, its number)."""
    text = block.text
    if not ("[" in text or "［" in text or "〔" in text):
        return block
    cuts = ((m.start(), m.end(), m.group(1)) for m in _MARK_IN_PROSE.finditer(text))
    return _cut_marks(block, cuts, marks)


def _cut_marks(
    block: Block, cuts: Iterable[tuple[int, int, str]], marks: list[tuple[str, str]] | None
) -> Block:
    """``block`` with the note marks at ``cuts`` (start, end, number; in order) taken out of
    its text, each added to ``marks`` as (the body text just before it, its number): the one
    way [n] marks and circled marks leave the body, so both are placed back alike."""
    text = block.text
    pieces: list[str] = []
    done = 0
    kept = ""
    for start, end, number in cuts:
        pieces.append(text[done:start])
        done = end
        if marks is not None:
            kept = (kept + pieces[-1])[-MARK_ANCHOR_CHARS:]
            marks.append((kept, number))
    if not pieces:
        return block
    pieces.append(text[done:])
    return replace(block, text="".join(pieces))


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def holds_circled(text: str) -> bool:
    """Whether ``text`` holds a circled number (①…⑳): twenty scans in C (quicker than a
    class), made only where a character of their block U+2400–24FF stands (one scan,
    :mod:`.char_blocks`; most texts hold none)."""
    return holds_block(text, 0x24) and any(c in text for c in _CIRCLED)


# a circled note mark: right after a word or a closing mark, never opening a paragraph, nor
# after ＠ (a character the font lacks, noted at the end: 硫＠①); one followed by words is
# a mark where the notes carry its number (…的决议①指出…) or where no numeral next to it
# stands in the paragraph, else it numbers a list (主要有：①…；②…)
_CIRCLED_MARK = re.compile(
    rf"(?<=[A-Za-z0-9０-９\u4e00-\u9fff。，；！？、”’」』》）)\]%％])([{_CIRCLED}])(?=([，。；：！？、”’」』）)\s]|$)?)"
)


_ANY_CIRCLED = re.compile(f"[{_CIRCLED}]")


def circled_mark_numbers(text: str) -> set[str]:
    """The numbers of the circled note marks standing in ``text`` after a word ("…三会一课”①等"
    -> {"1"}), as :func:`strip_circled` would take them. Why: a PDF's page-foot notes come
    gathered after the text as [1] [2] (the reader numbers them so) while their marks in the
    text stay ①②; the tail reads a note line as a note only where the text marks it."""
    if not holds_circled(text):
        return set()
    return {str(_CIRCLED.index(m.group(1)) + 1) for m in _CIRCLED_MARK.finditer(text)}


def circled_number(text: str) -> str | None:
    """The number of a note that starts with a circled numeral ("① 见…" -> "1")."""
    text = text.lstrip()
    if text and text[0] in _CIRCLED:
        return str(_CIRCLED.index(text[0]) + 1)
    return None


def _listed(text: str, numeral: str) -> bool:
    """Whether ``numeral`` has a neighbour in ``text`` (② beside ① or ③): a list's numbers."""
    k = _CIRCLED.index(numeral)
    return any(0 <= j < len(_CIRCLED) and _CIRCLED[j] in text for j in (k - 1, k + 1))


def strip_circled(block: Block, marks: list[tuple[str, str]], noted: set[str]) -> Block:
    """ "…的决议①。" -> "…的决议。": circled note marks out of the body (see
    :data:`_CIRCLED_MARK`), each kept in ``marks`` as :func:`strip_marks` keeps [n] marks.
    ``noted``: the numbers of the circled endnotes the text carries."""
    text = block.text
    if _ANY_CIRCLED.search(text) is None:
        return block

    def cuts() -> Iterator[tuple[int, int, str]]:
        for m in _CIRCLED_MARK.finditer(text):
            number = str(_CIRCLED.index(m.group(1)) + 1)
            if m.group(2) is None and number not in noted and _listed(text, m.group(1)):
                continue  # words follow, no note bears it, the next or last numeral is here: a list
            yield m.start(), m.end(1), number

    return _cut_marks(block, cuts(), marks)


@dataclass
class NotePlacement:
    """Where a note mark goes back in the shown text: after ``offset`` characters of
    paragraph ``paragraph``; ``note`` is its endnote ("[1] 国家主义派指…")."""

    paragraph: int
    offset: int
    number: str
    note: str


def endnote_number(text: str) -> str | None:
    """The number an endnote starts with ("[3] …" -> "3", "〔03〕…" -> "3"), or None."""
    m = ENDNOTE.match(text)
    if m is None:
        return circled_number(text)  # "① 见…"
    return m.group(1).lstrip("0") or "0"


def endnote_numbers(endnotes: list[str]) -> dict[str, str]:
    """The endnotes by their number ("1" -> "[1] 国家主义派指…"); the first one wins."""
    out: dict[str, str] = {}
    for text in endnotes:
        number = endnote_number(text)
        if number is not None and number not in out:
            out[number] = text
    return out


def note_placements(paragraphs: list[str], apparatus: Apparatus | None) -> list[NotePlacement]:
    """Put the note marks taken out of the body back where they stood, for a view.

    Marks are found in text order, each after the first occurrence of its anchor at or
    after the previous one, so a repeated phrase does not pull a mark backwards; a mark
    whose anchor is gone (a corrected paragraph, a title line) or whose note is missing
    is left out rather than put in the wrong place.
    """
    if apparatus is None or not apparatus.marks:
        return []
    notes = endnote_numbers(apparatus.endnotes)
    out: list[NotePlacement] = []
    para, pos = 0, 0
    for anchor, number in apparatus.marks:
        note = notes.get(number.lstrip("0") or "0")
        if note is None or not anchor:
            continue
        i, start = para, pos
        while i < len(paragraphs):
            found = paragraphs[i].find(anchor, start)
            if found >= 0:
                para, pos = i, found + len(anchor)
                out.append(NotePlacement(i, pos, number, note))
                break
            i, start = i + 1, 0
    return out
