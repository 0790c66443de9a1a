"""Long paragraphs cut into pieces for the index, and windows of text around a hit.

A scraped page or a text with no line breaks can make one "paragraph" of megabytes. The
index stores each paragraph's text for showing hits, so an uncut giant would be read,
cut again for highlights and printed whole by every search that touches it. Indexing
pieces of at most :data:`INDEX_CHUNK` characters (cut after a sentence end where there is
one) keeps every search's memory and time flat whatever the paragraph size; real
paragraphs of speeches (a few hundred characters, rarely over 1,500) stay whole.
"""

from __future__ import annotations

INDEX_CHUNK = 2000  # characters of one indexed piece
SNIPPET_CHARS = 240  # characters shown around a hit in a long piece (command line, JSON)

_SENTENCE_ENDS = frozenset("。！？；!?;…\n")


def index_pieces(text: str, size: int = INDEX_CHUNK) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, each ending after a
    sentence end when one falls in the second half of the piece. Linear in ``len(text)``;
    a short text is returned as the only piece."""
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    start = 0
    n = len(text)
    while n - start > size:
        end = start + size
        cut = end
        for i in range(end - 1, start + size // 2 - 1, -1):
            if text[i] in _SENTENCE_ENDS:
                cut = i + 1
                break
        pieces.append(text[start:cut])
        start = cut
    if start < n:
        pieces.append(text[start:])
    return pieces


def window(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """A window of about ``width`` characters of ``text`` around its first span, with “…”
    where it is cut, and the spans that fall in it shifted to the window's offsets.

    Text no longer than ``width`` comes back unchanged. Spans cut by the window's edge
    are clipped to it.
    """
    if len(text) <= width:
        return text, list(spans)
    first = spans[0][0] if spans else 0
    lo = max(0, min(first - width // 4, len(text) - width))
    hi = min(len(text), lo + width)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    shift = len(prefix) - lo
    shown = [
        (max(s, lo) + shift, min(e, hi) + shift) for s, e in spans if e > lo and s < hi and e > s
    ]
    return prefix + text[lo:hi] + suffix, shown
