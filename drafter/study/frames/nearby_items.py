"""The general readers of the items around a count the rules refused: the list or the clauses
before a pointer (这两种, 上述三项: :func:`items_before`), an enumeration after the count (一个是A…
另一个B; 第一条…第二条: :func:`enumerated_items`), ordinals that name its noun (第一条战线…第二条
战线: :func:`named_ordinal_items`), and :func:`items_around`, which tries them. Apart from the
model that weighs a count (:mod:`~drafter.study.frames.model`) and from the second look that
keeps it (:mod:`~drafter.study.frames.refused_counts`), which both read its items with these; the
count's noun (:func:`counted_noun`) and the pointer before it (``BACK_BEFORE``) are shared from
here too."""

from __future__ import annotations

import re

from drafter.study.frames.item_words import leading_noun, tail_as_long
from drafter.study.frames.measures import own_measure
from drafter.study.frames.units import first_unit
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.text import item_clause
from drafter.study.words import words

NUMERAL = "[一二三四五六七八九十两]"


BACK_BEFORE = re.compile(
    r"(?:这|那|此|上述|以上|这些|这样|上面的?|前述|前面的?|刚才的?|这就是有?|这就有)$"
)


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


# 两个, 三种: a count with no noun at all (三部分, 两方面 name their parts)
BARE_COUNT = re.compile(rf"{NUMERAL}{{1,2}}(?:个|种|条|类|项|点|件|大)?")


def counted_noun(frame: Frame) -> str:
    """The counted noun of a frame's phrase (三个信息库 -> 信息库)."""
    return re.sub(
        rf"^{NUMERAL}{{1,2}}(?:个|种|条|项|点|类|大|件|层|座|部分|方面)?", "", frame.phrase
    )


def enumerated_items(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """Items a count's neighbourhood enumerates, one enumerator each (一个是A…另一个B;
    第一条…第二条; 一是…二是; 首先…其次): the run starting within the count's sentence or the
    next one, exactly as long as the number, in the count's paragraph."""
    text = lay.paragraphs[frame.span.paragraph].text
    start = frame.span.end
    stop = min(len(text), start + 400)
    measure = own_measure(frame)
    first_rx, next_rx = _FIRST, _NEXT
    if measure:
        # 两门知识，一门叫做A，一门叫做B; 两面政策，一面…一面…: the count's own measure word
        first_rx = re.compile(rf"第一{measure}|一{measure}(?:就)?(?:是|为|叫做|叫|在)?")
        next_rx = rf"(?:另|另外|还有|再)?一{measure}(?:就)?(?:是|为|叫做|叫|在)?|第{{n}}{measure}"
    first = None
    for hit in first_rx.finditer(text, start, min(stop, start + 120)):
        first = hit
        break
    if first is None:
        return None
    items = [item_clause(text[first.end() :])]
    spans = [Span(frame.span.paragraph, first.end(), first.end() + len(items[0]))]
    pos = first.end() + max(1, len(items[0]))
    for k in range(2, frame.number + 1):
        nxt = re.compile(next_rx.format(n=_CN[k - 1])).search(text, pos, stop)
        if nxt is None:
            return None
        item = item_clause(text[nxt.end() :])
        if not item:
            return None
        items.append(item)
        spans.append(Span(frame.span.paragraph, nxt.end(), nxt.end() + len(item)))
        pos = nxt.end() + max(1, len(item))
    items = [clean_item(i) or i for i in items]
    noun = counted_noun(frame)
    if any(not (1 <= len(i) <= 40) or (noun and i.startswith(noun)) for i in items):
        return None  # 这是第一条战线: the ordinal names the noun, its item stands before
    if len(set(items)) != len(items):
        return None
    return items, spans


_CLAUSE_MARK = re.compile(r"[，,；;：:]")


SENTENCE_MARK = re.compile(r"[。！？!?]")


_LEAD_WORDS = re.compile(
    r"^(?:然后|而且|并且|同时|还有|以及|也|还|又|再|而|但|就是|即|是|有人|一个是|一是)"
)


TAIL_WORDS = re.compile(r"(?:的|等|等等|这样|那样)$")


_ORDINAL_LEAD = re.compile(
    r"^[^，,]{0,6}?(?:首先|其次|再次|最后|第[一二三四五六七八九十][个条点]?|[一二三四五六七八九十]是)"
)


def _pieces(chunks: list[str]) -> list[str]:
    """Chunks of text as items: without the words that tie them to the sentence (然后, 也,
    一是, 车间里首先 …) and a closing 的/等."""
    out = []
    for chunk in chunks:
        piece = chunk.strip(' “”"‘’「」（）()')
        piece = _ORDINAL_LEAD.sub("", piece).lstrip("，,、 ") or piece
        piece = TAIL_WORDS.sub("", _LEAD_WORDS.sub("", piece))
        out.append(piece.strip(' “”"‘’'))
    return out


# 这也是事实, 这是梦想, 这对于…有利: a clause that opens by pointing back remarks on what came
# before it; it is no item of a list (这就是A opens an apposition and stays)
_REMARK = re.compile(r"(?:这|那)(?:也|又|才|正)?(?:是|对于)")


def _usable(items: list[str], number: int, longest: int = 40) -> bool:
    if len(items) != number or any(not (2 <= len(i) <= longest) for i in items):
        return False
    if any(_REMARK.match(i) for i in items):
        return False
    return len(set(items)) == number


def items_before(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The items a back-reference (这两种, 上述三项) points at, read from the text just before
    the pointer's clause, the first cut that gives exactly as many parts as the number says.
    Inside a sentence (工人和农民的联盟，因为这两个阶级): a list (A、B和C) in the clause before,
    else the clauses before. Opening a sentence: the sentences before when they are parallel
    (each 这是一种…错误; 第一…第二…), else a list in the last clause before, else the last
    clauses, else the sentences."""
    text = lay.paragraphs[frame.span.paragraph].text
    pointer = BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start])
    end = frame.span.start - (len(pointer.group()) if pointer else 0)
    marks = [m.end() for m in re.finditer(r"[，,；;：:。！？!?]", text[:end])]
    cut = marks[-1] if marks else 0
    opens_sentence = bool(marks) and text[cut - 1] in "。！？!?"
    head = text[:cut].rstrip("，,；;：:。！？!? ")
    n = frame.number
    starts = [0] + [m.end() for m in SENTENCE_MARK.finditer(head)]
    sentences = [head[a:b] for a, b in zip(starts, [*starts[1:], len(head)]) if head[a:b].strip()]
    if not sentences:
        return None
    last = sentences[-1] if opens_sentence else head[starts[-1] :]
    clauses = [c for c in _CLAUSE_MARK.split(last) if c.strip()]
    while len(clauses) > n and clauses[-1].strip() == clauses[-2].strip():
        clauses = clauses[:-2]  # A，B，很好，很好。这两件事: a remark said twice closes the list
    tries: list[list[str]] = []
    if not opens_sentence and not text[cut:end].strip() and len(clauses) == n:
        # A，B，这两大因素，已经…: the pointer opens a clause right after the sentence's only
        # n clauses, the subjects it sums up (a list inside one of them is part of that item:
        # 世界各国人民的日益左倾及其反对本国和外国反动势力的斗争的日益发展)
        tries.append(clauses)
    if opens_sentence and len(clauses) == n and parallel_run(clauses):
        # 这里面着重全乡的规划，全县的规划。要抓住这两个环节: the last sentence is itself the
        # parallel list, before any sentences that share its words (its first clause without
        # the words that lead into the list: 这里面着重)
        tries.append([first_unit(clauses[0], clauses[1:]), *clauses[1:]])
    if opens_sentence and len(sentences) >= n and parallel_run(sentences[-n:]):
        tries.append(sentences[-n:])
    if clauses:
        tries.append(clause_list(clauses[-1], n))
    tries.append(clauses[-n:] if len(clauses) >= n else [])
    if opens_sentence:
        tries.append(sentences[-n:] if len(sentences) >= n else [])
    for parts in tries:
        items = _pieces(parts)
        if _usable(items, n, 80):
            spans = _spans_before(text, items, cut, frame.span.paragraph)
            if spans is None:
                spans, pos = [], max(0, cut - sum(len(p) + 1 for p in parts) - 2)
                for item in items:
                    at = max(text.find(item, pos, cut), pos)
                    spans.append(Span(frame.span.paragraph, at, at + len(item)))
                    pos = at + len(item)
            return items, spans
    return None


def _spans_before(text: str, items: list[str], cut: int, paragraph: int) -> list[Span] | None:
    """Where ``items`` stand in ``text`` before ``cut``, in order, found from the last one
    back (each before the next); None when one is not there. The items are cut out of the
    clauses before the pointer, so they are in the text, but a list read inside a clause
    (对于主观主义和宗派主义最后地“将一军”) is shorter than its clause, and the spans measured
    from the clauses' lengths marked 派主义最 and 后地“将 for 主观主义 and 宗派主义."""
    spans: list[Span] = []
    limit = cut
    for item in reversed(items):
        at = text.rfind(item, 0, limit)
        if at < 0:
            return None
        spans.append(Span(paragraph, at, at + len(item)))
        limit = at
    return spans[::-1]


_JOIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:以及|和|与|及)(?=[\u4e00-\u9fff])")


_ORDINAL_OPEN = re.compile(
    r"[^，,]{0,12}?(?:第[一二三四五六七八九十]|[一二三四五六七八九十]是|首先|其次|最后)"
)


def clause_list(clause: str, n: int) -> list[str]:
    """A clause's list of ``n`` (A、B和C / A和B), or nothing."""
    parts = clause.split("、")
    if len(parts) == n - 1:
        parts = parts[:-1] + _JOIN.split(parts[-1], maxsplit=1)
    elif len(parts) == 1:
        parts = _JOIN.split(clause)
    if n == 2 and len(parts) == 2 and "、" not in clause:
        parts = _joined_nouns(parts)
    return parts if len(parts) == n else []


def _joined_nouns(parts: list[str]) -> list[str]:
    """那就算对于主观主义和宗派主义最后地“将一军” -> 主观主义 / 宗派主义: when the second side
    of a 和 runs on past its nouns into the clause's predicate, the items are those nouns and
    as many words of the first side (the lead before it is no part of the item)."""
    second = leading_noun(parts[1])
    if second == parts[1] or re.match(r"[上下中里内外]?的", parts[1][len(second) :]):
        return parts  # 李立三同志的“左”倾机会主义: the nouns own what follows, they are no item
    first = tail_as_long(words(parts[0]), len(words(second)), len(second))
    if "的" in first or len(first) < 2:
        return parts  # 满足客户需求的技术创新: a cut inside a 的-phrase names nothing
    return [first, second]


def parallel_run(sentences: list[str]) -> bool:
    """Sentences that read as a run of items: each opens with an ordinal, or they share a
    stretch of three characters or more (这是一种极端错误的…)."""
    if all(_ORDINAL_OPEN.match(x) for x in sentences[1:]):
        return True
    first = sentences[0]
    grams = {first[i : i + 3] for i in range(len(first) - 2)}
    grams = {g for g in grams if re.fullmatch(r"[\u4e00-\u9fff]{3}", g)}
    return all(any(g in x for g in grams) for x in sentences[1:])


_NAMED_COUNTERS = ("", "个", "条", "种", "类", "项", "点", "件", "大")


def named_ordinal_items(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """A，这是第一条战线。…第二条战线，这就是B: items named by ordinals that repeat the count's
    noun, each the clause before a 这是第N… or the clause after a 第N…，这就是/是/：, in order
    in the count's paragraph after it."""
    full = counted_noun(frame)
    if not full:
        return None
    paragraph = frame.span.paragraph
    text = lay.paragraphs[paragraph].text
    items: list[str] = []
    spans: list[Span] = []
    pos = frame.span.end
    for k in range(1, frame.number + 1):
        hits = [
            (text.find(f"第{_CN[k - 1]}{c}{noun}", pos), len(f"第{_CN[k - 1]}{c}{noun}"))
            for noun in dict.fromkeys((full, full[:2]))
            for c in _NAMED_COUNTERS
        ]
        hits = [h for h in hits if h[0] >= 0]
        if not hits:
            return None
        at, size = min(hits, key=lambda h: (h[0], -h[1]))
        head = text[:at]
        pointer = re.search(r"[，,]\s*(?:这|这就|这也|就|也)?是$", head)
        tail = re.match(r"[，,]?\s*(?:这就是|就是|是|即|为)[：:]?|[：:]", text[at + size :])
        if pointer:
            clause = _CLAUSE_MARK.split(re.split(r"[。！？!?]", head[: pointer.start()])[-1])[-1]
            item, start = clause.strip(), pointer.start() - len(clause)
        elif tail:
            start = at + size + tail.end()
            item = item_clause(text[start:])
        else:
            return None
        item = _pieces([item])[0]
        if not (2 <= len(item) <= 40):
            return None
        items.append(item)
        spans.append(Span(paragraph, max(0, start), max(0, start) + len(item)))
        pos = at + size
    return items, spans


def items_around(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The items the text spells out around an unlisted count, as :func:`adopt` reads them:
    the list before a pointer (这三股歪风), else the enumeration after the count (一门叫做…
    一门叫做…), else the items beside ordinals naming its noun; None when there are none."""
    text = lay.paragraphs[frame.span.paragraph].text
    back = BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start])
    before = items_before(lay, frame) if back else None
    return before or enumerated_items(lay, frame) or named_ordinal_items(lay, frame)


def is_pronoun(frame: Frame) -> bool:
    """两者, 二者, 三者 (and 两者之间 …): a count that is a pronoun for things just named; the
    second look leaves these to :func:`drafter.study.frames.closing_lists.closing_items`."""
    return bool(re.match(rf"{NUMERAL}者", frame.phrase))
