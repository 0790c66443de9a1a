"""A last paragraph that takes up the first part's words again rather than the last part's: the
talk's theme returning at its end (ring composition), asked when no other sign found a closing.

A ren talk seldom has an opening before its first heading; its first part states what the whole
talk is about (一、聚焦主航道，优化产品投资组合，在战略机会点上抢占机会 under the title 聚焦主航道，
在战略机会点上抢占机会), and a speaker who, after his last part's own text, comes back to those
words (…通过产品投资审视优化产品投资组合…在新的机会点上抢占粮食) has left the last part for the
whole. The words are read as content words (jieba's cut with HMM off, two Han characters or more,
a few function words set aside), and the measure is the share of the last paragraph's words found
in the title and the text up to the second heading minus the share found in the last part
(its heading and the paragraphs between it and the last).

Why this and not the title's words alone or the last part's alone (bench/closing_turn.py,
bench/closing_owner.py): designed on the gold sets before 29 and the study gold, with the
threshold chosen there before sets 29-38 were counted, it was the one reading of the turn that
carried to the unread sets (session 38, cl3: sets 29-38 +2 right, no false closing; sets 6-28
one gained, one false closing; the study gold +1). It fires rarely: 9 of 650 texts.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# words every part uses: no part owns them (bench/closing_owner.py sets the same aside)
FUNCTION_WORDS = frozenset((
    "我们", "你们", "他们", "一个", "这个", "那个", "就是", "没有", "不是", "什么", "自己", "这样",
    "已经", "可以", "但是", "因为", "所以", "如果", "还是", "大家", "这些", "那些", "一些", "现在",
    "今天", "问题", "工作", "要求", "还要", "需要", "应该", "能够", "一定", "通过", "进行", "以及",
    "而且", "对于", "因此", "不能", "这种", "只有", "同时", "其中", "如何", "为了", "非常", "时候",
    "不会", "不要", "那么", "这么", "怎么", "可能", "就要", "一样", "很多", "比如", "的话", "起来",
    "出来", "认为", "其实", "所有", "这里", "这是", "那是", "还有", "也是", "都是",
))  # fmt: skip
# a speaker's label, a bracket or a question/answer opening the paragraph: a turn, an aside
_TURN = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z]{1,6}[：:]|[（(]|问|答)")
# the last paragraph's share of words from the first part, less its share from the last part
RING = 0.2

_CUT = None


def _cut(text: str) -> list[str]:
    """jieba's words of ``text`` with HMM off (rjieba when installed: the same cuts)."""
    global _CUT
    if _CUT is None:
        try:
            import rjieba

            _CUT = lambda t: rjieba.cut(t, False)  # noqa: E731
        except ImportError:
            import jieba

            jieba.setLogLevel(60)
            _CUT = lambda t: jieba.lcut(t, HMM=False)  # noqa: E731
    return _CUT(text)


def content_words(text: str) -> set[str]:
    """The words of ``text`` a part can own: Han words of two characters or more, the few
    function words every part uses set aside."""
    return {w for w in _cut(text) if len(w) >= 2 and _HAN.fullmatch(w) and w not in FUNCTION_WORDS}


def returns_to_first_part(texts: list[str], second_head: int, last_head: int, title: str) -> bool:
    """Whether the last paragraph takes up the first part's words again more than the last
    part's: its share of content words found in ``title`` and ``texts`` before
    ``second_head`` (the opening and the first part) less its share found in ``texts`` from
    ``last_head`` to it reaches :data:`RING`. Not a turn in an exchange (任总：… / 问：), not
    the text of a last point announced above it (最后，需要讲一点…). The caller asks it only
    when no other sign found a closing, in a text with two parts or more, and not of the last
    part's first text."""
    text = texts[-1].strip()
    if _TURN.match(text) or texts[-2].strip().startswith("最后"):
        return False
    words = content_words(text)
    if not words:
        return False
    head = [title, *texts[:second_head]]
    # (a word of the cut is a piece of its text: the words the first part holds as strings
    # bound the share from above, and most last paragraphs fall short of RING on them
    # before any of the first part is cut)
    joined = "\n".join(head)
    if sum(1 for w in words if w in joined) / len(words) < RING:
        return False
    first = len(_words_among(words, head))
    if first / len(words) < RING:
        return False  # (the last part's share can only take from it: nothing of it is cut)
    # the last part's words, cut only while the share can still reach RING
    return _share_left(words, texts[last_head:-1], first) >= RING


def _words_among(words: set[str], texts: list[str]) -> set[str]:
    """``words`` that are content words of one of ``texts``: only a text holding one of
    them as a string is cut (a long part's other paragraphs cost nothing)."""
    found: set[str] = set()
    for t in texts:
        held = {w for w in words if w in t}
        if held:
            found |= held & content_words(t)
    return found


def _share_left(words: set[str], texts: list[str], first: int) -> float:
    """``(first - len(_words_among(words, texts))) / len(words)``, the first part's share
    less the last part's, cutting ``texts`` only until it falls below :data:`RING` (more
    words found can only lower it: the value then returned is below RING as the whole
    one would be)."""
    found: set[str] = set()
    share = first / len(words)
    for t in texts:
        held = {w for w in words if w in t and w not in found}
        if held:
            found |= held & content_words(t)
            share = (first - len(found)) / len(words)
            if share < RING:
                break
    return share
