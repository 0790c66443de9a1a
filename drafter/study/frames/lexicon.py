"""The counterless formulas writers quote (“三农”, “四化”, “三反”), for the mentions that do
not quote them.

A number and one or two characters with no counter word (三反, 四化) is far more often a word
than a summary, so :mod:`drafter.study.frames.mentions` takes it for a formula only in quotes.
But a writer quotes a formula the first time, or in one speech and not the next: 实行三反运动
is the same formula as “三反”. ``QUOTED_FORMULAS`` holds the counterless phrases the
quoted-mention rule takes for formulas in at least two texts of the development corpus that
no study gold names (mined by ``bench/formula_lexicon.py``; regenerate it there, do not edit
by hand), so no gold group decided what it holds.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, not_after_any, not_after_any_gate
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
RE_FORMULA = re.compile(
    "(" + not_after_any(_NUMERALS, sorted(QUOTED_FORMULAS, key=len, reverse=True)) + ")"
)
# what every match of RE_FORMULA holds at its place, found without trying each formula at
# every numeral of a text (Layout.sparse_hits's gate)
FORMULA_GATE = re.compile(not_after_any_gate(_NUMERALS, sorted(QUOTED_FORMULAS)))


# The formulas with no counter after their first number (约法三章, 五保, 三期叠加, 四级三类) that
# the hand-made study gold marks named only (``"listed": false``) in at least two of its
# groups (batches written by different annotators), less those QUOTED_FORMULAS reads already:
# the named-only formulas of Chinese public speech that no shape rule takes — 约法三章 holds its
# number inside, 三期叠加 reads as a length of time, 五保 stands unquoted. A named count of one
# character (三风, 除四害) counts in every group that marks it, spelled out there or not. Mined by
# ``bench/formula_lexicon.py --gold`` (regenerate it there, do not edit by hand);
# bench/study_logo.py scores each gold group with the entries mined without that group.
NAMED_FORMULAS = frozenset(
    (
        "一国两制",
        "三三制",
        "三严三实",
        "三定",
        "三新",
        "三期叠加",
        "三朵云",
        "三权分立",
        "三查",
        "三查三整",
        "三民主义",
        "三管三必须",
        "三网融合",
        "三风",
        "两化",
        "两学一做",
        "两步走",
        "五业",
        "五位一体",
        "五保",
        "五反",
        "五多",
        "五毒",
        "五篇大文章",
        "五险一金",
        "六链五群",
        "四害",
        "四水四定",
        "四算",
        "四级三类",
        "四组一队",
        "四统一",
        "新三样",
        "约法三章",
        "除四害",
    )
)

# The counted formulas (两条战线, 四个现代化, 两套本领) the hand-made study gold marks frames in
# at least two of its groups and in every gold text that uses them, their noun counted by that
# number in at least two thirds of the gold's uses: the fixed formulas of Chinese public speech
# that the shape rules prune as counts of things (四个现代化的关键 runs on into 的) or never read
# (套 is no counter of theirs). Mined by ``bench/formula_lexicon.py --gold --counted``
# (regenerate it there, do not edit by hand); bench/study_logo.py scores each gold group with
# the entries mined without that group.
COUNTED_FORMULAS = frozenset(
    (
        "七个反对",
        "三个代表",
        "三个作用",
        "三个因素",
        "三个定位",
        "三个文件",
        "三个有利于",
        "三个要求",
        "三个集中",
        "三大攻坚战",
        "三大革命运动",
        "三层防线",
        "三座大山",
        "三面红旗",
        "三项中央集权",
        "三项改革",
        "三项费用",
        "两个一百年",
        "两个估计",
        "两个凡是",
        "两个基地",
        "两个基本特点",
        "两个大局",
        "两个市场",
        "两个敌人",
        "两个极端",
        "两个毫不动摇",
        "两个特点",
        "两个目标",
        "两个确保",
        "两个确立",
        "两个积极性",
        "两个维护",
        "两个车轮子",
        "两个轮子",
        "两个闸门",
        "两大主题",
        "两套本领",
        "两条战线",
        "两种价格",
        "两种偏向",
        "两种包围",
        "两种可能性",
        "两种方式",
        "两种资源",
        "两种错误",
        "两类客户",
        "两项补贴",
        "五个一工程",
        "五个必须",
        "五个统筹",
        "五大运动",
        "八项主张",
        "八项和平条件",
        "八项规定",
        "十件民生实事",
        "十大重点节能工程",
        "十项措施",
        "四个一批",
        "四个不摘",
        "四个全面",
        "四个意识",
        "四个现代化",
        "四个自信",
        "四个营运中心",
        "四大自由",
        "四项基本原则",
    )
)

_NAMED_RE: dict[tuple[frozenset, frozenset], tuple[re.Pattern, re.Pattern] | None] = {}


def _named_re() -> tuple[re.Pattern, re.Pattern] | None:
    """The pattern of NAMED_FORMULAS and COUNTED_FORMULAS as they stand now (a bench may swap
    the sets), with its gate (:func:`~drafter.study.layout.not_after_any_gate`)."""
    key = (NAMED_FORMULAS, COUNTED_FORMULAS)
    if key not in _NAMED_RE:
        alts = sorted(key[0] | key[1], key=len, reverse=True)
        _NAMED_RE[key] = (
            (
                re.compile("(" + not_after_any(_NUMERALS, alts) + ")"),
                re.compile(not_after_any_gate(_NUMERALS, alts)),
            )
            if alts
            else None
        )
    return _NAMED_RE[key]


def named_frames(lay: Layout, known: set[str]) -> list[Frame]:
    """A frame, named only, for the first place each formula of ``NAMED_FORMULAS`` (or
    ``COUNTED_FORMULAS``) stands in
    ``lay`` as one word, quoted or not (“约法三章”, 农村五保供养) — unless a frame of ``known``
    (the phrases the rules found) holds it already: a fallback after every shape rule, so a
    formula the rules read (with its items) is never read twice. Numbered by its largest
    count (四级三类 is 4), as the gold numbers compounds."""
    patterns = _named_re()
    if patterns is None:
        return []
    pattern, gate = patterns
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(pattern, gate=gate):
        phrase = m.group(1)
        if any(phrase in k or phrase[1:] == k for k in seen) or _crosses(para.text, m):
            # held by a frame found, or one named with its verb: 除四害 where 四害 is a frame
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
    for m in RE_FORMULA.finditer(text):
        if text[m.end() : m.end() + 1] in ("性", "之", "”", '"', "’", "」"):
            continue
        if text[m.start() - 1 : m.start()] in ("“", '"', "‘", "「"):
            continue  # quoted: the quoted-mention rule reads it
        if not _crosses(text, m):  # 三|公里: the formula's last character starts another word
            out.append(m)
    return out


def counted_formula(phrase: str) -> bool:
    """Whether ``phrase`` is a counted formula of the gold's lexicon (COUNTED_FORMULAS as it
    stands now): a formula no count-of-things rule may prune (四个现代化的关键)."""
    return phrase in COUNTED_FORMULAS
