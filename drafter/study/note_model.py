"""One note or highlight (:class:`Note`) and where its quote stands in a text: the span's
part in each paragraph, every place its words stand, the place nearest where it was.

Apart from the store (:mod:`drafter.study.notes`) so the study page and the notes
commands read a note's span without the SQLite file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate


@dataclass
class Note:
    """A highlight (``note`` empty) or a note on ``quote``, the text of paragraph
    ``paragraph`` from ``start`` to ``end`` of document ``doc_id`` (paragraph indexes are
    those of :meth:`Document.paragraphs`). A note over several paragraphs runs from
    ``start`` in ``paragraph`` to ``end`` in ``end_paragraph``, its quote their words joined
    by a line break (a trainee marks a whole passage: 一是…二是… over three paragraphs)."""

    id: int
    doc_id: str
    doc_title: str | None
    paragraph: int
    start: int
    end: int
    quote: str
    note: str
    color: str
    created: str
    updated: str
    # the document's file when the note was made (None for notes kept before it was noted):
    # how a note finds its document again once the file changed and so did the id
    doc_path: str | None = None
    # the paragraph the span ends in, when not ``paragraph`` (None: it ends where it starts)
    end_paragraph: int | None = None
    # the file changed and its words are no longer in the text: the note stays on the
    # document (its new id) with its old quote, listed and flagged, drawn nowhere, until the
    # trainee places it again (NoteStore.relocate) or deletes it
    unplaced: bool = False

    def __post_init__(self) -> None:
        self.unplaced = bool(self.unplaced)  # sqlite gives 0 or 1

    @property
    def last_paragraph(self) -> int:
        """The paragraph the span ends in (``paragraph`` for a span within one)."""
        return self.paragraph if self.end_paragraph is None else self.end_paragraph

    def spans(self, texts) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) of each paragraph's part of the span, in order; ``texts``
        gives a paragraph's text by its index (the middle and first parts run to its end)."""
        return span_parts(texts, self.paragraph, self.start, self.last_paragraph, self.end)

    def covers(self, paragraph: int, offset: int) -> bool:
        """Whether the span holds the character at ``offset`` of ``paragraph``."""
        if not self.paragraph <= paragraph <= self.last_paragraph:
            return False
        after_start = paragraph > self.paragraph or offset >= self.start
        before_end = paragraph < self.last_paragraph or offset < self.end
        return after_start and before_end

    @property
    def is_highlight(self) -> bool:
        """A note with no text is a highlight: the trainee marked the passage without writing about
        it.
        """
        return not self.note.strip()


def span_parts(
    texts, paragraph: int, start: int, last: int, end: int
) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of each paragraph's part of a span from ``start`` in
    ``paragraph`` to ``end`` in ``last``; ``texts`` gives a paragraph's text by its index.
    One home for how a span over paragraphs is cut: the note's quote is made of these parts
    and the study page draws them."""
    out = []
    for p in range(paragraph, last + 1):
        a = start if p == paragraph else 0
        b = end if p == last else len(texts[p])
        if b > a:
            out.append((p, a, b))
    return out


NEAR = 10
"""How far (in paragraphs) a note kept without its file's path may move to its quote when it
follows a same-titled document (:meth:`~drafter.study.notes.NoteStore.follow`): an edit
moves a passage a little, another year's report of the same title holds the same words anywhere."""


def quote_places(paragraphs: list[str], quote: str) -> list[tuple[int, int, int | None, int]]:
    """Every place ``quote`` stands in ``paragraphs``, in reading order: (paragraph, start,
    end_paragraph, end), end_paragraph None within one paragraph. The paragraphs are read
    joined by line breaks, as a quote over several of them is kept
    (:meth:`~drafter.study.notes.NoteStore.add`)."""
    whole = "\n".join(paragraphs)
    begins = list(accumulate((len(t) + 1 for t in paragraphs), initial=0))
    places = []
    at = whole.find(quote) if quote else -1
    while at >= 0:
        i = bisect_right(begins, at) - 1
        j = bisect_right(begins, at + len(quote)) - 1
        places.append((i, at - begins[i], j if j != i else None, at + len(quote) - begins[j]))
        at = whole.find(quote, at + 1)
    return places


def nearest_place(note: Note, paragraphs: list[str]) -> tuple[int, int, int | None, int] | None:
    """Where ``note``'s quote stands in ``paragraphs``: (paragraph, start, end_paragraph,
    end) nearest to where the note was, or None when the text no longer holds it."""
    places = quote_places(paragraphs, note.quote)
    if not places:
        return None
    return min(places, key=lambda q: (abs(q[0] - note.paragraph), abs(q[1] - note.start)))


def quoted_words(note: Note, paragraphs: list[str]) -> str:
    """The words ``note``'s span covers in ``paragraphs`` (its quote's form: parts joined
    by a line break)."""
    return "\n".join(paragraphs[p][a:b] for p, a, b in note.spans(paragraphs))
