"""How good a group of candidate headings is as one level of the outline: its score.

:mod:`drafter.corpus.structure` chooses a document's headings level by level, top down;
at every level each group of candidates (a run 一、二、三、, the unnumbered lines, a level
of Word headings) is scored here as that level. The score adds the group's own terms (how
much of the range it spans and how early it starts, whether its numbering is complete,
whether its items stand alone and look like headings, similar lengths, brevity, the rank of
its marker family, a roadmap sentence announcing that many points) and takes off what
choosing it implies for the other runs: a strong run numbering on across its items, part
titles above it that would be lost. The chooser bounds the score with :data:`MAX_OWN` and
:data:`MAX_BONUS` to skip groups that cannot win, so those two follow the terms here.
"""

from __future__ import annotations

import bisect
import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import (
    PLAIN,
    PLAIN_TITLES,
    TOPIC,
    UNNUMBERED,
    Candidate,
    Group,
    crosses,
    family_rank,
    is_styled,
    outrank_cost,
    outranks,
    restarts_after,
    run_strength,
)
from drafter.corpus.run_index import RunIndex

_ROADMAP = re.compile(
    r"(讲|谈|说|提|强调|汇报|报告|明确)(?:以下|下面)?([两二三四五六七八九十几]+)(点|个问题|个方面|方面|条|件事|句话|层意思)"
)
_PACKED = 0.15  # a group's items within this share of the stretch: packed together
# speaker turns, by two speakers or more, that make a text (or the rest of a stretch) a
# dialogue: the one number the chooser, drafter.corpus.turns, the confidence and the
# closing's exchange all count against
TURNS = 4
# a speaker's turn opening a paragraph (问：, 任总：, 张三：): read by the chooser too, to
# count the turns of a text without headings. An ordinal label (第一条：, 第二点：, 第三：,
# 其一：) has the shape of a short name before a colon but counts points or quoted rules,
# and no speaker is named so: a speech listing them is no dialogue
TURN = re.compile(
    r"^(?![第其][一二三四五六七八九十]{1,2}[条点种个项款]?[：:])"
    r"(问|答|[\u4e00-\u9fff]{1,3}总|[\u4e00-\u9fff]{2,3})[：:]"
)
_INSIDE_ONE_PART = 0.5  # a higher family's run inside one middle part: a small cost
_UNDER_TITLES = 1.5  # numbered paragraphs running on under part titles standing over them
# the most a group's own terms other than 1.5 * early can give (spread, complete,
# standalone, headlike, lensim, brevity, prior, count, roadmap at their best)
MAX_OWN = 1.0 + 1.0 + 1.0 + 1.0 + 0.5 + 0.8 + 1.0 + 1.0 + 0.8
MAX_BONUS = 0.8  # for sections holding lists of their own: at most this much in all
_BRIEF = 24  # characters: headings are this short or shorter, prose runs longer


class GroupScorer:
    """Scores groups of candidates as a level of one document's outline (see the module
    docstring). One per document: a group's own shape does not depend on the range being
    read, so it is kept and reused at every level and every restart of a numbering."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._shapes: dict[tuple, tuple] = {}

    def score(
        self,
        g: Group,
        lo: int,
        hi: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        parent_rank: float | None,
        index: RunIndex | None = None,
    ) -> float:
        """The score of group ``g`` as the level of paragraphs [lo, hi): its own terms
        (:meth:`base`) and what choosing it implies for the other ``runs`` and ``plain`` lines;
        0.0 when it cannot be a level at all. ``index`` answers the runs after its last item
        together, the same score to the last bit as one by one."""
        base = self.base(g, lo, hi, parent_rank)
        if base is None:
            return 0.0
        return self.implied(base, g, lo, hi, runs, plain, index)

    def _shape(self, g: Group) -> tuple[float, float, float, float, float]:
        """A group's own qualities (completeness, standalone, headlike, length similarity,
        brevity), memoised: they do not depend on the range being read, and the same runs
        are weighed again at every level and every restart."""
        items = g.items
        key = (g.family, id(items[0]), id(items[-1]), len(items))
        memo = self._shapes.get(key)
        if memo is not None:
            return memo[0]
        k = len(items)
        hinted = is_styled(g.family)
        if g.family in (PLAIN, PLAIN_TITLES, TOPIC):
            complete = 0.35
        elif hinted:
            complete = 0.8
        else:
            first = items[0].ordinal
            gaps = sum(1 for a, b in zip(items, items[1:]) if b.ordinal != a.ordinal + 1)
            complete = (1.0 if first == 1 else 0.7) * (1 - gaps / k)
        standalone = sum(1 for c in items if c.standalone) / k
        headlike = sum(1 for c in items if c.headlike or c.hinted) / k
        lengths = [len(c.heading) for c in items]
        brevity = sum(min(1.0, _BRIEF / max(1, n)) for n in lengths) / k
        mean = sum(lengths) / k or 1
        cv = (sum((n - mean) ** 2 for n in lengths) / k) ** 0.5 / mean
        lensim = 1 / (1 + cv)
        got = (complete, standalone, headlike, lensim, brevity)
        self._shapes[key] = (got, items)  # keep the items alive: their ids stay theirs
        return got

    def base(self, g: Group, lo: int, hi: int, parent_rank: float | None) -> float | None:
        """The score of a group from its own terms in [lo, hi), before what it implies for
        the other runs; None when it cannot be a level at all."""
        items = g.items
        k = len(items)
        hinted = is_styled(g.family)
        if k < 2 and not hinted and not items[0].carried and not items[0].lone:
            return None
        size = max(1, hi - lo - 1)
        spread = (items[-1].index - items[0].index) / size
        early = 1 - (items[0].index - lo) / max(1, hi - lo)
        if (
            lo == 0
            and spread < _PACKED
            and not hinted
            and sum(1 for c in items if c.standalone) * 2 < k
            and self._dialogue(items[-1].index + 1, hi)
        ):
            # points run into the paragraphs of the first turn of minutes (问：/任总：…
            # follow): they answer one question, they do not divide the dialogue after
            # them (points standing alone as headings over a speech before its questions
            # still do)
            return None
        complete, standalone, headlike, lensim, brevity = self._shape(g)
        rank = family_rank(g.family)
        if rank is None:
            prior = 0.3 if g.family in (PLAIN, PLAIN_TITLES, TOPIC) else 0.45
        else:
            prior = 1 - rank / 7
        if parent_rank is not None and rank is not None and rank < parent_rank:
            prior -= 0.6  # 一、 under （一）: against convention
        count = 1.0 if k <= 12 else max(-1.0, 1 - (k - 12) / 12)  # 89 items: paragraphs
        roadmap = self._roadmap(items[0].index, lo, k)
        return (
            1.0 * spread
            + 1.5 * early
            + 1.0 * complete
            + 1.0 * standalone
            + 1.0 * headlike
            + 0.5 * lensim
            + 0.8 * brevity
            + 1.0 * prior
            + 1.0 * count
            + 0.8 * roadmap
        )

    def _dialogue(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) is a dialogue: several paragraphs open with a speaker's turn
        (问：… 答：… 任总：… 张浩：…), by at least two speakers."""
        labels = [m.group(1) for t in self.texts[lo:hi] if (m := TURN.match(t))]
        return len(labels) >= TURNS and len(set(labels)) >= 2

    def implied(
        self,
        score: float,
        g: Group,
        lo: int,
        hi: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        index: RunIndex | None = None,
    ) -> float:
        """``score`` with what choosing the group implies for the other runs and lines.

        A run starting after the group's last item only says that the last section holds
        a list and, of a higher family, costs 3: those runs are taken together from
        ``index`` instead of one by one, and the 3s taken off one at a time after the
        others (where they came in the scan of runs in paragraph order), so the score is
        the same to the last bit."""
        above: list[float] = []
        items = g.items
        k = len(items)
        size = max(1, hi - lo - 1)
        holding: set[int] = set()  # sections with a list of their own inside
        all_runs = runs
        if index is not None:
            head, tail_holds, above = index.split(runs, items[-1].index, g.family)
            if head is not None:
                runs = head
                if tail_holds:
                    holding.add(k)
        # what choosing this group implies for the other runs: a run under one of its
        # items fits (evidence for it), a strong run numbering on across its items or
        # standing before its first item would have to be dropped (evidence against)
        bounds = [c.index for c in items]
        # a higher family numbering afresh from 1 under every one of its items standing
        # alone ((一)任总在…座谈纪要: 一、二、三、; (二)…: 一、二、): its items are the parts
        # and those runs their points, whatever the convention says of their markers
        parts = _parts_over_points(g, all_runs, hi)
        if parts:
            above = [_INSIDE_ONE_PART for _ in above]
        for r in runs:
            if r[0] is items[0] or len(r) < 2:
                continue
            if crosses(r, bounds):
                if outranks(r[0].family, g.family):
                    score -= 3.0  # 1. 2. cannot hold the （一）（二） around them
                elif _parts_over_lines(r, items):
                    score -= outrank_cost(r)  # 一、 parts with the unnumbered lines under them
                elif g.family == TOPIC and len(r) >= 3 and r[0].ordinal == 1:
                    score -= 3.0  # topics alike in wording across （一）…（九）: under them
                elif len(r) >= 3:
                    score -= 0.35 * min(len(r), 6) * (1.0 if r[0].standalone else 0.25)
            elif r[-1].index < items[0].index:
                if r[0].index >= lo:
                    score -= 0.8 * run_strength(r, size)
            elif r[0].index > items[0].index and len(r) >= 2:
                at = bisect.bisect_right(bounds, r[0].index)
                holding.add(at)
                if outranks(r[0].family, g.family):
                    # 一、 under 一是: against convention; but a run wholly inside one
                    # middle part of standalone parts is that part's points, whatever its
                    # marker (（二）今后经济建设的方针: 一、…十、; then （三）…)
                    # — or of a run-in part that announces them (（二）…。其…方针是： then
                    # 一、…。… 二、…。…, then （三）: sequences._point_announces)
                    inside = parts or (
                        at < k
                        and r[-1].index < bounds[at]
                        and (
                            all(c.standalone for c in items)
                            or (
                                at >= 1
                                and r[0].index == bounds[at - 1] + 1
                                and self.texts[bounds[at - 1]].rstrip().endswith(("：", ":"))
                            )
                        )
                    )
                    score -= _INSIDE_ONE_PART if inside else outrank_cost(r)
        for cost in above:  # the same for the runs after the last item
            score -= cost
        if g.family == PLAIN_TITLES:
            # the sentence lines under its titles fit there, as lists fit under items
            at = {c.index for c in items}
            for c in plain:
                if c.index > items[0].index and c.index not in at:
                    holding.add(bisect.bisect_right(bounds, c.index))
        if g.family not in UNNUMBERED:
            # a line standing alone right before one of its items cannot head anything
            # under the item before: it heads what follows, so it is the higher level
            at = {c.index for c in items}
            orphans = sum(1 for c in plain if c.index + 1 in at and c.index > items[0].index)
            score -= 0.5 * min(orphans, 4)
            # every line standing alone (or every heading a Word style marks) stands right
            # over one of its items, the first included, and the numbers go on across
            # them: part titles over numbered paragraphs ((一)…(六) / 为民主和自由而斗争 /
            # (七)…), the titles are the level
            lines = [c for c in plain if lo <= c.index < hi]
            styled = [
                c for r in all_runs if is_styled(r[0].family) for c in r if lo <= c.index < hi
            ]
            if _titles_over(lines, items, at) or _titles_over(styled, items, at):
                score -= _UNDER_TITLES
            before = [c for c in plain if lo <= c.index < items[0].index]
            if len(before) >= 2:  # part titles above it would be lost
                score -= 0.8 * (1 + 2 * (before[-1].index - before[0].index) / size)
            elif before:
                # a part title above its first item and others after its last: it numbers
                # the points of one part (六五计划的基本任务: 一、…六、; then two more parts)
                after = [c for c in plain if items[-1].index < c.index < hi]
                # one more part title with the family numbering again from 1 under it
                # (关于国内建设: 一、…五、; 关于外交工作: 一、…三、) says the same
                if len(after) >= 2 or (after and restarts_after(all_runs, after[0], g.family)):
                    score -= 0.8 * (1 + 2 * (after[-1].index - before[0].index) / size)
        return score + MAX_BONUS * len(holding) / k

    def _roadmap(self, first: int, lo: int, k: int) -> float:
        """1 when a sentence shortly before the first item announces k points."""
        for j in range(max(lo, first - 4), first):
            m = _ROADMAP.search(self.texts[j])
            if m is None:
                continue
            word = m.group(2)
            if word == "几":
                return 0.6
            n = mk.cn_to_int("二" if word == "两" else word)
            return 1.0 if n == k else 0.0
        return 0.0


def _titles_over(lines: list[Candidate], items: list[Candidate], at: set[int]) -> bool:
    """Whether each of ``lines`` (two or more) stands right over an item of a numbered group
    (``at``: their paragraphs), the first line over its first item, and the numbering goes
    on across them (a line over a later item)."""
    return (
        len(lines) >= 2
        and lines[0].index + 1 == items[0].index
        and lines[-1].index > items[0].index
        and all(c.index + 1 in at for c in lines)
    )


def _parts_over_lines(run: list[Candidate], lines: list[Candidate]) -> bool:
    """Whether a numbered run of a ranked family (一、二、三、, counted from 1 without a gap)
    stands over the unnumbered ``lines``: it starts before the first of them and goes on
    across them, and two or more of its parts hold some. A writer who numbers one tier of
    headings and leaves the other bare (a Word file marking its points only in bold under
    its numbered parts: **一、…。** then **合同经理…。** **要把…。**, **二、…。**) numbers the
    top one; part titles over numbered paragraphs stand before the first of them instead
    (:func:`_titles_over`)."""
    if (
        len(lines) < 2
        or lines[0].family not in UNNUMBERED
        or family_rank(run[0].family) is None
        or run[0].ordinal != 1
        or run[0].index > lines[0].index
        or any(b.ordinal != a.ordinal + 1 for a, b in zip(run, run[1:]))
    ):
        return False
    at = [c.index for c in run]
    holding = {bisect.bisect_right(at, c.index) for c in lines}
    return len(holding) >= 2


def _parts_over_points(g: Group, runs: list[list[Candidate]], hi: int) -> bool:
    """Whether every item of ``g`` (two or more, each standing alone, numbered) is followed
    within its own part by a run of a higher-ranked family that starts at 1: two records
    under (一)/(二), each numbered 一、二、三、 — the parts are ``g``, not the points."""
    items = g.items
    if len(items) < 2 or g.family in UNNUMBERED or not all(c.standalone for c in items):
        return False
    ends = [c.index for c in items[1:]] + [hi]
    for head, end in zip(items, ends):
        if not any(
            len(r) >= 2
            and r[0].ordinal == 1
            and head.index < r[0].index
            and r[-1].index < end
            and outranks(r[0].family, g.family)
            for r in runs
        ):
            return False
    return True
