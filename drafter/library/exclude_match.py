"""Whoosh's "a ANDNOT b" with its first match checked against the exclusion.

Whoosh 2.7's ``AndNotMatcher`` checks its first document against the excluded part only
when the excluded part happens to stand on that very document: when the excluded part
starts on an earlier one, the first document of the wanted part is passed without a
look. So ``改革 NOT 营商环境`` kept a paragraph holding both words whenever it was the
first 改革 paragraph of its index segment and an earlier paragraph held 营商环境; the
team library, which says ``NOT`` in SQL, dropped it. :class:`Excluding` is the same
query with a matcher that catches the excluded part up before the first match, as it
does before every later one. The team library translates it as any ``AndNot``.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import AndNotMatcher


class _ExcludingMatcher(AndNotMatcher):
    """AndNotMatcher whose first match is checked as every later one is."""

    def _find_first(self):
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class Excluding(wq.AndNot):
    """Paragraphs matching ``a`` and not ``b`` (see the module docstring: Whoosh's own
    AndNot can keep the first paragraph of ``a`` that ``b`` should remove)."""

    def matcher(self, searcher, context=None):
        """``a``'s matcher, scored, minus ``b``'s (unscored), every match checked."""
        scored = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return _ExcludingMatcher(scored, excluded)
