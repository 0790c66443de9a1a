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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.corpus.markers import match_marker
from drafter.numerals import parse_cn_number
from drafter.study.frame_back import take_items
from drafter.study.frame_forward import forward_items
from drafter.study.frame_items import (
    apposition,
    choice_before,
    clause_before,
    clauses_before,
    drop_governing_words,
    drop_lead,
    echo_run,
    echoed_before,
    ended_before,
    named_after,
    named_paragraph_leads,
    paragraphs_before,
    quoted_clauses_before,
    quoted_sayings_before,
    repeated_one,
    restated_after,
    run_after,
    run_before,
    run_over_break,
    sentence_before,
    shared_opening,
    subject_before,
    tail_as_long,
    unmarked_run,
    whole_questions,
)
from drafter.study.frame_measures import measured_counts, own_measure, spelled_out, times_run
from drafter.study.frame_model import items_around, items_before, second_look
from drafter.study.frame_nouns import (
    PLAIN_NOUNS as _PLAIN_NOUNS,
)
from drafter.study.frame_nouns import (
    compound,
    is_congress,
    is_function_word,
    noun_after,
    number_saying,
    prefixed_formula,
    quoted_compound,
    relative_clause,
    through_de,
    words_after,
)
from drafter.study.frame_pointer import named_things
from drafter.study.frame_rules import (
    SUMMARY_NOUN,
    character_formulas,
    collective_formulas,
    counterless_frames,
    counts_other_items,
    doctrine_formulas,
    figure_formulas,
    named_lists,
    paired_formulas,
    prune,
)
from drafter.study.frame_sections import section_items
from drafter.study.frame_units import (
    introduced_after_noun,
    list_before,
    paragraph_leads,
    polish_item,
    repeated_heads,
    with_subject,
)
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span
from drafter.study.ordinals import (
    clean_item,
    ordinal_at,
    ordinal_items,
    sentence_end,
    split_last_he,
    split_list,
)
from drafter.study.text import first_clause, item_clause
from drafter.study.traditional import has_traditional, restore, simplified
from drafter.study.words import tagged, words

_NUM = "[一二三四五六七八九十两]"
# Counter words of a summary; 个方面/句话 are nouns themselves.
_COUNTER = r"(?:个方面|个层面|个问题|个字|句话|层意思|件事|件|面(?=红旗|旗)|重(?=性)|层(?![楼次级面皮])|部分|个|点|项|条|大|种|类|方面|座|者)"
_RE_COUNTED = re.compile(
    rf"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.', _NUM)}{_NUM}?)({_COUNTER})"
)
# 三查（查阶级、查工作、查斗志）: a number and a word with its items in brackets or after
# a colon right away — an abbreviation the text spells out at once.
_RE_ABBREVIATION = re.compile(
    "("
    + not_after("第一二三四五六七八九十百千万两几零〇0-9０-９.这那此每各", "[二三四五六七八九十两]")
    + r"[二三四五六七八九十两]?)([\u4e00-\u9fff]{1,2})(?=[（(：:])"
)
_RE_ARABIC_COUNT = re.compile(
    "(" + not_after(r"0-9０-９.%．~～\-—", "[2-9]") + ")"
    r"(个|类|种|项|条|点|大)(?=[\u4e00-\u9fff])"
)
# 优化营商环境21条升级举措, 10件惠民实事, ２０条措施: a package of ten or more measures named
# by its count in figures — reports name their policy packages so, and the reader is meant to
# recall the package, not to read its items here (a mentioned formula, as “40条” quoted).
# 69项支持政策, 36条政策 count the policies issued, a quantity: no package (b7, b14 gold)
_RE_ARABIC_PACKAGE = re.compile(
    r"(?<![0-9０-９.．%~～\-—+＋])([1-9１-９][0-9０-９])([条项件])"
    r"([\u4e00-\u9fff]{0,8}?(?:措施|举措|实事))"
)
# 5个1 (not 2个1类, 3个10%): N ones written in figures, the formula 五个一
_RE_ARABIC_ONES = re.compile(r"(?<![0-9０-９.．%])([3-9])个1(?![0-9０-９.．%类级号期])")
_RE_QUOTED = re.compile(r"[“\"‘「]([^”\"’」“‘「\n]{1,14})[”\"’」]")
_RE_NUM_IN_QUOTE = re.compile(rf"{_NUM}{{1,2}}")
_RE_ANYTHING = re.compile(r"\A")

_COUNTERS_ALONE = frozenset(("个方面", "个层面", "个问题", "句话", "层意思", "件事", "方面"))
# What a speaker announces as the parts of a talk: 三点意见, 三个方面, 四句话, 三点希望 …
_PLAN = re.compile(
    r"(点|个方面|方面|个问题|句话|层意思|件事)$|意见|希望|要求|体会|想法|建议|问题|任务|重点|措施|看法|认识|感受|目标"
)
# Words with a number in them that count nothing (the quoted nickname of a thing).
_LEXICAL = frozenset(
    [
        "三角",
        "两弹一星",  # a programme's name (held-out batch 4 leaves it out)
        "八爪鱼",
        "二等兵",
        "一等兵",
        "三明治",
        "八卦",
        "四合院",
        "万一",
        "二维码",
        "一把手",
        "一线",
        "二线",
        "三八线",
        "五四",
        "七一",
        "八一",
        "十一",
        "五一",
        "六一",
        "三八",
        "二手",
        "三国",
        "四季",
        "四海",
        "五湖",
        "九州",
        "十全十美",
        "一刀切",
        "二八",
        "八仙",
        "一流",
        "二流",
        "三流",
        "一级",
        "二级",
        "三级",
        "一次性",
        "二元",
        "三维",
        "四维",
        "百分百",
    ]
)
_NOT_COUNTED_AFTER = frozenset("等级号线层楼度分元角岁届期代连斤亩吨米里尺寸亿")
_TIME_UNITS = frozenset("年月天日时分秒岁次人名位")
# 一条是A，另一条是B / 一种是…另一种是…: a pair named by "one … the other".
_PAIR = re.compile(
    r"一(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
    r"[^。！？]{0,80}?[，,；;]\s*(?:另一|另外一|另|再一|又一|一)(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?"
    r"(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
)


# 两条政策：一方面，A，…；一方面，B，…: the pair "on one side … on the other"
_ASPECTS = re.compile(
    r"一方面[，,]?(?:是|就是)?([^，,；;。！？]{2,40})[^。！？]{0,80}?[，,；;]\s*"
    # (…；但是在另一方面，… / …，但另外一个方面呢，…: the turn and the filler before the side)
    r"(?:但是?|而|同时)?在?(?:另一个?方面|另外一个?方面|一方面|又一方面)呢?[，,]?(?:是|就是)?"
    r"([^，,；;。！？]{2,40})"
)


@dataclass
class _Mention:
    paragraph: int
    start: int
    end: int
    phrase: str
    number: int
    quoted: bool
    key: str
    strict: str = ""  # "before" / "bracket": kept only when that finder lists its items


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
    found = second_look(lay, frames, rejected)
    found = [f for f in found if not _distinction(lay, f)]
    for frame in found:
        if frame.listed:  # 三个 -> 基本原则有三个: a bare count is named by its subject
            frame.phrase = with_subject(lay, frame)
        if frame.source != "sections":  # headings stay as written
            polished = [polish_item(i) for i in frame.items]
            if len(set(polished)) == len(polished):
                frame.items = polished
    return found


def rule_frames(lay: Layout) -> tuple[list[Frame], list[tuple[Frame, str]]]:
    """The frames the rules keep, and the counts they refused with the reason of each
    (``"strict:before"`` … when no finder read the items a strict mention needs,
    ``"pruned"`` when :func:`prune` took the frame for a count of things, ``"measure"``
    for a count by a measure word whose items are spelled out around it, 两门 / 两批人, see
    :mod:`drafter.study.frame_measures`): the refused ones get a second look from
    :mod:`drafter.study.frame_model`."""
    by_key: dict[str, Frame] = {}
    order: list[str] = []
    rejected: list[tuple[Frame, str]] = []
    repeats: dict[str, list[str]] = {}  # the keys of a phrase's frames, its repeats included
    for mention in _mentions(lay, rejected):
        frame = _resolve(lay, mention)
        if frame is None:
            span = Span(mention.paragraph, mention.start, mention.end)
            refused = Frame(mention.phrase, mention.number, span, quoted=mention.quoted)
            rejected.append((refused, f"strict:{mention.strict}"))
            continue
        known = by_key.get(mention.key)
        keys = repeats.setdefault(mention.key, [])
        if known is None or all(counts_other_items(lay, by_key[k], frame) for k in keys):
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
    for frame in frames[len(order) :]:
        if not frame.items:  # “A、B、C、D和E”五措并举: a formula's items listed before it
            found = list_before(lay, frame)
            if found:
                frame.items, frame.item_spans = found
                frame.source = "inline"
    frames.sort(key=lambda f: (f.span.paragraph, f.span.start))
    cut = _others_remarks(lay)
    asides = remark_paragraphs(lay)
    frames = [f for f in frames if f.span.paragraph not in asides]
    frames = _fold_repeats([f for f in frames if f.span.paragraph < cut])
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
        elif _paragraph_ordinals(lay, f):
            kept.append(f)  # as sure as a counted mention with its ordinal run
        elif items_around(lay, f) is not None or spelled_out(lay, f):
            rejected.append((f, "measure"))
    kept.sort(key=lambda f: (f.span.paragraph, f.span.start))
    return _compounds(lay, kept), rejected


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
    spans, pos = [], said.end()
    for part in parts:
        at = text.find(part, pos)
        spans.append(Span(frame.span.paragraph, at, at + len(part)))
        pos = at + len(part)
    return parts, spans


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


def _fold_repeats(frames: list[Frame]) -> list[Frame]:
    """A formula found again by the second-pass rules (两手抓 … 两手抓) is one frame with
    two mentions, as counted phrases are. A formula of N ones named after another in the
    same paragraph (“五个一” … “五个二”、“五个三”, or its part “两个一”) is that formula
    varied on the spot, a mention of the first."""
    first: dict[str, Frame] = {}
    ones: Frame | None = None
    out: list[Frame] = []
    for frame in frames:
        known = first.get(frame.phrase)
        if known is not None and not frame.listed and not frame.quoted:
            known.mentions.append(frame.span)
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


# Mentions


def _mentions(lay: Layout, refused: list[tuple[Frame, str]] | None = None) -> list[_Mention]:
    """Every mention of a count or formula; with ``refused``, the counts a guard of
    :func:`_counted` refused are added to it as ``(frame, "guard")``."""
    out: list[_Mention] = []
    for para, _m in lay.hits(_RE_ANYTHING):  # the paragraphs holding a number, once each
        text = para.text
        taken: list[tuple[int, int]] = []
        for m in _RE_QUOTED.finditer(text):
            mention = _quoted(para.index, text, m)
            if mention:
                out.append(mention)
                taken.append((m.start(), m.end()))
        for m in _RE_COUNTED.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            mention = _counted(para.index, text, m)
            if mention:
                out.append(mention)
                taken.append((m.start(), mention.end))
            elif refused is not None:
                guarded = _guarded(para.index, text, m)
                if guarded:
                    refused.append((guarded, "guard"))
        for m in _RE_ABBREVIATION.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            number = parse_cn_number(m.group(1))
            if number and 2 <= number <= 12:
                phrase = m.group(0)
                key = _key(number, m.group(2))
                out.append(
                    _Mention(para.index, m.start(), m.end(), phrase, number, False, key, "bracket")
                )
    for para in lay.paragraphs:  # figures are not among the paragraphs hits() picks
        text = para.text
        quoted_at = [(m.start(), m.end()) for m in _RE_QUOTED.finditer(text)]
        for m in _RE_ARABIC_ONES.finditer(text):
            # 把巴西作为5个1率先实现的样板点: “五个一” written in figures, a formula
            number = int(m.group(1))
            key = f"{number}:一"
            out.append(_Mention(para.index, m.start(), m.end(), m.group(0), number, False, key))
        for m in _RE_ARABIC_PACKAGE.finditer(text):
            if any(a <= m.start() < b for a, b in quoted_at):
                continue  # “10件民生实事” quoted: read as quoted already
            number = int(m.group(1))
            key = _key(number, m.group(2) + m.group(3))
            out.append(_Mention(para.index, m.start(), m.end(), m.group(0), number, True, key))
        for m in _RE_ARABIC_COUNT.finditer(text):
            # 我们将来有3类报表，A报表，B报表，C报表: a count in figures, a frame only when
            # the text names its items
            number = int(m.group(1))
            noun = noun_after(text[m.end() :])
            if (
                noun
                and noun not in _PLAIN_NOUNS
                and (m.group(2) in "类种" or SUMMARY_NOUN.match(noun))
                and noun not in ("重点", "工程")  # 8个重点县, 6个工程: named places, projects
            ):  # 3类报表, 5个方面; 6个千亿, 3个省级: figures in reports, counts of things
                end = m.end() + len(noun)
                key = _key(number, m.group(2) + noun)
                phrase = text[m.start() : end]
                out.append(
                    _Mention(para.index, m.start(), end, phrase, number, False, key, "listed")
                )
    return out


def _guarded(index: int, text: str, m: re.Match) -> Frame | None:
    """A count :func:`_counted` refused, as a frame of its numeral, counter and noun (两类人员),
    for the second look; None for a rough count (三四个) or a number no frame has."""
    numeral = m.group(1)
    number = parse_cn_number(numeral)
    if (len(numeral) == 2 and "十" not in numeral) or not number or not 2 <= number <= 30:
        return None
    end = m.end() + len(noun_after(text[m.end() :]))
    return Frame(text[m.start() : end], number, Span(index, m.start(), end))


# “全国十大考古新发现”, 中国十大杰出青年: a top-ten ranking or award, not a formula
_RANKING = re.compile(r"(?:全国|全省|全市|全球|世界|中国|年度)$")


def _quoted(index: int, text: str, m: re.Match) -> _Mention | None:
    inner = m.group(1)
    end = m.end(1)
    if 0 < inner.find("·") < len(inner) - 1:
        # “四在农家·和美乡村”: a formula and the name of its campaign after a middle dot
        end = m.start(1) + inner.index("·")
        inner = inner[: inner.index("·")]
    if number_saying(inner):
        return None  # “七远八按”: a saying of two numbers in a row
    arabic = re.fullmatch(r"\s*([0-9０-９]{1,2})([个项条件大种])([^\s，,。；;]{0,8})\s*", inner)
    if arabic and (
        2 <= int(arabic.group(1)) <= 30
        if arabic.group(3)
        else arabic.group(2) in "条项" and 2 <= int(arabic.group(1)) <= 99
    ):
        # “40条”, “19条”: a package of measures named by its count alone, as quoted
        # “3个100万”, “10件民生实事”: a formula counted in Arabic figures
        start = m.start(1) + inner.index(arabic.group(1))
        number = int(arabic.group(1))
        return _Mention(index, start, end, inner.strip(), number, True, f"{number}:{inner.strip()}")
    number = quoted_compound(inner) or prefixed_formula(inner)
    if number and inner.strip() not in _LEXICAL:
        # “一圈一带两区”, “四个中心、六个基地”, “新三样”: one formula, as quoted
        start = m.start(1) + len(inner) - len(inner.lstrip())
        return _Mention(index, start, end, inner.strip(), number, True, f"{number}:{inner.strip()}")
    n = _RE_NUM_IN_QUOTE.search(inner)
    if not n or inner.startswith("第"):
        return None
    if n.start() > 4 or len(inner) - n.start() < 2 or re.search(r"[，,。；;！？]", inner):
        return None
    if _RANKING.search(inner[: n.start()]) and n.group() == "十" and inner[n.end() :][:1] == "大":
        return None  # “全国十大考古新发现”: a ranking's title, an award, not a formula
    if n.start() > 0 and not re.match(r"[个项条点种大类]|方面", inner[n.end() :]):
        return None  # “蓝血十杰”: a name with a number in it; “坚持一个原则” counts
    if len(n.group()) == 2 and "十" not in n.group():
        return None  # “九二共识”, “三五成群”: not a count
    phrase = inner[n.start() :]
    number = parse_cn_number(n.group())
    counted = re.match(r"[个项条种]", inner[n.end() :])
    if not number or (number > 12 and not counted) or len(phrase) > 8 or phrase in _LEXICAL:
        return None  # “十四个坚持” counts; a bare large number is a name
    tail = phrase[n.end() - n.start() :]
    if tail[:1] in _NOT_COUNTED_AFTER or re.match(_NUM, tail[:1]) and len(tail) == 1:
        return None  # “五一”, “二等兵”, “三角”: a date, a rank, a word
    if re.match(r"[万千百亿][一二三四五六七八九十两零]", tail):
        return None  # “两万五千里长征”: a number, not a count (“四千行动” counts)
    if tail in ("大", "中全会") or tail.startswith(("把手", "把", "线", "号", "届", "路军")):
        return None  # “一大”, “一把手”, “一线”: names, not counts
    if tail[:1] in _TIME_UNITS or tail.startswith(("小时", "分钟", "星期", "公里", "个月")):
        return None  # “板凳能坐十年冷”, “四小时航空经济圈”: a length of time or way
    if number == 1 and not tail.startswith(("个", "种", "条", "项", "点")):
        return None
    if number == 1 and tail.startswith("点") and not _PLAN.search(tail[1:] or "点"):
        return None  # 才挣那么“一点钱”: a little, not one point
    if number == 1 and n.start() > 0:
        lead = tagged(inner[: n.start()])
        if lead and lead[-1][1] != "v":
            return None  # “自古华山一条路”: a saying; “坚持一个原则” (a verb first) counts
    if re.fullmatch(r"[个点项条种类]", tail):
        if tail in "条项" and 0 < n.start() <= 2 and n.start() + len(phrase) == len(inner):
            # “新九条”, “牧九条”: a list of measures named by its count and a word before it
            start = m.start(1)
            return _Mention(index, start, end, inner, number, True, _key(number, inner))
        return None
    start = m.start(1) + n.start()
    if tail == "个1":
        tail, phrase = "个一", phrase[:-1] + "一"  # “五个1” is “五个一”, one frame
    return _Mention(index, start, end, phrase, number, True, _key(number, tail))


def _counted(index: int, text: str, m: re.Match) -> _Mention | None:
    numeral = m.group(1)
    if len(numeral) == 2 and "十" not in numeral:
        return None  # 一两个, 三四个: a rough count, not a frame
    if re.search(rf"(?<!第){_NUM}、$", text[max(0, m.start() - 3) : m.start()]) and not (
        _HEADING_MARKER.fullmatch(text[: m.start()])
    ):
        return None  # 一、两个 / 七、八个: a rough count (二、三大纪律: a heading's marker)
    if re.search(rf"{_NUM}(?:个|种|条|件|句话)、$", text[max(0, m.start() - 4) : m.start()]):
        return None  # 一个、二个弟妹, 一句话、二句话: a rough count
    if (
        m.group(2) == "句话"
        and re.search(r"[说讲谈]了?$", text[max(0, m.start() - 2) : m.start()])
        and not re.match(r"\s*[：:]", text[m.end() :])
    ):
        return None  # 也要为他们说两句话，: a few words said, no sayings counted
    if re.search(
        rf"第{_NUM}{{1,3}}(?:[条项款类])?[、至到]$", text[max(0, m.start() - 6) : m.start()]
    ):
        return None  # 第二、三项规定 / 第四项至七项 / 第一至五类案件: numbered provisions cited
    if (
        m.group(2) == "大"
        and parse_cn_number(numeral) == 10
        and _RANKING.search(text[max(0, m.start() - 2) : m.start()])
    ):
        return None  # 全国十大考古新发现: a ranking's title
    number = parse_cn_number(numeral)
    if not number or number < 2 or number > 30:
        return None
    counter = m.group(2)
    after = text[m.end() :]
    if re.search(rf"一{counter}[\u4e00-\u9fff]{{0,2}}$", text[max(0, m.start() - 6) : m.start()]):
        return None  # 一句话两句话, 一个两个: a rough count
    if text[max(0, m.start() - 1) : m.start()] in ("前", "后", "头", "末") and words(
        text[max(0, m.start() - 6) : m.start()]
    )[-1:] in (["前"], ["后"], ["头"], ["末"]):
        return None  # 前三个公布的部门: a rank, not a count (落后两种人们 is no rank)
    if counter == "点" and (
        _TIME_OF_DAY.search(text[max(0, m.start() - 3) : m.start()])
        or re.match(r"(?:钟|半|[一二三四五六七八九十]?[零一二三四五六七八九十]分|多钟|整)", after)
    ):
        return None  # 晚上十一点, 三点半: a time of day, not points
    if text[max(0, m.start() - 1) : m.start()] in ("哪", "几"):
        return None  # 有哪两点问题: a question, not a count
    if _compared(text, m, counter, after):
        return None  # 每增加一个流程节点，要减少两个流程节点: a quantity, not a summary
    if counter == "个" and number >= 3 and re.match(r"一(?:[^\u4e00-\u9fff]|工程|$)", after):
        # 实现五个一, 5个1工程: a formula of N ones, named as such (“五个一” quoted is found too)
        end = m.end() + 1
        return _Mention(index, m.start(), end, text[m.start() : end], number, False, f"{number}:一")
    if counter == "条" and after.startswith("腿走路"):
        return None  # 两条腿走路: a formula of action (frame_rules.collective_formulas)
    if counter == "大" and is_congress(number, after):
        return None  # 十二大以后: a party congress
    if counter == "者":
        # 抗战、团结、进步三者 / 改革、发展、稳定三者关系: a frame only after its list (二者,
        # 两者 are pronouns)
        if number < 3:
            return None
        noun = after[:2] if SUMMARY_NOUN.match(after[:2]) else ""
        end = m.end() + len(noun)
        return _Mention(
            index,
            m.start(),
            end,
            text[m.start() : end],
            number,
            False,
            _key(number, "者" + noun),
            "before",
        )
    # 这两个不是一回事, 上面二条呢, 这样三部分比较容易…: pointing back, a count followed by
    # an adverb, a conjunction or a particle stands alone — no noun is counted
    bare_back = text[max(0, m.start() - 2) : m.start()].endswith(_BACK_REFERENCES) and (
        after[:1] in "呢吗吧" or _not_a_noun(after)
    )
    if bare_back and "的" in re.split(r"[^\u4e00-\u9fff]", after[:7])[0]:
        bare_back = False  # 这四项最重要的纪律: the adverb opens a 的-phrase before the noun
    if counter == "部分" or number > 12:
        # 三部分人 (a whole in parts), 十七条 (a long list): frames only when the text
        # spells out every part
        noun = (
            after[:1]
            if counter == "部分" and re.match(r"[\u4e00-\u9fff]", after) and not bare_back
            else ""
        )
        end = m.end() + len(noun)
        key = _key(number, counter + noun)
        strict = "parts" if counter == "部分" else "listed"
        return _Mention(index, m.start(), end, text[m.start() : end], number, False, key, strict)
    # 这两项工作, 上述三个方面 point back at a list: a frame only when the list stands
    # right before (发展进步势力、争取中间势力、孤立顽固势力这三项方针).
    back = text[max(0, m.start() - 2) : m.start()].endswith(_BACK_REFERENCES)
    strict = "before" if back else ""
    quoted_word = re.match(r"[“\"]([\u4e00-\u9fff]{1,12})[”\"]", after)
    if counter == "个字" and quoted_word and len(quoted_word.group(1)) == number:
        # 二个字“诚信”, 三个字“真英雄”: the word itself, counted in characters (a count of
        # characters is no frame, gold README batch 9) — unless the text then glosses each
        # character (四个字“大云移智”，“大”指…，“云”指…: an acronym of four parts)
        gloss = after[quoted_word.end() : quoted_word.end() + 12]
        if not re.search(r"[“\"][\u4e00-\u9fff][”\"](?:指|是|代表|就是)", gloss):
            return None
    if counter == "个字" and after[:1] not in '“"':
        # 就是八个字：团结、紧张、严肃、活泼: a formula counted in characters
        if not re.match(r"[：:][^。；;，,、]{1,6}、", after):
            return None  # “简化”两个字, 铸造两个字：诚信: a word stressed, not a formula
        return _Mention(index, m.start(), m.end(), m.group(0), number, False, _key(number, "字"))
    if (
        counter in _COUNTERS_ALONE
        or (bare_back and counter in _BACK_ALONE)
        or (
            counter == "点"
            and (
                re.match(r"[：:，,是]|请|让", after)
                or _not_a_noun(after)
                or (back and _a_verb(after))  # 这三点得到…, 把这两点坚定不移地做下去
            )
        )
    ):
        noun = ""  # 三个方面, 三句话; 有两点是可以肯定的：; 这两点很重要
    elif counter in _FINAL_COUNTERS and _ITEMS_FOLLOW.match(after):
        # 前途不外两种，一是…；一是… / 基本原则有三个，即：第一… / 分为两类，一类…: the noun
        # stands before the count; a frame only when its items follow
        noun, strict = "", strict or "final"
    elif after[:1] in '“"‘':
        quoted = re.match(r"[“\"‘]([^”\"’]{1,6})[”\"’]", after)
        if not quoted:
            return None
        noun = quoted.group(0)  # 两个“关”
    elif relative_clause(after):
        # 两座压在中国人民头上的大山 (一座叫做…), 十项违反上述协定的要求: a clause describes
        # the head noun; a frame only when the text spells out its items
        noun, strict = relative_clause(after), strict or "listed"
    elif back and re.match(r"里面|里边|之中|当中|中间|之内|以内", after):
        noun = ""  # 做到A、B、C、D。这四条里面…: pointing back, the list before is its items
    else:
        noun = noun_after(after)
        if noun in _PLAIN_NOUNS and compound(after):
            noun = noun + "·"  # 四条干部标准: a thing's standards (the word is checked below)
        # 分三种地区。第一种…，第二种…: kinds of plain things taken in turn by the same counter
        kinds_follow = counter in ("种", "类") and re.match(
            rf"[。，,：:]\s*第?一{counter}", after[len(noun) :]
        )
        if (
            noun in _PLAIN_NOUNS
            and noun != "人"
            and (
                _ONE_BY_ONE.match(after, len(noun))
                or _ORDINALS_FOLLOW.match(after, len(noun))
                or kinds_follow
            )
        ):
            # 两个工厂，一个叫A，一个叫B: things, but each one named in turn — a frame
            # when those names follow (两个人，一个是韩信…: people named are examples)
            end = m.end() + len(noun)
            key = _key(number, counter + noun)
            return _Mention(
                index, m.start(), end, text[m.start() : end], number, False, key, "listed"
            )
        people_kinds = counter in ("种", "类") and noun in ("人", "人们")  # 两类人，一类是…
        if (
            not noun
            or (noun in _PLAIN_NOUNS and not people_kinds)
            or noun[0] in "多几余百千万"
            or re.match(_NUM, noun)
        ):
            return None
        noun = noun.rstrip("·")
        if noun[0] == "来" and noun[1:2] in ("月", "天", "年", "人", "次", ""):
            return None  # 三个来月: about three months
        if after.startswith(("以上", "以下", "左右", "上下")):
            return None  # 两个以上矛盾: "two or more", a rough count
        cut = words_after(after)
        word = cut[0] if cut else ""
        if word and is_function_word(word):
            return None  # 四项虽然…, 两项之外: a conjunction or a place word, no noun counted
        kinds = counter in ("种", "类") and noun[0] == "人"  # 两种人们, 三类人: kinds of people
        if not kinds and (
            word in _TIME_WORDS or (noun[0] in _TIME_UNITS and not SUMMARY_NOUN.search(word))
        ):
            return None  # 六个月之后, 两个人: a length of time, people (三个时期 is a summary)
        if len(word) != 2 or word in _PLAIN_NOUNS:
            # 三个流, 两条路 (one character), 三个实验室 (a thing): a frame only when the
            # text lists its items; 三个中央集权 keeps its whole word
            if len(word) == 1 and _adjective_noun(cut, after):
                noun = word = cut[0] + cut[1]  # 两个短木板: an adjective and its noun
            elif len(word) == 1:
                noun = noun[:1]
                if (
                    counter == "大"
                    and word not in _NOT_BIG_ONE
                    and not re.match(r"[\u4e00-\u9fff]", after[1:2].replace("的", ""))
                ):
                    word = "·"  # 八大员, 三大件: a formula named with one character
            elif 2 < len(word) <= 4 and after.startswith(word):
                noun = word
            if word == "·" or (
                2 < len(word) <= 4 and SUMMARY_NOUN.search(word) and word[-1] not in _LOCALIZERS
            ):
                pass  # 三大攻坚战, 四项基本原则: a longer word with a summary head
            elif compound(after):
                noun = compound(after)  # 四条干部标准, 两种管理制度: a thing's standards
            else:
                strict = strict or "listed"
        elif compound(after):
            noun = compound(after)  # 四项基本原则: the summary word comes second
        elif counter == "点" and not _PLAN.search(noun):
            strict = strict or "listed"  # 两点攻克: two places, not two points of a talk
        elif len(cut) > 1 and cut[1] in _PLAIN_NOUNS and cut[1] not in _LOCALIZERS:
            strict = strict or "listed"  # 两个伟大国家, 两个战略客户: things, named
        elif len(cut) > 1 and cut[1] in _NOUN_SUFFIXES and after.startswith(word + cut[1]):
            noun = word + cut[1]  # 两个管理线, 四个现代化

        noun = through_de(after, noun)

    if counter == "座" or (counter == "层" and not SUMMARY_NOUN.search(noun)):
        strict = strict or "listed"  # 两座大山, 三层流动循环: a frame only with its items
    end = m.end() + len(noun)
    phrase = text[m.start() : end]
    key = _key(number, counter + noun.strip('“”"‘’'))
    return _Mention(index, m.start(), end, phrase, number, False, key, strict)


# 五大洲, 两大国, 两大类: N大 and one character that is a place or a class, not a formula
_NOT_BIG_ONE = frozenset("洲洋国类块批山河江湖城省市道街")
_HEADING_MARKER = re.compile(rf"\s*{_NUM}{{1,3}}、")
# Counters that may close a phrase whose noun came first (原则有三个：, 分为两类，)
_FINAL_COUNTERS = frozenset(("个", "种", "类", "条", "项", "点", "件", "方面", "个方面"))
# 原因在两个地方：第一是…: a colon or ordinals right after a plain count list its things
_ORDINALS_FOLLOW = re.compile(r"[：:]\s*(?:第一|一是|首先|其一|1[、.．])")
_ITEMS_FOLLOW = re.compile(
    r"(?:\[\d{1,2}\])?(?:[：:]|[，,。]\s*(?:即[：:]?|就是[：:]?)?\s*(?:一是|一要|一种|一类|一个|一条|一方面|第一|首先|其一|1[、.．])"
    r"|[，,][^，,。；;：:！？!?]{2,14}(?:和|与|、)[^，,。；;：:！？!?]{2,14}[，,。；;]"  # 两种，A的和B的，
    r"|[，,]\s*[\u4e00-\u9fff]{2,6}类[^，,。]{0,10}[，,]\s*[\u4e00-\u9fff]{2,6}类)"  # 两类，A类…，B类…
)
# 两个工厂，一个叫…: the things counted named one by one right after the count
_ONE_BY_ONE = re.compile(
    r"(?:都?是[^，,。；;：:！？!?]{1,6})?[，,：:]\s*一(?:个|种|条|座|家)?(?:叫做|叫|就是|是)"
)  # 两个部门是不下放的，一个是财务: a short 是… predicate may come first (两座大山挡住
# 他家的出路，一座叫做太行山: a story's things doing something, not a frame)
# Words after a counter that make a length of time or a number of people, not a summary
_TIME_WORDS = frozenset(
    [
        "年",
        "月",
        "天",
        "日",
        "时",
        "小时",
        "钟头",
        "分钟",
        "秒",
        "岁",
        "次",
        "人",
        "名",
        "位",
        "周",
        "星期",
    ]
)
_NOUN_SUFFIXES = frozenset(
    [
        "线",
        "性",
        "化",
        "观",
        "制",
        "权",
        "感",
        "力",
        "心",
        "点",
        "关",
        "面",
        "路",
        "链",
        "圈",
        "群",
        "区",
        "网",
    ]
)
# 五个条件下, 三个方面上: a place word after the noun, not a second noun
_LOCALIZERS = frozenset("下上中里内外前后间时")
# the words that make N点 an hour: 晚上十一点, 每天早上七点
_TIME_OF_DAY = re.compile(r"(?:早上|上午|中午|下午|晚上|夜里|夜间|凌晨|半夜|傍晚|清晨|早晨)$")
# counters a pointed-back count may stand alone with (这两个不是一回事, 上面二条呢)
_BACK_ALONE = frozenset(("个", "条", "项", "种", "类", "件"))
_BACK_REFERENCES = ("这", "那", "此", "每", "各", "上述", "这些", "以上", "上面", "这样")


def _compared(text: str, m: re.Match, counter: str, after: str) -> bool:
    """Whether the sentence before the count says one of the same thing (增加一个流程节点，
    减少两个流程节点): then the count is a quantity set against it."""
    noun = re.match(r"[\u4e00-\u9fff]{2}", after)
    if not noun:
        return False
    start = max(text.rfind(c, 0, m.start()) for c in "。！？!?") + 1
    return f"一{counter}{noun.group()}" in text[start : m.start()]


def _not_a_noun(after: str) -> bool:
    """Whether the word after a counter is an adverb, a verb or a preposition (两点很重要,
    三点要记住): the count stands alone."""
    first = tagged(words_after(after)[0]) if words_after(after) else []
    return bool(first) and first[0][1] in ("d", "p", "c", "ad", "zg")


def _a_verb(after: str) -> bool:
    """Whether the word after a counter is a verb, an idiom or a particle and no summary word
    (得到, 坚定不移, 抓; 建议 and 要求 are the points' nouns)."""
    cut = words_after(after)
    first = tagged(cut[0]) if cut else []
    return (
        bool(first)
        and first[0][1] in ("v", "vd", "i", "l", "y")
        and not SUMMARY_NOUN.match(first[0][0])
    )


def _adjective_noun(cut: list[str], after: str) -> bool:
    """两个短木板, 三个新课题: one adjective and a noun of two characters make the noun."""
    if len(cut) < 2 or len(cut[1]) != 2 or not after.startswith(cut[0] + cut[1]):
        return False
    first, second = tagged(cut[0]), tagged(cut[1])
    return bool(first and second) and first[0][1] == "a" and second[0][1] == "n"


def _key(number: int, tail: str) -> str:
    return f"{number}:{tail.replace('个', '').replace('“', '').replace('”', '')}"


# Items


def _resolve(lay: Layout, mention: _Mention) -> Frame | None:
    span = Span(mention.paragraph, mention.start, mention.end)
    frame = Frame(mention.phrase, mention.number, span, quoted=mention.quoted)
    finders = (
        _bracketed,
        restated_after,
        _after_colon,
        _sides_after,
        _before,
        quoted_sayings_before,
        subject_before,
        ended_before,
        clauses_before,
        _aspects_before,
        quoted_clauses_before,
        _ordinals_after,
        run_over_break,
        named_paragraph_leads,
        echo_run,
        apposition,
        run_after,
        repeated_one,
        _sections,
        echoed_before,
    )
    if mention.strict == "before":
        finders = (
            restated_after,
            _before,
            subject_before,
            _aspects_before,
            _after_colon,
            run_before,
            paragraphs_before,
            sentence_before,
            clause_before,
            ended_before,
            clauses_before,
            quoted_sayings_before,
            _ordinals_after,
        )
    elif mention.strict in ("parts", "final"):
        finders = (
            _after_colon,
            repeated_one,
            _ordinals_after,
            _sections,
            run_after,
            _kinds_after,
            subject_before,
        )
    elif mention.strict == "bracket":
        finders = (_bracketed, _after_colon)
    for finder in finders:
        found = finder(lay, mention)
        if found and len(found[0]) == mention.number:
            frame.items, frame.item_spans, frame.source = found
            if finder is _before:
                # 必须严格区别和正确处理这两类矛盾: the glued pair are actions; its sentence named
                # the two with the count's own noun (有敌我矛盾和人民内部矛盾)
                m = mention
                named = named_things(lay, m.paragraph, m.start, m.number, m.phrase)
                if named and not any(named[0][0][-2:] in i for i in found[0]):
                    frame.items, frame.item_spans = named
            if frame.source != "sections":
                frame.items = [clean_item(i) or i for i in frame.items]
            asked = mention.phrase.endswith("问题") and whole_questions(
                lay, frame.items, frame.item_spans
            )
            if asked:  # 两个问题 asked: each item the whole question
                frame.items, frame.item_spans = asked[0], asked[1]
            return frame
    if mention.strict in ("listed", "final", "bracket", "parts"):
        found = repeated_heads(lay, frame)
        if found:  # 第一张皮，是A。第二张皮，是B: units headed by the count's own noun
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "", "final"):
        after = introduced_after_noun(lay, frame)
        if after:  # 三个互相联系的问题，就是：A、B、C: the list after the whole noun phrase
            frame.items, frame.item_spans, frame.phrase = after
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "before"):
        found = list_before(lay, frame)
        if found:  # 土地改革、抗美援朝…和思想改造的五大运动: the list stands before the count
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict == "listed" and _DEFINED.match(
        lay.paragraphs[mention.paragraph].text, mention.end
    ):
        return frame  # 管道的三点衔接，即…: a term the text defines, a mentioned formula
    if mention.strict == "listed" and unmarked_run(lay, mention):
        return frame  # 两个想不开，合在一块，就要打仗: the count stated, its items not read
    if mention.strict:
        return None
    # no finder of a shape read its items: the general reader of what follows a count
    # (两个题目，一个是A，一个是B / 三个摆脱——A、B、C), exactly as many units or none
    found = forward_items(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "ordinals" if found[1][0].paragraph > span.paragraph else "inline"
        return frame
    found = repeated_heads(lay, frame) or list_before(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "inline"
        return frame
    found = paragraph_leads(lay, frame)
    if found:  # 关于经济增长。…关于价格水平。…: the paragraphs after, each naming its subject
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
        return frame
    found = named_after(lay, mention) or choice_before(lay, mention)
    if found:  # 两大矛盾中间，中日民族间的矛盾…，国内阶级间的矛盾…: the namings right after
        frame.items, frame.item_spans, frame.source = found
    return frame


# 三点衔接，即… / 两个闭环（…）: the text says what the phrase means — a term, not a count
_DEFINED = re.compile(r"[，,]?(?:即|也就是|就是说|亦即)[^是]")


_Items = tuple[list[str], list[Span], str]


def _bracketed(lay: Layout, m: _Mention) -> _Items | None:
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    j = 0
    while j < len(rest) and j < 4 and rest[j] in '”’」"要求精神':
        j += 1
    tail = re.match(r"[\u4e00-\u9fff]{1,2}(?=[（(])", rest[j:])
    if tail:
        j += tail.end()  # 四个核心能力系（管理能力系，…）: the phrase stopped short of its noun
    if rest[j : j + 1] not in ("（", "("):
        return None
    close = rest.find("）" if rest[j] == "（" else ")", j)
    if close < 0:
        return None
    inner = rest[j + 1 : close]
    items = split_last_he(split_list(inner), m.number)
    if tail and not all(i.endswith(tail.group()) for i in items):
        return None  # 三个中心城市（…）: only items that end on the words skipped
    base = m.end + j + 1
    return items, [Span(m.paragraph, base, base + len(inner))] * len(items), "inline"


# 一条，… / 再一条，… / 另一种，…: a part opened by "one (more)" and a comma
_ONE_PART = re.compile(r"\s*(?:再|又|还有)?(?:另)?一(?:条|种|个|方面)[，,]\s*")


def _ones_after(text: str, start: int, m: _Mention) -> _Items | None:
    """只有两条：一条，A；再一条，B。: after the colon, one clause group a part, each opening
    with 一条 / 再一条 (一种 / 另一种): the items are what follows each opener, not the openers."""
    end = sentence_end(text, start)
    parts = text[start:end].split("；")
    if len(parts) != m.number:
        return None
    items: list[str] = []
    spans: list[Span] = []
    pos = start
    for part in parts:
        opener = _ONE_PART.match(part)
        item = first_clause(part[opener.end() :]) if opener else ""
        if not item:
            return None
        at = pos + opener.end()
        items.append(item)
        spans.append(Span(m.paragraph, at, at + len(item)))
        pos += len(part) + 1
    return items, spans, "inline"


def _after_colon(lay: Layout, m: _Mention) -> _Items | None:
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    colon = re.match(r"[”’」\"]?(?:[\u4e00-\u9fff]{0,24}[：:]|——|――)", rest)
    # 这四种权力――政权、族权、神权、夫权，…: after a pointer, a dash right after the phrase
    # restates its items as a colon does (not 主要的两个党――国民党与共产党的合作: parties)
    pointed = text[max(0, m.start - 4) : m.start].endswith(_BACK_REFERENCES)
    if not colon or (colon.group().endswith(("—", "―")) and not pointed):
        return None
    start = m.end + colon.end()
    pair = _pair(text, start, m)
    if pair:
        return pair
    ordinals = ordinal_items(text, start, _frame_noun(m))
    if ordinals and len(ordinals) >= 2:
        return (
            [t for t, _ in ordinals],
            [Span(m.paragraph, a, a + len(t)) for t, a in ordinals],
            "ordinals",
        )
    ones = _ones_after(text, start, m)
    if ones:
        return ones
    end = sentence_end(text, start)
    opened = text.rfind("（", 0, m.start) > text.rfind("）", 0, m.start)
    if opened and 0 <= text.find("）", start) < end:
        end = text.find("）", start)  # （主要是两条:公道，能干）: the list ends with the aside
    inner = text[start:end]
    items = split_list(inner)
    clause = re.split(r"[，,；;]", inner, maxsplit=1)[0]
    if len(items) != m.number and "、" in clause:
        items = split_list(clause)  # 两个阶段：A、B，贯穿其中的…: the list ends at the comma
        end = start + len(clause)
    elif "、" in clause and len(clause) < len(inner.rstrip("。；;！？!? ")):
        # 四个中心：A、B、C和D，它们将各自…: the first clause's list, its last two joined by 和,
        # is the whole list; the clause after it only goes on about the items
        joined = split_last_he(split_list(clause), m.number)
        if len(joined) == m.number and len(split_list(clause)) < m.number:
            items, end = joined, start + len(clause)
    if len(items) != m.number:
        # 三种：战略的、战役的和战斗的 / 两个车轮子…：A和B，除了…: the last two joined by 和
        joined = split_last_he(split_list(clause), m.number)
        if len(joined) == m.number:
            items, end = joined, start + len(clause)
    if len(items) != m.number:
        # 这两种方式都可以走：有的地方…，可以…；有的地方…，终端…: one clause group each
        parts = [p.strip(' “”"‘’') for p in re.split(r"[；;]", text[start:end]) if p.strip()]
        shared = shared_opening(parts) if len(parts) == m.number else 0
        noun = _frame_noun(m)
        if shared and all(len(p) <= 40 for p in parts):
            items = [p[shared:].strip() for p in parts]  # parallel clauses, one opening
        elif len(parts) == m.number and len(noun) == 2 and item_clause(parts[0]).endswith(noun):
            # 两个输出：思想输出，…；实质性推动的结果: the first part names the noun
            items = [item_clause(p.strip()) for p in parts]
        elif (
            len(parts) == m.number
            and len(noun) == 2
            and all(noun in item_clause(p) and len(item_clause(p)) <= 12 for p in parts)
        ):
            # 两个功能：通讯功能好，网络接入速度快；中文软件功能好: each part names the noun
            items = [item_clause(p.strip()) for p in parts]
    if len(items) < 2 or any(_BARE_ORDINAL.fullmatch(i) for i in items):
        return None  # 有三个：其一，共产党，这是…: one item's clauses, not three items
    return items, [Span(m.paragraph, start, end)] * len(items), "inline"


_BARE_ORDINAL = re.compile(r"(?:又)?(?:其|第)?[一二三四五六七八九十]{1,2}|首先|其次|再次|最后")


def _before(lay: Layout, m: _Mention) -> _Items | None:
    if m.phrase.endswith("重性"):
        return None  # 罢工、罢课也是两重性: two sides of one thing, not the things before
    text = lay.paragraphs[m.paragraph].text
    if re.search(r"(?:件|回|码)事$", m.phrase) and text[: m.start].endswith("是"):
        return None  # 研发和区域是两件事: a statement that they differ, not a summary
    text = lay.paragraphs[m.paragraph].text
    # 忽视风险（过左）或过度保守（过右）两个极端: an aside in brackets is no list mark
    head = _ASIDE.sub(lambda g: "\u3000" * len(g.group()), text[: m.start])
    if m.quoted and head.endswith(("“", '"', "‘", "「")):
        head = head[:-1]
    if head.endswith(("、", "“")) or re.search(r"[\u4e00-\u9fff]$", head) and m.quoted:
        return None  # the frame is itself one element of a list (围绕“A”、“B两个畅通”…)
    pointer = re.search(r"[，,](?:这|这些|上述|以上)$", head)
    head = re.sub(r"(等|这|这些|这样|那样|共|总共|一共|是|为|即|就是)+$", "", head)
    listed = re.search(r"([^，,。；;：:！？!?]{1,24})[，,]$", head) if pointer else None
    if listed and "、" in listed.group(1):
        parts = listed.group(1).split("、")
        if all(len(p) <= 10 and "的" not in p for p in parts[1:]):
            head = head[:-1]  # 大流量、低时延，这两个机会点: a list, a comma, the pointer
    if head.endswith("的"):
        return None  # 一切人们、一切党派的两个“关”: the list owns the frame, it is not its items
    cut = max(head.rfind(c) for c in "，,。；;：:！？!?（(")
    segment = head[cut + 1 :]
    marker = re.match(rf"(?:{_NUM}{{1,3}}|\d{{1,2}})、", segment) if cut < 0 else None
    if marker:
        segment = segment[marker.end() :]  # 十二、划清两种界限: a heading's marker, not a list
        cut = marker.end() - 1
    # “从实践中选拔干部”和“小改进、大奖励”两个政策: a mark inside quotes lists nothing
    if len(re.findall(r"“[^“”]*”", segment)) >= 2:
        segment = re.sub(r"“[^“”]*”", lambda q: q.group().replace("、", "\ue000"), segment)
    if "、" in segment:
        parts = [p.replace("\ue000", "、") for p in segment.split("、")]
        last = re.split(r"[和与及]", parts[-1], maxsplit=1)
        if m.number == len(parts) + 1 and len(last) == 2:
            parts[-1:] = last  # A、B和C三条主线
        elif m.number == 2 == len(parts) and _said_twice(parts[0], parts[1]):
            # 工业和农业、社会主义的工业化和社会主义的农业改造这样两件事: one pair said twice,
            # the second time in full — its two sides are the items
            parts = _joined_pair(parts[1]) or parts
    elif m.number == 2 and _joined_pair(segment.replace("\ue000", "、")):
        # X和Y是两项中心工作 / 和平与发展是当代世界两大主题 (和 of 和平 joins nothing)
        parts = _joined_pair(segment.replace("\ue000", "、"))
        if len(parts[1]) == 1 and parts[0]:
            parts[0] = parts[0][-1]  # 有黑和白两种极端观点: one character against one
        elif min(len(p) for p in parts) < 2:
            return None
        else:
            # 总有先进和落后 -> 先进: the first side as long as the second, in whole words
            parts[0] = tail_as_long(words(parts[0]), len(words(parts[0])), len(parts[1]))
    else:
        return None
    quoted = [re.findall(r"[“\"‘「]([^”\"’」]+)[”\"’」]", p) for p in parts]
    if all(len(q) == 1 for q in quoted):
        items = [q[0] for q in quoted]
    else:
        items = [p.replace("\u3000", "").strip('“”"‘’ ') for p in parts]
        items[0] = drop_lead(items[0]).strip('“”"‘’ ')  # 从“政府服务环境 -> 政府服务环境
    items = [i for i in items if i]
    if len(items) >= 2:
        longest_other = max(len(i) for i in items[1:])
        if len(items[0]) > 2 * longest_other:
            items[0] = items[0][-longest_other:]  # 在部队中进行的政治、经济、军事 -> 政治
        elif not all(len(q) == 1 for q in quoted):
            items[0] = drop_governing_words(items[0], items[1:])  # 要按照A、B… -> A
    start = cut + 1
    return items, [Span(m.paragraph, start, m.start)] * len(items), "inline"


def _said_twice(short: str, full: str) -> bool:
    """Whether ``full`` is the pair ``short`` said again in full (工业和农业 / 社会主义的工业化
    和社会主义的农业改造): both are pairs, each side of the short one within its side of the
    full one (its last two characters: 我们对于工业 -> 工业)."""
    one, two = _joined_pair(short), _joined_pair(full)
    return bool(one and two) and all(
        len(a) >= 2 and a[-2:] in b and len(b) > len(a[-2:]) + 1
        for a, b in zip(one, two, strict=True)
    )


_ASIDE = re.compile(r"[（(][^（）()。；]{1,24}[）)]")


def _joined_pair(segment: str) -> list[str] | None:
    """The two sides of the one conjunction (和/与/及/同/跟, a word of its own) in
    ``segment``, the second cut at a copula (A与B是当代世界 -> A, B); None otherwise."""
    cut = words(segment)
    joins = [k for k, w in enumerate(cut) if w in ("和", "与", "及", "同", "跟", "或", "或者")]
    if len(joins) > 1:
        # 右的迁就主义和“左”的关门主义或敷衍主义两种倾向: 或 names one side two ways, 和 joins
        joins = [k for k in joins if cut[k] not in ("或", "或者")]
    if len(joins) != 1:
        return None
    k = joins[0]
    first, second = "".join(cut[:k]).strip(), "".join(cut[k + 1 :]).strip()
    copula = second.find("是")
    if copula > 0 and len(second) - copula <= 9:
        second = second[:copula]
    if k + 2 == len(cut) and "的" in first:
        two = tagged(cut[-1])
        if two and two[0][1] == "v":
            return None  # 共产党的和平方针及取消两个政权…: a verb whose object is the count
    return [first, second] if first and second else None


def _kinds_after(lay: Layout, m: _Mention) -> _Items | None:
    """有两种，劳动人民的和资产阶级的 / 分为两类，生活服务类提倡自治，业务保障类…: a count
    with no noun, its kinds named in the clauses right after it (one joined pair, or a
    clause each opening with a word of the counter: …类)."""
    text = lay.paragraphs[m.paragraph].text
    lead = re.match(r"(?:\[\d{1,2}\])?[，,]\s*", text[m.end :])
    if not lead:
        return None
    start = m.end + lead.end()
    end = sentence_end(text, start)
    counter = m.phrase[-1]
    if counter not in "类种":
        return None
    clauses = re.split(r"[，,；;]", text[start:end])
    named = [re.match(rf"[\u4e00-\u9fff]{{2,6}}{counter}", c) for c in clauses[: m.number]]
    if len(clauses) >= m.number and all(named):
        items = [n.group() for n in named]
    elif m.number == 2:
        items = _joined_pair(clauses[0]) or []
    else:
        return None
    if len(items) != m.number or any(len(i) < 2 for i in items):
        return None
    spans, pos = [], start
    for item in items:
        at = text.find(item, pos)
        spans.append(Span(m.paragraph, at, at + len(item)))
        pos = at + len(item)
    return items, spans, "inline"


def _pair(text: str, start: int, m: _Mention) -> _Items | None:
    """一条是A，另一条是B right after a frame of two."""
    if m.number != 2:
        return None
    found = (
        _PAIR.match(text, start)
        or _PAIR.match(text, start + 1)
        or _ASPECTS.match(text, start)
        or _ASPECTS.match(text, start + 1)
        or _subject_aspects(text, start)
    )
    if not found:
        return None
    items = [found.group(1).strip(), found.group(2).strip()]
    spans = [
        Span(m.paragraph, found.start(1), found.end(1)),
        Span(m.paragraph, found.start(2), found.end(2)),
    ]
    return items, spans, "inline"


def _aspects_before(lay: Layout, m: _Mention) -> _Items | None:
    """必须一方面A，…；另一方面，B，…。只有这两方面的任务都完成了: a back-reference to a pair
    of sides named just before (in its sentence or the one before)."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(_BACK_REFERENCES):
        return None
    bounds = [i for i, c in enumerate(text[: m.start]) if c in "。！？!?"]
    start = bounds[-2] + 1 if len(bounds) >= 2 else 0
    at = m.paragraph
    found = None
    for hit in _ASPECTS.finditer(text, start, m.start):
        found = hit
    before = lay.paragraphs[at - 1] if at > 0 else None
    if not found and not bounds and before is not None and not before.is_heading:
        # 将这两个方面的情形综合起来说 opening its paragraph: the sides close the one before
        # (…在一方面促使…解体…；但是在另一方面，它们又…), its last two sentences
        text, at = before.text, at - 1
        ends = [i for i, c in enumerate(text.rstrip()) if c in "。！？!?"][:-1]
        for hit in _ASPECTS.finditer(text, ends[-2] + 1 if len(ends) >= 2 else 0):
            found = hit
    if not found:
        return None
    spans = [Span(at, found.start(k), found.end(k)) for k in (1, 2)]
    return [found.group(1).strip(), found.group(2).strip()], spans, "inline"


_ONE_SIDE = re.compile(r"[：:，,]?\s*一(?:个)?方面[，,]?(?:是|就是)?[，,]?")
_OTHER_SIDE = re.compile(r"(?:另|另外)一(?:个)?方面[，,]?(?:是|就是)?[，,]?")


def _sides_after(lay: Layout, m: _Mention) -> _Items | None:
    """强调两个方面：一方面是合同质量的提升。……；另一个方面，是合同签订以后…: the two sides
    named after the frame, the second a few sentences on (at most four) in the paragraph."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    one = _ONE_SIDE.match(text, m.end)
    if not one:
        return None
    first = item_clause(text[one.end() :])
    other = _OTHER_SIDE.search(text, one.end() + len(first))
    if not first or not other or text.count("。", one.end(), other.start()) > 4:
        return None
    second = item_clause(text[other.end() :])
    if not second:
        return None
    spans = [
        Span(m.paragraph, one.end(), one.end() + len(first)),
        Span(m.paragraph, other.end(), other.end() + len(second)),
    ]
    return [first, second], spans, "inline"


def _subject_aspects(text: str, start: int) -> re.Match | None:
    """错误有两重性。错误一方面损害党…；另一方面是好教员: the next sentence names its subject
    again before 一方面."""
    lead = re.match(r"[。：:]\s*([\u4e00-\u9fff]{1,4}?)(?=一方面)", text[start:])
    return _ASPECTS.match(text, start + lead.end()) if lead else None


def _ordinals_after(lay: Layout, m: _Mention) -> _Items | None:
    text = lay.paragraphs[m.paragraph].text
    pair = _pair(text, m.end, m)
    if pair:
        return pair
    noun = _frame_noun(m)
    found = ordinal_items(text, m.end, noun)
    if found and found[0][1] > sentence_end(text, sentence_end(text, m.end) + 1) + 4:
        found = None  # a run two sentences on belongs to something said in between
    if found and len(found) >= 2:
        return (
            [t for t, _ in found],
            [Span(m.paragraph, a, a + len(t)) for t, a in found],
            "ordinals",
        )
    # Items each opening a paragraph of their own (一是… / 第一，…) right after the mention,
    # when the outline kept them as prose.
    node = lay.by_paragraph.get(m.paragraph)
    limit = node.end if node else len(lay.paragraphs)
    in_heading = bool(node and m.paragraph == node.heading)
    if in_heading and node.children:
        return None  # a heading's frame counts its sub-headings (_sections)
    items: list[str] = []
    spans: list[Span] = []
    expected = 1
    # 关注三个文件。第一个文件…（next paragraph）第二个文件…: the first item may open the
    # sentence right after the frame, the others their own paragraphs
    next_start = sentence_end(text, m.end) + 1
    first = ordinal_at(text, next_start, noun) if next_start < len(text) else None
    if first and first[0] == 1:
        item = item_clause(text[first[1] :])
        items.append(item)
        spans.append(Span(m.paragraph, first[1], first[1] + len(item)))
        expected = 2
    # ordinals that repeat the frame's noun (第二部分, 第三个文件) may stand a paragraph or
    # two apart, the part's own paragraphs between them
    named = noun or None  # 第二部分 / 第三个文件: an ordinal with the noun (see _names_part)
    span_max = (3 if named else 2) * m.number
    for idx in range(m.paragraph + 1, min(limit, m.paragraph + 1 + span_max)):
        para = lay.paragraphs[idx]
        if para.is_heading:
            break
        got = ordinal_at(para.text, 0, noun)
        if got is None:
            if items and named and _names_part(lay.paragraphs[spans[-1].paragraph].text, named):
                continue  # a named part runs on over more paragraphs
            if items or idx > m.paragraph + 2 or in_heading:
                break  # the items follow the frame at once, or they are not its items
            continue
        n, text_start = got
        if n != expected and not (n == 0 and expected > 1):
            break
        item = item_clause(para.text[text_start:])
        items.append(item)
        spans.append(Span(idx, text_start, text_start + len(item)))
        expected += 1
        if expected > m.number:
            following = idx + 1 < limit and ordinal_at(lay.paragraphs[idx + 1].text, 0, noun)
            if following and following[0] == expected:
                return None  # 第一…第四 counted by a frame of two: not this frame's items
            break
    if len(items) >= 2:
        return items, spans, "ordinals"
    return None


_PART_ORDINAL = re.compile(rf"第{_NUM}{{1,2}}(?:个|种|类|条|项|点)?")


def _names_part(text: str, noun: str) -> bool:
    """Whether ``text`` opens with an ordinal and ``noun`` (第二部分, 第三个文件) — a fixed
    pattern and a string test, not one regex per noun."""
    hit = _PART_ORDINAL.match(text)
    if not hit:
        return False
    if text.startswith(noun, hit.end()):
        return True
    # the optional counter may be the noun's own first character (第三个 + 个体户)
    bare = re.match(rf"第{_NUM}{{1,2}}", text)
    return bool(bare) and text.startswith(noun, bare.end())


def _frame_noun(m: _Mention) -> str:
    """The noun a frame counts, as its ordinals repeat it (三个时期 -> 时期, 三种人 -> 人,
    三个不同的部分 -> 部分); empty for a quoted formula or a count with no noun."""
    if m.quoted:
        return ""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    return noun.rsplit("的", 1)[-1][-2:]


def _sections(lay: Layout, m: _Mention) -> _Items | None:
    return section_items(lay, m, _PLAN.search(m.phrase) is not None)


def is_marker_paragraph(text: str) -> bool:
    """Whether a paragraph opens with a heading marker (used by mining to skip numbering)."""
    return match_marker(text) is not None
