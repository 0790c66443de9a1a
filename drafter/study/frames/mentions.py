"""Where a numeric frame is *mentioned*: the counted phrases (三个服务, 四点希望, 三句话),
the quoted formulas (“四勤”, “五个三”), the abbreviations spelled out at once (三查（…）) and
the counts in figures (3类报表, 21条举措), each as a :class:`Mention` with the key that makes
its repeats one frame — and the guards that refuse plain counts of things (三个月, 两个人, 三点半).

What a mention's items are is :mod:`drafter.study.frames.finders`'s question; which frames a
document keeps is :mod:`drafter.study.frames`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.numerals import parse_cn_number
from drafter.study.frames.lexicon import RE_FORMULA, unquoted_formulas
from drafter.study.frames.measures import MEASURES
from drafter.study.frames.nouns import (
    PLAIN_NOUNS as _PLAIN_NOUNS,
)
from drafter.study.frames.nouns import (
    compound,
    is_congress,
    is_function_word,
    noun_after,
    number_saying,
    prefixed_formula,
    quoted_compound,
    relative_clause,
    through_de,
    words_after,
)
from drafter.study.frames.rules import (
    SUMMARY_NOUN,
)
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

NUMERAL = "[一二三四五六七八九十两]"
# Counter words of a summary; 个方面/句话 are nouns themselves.
_COUNTER = r"(?:个方面|个层面|个问题|个字|句话|层意思|件事|件|面(?=红旗|旗)|重(?=性)|层(?![楼次级面皮])|部分|个|点|项|条|大|种|类|方面|座|笔|者)"
_RE_COUNTED = re.compile(
    rf"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.', NUMERAL)}{NUMERAL}?)({_COUNTER})"
)
# 三查（查阶级、查工作、查斗志）: a number and a word with its items in brackets or after
# a colon right away — an abbreviation the text spells out at once; or defined by the words
# after it (除四害，就是消灭老鼠、麻雀、苍蝇、蚊子; 三优先是：优先…；优先…；优先…)
_RE_ABBREVIATION = re.compile(
    "("
    + not_after("第一二三四五六七八九十百千万两几零〇0-9０-９.这那此每各", "[二三四五六七八九十两]")
    + r"[二三四五六七八九十两]?)([\u4e00-\u9fff]{1,2})"
    + r"(?=[（(：:]|[，,]?(?:就是|即是|即)|是[：:])"
)
# what the word of a defined abbreviation never opens with: a counter, a unit of time or of
# measure (两年内，即…; 十倍就是…; 四周即…), so the count is a quantity, not a formula
_NOT_AN_ABBREVIATION = frozenset("个项条种点类倍部份批年月天日时分秒周岁次人名位")
_RE_ARABIC_COUNT = re.compile(
    "(" + not_after(r"0-9０-９.%．~～\-—", "[2-9]") + ")"
    r"(个|类|种|项|条|点|大)(?=[\u4e00-\u9fff])"
)
# 优化营商环境21条升级举措, 10件惠民实事, ２０条措施: a package of ten or more measures named
# by its count in figures — reports name their policy packages so, and the reader is meant to
# recall the package, not to read its items here (a mentioned formula, as “40条” quoted).
# 69项支持政策, 36条政策 count the policies issued, a quantity: no package (b7, b14 gold)
_RE_ARABIC_PACKAGE = re.compile(
    r"(?<![0-9０-９.．%~～\-—+＋])([1-9１-９][0-9０-９])([条项件])"
    r"([\u4e00-\u9fff]{0,8}?(?:措施|举措|实事))"
)
# 5个1 (not 2个1类, 3个10%): N ones written in figures, the formula 五个一
_RE_ARABIC_ONES = re.compile(r"(?<![0-9０-９.．%])([3-9])个1(?![0-9０-９.．%类级号期])")
_RE_QUOTED = re.compile(r"[“\"‘「]([^”\"’」“‘「\n]{1,14})[”\"’」]")
_RE_NUM_IN_QUOTE = re.compile(rf"{NUMERAL}{{1,2}}")

# a grade counted in stars (县级“五星”党组织, 对照“五星”标准 under 星级评定, 被评为“五星级”基层
# 党组织): a rating, not a frame, unless the text names each star (“五星”：支部过硬星、…)
_STARS = re.compile(r"[一二三四五六七八九十]星级?")
_COUNTERS_ALONE = frozenset(("个方面", "个层面", "个问题", "句话", "层意思", "件事", "方面"))
# What a speaker announces as the parts of a talk: 三点意见, 三个方面, 四句话, 三点希望 …
PLAN_NOUNS = re.compile(
    r"(点|个方面|方面|个问题|句话|层意思|件事)$|意见|希望|要求|体会|想法|建议|问题|任务|重点|措施|看法|认识|感受|目标"
    # what a speaker pledges, declares or draws from the talk (三点承诺, 四点声明, 两点启示)
    r"|承诺|声明|倡议|嘱托|期望|思考|启示|感悟|收获|心得"
)
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
_NOT_COUNTED_AFTER = frozenset("等级号线层楼度分元角岁届期代连斤亩吨米里尺寸亿")
_TIME_UNITS = frozenset("年月天日时分秒岁次人名位")


@dataclass
class Mention:
    """One place a count or formula is named (paragraph, span, phrase, number), as
    :func:`mentions` finds it: the finders of its items read it, so that each knows the
    phrase and how strictly the mention asks for items before a frame is made."""

    paragraph: int
    start: int
    end: int
    phrase: str
    number: int
    quoted: bool
    key: str
    strict: str = ""  # "before" / "bracket": kept only when that finder lists its items


def mentions(lay: Layout, refused: list[tuple[Frame, str]] | None = None) -> list[Mention]:
    """Every mention of a count or formula; with ``refused``, the counts a guard of
    :func:`_counted` refused are added to it as ``(frame, "guard")``."""
    out: list[Mention] = []
    # the paragraphs holding a number that one of the four patterns below may match
    for para in lay.numbered_matching((_RE_QUOTED, _RE_COUNTED, RE_FORMULA, _RE_ABBREVIATION)):
        text = para.text
        taken: list[tuple[int, int]] = []
        for m in _RE_QUOTED.finditer(text):
            mention = _quoted(para.index, text, m)
            if mention and _STARS.fullmatch(mention.phrase.strip('“”"')) and not mention.strict:
                mention.strict = (
                    "listed"  # 县级“五星”党组织: a star rating unless its stars are named
                )
            if mention:
                out.append(mention)
                taken.append((m.start(), m.end()))
        for m in _RE_COUNTED.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            mention = _counted(para.index, text, m) or _package(para.index, text, m)
            if mention:
                out.append(mention)
                taken.append((m.start(), mention.end))
            elif refused is not None:
                guarded = _guarded(para.index, text, m)
                if guarded:
                    refused.append((guarded, "guard"))
        for m in unquoted_formulas(text):
            # 实行三反运动: a formula writers quote (“三反”), here without its quotes
            if any(a <= m.start() < b for a, b in taken):
                continue
            phrase = m.group(1)
            number = parse_cn_number(phrase[0])
            out.append(
                Mention(
                    para.index, m.start(), m.end(), phrase, number, True, _key(number, phrase[1:])
                )
            )
            taken.append((m.start(), m.end()))
        for m in _RE_ABBREVIATION.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if text[m.end() : m.end() + 1] not in "（(：:" and (
                m.group(2)[0] in _NOT_AN_ABBREVIATION | _NOT_COUNTED_AFTER
                or m.group(2)[0] in MEASURES
            ):
                # 两年内，即…: a length of time defined, no formula; 三步曲，即…: a count by a
                # measure word, which frames.measures reads
                continue
            number = parse_cn_number(m.group(1))
            if number and 2 <= number <= 12:
                phrase = m.group(0)
                key = _key(number, m.group(2))
                out.append(
                    Mention(para.index, m.start(), m.end(), phrase, number, False, key, "bracket")
                )
    for para in lay.figured():  # figures are not among the paragraphs hits() picks
        text = para.text
        quoted_at = [(m.start(), m.end()) for m in _RE_QUOTED.finditer(text)]
        for m in _RE_ARABIC_ONES.finditer(text):
            # 把巴西作为5个1率先实现的样板点: “五个一” written in figures, a formula
            number = int(m.group(1))
            key = f"{number}:一"
            out.append(Mention(para.index, m.start(), m.end(), m.group(0), number, False, key))
        for m in _RE_ARABIC_PACKAGE.finditer(text):
            if any(a <= m.start() < b for a, b in quoted_at):
                continue  # “10件民生实事” quoted: read as quoted already
            if f"{m.group(3)[-2:]}{m.group(1)}{m.group(2)}" in text:
                # 制定整改措施14条…目前14条整改措施已全部落实: the paragraph gives the same
                # count as a quantity after its noun, so it tallies measures, names no package
                continue
            number = int(m.group(1))
            key = _key(number, m.group(2) + m.group(3))
            out.append(Mention(para.index, m.start(), m.end(), m.group(0), number, True, key))
        for m in _RE_ARABIC_COUNT.finditer(text):
            # 我们将来有3类报表，A报表，B报表，C报表: a count in figures, a frame only when
            # the text names its items
            number = int(m.group(1))
            noun = noun_after(text[m.end() :])
            if (
                noun
                and noun not in _PLAIN_NOUNS
                and (m.group(2) in "类种" or SUMMARY_NOUN.match(noun))
                and noun not in ("重点", "工程")  # 8个重点县, 6个工程: named places, projects
            ):  # 3类报表, 5个方面; 6个千亿, 3个省级: figures in reports, counts of things
                end = m.end() + len(noun)
                key = _key(number, m.group(2) + noun)
                phrase = text[m.start() : end]
                out.append(
                    Mention(para.index, m.start(), end, phrase, number, False, key, "listed")
                )
    return out


def _guarded(index: int, text: str, m: re.Match) -> Frame | None:
    """A count :func:`_counted` refused, as a frame of its numeral, counter and noun (两类人员),
    for the second look; None for a rough count (三四个) or a number no frame has."""
    numeral = m.group(1)
    number = parse_cn_number(numeral)
    if (len(numeral) == 2 and "十" not in numeral) or not number or not 2 <= number <= 30:
        return None
    end = m.end() + len(noun_after(text[m.end() :]))
    return Frame(text[m.start() : end], number, Span(index, m.start(), end))


# “全国十大考古新发现”, 中国十大杰出青年: a top-ten ranking or award, not a formula
_RANKING = re.compile(r"(?:全国|全省|全市|全球|世界|中国|年度)$")


def _quoted(index: int, text: str, m: re.Match) -> Mention | None:
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
    if _RANKING.search(inner[: n.start()]) and n.group() == "十" and inner[n.end() :][:1] == "大":
        return None  # “全国十大考古新发现”: a ranking's title, an award, not a formula
    if n.start() > 0 and not re.match(r"[个项条点种大类]|方面", inner[n.end() :]):
        return None  # “蓝血十杰”: a name with a number in it; “坚持一个原则” counts
    if len(n.group()) == 2 and n.group()[0] == n.group()[1] and inner[n.end() :] == "制":
        # “三三制”: thirds each (a doubled numeral and 制), a formula of the number's parts
        number = parse_cn_number(n.group()[0])
        start = m.start(1) + n.start()
        return Mention(index, start, end, inner[n.start() :], number, True, _key(number, inner))
    if len(n.group()) == 2 and "十" not in n.group():
        return None  # “九二共识”, “三五成群”: not a count
    phrase = inner[n.start() :].strip()
    number = parse_cn_number(n.group())
    counted = re.match(r"[个项条种]", inner[n.end() :])
    if not number or (number > 12 and not counted) or len(phrase) > 8 or phrase in _LEXICAL:
        return None  # “十四个坚持” counts; a bare large number is a name
    tail = phrase[n.end() - n.start() :]
    if tail[:1] in _NOT_COUNTED_AFTER or re.match(NUMERAL, tail[:1]) and len(tail) == 1:
        return None  # “五一”, “二等兵”, “三角”: a date, a rank, a word
    if re.fullmatch(r"[、·．.]?[一二三四五六七八九十廿卅]{1,2}", tail):
        return None  # “五卅”, “九、一八”: a month and its day, the name of an event
    if re.match(r"[万千百亿][一二三四五六七八九十两零]", tail):
        return None  # “两万五千里长征”: a number, not a count (“四千行动” counts)
    if tail in ("大", "中全会") or tail.startswith(("把手", "把", "线", "号", "届", "路军")):
        return None  # “一大”, “一把手”, “一线”: names, not counts
    if tail[:1] in _TIME_UNITS or tail.startswith(("小时", "分钟", "星期", "公里", "个月")):
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
            return Mention(index, start, end, inner, number, True, _key(number, inner))
        return None
    start = m.start(1) + n.start()
    if tail == "个1":
        tail, phrase = "个一", phrase[:-1] + "一"  # “五个1” is “五个一”, one frame
    return Mention(index, start, end, phrase, number, True, _key(number, tail))


def _counted(index: int, text: str, m: re.Match) -> Mention | None:
    numeral = m.group(1)
    if len(numeral) == 2 and "十" not in numeral:
        return None  # 一两个, 三四个: a rough count, not a frame
    if re.search(rf"(?<!第){NUMERAL}、$", text[max(0, m.start() - 3) : m.start()]) and not (
        _HEADING_MARKER.fullmatch(text[: m.start()])
    ):
        return None  # 一、两个 / 七、八个: a rough count (二、三大纪律: a heading's marker)
    if re.search(rf"{NUMERAL}(?:个|种|条|件|句话)、$", text[max(0, m.start() - 4) : m.start()]):
        return None  # 一个、二个弟妹, 一句话、二句话: a rough count
    if (
        m.group(2) == "句话"
        and numeral in ("两", "二")
        and re.search(r"[说讲谈]了?$", text[max(0, m.start() - 2) : m.start()])
        and not re.match(r"\s*[：:]", text[m.end() :])
    ):
        # 也要为他们说两句话，: a few words said, no sayings counted; 只想和大家谈四句话 plans
        # its sayings (../shared says or speaks only 两句话 or 几句话 so)
        return None
    if re.search(
        rf"第{NUMERAL}{{1,3}}(?:[条项款类])?[、至到]$", text[max(0, m.start() - 6) : m.start()]
    ):
        return None  # 第二、三项规定 / 第四项至七项 / 第一至五类案件: numbered provisions cited
    if (
        m.group(2) == "大"
        and parse_cn_number(numeral) == 10
        and _RANKING.search(text[max(0, m.start() - 2) : m.start()])
    ):
        return None  # 全国十大考古新发现: a ranking's title
    number = parse_cn_number(numeral)
    if not number or number < 2 or number > 30:
        return None
    counter = m.group(2)
    after = text[m.end() :]
    if re.search(rf"一{counter}[\u4e00-\u9fff]{{0,2}}$", text[max(0, m.start() - 6) : m.start()]):
        return None  # 一句话两句话, 一个两个: a rough count
    if text[max(0, m.start() - 1) : m.start()] in ("前", "后", "头", "末") and words(
        text[max(0, m.start() - 6) : m.start()]
    )[-1:] in (["前"], ["后"], ["头"], ["末"]):
        return None  # 前三个公布的部门: a rank, not a count (落后两种人们 is no rank)
    if counter == "点" and (
        _TIME_OF_DAY.search(text[max(0, m.start() - 3) : m.start()])
        or re.match(r"(?:钟|半|[一二三四五六七八九十]?[零一二三四五六七八九十]分|多钟|整)", after)
    ):
        return None  # 晚上十一点, 三点半: a time of day, not points
    if text[max(0, m.start() - 1) : m.start()] in ("哪", "几"):
        return None  # 有哪两点问题: a question, not a count
    if _compared(text, m, counter, after):
        return None  # 每增加一个流程节点，要减少两个流程节点: a quantity, not a summary
    if counter == "个" and number >= 3 and re.match(r"一(?:[^\u4e00-\u9fff]|工程|$)", after):
        # 实现五个一, 5个1工程: a formula of N ones, named as such (“五个一” quoted is found too)
        end = m.end() + 1
        return Mention(index, m.start(), end, text[m.start() : end], number, False, f"{number}:一")
    if counter == "条" and after.startswith("腿走路"):
        return None  # 两条腿走路: a formula of action (frames.rules.collective_formulas)
    if counter == "大" and is_congress(number, after):
        return None  # 十二大以后: a party congress
    if counter == "者":
        # 抗战、团结、进步三者 / 改革、发展、稳定三者关系: a frame only after its list (二者,
        # 两者 are pronouns)
        if number < 3:
            return None
        noun = after[:2] if SUMMARY_NOUN.match(after[:2]) else ""
        end = m.end() + len(noun)
        return Mention(
            index,
            m.start(),
            end,
            text[m.start() : end],
            number,
            False,
            _key(number, "者" + noun),
            "before",
        )
    # 这两个不是一回事, 上面二条呢, 这样三部分比较容易…: pointing back, a count followed by
    # an adverb, a conjunction or a particle stands alone — no noun is counted
    bare_back = text[max(0, m.start() - 2) : m.start()].endswith(POINTER_WORDS) and (
        after[:1] in "呢吗吧" or _not_a_noun(after)
    )
    if bare_back and "的" in re.split(r"[^\u4e00-\u9fff]", after[:7])[0]:
        bare_back = False  # 这四项最重要的纪律: the adverb opens a 的-phrase before the noun
    if counter == "部分" or number > 12:
        # 三部分人 (a whole in parts), 十七条 (a long list): frames only when the text
        # spells out every part
        # 三部分人, 两部分上中农: the noun glued to the count; not the first character of a verb,
        # an adverb or a particle (这两部分共计八百亿斤 counts no 共, 两部分的 no 的)
        first = tagged(after[:6])[:1]
        noun = (
            after[:1]
            if counter == "部分"
            and re.match(r"[\u4e00-\u9fff]", after)
            and not bare_back
            and bool(first)
            and first[0][1][:1] in ("n", "j")
            else ""
        )
        end = m.end() + len(noun)
        key = _key(number, counter + noun)
        strict = "parts" if counter == "部分" else "listed"
        return Mention(index, m.start(), end, text[m.start() : end], number, False, key, strict)
    # 这两项工作, 上述三个方面 point back at a list: a frame only when the list stands
    # right before (发展进步势力、争取中间势力、孤立顽固势力这三项方针).
    back = text[max(0, m.start() - 2) : m.start()].endswith(POINTER_WORDS)
    strict = "before" if back else ""
    quoted_word = re.match(r"[“\"]([\u4e00-\u9fff]{1,12})[”\"]", after)
    if counter == "个字" and quoted_word and len(quoted_word.group(1)) == number:
        # 二个字“诚信”, 三个字“真英雄”: the word itself, counted in characters (a count of
        # characters is no frame, gold README batch 9) — unless the text then glosses each
        # character (四个字“大云移智”，“大”指…，“云”指…: an acronym of four parts)
        gloss = after[quoted_word.end() : quoted_word.end() + 12]
        if not re.search(r"[“\"][\u4e00-\u9fff][”\"](?:指|是|代表|就是)", gloss):
            return None
    if counter == "个字" and after[:1] not in '“"':
        # 就是八个字：团结、紧张、严肃、活泼: a formula counted in characters
        if not re.match(r"[：:][^。；;，,、]{1,6}、", after):
            return None  # “简化”两个字, 铸造两个字：诚信: a word stressed, not a formula
        return Mention(index, m.start(), m.end(), m.group(0), number, False, _key(number, "字"))
    if (
        counter in _COUNTERS_ALONE
        or (bare_back and counter in _BACK_ALONE)
        or (
            counter == "点"
            and (
                re.match(r"[：:，,是]|请|让", after)
                or _not_a_noun(after)
                or (back and _a_verb(after))  # 这三点得到…, 把这两点坚定不移地做下去
            )
        )
    ):
        noun = ""  # 三个方面, 三句话; 有两点是可以肯定的：; 这两点很重要
    elif counter in _FINAL_COUNTERS and _ITEMS_FOLLOW.match(after):
        # 前途不外两种，一是…；一是… / 基本原则有三个，即：第一… / 分为两类，一类…: the noun
        # stands before the count; a frame only when its items follow
        noun, strict = "", strict or "final"
    elif after[:1] in '“"‘':
        quoted = re.match(r"[“\"‘]([^”\"’]{1,6})[”\"’]", after)
        if not quoted:
            return None
        noun = quoted.group(0)  # 两个“关”
    elif relative_clause(after):
        # 两座压在中国人民头上的大山 (一座叫做…), 十项违反上述协定的要求: a clause describes
        # the head noun; a frame only when the text spells out its items
        noun, strict = relative_clause(after), strict or "listed"
    elif back and re.match(r"里面|里边|之中|当中|中间|之内|以内", after):
        noun = ""  # 做到A、B、C、D。这四条里面…: pointing back, the list before is its items
    else:
        noun = noun_after(after)
        if noun in _PLAIN_NOUNS and compound(after):
            noun = noun + "·"  # 四条干部标准: a thing's standards (the word is checked below)
        # 分三种地区。第一种…，第二种…: kinds of plain things taken in turn by the same counter
        kinds_follow = counter in ("种", "类") and re.match(
            rf"[。，,：:]\s*第?一{counter}", after[len(noun) :]
        )
        if (
            noun in _PLAIN_NOUNS
            and noun != "人"
            and (
                _ONE_BY_ONE.match(after, len(noun))
                or _ORDINALS_FOLLOW.match(after, len(noun))
                or kinds_follow
            )
        ):
            # 两个工厂，一个叫A，一个叫B: things, but each one named in turn — a frame
            # when those names follow (两个人，一个是韩信…: people named are examples)
            end = m.end() + len(noun)
            key = _key(number, counter + noun)
            return Mention(
                index, m.start(), end, text[m.start() : end], number, False, key, "listed"
            )
        people_kinds = counter in ("种", "类") and noun in ("人", "人们")  # 两类人，一类是…
        if (
            not noun
            or (noun in _PLAIN_NOUNS and not people_kinds)
            or noun[0] in "多几余百千万"
            or re.match(NUMERAL, noun)
        ):
            return None
        noun = noun.rstrip("·")
        if noun[0] == "来" and noun[1:2] in ("月", "天", "年", "人", "次", ""):
            return None  # 三个来月: about three months
        if after.startswith(("以上", "以下", "左右", "上下")):
            return None  # 两个以上矛盾: "two or more", a rough count
        cut = words_after(after)
        word = cut[0] if cut else ""
        if word and is_function_word(word):
            return None  # 四项虽然…, 两项之外: a conjunction or a place word, no noun counted
        kinds = counter in ("种", "类") and noun[0] == "人"  # 两种人们, 三类人: kinds of people
        if not kinds and (
            word in _TIME_WORDS or (noun[0] in _TIME_UNITS and not SUMMARY_NOUN.search(word))
        ):
            return None  # 六个月之后, 两个人: a length of time, people (三个时期 is a summary)
        if len(word) != 2 or word in _PLAIN_NOUNS:
            # 三个流, 两条路 (one character), 三个实验室 (a thing): a frame only when the
            # text lists its items; 三个中央集权 keeps its whole word
            if len(word) == 1 and _adjective_noun(cut, after):
                noun = word = cut[0] + cut[1]  # 两个短木板: an adjective and its noun
            elif len(word) == 1:
                noun = noun[:1]
                if (
                    counter == "大"
                    and word not in _NOT_BIG_ONE
                    and not re.match(r"[\u4e00-\u9fff]", after[1:2].replace("的", ""))
                ):
                    word = "·"  # 八大员, 三大件: a formula named with one character
            elif 2 < len(word) <= 4 and after.startswith(word):
                noun = word
            if word == "·" or (
                2 < len(word) <= 4 and SUMMARY_NOUN.search(word) and word[-1] not in _LOCALIZERS
            ):
                pass  # 三大攻坚战, 四项基本原则: a longer word with a summary head
            elif compound(after):
                noun = compound(after)  # 四条干部标准, 两种管理制度: a thing's standards
            else:
                strict = strict or "listed"
        elif compound(after):
            noun = compound(after)  # 四项基本原则: the summary word comes second
        elif counter == "点" and not PLAN_NOUNS.search(noun):
            strict = strict or "listed"  # 两点攻克: two places, not two points of a talk
        elif len(cut) > 1 and cut[1] in _PLAIN_NOUNS and cut[1] not in _LOCALIZERS:
            strict = strict or "listed"  # 两个伟大国家, 两个战略客户: things, named
        elif len(cut) > 1 and cut[1] in _NOUN_SUFFIXES and after.startswith(word + cut[1]):
            noun = word + cut[1]  # 两个管理线, 四个现代化

        noun = through_de(after, noun)

    if counter in ("座", "笔") or (counter == "层" and not SUMMARY_NOUN.search(noun)):
        # 两座大山, 三层流动循环, 三笔账 (第一笔，政治账。…): a frame only with its items;
        # 两笔贷款, 三笔资金 count sums
        strict = strict or "listed"
    if _QUOTA_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
        strict = strict or "listed"  # 至少开展两项专题调研: a quota, a frame only with its items
    end = m.end() + len(noun)
    phrase = text[m.start() : end]
    key = _key(number, counter + noun.strip('“”"‘’'))
    return Mention(index, m.start(), end, phrase, number, False, key, strict)


# 至少开展, 不少于, 最多: a quota or a limit before a count (至少有十个突出亮点：一是… is one
# only when it lists them)
_QUOTA_BEFORE = re.compile(r"(?:至少|不少于|不低于|最少|至多|不超过|最多)[\u4e00-\u9fff]{0,4}$")
# 五大洲, 两大国, 两大类: N大 and one character that is a place or a class, not a formula
_NOT_BIG_ONE = frozenset("洲洋国类块批山河江湖城省市道街")
_HEADING_MARKER = re.compile(rf"\s*{NUMERAL}{{1,3}}、")
# Counters that may close a phrase whose noun came first (原则有三个：, 分为两类，)
_FINAL_COUNTERS = frozenset(("个", "种", "类", "条", "项", "点", "件", "方面", "个方面"))
# 原因在两个地方：第一是…: a colon or ordinals right after a plain count list its things
_ORDINALS_FOLLOW = re.compile(r"[：:]\s*(?:第一|一是|首先|其一|1[、.．])")
_ITEMS_FOLLOW = re.compile(
    r"(?:\[\d{1,2}\])?(?:[：:]|[，,。]\s*(?:即[：:]?|就是[：:]?)?\s*(?:一是|一要|一种|一类|一个|一条|一方面|第一|首先|其一|1[、.．])"
    r"|[，,]\s*即(?![将使便])[^，,。；;：:！？!?]{2,40}(?:和|与|及)[^，,。；;：:！？!?]{2,40}[。；;]"  # 两种，即A和B。
    r"|[，,][^，,。；;：:！？!?]{2,14}(?:和|与|、)[^，,。；;：:！？!?]{2,14}[，,。；;]"  # 两种，A的和B的，
    r"|[，,]\s*[\u4e00-\u9fff]{2,6}类[^，,。]{0,10}[，,]\s*[\u4e00-\u9fff]{2,6}类)"  # 两类，A类…，B类…
)
# 两个工厂，一个叫…: the things counted named one by one right after the count
_ONE_BY_ONE = re.compile(
    r"(?:都?是[^，,。；;：:！？!?]{1,6})?[，,：:]\s*一(?:个|种|条|座|家)?(?:叫做|叫|就是|是)"
)  # 两个部门是不下放的，一个是财务: a short 是… predicate may come first (两座大山挡住
# 他家的出路，一座叫做太行山: a story's things doing something, not a frame)
# Words after a counter that make a length of time or a number of people, not a summary
_TIME_WORDS = frozenset(
    [
        "年",
        "月",
        "天",
        "日",
        "时",
        "小时",
        "钟头",
        "分钟",
        "秒",
        "岁",
        "次",
        "人",
        "名",
        "位",
        "周",
        "星期",
    ]
)
_NOUN_SUFFIXES = frozenset(
    [
        "线",
        "性",
        "化",
        "观",
        "制",
        "权",
        "感",
        "力",
        "心",
        "点",
        "关",
        "面",
        "路",
        "链",
        "圈",
        "群",
        "区",
        "网",
    ]
)
# 五个条件下, 三个方面上: a place word after the noun, not a second noun
_LOCALIZERS = frozenset("下上中里内外前后间时")
# the words that make N点 an hour: 晚上十一点, 每天早上七点
_TIME_OF_DAY = re.compile(r"(?:早上|上午|中午|下午|晚上|夜里|夜间|凌晨|半夜|傍晚|清晨|早晨)$")
# counters a pointed-back count may stand alone with (这两个不是一回事, 上面二条呢)
_BACK_ALONE = frozenset(("个", "条", "项", "种", "类", "件"))
POINTER_WORDS = ("这", "那", "此", "每", "各", "上述", "这些", "以上", "上面", "这样")


# what may follow a package of provisions named by its count alone (八条为谈判基础, 十条里有…)
_PACKAGE_AFTER = re.compile(r"[，,。；;：:、）)”！？!?]|的|为|里|中|以外|之外|都|就是|是|$")
# the name of a document before its count (农业发展纲要四十条, 协定八条): a name, no frame
_DOCUMENT_BEFORE = re.compile(r"(?:纲要|协定|协议|条例|决定|规定|办法|法|宪章|章程|草案)$")


def _package(index: int, text: str, m: re.Match) -> Mention | None:
    """A count of 条 (three to twelve) the guards of :func:`_counted` refused for want of a
    noun, standing alone as one after a verb, 的 or a measure (承认以我们的八条为谈判基础,
    延安才规定了九条, 我讲的十条): provisions or points the reader knows by their count, as
    “新九条” quoted — a mentioned frame. Not after a noun (干部八条 is a named list, read by
    frames.rules.named_lists), a pointer (这八条, 右列四条 point back), the same count named before
    in the paragraph or a document's name (纲要四十条)."""
    numeral = m.group(1)
    number = parse_cn_number(numeral)
    if m.group(2) != "条" or not number or not 3 <= number <= 12 or len(numeral) > 2:
        return None
    if len(numeral) == 2 and "十" not in numeral:
        return None  # 三四条: a rough count
    if not _PACKAGE_AFTER.match(text, m.end()):
        return None
    before = text[max(0, m.start() - 6) : m.start()]
    if _DOCUMENT_BEFORE.search(before) or re.search(r"[这那此]|[右左上下前]列", before):
        return None  # 这纲领性的八条, 右列四条: pointing back at a list or a formula named before
    if m.group(0) in text[: m.start()]:
        return None  # 干部八条…维持这个八条: the formula named again
    last = tagged(before)[-1:] if before else []
    if last and not (last[0][1][:1] in "vupqmr" or not re.match(r"[\u4e00-\u9fff]", last[0][0])):
        return None  # 干部八条, 右列四条: a noun or a place word names the list
    if re.search(r"[第一二三四五六七八九十两0-9０-９]$", before):
        return None
    return Mention(index, m.start(), m.end(), m.group(0), number, False, _key(number, "条"))


def _compared(text: str, m: re.Match, counter: str, after: str) -> bool:
    """Whether the sentence before the count says one of the same thing (增加一个流程节点，
    减少两个流程节点): then the count is a quantity set against it."""
    noun = re.match(r"[\u4e00-\u9fff]{2}", after)
    if not noun:
        return False
    start = max(text.rfind(c, 0, m.start()) for c in "。！？!?") + 1
    return f"一{counter}{noun.group()}" in text[start : m.start()]


def _not_a_noun(after: str) -> bool:
    """Whether the word after a counter is an adverb, a verb or a preposition (两点很重要,
    三点要记住): the count stands alone."""
    first = tagged(words_after(after)[0]) if words_after(after) else []
    return bool(first) and first[0][1] in ("d", "p", "c", "ad", "zg")


def _a_verb(after: str) -> bool:
    """Whether the word after a counter is a verb, an idiom or a particle and no summary word
    (得到, 坚定不移, 抓; 建议 and 要求 are the points' nouns)."""
    cut = words_after(after)
    first = tagged(cut[0]) if cut else []
    return (
        bool(first)
        and first[0][1] in ("v", "vd", "i", "l", "y")
        and not SUMMARY_NOUN.match(first[0][0])
    )


def _adjective_noun(cut: list[str], after: str) -> bool:
    """两个短木板, 三个新课题: one adjective and a noun of two characters make the noun."""
    if len(cut) < 2 or len(cut[1]) != 2 or not after.startswith(cut[0] + cut[1]):
        return False
    first, second = tagged(cut[0]), tagged(cut[1])
    return bool(first and second) and first[0][1] == "a" and second[0][1] == "n"


def _key(number: int, tail: str) -> str:
    return f"{number}:{tail.replace('个', '').replace('“', '').replace('”', '')}"
