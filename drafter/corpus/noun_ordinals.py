"""Intertitles numbered after a noun: 锦囊一：一把尺子, 关键词二：…, 故事三, 案例一 …, 第一课：…,
改革随想之一 — a family of markers whose ordinal follows (or is wrapped round) a word the writer
chose for the occasion.

The fixed families of :mod:`.markers` put the number first (一、 第一， 1.), or count by a
unit a speaker uses for points (第一点, 第一个问题). A talk given as three "锦囊" or a lecture in
three "故事" names its parts by its own noun, and only the text tells which noun that is: one
line says nothing (锦囊一 is no marker anywhere else), while a complete run of short lines
standing alone, each the same noun with the next number (锦囊一, 锦囊二, 锦囊三) over
paragraphs of its own, is the writer's skeleton. So the lines are found here as runs, and
handed to :mod:`.structure` as runs of a family of their own (one family per noun,
:func:`labelled_family`), to be weighed against every other reading like any numbered run.

Real texts: the 680 of ../shared (seeds, structure reports, speeches) hold no such run but
mao 5-047's 序言一 / 序言二, which :func:`.title_lines.named_part` reads already (a named
part's name counted, left to it), and 附件1 / 附件2 of an appendix (cut off before the outline;
a caption's or an appendix's noun is no intertitle's). Modern_blind8 u10 (three 锦囊) is the
case that showed it.
"""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.reflow import ends_sentence
from drafter.corpus.title_lines import NAMED_PARTS

# the prefix of a family of lines numbered after a noun: one family per noun, so two such
# runs in a text (three 锦囊, and 案例一 … under one of them) are two numberings
LABELLED = "labelled:"

_NUM = r"(?P<num>[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})"
# what may follow the ordinal: a colon (or a space) and a short title, or nothing
_TAIL = r"(?:(?P<sep>[：:]|[ \u3000]+)(?P<title>[^：:。；;！!]{1,30}))?"
# the noun first (锦囊一：…, 关键词二, 故事三 …): two to four characters, none a numeral
_NOUN_FIRST = re.compile(
    rf"(?P<noun>[\u4e00-\u9fff]{{2,4}}?)(?<![一二三四五六七八九十]){_NUM}{_TAIL}"
)
# 第 + ordinal + the noun (第一课：…, 第二讲 …, 第三篇): one or two characters
_DI_NOUN = re.compile(rf"第{_NUM}(?P<noun>[\u4e00-\u9fff]{{1,2}}?){_TAIL}")
# a series' name + 之 + ordinal (改革随想之一, 之二 …)
_ZHI = re.compile(rf"(?P<noun>[\u4e00-\u9fff“”《》]{{2,14}}?)之{_NUM}{_TAIL}")

_NUMERALS = frozenset("一二三四五六七八九十")
# nouns that number something other than a part of the talk: a figure's or a table's caption
# (图1, 表二), an appendix (附件1), a page; and named parts, counted by title_lines (序言一)
_NOT_PARTS = ("图", "表", "附件", "附录", "附表", "附图", "页", "卷", "号", "期", "年", "月", "日")
_LINE_MAX = 32  # a line longer than this is a paragraph, not an intertitle
MIN_RUN = 2  # two parts numbered by the same noun are already a numbering


def labelled_family(noun: str) -> str:
    """The family of the lines numbered after ``noun`` (锦囊 → ``labelled:锦囊``): the runs
    of one noun number together, and a second noun is a second numbering."""
    return LABELLED + noun


def is_labelled(family: str) -> bool:
    """Whether ``family`` is one of lines numbered after a noun (:func:`labelled_family`)."""
    return family.startswith(LABELLED)


def labelled_runs(texts: list[str], taken: set[int]) -> list[list[Candidate]]:
    """The runs of short lines standing alone, each a noun with the next ordinal (锦囊一：一把
    尺子 / 锦囊二：… / 锦囊三：…): complete from 1, in order, two or more of one noun, each over
    a paragraph of its own. ``taken``: paragraphs other runs hold already."""
    by_noun: dict[tuple[str, str], list[Candidate]] = {}
    for i, text in enumerate(texts):
        if i in taken or i + 1 >= len(texts) or not 3 <= len(text) <= _LINE_MAX:
            continue
        found = _labelled_line(text)
        if found is None:
            continue
        shape, noun, c = found
        if not _over_text(texts, i):
            continue
        c.index = i
        by_noun.setdefault((shape, noun), []).append(c)
    runs = []
    for (_, noun), items in by_noun.items():
        if len(items) < MIN_RUN or [c.ordinal for c in items] != list(range(1, len(items) + 1)):
            continue  # not a numbering: a stray line, a number skipped or repeated
        if any(b.index - a.index < 2 for a, b in zip(items, items[1:])):
            continue  # lines back to back: a list of short items, not parts over text
        family = labelled_family(noun)
        for c in items:
            c.family = family
        runs.append(items)
    return runs


def _labelled_line(text: str) -> tuple[str, str, Candidate] | None:
    """(shape, noun, candidate) when ``text`` is a noun and an ordinal (+ a title), else None."""
    if text[-1] in "。；;，,：:！!…" or mk.match_marker(text) is not None:
        return None  # a sentence, a lead-in, or a marker another family reads (第一件, 问题一)
    for shape, pattern in (("noun", _NOUN_FIRST), ("di", _DI_NOUN), ("zhi", _ZHI)):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        noun = m.group("noun")
        if shape == "noun" and (noun[0] in _NUMERALS or noun[0] in "第其之"):
            return None
        if noun.endswith(_NOT_PARTS) or noun in NAMED_PARTS or noun.startswith("附"):
            return None
        number = mk.number_value(m.group("num"))
        if not number:
            return None
        title = (m.group("title") or "").strip(" \u3000")
        if m.group("sep") and not title:
            return None
        if title and title[0] in "，,、的了是":
            return None  # the words run on: 锦囊一，… or 故事一的…, prose
        cut = m.start("sep") if m.group("sep") else len(text)
        marker = text[:cut] + (m.group("sep").strip(" \u3000") if m.group("sep") else "")
        return shape, noun, Candidate(0, LABELLED, number, marker, title.rstrip("？?"), "")
    return None


def _over_text(texts: list[str], i: int) -> bool:
    """Whether the line at ``i`` stands over a paragraph of text (longer than itself, a
    sentence), not over another short line."""
    after = texts[i + 1]
    return len(after) > len(texts[i]) and ends_sentence(after)
