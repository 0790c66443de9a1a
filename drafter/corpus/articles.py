"""Texts made of articles (laws, rules: 第一条 第二条 …): where the articles begin and
which paragraphs they are, one reading for the outline and the study, and the bracketed
label a speaker's numbered point may carry (第一条（追求）…)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import methodcaller

from drafter.corpus import markers as mk


def article_start(texts: list[str], as_law: bool = False) -> tuple[int | None, set[int]]:
    """Where the articles begin when a text is made of them (laws: 第一条 第二条 …, at
    least five and a sixth of the paragraphs from there on), and which paragraphs they
    are; None for a speech that merely quotes an article or two. One reading for every
    view: the outline keeps numbered items in their article (no headings among them), the
    study does not read an article's list as the parts of a talk nor its purpose clause as
    a speech's opening. ``as_law``: count only articles set as a law sets them, the number
    then a space (第一条　为了…): a speech that quotes or lists rules (第一条：“留心各样的
    事情…” / 第七条罪状是：) keeps the outline's caution but is still a speech to study."""
    if as_law:
        at = {
            i
            for i, t in enumerate(texts)
            if t[:1] == "第" and (m := _ARTICLE.match(t)) and t[m.end() : m.end() + 1] in _LAW_SPACE
        }
    else:  # (the paragraphs that match, found in C: no Python step a paragraph)
        matches = list(map(_ARTICLE.match, texts))
        # 第三条毛病是：… counts a speaker's points, the noun its subject: no article (every
        # such opening is an article's too; looked for in C over every paragraph, as most
        # texts hold none and a law's every paragraph is an article)
        counted = set(compress(count(), map(_COUNTED_SUBJECT.match, texts)))
        found = list(compress(count(), matches))
        if counted:
            found = [i for i in found if i not in counted]
        if len(found) < 5:
            return None, set()
        # (the matches kept: a law's every paragraph is an article, and matching them
        # again to read their numbers cost as much as finding them)
        numbers = list(map(_NUMERAL, map(matches.__getitem__, found)))
        if len(found) * 6 < len(texts) - found[0] or not _numbered_on(numbers):
            return None, set()
        return found[0], set(found)
    if len(at) < 5:
        return None, set()
    first = min(at)
    ordered = sorted(at)
    if len(at) * 6 < len(texts) - first or not _numbered_on(
        [_ARTICLE.match(texts[i]).group(1) for i in ordered]
    ):
        return None, set()
    return first, at


def _numbered_on(numerals: list[str]) -> bool:
    """Whether the articles numbered ``numerals`` (in the text's order) number on one from
    the other as a law's do (第一条, 第二条, 第三条 …) at least half the time: a speech quoting
    rules here and there (第七条罪状是：… then 第一条：“…” 第二条 第四条 第六条 of another's list)
    is no text of articles."""
    numbers = [_numeral_value(x) for x in numerals]
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return steps * 2 >= len(numbers) - 1


# (a law's few hundred article numerals are the same in every law: each read once)
_numeral_value = lru_cache(maxsize=1024)(mk.cn_to_int)


_ARTICLE = re.compile(r"第([一二三四五六七八九十百零〇两]{1,6})条")
# an article's number then a counted noun said as the sentence's subject (第七条罪状是：, 第三条
# 毛病是：): a speaker counting points (drafter.corpus.led_ordinals), which a law never writes
_COUNTED_SUBJECT = re.compile(r"第[一二三四五六七八九十]{1,3}条[\u4e00-\u9fff]{1,4}?是[：:]")
_NUMERAL = methodcaller("group", 1)  # an article match's numeral
ARTICLE_START = _ARTICLE  # (a paragraph opening as an article does, for other modules)
_LAW_SPACE = frozenset(" \u3000\t")
ARTICLE_LABEL = re.compile(r"[（(]([^（()）]{1,12})[）)][ \u3000]*")
