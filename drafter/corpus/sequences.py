"""Numbering sequences: candidates of one marker family grouped into runs 1, 2, 3 …
(nested lists of the same family, a list
that may start at 第二 after a roadmap sentence), and the runs that are lists or prose
rather than headings set aside. Which runs are headings, and at what level, is decided
by :mod:`drafter.corpus.structure`."""

from __future__ import annotations

import re
import statistics

from drafter.corpus import markers as mk
from drafter.corpus.candidates import FLEXIBLE, Candidate
from drafter.corpus.headings import TRAILING, despace, heading_and_rest
from drafter.corpus.markers import match_marker


def sequences(
    cands: list[Candidate],
    warnings: list[str],
    texts: list[str],
    set_aside: list[list[Candidate]] | None = None,
    colon_lists: list[list[Candidate]] | None = None,
    prose: list[list[Candidate]] | None = None,
) -> list[list[Candidate]]:
    """Group candidates of each family into runs 1, 2, 3 … and keep the runs that may be
    lists of headings (which of them are, and at what level, :mod:`structure` decides).
    Long runs of substantial paragraphs judged a list or prose go to ``set_aside``: they
    are a doubt worth telling the user about. Runs of a speaker's points (第一，/一是)
    left out only for their long first sentences go to ``prose`` too: inside a numbered
    part with nothing else under it they are the part's points all the same
    (:func:`sole_points`)."""
    runs: list[list[Candidate]] = []
    # the runs of each family still open, innermost last: a list numbered 一、二、… inside
    # the 二、 of a run of the same family ends, and the outer run goes on with 三、
    open_runs: dict[str, list[list[Candidate]]] = {}
    # runs that start at 第二 with nothing announcing points: the first point was the
    # opening, spoken without a number; kept only when long and owning their stretches
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
    for run in runs:
        run += _bare_continuation(run, texts, taken, styled)
    went_on = {c.index for run in runs for c in run if not c.hinted} & styled
    runs = [r for r in runs if not (len(r) == 1 and r[0].hinted and r[0].index in went_on)]
    out: list[list[Candidate]] = []
    # Sibling headings are parallel: where one run of 第一，/一是 items reads as headings,
    # a run of the same family in a sibling part numbered from its start is read so too,
    # even when some of its first sentences run long ("第一，我们要充分理解…，…").
    head_families = {
        (run[0].family, _run_word(run))
        for run in runs
        if len(run) >= 2
        and run[0].family in FLEXIBLE
        and (sum(1 for c in run if c.headlike) * 2 > len(run) or _heads_stretches(run, texts))
        and not _colon_list(run, texts, runs)
    }
    for run in runs:
        if len(run) < 2 and not run[0].hinted:
            if lone_part(run, cands, texts):
                run[0].lone = True
                out.append(run)
            continue
        if id(run) in unannounced and not (
            _points_from_second(run) or _parts_from_second(run, texts)
        ):
            continue
        if run[0].ordinal == 1 and summed_up(run, texts):
            out.append(run)  # the text's own points, whatever their length or lead-in
            continue
        if len(run) > 1 and all(c.list_item for c in run[:-1]):
            continue  # items ending in ；: a list inside a sentence, not headings
        if _goes_on_in_prose(run, texts):
            continue  # 第一个时期，… 第二个时期，… then 以后，是第三个时期，…: a narrative's steps
        if _colon_list(run, texts, runs):
            _note_set_aside(run, set_aside)
            if colon_lists is not None:
                colon_lists.append(run)
            continue
        if run[0].family in FLEXIBLE:
            headlike = sum(1 for c in run if c.headlike)
            parallel = (
                (run[0].family, _run_word(run)) in head_families
                and run[0].ordinal == 1
                and (headlike >= 1 or all(len(c.heading) <= _PARALLEL_MAX for c in run))
            )
            if (
                headlike * 2 <= len(run)
                and not parallel
                and not _heads_stretches(run, texts)
                and not _counted_rest_of_part(run, texts)
            ):
                _note_set_aside(run, set_aside)
                if prose is not None:
                    prose.append(run)
                continue
        elif sum(1 for c in run if c.headlike or c.hinted) * 2 < len(run):
            run = [c for c in run if c.headlike or c.hinted]
            if len(run) < 2:
                continue
        out.append(run)
    return out


# a title line ends in none of these: a line that does is a sentence, or leads into one
_NO_TITLE_END = tuple("。！？!?；;：:，,")


def lone_part(run: list[Candidate], cands: list[Candidate], texts: list[str]) -> bool:
    """Whether a run of one item is a numbered part with no sibling: ``一、关于…`` standing
    alone as a title, the text's first numbered line, with numbered lines after it (its
    points) and none of its rank or above anywhere. Minutes that
    keep one item of their agenda, or a page cut after its first part, number it so; its
    part holds the rest of the text, and it heads it as a part would (ren 20140725's
    ``一、关于BCG问题处理汇报`` over its ``1、2、3、``, read as no outline at all). A 一、
    before a sentence (a line ending in 。), or after parts of a higher rank (第一部分), is no
    such part."""
    if len(run) != 1:
        return False
    c = run[0]
    rank = mk.RANK.get(c.family)
    return (
        rank is not None
        and c.ordinal == 1
        and c.standalone
        and c.headlike
        and not c.list_item
        and not texts[c.index].rstrip().endswith(_NO_TITLE_END)
        and c.index == cands[0].index
        and all(mk.RANK.get(o.family, rank + 1) > rank for o in cands[1:])
        and len(cands) > 1
    )


def sole_points(
    prose: list[list[Candidate]], runs: list[list[Candidate]], others: list[Candidate]
) -> list[list[Candidate]]:
    """The runs of ``prose`` that are the only sub-structure of a numbered part: the
    part's points, however long their first sentences.

    Inside a part (an item of a run of a ranked family: 一、 （一） 1、 or a part number
    standing alone), a speaker's 第一，…/第二，… or 一是…/二是… paragraphs, complete from the
    first, each a paragraph of its own, with no other heading candidate anywhere in the
    part, are its level-2 points in the gold whatever their length (tests/gold/README.md,
    "Paragraph-initial 一是 runs"). bench/runin_survey.py counts every such run in every gold
    file: 76 are points (17 runs of two, 15 of three, 44 longer), 3 are not — two in an
    appended resolution the outline does not judge, and a report's seven long statements
    of fact (…这是进步的，这是和古代不同的), told apart by length: the points' median first
    sentence is at most 52 characters, the statements' 71 (``SOLE_POINTS_MAX``). Outside a
    part a run is the text's own skeleton or prose, which the chooser weighs as before."""
    heads = sorted(
        [(c.index, id(r), k) for r in runs if len(r) >= 2 for k, c in enumerate(r)]
        + [(c.index, 0, -1) for r in runs if len(r) < 2 for c in r]
        + [(c.index, 0, -1) for c in others]
    )
    by_id = {id(r): r for r in runs}
    out: list[list[Candidate]] = []
    for run in prose:
        first, last = run[0].index, run[-1].index
        if run[0].ordinal != 1 or any(b.ordinal != a.ordinal + 1 for a, b in zip(run, run[1:])):
            continue
        if statistics.median(len(c.heading) for c in run) > SOLE_POINTS_MAX:
            continue
        before = [h for h in heads if h[0] < first]
        if not before or not before[-1][1]:
            continue  # no part over it, or an unnumbered line heads it
        _, rid, k = before[-1]
        part = by_id[rid]
        if part[0].family == run[0].family or mk.RANK.get(part[0].family) is None:
            continue
        end = part[k + 1].index if k + 1 < len(part) else None
        if end is not None and last > end:
            continue
        inside = [h for h in heads if first <= h[0] and (end is None or h[0] < end)]
        if inside:
            continue  # the part has other sub-headings (or the run is another reading's)
        out.append(run)
    return out


# the median first sentence of a part's sole points, at most (a heading as long as a
# sibling part's points may run, _PARALLEL_MAX)
SOLE_POINTS_MAX = 60


def _points_from_second(run: list[Candidate]) -> bool:
    """Whether a run that starts at 第二 with no roadmap sentence announcing it is the
    speaker's points all the same (第二点，… 第三点，… 第四点，… 第五点，…, the first
    point being the opening, spoken without a number): a speaker's family, long enough
    that it is no chance pair, and each point heading paragraphs of its own."""
    if run[0].family not in (mk.DI, mk.DI_NOUN) or len(run) < _SECOND_MIN:
        return False
    owning = sum(1 for a, b in zip(run, run[1:]) if b.index - a.index > 1)
    return owning * 2 >= len(run)


_SECOND_MIN = 4


def _parts_from_second(run: list[Candidate], texts: list[str]) -> bool:
    """Whether a run of part numbers that starts at 二 (二　… 三　… 四　…) has its first part
    in the text's opening, written without a number: it starts within the first
    ``_FIRST_PART_MAX`` paragraphs and goes on for at least three parts, so the few
    paragraphs before 二 are part one (a 决定's 目前国内时局的特点是… before 二　最近日汪协定…)."""
    return (
        run[0].family == mk.PART
        and len(run) >= 3
        and 0 < run[0].index <= _FIRST_PART_MAX
        and all(b.ordinal == a.ordinal + 1 for a, b in zip(run, run[1:]))
    )


_FIRST_PART_MAX = 3


def _run_word(run: list[Candidate]) -> str:
    """The sequence word a run is said in, for telling sibling runs alike: 首先 for 首先，/其次，/
    最后，, none for 第一，/第二， — and none for 首先，/第二，/第三，, a speaker's points opened
    with 首先 and counted on (ren 20180718's part 三、 beside 第一，…第三， under 一、)."""
    if any(not c.word for c in run[1:]):
        return ""
    return run[0].word


def _goes_on_in_prose(run: list[Candidate], texts: list[str]) -> bool:
    """Whether a run of two counted points (第一个时期，… / 第二个时期，…) goes on inside the
    first sentence of the paragraph right after the second, not at its start (以后，是第三个时期，
    就是抗日战争时期。): the periods or steps of a narrative told in prose, which the writer
    numbers as he goes, not the text's parts (mao 5-054, held-out set 18). Only a counted noun
    (个时期, 个阶段): a bare 第三 inside a sentence is any ordinal."""
    if len(run) != 2 or run[0].family != mk.DI_NOUN or run[-1].index + 1 >= len(texts):
        return False
    word = mk.renumber(run[-1].marker, run[-1].ordinal + 1).rstrip("，,、：:是 \u3000")
    after = texts[run[-1].index + 1]
    first = _SENTENCE_END.split(after, 1)[0]
    return len(word) > 2 and word in first and not after.startswith(word)


def _unit(marker: str) -> str:
    """The unit a counted point is named by (第二点， -> 点, 最后一个问题， -> 个问题)."""
    return marker.rstrip("，,、：:是 \u3000").lstrip("第最后一二三四五六七八九十")


def _heads_stretches(run: list[Candidate], texts: list[str]) -> bool:
    """Points that each head paragraphs of their own ("第一，…。" then two paragraphs on
    it, "第二，…。" then one …), complete from the first: the speaker's points however long
    their first sentences, where a list in prose has its items back to back."""
    if len(run) < 3 or run[0].ordinal != 1 or any(c.list_item for c in run):
        return False
    owning = sum(1 for a, b in zip(run, run[1:]) if b.index - a.index > 1)
    return owning * 2 >= len(run)


def _counted_rest_of_part(run: list[Candidate], texts: list[str]) -> bool:
    """Points a sentence right before them counts ("…基本原则包括以下十个方面。" then
    第一、…第十、), complete, that fill the rest of their part: after the last, before the next
    heading line or the end, one paragraph (a summing-up), or two after three points or more (a
    letter's plan and look back), never as many as the points. The part is made of them, so
    they are its points however long each is, not a list inside it.

    Counted over every gold file and the un-golded texts (docs/outline.md, session 33): of the
    12 such runs of 第一，/一是 the gold records, 11 are headings (the twelfth a list back to back
    after its colon, :func:`_colon_list`'s); two points with two paragraphs after them are a
    part going on (a report's 第一，承认…第二，承认…, then two paragraphs before 二、)."""
    first, last = run[0].index, run[-1].index
    if len(run) < 2 or run[0].ordinal != 1 or first == 0:
        return False
    if any(b.ordinal != a.ordinal + 1 for a, b in zip(run, run[1:])):
        return False
    lead = texts[first - 1].rstrip()
    if not lead.endswith(("。", "：", ":")):
        return False
    sentence = _SENTENCE_END.split(lead[:-1])[-1]
    counts = _COUNTED.findall(sentence)
    if not counts or mk.cn_to_int("二" if counts[-1] == "两" else counts[-1]) != len(run):
        return False
    allowed = 1 if len(run) < 3 else _AFTER_COUNTED_MAX  # fewer than the points, always
    for after, text in enumerate(texts[last + 1 :]):
        if match_marker(text) is not None or len(text) <= 20 and not text.endswith("。"):
            break  # the next heading (三、, 结束语)
        if after >= allowed:
            return False
    return True


# paragraphs after the last counted point that still leave the part made of the points: a
# summing-up, or a letter's plan and look back (the gold's ren 20140219); three are the part
# going on (tests/corpus/test_speech_points.py)
_AFTER_COUNTED_MAX = 2


_SENTENCE_END = re.compile(r"[。！？!?]")
# a sibling part's points whose first sentences all run past a heading's length, none
# by much (第一，华为大学要以短训为主，不要去搞长训，…在游泳中学会游泳): still its points
_PARALLEL_MAX = 60
_COUNTED = re.compile(
    r"([两二三四五六七八九十]{1,3})(?:个方面|方面|点|条|项|个问题|件事|个?阶段|个时期|步"
    # a quoted count formula naming the points: 做到“三个坚持”： 抓好三个“着力”：
    r"|个“[^“”]{1,8}”(?=[^“”]*$)|个[^“”]{1,8}”(?=[^“”]*$))"
)


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
    (heldout11 mao v4_026 in the md_typed form)."""
    if len(run) < _BARE_AFTER or run[0].family not in _BARE_FORMS or run[-1].hinted:
        return []
    found: list[Candidate] = []
    pattern = _BARE_FORMS[run[0].family]
    n, i = run[-1].ordinal, run[-1].index + 1
    while i < len(texts) and (i not in taken or i in styled):
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


def list_as_skeleton(texts: list[str], colon_lists: list[list[Candidate]]) -> list | None:
    """A colon-announced list that is the whole body: the text's only structure.

    An order or a notice ("特命令你们：" then （一）…（四）, then the signature) has nothing
    but its numbered items: they are its outline, not a list inside a part. Taken only
    when nothing else could head the text, the items are substantial, and after the last
    one only short lines (signature, date) remain."""
    for run in colon_lists:
        last = run[-1].index
        if (
            len(run) >= 3
            # substantial items (one short among many is one more item: 10、建立…分享制。)
            and sum(1 for c in run if len(texts[c.index]) < 20) * 6 <= len(run)
            and (
                all(len(t) <= 30 for t in texts[last + 1 :])
                or last + 1 < len(texts)
                and _SUMS_UP_LIST.match(texts[last + 1]) is not None
                # counted right before them (我将努力做到“三个坚持”：) and followed by a
                # closing at most: a pledge's or a short talk's points, its only structure
                or _counted_rest_of_part(run, texts)
            )
        ):
            return run
    return None


# the paragraph after a list naming it as what the text lays down: "上述各项，就是本军的基本
# 政策。", "以上八条，…": the items are the text's own points (a 宣言's policies)
_SUMS_UP_LIST = re.compile(
    r"^(?:上述|以上|上面)(?:各项|各条|[一二三四五六七八九十两]+(?:项|条|点))[，,]?(?:就是|是|即|便是)"
)


def summed_up(run: list[Candidate], texts: list[str]) -> bool:
    """Whether the text sums the run up by count right after it ("以上各项，我请你早日回答。",
    "右列四条，全边区军民人等一律遵照", "以上三项，为上月所决定"): a formula that takes the
    items as what the order, telegram or notice lays down, so they are its (or its part's)
    points, not a list inside its text, however long they run or whatever announces them.

    The formula stands in the paragraph after the last item or the one after that (a
    paragraph 此外，… between); a count, where it gives one, is the run's own length. Every gold text
    with such a formula takes the items as headings (the 宣言's 上述各项，就是…, the
    notice's 以上各项，请你们…, a congress report's 以上十条，是…); a count followed by
    more words (上述三项任务, 上述各项小资产阶级成分) names something else and does not count."""
    last = run[-1].index
    for at in (last + 1, last + 2):
        m = SUMS_UP.match(texts[at]) if at < len(texts) else None
        if m is not None:
            n = m.group("n")
            return n is None or mk.cn_to_int(n.replace("两", "二")) == len(run)
    return False


#: 以上/上述/右列 (a vertical page's "the above") and a count of items, then a comma or the
#: verb that says what they are: 以上各项，… 以上十项，为… 上述各项，就是… 右列四条，… Public
#: because the closing finder reads the same formula as the start of a notice's closing.
SUMS_UP = re.compile(
    r"^(?:以上|上述|上面|右列|上列)(?:各(?:项|条|点)|(?P<n>[一二三四五六七八九十两]+)(?:项|条|点))"
    r"(?:[，,：:]|为|是|就是|即)"
)


def _note_set_aside(run: list[Candidate], set_aside: list[list[Candidate]] | None) -> None:
    if set_aside is not None and len(run) >= 5 and sum(len(c.rest) for c in run) >= 60 * len(run):
        set_aside.append(run)


def _colon_list(
    run: list[Candidate], texts: list[str], runs: list[list[Candidate]] | None = None
) -> bool:
    """Items back to back right after a paragraph that announces them with a colon
    ("纠正的方法：" then （一）（二）（三）, one paragraph each): a list, not headings.

    A colon after a bare connective (…。因此： then 第一，…。 第二，…。) names nothing to
    list: inside a numbered part (a run of ``runs`` of another family has an item before
    them) the items are the points the part concludes with, the speaker's own."""
    first = run[0].index
    lead = texts[first - 1] if first else ""
    if not lead.endswith(("：", ":")) or _SALUTATION.match(lead) or run[0].hinted:
        return False  # no announcement, or a salutation ("同志们：")
    if _CONNECTIVE_COLON.search(lead) and any(
        len(r) >= 2 and r[0].family != run[0].family and r[0].index < first for r in runs or ()
    ):
        return False
    if any(b.index != a.index + 1 for a, b in zip(run, run[1:])):
        return False
    if _sibling_announced(run, texts, runs or ()):
        return False
    # headings run into long paragraphs of their own (一是…。 then a report's worth of
    # text) are a report's points even when announced with a colon
    if sum(len(c.rest) for c in run) / len(run) >= _LIST_ITEM_REST:
        return False
    # a minutes' 议定事项 (会议议定以下事项： then （一）建立…制度。 and what it means), each a
    # short title of its own and told: the decisions are the part's points however short the
    # telling; a list of 表现 or 原因 titled so (有如下各种表现：（一）报复主义。…) stays a list
    return not (_DECIDED.search(lead) and len(run) >= 2 and all(_titled(c) for c in run))


def _sibling_announced(run: list[Candidate], texts: list[str], runs: list[list[Candidate]]) -> bool:
    """Whether the next run of the same family, numbered afresh from 1, is announced with a
    colon of its own one paragraph after ``run`` ends (…有两点是可以肯定的： 1、… 2、… then 但是，
    …在以下两个方面需要改进： 1、… 2、…) and is no list back to back itself: the two runs are
    the part's two sets of points, said alike, so the first is no list either (ren 20160805,
    held-out set 16)."""
    end = run[-1].index
    for other in runs:
        if other is run or other[0].family != run[0].family or other[0].ordinal != 1:
            continue
        first = other[0].index
        if first != end + 2 or len(other) < 2 or not texts[first - 1].endswith(("：", ":")):
            continue
        return any(b.index != a.index + 1 for a, b in zip(other, other[1:]))
    return False


def _titled(c: Candidate) -> bool:
    """True when a run-in item opens with a short titled sentence and goes on after it."""
    return bool(c.rest) and len(c.heading) <= _TITLE_MAX and not _TITLE_BREAK.search(c.heading)


_TITLE_MAX = 20
# a meeting's decisions announced: 会议议定以下事项： 会议决定如下事项： 经研究，商定以下事项：
_DECIDED = re.compile(r"(?:议定|决定|商定)了?(?:以下|如下)?[^。：:]{0,6}事项[：:]$")
_TITLE_BREAK = re.compile(r"[，,：:；;、“”]")


_LIST_ITEM_REST = 120
# a lead whose last sentence is nothing but a connective and the colon (因此： 所以：)
_CONNECTIVE_COLON = re.compile(r"(?:^|[。！？；])(?:因此|所以|为此|因而|于是)[：:]$")
_SALUTATION = re.compile(r"^(同志们|各位|尊敬的|亲爱的|女士们|先生们|朋友们|老师们|同学们)")


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
