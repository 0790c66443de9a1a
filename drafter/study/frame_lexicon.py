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
    "(?<![" + _NUMERALS + "])(" + "|".join(sorted(QUOTED_FORMULAS, key=len, reverse=True)) + ")"
)


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
        window_start = max(0, m.start() - 6)
        pos = window_start
        crosses = False
        for w in words(text[window_start : m.end() + 6]):
            a, b = pos, pos + len(w)
            pos = b
            if m.start() < a < m.end() < b or a < m.start() < b <= m.end():
                crosses = True  # 三|公里: the formula's last character starts another word
                break
        if not crosses:
            out.append(m)
    return out
