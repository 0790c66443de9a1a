"""A second look at the counts the frame rules refused: a small, readable scoring model.

The rules of :mod:`drafter.study.frames` make a *mention* of every count (两种错误, 前途有两个,
三个信息库) and then keep it only when an item finder reads its items or when it is a summary
by its noun. Most frames they lose are counts they saw and refused (notes f11-cand: 50 of 71
misses), each missing in a different surface shape, and rules fitted shape by shape did not
carry to the next sample of speeches. This module scores each refused count instead with a
handful of named features — why the rules refused it, what its noun is, whether the text
enumerates something right around it (一个是…另一个…, 第一…第二…), whether it points back
(这两种), how big the number is — and a logistic model whose weights are fitted, over every
hand-made gold group, by ``bench/study_logo.py`` (leave one group out, so the figures it
reports are on a group the weights never saw). A refused count scoring above ``THRESHOLD``
is kept: with its items when the rules had read them or when the enumeration around it gives
exactly as many items as the number says, else as a mentioned frame.
"""

from __future__ import annotations

import math
import re

from drafter.study.frame_rules import SUMMARY_NOUN
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.text import item_clause

_NUM = "[一二三四五六七八九十两]"
_BACK = re.compile(r"(?:这|那|此|上述|以上|这些|前述|前面的?|刚才的?)$")
_HAVE = re.compile(r"(?:有|分为|分成|分|划为|包括|包含|讲|谈|说|提|就是|即)了?$")
_COLON_AFTER = re.compile(r"[^。！？；;]{0,6}[：:]")
_CLAUSE_END_AFTER = re.compile(r"[”’」\"]?[，,。；;！？!?]")
# Nouns that count people, troops, places, times and things bought: plain counts.
_PLAIN = frozenset(
    "人旅师团军营连月年天日次回遍岁名位家国省市县村厂店台辆元块张本份只头口亿万千百蛋杯部"
)
_DIGITS = re.compile(r"[0-9０-９]|百分之|点[一二三四五六七八九]")
# One enumerator per item, in order: 一个是…另一个是…, 第一…第二…, 一是…二是…, 一种…一种.
_FIRST = re.compile(
    r"(?:一(?:个|种|类|条|项|块|方面)(?:就)?(?:是|为|叫做|叫|在)|一是|一要|第一(?:个|种|条|类|点|次|是)?|首先|其一)"
)
_NEXT = (
    r"(?:(?:另|另外|还有|再)一(?:个|种|类|条|项|块|方面)?(?:就)?(?:是|为|叫做|叫|在)?"
    r"|一(?:个|种|类|条|项|块)(?:就)?(?:是|为|叫做|叫)"
    r"|第{n}(?:个|种|条|类|点|次|是)?|{n}是|{n}要|其{n}|其次|再次|最后)"
)
_CN = "一二三四五六七八九十"

FEATURES = (
    "bias",
    "why_pruned",
    "why_before",
    "why_listed",
    "why_final",
    "why_parts",
    "why_plain",
    "has_items",
    "enumerated",
    "two",
    "big_number",
    "summary_noun",
    "plain_noun",
    "back_reference",
    "have_before",
    "colon_after",
    "clause_ends",
    "digits_near",
    "recurs",
    "noun_echo",
    "quoted",
    "short_paragraph",
)

# Fitted by bench/study_logo.py on every gold group (see its report); edit there, not here.
WEIGHTS: dict[str, float] = {name: 0.0 for name in FEATURES}
WEIGHTS["bias"] = -5.0
THRESHOLD = 0.5


def _noun(frame: Frame) -> str:
    """The counted noun of a frame's phrase (三个信息库 -> 信息库)."""
    return re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|项|点|类|大|件|层|座|部分|方面)?", "", frame.phrase)


def enumerated_items(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """Items a count's neighbourhood enumerates, one enumerator each (一个是A…另一个B;
    第一条…第二条; 一是…二是; 首先…其次): the run starting within the count's sentence or the
    next one, exactly as long as the number, in the count's paragraph."""
    text = lay.paragraphs[frame.span.paragraph].text
    start = frame.span.end
    stop = min(len(text), start + 400)
    first = None
    for hit in _FIRST.finditer(text, start, min(stop, start + 120)):
        first = hit
        break
    if first is None:
        return None
    items = [item_clause(text[first.end() :])]
    spans = [Span(frame.span.paragraph, first.end(), first.end() + len(items[0]))]
    pos = first.end() + max(1, len(items[0]))
    for k in range(2, frame.number + 1):
        nxt = re.compile(_NEXT.format(n=_CN[k - 1])).search(text, pos, stop)
        if nxt is None:
            return None
        item = item_clause(text[nxt.end() :])
        if not item:
            return None
        items.append(item)
        spans.append(Span(frame.span.paragraph, nxt.end(), nxt.end() + len(item)))
        pos = nxt.end() + max(1, len(item))
    items = [clean_item(i) or i for i in items]
    if any(not (1 <= len(i) <= 40) for i in items):
        return None
    return items, spans


def features(lay: Layout, frame: Frame, why: str) -> dict[str, float]:
    """The named features of one refused count (see ``FEATURES``), each 0 or 1."""
    text = lay.paragraphs[frame.span.paragraph].text
    before = text[max(0, frame.span.start - 4) : frame.span.start]
    after = text[frame.span.end : frame.span.end + 12]
    noun = _noun(frame)
    head = noun + re.split(r"[^\u4e00-\u9fff]", after[:4])[0]
    near = text[max(0, frame.span.start - 60) : frame.span.end + 60]
    uses = sum(p.text.count(frame.phrase) for p in lay.paragraphs)
    echo = noun[-1:] and near.count(noun[-1]) >= frame.number + 1
    f = {
        "bias": 1.0,
        "why_pruned": why == "pruned",
        "why_before": why == "strict:before",
        "why_listed": why == "strict:listed",
        "why_final": why == "strict:final",
        "why_parts": why == "strict:parts",
        "why_plain": why == "strict:",
        "has_items": frame.listed,
        "enumerated": frame.listed or enumerated_items(lay, frame) is not None,
        "two": frame.number == 2,
        "big_number": frame.number >= 10,
        "summary_noun": bool(SUMMARY_NOUN.search(head)),
        "plain_noun": noun[:1] in _PLAIN or noun[:2] in _PLAIN,
        "back_reference": bool(_BACK.search(before)),
        "have_before": bool(_HAVE.search(before)),
        "colon_after": bool(_COLON_AFTER.match(after)),
        "clause_ends": bool(_CLAUSE_END_AFTER.match(after)) or not after,
        "digits_near": bool(_DIGITS.search(near)),
        "recurs": uses >= 2,
        "noun_echo": bool(echo),
        "quoted": frame.quoted,
        "short_paragraph": len(text) <= 40,
    }
    return {k: float(v) for k, v in f.items()}


def probability(feats: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The model's belief that a refused count is a frame of the text."""
    w = WEIGHTS if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def candidates(
    lay: Layout, kept: list[Frame], rejected: list[tuple[Frame, str]]
) -> list[tuple[Frame, str]]:
    """The refused counts worth a second look: one per phrase (the first, or the first with
    items), none that repeats a frame the rules kept (same number, one phrase in the other)."""
    seen: dict[str, int] = {}
    out: list[tuple[Frame, str]] = []
    for frame, why in rejected:
        if any(
            k.number == frame.number and (k.phrase in frame.phrase or frame.phrase in k.phrase)
            for k in kept
        ):
            continue
        known = seen.get(frame.phrase)
        if known is not None:
            if frame.listed and not out[known][0].listed:
                out[known] = (frame, why)
            continue
        seen[frame.phrase] = len(out)
        out.append((frame, why))
    return out


def adopt(lay: Layout, frame: Frame) -> Frame:
    """A refused count kept as a frame: its items read by the rules, or the enumeration
    around it when that gives exactly as many, else none (a mentioned frame)."""
    if frame.listed:
        return frame
    found = enumerated_items(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
    return frame


def second_look(
    lay: Layout,
    kept: list[Frame],
    rejected: list[tuple[Frame, str]],
    weights: dict[str, float] | None = None,
    threshold: float | None = None,
) -> list[Frame]:
    """``kept`` and the refused counts the model believes are frames, in reading order."""
    cut = THRESHOLD if threshold is None else threshold
    out = list(kept)
    for frame, why in candidates(lay, kept, rejected):
        if probability(features(lay, frame, why), weights) > cut:
            out.append(adopt(lay, frame))
    out.sort(key=lambda f: (f.span.paragraph, f.span.start))
    return out
