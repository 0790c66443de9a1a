"""Where a note's span stands in a paragraph: a rough drag snapped to whole words and
sentences (:func:`snap_span`), and a notes search's hits in a quote (:func:`search_spans`).

Text work only, apart from the notes store (:mod:`drafter.study.notes`): the study page
calls it as the trainee selects, the notes list as it marks hits.
"""

from __future__ import annotations

from drafter.study.words import words

_SENTENCE_END = "。！？；!?;"
_CLOSERS = "”’」』）)"
STRAY = 3
# marks inside a sentence: a quote does not end on one (the notes list showed 的时候，) nor
# start on one, nor on the stop of the sentence before
_PHRASE_MARKS = "，、：,:"
"""How many characters of a neighbouring sentence a rough drag takes in by mistake."""


def snap_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` of paragraph ``text`` without the stray end of the sentence before
    or start of the sentence after that a rough drag takes in. A drag begun a little early
    kept 反。在我们进行文化大革命“内战”的时候， as a note's quote (ux12's walk): a selection
    begun mid-sentence whose first few (:data:`STRAY`) characters end that sentence starts
    after them, and one that ends a few characters into the next sentence ends with the
    sentence before; what is left must be the longer part, so a deliberate 好。 stays. A
    comma or colon at either edge is left out too: the notes list showed quotes ending
    的时候，, as if cut off mid-thought."""
    quote = text[start:end]

    def after_stop(i: int) -> int:
        """The offset in ``quote`` just past the stop at ``i`` and its closing quotes."""
        i += 1
        while i < len(quote) and quote[i] in _CLOSERS:
            i += 1
        return i

    mid_sentence = start > 0 and text[start - 1] not in _SENTENCE_END + _CLOSERS
    head = next((i for i, ch in enumerate(quote[:STRAY]) if ch in _SENTENCE_END), None)
    if mid_sentence and head is not None:
        cut = after_stop(head)
        if len(quote) - cut > cut:
            start, quote = start + cut, quote[cut:]
    ends_mid = end < len(text) and quote[-1:] not in tuple(_SENTENCE_END + _CLOSERS)
    tail = max((i for i, ch in enumerate(quote) if ch in _SENTENCE_END), default=None)
    if ends_mid and tail is not None:
        keep = after_stop(tail)
        if 0 < len(quote) - keep <= STRAY and keep > len(quote) - keep:
            end = start + keep
    start, end = _whole_word_start(text, start), _whole_word_end(text, end)
    while end - start > 1 and text[end - 1] in _PHRASE_MARKS:
        end -= 1
    while end - start > 1 and text[start] in _PHRASE_MARKS + _SENTENCE_END:
        start += 1
    return start, end


# how far around a selection's edge the words are read (longer words are rare)
_WORD_WINDOW = 8


def _word_around(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the word of ``text`` that offset ``at`` falls strictly inside, read
    in a few characters around it; None when ``at`` is between two words."""
    lo, hi = max(0, at - _WORD_WINDOW), at + _WORD_WINDOW
    pos = lo
    for word in words(text[lo:hi]):
        if pos < at < pos + len(word):
            # a word the window cut off is no word to snap to
            cut = (pos == lo and lo > 0) or (pos + len(word) == hi and hi < len(text))
            return None if cut else (pos, pos + len(word))
        pos += len(word)
    return None


def _whole_word_start(text: str, start: int) -> int:
    """A selection begun inside a word begins with it (a drag that missed 收 of 收集)."""
    word = _word_around(text, start)
    return word[0] if word is not None else start


def _whole_word_end(text: str, end: int) -> int:
    """A selection ended inside a word takes the whole word: a drag released a character
    early quoted 参谋不是简单地收集材 (of 收集材料) in ux25's walk."""
    word = _word_around(text, end)
    return word[1] if word is not None else end


def search_spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where the words of a notes search (split on spaces, as
    :meth:`~drafter.study.notes.NoteStore.search` splits them; letters matched in either case, as its LIKE does) stand in ``text``: sorted,
    overlapping spans merged. The notes list marks them, so a hit in a long quote is seen
    without reading it through (the list showed its hits unmarked)."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter that lowers to two: match as written
        folded = text
    spans: list[tuple[int, int]] = []
    for term in {w.lower() for w in words.split() if w}:
        at = folded.find(term)
        while at >= 0:
            spans.append((at, at + len(term)))
            at = folded.find(term, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
