"""Parallel paragraphs counted after a 的-phrase: 党八股的第一条罪状是：… / 党八股的第二条罪状
是：… / … — a speaker's skeleton said as the subject of each paragraph's first sentence.

The fixed families of :mod:`.markers` want the ordinal first (第一条, 第一个问题). A speaker who
indicts something count by count, or walks through a problem's parts, may name the thing
counted before the ordinal instead: X的第一条Y是：…, X的第二条Y是：…. One such sentence is
prose (这是我们的第一个五年计划), and so are two; what makes them headings is the run: the
same lead phrase and the same counted noun, from 第一 on with no number skipped, each opening
a paragraph of its own. Later items may drop the lead (第七条罪状是：… after six 党八股的第N条
罪状是：…), as a speaker does once the pattern is set, but no item may bring another lead.

Real texts: mao 3-007 反对党八股 (its six counts at paragraph starts, the seventh without the
lead; the eighth runs on inside the seventh's paragraph and is no paragraph's opening). The
other openings of this shape in ../shared's 680 texts are one or two in a text, or change
their lead (mao 2-008's 游击战争战略问题的第二个问题 / 抗日游击战争战略问题的第三个问题, under
chapter titles that are its skeleton already), and stay prose.
"""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.headings import heading_and_rest
from drafter.corpus.noun_ordinals import labelled_family

# lead phrase (… 的), 第 + ordinal + a counting unit, the counted noun, and what says the
# ordinal is the sentence's subject (是 / 是： / ， / ：)
_LED = re.compile(
    r"(?P<lead>[\u4e00-\u9fff“”《》]{2,12}?的)?第(?P<num>[一二三四五六七八九十]{1,3})"
    r"(?P<noun>[条个种项点件][\u4e00-\u9fff]{0,4}?)(?P<sep>是[：:]?|[，,：:])"
)
MIN_RUN = 3  # two counted sentences are still prose; three in order are a skeleton
_PARAGRAPH_MIN = 30  # an item opens a paragraph of its own text, not a short line


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
        if i in taken or len(text) < _PARAGRAPH_MIN:
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
