"""Numbered paragraphs grouped into runs 1, 2, 3 …, the writer's slips of numbering mended.

The first half of reading a text's numbering (:func:`drafter.corpus.sequences.sequences`
then judges which runs are headings rather than lists or prose): candidates of one marker
family go into runs by their numbers, with the runs of a family nested as the text nests
its lists (一、 … （一）（二） … 二、, a list numbered 一、二、 inside a part's 二、), a list that
may start at 第二 after a roadmap sentence, and the slips a writer makes said as warnings
and mended where the numbers around them vouch for it: a number missing (二、四、), typed
twice (四、四、五、) or with a digit dropped (18、9、20、), an item too long for the usual
limits, items numbered on with the mark left out (11、 then 12 （…）).
"""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.headings import TRAILING, despace, heading_and_rest
from drafter.corpus.markers import match_marker


def group_runs(
    cands: list[Candidate], warnings: list[str], texts: list[str]
) -> tuple[list[list[Candidate]], set[int]]:
    """The runs ``cands`` make, in the order they start, and the ids of those that start at
    第二 with nothing announcing points (kept only when long and owning their stretches).
    Slips of numbering are said in ``warnings``; a run's items are the candidates, some
    renumbered (a mistyped number) and some found here (a missing item, a bare number)."""
    runs: list[list[Candidate]] = []
    # the runs of each family still open, innermost last: a list numbered 一、二、… inside
    # the 二、 of a run of the same family ends, and the outer run goes on with 三、
    open_runs: dict[str, list[list[Candidate]]] = {}
    # runs that start at 第二 with nothing announcing points: the first point was the
    # opening, spoken without a number
    unannounced: set[int] = set()
    # the gap warning each item made (二、四、: 三 missing), by the item: a repeat right
    # after it (二、四、四、) makes the two one number written wrong
    gap_said: dict[int, int] = {}
    for pos, c in enumerate(cands):
        if c.hinted and not c.ordinal:
            runs.append([c])
            continue
        stack = open_runs.setdefault(c.family, [])
        run = stack[-1] if stack else None
        last = run[-1].ordinal if run else 0
        if c.word == "最后":
            # after 首先/其次, or after points standing alone as it does ("第一、…" …
            # "最后，着重讲一讲农业问题" over paragraphs of its own), or named by the same
            # unit as the points before it (第五点，… 最后一点，…): the run's last point
            if run and (
                run[0].word in ("首先", "其次", "其一")
                or len(run) >= 2
                and c.standalone
                and all(x.standalone for x in run)
                and c.index + 1 < len(texts)
                and match_marker(texts[c.index + 1]) is None
                or len(run) >= 2
                and c.family == mk.DI_NOUN
                and _unit(run[-1].marker) == _unit(c.marker)
            ):
                c.ordinal = last + 1
                run.append(c)
            continue
        if c.ordinal == 1 or (c.ordinal == 2 and run is None):
            run = [c]
            runs.append(run)
            stack.append(run)
            if c.ordinal == 2 and not _announced(texts, c.index):
                unannounced.add(id(run))
            if len(stack) > _OPEN_RUNS:  # keep the outermost and the innermost few
                del stack[1]
        elif run and c.ordinal == last + 1 and (other := _unit_goes_on(stack, c)) is None:
            run.append(c)
        elif run and c.ordinal == last + 1:
            del stack[other + 1 :]  # 第一笔…第三笔 under 第三句话 are over at 第四句话
            stack[other].append(c)
        elif (outer := _outer_run(stack, c, cands)) is not None:
            del stack[outer + 1 :]  # the inner lists are over
            stack[outer].append(c)
        elif run and c.ordinal == last + 2 and not c.word:
            found = _missing_item(run[-1], c, texts)
            if found is not None:
                run.append(found)  # 四　… on a line too long for the usual limits
            else:
                missing = mk.renumber(run[-1].marker, last + 1)
                warnings.append(f"numbering: {run[-1].marker} then {c.marker}: {missing} missing")
                gap_said[id(c)] = len(warnings) - 1
            run.append(c)
        elif run and c.ordinal == last > 1 and _typed_twice(cands, pos, run[-1]):
            # 四、 … 四、 … 五、: a number typed twice, the run goes on after it — whether
            # the writer styled the second one as a heading (a Markdown ## line, a Word
            # Heading) or not: a style says it heads a part, not that a new list begins
            said = gap_said.get(id(run[-1]))
            if said is not None:  # 二、四、四、五: one slip, the first 四 where 三 stands
                want = mk.renumber(run[-1].marker, last - 1)
                warnings[said] = f"numbering: {run[-1].marker} where {want} stands"
            else:
                warnings.append(f"numbering: {c.marker} twice")
            run.append(c)
        elif c.hinted:
            runs.append([c])
        elif run and 1 < c.ordinal <= last and _mistyped(cands, pos, run[-1], last):
            # 18、 … 9、 … 20、: 19 with a digit dropped, the run goes on after it; also
            # （三）（三）（五）: the second 三 stands where 四 does
            warnings.append(f"numbering: {c.marker} where {mk.renumber(c.marker, last + 1)} stands")
            c.ordinal = last + 1
            run.append(c)
        elif run and c.ordinal <= last:
            stack.clear()  # 第二点 again after 第三点: another list begins
    taken = {c.index for c in cands}
    # a line the file styles as a heading (## 16 （…）…) may go on the run as any bare number
    styled = {c.index for c in cands if c.hinted}
    # Word's automatic number left bare (a list whose label is "12", no 、), read as a part
    # number: the run of 1、 goes on with it as with a bare number typed
    labelled = {c.index: c for c in cands if c.family == mk.PART and c.marker.isdigit()}
    for run in runs:
        run += _bare_continuation(run, texts, taken, styled, labelled)
    went_on = {c.index for run in runs for c in run if not c.hinted} & styled
    runs = [r for r in runs if not (len(r) == 1 and r[0].hinted and r[0].index in went_on)]
    if labelled:
        moved = {c.index for run in runs for c in run if c.family != mk.PART} & labelled.keys()
        if moved:  # the bare labels that went on a run are no part numbers of their own
            runs = [
                k
                for r in runs
                if (k := [c for c in r if c.index not in moved or c.family != mk.PART])
            ]
    return runs, unannounced


def _unit(marker: str) -> str:
    """The unit a counted point is named by (第二点， -> 点, 最后一个问题， -> 个问题)."""
    return marker.rstrip("，,、：:是 \u3000").lstrip("第最后一二三四五六七八九十")


_OPEN_RUNS = 8  # runs of one family open at once (nested lists are never this deep)


def _missing_item(before: Candidate, after: Candidate, texts: list[str]) -> Candidate | None:
    """The item numbered between ``before`` and ``after`` when a paragraph between them
    starts with its marker written the same way but was not taken (a part title too long
    for the usual limits: "四　离开实际调查就要产生唯心的阶级估量…，便是盲动主义"). Its
    neighbours vouch for it; a line of prose that long stays a run-in heading."""
    marker = mk.renumber(before.marker, before.ordinal + 1)
    loose = _loose_di(before, after)
    for i in range(before.index + 1, after.index):
        text = texts[i]
        if loose is not None and (m := loose.match(text)):
            # "第一个问题是…" / "第二是品牌意识问题。…" / "第三个问题是…": the speaker said
            # the middle one more shortly; its first sentence is the heading
            heading, rest = heading_and_rest(text[m.end() :])
            if heading and len(heading) <= _LOOSE_HEADING_MAX:
                return Candidate(i, before.family, before.ordinal + 1, m.group(), heading, rest)
            continue
        if not text.startswith(marker) or len(text) > _MISSING_MAX:
            continue
        rest = text[len(marker) :].lstrip(" \u3000")
        if not rest or rest[0] in "，。；：、,.;:":
            continue
        if before.family == mk.PART:
            heading, rest = despace(rest.rstrip(TRAILING)), ""
        else:
            heading, rest = heading_and_rest(rest)
        return Candidate(i, before.family, before.ordinal + 1, marker.strip(), heading, rest)
    return None


_MISSING_MAX = 90


def _bare_continuation(
    run: list[Candidate],
    texts: list[str],
    taken: set[int],
    styled: frozenset[int] | set[int] = frozenset(),
    labelled: dict[int, Candidate] | None = None,
) -> list[Candidate]:
    """The items that go on numbering a run of 1、 (or 一、) after its last one with the mark left
    out ("11、（CDMA产品部…）…" then "12 （财务部…）…", "13 （…）…"): the number, a space or
    an opening bracket, then the item's text, before any other item of the family.

    Only after a run of at least ``_BARE_AFTER`` items written with their mark, each bare
    number the next one in turn: a digit that opens prose ("12 个人", "2013年") is
    neither the next number with a space nor before a bracket. The sweep of the 591
    speeches outside the hold-out found this slip in one text (ren 20070703, blind set 21);
    no paragraph elsewhere opens on the run's next number written bare. A line the file styles
    as a heading (``styled``: ``## 16 （…）…`` in Markdown, a Word Heading) is taken when it is
    the next number so written with its bracket (a speaker's label), and ends the sweep when it
    is not: ``## 四　在革命统一战线中…`` after 一、二、三、 is the next part, numbered bare as parts are
    (heldout11 mao v4_026 in the md_typed form). ``labelled``: the paragraphs a Word file
    numbers with a bare arabic label (its automatic numbering, "12" with no 、), read as part
    numbers: one that is the next number goes on the run as a bare number typed does (the
    same slip made in Word's numbering), and one that is not ends the sweep."""
    if len(run) < _BARE_AFTER or run[0].family not in _BARE_FORMS or run[-1].hinted:
        return []
    found: list[Candidate] = []
    pattern = _BARE_FORMS[run[0].family]
    n, i = run[-1].ordinal, run[-1].index + 1
    labelled = labelled or {}
    while i < len(texts) and (i not in taken or i in styled or i in labelled):
        if (word := labelled.get(i)) is not None:
            if word.ordinal != n + 1 or not word.heading:
                break  # another list's number: the run's stretch is over
            n += 1
            found.append(Candidate(i, run[0].family, n, word.marker, word.heading, word.rest))
            i += 1
            continue
        m = pattern.match(texts[i])
        if m and i in styled and texts[i][m.end() :].lstrip(" \u3000")[:1] not in "（(":
            m = None  # a styled 四　在革命统一战线中… is a part of its own, not the run's next
        if m and mk.number_value(m.group(1)) == n + 1:
            heading, rest = heading_and_rest(texts[i][m.end() :])
            if not heading:
                break
            n += 1
            found.append(Candidate(i, run[0].family, n, m.group(1), heading, rest))
        elif i in styled:
            break  # a heading of another kind: the run's stretch is over
        i += 1
    return found


_BARE_AFTER = 3
# the number left bare: a space or more before a bracket or a Han character, or a bracket
# at once; a Chinese numeral needs the space (五千年来 opens prose after 四、)
_BARE_FORMS = {
    mk.ARABIC: re.compile(
        r"(\d{1,3}|[０-９]{1,3})(?:[ \u3000]*(?=[（(])|[ \u3000]+(?=[\u4e00-\u9fff]))"
    ),
    mk.CN_DUN: re.compile(rf"({mk.CN_NUM}{{1,3}})[ \u3000]+(?=[（(\u4e00-\u9fff])"),
}


_LOOSE_HEADING_MAX = 40


def _loose_di(before: Candidate, after: Candidate) -> re.Pattern | None:
    """For a speaker's 第N points: the missing number in any of the forms a speaker uses
    (第二是 / 第二个问题 / 第二点，), when both neighbours are written out in words."""
    if before.family not in (mk.DI, mk.DI_NOUN) or before.word or after.word:
        return None
    cn = mk.renumber("第一", before.ordinal + 1)[1:]
    return re.compile(rf"第{cn}(?:个问题|个方面|方面|点|条|件事|句话)?(?:是|[，、：:,])\s*")


def _unit_goes_on(stack: list[list[Candidate]], c: Candidate) -> int | None:
    """The open run under the innermost one that ``c`` continues by its unit, else None.

    Points counted by a noun are one family whatever the noun (第一句话, 第一笔), so a
    lecture's 第三句话 that counts 第一笔，…第三笔， under it would hand 第四句话 to the
    inner run as its fourth item; a different unit from the innermost run's, and the same
    as an outer open run's whose number it goes on with, says it is the outer one's."""
    if c.family != mk.DI_NOUN or not stack or _unit(stack[-1][-1].marker) == _unit(c.marker):
        return None
    for k in range(len(stack) - 2, -1, -1):
        if stack[k][-1].ordinal + 1 == c.ordinal and _unit(stack[k][-1].marker) == _unit(c.marker):
            return k
    return None


def _outer_run(stack: list[list[Candidate]], c: Candidate, cands: list[Candidate]) -> int | None:
    """The open run under the innermost one that ``c`` continues, when every run inside it
    is a list of two or more (a nested list that has ended), else None. A list inside a
    sentence (items ending in ；) is over with its sentence: nothing continues it. Nor does
    a run go on past a number of a higher rank: in 一、（一）（二）（三） 二、（一）（二）（四）
    （四）（五）, the first 四 is 二、's 三 mistyped, not 一、's list going on across 二、
    (which took 二、's parts, and 一、's, out of the outline)."""
    rank = mk.RANK.get(c.family)
    for k in range(len(stack) - 2, -1, -1):
        if len(stack[k + 1]) < 2:
            return None
        if stack[k][-1].ordinal + 1 == c.ordinal and not stack[k][0].list_item:
            if rank is not None and any(
                mk.RANK.get(x.family, rank) < rank
                for x in cands
                if stack[k][-1].index < x.index < c.index
            ):
                return None
            return k
    return None


def _typed_twice(cands: list[Candidate], pos: int, before: Candidate) -> bool:
    """Whether ``cands[pos]`` repeats the number of ``before`` by a slip of the keyboard
    (四、 … 四、 … 五、): the family's next number after it continues the run."""
    return _slip_in_run(cands, pos, before, cands[pos].ordinal + 1)


def _mistyped(cands: list[Candidate], pos: int, before: Candidate, last: int) -> bool:
    """Whether ``cands[pos]``, numbered below the run it stands in, is the run's next item
    mistyped (18、 … 9、 … 20、: a digit dropped from 19): the family's next number after it
    is the one after the item it stands for."""
    return _slip_in_run(cands, pos, before, last + 2)


def _slip_in_run(cands: list[Candidate], pos: int, before: Candidate, then: int) -> bool:
    """What both slips of the keyboard ask before ``cands[pos]`` is read as an item of the
    run ``before`` ends: a family of fixed rank (a speaker's 第一，/一是 lists restart in
    every part), no heading of a higher rank between the two, and the family's next
    number after it ``then`` (the run going on past the slip)."""
    c = cands[pos]
    rank = mk.RANK.get(c.family)
    if rank is None or c.word:
        return False
    between = (x for x in cands if before.index < x.index < c.index)
    if any(mk.RANK.get(x.family, rank) < rank for x in between):
        return False  # 1、 under 一、 then 1、 under 二、: a new list
    for x in cands[pos + 1 :]:
        if x.family == c.family:
            return x.ordinal == then
    return False


def _announced(texts: list[str], i: int) -> bool:
    """Whether a roadmap sentence (讲几点意见) shortly before paragraph ``i`` announces
    points, so that a list may start at 第二点 (the first point being the paragraph
    right after the announcement)."""
    return any(_ANNOUNCE.search(texts[j]) for j in range(max(0, i - 4), i))


_ANNOUNCE = re.compile(r"(讲|谈|说|提)(?:以下|下面)?[两二三四五六七八九十几]+(点|个问题|个方面|条)")
