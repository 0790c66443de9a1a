"""Counts the second look drops from what it kept: counts of people or parties one by one
(两个朋友, 两个政党), of time units (两个月, 三天), of the sides of a relation (敌人和我们两方面) — plain
counts, no summary, however their things are spelled out. Apart because each is a rule of the
gold README about what a count counts, not a reading of its items."""

from __future__ import annotations

import re

from drafter.study.frames.kinds import party_items
from drafter.study.frames.nearby_items import (
    BACK_BEFORE,
    NUMERAL,
)
from drafter.study.layout import Layout
from drafter.study.model import Frame

# 两个月, 五个月, 三天, 两个星期: a length of time, whatever list of months or days it closes
_TIME_COUNT = re.compile(rf"{NUMERAL}{{1,2}}个?(?:月|天|日|小时|钟头|星期|礼拜|周|年|季度)")


# 两个人, 两个青年, 两位朋友, 两个政党: people (and parties) counted one by one, a plain count
_PEOPLE_COUNT = re.compile(
    rf"{NUMERAL}{{1,2}}(?:个|位|名)?(?:人|青年|朋友|同志|老人|孩子|学生|兄弟|士兵|工人|农民|战士|医生"
    r"|教授|老板|客人|妇女|年轻人|党|政党)"
)


def counts_people(lay: Layout, frame: Frame) -> bool:
    """Whether ``frame`` counts persons or parties one by one (有两个青年在抬石头, 先讲我两个朋友的
    故事, 两个政党竞相许愿): the gold README's plain counts (两个人) and named persons or parties
    after a count (两个医生，孙中山和鲁迅), no summary even when the story names each. Kinds of people
    (两种人, 三部分人) are counted otherwise, and a pointer (这四个人 after 主席、秘书、财务…) sums up
    roles the text listed: both stay."""
    if frame.quoted or not _PEOPLE_COUNT.fullmatch(frame.phrase):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    return not BACK_BEFORE.search(text[max(0, frame.span.start - 5) : frame.span.start])


def counts_time(frame: Frame) -> bool:
    """Whether ``frame`` is a count of time units (十二月、一月两个月; 八月…十二月，只有五个月): a
    length of time, no summary, even with its months named — the gold README's "counts of years
    or times" and 三个月 among plain counts. A quoted formula (“三个年”) is a name and stays."""
    return not frame.quoted and bool(_TIME_COUNT.fullmatch(frame.phrase))


# 两方面, 两个方面, 二方面, 两家: a count that may stand for the two sides of a relation
_SIDE_COUNT = re.compile(r"(?:两|二)个?方面$|两家$")


_PEOPLE_AFTER = re.compile(r"的(?:人们|人|群众|军队|干部)")


_POINTER_BEFORE = re.compile(r"(?:这|那|此|上述|以上|上面|这样)$")


def counts_sides(lay: Layout, frame: Frame) -> bool:
    """Whether ``frame`` counts the sides of a relation, not aspects of a matter (the gold
    README's stop-25 rule): 两方面 of people, groups, armies or places (敌人和我们两方面都高兴,
    敌伪和你的军队两方面夹击, 这两方面的人们), or a bare 两方面 nobody names (军民两方面都吃得很好,
    如果两方面都不要打) — a plain count of parties, as 两个人 and 两家 are. 从两方面来解决，一是…
    and 领导方针和领导方法两方面 count aspects and stay."""
    if frame.number != 2 or not _SIDE_COUNT.search(frame.phrase):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if _PEOPLE_AFTER.match(text, frame.span.end):
        return True
    if frame.listed:
        return party_items(frame.items)
    return not _POINTER_BEFORE.search(text[max(0, frame.span.start - 2) : frame.span.start])
