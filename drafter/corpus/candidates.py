"""Candidates for headings and the small facts the structure chooser weighs about them:
the families of unnumbered lines, the conventional rank of marker families, whether a run
crosses a group's items, what a higher family under a group costs. Shared by the outline
parser (:mod:`.outline`, :mod:`.sequences`) and the chooser (:mod:`.structure`)."""

from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass

from drafter.corpus import markers as mk
from drafter.corpus.reflow import ends_sentence

PLAIN = "plain"  # unnumbered lines standing alone
PLAIN_TITLES = "plain_titles"  # those of them that read as titles, not sentences
UNNUMBERED = frozenset((PLAIN, PLAIN_TITLES))
TOPIC = "topic"  # unnumbered run-in headings in parallel: "中产阶级。这个阶级…"
FLEXIBLE = frozenset((mk.DI, mk.DI_NOUN, mk.YISHI))


def styled_family(level: int) -> str:
    """The family of the paragraphs a Word file styles as headings of ``level`` (h1, h2 …):
    the writer's own levels, one group each, numbered or not."""
    return f"h{level}"


def is_styled(family: str) -> bool:
    """Whether ``family`` is a Word heading style's level (:func:`styled_family`): the one
    test the outline parser and the chooser share, so a new family can never pass for one."""
    return family.startswith("h") and family[1:].isdigit()


@dataclass
class Candidate:
    """A paragraph that may be a heading.

    ``heading`` is the text after the marker up to the end of its first sentence (the whole
    line when it stands alone), ``rest`` what follows in the same paragraph (run-in).
    """

    index: int
    family: str
    ordinal: int
    marker: str
    heading: str
    rest: str
    word: str = ""
    hinted: bool = False
    headlike: bool = True
    level: int = 0
    list_item: bool = False  # the paragraph ends in ；: one item of a list in a sentence
    bullet: bool = False  # a Word bullet paragraph the reader took for a sub-heading
    subhead: bool = False  # a title line the text itself shows to stand inside a part
    theme: bool = False  # a theme line over lead lines (:mod:`.themes`)
    keyed: bool = False  # an interview's intertitle, 回望2025：… (:mod:`.intertitles`)
    label: str = ""  # a speaker's label before the marker (任正非：第一，…; :mod:`.answers`)
    carried: bool = False  # in a run of sub-points carried over a heading (structure)
    lone: bool = False  # a part numbered 一、 with no 二、 (:func:`.sequences.lone_part`)

    @property
    def standalone(self) -> bool:
        """True when the heading stands on its own line (nothing follows the heading text), false
        for a run-in heading.
        """
        return not self.rest


@dataclass
class Group:
    """One way to fill a level: a run of one family, or lines of one kind."""

    family: str
    items: list[Candidate]
    numbered: bool


def family_rank(family: str) -> float | None:
    """The conventional rank of a marker family (第一编 -0.5 … ① 6; Word heading levels
    between), None for families without one (第一， 一是, unnumbered lines)."""
    if family in mk.RANK:
        return mk.RANK[family]
    if is_styled(family):
        return int(family[1:]) - 0.5
    return None


_COUNT = re.compile(r"([两二三四五六七八九十]+)(?:件|个|条|点|项|大)")


def counted_items(text: str) -> int | None:
    """The number of things a heading announces ("十四件大事" -> 14)."""
    m = _COUNT.search(text)
    if m is None:
        return None
    return mk.cn_to_int("二" if m.group(1) == "两" else m.group(1))


def outranks(a: str, b: str) -> bool:
    """Whether by convention family ``a`` stands above family ``b`` (so cannot be under
    it): 第一章 over 一、, 一、 over （一）, and report markers 一、/（一） over a speech's
    一是 list."""
    ra, rb = family_rank(a), family_rank(b)
    if ra is not None and rb is not None:
        return ra < rb
    return b == mk.YISHI and ra is not None and ra <= mk.RANK[mk.CN_PAREN]


def run_strength(run: list[Candidate], size: int) -> float:
    """How much a run looks like a skeleton of its own: headings standing alone, spread
    over the text (an opening list is run-in and packed together)."""
    standalone = sum(1 for c in run if c.standalone) / len(run)
    return standalone + 2 * (run[-1].index - run[0].index) / size


def crosses(run: list[Candidate], bounds: list[int]) -> bool:
    """Whether a run has items on both sides of one of ``bounds`` (heading positions)."""
    first, last = run[0].index, run[-1].index
    # ``bounds`` ascend: only the first one after ``first`` needs a look (a scan of all of
    # them, for every run of every candidate group, made long documents cubic)
    i = bisect.bisect_right(bounds, first)
    return i < len(bounds) and bounds[i] < last


def tail_lines(
    best: Group, plain: list[Candidate], runs: list[list[Candidate]] | None = None
) -> bool:
    """Whether lines standing alone after the last item of a numbered group go on its
    level: a report part numbers some points (第一，…第六， each on a line of its own),
    then adds more as bold lead lines (积极推进社会保障制度改革。), none of them under the
    earlier items. Lines under several items would be their sub-headings instead, and so
    would they beside parallel run-in topics under an earlier item (``runs``: a part's
    经济增长迈出坚实步伐。… under 一、, bold leads under 三、 — a Word file's lower headings)."""
    if (
        best.family in PART_FAMILIES
        or not best.numbered
        or not all(c.standalone for c in best.items)
    ):
        return False
    first, last = best.items[0].index, best.items[-1].index
    if any(first < c.index < last for c in plain):
        return False
    topics = [r for r in runs or [] if r[0].family == TOPIC and len(r) >= 3]
    if any(first < r[0].index and r[-1].index < last for r in topics):
        return False
    tail = [c for c in plain if c.index > last]
    # the last item has a body of its own first: a line right under it is its sub-heading;
    # and the lines stand alone as the items do (bold leads run into their paragraphs,
    # after items standing alone, are the last item's points)
    return len(tail) >= 2 and tail[0].index > last + 1 and all(c.standalone for c in tail)


def tail_topics(best: Group, runs: list[list[Candidate]], sizes: list[int]) -> bool:
    """Whether parallel run-in topics after the last item of a numbered group go on its
    level: the text's points （一）…（十） one paragraph each, then a last section many times
    longer holding 关于政权组织。… 关于劳动政策。… policy after policy to its end (论政策).
    Topics with more of the section after them are the last item's own (在教育方面。…
    under （三）全面加强社会建设, then more of the review)."""
    if best.family in PART_FAMILIES or not best.numbered or len(sizes) < 2:
        return False
    if sizes[-1] < _LONG_LAST or sizes[-1] <= 4 * statistics.median(sizes[:-1]):
        return False
    first, last = best.items[0].index, best.items[-1].index
    end = last + sizes[-1]
    topics = [r for r in runs if r[0].family == TOPIC and len(r) >= 3]
    if any(first < c.index < last for r in topics for c in r):
        return False
    # and they fill that section to its end: the text goes on in them
    return any(r[0].index > last + 1 and r[-1].index >= end - _TOPICS_END for r in topics)


_LONG_LAST = 8
_TOPICS_END = 4  # paragraphs after the last topic: a closing word at most


def tail_run(
    best: Group,
    runs: list[list[Candidate]],
    sizes: list[int],
    texts: list[str],
    names: list[int] = (),
) -> str:
    """The family of a numbered run after the last item of a numbered group that goes on
    the group's level, or "": a report's review part lists its work （一）…（五）, then, after
    the last item's own text, a lead-in ending in a colon (…以下几个方面的认识和体会：) opens
    points of another family (一是…四是) standing on their lines over paragraphs of their
    own, to the end of a last section far longer than its siblings. They sum up the whole
    part, not its last item (whose own text came first). ``names``: the speakers' name
    lines standing alone (:func:`.headings.name_line`), where another speaker's run after
    the last item goes on the level too (:func:`_next_speaker_run`). Run-in topics
    (在教育方面。…) are read by :func:`_points_after_topics`."""
    if best.family == TOPIC and len(sizes) >= 3:
        return _points_after_topics(best, runs, sizes, texts)
    if best.family in PART_FAMILIES or not best.numbered or len(sizes) < 2:
        return ""
    if asked := _questions_after(best, runs):
        return asked
    if names and (other := _next_speaker_run(best, runs, texts, names)):
        return other
    if other := _announced_too(best, runs, texts):
        return other
    if sizes[-1] < _LONG_LAST or sizes[-1] <= 2 * statistics.median(sizes[:-1]):
        return ""
    last = best.items[-1].index
    end = last + sizes[-1]
    for r in runs:
        first = r[0].index
        if not last + _OWN_TEXT < first < end or r[0].family == best.family:
            continue
        if (
            len(r) >= 3
            and r[0].ordinal == 1
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(r, r[1:]))
            and all(c.standalone for c in r)
            and texts[first - 1].endswith(("：", ":"))
            and r[-1].index >= end - _TOPICS_END
        ):
            return r[0].family
    return ""


def _points_after_topics(
    best: Group, runs: list[list[Candidate]], sizes: list[int], texts: list[str]
) -> str:
    """The family of numbered points that go on the level of run-in topics, or "": a work
    report's review lists 在教育方面。… 在社会管理方面。 one paragraph each, then goes on far
    past the last topic's own text (other fields, the government's own work) until a lead-in
    ending in a colon (…主要体会是：) opens 第一，…第六， lessons. They sum up the review, not
    social management, under which the chooser had nested them (gwr_national_2008, seen
    in session 47's walk). Topics are run-in, so run-in points weigh as they do; points
    starting within a few of the topics' own paragraphs stay the last topic's."""
    median = statistics.median(sizes[:-1])
    if sizes[-1] < _LONG_LAST or sizes[-1] <= 4 * median:
        return ""
    last = best.items[-1].index
    end = last + sizes[-1]
    near = last + max(_OWN_TEXT, 4 * median)
    for r in runs:
        first = r[0].index
        if not near < first < end or r[0].family == TOPIC:
            continue
        if (
            len(r) >= 3
            and r[0].ordinal == 1
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(r, r[1:]))
            and texts[first - 1].endswith(("：", ":"))
        ):
            return r[0].family
    return ""


def _announced_too(best: Group, runs: list[list[Candidate]], texts: list[str]) -> str:
    """The family of a run after the group's last item announced as the group was, or "".

    我向学校提三点希望。 over 一是…三是, and after the third's text 我也向各部门提两点要求。
    over 第一，…第二，: each count said right before its run and matching it, the second
    saying 也 and the same verb — a second set of points beside the first, to another
    audience, not the third hope's points (modern_blind10 w10). ../shared holds no 也…提两点."""
    first, last = best.items[0].index, best.items[-1].index
    said = _ROADMAP.search(texts[first - 1]) if first else None
    if said is None or _count(said.group(2)) != len(best.items):
        return ""
    for r in runs:
        lead = r[0].index - 1
        if r[0].family == best.family or not last < lead or r[0].ordinal != 1 or len(r) < 2:
            continue
        also = _ROADMAP.search(texts[lead])
        if (
            also is not None
            and also.group(1) == said.group(1)
            and _count(also.group(2)) == len(r)
            and "也" in texts[lead][: also.start()]
        ):
            return r[0].family
    return ""


# a count of points said (提三点希望, 讲两个问题): the verb, the number, the unit
_ROADMAP = re.compile(
    r"(讲|谈|说|提|强调)(?:以下|下面)?([两二三四五六七八九十])(点|个问题|个方面|方面|条|件事|句话|层意思)"
)


def _count(numeral: str) -> int:
    """The number a counted roadmap says (两 -> 2)."""
    return 2 if numeral == "两" else mk.cn_to_int(numeral) or 0


_OWN_TEXT = 3  # paragraphs of its own the last item has before points that are not its


def _questions_after(best: Group, runs: list[list[Candidate]]) -> str:
    """The question family when numbered questions (Q1：…, 问题1：…) follow the last item of
    a numbered group after its own text, and none stands before it: the questions put after
    a speech, level 1 beside its parts and not the points of its last one (tests/gold/README.md,
    blind set 36's ren 20080705: 一、…四、, then 【互动问答摘录】 and Q1：…Q13、)."""
    if best.family == mk.QUESTION:
        return ""
    last = best.items[-1].index
    questions = [r for r in runs if r[0].family == mk.QUESTION]
    if any(r[0].index < last for r in questions):
        return ""  # questions inside the parts: each part's own
    for r in questions:
        if (
            r[0].index > last + 1
            and len(r) >= 2
            and r[0].ordinal == 1
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(r, r[1:]))
        ):
            return mk.QUESTION
    return ""


def _next_speaker_run(
    best: Group, runs: list[list[Candidate]], texts: list[str], names: list[int]
) -> str:
    """The family of a numbered run that another speaker says after the group's last item:
    a name line standing alone (程雅：) after that item and before the run, naming someone
    other than the name line over the group's first item (or the group under none, the
    header's speaker). His points are his own talk's, not the points of the first speaker's
    last part: ren 20170723, 徐直军： after 任正非's 一、…四、 over his 1、…7、 (set 41's gold
    has them under his name line, never under 四、; :mod:`.second_speaker` puts that line in
    and moves them under it); a record wrapping two speeches in a host's words has the same
    turn (modern_blind7 t04: 冯志远's 一、…三、, the host's turns, then 程雅： over 第一，…第三，).
    The run is complete from 1, two items or more; "" when there is none."""
    last, first_item = best.items[-1].index, best.items[0].index
    if names[-1] <= last:
        return ""  # no name line after the last item (every text without any)
    over_group = next((texts[i] for i in reversed(names) if i < first_item), "")
    for r in runs:
        first = r[0].index
        if first <= last or r[0].family == best.family or len(r) < 2 or r[0].ordinal != 1:
            continue
        if any(b.ordinal != a.ordinal + 1 for a, b in zip(r, r[1:])):
            continue
        over_run = next((i for i in reversed(names) if i < first), None)
        if over_run is not None and over_run > last and texts[over_run] != over_group:
            return r[0].family
    return ""


PART_FAMILIES = frozenset((PLAIN, PLAIN_TITLES, TOPIC, mk.PART, mk.PIAN, mk.CHAPTER, mk.SECTION))


def outrank_cost(run: list[Candidate]) -> float:
    """What a run of a higher family under a group's items costs the group: 3 for
    headings standing alone (一、 part titles cannot sit under （一）), less for items run
    into their paragraphs, which an old report also uses for a list of points
    (（三）关于农业的增产问题 … 我提出以下几点： 一、开垦宜于耕种的荒地。…)."""
    return 3.0 if run[0].standalone else _RUN_IN_OUTRANK


_RUN_IN_OUTRANK = 1.0


def titles_among(plain: list[Candidate]) -> list[Candidate] | None:
    """The lines of ``plain`` that read as titles (short: 国际形势和我国对外工作) when the
    others read as sentences (longer, with a comma: 调整国民经济的任务已经基本完成，…):
    two forms of unnumbered heading, the titles being the parts the sentences stand under.
    None unless there are two or more of each. An interview's keyed intertitles (成功密码：坚持
    只做一件事 / 战略耐性：没有理论的创新是不可能持久的，也不可能成功) are one form whatever their
    length: a keyword and its phrase, never a sentence under a title."""
    titles = [c for c in plain if (len(c.heading) <= _TITLE_MAX or c.keyed) and not c.subhead]
    longer = [c for c in plain if len(c.heading) > _TITLE_MAX and not c.keyed]
    clauses = sum(1 for c in longer if _CLAUSE.search(c.heading))
    # most of the longer lines are sentences of two clauses; a long line without a comma
    # among them is one more sentence, and a long title list has no such lines at all
    if len(titles) < 2 or clauses < 2 or clauses * 3 < len(longer) * 2:
        return None
    return titles


_TITLE_MAX = 20
_CLAUSE = re.compile(r"[，,；;]")


def themes_among(plain: list[Candidate]) -> list[Candidate] | None:
    """The theme lines of ``plain`` (:mod:`.themes`) when they are a tier over other lines
    of it (their leads): the upper tier, weighed as a group of its own. None otherwise."""
    themes = [c for c in plain if c.theme]
    if len(themes) < THEMES_MIN or len(themes) == len(plain):
        return None
    return themes


THEMES_MIN = 3


def restarts_after(runs: list[list[Candidate]], line: Candidate, family: str) -> bool:
    """Whether a run of ``family`` numbered from 1 starts after the line ``line``."""
    return any(
        r[0].family == family and r[0].ordinal == 1 and r[0].index > line.index for r in runs
    )


TWO_CHAR_SIBLINGS = 4  # short titles standing alone before a two-character one joins them
_NOT_TWO_CHAR_TITLES = frozenset(("谢谢", "注释", "附件", "附录", "附表", "说明", "备注", "结语"))


def two_char_titles(texts: list[str], skip: set[int]) -> list[int]:
    """Lines of two characters (words, not a name's initials or a label) standing between
    a paragraph that ended and a long one that opens: the short titles' shortest sibling."""
    return [
        i
        for i in range(1, len(texts) - 1)
        if i not in skip
        and len(texts[i]) == 2
        and all("\u4e00" <= ch <= "\u9fff" for ch in texts[i])
        and texts[i] not in _NOT_TWO_CHAR_TITLES
        and ends_sentence(texts[i - 1])
        and len(texts[i + 1]) > 20
        and ends_sentence(texts[i + 1])
    ]


def part_before(plain: list[Candidate], texts: list[str], lo: int, first: int) -> Candidate | None:
    """An unnumbered part title in the stretch before a numbered level's first item that
    stands over lead lines of its own (首先报告２００１年的工作, then 国民经济保持良好发展势头。
    and three more leads, then 一、…八、): a part whose number the report leaves out, on the
    level of the numbered parts; None unless it is the one title there, no line of the
    stretch stands above it, and at least ``_LEADS_UNDER`` one-sentence leads follow it."""
    before = [c for c in plain if lo <= c.index < first]
    if len(before) <= _LEADS_UNDER:
        return None
    title = before[0]
    if texts[title.index].endswith(_LEAD_END) or title.subhead:
        return None
    leads = before[1:]
    return title if all(texts[c.index].endswith(_LEAD_END) for c in leads) else None


_LEADS_UNDER = 3
_LEAD_END = ("。", "！")
