"""Exact highlight spans: character offsets into a paragraph of each matched term.

The paragraph is cut again with the same segmenter that indexed it (a fraction of a
millisecond for a paragraph), so a span is exactly a token the index matched: no
re-guessing with substring search, no off-by-one from full-width characters (the
segmenter's width fold keeps one character per character).
"""

from __future__ import annotations

from drafter.library.analyzer import LITERAL_MARK, Segmenter, literal_text


def highlight_spans(
    text: str, runs: list[list[str]], segmenter: Segmenter
) -> list[tuple[int, int]]:
    """Spans of ``text`` covering each occurrence of each term of ``runs``.

    A run of one term matches that token anywhere; a longer run (a phrase, or a word the
    segmenter cut in several tokens) matches only where its tokens stand at consecutive
    positions, and then each of its tokens gets its own span. A run of one term marked
    with :data:`~drafter.library.analyzer.LITERAL_MARK` is a literal text: every place the
    text contains it (width, case and whitespace folded as the index folds them) is one
    span, whatever the words around it. Overlapping spans (a word and a word inside it)
    are merged, so spans never overlap.
    """
    if not runs or not text:
        return []
    spans: set[tuple[int, int]] = set()
    literals = [run[0][1:] for run in runs if len(run) == 1 and run[0].startswith(LITERAL_MARK)]
    if literals:
        spans.update(literal_spans(text, literals))
        runs = [run for run in runs if not (len(run) == 1 and run[0].startswith(LITERAL_MARK))]
        if not runs:
            return _disjoint(spans)
    tokens = segmenter.tokens(text)
    singles = {run[0] for run in runs if len(run) == 1}
    phrases = [run for run in runs if len(run) > 1]
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


def literal_spans(text: str, literals: list[str]) -> list[tuple[int, int]]:
    """Where ``text`` contains each of ``literals`` (already in :func:`literal_text` form),
    as spans of the original text: from the first character of an occurrence to its last,
    so whitespace inside it (王　强) is covered and whitespace around it is not."""
    stream = literal_text(text)
    if len(stream) == len(text):
        at = None  # no whitespace: offsets are the text's own
    else:
        at = [i for i, ch in enumerate(text) if not ch.isspace()]
        if len(at) != len(stream):  # cannot happen (one character for one); stay safe
            return []
    out = []
    for lit in literals:
        if not lit:
            continue
        start = stream.find(lit)
        while start >= 0:
            end = start + len(lit)
            out.append((start, end) if at is None else (at[start], at[end - 1] + 1))
            start = stream.find(lit, start + 1)
    return out


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

    from drafter.library.query import QueryError, parse
    from drafter.library.query_compile import Compiler

    try:
        return (
            Compiler(segmenter, lambda _name, _text: wq.NullQuery).compile(parse(query)).highlight
        )
    except QueryError:
        return []
