"""The units AFTER a count named one by one with its own counter and noun: 第一张皮…第五张皮 /
一只手…一只手 / 一类员工…另一类员工 / 一是…另外就是.

:func:`repeated_heads` reads them, for :func:`~drafter.study.frames.finders.resolve` when no
finder of a shape read the count's items, and for the second look.
"""

from __future__ import annotations

import functools
import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.text import item_clause

_ORDINAL_HEAD = re.compile(r"第([一二三四五六七八九十]{1,2})")
_ONE_HEAD = re.compile(r"(另外|另|还有|再)?一")
_CLOSING = re.compile(r"(?:另外|此外|还有)(?:一(?:个|点|条)?)?(?:就)?是[，,：:]?")
_SHI_HEAD = re.compile(r"([一二三四五六七八九十]{1,2})是[，,：:]?")
_HEAD_BOUNDARY = "，,；;。！？!?：:\n"
_ITEM_LEAD = re.compile(r"^(?:[，,：:]|就是|是|为|叫做|叫)+")


def _counter_noun(frame: Frame) -> tuple[str, str]:
    """The counter and the noun of ``frame``'s phrase (五张“皮” -> 张, 皮; 两类人 -> 类, 人)."""
    m = re.match(r"[一二三四五六七八九十两]{1,2}([\u4e00-\u9fff])(.*)", frame.phrase)
    if not m:
        return "", ""
    return m.group(1), re.sub(r"[“”\"‘’「」]", "", m.group(2))


@functools.cache
def _ordinal_counted(counter: str) -> re.Pattern:
    """第一条, 第二个: an ordinal of ``counter``, compiled once for each counter (as a string it
    was compiled again whenever mining's per-noun patterns had pushed it out of re's cache)."""
    return re.compile(f"第[一二三四五六七八九十]{{1,2}}{re.escape(counter)}")


def repeated_heads(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The ``frame.number`` units after the count that each open on the count's own counter
    and noun with an ordinal (第一张皮，是A。第二张皮，是B / 一只手跟他作斗争，一只手跟他讲团结 /
    一类员工…；另一类员工…), or a run of 一是… closed by 另外(就)是 (一是A；另外就是B): exactly
    that many, at clause starts, in the count's paragraph; None otherwise."""
    number = frame.number
    if not 2 <= number <= 10:
        return None
    counter, noun = _counter_noun(frame)
    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    start = span.end
    stop = min(len(text), start + 150 * number)
    window = text[start:stop]
    heads = (
        _noun_heads(text, start, stop, counter, noun, number)
        if counter and (f"一{counter}" in window or _ordinal_counted(counter).search(window))
        else None
    )
    if not heads and "是" in window and re.search(r"另外|此外|还有", window):
        heads = _closed_run(text, start, stop, number)
    if not heads:
        return None
    items, spans = [], []
    for at in heads:
        lead = _ITEM_LEAD.match(text[at:])
        at += lead.end() if lead else 0
        item = clean_item(item_clause(text[at:])).strip(' “”"‘’「」') if at < len(text) else ""
        if not item or len(item) > 40:
            return None
        items.append(item)
        spans.append(Span(span.paragraph, at, at + len(item)))
    if len(set(items)) != number:
        return None
    return items, spans


def _at_boundary(text: str, at: int, start: int) -> bool:
    return at == start or text[at - 1] in _HEAD_BOUNDARY


def _heads(rx, text, start, stop, tail: str, optional: str = "") -> list[tuple[re.Match, int]]:
    """Matches of ``rx`` at clause starts followed by ``tail`` (then ``optional`` if there),
    each with where its unit starts (fixed patterns: no pattern built per count)."""
    out = []
    for m in rx.finditer(text, start, stop):
        if not _at_boundary(text, m.start(), start) or not text.startswith(tail, m.end()):
            continue
        at = m.end() + len(tail)
        if optional and text.startswith(optional, at):
            at += len(optional)
        out.append((m, at))
    return out


def _noun_heads(text, start, stop, counter, noun, number) -> list[int] | None:
    """Where each unit starts after its head 第k + counter (+ noun) or 一/另一 + counter + noun,
    exactly ``number`` heads of one kind at clause starts (the first in the count's sentence
    or the next), none numbered past ``number``."""
    found = [
        (parse_cn_number(m.group(1)), at)
        for m, at in _heads(_ORDINAL_HEAD, text, start, stop, counter, noun[:2])
    ]
    if [n for n, _ in found[:number]] == list(range(1, number + 1)) and not any(
        n == number + 1 for n, _ in found
    ):
        return [at for _, at in found[:number]]
    if not noun:
        return None  # 一个…一个 without a noun is any count of things
    hits = _heads(_ONE_HEAD, text, start, stop, counter + noun[:2])
    if not hits and counter in "类种":
        # 两类人，一类员工…；另一类员工…: kinds named afresh, the last one "another"
        hits = [
            (m, at)
            for m, at in _heads(_ONE_HEAD, text, start, stop, counter)
            if re.match(r"[\u4e00-\u9fff]", text[at : at + 1])
        ]
        if not hits or not hits[-1][0].group(1):
            return None
    if len(hits) > number and not re.search(
        r"[。！？!?]", text[hits[0][0].start() : hits[number - 1][0].start()]
    ):
        hits = hits[
            :number
        ]  # 一只手跟他作斗争，一只手跟他讲团结。…这是一只手: the first sentence's
    if len(hits) != number or hits[0][0].group(1):
        return None
    first = hits[0][0].start()
    first_end = text.find("。", start)
    if 0 <= first_end < first - 1 and text.find("。", first_end + 1, first) >= 0:
        return None  # the first head stands past the next sentence: not this count's
    return [at for _, at in hits]


def _closed_run(text, start, stop, number) -> list[int] | None:
    """一是A；二是B；另外就是C: a run of 一是… one short of ``number``, closed by 另外(就)是."""
    heads: list[int] = []
    pos = start
    for k in range(1, number):
        m = None
        for hit in _SHI_HEAD.finditer(text, pos, stop):
            if _at_boundary(text, hit.start(), start):
                m = hit
                break
        if m is None or parse_cn_number(m.group(1)) != k:
            return None
        heads.append(m.end())
        pos = m.end()
    close = next(
        (c for c in _CLOSING.finditer(text, pos, stop) if _at_boundary(text, c.start(), start)),
        None,
    )
    if close is None or _SHI_HEAD.search(text, pos, close.start()):
        return None
    heads.append(close.end())
    return heads
