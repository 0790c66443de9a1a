"""The counterless formulas writers quote (“三农”, “四化”, “三反”), for the mentions that do
not quote them.

A number and one or two characters with no counter word (三反, 四化) is far more often a word
than a summary, so :mod:`drafter.study.frame_mentions` takes it for a formula only in quotes.
But a writer quotes a formula the first time, or in one speech and not the next: 实行三反运动
is the same formula as “三反”. ``QUOTED_FORMULAS`` holds the counterless phrases the
quoted-mention rule takes for formulas in at least two texts of the development corpus that
no study gold names (mined by ``bench/formula_lexicon.py``; regenerate it there, do not edit
by hand), so no gold group decided what it holds.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, not_after_any
from drafter.study.model import Frame, Span
from drafter.study.words import words

QUOTED_FORMULAS = frozenset(
    (
        "七有",
        "三下降",
        "三保",
        "三光",
        "三公",
        "三农",
        "三反",
        "三废",
        "三步走",
        "三资",
        "三通",
        "两基",
        "两委",
        "两山",
        "两新",
        "两癌",
        "两高",
        "五性",
        "六保",
        "六稳",
        "四化",
        "四稳",
        "四链",
        "四风",
    )
)

_NUMERALS = "第一二三四五六七八九十百千万两几零〇0-9０-９.点这那此每各"
_RE_FORMULA = re.compile(
    "(" + not_after_any(_NUMERALS, sorted(QUOTED_FORMULAS, key=len, reverse=True)) + ")"
)


# The formulas with no counter after their first number (约法三章, 五保, 三期叠加, 四级三类) that
# the hand-made study gold marks named only (``"listed": false``) in at least two of its
# groups (batches written by different annotators), less those QUOTED_FORMULAS reads already:
# the named-only formulas of Chinese public speech that no shape rule takes — 约法三章 holds its
# number inside, 三期叠加 reads as a length of time, 五保 stands unquoted. Mined by
# ``bench/formula_lexicon.py --gold`` (regenerate it there, do not edit by hand);
# bench/study_logo.py scores each gold group with the entries mined without that group.
NAMED_FORMULAS = frozenset(
    (
        "一国两制",
        "三三制",
        "三严三实",
        "三新",
        "三期叠加",
        "三朵云",
        "三权分立",
        "三民主义",
        "三管三必须",
        "三网融合",
        "两学一做",
        "两步走",
        "五位一体",
        "五保",
        "五反",
        "五多",
        "五篇大文章",
        "五险一金",
        "六链五群",
        "四水四定",
        "四级三类",
        "四组一队",
        "四统一",
        "新三样",
        "约法三章",
    )
)

_NAMED_RE: dict[frozenset, re.Pattern | None] = {}


def _named_re() -> re.Pattern | None:
    """The pattern of NAMED_FORMULAS as it stands now (a bench may swap the set)."""
    key = NAMED_FORMULAS
    if key not in _NAMED_RE:
        alts = sorted(key, key=len, reverse=True)
        _NAMED_RE[key] = re.compile("(" + not_after_any(_NUMERALS, alts) + ")") if alts else None
    return _NAMED_RE[key]


def named_frames(lay: Layout, known: set[str]) -> list[Frame]:
    """A frame, named only, for the first place each formula of ``NAMED_FORMULAS`` stands in
    ``lay`` as one word, quoted or not (“约法三章”, 农村五保供养) — unless a frame of ``known``
    (the phrases the rules found) holds it already: a fallback after every shape rule, so a
    formula the rules read (with its items) is never read twice. Numbered by its largest
    count (四级三类 is 4), as the gold numbers compounds."""
    pattern = _named_re()
    if pattern is None:
        return []
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(pattern):
        phrase = m.group(1)
        if any(phrase in k for k in seen) or _crosses(para.text, m):
            continue
        seen.add(phrase)
        number = max(parse_cn_number(c) or 0 for c in phrase)
        quoted = para.text[m.start() - 1 : m.start()] in ("“", '"', "‘", "「")
        out.append(Frame(phrase, number, Span(para.index, m.start(), m.end()), quoted=quoted))
    return out


def _crosses(text: str, m: re.Match) -> bool:
    """Whether a word of ``text`` runs across either end of ``m`` (三|公里)."""
    window_start = max(0, m.start() - 6)
    pos = window_start
    for w in words(text[window_start : m.end() + 6]):
        a, b = pos, pos + len(w)
        pos = b
        if m.start() < a < m.end() < b or a < m.start() < b <= m.end():
            return True
    return False


def unquoted_formulas(text: str) -> list[re.Match]:
    """The places in ``text`` where a formula of ``QUOTED_FORMULAS`` stands without quotes,
    as one word: not 三公里 (a word that starts inside the formula runs on past it), not
    两重性 (a word of its own, a count of a thing's sides) and not 两山之间 (places)."""
    out = []
    for m in _RE_FORMULA.finditer(text):
        if text[m.end() : m.end() + 1] in ("性", "之", "”", '"', "’", "」"):
            continue
        if text[m.start() - 1 : m.start()] in ("“", '"', "‘", "「"):
            continue  # quoted: the quoted-mention rule reads it
        if not _crosses(text, m):  # 三|公里: the formula's last character starts another word
            out.append(m)
    return out
