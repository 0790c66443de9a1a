"""Frames mentioned by a number and a counter (三个服务, 四点希望, 三句话, 两方面), and the guards
that refuse plain counts of things (三个月, 两个人, 三点半, 一两个, 前三个, 每增加一个…减少两个)."""

from __future__ import annotations

import functools
import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.mention import (
    NUMERAL,
    PLAN_NOUNS,
    POINTER_WORDS,
    RANKING_BEFORE,
    TIME_UNITS,
    Mention,
    mention_key,
)
from drafter.study.frames.nouns import (
    PLAIN_NOUNS as _PLAIN_NOUNS,
)
from drafter.study.frames.nouns import (
    compound,
    is_congress,
    is_function_word,
    noun_after,
    noun_run,
    relative_clause,
    through_de,
    words_after,
)
from drafter.study.frames.summary_nouns import SUMMARY_NOUN
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

_COUNTERS_ALONE = frozenset(("个方面", "个层面", "个问题", "句话", "层意思", "件事", "方面"))


def guarded_count(index: int, text: str, m: re.Match) -> Frame | None:
    """A count :func:`counted_mention` refused, as a frame of its numeral, counter and noun (两类人员),
    for the second look; None for a rough count (三四个) or a number no frame has."""
    numeral = m.group(1)
    number = parse_cn_number(numeral)
    if (len(numeral) == 2 and "十" not in numeral) or not number or not 2 <= number <= 30:
        return None
    end = m.end() + len(noun_after(text[m.end() :]))
    return Frame(text[m.start() : end], number, Span(index, m.start(), end))


def counted_mention(index: int, text: str, m: re.Match) -> Mention | None:
    """The mention a number and its counter ``m`` name in paragraph ``index`` (三个服务, 这两项
    工作, 两方面), with how strictly it asks for items; None when a guard finds a plain count
    of things (三个月, 两个人, 晚上十一点, 一两个): most counts in a speech count things, and
    these guards keep them from the reader."""
    numeral = m.group(1)
    if len(numeral) == 2 and "十" not in numeral:
        return None  # 一两个, 三四个: a rough count, not a frame
    if _ROUGH_NUMERAL_BEFORE.search(text[max(0, m.start() - 3) : m.start()]) and not (
        HEADING_MARKER.fullmatch(text[: m.start()])
    ):
        return None  # 一、两个 / 七、八个: a rough count (二、三大纪律: a heading's marker)
    if _ROUGH_COUNT_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
        return None  # 一个、二个弟妹, 一句话、二句话: a rough count
    if (
        m.group(2) == "句话"
        and numeral in ("两", "二")
        and _SAID_BEFORE.search(text[max(0, m.start() - 2) : m.start()])
        and not _COLON_NEXT.match(text, m.end())
    ):
        # 也要为他们说两句话，: a few words said, no sayings counted; 只想和大家谈四句话 plans
        # its sayings (../shared says or speaks only 两句话 or 几句话 so)
        return None
    if _PROVISIONS_CITED.search(text[max(0, m.start() - 6) : m.start()]):
        return None  # 第二、三项规定 / 第四项至七项 / 第一至五类案件: numbered provisions cited
    if (
        m.group(2) == "大"
        and parse_cn_number(numeral) == 10
        and RANKING_BEFORE.search(text[max(0, m.start() - 2) : m.start()])
    ):
        return None  # 全国十大考古新发现: a ranking's title
    number = parse_cn_number(numeral)
    if not number or number < 2 or number > 30:
        return None
    counter = m.group(2)
    after = text[m.end() :]
    if _one_counted_before(counter).search(text[max(0, m.start() - 6) : m.start()]):
        return None  # 一句话两句话, 一个两个: a rough count
    if text[max(0, m.start() - 1) : m.start()] in ("前", "后", "头", "末") and words(
        text[max(0, m.start() - 6) : m.start()]
    )[-1:] in (["前"], ["后"], ["头"], ["末"]):
        return None  # 前三个公布的部门: a rank, not a count (落后两种人们 is no rank)
    if counter == "点" and (
        _TIME_OF_DAY.search(text[max(0, m.start() - 3) : m.start()]) or _HOUR_AFTER.match(after)
    ):
        return None  # 晚上十一点, 三点半: a time of day, not points
    if text[max(0, m.start() - 1) : m.start()] in ("哪", "几"):
        return None  # 有哪两点问题: a question, not a count
    if _compared(text, m, counter, after):
        return None  # 每增加一个流程节点，要减少两个流程节点: a quantity, not a summary
    if counter == "个" and number >= 3 and _N_ONES.match(after):
        # 实现五个一, 5个1工程: a formula of N ones, named as such (“五个一” quoted is found too)
        end = m.end() + 1
        return Mention(index, m.start(), end, text[m.start() : end], number, False, f"{number}:一")
    if counter == "条" and after.startswith("腿走路"):
        return None  # 两条腿走路: a formula of action (frames.counterless.collective_formulas)
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
            mention_key(number, "者" + noun),
            "before",
        )
    # 这两个不是一回事, 上面二条呢, 这样三部分比较容易…: pointing back, a count followed by
    # an adverb, a conjunction or a particle stands alone — no noun is counted
    bare_back = text[max(0, m.start() - 2) : m.start()].endswith(POINTER_WORDS) and (
        after[:1] in "呢吗吧" or _not_a_noun(after)
    )
    if bare_back and "的" in _NOT_HAN.split(after[:7])[0]:
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
            and _HAN.match(after)
            and not bare_back
            and bool(first)
            and first[0][1][:1] in ("n", "j")
            else ""
        )
        end = m.end() + len(noun)
        key = mention_key(number, counter + noun)
        strict = "parts" if counter == "部分" else "listed"
        return Mention(index, m.start(), end, text[m.start() : end], number, False, key, strict)
    # 这两项工作, 上述三个方面 point back at a list: a frame only when the list stands
    # right before (发展进步势力、争取中间势力、孤立顽固势力这三项方针).
    back = text[max(0, m.start() - 2) : m.start()].endswith(POINTER_WORDS)
    strict = "before" if back else ""
    quoted_word = _QUOTED_WORD.match(after)
    if counter == "个字" and quoted_word and len(quoted_word.group(1)) == number:
        # 二个字“诚信”, 三个字“真英雄”: the word itself, counted in characters (a count of
        # characters is no frame, gold README batch 9) — unless the text then glosses each
        # character (四个字“大云移智”，“大”指…，“云”指…: an acronym of four parts)
        gloss = after[quoted_word.end() : quoted_word.end() + 12]
        if not _CHARACTER_GLOSSED.search(gloss):
            return None
    if counter == "个字" and after[:1] not in '“"':
        # 就是八个字：团结、紧张、严肃、活泼: a formula counted in characters
        if not _CHARACTERS_LISTED.match(after):
            return None  # “简化”两个字, 铸造两个字：诚信: a word stressed, not a formula
        return Mention(
            index, m.start(), m.end(), m.group(0), number, False, mention_key(number, "字")
        )
    if (
        counter in _COUNTERS_ALONE
        or (bare_back and counter in _BACK_ALONE)
        or (
            counter == "点"
            and (
                _POINTS_STAND_ALONE.match(after)
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
        quoted = _QUOTED_NOUN.match(after)
        if not quoted:
            return None
        noun = quoted.group(0)  # 两个“关”
    elif relative_clause(after):
        # 两座压在中国人民头上的大山 (一座叫做…), 十项违反上述协定的要求: a clause describes
        # the head noun; a frame only when the text spells out its items
        noun, strict = relative_clause(after), strict or "listed"
    elif back and _INSIDE.match(after):
        noun = ""  # 做到A、B、C、D。这四条里面…: pointing back, the list before is its items
    else:
        noun = noun_after(after)
        if noun in _PLAIN_NOUNS and compound(after):
            noun = noun + "·"  # 四条干部标准: a thing's standards (the word is checked below)
        # 分三种地区。第一种…，第二种…: kinds of plain things taken in turn by the same counter
        kinds_follow = counter in ("种", "类") and _first_kind_next(counter).match(after, len(noun))
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
            key = mention_key(number, counter + noun)
            return Mention(
                index, m.start(), end, text[m.start() : end], number, False, key, "listed"
            )
        people_kinds = counter in ("种", "类") and noun in ("人", "人们")  # 两类人，一类是…
        if (
            not noun
            or (noun in _PLAIN_NOUNS and not people_kinds)
            or noun[0] in "多几余百千万"
            or _NUMERAL.match(noun)
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
            word in _TIME_WORDS or (noun[0] in TIME_UNITS and not SUMMARY_NOUN.search(word))
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
                    and not _HAN.match(after[1:2].replace("的", ""))
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
        elif _BODY_AFTER.match(after, len(word)):
            # 三个攻坚专班, 两个督查工作组: bodies set up for a task, counted (jieba cuts 专班
            # in two); a frame only when the text lists them
            strict = strict or "listed"
        elif counter == "点" and not PLAN_NOUNS.search(noun):
            strict = strict or "listed"  # 两点攻克: two places, not two points of a talk
        elif len(cut) > 1 and cut[1] in _PLAIN_NOUNS and cut[1] not in _LOCALIZERS:
            strict = strict or "listed"  # 两个伟大国家, 两个战略客户: things, named
        elif len(cut) > 1 and cut[1] in _NOUN_SUFFIXES and after.startswith(word + cut[1]):
            noun = word + cut[1]  # 两个管理线, 四个现代化

        noun = through_de(after, noun)
        if counter in ("大", "项"):
            run = noun_run(after)  # 三大算力圈, 三项金融创新职能定位: the whole compound
            if len(run) > len(noun) and run.startswith(noun):
                noun = run

    if counter in ("座", "笔") or (counter == "层" and not SUMMARY_NOUN.search(noun)):
        # 两座大山, 三层流动循环, 三笔账 (第一笔，政治账。…): a frame only with its items;
        # 两笔贷款, 三笔资金 count sums
        strict = strict or "listed"
    if _QUOTA_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
        strict = strict or "listed"  # 至少开展两项专题调研: a quota, a frame only with its items
    end = m.end() + len(noun)
    phrase = text[m.start() : end]
    key = mention_key(number, counter + noun.strip('“”"‘’'))
    return Mention(index, m.start(), end, phrase, number, False, key, strict)


# a body set up for a task, after the word that says what for (攻坚|专班, 督查|工作组): the
# count counts bodies, as 两个工作组 (the gold README: bodies counted are no frames)
_BODY_AFTER = re.compile(r"(?:工作)?(?:专班|小组|工作组|指挥部|工作队|督导组|督查组|巡查组|检查组)")
# 至少开展, 不少于, 最多: a quota or a limit before a count (至少有十个突出亮点：一是… is one
# only when it lists them)
_QUOTA_BEFORE = re.compile(r"(?:至少|不少于|不低于|最少|至多|不超过|最多)[\u4e00-\u9fff]{0,4}$")
# 五大洲, 两大国, 两大类: N大 and one character that is a place or a class, not a formula
_NOT_BIG_ONE = frozenset("洲洋国类块批山河江湖城省市道街")
HEADING_MARKER = re.compile(rf"\s*{NUMERAL}{{1,3}}、")
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


# The fixed patterns of counted_mention, compiled once: passed to re as strings they were
# compiled again whenever the per-noun patterns of mining had pushed them out of re's cache
# (a class of Han characters costs ~1 ms to compile)
_ROUGH_NUMERAL_BEFORE = re.compile(rf"(?<!第){NUMERAL}、$")  # 一、两个
_ROUGH_COUNT_BEFORE = re.compile(rf"{NUMERAL}(?:个|种|条|件|句话)、$")  # 一个、二个
_SAID_BEFORE = re.compile(r"[说讲谈]了?$")  # 说两句话
_COLON_NEXT = re.compile(r"\s*[：:]")
_PROVISIONS_CITED = re.compile(rf"第{NUMERAL}{{1,3}}(?:[条项款类])?[、至到]$")  # 第二、三项
_HOUR_AFTER = re.compile(r"(?:钟|半|[一二三四五六七八九十]?[零一二三四五六七八九十]分|多钟|整)")
_N_ONES = re.compile(r"一(?:[^\u4e00-\u9fff]|工程|$)")  # 五个一
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_QUOTED_WORD = re.compile(r"[“\"]([\u4e00-\u9fff]{1,12})[”\"]")  # 三个字“真英雄”
_CHARACTER_GLOSSED = re.compile(r"[“\"][\u4e00-\u9fff][”\"](?:指|是|代表|就是)")  # “大”指
_CHARACTERS_LISTED = re.compile(r"[：:][^。；;，,、]{1,6}、")  # 八个字：团结、
_POINTS_STAND_ALONE = re.compile(r"[：:，,是]|请|让")  # 有两点是
_QUOTED_NOUN = re.compile(r"[“\"‘]([^”\"’]{1,6})[”\"’]")  # 两个“关”
_INSIDE = re.compile(r"里面|里边|之中|当中|中间|之内|以内")  # 这四条里面
_NUMERAL = re.compile(NUMERAL)


@functools.cache
def _one_counted_before(counter: str) -> re.Pattern:
    """一句话两句话, 一个两个: one of the same counter just before the count (compiled once for
    each counter, of which there are a few dozen)."""
    return re.compile(rf"一{counter}[\u4e00-\u9fff]{{0,2}}$")


@functools.cache
def _first_kind_next(counter: str) -> re.Pattern:
    """分三种地区。第一种…: the first kind taken in turn by the same counter, right after the
    count's noun (compiled once for each counter)."""
    return re.compile(rf"[。，,：:]\s*第?一{counter}")


# what may follow a package of provisions named by its count alone (八条为谈判基础, 十条里有…)
def _compared(text: str, m: re.Match, counter: str, after: str) -> bool:
    """Whether the sentence before the count says one of the same thing (增加一个流程节点，
    减少两个流程节点): then the count is a quantity set against it."""
    noun = _TWO_HAN.match(after)
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
