"""The runs of one level's chain of restarts, indexed by position (see
:class:`RunIndex`): what keeps the structure chooser linear in long compilations."""

from __future__ import annotations

import bisect

from drafter.corpus.candidates import Candidate, Group, is_styled, outrank_cost, outranks


class RunIndex:
    """The runs of one level's chain of restarts by position, so that each link takes the
    runs after a point, and each group the runs after its last item, without a scan of
    all of them (which made long documents quadratic in their restarts)."""

    def __init__(self, runs: list[list[Candidate]]) -> None:
        self.runs = runs
        self.starts = [r[0].index for r in runs]
        self.ordered = self.starts == sorted(self.starts)
        self.last_of: dict[str, int] = {}  # family -> position of its last run (any size)
        self.lists_of: dict[str, list[int]] = {}  # family -> positions of its runs of 2+
        self.weights_of: dict[str, list[float]] = {}  # family -> their outrank_cost, same order
        self.last_list = -1  # position of the last run of two or more items
        # each run as a way to fill a level, by position: numbered ones, format headings
        self.numbered: list[Group] = []
        self.numbered_at: list[int] = []
        self.hinted: list[Group] = []
        self.hinted_at: list[int] = []
        for p, r in enumerate(runs):
            family = r[0].family
            self.last_of[family] = p
            if is_styled(family):
                self.hinted.append(Group(family, r, False))
                self.hinted_at.append(p)
            else:
                self.numbered.append(Group(family, r, True))
                self.numbered_at.append(p)
            if len(r) >= 2:
                self.lists_of.setdefault(family, []).append(p)
                self.weights_of.setdefault(family, []).append(outrank_cost(r))
                self.last_list = p

    def offset(self, runs: list[list[Candidate]]) -> int | None:
        """Where ``runs`` begins in the chain's runs when it is their tail, else None."""
        if not self.ordered:
            return None
        m = len(self.runs) - len(runs)
        if m < 0 or (runs and (m >= len(self.runs) or runs[0] is not self.runs[m])):
            return None
        return m

    def after(self, index: int, runs: list[list[Candidate]]) -> list[list[Candidate]]:
        """The runs of ``runs`` that start after paragraph ``index``, in order."""
        if self.offset(runs) is not None:
            return self.runs[bisect.bisect_right(self.starts, index) :]
        return [r for r in runs if r[0].index > index]

    def within(self, a: int, b: int, runs: list[list[Candidate]]) -> list[list[Candidate]]:
        """The runs of ``runs`` wholly in paragraphs [a, b), in order."""
        m = self.offset(runs)
        if m is None:
            return [r for r in runs if a <= r[0].index and r[-1].index < b]
        i = max(m, bisect.bisect_left(self.starts, a))
        j = max(i, bisect.bisect_left(self.starts, b))
        return [r for r in self.runs[i:j] if r[-1].index < b]

    def before(self, index: int, runs: list[list[Candidate]]) -> list[list[Candidate]]:
        """The runs of ``runs`` that start before paragraph ``index`` (and perhaps more)."""
        m = self.offset(runs)
        if m is None:
            return runs
        return runs[: max(0, bisect.bisect_left(self.starts, index) - m)]

    def any_after(self, index: int, family: str, runs: list[list[Candidate]]) -> bool:
        """Whether a run of ``family`` in ``runs`` starts after paragraph ``index``."""
        m = self.offset(runs)
        if m is None:
            return any(r[0].family == family and r[0].index > index for r in runs)
        j = max(m, bisect.bisect_right(self.starts, index))
        return self.last_of.get(family, -1) >= j

    def split(
        self, runs: list[list[Candidate]], index: int, family: str
    ) -> tuple[list[list[Candidate]] | None, bool, list[float]]:
        """The runs of ``runs`` starting at or before paragraph ``index``, whether a run
        of two or more starts after it, and what those of a family above ``family`` cost
        (:func:`outrank_cost`); (None, False, []) when ``runs`` is not the chain's tail
        (then they are weighed one by one)."""
        m = self.offset(runs)
        if m is None:
            return None, False, []
        j = max(m, bisect.bisect_right(self.starts, index))
        above = [
            w
            for f, at in self.lists_of.items()
            if at[-1] >= j and outranks(f, family)
            for w in self.weights_of[f][bisect.bisect_left(at, j) :]
        ]
        return runs[: j - m], self.last_list >= j, above
