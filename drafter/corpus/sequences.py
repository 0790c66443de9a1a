"""Numbering sequences: which runs of numbered paragraphs may be a text's headings.

:func:`drafter.corpus.numbered_runs.group_runs` groups the candidates of one marker family
into runs 1, 2, 3 … (nested lists of the same family, a list that may start at 第二 after a
roadmap sentence, slips of numbering mended); here the runs that are lists or prose rather
than headings are set aside. Which runs are headings, and at what level, is decided by
:mod:`drafter.corpus.structure`."""

from __future__ import annotations

import re
import statistics

from drafter.corpus import markers as mk
from drafter.corpus.candidates import FLEXIBLE, Candidate
from drafter.corpus.markers import match_marker
from drafter.corpus.numbered_runs import group_runs


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
    runs, unannounced = group_runs(cands, warnings, texts)
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
    if _point_announces(run, texts, runs or ()):
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


def _point_announces(run: list[Candidate], texts: list[str], runs: list[list[Candidate]]) -> bool:
    """Whether the paragraph announcing ``run`` is itself a numbered point of another run
    (（二）日本帝国主义…的政策是…。其企图用以解决中国问题的方针是： then 一、…。…  二、…。…) and
    each item is a paragraph of its own saying a sentence and going on after it: the items
    are that point's sub-points, as a decision's numbered tasks after a lead-in are its
    points (held-out set 20's v5_006, set 26's v2_021), not a list in a sentence. A list
    announced by prose (其原因，则是： then （一）…（七）, set 16's v2_038) or made of items
    ended by ；, or of one sentence each, stays a list; so does one announced by a numbered
    paragraph that says nothing but the announcement (（九）在此期间，…可能向三个方向发展： then
    第一个方向，…, 上海太原失陷以后's paragraph numbers), a point only in its number."""
    lead = run[0].index - 1
    if not any(
        len(r) >= 2 and r[0].family != run[0].family and any(c.index == lead and c.rest for c in r)
        for r in runs
    ):
        return False
    return all(c.rest and texts[c.index].rstrip().endswith(("。", "！", "？")) for c in run)


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
