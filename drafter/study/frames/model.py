"""The scoring model of the second look at the counts the frame rules refused: its named features,
logistic weights and threshold.

The rules of :mod:`drafter.study.frames` make a *mention* of every count (两种错误, 前途有两个,
三个信息库) and then keep it only when an item finder reads its items or when it is a summary
by its noun. Most frames they lose are counts they saw and refused (notes f11-cand: 50 of 71
misses), each missing in a different surface shape, and rules fitted shape by shape did not
carry to the next sample of speeches. The second look (:mod:`~drafter.study.frames.refused_counts`)
scores each refused count instead with a handful of named features — why the rules refused it,
what its noun is, whether the text enumerates something right around it (一个是…另一个…,
第一…第二…), whether it points back (这两种), whether it opens its clause, how big the number
is — and a logistic model whose weights are fitted, over every hand-made gold group, by
``bench/study_logo.py`` (leave one group out, so the figures it reports are on a group the
weights never saw). A refused count scoring above ``THRESHOLD`` is kept: with its items when the
rules had read them or when the enumeration around it gives exactly as many items as the number
says, else as a mentioned frame.

This module holds only the model (:data:`FEATURES`, :data:`WEIGHTS`, :data:`THRESHOLD`,
:func:`features`, :func:`probability`), apart from the second look that uses it, so that the
bench refitting the weights and a reader checking them find them on one page."""

from __future__ import annotations

import math
import re

from drafter.corpus.led_ordinals import states_its_heading
from drafter.study.frames.forward import forward_items
from drafter.study.frames.nearby_items import (
    BACK_BEFORE,
    BARE_COUNT,
    counted_noun,
    enumerated_items,
    items_before,
    named_ordinal_items,
)
from drafter.study.frames.nouns import PLAIN_NOUNS
from drafter.study.frames.summary_nouns import SUMMARY_NOUN
from drafter.study.layout import Layout
from drafter.study.model import Frame

_HAVE = re.compile(r"(?:有|分为|分成|分|划为|包括|包含|讲|谈|说|提|就是|即)了?$")


_COLON_AFTER = re.compile(r"[^。！？；;]{0,6}[：:]")


_CLAUSE_END_AFTER = re.compile(r"[”’」\"]?[，,。；;！？!?]")


# Nouns that count people, troops, places, times and things bought: plain counts.
_PLAIN_CHARS = frozenset(
    "人旅师团军营连月年天日次回遍岁名位家国省市县村厂店台辆元块张本份只头口亿万千百蛋杯部"
)


# a clause boundary (or the paragraph's start) right before a count, a pointer between them at
# most: 两条路究竟选择哪一条, 这两条，他们早就承认了 — the count is what the clause is about
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:！？!?])(?:这样|那样|这|那|此|上述|以上)?$")


_DIGITS = re.compile(r"[0-9０-９]|百分之|点[一二三四五六七八九]")


FEATURES = (
    "bias",
    "why_pruned",
    "why_before",
    "why_listed",
    "why_final",
    "why_parts",
    "why_guard",
    "why_measure",
    "has_items",
    "enumerated",
    "list_before",
    "noun_echo",
    "second_marker",
    "noun_ordinal",
    "pointer_echo",
    "read_before",
    "gets_items",
    "items_parallel",
    "same_number_near",
    "two",
    "many",
    "big_number",
    "summary_noun",
    "plain_noun",
    "bare",
    "back_reference",
    "have_before",
    "colon_after",
    "clause_ends",
    "digits_near",
    "recurs",
    "quoted",
    "heading",
    "reads_after",
    "opens_clause",
)


# Fitted by bench/study_logo.py on every development gold group — never on the check group
# (stop 21: batch 12 alone; all of batch 11 is development now). It prints them; refit there,
# do not edit by hand. A positive weight makes a frame more likely.
# Provenance: session 43 (fr4, main 142940d8), bench/frame_split.py --compare --cut 0.4: the
# full fit (l2 1.0) with opens_clause added. The weights of 45795d0d had drifted from the full fit
# by up to 0.42 (same_number_near) and stayed in session 42 because a refit alone scored the
# same; opens_clause is what moved. Fitted on the development half's rows only, the model with
# it finds on the check half 478 right of 532 against 475 of 529 without it; the full fit with
# it, shipped here, against the weights it replaces: speeches dev half 551 right of 641 found
# (550 of 641), check half 483 of 537 (482 of 538), reports 767 of 818 and the check group
# 107 of 110 unchanged, all groups 1908 of 2106 (1906 of 2107). Six structural features were
# tried that way (bench/frame_split.py's docstring); this one alone moved the check half, by
# three frames — a small gain, read with that in mind. Before a refit, run --compare: it prints
# the drift and the halves.
WEIGHTS: dict[str, float] = {
    "bias": -1.29,
    "why_pruned": -0.52,
    "why_before": -0.01,
    "why_listed": -0.86,
    "why_final": -0.12,
    "why_parts": 0.77,
    "why_guard": -1.09,
    "why_measure": 0.66,
    "has_items": -0.71,
    "enumerated": -0.36,
    "list_before": 0.29,
    "noun_echo": -0.19,
    "second_marker": 0.17,
    "noun_ordinal": 0.04,
    "pointer_echo": 0.00,
    "read_before": -0.01,
    "gets_items": 0.19,
    "items_parallel": 0.20,
    "same_number_near": -1.13,
    "two": 0.26,
    "many": -1.08,
    "big_number": -0.74,
    "summary_noun": 0.22,
    "plain_noun": -0.82,
    "bare": 0.96,
    "back_reference": 0.78,
    "have_before": 0.59,
    "colon_after": 0.79,
    "clause_ends": 0.54,
    "digits_near": -0.17,
    "recurs": 0.04,
    "quoted": 0.00,
    "heading": 0.27,
    "reads_after": 0.86,
    "opens_clause": 0.35,
}


# The cut, picked on the development half of the speech gold alone (bench/frame_split.py
# --operating-point, session 43): the highest cut at which these weights reach recall 0.9 there —
# 0.3 (553 right of 653 found, against 551 of 641 at 0.4) — then the check half read once:
# recall 0.891 -> 0.899 (483 -> 487 of 542), precision 0.899 -> 0.885 (550 found), above the
# 0.87 the lead set, so it ships; reports (767 right, 818 -> 819 found) and the check group
# (107 of 110) move by one found frame at most. Recall is the first bar; before, the cut
# was 0.4 (stop 21: 0.4 kept 5 more right speech frames than pick_threshold's 0.5 for 3 wrong).
THRESHOLD = 0.3


_SECOND = re.compile(r"第二|二是|二要|其二|其次|另一|另外一")


_SECOND_OF = re.compile(r"(?:第二|另一|另外一|其二)(?:个|条|种|类|项|点|只|块)?")


def _names_second(after: str, noun: str) -> bool:
    """Whether the text after a count names a second one of its noun (两条战线 … 第二条战线;
    两个轮子 … 另一个轮子): the count's things are being gone through one by one."""
    return any(after.startswith(noun[:2], m.end()) for m in _SECOND_OF.finditer(after))


_WHOLE: dict[int, tuple[Layout, str]] = {}


def _whole(lay: Layout) -> str:
    """The layout's paragraphs as one text, joined once per layout (a phrase's uses are
    counted for every refused count of a document)."""
    known = _WHOLE.get(id(lay))
    if known is None or known[0] is not lay:
        _WHOLE.clear()
        known = (lay, "\n".join(p.text for p in lay.paragraphs))
        _WHOLE[id(lay)] = known
    return known[1]


def _similar(items: list[str]) -> bool:
    """Items that look like one list: lengths within a factor of three, or a shared first or
    last character (腿勤, 嘴勤 …)."""
    sizes = [len(i) for i in items]
    if min(sizes) * 3 >= max(sizes):
        return True
    return len({i[0] for i in items}) == 1 or len({i[-1] for i in items}) == 1


def paragraph_before(lay: Layout, p: int) -> int:
    """The paragraph written right before paragraph ``p``: ``p - 1``, or one further back when
    ``p - 1`` is a run-in heading said as its sentence (党八股的第三条罪状是：A。 opening the
    paragraph ``p`` is the rest of: the outline splits the heading off, the writer wrote one
    paragraph of prose; :func:`drafter.corpus.led_ordinals.states_its_heading`). A titled
    heading ((一)关于…问题) parts the text: the paragraph before it stays one further off."""
    if p >= 2 and lay.paragraphs[p - 1].is_heading:
        section = lay.by_paragraph[p - 1].section
        if section.run_in and states_its_heading(section.marker):
            return p - 2
    return p - 1


def features(lay: Layout, frame: Frame, why: str, others: list[Frame] = ()) -> dict[str, float]:
    """The named features of one refused count (see ``FEATURES``), each 0 or 1. ``others``
    are the frames found so far: one of the same number just before makes this count a
    re-mention of it (这两个领域 after 两个短木板)."""
    text = lay.paragraphs[frame.span.paragraph].text
    start, end = frame.span.start, frame.span.end
    before = text[max(0, start - 5) : start]
    after = text[end : end + 12]
    noun = counted_noun(frame)
    head = noun + re.split(r"[^\u4e00-\u9fff]", after[:4])[0]
    near = text[max(0, start - 60) : end + 60]
    written_before = paragraph_before(lay, frame.span.paragraph)
    wide = text[max(0, start - 200) : start] + text[end : end + 200]
    clause = re.split(r"[，,。；;：:！？!?]", text[:start])[-1]
    key = noun[-2:] if len(noun) >= 2 else ""
    back = bool(BACK_BEFORE.search(before))
    read = items_before(lay, frame) if back else None
    found = read or enumerated_items(lay, frame) or named_ordinal_items(lay, frame)
    # 两个题目，一个是A，一个是B: the items that follow the count, by the general reader
    ahead = forward_items(lay, frame) if not back else None
    found = found or ahead
    items = frame.items if frame.listed else (found or ([],))[0]
    echo = bool(key) and wide.count(key) >= frame.number
    listed_before = clause.count("、") >= frame.number - 1 or (
        frame.number == 2 and bool(re.search(r"[和与及]", clause))
    )
    enumerated = frame.listed or enumerated_items(lay, frame) is not None
    f = {
        "bias": 1.0,
        "why_pruned": why == "pruned",
        "why_before": why == "strict:before",
        "why_listed": why in ("strict:listed", "strict:bracket"),
        "why_final": why == "strict:final",
        "why_parts": why == "strict:parts",
        "why_guard": why == "guard",
        "why_measure": why == "measure",
        "has_items": frame.listed,
        "enumerated": enumerated,
        "list_before": listed_before,
        "noun_echo": echo,
        "second_marker": bool(_SECOND.search(wide)),
        "noun_ordinal": bool(noun) and _names_second(text[end : end + 300], noun),
        "pointer_echo": back and (echo or enumerated or listed_before),
        "read_before": back and read is not None,
        "gets_items": bool(items),
        "items_parallel": bool(items) and _similar(items),
        "same_number_near": any(
            o.number == frame.number
            and o is not frame
            and (o.span.paragraph, o.span.start) < (frame.span.paragraph, start)
            and o.span.paragraph >= written_before
            and not items_elsewhere(o, frame.span.paragraph, written_before)
            for o in others
        ),
        "two": frame.number == 2,
        "many": frame.number >= 5,
        "big_number": frame.number >= 10,
        "summary_noun": bool(SUMMARY_NOUN.search(head)),
        "plain_noun": noun[:1] in _PLAIN_CHARS or noun[:2] in PLAIN_NOUNS,
        "bare": bool(BARE_COUNT.fullmatch(frame.phrase)),
        "back_reference": back,
        "have_before": bool(_HAVE.search(before)),
        "colon_after": bool(_COLON_AFTER.match(after)),
        "clause_ends": bool(_CLAUSE_END_AFTER.match(after)) or not after,
        "digits_near": bool(_DIGITS.search(near)),
        "recurs": _whole(lay).count(frame.phrase) >= 2,
        "quoted": frame.quoted,
        "heading": lay.paragraphs[frame.span.paragraph].is_heading,
        "reads_after": ahead is not None,
        "opens_clause": bool(_OPENS_CLAUSE.search(text[max(0, start - 6) : start])),
    }
    return {k: float(v) for k, v in f.items()}


def probability(feats: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The model's belief that a refused count is a frame of the text."""
    w = WEIGHTS if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def items_elsewhere(frame: Frame, paragraph: int, before: int | None = None) -> bool:
    """Whether every item of a listed frame stands outside ``paragraph`` and the one before
    (三民主义, its 民族主义… named pages away): a count there does not name it again.
    ``before``: the paragraph written before it when that is not ``paragraph - 1`` (a run-in
    heading split off between them)."""
    first = paragraph - 1 if before is None else before
    return bool(frame.item_spans) and all(
        not first <= s.paragraph <= paragraph for s in frame.item_spans
    )
