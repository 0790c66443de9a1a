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
    segmenter cut in several tokens) matches only where its tokens stand at consecutive
    positions, and then each of its tokens gets its own span. Overlapping spans (a word
    and a word inside it) are merged, so spans never overlap.
    """
    if not runs or not text:
        return []
    tokens = segmenter.tokens(text)
    singles = {run[0] for run in runs if len(run) == 1}
    phrases = [run for run in runs if len(run) > 1]
    spans: set[tuple[int, int]] = set()
    at: dict[int, dict[str, tuple[int, int]]] = {}
    for term, pos, start, end in tokens:
        if term in singles:
            spans.add((start, end))
        if phrases:
            at.setdefault(pos, {})[term] = (start, end)
    for run in phrases:
        for pos, terms in at.items():
            if run[0] not in terms:
                continue
            found = [at.get(pos + k, {}).get(term) for k, term in enumerate(run)]
            if all(found):
                spans.update(found)
    return _disjoint(spans)


def _disjoint(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with any span inside another dropped (a word and a word within it
    both matched: the longer one is the highlight)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            if end <= out[-1][1]:
                continue
            out[-1] = (out[-1][0], max(end, out[-1][1]))
            continue
        out.append((start, end))
    return out


def query_runs(query: str, segmenter: Segmenter) -> list[list[str]]:
    """The runs of terms ``query`` highlights, compiled exactly as the search compiles it
    (so text outside the index — the reader's whole document — is highlighted where the
    search matched, not wherever a single character of a query word appears). A query
    that does not compile highlights nothing."""
    from whoosh import query as wq

    from drafter.library.query import Compiler, QueryError, parse

    try:
        return (
            Compiler(segmenter, lambda _name, _text: wq.NullQuery).compile(parse(query)).highlight
        )
    except QueryError:
        return []
