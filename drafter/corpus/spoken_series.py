"""A talk's parts (or a transcript's points) opened by spoken ordinals that change form
from part to part.

A speaker numbering the parts of a talk aloud rarely says them alike: 第一点，… then
第二，… then 第三个问题，…; or 一、… (typed by whoever wrote the talk up) then 我讲的第二个问题，
是… then 第三点，…; a transcript has 第二、… / 第三个问题是… / 第四关于… on lines of their own,
or 第二个我们… / 第三，… / 第四，… / 第五个问题我讲… run into their paragraphs. The marker
families group paragraphs by form, so such a series is no run of any family, and the talk
was read with no headings at all (tests/gold/README.md, "Speeches": spoken ordinals
opening the talk's parts are level-1 headings). Here the series is found by its values —
1, 2, 3 … in order, each at a paragraph's start, in two forms or more — and handed to
:mod:`.structure` as one more run, weighed with the others, in a family of its own
(:data:`SPOKEN`). It may start at 2 when it is longer (:data:`MIN_FROM_TWO`): the first
point was the opening, said without a number (从上我讲的是第一，是开场).

Guards (each a way the same values occur as prose): the members must each own a stretch
of the talk (an enumeration inside a part puts them in a few short paragraphs); no other
numbered run may cross them or stand over them (一、…三、 before them, 四、 after: they are
points inside 三、; 第一，…第四， under 三、 is its own run, whose 第四 is no part four); a
member may not belong to a run of its own family that the series does not take whole
(unless that run found its number twice: 第一点 … 第三个问题 with part one's own 第二，
between them, which the sub-points' run holds too); only the units a speaker counts points
by (:data:`POINT_UNITS`), never things counted (第二阶段, 第三种, 第一个原因); a bare ordinal
(第四关于…, 第二个我们…) is a member only beside two other forms, never one of the two;
a lead-in before the ordinal only from a short list of spoken ones (我讲的, 下面讲, 再一个，…),
so quoted or narrated text (党八股的第二条罪状是) stays prose; and no exchange of turns
between two members (徐雅滨：… 任总：… four turns by two speakers or more: a Q&A after the
talk, whose answers' 第六， is no part six of it; blind set 32's ren 20110614)."""

from __future__ import annotations

import re
from itertools import accumulate, compress, count
from operator import itemgetter

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate, is_styled
from drafter.corpus.headings import heading_and_rest
from drafter.corpus.turns import is_dialogue

# the spoken lead-ins an ordinal may follow (我讲的第二个问题，/下面讲第二个问题：/再一个，第三点，)
_LEAD = (
    r"(?:(?:下面|接下来|然后|最后)?我?(?:想|要|再)?(?:讲|谈|说)(?:的)?"
    r"|再一个[，,]?|还有[，,]?|另外[，,]?)"
)
_NUM = "[一二三四五六七八九十]{1,3}"
# the units a speaker counts his points by (第三点, 第二个问题, 第一条意见), the one list of
# them; never things counted (第二阶段, 第三种, 第一个原因)
POINT_UNITS = ("点", "个问题", "个方面", "方面", "条意见", "条", "件事", "句话", "项")
_UNITS = "(?:" + "|".join(POINT_UNITS) + ")"
_MARK = "[，,、：:]"
# the ordinal, then its mark, 是, or nothing more (第三个问题 on a line of its own); 个 alone
# only so (第二个，)
_SPOKEN = re.compile(rf"({_LEAD})?(第({_NUM})(?:{_UNITS}|个)?)({_MARK}|是|$)")
# a unit naming the point, the sentence going straight on (第五个问题我讲干部问题，…)
_UNIT_ON = re.compile(rf"({_LEAD})?(第({_NUM}){_UNITS})(?!的|{_MARK}|\s)")
_DUN = re.compile(rf"({_NUM})、(?![一二三四五六七八九十])")  # not 三、四月
# 第 + a numeral (+ 个) with no unit and no mark (第四关于资本主义改造。/ 第二个我们作战方式要…):
# not 第一次 第二天 第三季度 第一书记 第五章 (things counted or ranked)
_THINGS = "次年届批期代天位名季轮号章节条部项点句件回遍层种类步月书世"
_BARE = re.compile(rf"第({_NUM})(?:个(?![{_THINGS}]|{_NUM})|(?!个|[{_THINGS}]|{_NUM}))")
_LAST = re.compile(rf"({_LEAD})?最后一({_UNITS}){_MARK}")
# where a match of _SPOKEN, _DUN, _UNIT_ON or _BARE can start: a lead-in's first character
# (下面/接下来/然后/最后, 我, 想/要/再, 讲/谈/说; 再一个, 还有, 另外), 第, or a numeral (一、)
_SPOKEN_FIRST = frozenset("下接然最我想要再讲谈说还另第一二三四五六七八九十")
_FIRST_CHAR = itemgetter(slice(None, 1))  # a paragraph's first character ("" for none)
BARE = "bare"  # the form of a bare ordinal: one only its neighbours make a point

# the series' own family: as a 第一， run it would make the 第一，第二， points under its last
# part one more run of its family, on its level
SPOKEN = "spoken"
MIN_MEMBERS = 3  # two parts in two forms are as often a pair said in passing
MIN_FROM_TWO = 4  # numbered parts from 第二 (the first being the opening), at least
MIN_STRETCH = 2  # paragraphs a part owns, its own included (or MIN_CHARS of text)
MIN_CHARS = 300
MAX_OPENING = 0.5  # share of the body's text before the first part, at most
MAX_CHAINS = 2000  # series tried per text (each value is said a few times at most)
# families whose run standing before the series would be parts the series lies inside
_PART_FAMILIES = frozenset((mk.PIAN, mk.CHAPTER, mk.SECTION, mk.PART, mk.CN_DUN, mk.CN_PAREN))


def spoken_ordinal(text: str) -> tuple[int, str, int] | None:
    """The spoken ordinal ``text`` opens with, as (value, form, end of the marker), or
    None. The form is what a series must vary: the unit with its lead-in, ``dun`` for 一、,
    :data:`BARE` for an ordinal with neither unit nor mark. Also the test
    :mod:`.glued_runs` puts to a marker typed onto the paragraph before it."""
    if text[:1] not in _SPOKEN_FIRST:
        return None  # (most paragraphs: no pattern tried)
    m = _SPOKEN.match(text) or _DUN.match(text) or _UNIT_ON.match(text) or _BARE.match(text)
    if m is None:
        return None
    value = mk.cn_to_int(m.group(3) if m.re in (_SPOKEN, _UNIT_ON) else m.group(1))
    if not value:
        return None
    if m.re is _DUN:
        form = "dun"
    elif m.re is _BARE:
        form = BARE
    else:
        form = ("lead" if m.group(1) else "") + m.group(2)[1 + len(m.group(3)) :]
    return value, form, m.end()


def _member(i: int, text: str) -> Candidate | None:
    """The spoken ordinal opening paragraph ``i`` (its value, the words up to its mark as
    the marker, the first sentence after it as the heading, its form as the candidate's
    family), or None."""
    if (found := spoken_ordinal(text)) is None:
        return None
    value, form, end = found
    heading, rest = heading_and_rest(text[end:])
    if not heading and end < len(text):
        return None
    return Candidate(i, form, value, text[:end], heading, rest)


def spoken_series(
    texts: list[str], runs: list[list[Candidate]], cands: list[Candidate] = ()
) -> list[Candidate] | None:
    """The talk's parts numbered 1 … N (or 2 … N) in two forms or more (see the module),
    as one run, or None when the text has no such series. ``texts`` are the paragraphs as
    the reader sees them, a Word file's automatic number before its text (一、 or 第三，
    that the file numbers itself). ``runs`` are the runs the families made; the series may
    take whole runs of them (一、二、 then 第三，), never part of one. ``cands``: the
    heading styles a Word file gives (:func:`_passes_styled`)."""
    # (only the paragraphs whose first character an ordinal can open with are read, found
    # in C: spoken_ordinal says None at once of every other, and they are most)
    may = compress(count(), map(_SPOKEN_FIRST.__contains__, map(_FIRST_CHAR, texts)))
    found = {i: c for i in may if (c := _member(i, texts[i])) is not None}
    if not found:
        return None  # no paragraph opens with a spoken ordinal (most texts): no series
    members = [found[i] for i in sorted(found)]
    styled = {c.index for c in cands if is_styled(c.family)}
    best: list[Candidate] | None = None
    # what every chain asks of the whole text, worked out once: a long report's many
    # ordinals make thousands of chains, and each one summed the paragraphs' lengths, read
    # the paragraphs after its end, between its members and counted the runs' claims anew
    lasts: dict[int, Candidate | None] = {}  # by a chain's last member: its 最后一点
    before = [0, *accumulate(map(len, texts))]  # characters before each paragraph
    claims = _claims(runs)
    talks: dict[tuple[int, int], bool] = {}  # by two members: an exchange between them

    def _talk(a: int, b: int) -> bool:
        if (a, b) not in talks:
            talks[a, b] = is_dialogue(texts[a + 1 : b])
        return talks[a, b]

    for chain in _chains(members):
        if best is not None and len(chain) <= len(best):
            continue
        end = chain[-1].index
        if end not in lasts:
            lasts[end] = _last_point(chain[-1], texts, found)
        if lasts[end] is not None:
            chain = [*chain, lasts[end]]
        if len({c.family for c in chain if c.family != BARE}) < 2:
            continue
        if _passes_styled(chain, styled, found):
            continue
        if any(_talk(a.index, b.index) for a, b in zip(chain, chain[1:])):
            continue
        if _owns_stretches(chain, before) and not _crossed(chain, runs, claims):
            best = chain
    if best is None:
        return None
    return [Candidate(c.index, SPOKEN, c.ordinal, c.marker, c.heading, c.rest) for c in best]


def _passes_styled(chain: list[Candidate], styled: set[int], found: dict[int, Candidate]) -> bool:
    """Whether ``chain`` takes an unstyled paragraph for a number the file gives a styled
    heading outside the chain: the writer's own levels say that paragraph is no part
    (第一：/第二： styled, then a 第三件事是… paragraph in 第二's text, while the styled 第三：
    stands apart). An unstyled member no styled heading competes with stays (a run-in 一、
    the file cannot style, then the styled 我讲的第二个问题 and 第三点)."""
    if not styled:
        return False
    at = {c.index for c in chain}
    rivals = {found[i].ordinal for i in styled if i in found and i not in at}
    return any(c.index not in styled and c.ordinal in rivals for c in chain)


def _chains(members: list[Candidate]):
    """Every series 1, 2, 3 … of at least :data:`MIN_MEMBERS` (2, 3, 4 … of at least
    :data:`MIN_FROM_TWO`) that ``members`` hold in text order, each stopped only where no
    next value follows (at most :data:`MAX_CHAINS`)."""
    after: dict[int, list[Candidate]] = {}
    for c in members:
        after.setdefault(c.ordinal, []).append(c)
    found = 0
    stack: list[list[Candidate]] = [[c] for c in reversed(after.get(2, []))]
    stack += [[c] for c in reversed(after.get(1, []))]
    while stack and found < MAX_CHAINS:
        chain = stack.pop()
        nexts = [c for c in after.get(chain[-1].ordinal + 1, []) if c.index > chain[-1].index]
        if not nexts:
            found += 1
            if len(chain) >= (MIN_MEMBERS if chain[0].ordinal == 1 else MIN_FROM_TWO):
                yield chain
            continue
        stack.extend(chain + [c] for c in reversed(nexts))


def _last_point(last: Candidate, texts: list[str], found: dict[int, Candidate]) -> Candidate | None:
    """The 最后一点，… (最后一条，…) that follows a chain's ``last`` member before any other
    ordinal (``found``: the members, by paragraph) and has paragraphs after it (the last
    point, not a closing line), as one more member; None when there is none. Its form is
    its unit's (最后一点 is one more 点: no second form), and a number said after it is part
    of its marker (最后一点，第八点：…)."""
    for j in range(last.index + 1, len(texts) - 1):
        if j in found:
            break
        if (m := _LAST.match(texts[j])) is not None:
            end, value = m.end(), last.ordinal + 1
            said = spoken_ordinal(texts[j][end:])
            if said is not None and said[0] == value and said[1] != BARE:
                end += said[2]
            heading, rest = heading_and_rest(texts[j][end:])
            if heading:
                form = ("lead" if m.group(1) else "") + m.group(2)
                return Candidate(j, form, value, texts[j][:end], heading, rest)
            break
    return None


def _owns_stretches(chain: list[Candidate], before: list[int]) -> bool:
    """Whether each member heads a stretch of its own (not a list in a few short
    paragraphs) and the series starts before the body's second half. A series from 2 is
    spared both: its first part is the opening, as long as the speaker made it, and a
    transcript gives each point one paragraph (第二个我们… / 第三，… / 第四，…, a paragraph of
    200 characters each); its length (:data:`MIN_FROM_TWO`) is its guard. ``before``:
    the characters before each paragraph, and the whole text's last."""
    if chain[0].ordinal == 2:
        return True
    total = before[-1] or 1
    if before[chain[0].index] > MAX_OPENING * total:
        return False
    for a, b in zip(chain, chain[1:]):
        if b.index - a.index < MIN_STRETCH and before[b.index] - before[a.index] < MIN_CHARS:
            return False
    return True


def _claims(runs: list[list[Candidate]]) -> dict[int, int]:
    """How many runs of two or more hold each paragraph (by index): a member another run
    holds too is a number found twice (see :func:`_crossed`)."""
    claims: dict[int, int] = {}
    for run in runs:
        if len(run) >= 2:
            for c in run:
                claims[c.index] = claims.get(c.index, 0) + 1
    return claims


def _crossed(chain: list[Candidate], runs: list[list[Candidate]], claims: dict[int, int]) -> bool:
    """Whether another numbered run says the series is no skeleton: a run it takes in part
    only (unless the rest of that run belongs to other runs as well: a number found
    twice), a run with items under two of its parts (or before it and under it), or a run
    of part numbers standing before it (the series is points inside its last part)."""
    at = {c.index for c in chain}
    starts = [c.index for c in chain]
    for run in runs:
        if len(run) < 2:
            continue
        inside = [c.index in at for c in run]
        if all(inside):
            continue
        if any(inside):
            if all(claims[c.index] > 1 for c in run if c.index not in at):
                # another reading of the same parts, whose other members another run holds
                # (第一点 … 第三个问题 with the first 第二， between them, a point of part one)
                continue
            return True
        zones = {sum(1 for s in starts if s <= c.index) for c in run}
        if len(zones) > 1:
            return True
        if zones == {0} and run[0].family in _PART_FAMILIES:
            return True
    return False
