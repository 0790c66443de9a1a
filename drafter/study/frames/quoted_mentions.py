"""Frames mentioned in quotes (“四勤”, “五个三”, “一圈一带两区”, “40条”), and the quoted words with
a number that count nothing (“五一”, “二等兵”, “蓝血十杰”, “九二共识”)."""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.mention import (
    NOT_COUNTED_AFTER,
    NUMERAL,
    PLAN_NOUNS,
    RANKING_BEFORE,
    TIME_UNITS,
    Mention,
    mention_key,
)
from drafter.study.frames.nouns import (
    number_saying,
    prefixed_formula,
    quoted_compound,
)
from drafter.study.words import tagged

_RE_NUM_IN_QUOTE = re.compile(rf"{NUMERAL}{{1,2}}")
# Words with a number in them that count nothing (the quoted nickname of a thing).
_LEXICAL = frozenset(
    [
        "三角",
        "两弹一星",  # a programme's name (held-out batch 4 leaves it out)
        "八爪鱼",
        "二等兵",
        "一等兵",
        "三明治",
        "八卦",
        "四合院",
        "万一",
        "二维码",
        "一把手",
        "二把手",
        "二传手",  # a volleyball setter: who only passes on what came down (不当“二传手”)
        "一线",
        "二线",
        "三八线",
        "五四",
        "七一",
        "八一",
        "十一",
        "五一",
        "六一",
        "三八",
        "二手",
        "三国",
        "四季",
        "四海",
        "五湖",
        "九州",
        "十全十美",
        "一刀切",
        "二八",
        "八仙",
        "一流",
        "二流",
        "三流",
        "一级",
        "二级",
        "三级",
        "一次性",
        "二元",
        "三维",
        "四维",
        "百分百",
        # named regions, bodies and rivers that reports quote (gold README: 三北, 两院, 三河三湖
        # are named places and institutions with a count, no frame) — each in many reports
        "三北",
        "两院",
        "三河三湖",
    ]
)


def quoted_mention(index: int, text: str, m: re.Match) -> Mention | None:
    """The mention the quoted words ``m`` name in paragraph ``index``, or None: writers quote
    their formulas (“四个全面”, “40条”, “一圈一带两区”), so quotes with a count inside are read
    first and most leniently — but quotes also hold dates, ranks, sayings and names with a
    number in them, which are refused here."""
    inner = m.group(1)
    end = m.end(1)
    if 0 < inner.find("·") < len(inner) - 1:
        # “四在农家·和美乡村”: a formula and the name of its campaign after a middle dot
        end = m.start(1) + inner.index("·")
        inner = inner[: inner.index("·")]
    if number_saying(inner):
        return None  # “七远八按”: a saying of two numbers in a row
    arabic = re.fullmatch(r"\s*([0-9０-９]{1,2})([个项条件大种])([^\s，,。；;]{0,8})\s*", inner)
    if arabic and (
        2 <= int(arabic.group(1)) <= 30
        if arabic.group(3)
        else arabic.group(2) in "条项" and 2 <= int(arabic.group(1)) <= 99
    ):
        # “40条”, “19条”: a package of measures named by its count alone, as quoted
        # “3个100万”, “10件民生实事”: a formula counted in Arabic figures
        start = m.start(1) + inner.index(arabic.group(1))
        number = int(arabic.group(1))
        return Mention(index, start, end, inner.strip(), number, True, f"{number}:{inner.strip()}")
    number = quoted_compound(inner) or prefixed_formula(inner)
    if number and inner.strip() not in _LEXICAL:
        # “一圈一带两区”, “四个中心、六个基地”, “新三样”: one formula, as quoted
        start = m.start(1) + len(inner) - len(inner.lstrip())
        return Mention(index, start, end, inner.strip(), number, True, f"{number}:{inner.strip()}")
    n = _RE_NUM_IN_QUOTE.search(inner)
    if not n or inner.startswith("第"):
        return None
    if n.start() > 4 or len(inner) - n.start() < 2 or re.search(r"[，,。；;！？]", inner):
        return None
    if (
        RANKING_BEFORE.search(inner[: n.start()])
        and n.group() == "十"
        and inner[n.end() :][:1] == "大"
    ):
        return None  # “全国十大考古新发现”: a ranking's title, an award, not a formula
    if n.start() > 0 and not re.match(r"[个项条点种大类]|方面", inner[n.end() :]):
        return None  # “蓝血十杰”: a name with a number in it; “坚持一个原则” counts
    if len(n.group()) == 2 and n.group()[0] == n.group()[1] and inner[n.end() :] == "制":
        # “三三制”: thirds each (a doubled numeral and 制), a formula of the number's parts
        number = parse_cn_number(n.group()[0])
        start = m.start(1) + n.start()
        return Mention(
            index, start, end, inner[n.start() :], number, True, mention_key(number, inner)
        )
    if len(n.group()) == 2 and "十" not in n.group():
        return None  # “九二共识”, “三五成群”: not a count
    phrase = inner[n.start() :].strip()
    number = parse_cn_number(n.group())
    counted = re.match(r"[个项条种]", inner[n.end() :])
    if not number or (number > 12 and not counted) or len(phrase) > 8 or phrase in _LEXICAL:
        return None  # “十四个坚持” counts; a bare large number is a name
    tail = phrase[n.end() - n.start() :]
    if tail[:1] in NOT_COUNTED_AFTER or re.match(NUMERAL, tail[:1]) and len(tail) == 1:
        return None  # “五一”, “二等兵”, “三角”: a date, a rank, a word
    if re.fullmatch(r"[、·．.]?[一二三四五六七八九十廿卅]{1,2}", tail):
        return None  # “五卅”, “九、一八”: a month and its day, the name of an event
    if re.match(r"[万千百亿][一二三四五六七八九十两零]", tail):
        return None  # “两万五千里长征”: a number, not a count (“四千行动” counts)
    if tail in ("大", "中全会") or tail.startswith(("把手", "把", "线", "号", "届", "路军")):
        return None  # “一大”, “一把手”, “一线”: names, not counts
    if tail[:1] in TIME_UNITS or tail.startswith(("小时", "分钟", "星期", "公里", "个月")):
        return None  # “板凳能坐十年冷”, “四小时航空经济圈”: a length of time or way
    if number == 1 and not tail.startswith(("个", "种", "条", "项", "点")):
        return None
    if number == 1 and tail.startswith("点") and not PLAN_NOUNS.search(tail[1:] or "点"):
        return None  # 才挣那么“一点钱”: a little, not one point
    if number == 1 and n.start() > 0:
        lead = tagged(inner[: n.start()])
        if lead and lead[-1][1] != "v":
            return None  # “自古华山一条路”: a saying; “坚持一个原则” (a verb first) counts
    if re.fullmatch(r"[个点项条种类]", tail):
        if tail in "条项" and 0 < n.start() <= 2 and n.start() + len(phrase) == len(inner):
            # “新九条”, “牧九条”: a list of measures named by its count and a word before it
            start = m.start(1)
            return Mention(index, start, end, inner, number, True, mention_key(number, inner))
        return None
    start = m.start(1) + n.start()
    if tail == "个1":
        tail, phrase = "个一", phrase[:-1] + "一"  # “五个1” is “五个一”, one frame
    return Mention(index, start, end, phrase, number, True, mention_key(number, tail))
