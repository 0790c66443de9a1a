"""Items a long text names by ordinals that echo the count, sentences or paragraphs apart:
分为两个时期。去年一月至九月为第一时期，即组织时期。…（many sentences）…十月至今年一月为第二时期，即
革命时期 / 可分为三个阶段。一九三七年至一九四○年为第一个阶段。…¶ 一九四一年和一九四二年为第二阶段 /
有两种不同的变化。第一种是向下的。…然而必须看到第二种变化，即向上的变化.

An essay that counts its parts and then talks about each at length does not open each part
with an enumerator at a clause boundary (the shape :mod:`drafter.study.frames.forward` reads):
it names the part in passing, with 第N and the count's own noun or counter, and says what the
part is right there — after 即 / 是 / 为 / ：, or before 为 / 是 (X为第一个阶段). The reader
takes those namings in order over the count's paragraph and the paragraphs after it, exactly
as many as the number; a skipped ordinal, one past the number, or a naming it cannot read
leaves the count without items. A later naming of an ordinal already read (这第二种变化) is a
re-mention and is passed over.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span

_NUM = "[一二三四五六七八九十两]"
_COUNTERS = "部分|方面|个|种|条|项|点|类|件|层|步|批|次|大"
_PHRASE = re.compile(rf"({_NUM}{{1,2}})({_COUNTERS})?")
_ORDINAL = re.compile(rf"第([一二三四五六七八九十]{{1,2}})({_COUNTERS})?")
# what names the part after its ordinal: 第一时期，即组织时期 / 第一种是向下的 / 第二阶段：…
_TAIL = re.compile(r"(?:[，,]\s*)?(?:这就是|也就是|就是|即|叫做|是|为)[：:]?|[：:]")
# what names it before: 一九三七年至一九四○年为第一个阶段 / …，这是第一条
_HEAD = re.compile(r"(?:[，,]\s*(?:这|这就|这也|就|也|此)?是|为|作为)$")
_CLAUSE = re.compile(r"[，,；;。！？!?：:（(]")
_POINTERS = ("这", "那", "此", "上述", "以上", "这些")
# how far the parts may run on: the count's paragraph and this many after it
_PARAGRAPHS = 8


def _counter_and_keys(phrase: str) -> tuple[str, list[str]]:
    """The counter of a counted phrase and the words an ordinal may echo of its noun
    (两种不同的变化 -> 种, [不同的变化, 变化]); no keys for a noun shorter than two characters."""
    m = _PHRASE.search(phrase)
    if not m:
        return "", []
    noun = phrase[m.end() :].strip('“”"‘’')
    keys = [k for k in dict.fromkeys((noun, noun[-2:])) if len(k) >= 2]
    return m.group(2) or "", keys


def _named(text: str, ordinal: re.Match, counter: str, keys: list[str]) -> int | None:
    """Where the naming of an ordinal ends when it echoes the count — its noun (第一时期,
    第二种变化) or its own counter other than the all-purpose 个 (第一种) — else None."""
    c = ordinal.group(2) or ""
    if c and counter and c != counter:
        return None
    for key in keys:
        if text.startswith(key, ordinal.end()):
            return ordinal.end() + len(key)
    if c and c == counter and c != "个":
        return ordinal.end()
    return None


def _rival(counter: str, keys: list[str], number: int) -> re.Pattern:
    """Another count of the same number and noun (可以分为三个阶段 after 三个不同的阶段): the
    ordinals after it are its parts, not the first count's."""
    numeral = "两二" if number == 2 else "一二三四五六七八九十"[number - 1]
    nouns = "|".join(re.escape(k) for k in keys) or re.escape(counter)
    return re.compile(rf"[{numeral}](?:{_COUNTERS})?[\u4e00-\u9fff]{{0,4}}?(?:{nouns})")


def _item_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The part an ordinal naming (``text[start:end]``) says: the clause after 即 / 是 / ：, else
    the clause before 为 / 是; None when neither is there or it is no short phrase."""
    tail = _TAIL.match(text, end)
    if tail:
        at = tail.end()
        stop = _CLAUSE.search(text, at)
        item = text[at : stop.start() if stop else len(text)].strip(' “”"')
        if 2 <= len(item) <= 40:
            return item, text.find(item, at)
    head = _HEAD.search(text, 0, start)
    if head:
        clause = _CLAUSE.split(text[: head.start()])[-1]
        item = clause.strip(' “”"')
        if 2 <= len(item) <= 40:
            return item, head.start() - len(clause) + clause.find(item)
    return None


def ordinal_namings(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The parts of a count named 第一… 第N… with its noun or counter, in order, in its
    paragraph after it and the paragraphs that follow (not past a heading), each read where it is
    named (see the module's docstring); None unless exactly ``frame.number`` are read."""
    counter, keys = _counter_and_keys(frame.phrase)
    number = frame.number
    first = lay.paragraphs[frame.span.paragraph].text
    if not 2 <= number <= 10 or not (keys or counter not in ("", "个", "大")):
        return None
    if first[max(0, frame.span.start - 2) : frame.span.start].endswith(_POINTERS):
        return None  # 这两种: a pointer to parts already given
    items: list[str] = []
    spans: list[Span] = []
    last = min(len(lay.paragraphs), frame.span.paragraph + 1 + _PARAGRAPHS)
    for p in range(frame.span.paragraph, last):
        para = lay.paragraphs[p]
        if p > frame.span.paragraph and para.is_heading:
            break
        text = para.text
        pos = frame.span.end if p == frame.span.paragraph else 0
        for ordinal in _ORDINAL.finditer(text, pos):
            end = _named(text, ordinal, counter, keys)
            if end is None:
                continue
            n = parse_cn_number(ordinal.group(1))
            if n is not None and n <= len(items):
                continue  # 这第二种变化: a part named again
            if n != len(items) + 1:
                return None  # an ordinal skipped, or one past the number
            # (the rival pattern compiled only here, at most once a call: most counts never
            # reach a first ordinal, and compiling it for each cost mining a tenth of its time)
            if not items and _rival(counter, keys, number).search(text, pos, ordinal.start()):
                return None  # the count said again just before the run: the run is its own
            read = _item_at(text, ordinal.start(), end)
            if read is None:
                return None
            item, at = read
            items.append(item)
            spans.append(Span(p, at, at + len(item)))
        if len(items) == number:
            return items, spans
    return None
