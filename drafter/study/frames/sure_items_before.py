"""Items before a refused count in a shape that leaves no doubt, kept without weighing: units
each ending on the count's noun (在日本建立…实验室、在德国建立…实验室，用三个实验室), the two sides
of 一方面…另一方面 before 这就是…两条战线, a listed subject (运营商、企业和消费者是…三个客户群), 有人…，
有人… before 这两种人, sentences opening alike, the clauses of the heading above. Apart from the
items after a count (:mod:`~drafter.study.frames.sure_items_after`) and from the model's general
readers (:mod:`~drafter.study.frames.nearby_items`), which these are stricter than."""

from __future__ import annotations

import re

from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.named_things import named_things
from drafter.study.frames.nearby_items import (
    BACK_BEFORE,
    NUMERAL,
    SENTENCE_MARK,
    TAIL_WORDS,
    clause_list,
    counted_noun,
    items_before,
)
from drafter.study.frames.nouns import is_function_word, words_after
from drafter.study.frames.pointer import strong_items
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.words import words

# a unit that counts things itself (孙元良四个师, 七个旅): a tally, no summary's part
_TALLY = re.compile(r"(?<!^)[一二三四五六七八九十两0-9０-９]+(?:个|种|类|条|支|项|旅|师|团|纵队)")


_LIST_RUN = re.compile(r"[^，,。；;：:！？!?、]{1,16}(?:、[^，,。；;：:！？!?、]{1,16})+")


def _sentence_list(text: str, frame: Frame, key: str) -> tuple[list[str], list[Span]] | None:
    """IFS推行、LTC上线、再加上区域的组织变革，使…，要加强三个变革: the 、-list earlier in the
    count's sentence with exactly as many parts, its last part ending in the counted noun
    (what :func:`units_named_before` reads when the units before the count do not each name
    it)."""
    start = max(text.rfind(c, 0, frame.span.start) for c in "。！？!?；;") + 1
    for run in _LIST_RUN.finditer(text, start, frame.span.start):
        parts = run.group().split("、")
        if any(re.search(r"[一二三四五六七八九十两0-9]$", x) for x in parts[:-1]):
            continue  # 停止二、三级部门…: numbers run together, no list
        if len(parts) == frame.number and parts[-1].endswith(key):
            parts = [re.sub(r"^(?:再加上|加上|以及|还有)", "", p.strip()) for p in parts]
            spans, pos = [], run.start()
            for part in parts:
                at = text.find(part, pos)
                spans.append(Span(frame.span.paragraph, at, at + len(part)))
                pos = at + len(part)
            # the first parts need not name the noun: the last one does for the run
            return parts, spans
    return None


# a unit that names no thing of its own: 其它部门, 管理这个问题, 公司哪些部门
_ELSEWHERE = re.compile(r"(?:这|那|哪)(?:个|些|种|类|样)|其它|其他|每个|各个|某个")


def units_named_before(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """在日本建立工业化实验室、在德国建立…实验室、在松山湖建实验室，用三个实验室…; 一个物流，一个
    资金流，两大流…: a count right after exactly as many units, each ending in the count's own
    noun — the writer named each thing with the word he then counts them by, so they are its
    items, whatever the model would weigh. After a pointer, the units the writer marked
    (:func:`~drafter.study.frames.pointer.strong_items`), each opening with a word of its own
    and the noun (交付经理应对…；服务经理应对…。这两类经理). Not when a unit holds a count of its
    own (孙元良四个师，冯治安四个师，孙良诚两个师: a tally), points elsewhere (其它部门, 这个问题)
    or the units are names."""
    if frame.listed or not 2 <= frame.number <= 6:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    noun = counted_noun(frame)
    key = noun[-2:] if len(noun) >= 2 else noun
    if not key or is_function_word(words_after(noun)[0]):
        return None
    if BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start]):
        read = strong_items(lay, frame.span.paragraph, frame.span.start, frame.number, noun)
        if read is None:
            return None
        items = read[0]
        at = [i.find(key, 1, 10) for i in items]
    else:
        read = items_before(lay, frame)
        items = [TAIL_WORDS.sub("", i.rstrip("。，,；;！？!? ")) for i in (read or ([],))[0]]
        at = [len(i) - len(key) if i.endswith(key) and len(i) > len(key) else -1 for i in items]
        if read is None or any(a < 1 for a in at):
            listed = _sentence_list(text, frame, key)
            if listed is None or any(_TALLY.search(i) or _ELSEWHERE.search(i) for i in listed[0]):
                return None
            return None if named_things(listed[0]) else listed
    if any(a < 1 for a in at) or any(_TALLY.search(i) or _ELSEWHERE.search(i) for i in items):
        return None
    heads = [(words(i[:a]) or [""])[-1] for i, a in zip(items, at, strict=True)]
    if all(heads) and named_things(heads):
        return None  # 辽沈战役、淮海战役和平津战役: names, each with the counted word
    # 一个物流，一个资金流: the enumerator is no part of the item
    items = [re.sub(r"^一(?:个|种|条|项|类|大)", "", i) for i in read[0]]
    spans = [Span(s.paragraph, s.end - len(i), s.end) for s, i in zip(read[1], items, strict=True)]
    return items, spans


_SIDES = re.compile(
    r"一方面[，,]?(?:要|是|就是)?([^，,；;。！？!?]{2,30})[^。！？!?]*?"
    r"另一方面[，,]?(?:又|也|还)?(?:要|是|就是)?([^，,；;。！？!?]{2,30})"
)


def sides_before(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """一方面要反对A，另一方面又要反对B。这就是…的两条战线上的斗争: a count of two in a sentence
    opening with 这就是/这是 right after a sentence that sets out two sides — the sides are its
    items."""
    if frame.number != 2 or frame.listed:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    head = text[: frame.span.start]
    cut = max(head.rfind(c) for c in "。！？!?") + 1
    if cut <= 0 or not re.match(r"(?:这就是|这是|这也就是|这便是)", head[cut:]):
        return None
    if re.search(r"[，,；;]", head[cut:]):
        return None  # the count must stand in the pointing clause itself
    before = head[: cut - 1]
    own = max(before.rfind(c) for c in "。！？!?") + 1
    sides = _SIDES.search(before, own)
    if sides is None:
        return None
    items = [sides.group(1).strip(), sides.group(2).strip()]
    spans = [Span(frame.span.paragraph, sides.start(k), sides.end(k)) for k in (1, 2)]
    return items, spans


_SUBJECT_IS = re.compile(r"(.+?)(?:都|就|也)?是(?:[^、，,]{0,12}的)?$")


def listed_subject(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """运营商、企业和消费者是华为服务的三个客户群: a list of exactly as many short parts is the
    subject its clause says the count is — its items. Not names (深圳、珠海…是四个特区), nor
    two things said to differ (研发和区域是两件事)."""
    if frame.listed or not 2 <= frame.number <= 8:
        return None
    if re.search(r"(?:件|回|码)事", frame.phrase):
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    head = text[: frame.span.start]
    cut = max(head.rfind(c) for c in "，,。；;：:！？!?") + 1
    said = _SUBJECT_IS.match(head[cut:])
    if said is None:
        return None
    parts = [p.strip(' “”"‘’') for p in clause_list(said.group(1), frame.number)]
    if len(parts) != frame.number or any(not 1 <= len(p) <= 10 for p in parts):
        return None
    if len(set(parts)) != len(parts) or named_things(parts):
        return None
    spans, pos = [], cut
    for part in parts:
        at = text.find(part, pos, frame.span.start)
        spans.append(Span(frame.span.paragraph, at, at + len(part)))
        pos = at + len(part)
    return parts, spans


_SOME = re.compile(r"(?:有人|有的人|有的|有些人)([^，,；;。！？!?]{1,20})")


def some_and_others(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """钢琴有人弹得好，有人弹得不好，这两种人…: a pointed-back count of kinds (种/类) whose
    sentence before sets out exactly as many 有人…/有的… clauses, each one kind."""
    if frame.listed or not re.match(rf"{NUMERAL}(?:种|类)", frame.phrase):
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    pointer = BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start])
    if pointer is None:
        return None
    # the sentence of the pointer, or the one before when the pointer opens its own
    head = text[: frame.span.start - len(pointer.group())].rstrip("。！？!?")
    cut = max(head.rfind(c) for c in "。！？!?") + 1
    hits = list(_SOME.finditer(head, cut))
    if len(hits) != frame.number:
        return None
    items = [h.group(1) for h in hits]
    if len(set(items)) != len(items):
        return None
    return items, [Span(frame.span.paragraph, h.start(1), h.end(1)) for h in hits]


def same_opening_sentences(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """一个有纪律的…党。一个由这样的党领导的军队。一个由这样的党领导的…统一战线。这三件是…: a
    pointer opening its sentence right after exactly N sentences that open with the same two
    characters (一个, 一种, 第…, 有的 …), the sentence before them opening otherwise."""
    if frame.listed or not 2 <= frame.number <= 6:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    pointer = BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start])
    if pointer is None:
        return None
    start = frame.span.start - len(pointer.group())
    lead = text[:start]
    cut = max(lead.rfind(c) for c in "。！？!?") + 1
    if cut <= 0 or len(lead) - cut > 6 or re.search(r"[，,；;]", lead[cut:]):
        return None  # the pointer (and at most a short subject) opens its sentence
    bounds = [0] + [m.end() for m in SENTENCE_MARK.finditer(text, 0, cut)]
    sentences = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    n = frame.number
    if len(sentences) < n:
        return None
    run = sentences[-n:]
    opening = text[run[0][0] : run[0][0] + 2]
    if not re.match(r"[一每第有]", opening) or any(text[a : a + 2] != opening for a, _ in run):
        return None
    if len(sentences) > n and text[sentences[-n - 1][0] :].startswith(opening):
        return None  # the run is longer than the count
    items = [text[a:b].rstrip("。！？!? ") for a, b in run]
    if any(not 2 <= len(i) <= 80 for i in items):
        return None
    return items, [Span(frame.span.paragraph, a, a + len(i)) for (a, _), i in zip(run, items)]


def heading_clauses(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """（四）争取中间势力，就是争取A，争取B，争取C (heading) then 这是不同的三部分人: a pointer
    opening the first paragraph under a heading whose last N clauses open alike (their first
    two characters) — those clauses, without the shared opening, are its items."""
    p = frame.span.paragraph
    if frame.listed or p == 0 or not 2 <= frame.number <= 6:
        return None
    text = lay.paragraphs[p].text
    head = text[: frame.span.start]
    if not re.fullmatch(
        r"\s*(?:这|那|以上|上述)(?:是|就是|些是)?(?:[\u4e00-\u9fff]{0,3}的)?", head
    ):
        return None
    above = lay.paragraphs[p - 1]
    if not above.is_heading:
        return None
    clauses = [
        re.sub(r"^(?:就是|也就是|即|是)", "", c.strip())
        for c in re.split(r"[，,；;]", above.text.rstrip("。！？!? "))
        if c.strip()
    ]
    n = frame.number
    if len(clauses) < n:
        return None
    run = [c.strip() for c in clauses[-n:]]
    lead = run[0][:2]
    if any(not c.startswith(lead) for c in run) or (
        len(clauses) > n and clauses[-n - 1].strip().startswith(lead)
    ):
        return None
    items = [c[len(lead) :] for c in run]
    if any(not 2 <= len(i) <= 20 for i in items) or len(set(items)) != n:
        return None
    return items, spans_in_order(above.text, above.index, items, 0)
