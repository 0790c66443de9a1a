"""Choosing a document's heading structure as a whole.

The outline parser (:mod:`drafter.corpus.outline`) finds *candidates*: paragraphs that
start with a marker (一、 （一） 第一， 一是 …), part numbers standing alone (一, 一　引言),
headings the file format marks, and short lines standing alone between paragraphs. It
groups the numbered ones into *runs* (1, 2, 3 … of one family). Which runs are headings,
and at which level, is decided here, top down:

* for the whole body, every run (and the group of unnumbered lines, and each level of
  format headings) is scored as the level-1 skeleton: how much of the body it spans, whether
  its numbering is complete and in order, whether its items stand alone as headings or are
  short first sentences, whether sibling headings are of similar length, the conventional
  rank of its marker family (第一章 above 一、 above （一） above 1.), whether a roadmap
  sentence (下面，我讲三点意见) announces that many points, and what choosing it would cost:
  a strong run that goes on numbering across its boundaries would have to be dropped;
* the best one becomes level 1; runs before its first item are an opening list (not
  headings), runs that number on across its items are paragraph numbers (not headings);
* each level-1 section is then read the same way for level 2, and so on.

So a short 一是/二是/三是 list in the opening no longer takes level 1 from the
第一句话/第二句话 skeleton that spans the speech, and 120 numbered paragraphs do not
outrank the 21 part titles they run across. The margin between the best and the second
reading, and the doubts met on the way, give the outline its ``confidence``.

A group's score, its own terms and what choosing it implies for the other runs, is
:mod:`drafter.corpus.group_score`'s; this module walks the levels and the restarts, ranks
the groups by the scores and keeps the margins and doubts.
"""

from __future__ import annotations

import bisect
import heapq
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count

from drafter.corpus import markers as mk
from drafter.corpus.candidates import (
    PLAIN,
    PLAIN_TITLES,
    TOPIC,
    UNNUMBERED,
    Candidate,
    Group,
    counted_items,
    crosses,
    family_rank,
    is_styled,
    outranks,
    part_before,
    run_strength,
    tail_lines,
    tail_run,
    tail_topics,
    themes_among,
    titles_among,
)
from drafter.corpus.confidence import Seen, judge, signals
from drafter.corpus.display import quote_cut
from drafter.corpus.group_score import MAX_BONUS, MAX_OWN, TURN, GroupScorer
from drafter.corpus.headings import name_line
from drafter.corpus.run_index import RunIndex

MAX_DEPTH = 4


@dataclass
class Structure:
    """The chosen headings (with ``level`` set) and how sure the choice is.

    ``restate`` judges again over other heads (:meth:`settle_on`): the outline's later
    passes (a second speaker's part, an appended part, a title over the first run …) change
    the heads after the choice, and a doubt judged before them could speak of an outline
    no longer shown."""

    heads: list[Candidate]
    confidence: float = 1.0
    doubts: list[str] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)  # see :mod:`.confidence`
    restate: Callable[[list[Candidate]], tuple[float, list[str], dict[str, float]]] | None = field(
        default=None, repr=False, compare=False
    )

    def settle_on(self, heads: list[Candidate]) -> None:
        """Take ``heads`` as the final headings; when they differ from those judged (other
        paragraphs, or other levels), judge them again, so the confidence and the doubts are
        of the outline shown. ren 20170723 said “1、”起的 7 段编号段落按列表或叙述处理 over
        the seven 1、 a later pass had made the second speaker's points."""
        judged = [(c.index, c.level) for c in self.heads]
        self.heads = heads
        if self.restate is None or [(c.index, c.level) for c in heads] == judged:
            return
        self.confidence, self.doubts, self.signals = self.restate(heads)


@dataclass
class _Link:
    """One link of a chain of restarts on one level: the range it reads and its group."""

    lo: int
    hi: int
    depth: int
    runs: list[list[Candidate]]
    plain: list[Candidate]
    parent_rank: float | None
    best: Group
    goes_on: bool  # the numbering starts again after it: the next link reads the rest
    index: RunIndex
    tail: bool = False  # lines standing alone after its last item go on its level
    tail_family: str = ""  # a numbered run after its last item that goes on its level


def choose_structure(
    n_paragraphs: int,
    runs: list[list[Candidate]],
    plain: list[Candidate],
    texts: list[str],
    warnings: list[str],
    set_aside: list[list[Candidate]] | None = None,
    close_lists: list[list[Candidate]] | None = None,
    settle: Callable[[list[Candidate]], list[Candidate]] | None = None,
) -> Structure:
    """Pick the heading levels that best explain the whole body (see the module doc).
    ``set_aside``: long numbered runs the parser read as a list or as prose;
    ``close_lists``: lists that came close to being a part's points (a doubt);
    ``settle``: the parser's last word on the chosen heads (a line it sets over the last
    run), applied before the confidence is judged so that the doubts speak of the outline
    shown."""
    chooser = _Chooser(texts, warnings)
    chooser.set_aside = list(set_aside or [])
    heads = chooser.level(0, n_paragraphs, 1, runs, plain, parent_rank=None)
    heads.sort(key=lambda c: c.index)
    if settle is not None:
        heads = settle(heads)

    def restate(final: list[Candidate]) -> tuple[float, list[str], dict[str, float]]:
        seen = Seen(
            chooser.margins,
            sum(1 for w in warnings if w.startswith("numbering:")),
            chooser.set_aside,
            chooser.dropped,
            runs,
            plain,
            turns=0 if final else _turns(texts),
            close=list(close_lists or []),
        )
        sig, what = signals(final, texts, seen)
        confidence, doubts = judge(sig, chooser.wording(final), what)
        return confidence, doubts, sig

    confidence, doubts, sig = restate(heads)
    return Structure(heads, confidence, doubts, sig, restate)


class _Force:
    """Calibration hook: ``rank`` > 0 makes the chooser take the group ranked that far
    down as level 1 (bench/confidence_fit.py reads the wrong readings it could have made,
    to learn what they look like). Always 0 in the application."""

    rank = 0


FORCE = _Force()


class NoReading(Exception):
    """Raised under :data:`FORCE` when the body has no group of that rank."""


_FIVE_AT_MOST = (5).__ge__  # a name line's length at most (李明华：)

# the fewest unnumbered lines that make a group of their own (:meth:`_Chooser._merge_formats`)
_PLAIN_GROUP = 2


class _Chooser:
    def __init__(self, texts: list[str], warnings: list[str]) -> None:
        self.texts = texts
        self.warnings = warnings
        self.margins: list[tuple[int, float, str, str]] = []  # level, margin, best, second
        self.dropped: list[list[Candidate]] = []
        self.set_aside: list[list[Candidate]] = []
        self.scorer = GroupScorer(texts)
        self._forced = False
        # speakers' name lines standing alone (程雅：), where a run another speaker says
        # after the last part goes on its level (:func:`.candidates.tail_run`)
        # (the paragraphs of five characters at most found in C: a text has few)
        short = compress(count(), map(_FIVE_AT_MOST, map(len, texts)))
        self.name_lines = [i for i in short if name_line(texts[i])]

    # -- one level ---------------------------------------------------------------------

    def level(
        self,
        lo: int,
        hi: int,
        depth: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        parent_rank: float | None,
    ) -> list[Candidate]:
        """Headings in paragraphs [lo, hi) at ``depth`` and below.

        The same family numbering again from 1 after the last item of the chosen group is
        read as the same level, for the rest of the range, and so on: a compilation of
        reports restarts hundreds of times. That chain is walked in a loop (each link picks
        its group, top down), then each link is finished bottom up, exactly as a recursion
        would, without one Python frame per restart."""
        if depth > MAX_DEPTH or hi - lo < 2:
            return []  # no group can be picked here (_pick's own first test)
        if not runs and len(plain) < _PLAIN_GROUP:
            # nothing to make a group of (_merge_formats would find none): most sections of
            # a law, whose articles are no candidates, end here without a RunIndex
            return []
        chain: list[_Link] = []
        index = RunIndex(runs)
        while True:
            link = self._pick(lo, hi, depth, runs, plain, parent_rank, index)
            if link is None:
                break
            chain.append(link)
            if not link.goes_on:
                break
            last = link.best.items[-1].index
            lo = last + 1
            runs = index.after(last, runs)
            plain = _plain_within(plain, last + 1, None)
        later: list[Candidate] = []
        for link in reversed(chain):
            later = self._finish(link, later)
        return later

    def _pick(
        self,
        lo: int,
        hi: int,
        depth: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        parent_rank: float | None,
        index: RunIndex,
    ) -> _Link | None:
        """The best group for [lo, hi) at ``depth`` (its items take the level), or None."""
        if depth > MAX_DEPTH or hi - lo < 2:
            return None
        groups, in_order = self._groups(runs, plain, depth, index)
        if not groups:
            return None
        scored = self._rank_groups(groups, in_order, lo, hi, runs, plain, parent_rank, index)
        if not scored:
            return None  # no group could reach the floor: none would have been taken
        if depth == 1 and _bullets(scored[0][2]):
            # bullet paragraphs the reader took for headings are sub-headings by nature:
            # any other reading of the top level that stands at all is above them —
            # unless it lies wholly under one of them (第一、…第三、 inside the first
            # bullet's part: its points, not a reading above the bullets)
            bullets = scored[0][2]
            other = [
                t
                for t in scored
                if t[0] > _MIN_SCORE and not _bullets(t[2]) and not _under_one(t[2], bullets)
            ]
            if other:
                scored = other + [t for t in scored if t not in other]
        elif depth > 1 and not _bullets(scored[0][2]):
            # below the top, bullet sub-headings are the level the reader placed them on:
            # a group lying wholly under one of them (（1）…（3） after the bullet 提高流程的
            # 效率和效益，要从以下几个方面入手：) is that bullet's points, not this level
            bullets = next((t for t in scored[1:] if t[0] > _MIN_SCORE and _bullets(t[2])), None)
            if bullets is not None and _under_one(scored[0][2], bullets[2]):
                scored = [bullets] + [t for t in scored if t is not bullets]
        if depth == 1 and FORCE.rank and not self._forced:
            # calibration only (bench/confidence_fit.py): read the body with the group
            # ranked ``FORCE.rank`` as level 1, a wrong reading the chooser could have made
            self._forced = True
            if len(scored) <= FORCE.rank or scored[FORCE.rank][0] <= _MIN_SCORE:
                raise NoReading
            pick = scored.pop(FORCE.rank)
            scored.insert(0, pick)
            scored[1:] = sorted(scored[1:], key=lambda t: (-t[0], t[1]))
        best_score, _, best = scored[0]
        if best_score <= _MIN_SCORE:
            return None
        if len(scored) > 1 and scored[1][0] > _MIN_SCORE:
            self.margins.append(
                (depth, abs(best_score - scored[1][0]), _describe(best), _describe(scored[1][2]))
            )
        for c in best.items:
            c.level = depth
        bounds = [c.index for c in best.items] + [hi]
        # the same family numbering again from 1 after the last item is the same level
        # (一、二、 then 一、二、 of a second part); and a last section of unnumbered lines
        # far longer than its siblings may hold the next group of this level (五年来…
        # lines, then （一）…（九） beside them, not under the last line)
        sizes = [b - a for a, b in zip(bounds, bounds[1:])]
        last = best.items[-1].index
        restart = index.any_after(last, best.family, runs)
        goes_on = restart or (
            best.family in UNNUMBERED
            and len(sizes) > 1
            and sizes[-1] >= 8
            and sizes[-1] > 4 * statistics.median(sizes[:-1])
        )
        tail = not goes_on and (tail_lines(best, plain, runs) or tail_topics(best, runs, sizes))
        tail_family = (
            "" if goes_on or tail else tail_run(best, runs, sizes, self.texts, self.name_lines)
        )
        goes_on = goes_on or tail or bool(tail_family)
        link = _Link(lo, hi, depth, runs, plain, parent_rank, best, goes_on, index, tail)
        link.tail_family = tail_family
        return link

    def _finish(self, link: _Link, later: list[Candidate]) -> list[Candidate]:
        """The headings of one link: its group, what ``later`` (the next link) adds on
        this level, a group before its first item, and the levels under its items."""
        lo, hi, depth, best = link.lo, link.hi, link.depth, link.best
        runs, plain, parent_rank = link.runs, link.plain, link.parent_rank
        out = list(best.items)
        bounds = [c.index for c in best.items] + [hi]
        if link.goes_on:
            # (the first sibling, and their number only when the heading announces one:
            # ``later`` holds every link after this one)
            sibling = next((c for c in later if c.level == depth), None)
            counted = counted_items(best.items[-1].heading)  # 十四件大事
            announced = counted is not None and counted == sum(1 for c in later if c.level == depth)
            # a part title with the group starting right under it (after a lead-in at
            # most) heads that group: 今后五年的主要任务 / 提出以下建议。/ （一）…（五）
            heads_it = (
                best.family in UNNUMBERED
                and sibling is not None
                and sibling.index - best.items[-1].index <= _HEADS_NEXT
            )
            if (
                sibling is not None
                and not announced
                and not heads_it
                and (
                    best.family in UNNUMBERED
                    or sibling.family == best.family
                    or (link.tail and sibling.family in (PLAIN, TOPIC))
                    or sibling.family == link.tail_family
                )
            ):
                out += later
                bounds[-1] = sibling.index
                hi = bounds[-1]
        # a long stretch before the first item may hold a complete numbered group of its
        # own on this level ((一)…(十) policies, then 关于…。 topics), not an opening list
        first = best.items[0].index
        earlier: list[Candidate] = []
        if first - lo >= 8 and (first - lo) * 4 >= hi - lo:
            earlier = self._earlier(lo, first, depth, runs, plain, parent_rank)
        if not earlier and best.numbered and (title := part_before(plain, self.texts, lo, first)):
            # a part whose number the report leaves out, over lead lines of its own
            title.level = depth
            a = title.index + 1
            inside = link.index.within(a, first, runs)
            below = self.level(a, first, depth + 1, inside, _plain_within(plain, a, first), None)
            earlier = [title, *below]
        out = earlier + out
        inner_rank = family_rank(best.family)
        # a law numbers its chapters on across its parts (第一编 第一章…第十一章 第二编
        # 第十二章…): each part takes its piece of that run
        chapters = (
            [r for r in runs if r[0].family == mk.CHAPTER and crosses(r, bounds[:-1])]
            if best.family == mk.PIAN
            else []
        )
        carried = _carried_over(runs, best, bounds)
        for k, head in enumerate(best.items):
            a, b = head.index + 1, bounds[k + 1]
            inside = link.index.within(a, b, runs)
            for r in chapters:
                piece = [c for c in r if a <= c.index < b]
                if len(piece) >= 2 or piece and len(r) > 1 and piece[0] is not r[0]:
                    inside = sorted([*inside, piece], key=lambda r: r[0].index)
            for r in carried:
                if piece := [c for c in r if a <= c.index < b]:
                    for c in piece:
                        c.carried = True  # a piece of one item still stands
                    inside = sorted([*inside, piece], key=lambda r: r[0].index)
            plain_inside = [] if best.family == PLAIN else _plain_within(plain, a, b)
            out += self.level(a, b, depth + 1, inside, plain_inside, inner_rank)
        # only a run starting before the last item can cross the items
        carried_at = {id(r[0]) for r in carried}
        for r in link.index.before(best.items[-1].index, runs):
            if (
                r[0] is not best.items[0]
                and r[-1].index < hi
                and crosses(r, bounds[:-1])
                and id(r[0]) not in carried_at
            ):
                self.dropped.append(r)
        return out

    def _earlier(
        self,
        lo: int,
        hi: int,
        depth: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        parent_rank: float | None,
    ) -> list[Candidate]:
        """Headings of this level in [lo, hi) when a complete numbered run of three or more
        stands there spread over the stretch, or standing alone right after a sentence that
        counts them (主要的内容有以下三个方面。 then （一）…（三）), with what lies under them."""
        before = [r for r in runs if r[0].index >= lo and r[-1].index < hi]
        strong = [
            r
            for r in before
            if len(r) >= 3
            and r[0].ordinal == 1
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(r, r[1:]))
            and ((r[-1].index - r[0].index) * 2 >= hi - lo or self._counted(r))
        ]
        if not strong:
            return []
        found = self.level(
            lo, hi, depth, before, [c for c in plain if lo <= c.index < hi], parent_rank
        )
        if any(c.level == depth and c.family == strong[0][0].family for c in found):
            return found
        for c in found:
            c.level = 0
        return []

    def _counted(self, run: list[Candidate]) -> bool:
        """Whether the paragraph right before ``run`` announces exactly its items in a
        sentence of its own (以下三个方面。, not a colon lead-in to a list) and each item
        stands on its own line over its text: the points of the stretch, however close."""
        first = run[0].index
        if first == 0 or not all(c.standalone for c in run):
            return False
        lead = self.texts[first - 1].rstrip()
        return lead.endswith("。") and counted_items(lead) == len(run)

    def _groups(
        self,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        depth: int,
        index: RunIndex | None = None,
    ) -> tuple[list[Group], int]:
        """The ways to fill a level, and how many of the first of them are known to be in
        paragraph order (the numbered runs, when ``runs`` is a tail of ``index``'s)."""
        m = index.offset(runs) if index is not None else None
        if index is not None and m is not None:
            i = bisect.bisect_left(index.numbered_at, m)
            numbered = index.numbered[i:]
            j = bisect.bisect_left(index.hinted_at, m)
            hinted = index.hinted[j:]
            groups = self._merge_formats(numbered, hinted, plain, depth)
            return groups, len(numbered)
        groups = [Group(r[0].family, r, not is_styled(r[0].family)) for r in runs]
        return self._merge_formats(
            [g for g in groups if g.numbered], [g for g in groups if not g.numbered], plain, depth
        ), 0

    def _merge_formats(
        self, numbered: list[Group], hinted: list[Group], plain: list[Candidate], depth: int
    ) -> list[Group]:
        groups = numbered + hinted
        # format headings of one level form one group however they are numbered
        by_level: dict[str, list[Candidate]] = {}
        for g in hinted:
            by_level.setdefault(g.family, []).extend(g.items)
        groups = list(numbered)
        groups += [
            Group(f, sorted(items, key=lambda c: c.index), False) for f, items in by_level.items()
        ]
        if len(plain) >= _PLAIN_GROUP:
            groups.append(Group(PLAIN, plain, False))
            titles = titles_among(plain) if depth == 1 else None
            if titles is None:
                titles = themes_among(plain)  # theme lines over their leads
            if titles is not None:
                groups.append(Group(PLAIN_TITLES, titles, False))
        return groups

    def _rank_groups(
        self,
        groups: list[Group],
        in_order: int,
        lo: int,
        hi: int,
        runs: list[list[Candidate]],
        plain: list[Candidate],
        parent_rank: float | None,
        index: RunIndex,
    ) -> list[tuple[float, int, Group]]:
        """The groups that can be best or second best at this level, best first, with
        their scores (as :meth:`GroupScorer.score` gives them): the rest are left out unscored.

        Scoring a group weighs it against every other run, so scoring all of them at every
        restart of a numbering made long documents cubic. A group's score is at most its
        own terms (:meth:`GroupScorer.base`), plus the largest bonus, minus what the runs wholly before
        it cost (each of those costs, whatever else the group implies); that bound is cheap
        with prefix sums over the runs by end. Groups are scored fully in the order of
        their bounds until no bound left can reach the second best score (or the floor
        under which nothing is a heading), so the two best, and their order, are exactly
        those of scoring all."""
        size = max(1, hi - lo - 1)
        by_start = runs if index.ordered else sorted(runs, key=lambda r: r[0].index)
        pending: list[tuple[int, int, float]] = []  # runs begun before: (end, at, cost)
        passed = 0
        cost = 0.0  # what the runs wholly before the group's first item cost
        bounded = []

        # by position: what the runs before a group cost only grows, so once even the
        # most a group could score there falls under the floor, none further on can rise
        # above it (a compilation of hundreds of reports is read a few groups at a time)
        def first_of(i: int) -> int:
            return groups[i].items[0].index

        # the first ``in_order`` groups are in order already: merged lazily with the rest,
        # the walk touches only the groups it reaches
        rest = sorted(range(in_order, len(groups)), key=first_of)
        span = max(1, hi - lo)
        for i in heapq.merge(range(in_order), rest, key=first_of):
            g = groups[i]
            first = first_of(i)
            while passed < len(by_start) and by_start[passed][0].index < first:
                r = by_start[passed]
                passed += 1
                if len(r) >= 2 and r[0].index >= lo:
                    heapq.heappush(pending, (r[-1].index, passed, 0.8 * run_strength(r, size)))
            while pending and pending[0][0] < first:
                cost += heapq.heappop(pending)[2]
            most = MAX_OWN + 1.5 * (1 - (first - lo) / span) + MAX_BONUS
            if most - cost * (1 - _SLACK) + _SLACK < _MIN_SCORE:
                break
            base = self.scorer.base(g, lo, hi, parent_rank)
            if base is None:
                bound = 0.0
            else:
                bound = base + MAX_BONUS - cost * (1 - _SLACK) + _SLACK
            bounded.append((bound, i, g, base))
        bounded.sort(key=lambda t: (-t[0], t[1]))
        scored: list[tuple[float, int, Group]] = []
        for bound, i, g, base in bounded:
            floor = _MIN_SCORE if len(scored) < 2 else max(_MIN_SCORE, scored[1][0])
            if bound < floor:
                break
            # (GroupScorer.score with the group's own terms already weighed for its bound)
            score = (
                0.0 if base is None else self.scorer.implied(base, g, lo, hi, runs, plain, index)
            )
            scored.append((score, i, g))
            scored.sort(key=lambda t: (-t[0], t[1]))
        return scored

    # -- confidence --------------------------------------------------------------------

    def wording(self, heads: list[Candidate]) -> dict[str, str]:
        """The chooser's own words for the signals it can name (the two readings of a
        level, numbers missing …), by signal; :func:`.confidence.judge` picks which count."""
        said: dict[str, str] = {}
        top = [c for c in heads if c.level == 1]
        head_at = {c.index for c in heads}
        aside = [r for r in self.set_aside if not any(c.index in head_at for c in r)]
        if aside:
            said["aside"] = (
                f"“{aside[0][0].marker}”起的 {len(aside[0])} 段编号段落按列表或叙述处理，未当作标题"
            )
        for key, depths in (("m1", (1,)), ("m2", (2, 3, 4))):
            close = [t for t in self.margins if t[0] in depths]
            if close:
                depth, _, best, second = min(close, key=lambda t: t[1])
                where = "第一层" if depth == 1 else f"第{_CN_LEVEL.get(depth, depth)}层"
                said[key] = f"{where}标题有两种读法：{best}，或{second}"
        gaps = [w for w in self.warnings if w.startswith("numbering:")]
        if gaps:
            said["gaps"] = f"编号不连续（{len(gaps)} 处）"
        said["dropped"] = "有跨越上级标题连续编号的段落，未当作标题"
        said["plain_top"] = "第一层标题没有编号，系按独立成行的短句推断"
        said["many_top"] = f"第一层标题多达 {len(top)} 个"
        if top:
            said["start2"] = f"第一层编号从“{top[0].marker}”开始"
        return said


_MIN_SCORE = 3.6


def _turns(texts: list[str]) -> int:
    """How many paragraphs open on a speaker's turn (问：, 任总：, 张三：): ``TURN.match``
    over them all in C, no Python call a paragraph (a text without headings is counted)."""
    return len(list(filter(None, map(TURN.match, texts))))


_HEADS_NEXT = 4  # paragraphs: a group starting this close under a part title is its
_SLACK = 1e-9  # float rounding in the bound (sums taken in another order)
_CN_LEVEL = {2: "二", 3: "三", 4: "四"}


def _carried_over(
    runs: list[list[Candidate]], best: Group, bounds: list[int]
) -> list[list[Candidate]]:
    """Short runs of sub-points whose numbering goes on across one heading of ``best``
    (1、 under 三、, then 2、 3、 under 四、) where the same family numbers afresh from 1 inside
    other items: the writer numbers sub-points part by part and carried one run over, so
    each item takes its piece. Paragraph numbers that run on across the parts (（一）…
    （二十九）) never start again, and stay out."""
    if best.family not in mk.RANK or len(best.items) < 2:
        return []
    heads = bounds[:-1]
    out = []
    for r in runs:
        if len(r) < 2 or len(r) > _CARRIED_MAX or not crosses(r, heads):
            continue
        lo = bisect.bisect_right(heads, r[0].index)
        hi = bisect.bisect_right(heads, r[-1].index)
        if lo == 0 or hi - lo != 1 or not outranks(best.family, r[0].family):
            continue  # before the first item, across two or more items, or a higher family
        fresh = any(
            q is not r and q[0].family == r[0].family and q[0].ordinal == 1 and len(q) >= 2
            and not crosses(q, heads)
            for q in runs
        )  # fmt: skip
        if fresh:
            out.append(r)
    return out


_CARRIED_MAX = 6  # sub-points carried over a heading: a few, not paragraph numbers


def _bullets(g: Group) -> bool:
    """True when a group is made of Word bullet paragraphs taken for sub-headings."""
    return all(c.bullet for c in g.items)


def _under_one(g: Group, bullets: Group) -> bool:
    """Whether every item of ``g`` lies after the first of ``bullets`` with none of them
    between its first and last item: a group inside one bullet's part."""
    first, last = g.items[0].index, g.items[-1].index
    at = [c.index for c in bullets.items]
    return first > at[0] and bisect.bisect_left(at, first) == bisect.bisect_left(at, last)


def _plain_within(plain: list[Candidate], a: int, b: int | None) -> list[Candidate]:
    """The lines of ``plain`` (in paragraph order, as the parser lists them) in [a, b)."""
    i = bisect.bisect_left(plain, a, key=_at)
    j = len(plain) if b is None else bisect.bisect_left(plain, b, lo=i, key=_at)
    return plain[i:j]


def _at(c: Candidate) -> int:
    return c.index


def _same_run(a: list[Candidate], b: list[Candidate]) -> bool:
    return a[0] is b[0]


def _describe(g: Group) -> str:
    c = g.items[0]
    if g.family in UNNUMBERED:
        return f"不带编号的短行（{len(g.items)} 个，如“{quote_cut(c.heading, 12)}”）"
    label = c.marker or c.heading[:8]
    return f"“{label}”一组（{len(g.items)} 个）"
