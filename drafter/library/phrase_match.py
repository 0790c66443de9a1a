"""Whoosh phrase queries that run fast and line up character pairs at their offsets.

:class:`FastPhrase` (words at consecutive positions), :class:`LiteralPhrase` (a literal
text's character pairs, each at its own offset) and :class:`WordBonus` (a literal scored
up where it also stands as words) are what :mod:`drafter.library.query_compile` builds;
the team library translates the same classes into SQL. Apart from the compiler because
they are Whoosh's matcher machinery, not the query language.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import AndMaybeMatcher, IntersectionMatcher, NullMatcher, WrappingMatcher


class FastPhrase(wq.Phrase):
    """An exact phrase: the words at consecutive positions.

    Whoosh's own phrase matcher builds a span object per position of every candidate;
    for two common words ("安全 生产") that is most of a query's time. This matcher
    intersects the words' postings and compares decoded position arrays as sets.
    """

    def matcher(self, searcher, context=None):
        """Intersect the words' postings first and check adjacency only on paragraphs holding every
        word, with the packed positions; no matcher at all when a word is not in the index.
        """
        return self._lined_up(searcher, context, None)

    def _lined_up(self, searcher, context, offsets: list[int] | None):
        """The words' postings intersected, passed only where their positions line up
        (leaf k at ``offsets[k]`` from the first, or at k when ``offsets`` is None)."""
        reader = searcher.reader()
        if any((self.fieldname, w) not in reader for w in self.words):
            return NullMatcher()
        leaves = [wq.Term(self.fieldname, w).matcher(searcher, context) for w in self.words]
        child = leaves[0]
        for leaf in leaves[1:]:
            child = IntersectionMatcher(child, leaf)
        decode = searcher.schema[self.fieldname].format.decode_positions
        return _PhraseMatcher(child, leaves, decode, self.boost, offsets)


class _BonusMatcher(AndMaybeMatcher):
    """Whoosh's AndMaybe matcher without its quality shortcut: once the top hits are
    full, Whoosh turns an AndMaybe whose first part cannot reach them alone into an
    intersection, which drops the literal-only paragraphs from the count of hits."""

    def replace(self, minquality=0):
        return self if self.a.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        return False


class WordBonus(wq.AndMaybe):
    """A literal (the first part: what matches) with its words (the second: added to the
    score where the paragraph also holds them as words); the count of hits stays exact."""

    matcherclass = _BonusMatcher


class LiteralPhrase(FastPhrase):
    """A literal text: its character-pair terms (see
    :func:`~drafter.library.analyzer.literal_grams`) each at its own offset from the
    first, built by :func:`literal_query`. Scored as the mean of its pairs (the boost is
    one over their number), so a long phrase does not outweigh the other words of a query
    by its length alone."""

    def __init__(self, fieldname: str, words: list[str], offsets: list[int]) -> None:
        super().__init__(fieldname, words, boost=1.0 / len(words))
        self.offsets = list(offsets)

    def __eq__(self, other) -> bool:
        return super().__eq__(other) and self.offsets == other.offsets

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(tuple(self.offsets))

    def normalize(self):
        """Itself: Whoosh's phrase normalisation would rebuild a plain phrase and lose the
        offsets."""
        return self

    def matcher(self, searcher, context=None):
        """As :meth:`FastPhrase.matcher`, the leaves lined up at their offsets."""
        return self._lined_up(searcher, context, self.offsets)


class _PhraseMatcher(WrappingMatcher):
    """Passes only documents where the leaves' positions line up (see FastPhrase):
    leaf k at ``offsets[k]`` from the first (k for a phrase of words)."""

    def __init__(self, child, leaves, decode, boost=1.0, offsets=None):
        super().__init__(child, boost)
        self._leaves = leaves
        self._decode = decode
        self._offsets = offsets or list(range(len(leaves)))
        self._find_next()

    def _aligned(self) -> bool:
        decode = self._decode
        starts = None
        for leaf, k in zip(self._leaves, self._offsets):
            positions = decode(leaf.value())
            here = {p - k for p in positions} if k else set(positions)
            starts = here if starts is None else starts & here
            if not starts:
                return False
        return True

    def _find_next(self) -> bool:
        child = self.child
        moved = False
        while child.is_active() and not self._aligned():
            moved = child.next() or moved
        return moved

    def next(self):
        self.child.next()
        return self._find_next()

    def skip_to(self, id):
        self.child.skip_to(id)
        return self._find_next()

    def supports_block_quality(self) -> bool:
        return False

    def replace(self, minquality=0):
        # The leaves are part of the child tree: keep the tree as it is.
        return self if self.is_active() else NullMatcher()

    def copy(self):
        raise NotImplementedError("phrase matchers are not copied")

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def all_items(self):
        while self.is_active():
            yield self.id(), self.value()
            self.next()
