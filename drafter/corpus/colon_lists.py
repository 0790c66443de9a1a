"""Lists announced with a colon (…如下： then （一）（二）…) that are not lists inside a part's
text but points of the outline: the first part's points before everything else, or the
whole of a part after its lead-in."""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate, counted_items
from drafter.corpus.closing.phrases import VOCATIVE_START


def opening_points(
    colon_lists: list[list[Candidate]], runs: list[list[Candidate]], plain: list[Candidate]
) -> list[list[Candidate]]:
    """A list announced with a colon that comes before everything else that could head the
    text, complete and long, with the rest of the text structured after it: the points of
    the text's first part, on the level of what follows (论政策: 具体地说，就是： then
    （一）…（十）, then 关于…。 topics), not a list inside a part. A list under a part title
    (其表现如： under 关于单纯军事观点) stays a list."""
    first = min([c.index for r in runs for c in r] + [c.index for c in plain])
    return [
        run
        for run in colon_lists
        if len(run) >= _OPENING_POINTS
        and run[0].ordinal == 1
        and run[-1].index < first
        and sum(len(c.heading) + len(c.rest) for c in run) >= _OPENING_CHARS * len(run)
    ]


_OPENING_POINTS = 5
_OPENING_CHARS = 40


def part_points(
    colon_lists: list[list[Candidate]],
    runs: list[list[Candidate]],
    texts: list[str],
    plain: list[Candidate],
) -> tuple[list[list[Candidate]], list[list[Candidate]]]:
    """A list announced with a colon that is the whole of a part: the part's numeral, one
    lead-in sentence ("我们必须达到下述目的：") or none (the part's own heading ends in the
    colon: 2、多国组织结构设置…：), then （一）…（八） to the part's end (a date line at most
    before the next part). The part has nothing else to outline: the items are
    its points, as a directive's articles are, not a list inside its text. A lead-in that
    counts the items (这里，我强调三点： over 第一，…第三，) makes them the part's points with
    one paragraph of the part's own after them too (the last part's closing apart), when
    they carry half the part.

    The part may open with paragraphs of its own before the lead-in (二、“十五五”时期主要目标
    …, two paragraphs on the aims, 实现上述目标，重点从以下几个方面把握：, then 一是…九是 to
    三、) when no other heading stands in it and the items carry most of its text: each a
    paragraph of its own, together at least half the part. A short list closing a long
    part stays a list.

    Returns the lists taken as points, and the lists that stay lists by a short margin
    (every sign of a part's points but their share, a third to a half of it: 中央决定：
    then three decisions after two paragraphs on the situation), where the two readings
    are close and the outline says so (:mod:`.confidence`, ``close_list``)."""
    parts = {c.index: (run, k) for run in runs if len(run) >= 2 for k, c in enumerate(run)}
    heads = {c.index for r in runs for c in r} | {c.index for c in plain}
    out: list[list[Candidate]] = []
    close: list[list[Candidate]] = []
    for run in colon_lists:
        first, last = run[0].index, run[-1].index
        if len(run) < 3 or run[0].ordinal != 1:
            continue
        at = first - 1
        while at >= 0 and at not in heads:
            at -= 1
        part = parts.get(at)
        if part is None or _across_parts(part[0], runs):
            continue
        siblings, k = part
        end = siblings[k + 1].index if k + 1 < len(siblings) else len(texts)
        # the lead-in counts the items (这里，我强调三点：): the part's points, even where one
        # paragraph of the part's own follows them (在这里，我还要强调一下…) before the next
        # part or, after the last part, before the closing that turns to the listeners
        lead = texts[first - 1].rstrip()
        tail_end = end
        if k + 1 == len(siblings):
            tail_end = next(
                (j for j in range(last + 1, end) if VOCATIVE_START.match(texts[j])), end
            )
        counted = (
            lead[-1:] in "：:"
            and counted_items(re.split("[。！？]", lead)[-1]) == len(run)
            and tail_end - last - 1 <= 1
        )
        bare = all(len(t) <= 30 for t in texts[last + 1 : end])
        if end <= last or not all(len(texts[c.index]) >= 20 for c in run) or not (bare or counted):
            continue
        if at < first - 2 or not bare:  # the part's own text beside the list
            items = sum(len(t) for t in texts[first : last + 1])
            whole = sum(len(t) for t in texts[at + 1 : end])
            if items * 2 < whole:
                if items * 3 >= whole:
                    close.append(run)
                continue
        out.append(run)
    return out, close


def _across_parts(siblings: list[Candidate], runs: list[list[Candidate]]) -> bool:
    """Whether ``siblings`` number paragraphs on across the headings of a run of higher rank
    (（一）…（二十九） running on under 一 and 二 of 上海太原失陷以后…): paragraph numbers, not
    parts, which the chooser drops; a list after one of them (（九）…可能向三个方向发展： then
    第一个方向，…) is that paragraph's, not the points of a part."""
    rank = mk.RANK.get(siblings[0].family)
    if rank is None:
        return False
    lo, hi = siblings[0].index, siblings[-1].index
    return any(
        lo < c.index < hi
        for r in runs
        if len(r) >= 2 and mk.RANK.get(r[0].family, rank) < rank
        for c in r
    )
