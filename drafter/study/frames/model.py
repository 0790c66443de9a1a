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
is — and a logistic model whose weights are fitted on the development half of the hand-made
gold (``bench/frame_split.py --compare``; the check half and the check group never fit them, so
their figures are held out for the model the app runs; ``bench/study_logo.py`` scores the method
leaving one group out, each group scored by weights that never saw it). A refused count
scoring above ``THRESHOLD`` is kept: with its items when the rules had read them or when the
enumeration around it gives exactly as many items as the number says, else as a mentioned
frame.

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


# Fitted by bench/frame_split.py --compare (its ``dev fit``, l2 1.0; the fit it prints and
# measures the drift against) on the rows of the development half's texts only — speeches and
# reports of every development gold group whose path the fixed SHA-1 rule puts in the
# development half (907 of the 1677 rows) — never on a check-half text and never on the check
# group (heldout_b12). Refit there, do not edit by hand. A positive weight makes a frame more
# likely.
# Provenance: session 53 (fr20, main bdf326b3). Before, the weights were session 43's full fit
# (every development group, both halves), so their check-half figure (491 right of 552 found,
# R .906 P .889 at 0.3) was in-sample. A refit on the whole gold (both halves, the usual step
# after model selection) scores 490 of 551 there at 0.3, still in-sample; this dev-half fit
# scores, at the same cut (these two-decimal weights, --operating-point --cuts 0.3), speeches
# dev half 562 right of 639 found (in-sample), check half 489 of 545 of 542 gold (R .902
# P .897, items 338 of 397) — held out: no check-half text fitted a weight; unrounded
# (--compare --cut 0.3) reports 768 of 822, the check group 108 of 111, all groups 1927 right
# of 2118 found (the whole-gold fit 1928 of 2127). One right frame for nine fewer wrong ones buys
# a held-out figure for the very model the app runs, and keeps the check half blind for the
# next refit. (The cut was kept at 0.3 after both cuts' check rows of this fit were seen: 0.4,
# its own pick, gives 480 of 530; so the check figure is blind to the weights, not to the
# choice between those two cuts.) The per-group refit (bench/frame_split.py's default) is the
# estimate of the method: check half 484 of 535 at picked cuts, 490 of 551 at 0.3.
WEIGHTS: dict[str, float] = {
    "bias": -1.35,
    "why_pruned": -0.48,
    "why_before": -0.15,
    "why_listed": -0.78,
    "why_final": -0.10,
    "why_parts": 0.58,
    "why_guard": -0.88,
    "why_measure": 0.70,
    "has_items": -0.66,
    "enumerated": -0.23,
    "list_before": 0.07,
    "noun_echo": -0.08,
    "second_marker": 0.03,
    "noun_ordinal": 0.02,
    "pointer_echo": 0.20,
    "read_before": 0.22,
    "gets_items": 0.38,
    "items_parallel": 0.28,
    "same_number_near": -0.96,
    "two": 0.18,
    "many": -1.16,
    "big_number": -0.51,
    "summary_noun": -0.07,
    "plain_noun": -0.71,
    "bare": 1.22,
    "back_reference": 0.63,
    "have_before": 0.40,
    "colon_after": 0.90,
    "clause_ends": 0.50,
    "digits_near": -0.11,
    "recurs": -0.36,
    "quoted": 0.00,
    "heading": 0.04,
    "reads_after": 0.73,
    "opens_clause": 0.15,
}


# The cut, picked on the development half of the speech gold alone (bench/frame_split.py
# --operating-point, session 43, with that session's weights): the highest cut at which they
# reached recall 0.9 there — 0.3 (553 right of 653 found, against 551 of 641 at 0.4) — then the
# check half read once: recall 0.891 -> 0.899 (483 -> 487 of 542), precision 0.899 -> 0.885,
# above the 0.87 the lead set, so it shipped. Kept with session 53's development-half fit (see
# the weights' provenance for what that choice saw). Recall is the issue's first bar; before,
# the cut was 0.4 (stop 21: 0.4 kept 5 more right speech frames than pick_threshold's 0.5 for
# 3 wrong).
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
