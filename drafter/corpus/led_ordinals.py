"""Parallel paragraphs counted after a 的-phrase: 党八股的第一条罪状是：… / 党八股的第二条罪状
是：… / … — a speaker's skeleton said as the subject of each paragraph's first sentence.

The fixed families of :mod:`.markers` want the ordinal first (第一条, 第一个问题). A speaker who
indicts something count by count, or walks through a problem's parts, may name the thing
counted before the ordinal instead: X的第一条Y是：…, X的第二条Y是：…. One such sentence is
prose (这是我们的第一个五年计划), and so are two; what makes them headings is the run: the
same lead phrase and the same counted noun, from 第一 on with no number skipped, each opening
a paragraph of its own. Later items may drop the lead (第七条罪状是：… after six 党八股的第N条
罪状是：…), as a speaker does once the pattern is set, but no item may bring another lead.

An item may also run on inside the paragraph of the one before it, right after a sentence
end (…第七条罪状是：流毒全党，妨害革命。第八条罪状是：传播出去，祸国殃民。这两条…): the member
the run lacks — after the last item opening a paragraph, the run then three or more, or
between two items that open paragraphs — is split off into a paragraph of its own, as
:mod:`.glued_runs` splits a numbered heading typed onto the paragraph before it
(:func:`split_glued_members`). The item it leaves behind may be one sentence, shorter than an
item's paragraph otherwise is: its sibling opens the paragraph after it.

Real texts: mao 3-007 反对党八股 (its six counts at paragraph starts, the seventh without the
lead; the eighth runs on inside the seventh's paragraph and is no paragraph's opening). The
other openings of this shape in ../shared's 680 texts are one or two in a text, or change
their lead (mao 2-008's 游击战争战略问题的第二个问题 / 抗日游击战争战略问题的第三个问题, under
chapter titles that are its skeleton already), and stay prose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress, repeat

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.headings import heading_and_rest
from drafter.corpus.model import Block
from drafter.corpus.noun_ordinals import labelled_family

# lead phrase (… 的), 第 + ordinal + a counting unit, the counted noun, and what says the
# ordinal is the sentence's subject (是 / 是： / ， / ：)
_LED = re.compile(
    r"(?P<lead>[\u4e00-\u9fff“”《》]{2,12}?的)?第(?P<num>[一二三四五六七八九十]{1,3})"
    r"(?P<noun>[条个种项点件][\u4e00-\u9fff]{0,4}?)(?P<sep>是[：:]?|[，,：:])"
)
# what every match of _LED holds without its lead, and how far into the paragraph it ends
# at most (a lead of 12 and 的, 第, three numerals, the noun and four more, 是：): a paragraph
# with no such search hit before there is none of _LED's
_LED_CORE = re.compile(
    r"第[一二三四五六七八九十]{1,3}[条个种项点件][\u4e00-\u9fff]{0,4}?(?:是|[，,：:])"
)
_LED_REACH = 24
MIN_RUN = 3  # two counted sentences are still prose; three in order are a skeleton
_PARAGRAPH_MIN = 30  # an item opens a paragraph of its own text, not a short line
# a sentence end, then an item's opening (its lead or 第 at once): a member run on inside
# the paragraph before it
_GLUED = re.compile(r"[。！？][ \u3000]?(?=" + _LED.pattern + ")")


def states_its_heading(marker: str) -> bool:
    """Whether a section's ``marker`` is an ordinal said as a sentence's subject (党八股的第三条
    罪状是： / 第七条罪状是：): its run-in heading is that sentence's predicate, so the heading and
    the text after it are one paragraph of prose as the writer wrote it, not a title over text
    (the study measures nearness in written paragraphs: drafter.study.frames.model)."""
    m = _LED.fullmatch(marker)
    return m is not None and m.group("sep").startswith("是")


def led_runs(texts: list[str], taken: set[int]) -> list[list[Candidate]]:
    """The runs of paragraphs opening X的第一…Y是 / X的第二…Y是 … (one noun, one lead, the
    lead dropped at most on later items), complete from 1 and in order, three or more.
    ``taken``: paragraphs other runs hold already."""
    by_noun: dict[str, list[tuple[str, Candidate]]] = {}
    for i, text in enumerate(texts):
        if i in taken or len(text) < _PARAGRAPH_MIN and not _sibling_follows(texts, i):
            continue
        m = _LED.match(text)
        if m is None or not (number := mk.cn_to_int(m.group("num"))):
            continue
        lead = m.group("lead") or ""
        if "是" in lead:
            continue  # 这是我们的第一个…: a predicate, not the thing counted
        heading, rest = heading_and_rest(text[m.end() :])
        if not heading:
            continue
        marker = text[: m.end()]
        c = Candidate(i, labelled_family(m.group("noun")), number, marker, heading, rest)
        by_noun.setdefault(m.group("noun"), []).append((lead, c))
    runs = []
    for items in by_noun.values():
        run = _counted_run(items)
        if run is not None:
            runs.append(run)
    return runs


def _counted_run(items: list[tuple[str, Candidate]]) -> list[Candidate] | None:
    """The items as a run when they count 1..N (N >= MIN_RUN) in order under one lead, the
    first item naming it; else None."""
    lead = items[0][0]
    if not lead or len(items) < MIN_RUN:
        return None
    if [c.ordinal for _, c in items] != list(range(1, len(items) + 1)):
        return None
    if any(other and other != lead for other, _ in items):
        return None  # another lead: other things counted, not one series
    if any(b.index - a.index < 1 for (_, a), (_, b) in zip(items, items[1:])):
        return None
    return [c for _, c in items]


def _sibling_follows(texts: list[str], i: int) -> bool:
    """Whether short paragraph ``i`` is an item whose next sibling, a paragraph of its own
    text, opens the paragraph right after it (第七条罪状是：… one sentence, left so by
    :func:`split_glued_members`, then 第八条罪状是：… and its text): a run's item said in one
    sentence, not a list of short lines."""
    if i + 1 >= len(texts) or len(texts[i + 1]) < _PARAGRAPH_MIN:
        return False
    here, after = _LED.match(texts[i]), _LED.match(texts[i + 1])
    return (
        here is not None
        and after is not None
        and here.group("noun") == after.group("noun")
        and mk.cn_to_int(after.group("num")) == mk.cn_to_int(here.group("num")) + 1
    )


def split_glued_members(blocks: list[Block]) -> list[Block]:
    """Split off each item of a counted run (X的第一条Y是：… / … opening paragraphs) that runs on
    inside the paragraph before it after a sentence end, where the run lacks it: after its
    last item (the run then three or more) or between two items; the blocks unchanged (the
    same list) when there is none. Not when the item after it follows in the same paragraph
    (a list written into prose), nor under another lead."""
    openings: dict[str, list[tuple[int, int, str]]] = {}
    # (the few paragraphs that may open so, found in C: a law's every paragraph opens on
    # 第…条 and fails _LED only after its lead has been tried at every length)
    texts = [b.text for b in blocks]
    maybe = map(_LED_CORE.search, texts, repeat(0), repeat(_LED_REACH))
    for i in compress(range(len(texts)), maybe):
        b = blocks[i]
        if b.kind != "text" or b.heading_level is not None:
            continue
        m = _LED.match(b.text)
        if m is not None and (number := mk.cn_to_int(m.group("num"))):
            openings.setdefault(m.group("noun"), []).append((i, number, m.group("lead") or ""))
    cuts: dict[int, int] = {}
    for noun, items in openings.items():
        lead, numbers = items[0][2], [n for _, n, _ in items]
        if not lead or any(other and other != lead for _, _, other in items):
            continue  # no lead named first, or another lead: not one series
        if numbers != list(range(1, len(items) + 1)) and not _one_missing(numbers):
            continue  # the items in order from 1, or one missing between two of them
        for k, (i, n, _) in enumerate(items):
            nxt = items[k + 1][1] if k + 1 < len(items) else None
            if nxt == n + 2 or nxt is None and n + 1 >= MIN_RUN:
                at = _glued_at(blocks[i].text, noun, n + 1, lead)
                if at is not None:
                    cuts[i] = at
    if not cuts:
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i not in cuts:
            out.append(b)
            continue
        at = cuts[i]
        out += [replace(b, text=b.text[:at].strip()), Block(b.text[at:].strip())]
    return out


def _one_missing(numbers: list[int]) -> bool:
    """Whether ``numbers`` count from 1 in order with one number left out between two."""
    gaps = [b - a for a, b in zip(numbers, numbers[1:])]
    return numbers[:1] == [1] and all(g in (1, 2) for g in gaps) and gaps.count(2) == 1


def _glued_at(text: str, noun: str, number: int, lead: str) -> int | None:
    """Where item ``number`` of the run counting ``noun`` starts inside ``text`` (right after
    a sentence end, with the run's lead or none), or None; None too when item ``number + 1``
    follows it in the paragraph (a list written into prose)."""
    for m in _GLUED.finditer(text):
        item = _LED.match(text, m.end())
        if (
            item is None
            or item.group("noun") != noun
            or mk.cn_to_int(item.group("num")) != number
            or (item.group("lead") or "") not in ("", lead)
        ):
            continue
        after = _LED.search(text, item.end())
        if after is not None and after.group("noun") == noun:
            return None
        return m.end()
    return None
