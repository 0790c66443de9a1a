"""Documents in traditional characters (a 1954 report, a text from Hong Kong or Taiwan, a
speech a site reprinted in Big5): the reading rules know their words in simplified form
(来源, 讲话, 最后, 给大家提四点要求 …), so such a document is read through a copy with every
character simplified one for one — OpenCC's character table (:mod:`.hant_table`), never its
phrase table, so every offset and length stays the same — and what the pipeline found
(title, headings, paragraphs, closing, apparatus) is then given back in the characters the
user's file writes (:class:`Restorer`).

Whether a text is in traditional characters is a count over its first
:data:`_SAMPLE` characters, two C-level scans: characters only traditional text writes
(個 們 這 說 …) against characters only simplified text writes (个 们 这 说 …). A simplified
speech that quotes 臺灣 or a name with 乾 has far more of the second."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from drafter.corpus.hant_table import SIMPLIFIED, SIMPLIFIED_ONLY, TRADITIONAL
from drafter.corpus.model import Document, RawDocument

TABLE = str.maketrans(TRADITIONAL, SIMPLIFIED)


def _bmp_class(chars: str) -> re.Pattern:
    """A one-character class of ``chars`` in the Basic Multilingual Plane: one character
    beyond it makes the regex engine test a list of ranges at every position (35 ms on
    20,000 characters instead of 0.1 ms), and those rare ones decide nothing."""
    return re.compile("[" + "".join(c for c in chars if ord(c) <= 0xFFFF) + "]")


_TRADITIONAL_CHAR = _bmp_class(TRADITIONAL)
_SIMPLIFIED_CHAR = _bmp_class(SIMPLIFIED_ONLY)
# enough text to tell the script of any document, cheap on a book-length one
_SAMPLE = 20000
# fewer traditional characters than this is a quotation or a name, not a traditional text
_MIN_TRADITIONAL = 5


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: at least
    :data:`_MIN_TRADITIONAL` traditional-only characters in its first :data:`_SAMPLE`, and
    more than three times as many as simplified-only ones (a text typed with an input
    method that mixes the two still leans far one way). The simplified ones are counted
    only when the first count passes: most texts stop at one scan."""
    sample = text[:_SAMPLE]
    hant = len(_TRADITIONAL_CHAR.findall(sample))
    if hant < _MIN_TRADITIONAL:
        return False
    return hant > 3 * len(_SIMPLIFIED_CHAR.findall(sample))


def opening_text(raw: RawDocument) -> str:
    """The first :data:`_SAMPLE` characters or so of ``raw``'s text, joined no further than
    needed (a reader that already has the whole text gives it as it is)."""
    if raw.joined is not None:
        return raw.joined
    texts: list[str] = []
    size = 0
    for block in raw.blocks:
        texts.append(block.text)
        size += len(block.text) + 1
        if size >= _SAMPLE:
            break
    return "\n".join(texts)


def simplified_raw(raw: RawDocument) -> RawDocument:
    """``raw`` with every block's text (and bold runs) and the file's hints simplified
    character for character."""
    blocks = [
        replace(b, text=b.text.translate(TABLE), bold=b.bold.translate(TABLE) if b.bold else b.bold)
        for b in raw.blocks
    ]
    hints = {k: v.translate(TABLE) for k, v in raw.hints.items()}
    joined = raw.joined.translate(TABLE) if raw.joined is not None else None
    return replace(raw, blocks=blocks, hints=hints, joined=joined)


class Restorer:
    """Gives text found in a simplified copy back in the original's characters.

    A string that stands in the copy as it is (a title line, a paragraph of a Word file)
    is taken from the original at the same offset. One the pipeline made anew (lines of a
    text file joined, spaces dropped) goes back character by character: each simplified
    character to the traditional one the document writes for it — the one it wrote most
    often, where (rarely) it wrote two (後 and 后 in 皇后 both simplify to 后)."""

    def __init__(self, original: str, copy: str) -> None:
        self._original = original
        self._copy = copy
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for a, b in zip(original, copy):
            if a != b:
                seen[b][a] += 1
        for c in seen:
            kept = original.count(c)  # written simplified in the original too
            if kept:
                seen[c][c] += kept
        self._back = str.maketrans({c: n.most_common(1)[0][0] for c, n in seen.items()})
        self._changed = re.compile(f"[{''.join(seen)}]") if seen else None

    def text(self, s: str | None) -> str | None:
        """``s`` in the original's characters (``None`` stays ``None``)."""
        if not s or self._changed is None or self._changed.search(s) is None:
            return s
        at = self._copy.find(s)
        if at >= 0:
            return self._original[at : at + len(s)]
        return s.translate(self._back)

    def texts(self, items: list[str]) -> list[str]:
        """Each of ``items`` in the original's characters."""
        return [self.text(s) or s for s in items]


def restore_document(doc: Document, back: Restorer) -> None:
    """Give every text of ``doc`` the user's own sees (metadata, outline, apparatus) back in
    the original's characters, in place. ``genre`` and ``level`` are the library's own
    words (讲话, 全县), used to file and browse, and stay as they are; so do the outline's
    doubts and the warnings, which are the program's messages."""
    m = doc.metadata
    for name in ("title", "subtitle", "speaker", "post", "occasion", "source"):
        setattr(m, name, back.text(getattr(m, name)))
    outline = doc.outline
    outline.preamble = back.texts(outline.preamble)
    outline.closing = back.texts(outline.closing)
    for section in outline.walk():
        section.marker = back.text(section.marker) or section.marker
        section.heading = back.text(section.heading) or section.heading
        section.paragraphs = back.texts(section.paragraphs)
        section.after = back.texts(section.after)
    a = doc.apparatus
    a.notes = back.texts(a.notes)
    a.endnotes = back.texts(a.endnotes)
    a.source = back.text(a.source)
    a.appendix = back.texts(a.appendix)
    a.stage_notes = back.texts(a.stage_notes)
    a.site_chrome = back.texts(a.site_chrome)
    a.marks = [(back.text(anchor) or anchor, number) for anchor, number in a.marks]
