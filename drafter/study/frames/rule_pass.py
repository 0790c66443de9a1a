"""The rules' pass over a document: every mention resolved, the frames kept and the counts refused.

:func:`rule_frames` runs the mentions (:mod:`drafter.study.frames.mentions`) through the
finders (:func:`~drafter.study.frames.finders.resolve`) and the second-pass rules
(:mod:`~drafter.study.frames.counterless`, :mod:`~drafter.study.frames.named_formulas`,
:mod:`~drafter.study.frames.pruning`), one frame per set (a phrase used again for another set
is a frame again: :mod:`~drafter.study.frames.reused_phrases`), other speakers' remarks left out
(:mod:`drafter.study.frames.others_remarks`), repeats and compounds folded
(:mod:`drafter.study.frames.repeat_folds`); what it refuses goes to the second look
(:mod:`drafter.study.frames.refused_counts`).
"""

from __future__ import annotations

import re

from drafter.study.frames.anew import introduced_anew
from drafter.study.frames.before_count import items_just_before
from drafter.study.frames.colon_items import after_colon
from drafter.study.frames.counterless import (
    collective_formulas,
    counterless_frames,
    paired_formulas,
)
from drafter.study.frames.figures import figure_lists
from drafter.study.frames.finders import announced_sections, resolve
from drafter.study.frames.item_places import spans_in_order, take_items
from drafter.study.frames.lexicon import named_frames
from drafter.study.frames.measures import measured_counts, own_measure, spelled_out, times_run
from drafter.study.frames.mentions import Mention, mentions
from drafter.study.frames.named_formulas import (
    character_formulas,
    doctrine_formulas,
    figure_formulas,
    named_lists,
)
from drafter.study.frames.nearby_items import items_around, items_before, parallel_run
from drafter.study.frames.ordinals_after import ordinals_after
from drafter.study.frames.others_remarks import others_remarks_start, remark_paragraphs
from drafter.study.frames.pruning import prune
from drafter.study.frames.repeat_folds import (
    fold_compounds,
    fold_repeats,
    fold_restated,
    same_items,
)
from drafter.study.frames.reused_phrases import counts_other_items, lists_another_set
from drafter.study.frames.shared_qualifiers import share_qualifiers
from drafter.study.frames.units import list_before
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import sentence_end

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
    if not read or parallel_run(read[0]):
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
        anew = known is not None and (
            introduced_anew(lay, frame, [by_key[k] for k in keys])
            or lists_another_set(lay, [by_key[k] for k in keys], frame)
        )
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
    frames.extend(paired_formulas(lay, taken, tuple(f.span for f in frames)))
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
            found = after_colon(lay, _as_mention(frame))
            if found and len(found[0]) == frame.number:
                frame.items, frame.item_spans, frame.source = found
        if not frame.items and _one_unit_of_a_list(lay, frame):
            continue  # A政策、B政策、整顿三风、精兵简政等项工作: its siblings, not its items
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
    cut = others_remarks_start(lay)
    asides = remark_paragraphs(lay)
    frames = [f for f in frames if f.span.paragraph not in asides]
    frames = fold_repeats([f for f in frames if f.span.paragraph < cut], apart)
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
                same = same_items(kept, f)
                if same is None:
                    kept.append(f)
                else:  # 发动了三次反共高潮，在这三次反共高潮中…第一次…: one frame, named again
                    same.mentions.append(f.span)
            elif _historic(lay, f):
                kept.append(f)  # 十次重大的路线斗争: history summed up, named only
        elif take_items(f, announced_sections(lay, f), "sections"):
            kept.append(f)  # 我们要重点把好三道关口。 then （一）把好…关 （二）… （三）…
        elif _paragraph_ordinals(lay, f):
            kept.append(f)  # as sure as a counted mention with its ordinal run
        elif own_measure(f) == "场":
            continue  # 两场比赛, 三场战斗: battles and meetings, unless a lead counts its parts
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
    return fold_compounds(lay, fold_restated(lay, kept)), rejected


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


def _one_unit_of_a_list(lay: Layout, frame: Frame) -> bool:
    """Whether a formula found without a counter ends one unit of a list that goes on after it:
    glued to the word before it (整顿三风, the formula the verb's object) with a 、 right after,
    so the units before are the list's other units — the things done beside it — and never
    the formula's own items, which a list closed by the formula would be (A、B、C三严。)."""
    text = lay.paragraphs[frame.span.paragraph].text
    start, end = frame.span.start, frame.span.end
    glued = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"
    return glued and text.startswith("、", end)


def _as_mention(frame: Frame) -> Mention:
    """A formula found without a counter as the mention the finders of
    :mod:`drafter.study.frames.finders` read a counted phrase's items for."""
    span = frame.span
    return Mention(
        span.paragraph, span.start, span.end, frame.phrase, frame.number, frame.quoted, ""
    )


def _pair_before(lay: Layout, frame: Frame):
    """A formula's items read as a counted mention's are just before it (A和B / A、B、C right
    before 两手抓), by the finder of :mod:`drafter.study.frames.finders` that reads them."""
    found = items_just_before(lay, _as_mention(frame))
    if not found or len(found[0]) != frame.number:
        return None
    if re.search(r"(?:要|应|应当|必须|需要|可以)$", found[0][-1]):
        return None  # 厨师、保姆聘用要两条腿走路: the list is the subject of the verb before
    return found


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
    mention = Mention(span.paragraph, span.start, span.end, frame.phrase, frame.number, False, "")
    text = lay.paragraphs[span.paragraph].text
    if sentence_end(text, span.end) + 1 < len(text):
        return False  # the count does not close its paragraph: a run after it is not its own
    found = ordinals_after(lay, mention)
    if found and len(found[0]) == frame.number and found[1][0].paragraph > span.paragraph:
        frame.items, frame.item_spans, frame.source = found
        return True
    return False
