"""Roadmaps that list the headings to come (目录式提纲句).

A long essay or report may announce its parts by naming them, one by one, in the order the
sections that follow take them up: 主要的方针有下列各项：（一）…；（二）和正规战争相配合；… (then
第四章 … 第五章　和正规战争相配合 …), 我们将依次说明下列的问题：能动性在战争中，战争和政治，… (then
the sections 战争和政治, 抗日的政治动员 …), 从农业、工业、财政贸易、文化教育这四个主要方面… (then
第一，农业生产… 第二，工业生产… …). No verb of talk need be there, and the sentence need not end
its paragraph: what makes it a roadmap is that its items are the headings that follow, each
item's words in its own heading, in order. The lead must still point ahead or count (下列 /
以下 / 如下, 四个方面, 分六个部分): a list of goals that happens to share words with the
headings (主要目标是：…) announces nothing.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout, Node
from drafter.study.model import Roadmap, Span
from drafter.study.roadmap.inline import in_quotes
from drafter.study.roadmap.pointers import AHEAD, colon_count
from drafter.study.text import sentences

# a marker opening a listed item (（一） / 一、 / 1、 / 第一，), which no heading's words share
_ITEM_MARK = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]"
    r"|[0-9０-９]{1,2}[、．.]|第[一二三四五六七八九十]{1,3}[、，,])\s*"
)
# topics named one by one before their count of 方面 (农业、工业、财政贸易、文化教育这四个主要方面)
_TOPIC_LIST = re.compile(
    r"([\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+(?:[和与及][\u4e00-\u9fff]{2,10})?)"
    r"(?:这|等)?([两二三四五六七八九十])个(?:主要|重要|基本)?方面"
)
# what takes the topics up before the first of them (从农业、… / 就…、…): not part of its words
_TAKES_UP = re.compile(r"从|就|对于?|围绕|关于")
# the talk's own division into parts (报告分六个部分：…), a count of its own
_DIVIDED = re.compile(r"分[成为]?([两二三四五六七八九十])个?(?:部分|方面|问题)")
_CN = "一二三四五六七八九十"


def listed_contents(lay: Layout, idx: int) -> list[Roadmap]:
    """The sentences of paragraph ``idx`` that list, one by one, the headings that follow
    (see the module's doc); each linked to the sections its items name."""
    text = lay.paragraphs[idx].text
    if lay.paragraphs[idx].is_heading or not ("：" in text or ":" in text or "方面" in text):
        return []  # no list after a colon and no counted topics: most paragraphs
    out: list[Roadmap] = []
    for sent in sentences(text):
        listed = _listed(sent.text)
        if listed is None:
            continue
        items, count = listed
        sections = _sections_named(lay, idx, items, count)
        if sections:
            span = Span(idx, sent.start, sent.end)
            out.append(Roadmap(sent.text.strip(), span, count, sections, rule="listed contents"))
    return out


def _listed(sentence: str) -> tuple[list[str], int | None] | None:
    """The items a sentence lists and the count it names (``None`` for none): the items after
    a colon whose lead points ahead or counts (主要的方针有下列各项：A；B；…), or topics named
    before a count of 方面; ``None`` when it lists nothing so announced."""
    colon = re.search(r"[：:]", sentence)
    if colon and not in_quotes(sentence, colon.start()):
        lead = re.split(r"[，,；;。]", sentence[: colon.start()])[-1]
        named = colon_count(lead + "：")
        divided = _DIVIDED.search(lead)
        if divided:
            named = _CN.index(divided.group(1)) + 1 if divided.group(1) in _CN else 2
        if named is False and not AHEAD.search(lead):
            return None
        rest = sentence[colon.end() :].strip().rstrip("。 ")
        for marks in ("[；;]", "[，,]", "、"):
            items = [_ITEM_MARK.sub("", i).strip() for i in re.split(marks, rest)]
            items = [i for i in items if len(i) >= 2]
            if len(items) >= 3:
                return items, None if named is False else named
        return None
    topics = _TOPIC_LIST.search(sentence)
    if topics is None or in_quotes(sentence, topics.start()):
        return None
    items = topics.group(1).split("、")
    items[0] = _TAKES_UP.split(items[0])[-1]
    last = re.split(r"[和与及]", items[-1])
    if len(last) == 2 and all(len(w) >= 2 for w in last):
        items = items[:-1] + last
    count = _CN.index(topics.group(2)) + 1 if topics.group(2) in _CN else 2
    return (items, count) if count == len(items) else None


def _sections_named(lay: Layout, idx: int, items: list[str], count: int | None) -> list[int]:
    """The sections the ``items`` name in order: the headings after paragraph ``idx`` (the
    first of them and its siblings on), or the section ``idx`` stands in and its siblings on
    when the first item names that section (its part then runs from the paragraph after
    ``idx``). Empty unless three or more headings take every item, as many as ``count``."""
    after = next((n for n in lay.nodes() if n.heading > idx), None)
    runs: list[tuple[list[Node], bool]] = []
    if after is not None:
        runs.append((_on_from(lay, after), False))
    here = lay.by_paragraph.get(idx)
    if here is not None and idx in here.own and idx + 1 in here.own:
        runs.append((_on_from(lay, here), True))
    for nodes, inside in runs:
        used = _aligned(items, [n.section.heading for n in nodes])
        if used < 3 or (count is not None and used != count):
            continue
        sections = [n.heading for n in nodes[:used]]
        return [idx + 1, *sections[1:]] if inside else sections
    return []


def _on_from(lay: Layout, node: Node) -> list[Node]:
    """``node`` and the sibling sections after it."""
    siblings = lay.siblings_of(node.parent)
    return siblings[siblings.index(node) :]


def _bigrams(text: str) -> set[str]:
    """The two-character words ``text`` may share with another (not across 的 or a stop)."""
    return {
        text[k : k + 2]
        for k in range(len(text) - 1)
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[k : k + 2]) and "的" not in text[k : k + 2]
    }


def _likeness(item: str, heading: str) -> float:
    """How much of the shorter of ``item`` and ``heading`` the other holds (its two-character
    words): 1.0 for 主动性 and 主动性，灵活性，计划性, 0.2 for two words of a long goal that a
    heading happens to use too."""
    a, b = _bigrams(item), _bigrams(heading)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _aligned(items: list[str], headings: list[str]) -> int:
    """How many of ``headings`` (from the first) take ``items`` in order — each item in the
    heading at hand or the next, which it must match better to move on, half its words or more
    in it; several items may share a heading (防御中的进攻，持久中的速决，内线中的外线). 0 when
    some item finds no heading."""
    h = 0
    for k, item in enumerate(items):
        here = _likeness(item, headings[h])
        nxt = _likeness(item, headings[h + 1]) if h + 1 < len(headings) else 0.0
        if k and nxt > here:
            h, here = h + 1, nxt
        if here < 0.5:
            return 0
    return h + 1
