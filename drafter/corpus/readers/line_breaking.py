"""The line-breaking rules of Chinese text, read backwards: where a wrapped line may end,
what the next line may open with, and how two wrapped lines join again.

A fixed-layout page (PDF, OFD) keeps only the lines an office suite broke; whether a short
line ended its paragraph or was left short by a unit that could not be split (a number, a
Latin word, a character with the marks that may not open a line) is what these rules tell
:mod:`.page_reflow` and :mod:`.page_breaks`, and :mod:`.page_footnotes` joins a note's
lines as the body's are joined.
"""

from __future__ import annotations

import re

# a character of CJK text (ideographs, CJK and full-width punctuation)
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_SENTENCE_END = frozenset("。！？!?")
# the number or Latin word a line opens with (ISO9000, 21.58%, 2.5m)
_LATIN_LEAD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%‰+/:-]*")
# marks that may not end a line, and marks that may not open one (:func:`unbreakable_lead`)
_OPENING = "“‘「『（(《〈【〔"
_CLOSING = "”’」』）)》〉】〕，。、；：！？!?,.;:…—"
_NOTE_MARK = re.compile(r"[\[［〔]\d{1,3}[\]］〕]")


def join_wrapped(a: str, b: str) -> str:
    """Join wrapped lines: CJK without a space, Latin with one, hyphenated words whole (one
    rule for a paragraph's lines and a footnote's, so a note reads as the body does)."""
    if not a:
        return b
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].islower():
        return a[:-1] + b
    if CJK.match(a[-1]) or CJK.match(b[:1]):
        return a + b
    if a[-1].isdigit() and b[:1].isdigit():
        return a + b  # a number split by the line end
    if CJK.search(a[-40:]) and not (a[-1].isalpha() and b[:1].isalpha()):
        return a + b  # digits and symbols in Chinese prose take no space
    return a + " " + b


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence: its stop, with the closing quotes or brackets after it
    (…”。 / …审批点。) / …。）)."""
    return text.rstrip("”’」』）)")[-1:] in _SENTENCE_END


def unbreakable_lead(text: str) -> str:
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


def lead_width(text: str) -> float:
    """The width in ems of :func:`unbreakable_lead` (a Latin character counted at 0.6 em): how
    short of the margin a line may stop, mid-sentence, and go on."""
    return sum(0.6 if ch.isascii() else 1.0 for ch in unbreakable_lead(text))
