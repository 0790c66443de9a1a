"""Where a quotation taken from a source paragraph starts and ends: whole sentences.

A writer selects a passage in the reader with the mouse and sends it to the draft. A drag
rarely lands on a sentence boundary: it picks up the closing quote of the sentence before
(a stray ”) or stops inside a word (督促检). The excerpt is widened to whole sentences of
its paragraph, which is what a writer quoting a source means.
"""

from __future__ import annotations

# Marks that end a sentence, and the closing marks that belong to it when they follow.
SENTENCE_END = "。！？；!?;…"
CLOSING = "”’」』）》)]"
OPENING_SPACE = " \u3000\t"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to whole sentences of ``text`` (a paragraph).

    The start moves back to the beginning of its sentence (just after the previous
    sentence's end mark and any closing quote after it); the end moves forward past the
    end mark of its sentence and the closing quotes after it. A selection that is all
    punctuation and spaces is returned unchanged.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if not text[start:end].strip(SENTENCE_END + CLOSING + OPENING_SPACE):
        return start, end
    # a selection that starts on the tail of the sentence before (its ”) starts after it
    while start < end and (text[start] in CLOSING + SENTENCE_END + OPENING_SPACE):
        start += 1
    while start > 0 and text[start - 1] not in SENTENCE_END:
        if text[start - 1] in CLOSING and start >= 2 and text[start - 2] in SENTENCE_END:
            break
        start -= 1
    while start < end and text[start] in CLOSING + OPENING_SPACE:
        start += 1
    # a selection that ends in the middle of a sentence ends with it
    while end > start and text[end - 1] in OPENING_SPACE:
        end -= 1
    if end < len(text) and not (text[end - 1] in SENTENCE_END or text[end - 1] in CLOSING):
        while end < len(text) and text[end - 1] not in SENTENCE_END:
            end += 1
    while end < len(text) and text[end] in CLOSING:
        end += 1
    return start, end


def sentence_excerpt(text: str, start: int, end: int) -> str:
    """The whole sentences of ``text`` that the span ``start:end`` touches."""
    lo, hi = sentence_bounds(text, start, end)
    return text[lo:hi].strip()
