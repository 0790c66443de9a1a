"""Counts written with a measure word the frame rules do not take for a counter.

The rules of :mod:`drafter.study.frames` make a mention only of a number before a counter of
summaries (个, 种, 条, 点, 方面 …). Speeches also count with the measure words of everyday
speech — 两手 (都要抓), 两门 (知识), 两批人, 两套本领, 三股歪风, 二则空难, 十端 —
and over the hand-made gold groups these were the largest class of frames with no candidate
at all (notes f11-cands): no rule ever saw them, so neither could the second look of
:mod:`drafter.study.frames.refused_counts`. These counts are far more often counts of things (两批货,
三支队伍) than summaries, so they are never kept here: each becomes a refused count
(reason ``"measure"``) that the second look scores like any other, and its items are read by
the enumerations of the measure itself (一门叫做A，一门叫做B; 一批是A，一批是B). 两面 is no
count of sides: 两面性, 两面派, 两面政策, 正反两面 name one thing's two sides, no summary even
when the faces are spelled (gold README, "Settled, session 26"); 面 counts flags only (两面大旗;
两面红旗 is the rules' own).
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.nouns import is_function_word, noun_after
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

# Measure words of abstract or collective things that are not counters of the rules; 派 张 段 组
# 番 朵 come from the corpus inventory (bench/measure_inventory.py: measure words after a count
# in three or more texts), which leaves out units that count persons, documents, troops or
# pieces (位 篇 部 块 …): the gold never takes those for a summary.
# 场 (打好三场硬仗) counts battles and meetings far more than summaries: a count of it is kept
# only as the count of the sections a lead announces (rule_pass, session 46), never weighed.
MEASURES = "面手端门批支套则股步道招轮次派张段组番朵场"
_NUM = "[二三四五六七八九十两]"
_RE_MEASURED = re.compile(
    rf"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.', _NUM)}{_NUM}?)([{MEASURES}])"
    r"(?![一二三四五六七八九十两])"
)
# 两面红旗 is the rules' own (面 before 旗); 三门峡, 两手空空, 三步并作, 三级跳: names and sayings
_NOT_A_COUNT = re.compile(r"(?:面(?:红旗|旗)|门峡|手空空|步并作|级跳)")


def measured_counts(lay: Layout, covered: set[tuple[int, int]]) -> list[Frame]:
    """Every count of 2-12 written with one of ``MEASURES``, as a frame of its numeral,
    measure and noun (两门知识, 两手, 三股歪风), not inside a mention already made
    (``covered`` holds (paragraph, character) of every character of those)."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_MEASURED):
        numeral = m.group(1)
        if len(numeral) == 2 and "十" not in numeral:
            continue  # 三五步: a rough count
        number = parse_cn_number(numeral)
        if not number or not 2 <= number <= 12:
            continue
        text = para.text
        if (para.index, m.start()) in covered or _NOT_A_COUNT.match(text, m.start(2)):
            continue
        measure = m.group(2)
        if measure == "面" and not re.match(r"[^，,。；;]{1,2}旗", text[m.end() :]):
            continue  # 两面性, 两面政策, 正反两面, 四面包围: sides of one thing; 两面大旗 counts
        if numeral == "二" and measure in "次手":
            continue  # 二次审批, 二次创业, 二手: "a second (hand)" — a count says 两次, 两手
        if re.search(rf"{_NUM}、$", text[max(0, m.start() - 2) : m.start()]):
            continue  # 四、五支队: a rough count, or two numbered units
        if re.search(rf"(?<!第)一{measure}", text[max(0, m.start() - 60) : m.start()]):
            continue  # 一则…二则, 一面…两面: the second of an enumeration, no count
        if _inside_word(text, m.start()):
            continue  # 党八股, 胡说八道: the number is part of a word
        noun = noun_after(text[m.end() :])
        if is_function_word(noun):
            noun = ""  # 这样两步之后: a time or place word after the count, no noun of it
        end = m.end() + len(noun)
        out.append(Frame(text[m.start() : end], number, Span(para.index, m.start(), end)))
    return out


def _inside_word(text: str, start: int) -> bool:
    """Whether the word segmenter reads the number at ``start`` as the middle of a word
    with the characters before it (党八股, 胡说八道), not as the start of a count. A word it
    tags as a numeral holds the count whatever it glued before it (分三步推进 is one word
    to jieba, 分两步 two): only a rough count (数十支, 几十) is no count there."""
    lead = max(0, start - 4)
    pos = lead
    for word, tag in tagged(text[lead : start + 3]):
        if pos == start:
            return False
        if pos > start:
            return True
        if pos + len(word) > start:
            prefix = text[pos:start]
            return not (tag == "m" and not re.search(r"[数几多上成好约近]", prefix))
        pos += len(word)
    return pos != start


_SPELLED_AFTER = re.compile(r"[^，,。；;！？!?]{0,4}?[：:]|[，,]?(?:即|也就是|就是)[^是]")


def spelled_out(lay: Layout, frame: Frame) -> bool:
    """Whether the text shows a measure count is a summary though no item reader read its
    items: it is a heading of its own (两套办法), a colon or 即 follows it (三步曲，即…;
    两次体验：第一次…), or as many parts joined by 、 stand right before it (正、反两面;
    内、外合规两手)."""
    para = lay.paragraphs[frame.span.paragraph]
    text = para.text
    if para.is_heading or _SPELLED_AFTER.match(text, frame.span.end):
        return True
    clause = re.split(r"[，,。；;：:！？!?（）()]", text[: frame.span.start])[-1]
    parts = clause.split("、")
    return len(parts) == frame.number and all(1 <= len(p) <= 8 for p in parts)


def parts_before(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The parts joined by 、 right before a count, as many as it says (歼灭敌人、唤起民众两套
    本领 -> 歼灭敌人, 唤起民众), each of 2 to 8 characters; the first loses the words that
    open its clause while it is longer than the others (人人学会歼灭敌人)."""
    text = lay.paragraphs[frame.span.paragraph].text
    clause = re.split(r"[，,。；;：:！？!?（）()]", text[: frame.span.start])[-1]
    parts = clause.split("、")
    if len(parts) != frame.number or not all(2 <= len(p) <= 8 for p in parts):
        return None  # 搞两面派、做两面人: one character is no item
    longest = max(len(p) for p in parts[1:])
    cut = words(parts[0])
    while len(cut) > 1 and len("".join(cut)) > longest and len("".join(cut[1:])) >= 2:
        cut = cut[1:]  # 人人学会歼灭敌人 -> 歼灭敌人, 建强用好产业 -> 产业
    parts[0] = "".join(cut)
    if len(parts[0]) < 2:
        return None
    spans, pos = [], frame.span.start
    for part in reversed(parts):
        at = text.rfind(part, 0, pos)
        spans.insert(0, Span(frame.span.paragraph, at, at + len(part)))
        pos = at
    return parts, spans


def own_measure(frame: Frame) -> str:
    """The measure word of a count :func:`measured_counts` made (两门知识 -> 门), else ''."""
    m = _RE_MEASURED.match(frame.phrase)
    return m.group(2) if m else ""


_TIMES = re.compile(r"第([一二三四五六七八九十])次")
_OPENS = "。；;，,：:！？!?\n"


def times_run(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """三次反共高潮 … 第一次是在…。第二次…。第三次…: a count of events by 次 taken up one by
    one, 第一次 to 第N次 in order, each opening a clause (在第一次大战和第二次大战之间 is no
    run), in the count's paragraph after it or opening the paragraphs right after, and no
    第N+1次: the items are the clauses after each ordinal. None otherwise — a count of times
    is no summary unless the speaker goes through its events so (两次体验：第一次…第二次…)."""
    if own_measure(frame) != "次" or not 2 <= frame.number <= 9:
        return None
    items: list[str] = []
    spans: list[Span] = []
    index, pos = frame.span.paragraph, frame.span.end
    k = 1
    while (
        k <= frame.number
        and index < len(lay.paragraphs)
        and index <= frame.span.paragraph + frame.number
    ):
        text = lay.paragraphs[index].text
        hit = _TIMES.search(text, pos)
        if hit is None:
            index, pos = index + 1, 0
            continue
        if parse_cn_number(hit.group(1)) != k:
            return None
        if hit.start() and text[hit.start() - 1] not in _OPENS and text[: hit.start()].strip():
            return None
        start = hit.end()
        while start < len(text) and text[start] in "，,：:是":
            start += 1
        item = re.split(r"[，,。；;！？!?]", text[start:], maxsplit=1)[0]
        if not 1 <= len(item) <= 40:
            return None
        items.append(item)
        spans.append(Span(index, start, start + len(item)))
        pos, k = start, k + 1
    if len(items) != frame.number:
        return None
    if len(set(items)) == 1:
        # 第一次飞跃，发生在…。第二次飞跃，…: each ordinal names the noun again; the clause
        # after it says which
        items, spans = _clauses_after(lay, spans)
        if len(set(items)) != len(items) or not all(1 <= len(i) <= 40 for i in items):
            return None
    last = lay.paragraphs[spans[-1].paragraph].text
    if (
        _TIMES.search(last, spans[-1].end)
        and parse_cn_number(_TIMES.search(last, spans[-1].end).group(1)) == frame.number + 1
    ):
        return None
    return items, spans


def _clauses_after(lay: Layout, spans: list[Span]) -> tuple[list[str], list[Span]]:
    """The clause after each span (past the comma that ends it)."""
    items, out = [], []
    for span in spans:
        text = lay.paragraphs[span.paragraph].text
        start = span.end
        while start < len(text) and text[start] in "，,：:":
            start += 1
        item = re.split(r"[，,。；;！？!?]", text[start:], maxsplit=1)[0]
        items.append(item)
        out.append(Span(span.paragraph, start, start + len(item)))
    return items, out
