"""Exact highlight spans: character offsets into a paragraph of each matched term.

The paragraph is cut again with the same segmenter that indexed it (a fraction of a
millisecond for a paragraph), so a span is exactly a token the index matched: no
re-guessing with substring search, no off-by-one from full-width characters (the
segmenter's width fold keeps one character per character).
"""

from __future__ import annotations

from drafter.library.analyzer import Segmenter


def highlight_spans(
    text: str, runs: list[list[str]], segmenter: Segmenter
) -> list[tuple[int, int]]:
    """Spans of ``text`` covering each occurrence of each term of ``runs``.

    A run of one term matches that token anywhere; a longer run (a phrase, or a word the
    segmenter cut in several tokens) matches only where its tokens stand consecutively,
    and then each of its tokens gets its own span.
    """
    if not runs or not text:
        return []
    tokens = segmenter.tokens(text)
    singles = {run[0] for run in runs if len(run) == 1}
    phrases = [run for run in runs if len(run) > 1]
    spans: set[tuple[int, int]] = set()
    for i, (term, pos, start, end) in enumerate(tokens):
        if term in singles:
            spans.add((start, end))
        for run in phrases:
            if term != run[0] or i + len(run) > len(tokens):
                continue
            window = tokens[i : i + len(run)]
            if all(
                tok[0] == want and tok[1] == pos + k
                for k, (tok, want) in enumerate(zip(window, run))
            ):
                spans.update((tok[2], tok[3]) for tok in window)
    return sorted(spans)
