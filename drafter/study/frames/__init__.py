"""Numeric frames (数字概括): 三个服务, 四勤, “五个坚持”, 三点意见 … and the items they count.

A frame is found as a *mention* — a Chinese number with a counter and a noun (三个服务,
四点希望, 三句话), or any quoted formula that starts with or holds a number (“四勤”,
“五个三”, “三严三实”). Its items are then looked for where Chinese writers put them, in
this order:

1. in brackets right after it: “六种意识”（政治意识、大局意识……）;
2. after a colon: 三个多：多学、多思、多练 — or 主要有四个目的：一是…二是…;
3. just before it: “参与政务”、“管理事务”、“搞好服务”三大职能; 从A、B、C等三个方面;
4. as 一是/一要/第一/首先 ordinals later in the paragraph or in the paragraphs after it;
5. as the headings below it: a frame in a heading (四、做到“四勤”) or in the lead-in of a
   section (给大家提三点希望) counts the section's sub-headings; one in the opening
   (我讲三点意见) counts the top-level sections.

A frame is *listed* only when exactly as many items are found as the number says; every
other frame is kept as mentioned. Plain counts of things (三个月, 两个人) are not frames.

Where things live: the mentions and the guards that refuse plain counts are in
:mod:`drafter.study.frames.mentions`; the finders of a mention's items (1–5 above) and
:func:`~drafter.study.frames.finders.resolve`, which tries them, in
:mod:`drafter.study.frames.finders`; this module decides which frames a document keeps — one
frame per phrase, the formulas without a counter, the apparatus left out (other speakers'
remarks), compounds and repeats folded — and hands the refused counts to the second look
(:mod:`drafter.study.frames.refused_counts`).

Where to look for a change, one module a kind of reading (this module keeps every name it had,
so ``frames.<name>`` and ``from drafter.study.frames import …`` work as before;
``frames.mentions`` is still the function :func:`mentions`, which hides the module of that name
as an attribute: import from the module with ``from drafter.study.frames.mentions import …``):

- :mod:`~drafter.study.frames.mentions`: where a frame is mentioned (三个服务, “四勤”, 3类报表) and the
  guards that refuse plain counts (三个月, 两个人): :func:`mentions`;
- :mod:`~drafter.study.frames.finders`: the finders of a mention's items (brackets, colon,
  before, ordinals, headings) and :func:`~drafter.study.frames.finders.resolve`, which tries
  them;
- items not in brackets, after a colon or in ordinals, one module a place:
  :mod:`~drafter.study.frames.quoted_before` (quoted clauses before),
  :mod:`~drafter.study.frames.apposition` (named right after),
  :mod:`~drafter.study.frames.copula_subject` (the subject of 是 before the count),
  :mod:`~drafter.study.frames.pointed_clauses` and :mod:`~drafter.study.frames.pointed_runs`
  (the clauses or the numbered run a pointer 这/上述 refers to),
  :mod:`~drafter.study.frames.runs_after` (一个是…, sentences opening 一条，…),
  :mod:`~drafter.study.frames.noun_namings` (the count's noun named again with each item),
  :mod:`~drafter.study.frames.formula_words` (a formula's items anywhere: “五业”, 四个现代化),
  with :mod:`~drafter.study.frames.item_words` trimming an item's words for all of them;
- :mod:`~drafter.study.frames.forward`: the one general reader of the items that FOLLOW a count
  (enumerators, an introduced list, numbered paragraphs);
- :mod:`~drafter.study.frames.back`: items that stand BEFORE a count and close its list (两者, 二者,
  三者; 以上N条), and where items stand (:func:`~drafter.study.frames.back.item_spans`);
- :mod:`~drafter.study.frames.units`: the list right before a count cut into exactly as many
  units (农业、工业、贸易三方面);
- :mod:`~drafter.study.frames.pointer`: counts that point back at units just given (这两类经理,
  这两支军队);
- :mod:`~drafter.study.frames.sections`: items read off the outline: sub-headings, top-level
  sections, numbered sections after a lead-in;
- :mod:`~drafter.study.frames.figures`: counts in figures whose clause names every item
  (航空、机器人…4个集群);
- :mod:`~drafter.study.frames.measures`: counts with everyday measure words (两手, 两批人, 三股歪风),
  handed to the second look;
- :mod:`~drafter.study.frames.lexicon`: the mined formula lexicons (QUOTED_FORMULAS,
  NAMED_FORMULAS, COUNTED_FORMULAS): regenerate with bench/formula_lexicon.py;
- :mod:`~drafter.study.frames.rules`: second-pass rules: formulas without a counter (两极, 三线) and
  the pruning of counts that are no summaries;
- :mod:`~drafter.study.frames.nouns`: the noun of a counted frame (三条主线 -> 主线);
- :mod:`~drafter.study.frames.kinds`: what a count counts, by jieba's tags: names, numbered
  units, bodies, times;
- :mod:`~drafter.study.frames.decide`: refused counts a reader can decide before any weighing (N
  items spelled out beyond doubt);
- the second look at refused counts: :mod:`~drafter.study.frames.refused_counts` (which are
  kept, and how), :mod:`~drafter.study.frames.model` (named features and logistic weights,
  fitted by bench/study_logo.py), :mod:`~drafter.study.frames.nearby_items` (the general readers
  of the items around a count), :mod:`~drafter.study.frames.sure_items_before` and
  :mod:`~drafter.study.frames.sure_items_after` (items in shapes kept without weighing),
  :mod:`~drafter.study.frames.plain_counts` (counts of people, time, sides: dropped) and
  :mod:`~drafter.study.frames.mention_folds` (a count naming a kept frame again: its mention).
"""

from __future__ import annotations

import re

from drafter.study.frames.anew import introduced_anew
from drafter.study.frames.back import spans_in_order, take_items
from drafter.study.frames.figures import figure_lists
from drafter.study.frames.finders import _after_colon, _before, _ordinals_after, resolve
from drafter.study.frames.lexicon import named_frames
from drafter.study.frames.measures import measured_counts, own_measure, spelled_out, times_run
from drafter.study.frames.mentions import _Mention, mentions
from drafter.study.frames.nearby_items import _parallel, items_around, items_before
from drafter.study.frames.not_frames import not_a_frame
from drafter.study.frames.refused_counts import second_look
from drafter.study.frames.rules import (
    character_formulas,
    collective_formulas,
    counterless_frames,
    counts_other_items,
    doctrine_formulas,
    figure_formulas,
    named_lists,
    paired_formulas,
    prune,
    share_qualifiers,
)
from drafter.study.frames.units import (
    list_before,
    polish_item,
    with_subject,
)
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import (
    sentence_end,
)
from drafter.study.text import item_place
from drafter.study.traditional import has_traditional, restore, simplified


def find_frames(lay: Layout) -> list[Frame]:
    """All frames of a document, each phrase once (its first listed mention wins), in
    reading order of the mention kept. A text in traditional characters is read through a
    simplified copy (:mod:`drafter.study.traditional`)."""
    if has_traditional(lay):
        read = simplified(lay)
        return restore(_find_frames(read), lay, read)
    return _find_frames(lay)


# 政治上的打击和经济上的消灭是两件事 / 并不是两件事情: the copula says two things differ (or do
# not), it does not sum up parts (gold README since study_dev_b13, batch 16)
_DISTINCTION = re.compile(
    r"(?:[和与同跟][^，,。；;：:！？!?]{1,24}(?:都|也|本来|完全|根本)?|不)是$"
)
_DIFFERENT = re.compile(r"(?:这)?([两二](?:件事情|件事|回事))")


# 这二者是有区别的, 两者“性格”背道而驰: a pronoun whose clause says the two differ (gold README,
# "Settled, session 26"); 并不矛盾，要把两者结合起来 / 不要认为…两者是对立的 join them
_PRONOUN = re.compile(r"(?:这|此)?[两二]者")
_DIFFER = re.compile(r"区别|不同|不一样|背道而驰|两回事|两件事")


def _distinction(lay: Layout, frame: Frame) -> bool:
    """Whether a count only says that two things are two (A和B是两件事), points back at
    such a count (…是两件事，如果混同这两件事), or is a pronoun whose clause says the two
    differ (这二者是有区别的): no frame."""
    text = lay.paragraphs[frame.span.paragraph].text
    if _PRONOUN.fullmatch(frame.phrase):
        clause = re.split(r"[，,。；;！？!?]", text[frame.span.end :], maxsplit=1)[0]
        differ = _DIFFER.search(clause)
        return bool(differ) and not re.search(r"[不没非无]", clause[: differ.start()])
    m = _DIFFERENT.fullmatch(frame.phrase)
    if not m:
        return False
    return any(
        _DISTINCTION.search(text[max(0, at.start() - 30) : at.start()])
        for at in re.finditer(m.group(1), text[: frame.span.end])
    )


def _find_frames(lay: Layout) -> list[Frame]:
    frames, rejected = rule_frames(lay)
    return finish(lay, second_look(lay, frames, rejected))


def finish(lay: Layout, found: list[Frame]) -> list[Frame]:
    """The last touches on the frames the rules and the second look kept, as the reader gets
    them: counts that only say two things are two dropped (:func:`_distinction`), and the counts
    :mod:`drafter.study.frames.not_frames` names (a lone 一, things differing in kind, named
    bodies before their count), a bare count named by its subject, items polished. One function
    so that bench/study_logo.py, which runs the rules and the second look itself, scores what
    :func:`find_frames` returns."""
    found = [f for f in found if not _distinction(lay, f) and not not_a_frame(lay, f)]
    for frame in found:
        if frame.listed:  # 三个 -> 基本原则有三个: a bare count is named by its subject
            frame.phrase = with_subject(lay, frame)
        if frame.source != "sections":  # headings stay as written
            polished = [polish_item(i) for i in frame.items]
            if len(set(polished)) == len(polished):
                _replace_spans(lay, frame, polished)
                frame.items = polished
    return found


def _replace_spans(lay: Layout, frame: Frame, polished: list[str]) -> None:
    """Move the span of each item polishing changed onto the polished words (用好“清单工作法
    -> “清单工作法”: the quote put back stands a character before the reader's span), so that
    the reader's marks cover what the trainee reads in the list."""
    if len(frame.item_spans) != len(frame.items):
        return
    spans = []
    for item, new, span in zip(frame.items, polished, frame.item_spans, strict=True):
        if new != item and 0 <= span.paragraph < len(lay.paragraphs):
            text = lay.paragraphs[span.paragraph].text
            span = Span(span.paragraph, *item_place(text, new, span.start, span.end))
        spans.append(span)
    frame.item_spans = spans


# 这就是…的 / 这是… / 这后面的 …: a pointer opening the sentence, some words before the count
_SENTENCE_POINTER = re.compile(
    r"(?:这|那)(?:就是|也是|正是|便是|是|些|后面的|前面的|上面的|里的)[^，,；;：:]*$"
)
_COUNTED = re.compile(r"[一二三四五六七八九十两]{1,2}(?:个|种|类|大|项|条|点|件|方面|部分|层)")


def _points_back_from_sentence_start(lay: Layout, frame: Frame) -> bool:
    """Whether a counted phrase (三大经济纲领, 两类情况; not a formula without a counter, 三三制)
    stands in a sentence that opens by pointing back, some words before the count (这就是新民主
    主义革命的三大经济纲领。): the sentences before it spell out what it counts, as they do for a
    pointer right before the count (这三大纲领), which :mod:`drafter.study.frames.nearby_items` reads."""
    if not _COUNTED.match(frame.phrase):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    start = max(text.rfind(c, 0, frame.span.start) for c in "。！？!?") + 1
    return start > 0 and bool(_SENTENCE_POINTER.match(text[start : frame.span.start]))


def _strong_reading(lay: Layout, frame: Frame):
    """:func:`~drafter.study.frames.nearby_items.items_before`'s reading for a count some words after a
    sentence-opening pointer, kept only when it stands by itself — the sentence before is the
    list, exactly its N clauses (没收…，没收…，保护…。这就是…三大经济纲领), or the items read
    alike (…的社是不增不减，…的社是减产。这后面的两类情况) — and not when it is only one of
    items_before's fallbacks (the last N clauses or sentences of more), which a pointer right
    before the count makes likely and one some words away does not: read so, 8 frames over the
    speeches of ../shared got items and 4 of the lists were wrong."""
    read = items_before(lay, frame)
    if not read or _parallel(read[0]):
        return read
    text = lay.paragraphs[frame.span.paragraph].text
    start = max(text.rfind(c, 0, frame.span.start) for c in "。！？!?")
    before = max(text.rfind(c, 0, start) for c in "。！？!?") + 1
    clauses = [c for c in re.split(r"[，,；;：:]", text[before:start]) if c.strip()]
    whole = len(clauses) == frame.number and all(
        item in clause for item, clause in zip(read[0], clauses, strict=True)
    )
    return read if whole else None


def rule_frames(lay: Layout) -> tuple[list[Frame], list[tuple[Frame, str]]]:
    """The frames the rules keep, and the counts they refused with the reason of each
    (``"strict:before"`` … when no finder read the items a strict mention needs,
    ``"pruned"`` when :func:`prune` took the frame for a count of things, ``"measure"``
    for a count by a measure word whose items are spelled out around it, 两门 / 两批人, see
    :mod:`drafter.study.frames.measures`): the refused ones get a second look from
    :mod:`drafter.study.frames.refused_counts`."""
    by_key: dict[str, Frame] = {}
    order: list[str] = []
    rejected: list[tuple[Frame, str]] = []
    repeats: dict[str, list[str]] = {}  # the keys of a phrase's frames, its repeats included
    apart: set[int] = set()  # the frames of a phrase named again for other things
    for mention in mentions(lay, rejected):
        frame = resolve(lay, mention)
        if frame is None:
            span = Span(mention.paragraph, mention.start, mention.end)
            refused = Frame(mention.phrase, mention.number, span, quoted=mention.quoted)
            rejected.append((refused, f"strict:{mention.strict}"))
            continue
        known = by_key.get(mention.key)
        keys = repeats.setdefault(mention.key, [])
        anew = known is not None and introduced_anew(lay, frame, [by_key[k] for k in keys])
        if anew:
            apart.add(id(frame))  # 游击主义有两方面 after 两方面: not folded as a repeat either
        if known is None or anew or all(counts_other_items(lay, by_key[k], frame) for k in keys):
            # the first mention, or 两类 again with other items (可以分为两类，一是A，一是B …
            # 依其性质可以分为两类，一是C，一是D): a frame of its own, not a mention
            key = mention.key if known is None else f"{mention.key}@{len(order)}"
            by_key[key] = frame
            order.append(key)
            keys.append(key)
            continue
        known.mentions.append(frame.span)
        if frame.listed and (
            not known.listed or (known.source == "ordinals" and frame.source == "inline")
        ):
            # a later mention that restates the items itself (这两种界限：A，B) names them
            # better than the ordinals found after the first
            frame.mentions = [known.span, *(s for s in known.mentions if s != frame.span)]
            by_key[mention.key] = frame
    frames = [by_key[k] for k in order]
    taken = {(f.span.paragraph, f.span.start) for f in frames}
    frames.extend(counterless_frames(lay, taken))
    taken |= {(f.span.paragraph, f.span.start) for f in frames}
    frames.extend(paired_formulas(lay, taken))
    taken |= {(f.span.paragraph, f.span.start) for f in frames}
    frames.extend(collective_formulas(lay, taken))
    taken |= {(f.span.paragraph, f.span.start) for f in frames}
    frames.extend(doctrine_formulas(lay, taken, {f.phrase for f in frames}))
    frames.extend(figure_formulas(lay, taken, {f.phrase for f in frames}))
    frames.extend(named_lists(lay, taken, {f.phrase for f in frames}))
    frames.extend(character_formulas(lay, taken))
    # “约法三章”, 农村五保供养, 两套本领: a formula of the gold's lexicons no rule above read
    # (its items, when the text spells them around it, read as the other formulas' below)
    # (not one a guard refused: the second look reads those, 三座大山 with its items)
    frames.extend(named_frames(lay, {f.phrase for f in [*frames, *(r for r, _ in rejected)]}))
    for frame in frames[len(order) :]:
        if not frame.items:  # 应该四位一体：（1）…（4）…: a formula's items after its colon
            found = _after_colon(lay, _as_mention(frame))
            if found and len(found[0]) == frame.number:
                frame.items, frame.item_spans, frame.source = found
        if not frame.items:  # “A、B、C、D和E”五措并举: a formula's items listed before it
            found = list_before(lay, frame)
            if found:
                frame.items, frame.item_spans = found
                frame.source = "inline"
            else:  # 例行与例外管理两手抓: a pair joined by 和/与 right before the formula
                found = _pair_before(lay, frame)
                if found:
                    frame.items, frame.item_spans, frame.source = found
    frames.sort(key=lambda f: (f.span.paragraph, f.span.start))
    cut = _others_remarks(lay)
    asides = remark_paragraphs(lay)
    frames = [f for f in frames if f.span.paragraph not in asides]
    frames = _fold_repeats([f for f in frames if f.span.paragraph < cut], apart)
    share_qualifiers(lay, frames)
    kept = prune(lay, frames)
    folded = {(s.paragraph, s.start) for f in kept for s in f.mentions}
    rejected = [(f, why) for f, why in rejected if f.span.paragraph < cut]
    rejected.extend(
        (f, "pruned")
        for f in frames
        if not any(f is k for k in kept) and (f.span.paragraph, f.span.start) not in folded
    )
    covered = {
        (f.span.paragraph, i)
        for f in [*frames, *(r for r, _ in rejected)]
        for i in range(f.span.start, f.span.end)
    }
    # counts by a measure word (两门, 两批人) are mostly counts of things: only those whose
    # items the text spells out around them get the second look
    for f in measured_counts(lay, covered):
        if f.span.paragraph >= cut:
            continue
        if own_measure(f) == "次":
            # 三次反共高潮 … 第一次…第二次…第三次…, 这两次党内斗争 after A和B, 两次…斗争，这就是
            # A和B: a count of times is a frame only when the speaker names its events
            if take_items(f, times_run(lay, f), "ordinals") or take_items(
                f, named_events(lay, f), "inline"
            ):
                same = _same_items(kept, f)
                if same is None:
                    kept.append(f)
                else:  # 发动了三次反共高潮，在这三次反共高潮中…第一次…: one frame, named again
                    same.mentions.append(f.span)
            elif _historic(lay, f):
                kept.append(f)  # 十次重大的路线斗争: history summed up, named only
        elif _paragraph_ordinals(lay, f):
            kept.append(f)  # as sure as a counted mention with its ordinal run
        elif items_around(lay, f) is not None or spelled_out(lay, f):
            rejected.append((f, "measure"))
    # counts in figures (4个集群, ７个项目) closing a list of as many parts in their clause:
    # the spelled-out parts, not the figure, make them frames (frames.figures)
    taken = {(f.span.paragraph, i) for f in kept for i in range(f.span.start, f.span.end)}
    for f in figure_lists(lay, taken):
        if f.span.paragraph < cut:
            kept.append(f)
            rejected = [(r, why) for r, why in rejected if r.span != f.span]
    for frame in kept:
        if not frame.items and _points_back_from_sentence_start(lay, frame):
            # 这就是新民主主义革命的三大经济纲领 / 这后面的两类情况: what the sentences before spell
            take_items(frame, _strong_reading(lay, frame), "inline")
    kept.sort(key=lambda f: (f.span.paragraph, f.span.start))
    return _compounds(lay, kept), rejected


# 两次历史性转变, 十次重大的路线斗争, 两次有历史意义的党内斗争: the events a history turns on
_HISTORIC = re.compile(
    r"(?:历史性的?|重大的?|伟大的?|(?:具)?有历史意义的)[\u4e00-\u9fff]{0,4}?"
    r"(?:转变|飞跃|变化|斗争|转折|变革|胜利|突破|跨越)(?=[，,。；;：:、！？!?）)]|$)"
)


def _historic(lay: Layout, frame: Frame) -> bool:
    """Whether a count of 次 names the turns of a history, called historic, great or grave
    (两次历史性转变, 三次历史性的巨大变化, 十次重大的路线斗争): a summary the reader is meant to
    know even when the text does not go through its events — unlike a count of times (两次
    降息, 三次会议). The phrase is widened to the event's noun. Every such count in the
    corpus (eight, outside the hold-out) is one the gold marks or would by its conventions."""
    text = lay.paragraphs[frame.span.paragraph].text
    measure_end = frame.span.start + len(re.match(r"[一二三四五六七八九十两]+次", frame.phrase)[0])
    m = _HISTORIC.match(text, measure_end)
    if m is None:
        return False
    frame.phrase = text[frame.span.start : m.end()]
    frame.span = Span(frame.span.paragraph, frame.span.start, m.end())
    return True


def _as_mention(frame: Frame) -> _Mention:
    """A formula found without a counter as the mention the finders of
    :mod:`drafter.study.frames.finders` read a counted phrase's items for."""
    span = frame.span
    return _Mention(
        span.paragraph, span.start, span.end, frame.phrase, frame.number, frame.quoted, ""
    )


def _pair_before(lay: Layout, frame: Frame):
    """A formula's items read as a counted mention's are just before it (A和B / A、B、C right
    before 两手抓), by the finder of :mod:`drafter.study.frames.finders` that reads them."""
    found = _before(lay, _as_mention(frame))
    if not found or len(found[0]) != frame.number:
        return None
    if re.search(r"(?:要|应|应当|必须|需要|可以)$", found[0][-1]):
        return None  # 厨师、保姆聘用要两条腿走路: the list is the subject of the verb before
    return found


def _same_items(kept: list[Frame], frame: Frame) -> Frame | None:
    """The frame already kept with ``frame``'s number, phrase and first item: the text
    names one frame twice (三次反共高潮 … 这三次反共高潮 before the one 第一次…第三次 run);
    两次历史性飞跃 and 两大理论成果 over the same run are two frames."""
    first = frame.item_spans[0] if frame.item_spans else None
    for known in kept:
        if (
            first is not None
            and known.number == frame.number
            and (known.phrase in frame.phrase or frame.phrase in known.phrase)
            and known.item_spans
            and (known.item_spans[0].paragraph, known.item_spans[0].start)
            == (first.paragraph, first.start)
        ):
            return known
    return None


def _compounds(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """Two formulas of different counts written back to back (三大纪律八项注意, or joined by
    、) are one compound formula, numbered by its larger count and listed with that count's
    items: the larger absorbs the other, its phrase and span spanning both. Two of the same
    count joined by 、 (三民主义、三大政策) are a list of two formulas."""
    out: list[Frame] = []
    for frame in frames:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.span.paragraph == frame.span.paragraph
            and lay.paragraphs[frame.span.paragraph].text[prev.span.end : frame.span.start]
            in ("", "、")
            and prev.number != frame.number  # 三民主义、三大政策: two formulas, a list
            and not (prev.quoted or frame.quoted or (prev.listed and frame.listed))
        ):
            text = lay.paragraphs[frame.span.paragraph].text
            big, small = (frame, prev) if frame.number >= prev.number else (prev, frame)
            big.phrase = text[prev.span.start : frame.span.end]
            big.span = Span(frame.span.paragraph, prev.span.start, frame.span.end)
            big.mentions.extend(small.mentions)
            out[-1] = big
            continue
        out.append(frame)
    return out


_NAMED_AFTER = re.compile(r"[，,]\s*(?:这就是|也就是|就是|即)")


def named_events(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The events a count of times names (a count by 次 with a noun): after a pointer, the
    list the sentence before gives (反对了A和B。由于这两次党内斗争); or, right after the count,
    这就是/即 and a list of exactly as many (两次党内斗争，这就是A和B). None otherwise."""
    text = lay.paragraphs[frame.span.paragraph].text
    if len(frame.phrase) < 4:
        return None  # 两次: no noun, no events named
    if re.search(r"(?:这|那|上述|以上)$", text[max(0, frame.span.start - 2) : frame.span.start]):
        return items_before(lay, frame)
    rest = re.match(r"[^，,。；;！？!?]{0,12}", text[frame.span.end :])
    said = _NAMED_AFTER.match(text, frame.span.end + rest.end())
    if said is None:
        return None
    stop = re.compile(r"[。；;！？!?]").search(text, said.end())
    end = stop.start() if stop else len(text)
    parts = [
        p.strip()
        for p in re.split(
            r"、|(?<=[\u4e00-\u9fff])(?:和|与|及)(?=[\u4e00-\u9fff])", text[said.end() : end]
        )
    ]
    if len(parts) != frame.number or not all(2 <= len(p) <= 30 for p in parts):
        return None
    return parts, spans_in_order(text, frame.span.paragraph, parts, said.end())


def _paragraph_ordinals(lay: Layout, frame: Frame) -> bool:
    """Give a measure count the items of the ordinal run opening the paragraphs right after
    it (救国大计十端 … 一曰全国讨汪 … 十曰实行三民主义), as the rules read them for a mention;
    whether there was one, exactly as long as the number."""
    span = frame.span
    mention = _Mention(span.paragraph, span.start, span.end, frame.phrase, frame.number, False, "")
    text = lay.paragraphs[span.paragraph].text
    if sentence_end(text, span.end) + 1 < len(text):
        return False  # the count does not close its paragraph: a run after it is not its own
    found = _ordinals_after(lay, mention)
    if found and len(found[0]) == frame.number and found[1][0].paragraph > span.paragraph:
        frame.items, frame.item_spans, frame.source = found
        return True
    return False


# 【其他与会人员发言摘要】, 【与会代表发言】: other speakers' remarks the editor appended
_OTHERS_LABEL = re.compile(
    r"\s*[【\[［〔]\s*[^】\]］〕]{0,10}(?:其他|与会)[^】\]］〕]{0,8}(?:发言|讲话|摘要)[^】\]］〕]{0,4}[】\]］〕]\s*"
)


def _others_remarks(lay: Layout) -> int:
    """Where a block of other speakers' remarks appended after the speech starts (the
    paragraph of its label), or the number of paragraphs: that block is apparatus, and
    the frames in it are not the speech's."""
    for para in lay.paragraphs:
        if len(para.text) <= 24 and _OTHERS_LABEL.fullmatch(para.text):
            return para.index
    return len(lay.paragraphs)


# （陈黎芳：… / （朱广平、党文栓补充：…: a colleague's remark the minutes put in brackets (not a
# bracketed question, （问题：…, which the speaker answers)
_REMARK_OPEN = re.compile(
    r"\s*[（(](?!问题|提问|问|答|注|按)[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*"
    r"(?:补充|插话|说明)?[：:]"
)


def remark_paragraphs(lay: Layout) -> set[int]:
    """The paragraphs of colleagues' remarks in brackets: from one opening （name： to the
    paragraph that closes the bracket (a remark may run over several paragraphs, up to eight).
    Apparatus like an appended block of others' remarks: the frames in them are not the
    speech's."""
    out: set[int] = set()
    paras = lay.paragraphs
    k = 0
    while k < len(paras):
        if not _REMARK_OPEN.match(paras[k].text):
            k += 1
            continue
        end = next(
            (
                j
                for j in range(k, min(k + 8, len(paras)))
                if paras[j].text.rstrip().endswith(("）", ")"))
            ),
            None,
        )
        if end is None:
            k += 1
            continue
        out.update(range(k, end + 1))
        k = end + 1
    return out


# 五个一, “五个二”, “两个一”: N ones (or twos …) — one formula however the speaker varies it
_ONES = re.compile(r"[二三四五六七八九十两]个[一二三四五六七八九十1-9]")


def _shorter_named(first: dict[str, Frame], frame: Frame) -> Frame | None:
    """The unlisted frame already kept whose phrase ``frame``'s phrase opens with, of the same
    number (两条路线 … 两条路线斗争): the longer phrase names that frame again with the word after
    it, as 两条路线 named ten times in one report."""
    return next(
        (
            known
            for phrase, known in first.items()
            if phrase != frame.phrase
            and frame.phrase.startswith(phrase)
            and known.number == frame.number
            and not known.listed
        ),
        None,
    )


# 四化: a number and the last character of a counted formula's noun (四个现代化), not a
# counter (两点 is no abbreviation of 两个审批点)
_ABBREVIATION = re.compile(r"[二三四五六七八九十两]([^个点条种项类件大方面部层者次\W\d])")
_COUNTED_NOUN = re.compile(
    r"[二三四五六七八九十两]{1,2}(?:个|项|条|种|类|大|件)[\u4e00-\u9fff]{2,6}"
)


def _abbreviates(first: dict[str, Frame], frame: Frame) -> Frame | None:
    """The counted frame already kept that ``frame`` abbreviates by the last character of
    its noun, of the same number (四化 after 四个现代化): the short form names it again — the
    gold writes such a formula once, by its first body mention (b34 cpc_congress_12, b35 1980)."""
    m = _ABBREVIATION.fullmatch(frame.phrase)
    if not m:
        return None
    return next(
        (
            known
            for phrase, known in first.items()
            if known.number == frame.number
            and _COUNTED_NOUN.fullmatch(phrase)
            and phrase[0] == frame.phrase[0]
            and phrase.endswith(m.group(1))
        ),
        None,
    )


def _fold_repeats(frames: list[Frame], apart: set[int] = frozenset()) -> list[Frame]:
    """A formula found again by the second-pass rules (两手抓 … 两手抓) is one frame with
    two mentions, as counted phrases are. A formula of N ones named after another in the
    same paragraph (“五个一” … “五个二”、“五个三”, or its part “两个一”) is that formula
    varied on the spot, a mention of the first; an abbreviation (四化 after 四个现代化) a
    mention of the formula it shortens. A frame whose id is in ``apart`` counts other things
    than the first of its phrase (:func:`~drafter.study.frames.anew.introduced_anew`) and
    stays a frame."""
    first: dict[str, Frame] = {}
    ones: Frame | None = None
    out: list[Frame] = []
    for frame in frames:
        known = first.get(frame.phrase) or _shorter_named(first, frame)
        if known is not None and not frame.listed and not frame.quoted and id(frame) not in apart:
            known.mentions.append(frame.span)
            continue
        short = None if frame.listed else _abbreviates(first, frame)
        if short is not None:
            short.mentions.append(frame.span)
            continue
        if _ONES.fullmatch(frame.phrase) and not frame.listed:
            named_in = {ones.span.paragraph, *(m.paragraph for m in ones.mentions)} if ones else ()
            if ones is not None and frame.span.paragraph in named_in:
                ones.mentions.append(frame.span)
                continue
            ones = frame
        first.setdefault(frame.phrase, frame)
        out.append(frame)
    return out
