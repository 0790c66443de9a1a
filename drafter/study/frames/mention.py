"""What a mention of a numeric frame is (:class:`Mention`: where a count or formula is named,
its number and the key that makes its repeats one frame) and the words every reader of mentions
shares: the numerals, the nouns of a talk's parts, the pointers back."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMERAL = "[一二三四五六七八九十两]"
# What a speaker announces as the parts of a talk: 三点意见, 三个方面, 四句话, 三点希望 …
PLAN_NOUNS = re.compile(
    r"(点|个方面|方面|个问题|句话|层意思|件事)$|意见|希望|要求|体会|想法|建议|问题|任务|重点|措施|看法|认识|感受|目标"
    # what a speaker pledges, declares or draws from the talk (三点承诺, 四点声明, 两点启示)
    r"|承诺|声明|倡议|嘱托|期望|思考|启示|感悟|收获|心得"
)
# units of time and of people: a count of them is a length or a headcount (三个月, 两名)
TIME_UNITS = frozenset("年月天日时分秒岁次人名位")
# what makes a number after it a grade, a rank, a measure or a date (二等兵, 三级, 五一, 两亿)
NOT_COUNTED_AFTER = frozenset("等级号线层楼度分元角岁届期代连斤亩吨米里尺寸亿")
# “全国十大考古新发现”, 中国十大杰出青年: a top-ten ranking or award, not a formula
RANKING_BEFORE = re.compile(r"(?:全国|全省|全市|全球|世界|中国|年度)$")
# the words that point back at what was just said (这两点, 上述三项, 每个, 各条)
POINTER_WORDS = ("这", "那", "此", "每", "各", "上述", "这些", "以上", "上面", "这样")


@dataclass
class Mention:
    """One place a count or formula is named (paragraph, span, phrase, number), as
    :func:`~drafter.study.frames.mentions.mentions` finds it: the finders of its items read it, so that each knows the
    phrase and how strictly the mention asks for items before a frame is made."""

    paragraph: int
    start: int
    end: int
    phrase: str
    number: int
    quoted: bool
    key: str
    strict: str = ""  # "before" / "bracket": kept only when that finder lists its items


def mention_key(number: int, tail: str) -> str:
    """The key that makes a frame's repeats one frame: its number and its words, with 个 and
    quotes dropped (“四个全面” and 四个全面 and 四全面 are one key)."""
    return f"{number}:{tail.replace('个', '').replace('“', '').replace('”', '')}"
