"""How many parts a sentence announces when its own words (:mod:`.sentence`) do not say, read
with what stands around it: the headings that follow, the questions just asked, the rest of
its paragraph.

A division into as many kinds as there are sections (应当分三种地区), the talk's own division
(这个报告分为五个部分：…), a list of the headings' own words after a count or none (这些问题是：
A；B；…), a full sentence pointing ahead before a gloss (有如下各方面的具体任务。), the
questions it points back at (这些问题，…), a turn to talk over numbered sections (下面谈谈我的
体会。), and whether a sentence ends its lead but for a short aside.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Node
from drafter.study.roadmap.inline import in_quotes, inline_items, items_follow
from drafter.study.roadmap.markers import heading_marker, part_marker
from drafter.study.roadmap.pointers import AHEAD, LOOK_BACK, ahead_count, colon_count
from drafter.study.roadmap.sections import numbered_prefix
from drafter.study.roadmap.talk_words import MAY_COUNT
from drafter.study.roadmap.turn_to_talk import talk_ahead, turns_below

# a sentence pointing back at the questions just asked (这些问题，… / 这几个问题…)
_THESE_QUESTIONS = re.compile(r"^(?:那么|那末|而|所有)?(?:这些|这几个|上述)问题")


def questions_before(sents: list, k: int) -> int:
    """How many questions sentence ``k`` points back at when it opens with 这些问题: the
    questions (ending in ？) right before it in its paragraph, two or more; else 0."""
    if not _THESE_QUESTIONS.match(sents[k].text.strip()):
        return 0
    asked = 0
    for sent in reversed(sents[:k]):
        if not sent.text.strip().endswith(("？", "?")):
            break
        asked += 1
    return asked if asked >= 2 else 0


def counted_before_items(
    sentence: str, headings: list[str], last: bool = True
) -> int | None | bool:
    """有四点价值体系要普及员工知道：第一点，…第四点，…。 in the lead of a section whose
    sub-sections are those four points again: the count (as many as there are for 几)
    announces them, although the sentence lists them too — when the items it lists are the
    sub-sections' (most share words with their heading: 以德为主 / 1、公司的创建初期，是以德为主)."""
    colon = re.search(r"[：:]", sentence)
    if colon is None or len(headings) < 2:
        return False
    lead = sentence[: colon.end()].split("，")[-1]
    named = colon_count(lead)
    if named is False and AHEAD.search(lead):
        named = None  # 我想说明下列各问题：（一）…；（二）… — no count, a pointer
    unnamed = named is False  # 这些问题是：A；B；…：no count, no pointer — a table of contents
    if not unnamed and not last:
        return False  # a counted list before the lead's last paragraph: as before, not read
    if not unnamed and named is not None and named != len(headings):
        return False
    rest = sentence[colon.end() :].rstrip("。 ")
    for marks in ("[；;]", "[，,]", "[、]"):  # the coarsest split that gives one item a heading
        items = [i for i in re.split(marks, rest) if len(i.strip()) >= 2]
        if len(items) == len(headings) or (unnamed and 3 <= len(items) < len(headings)):
            break
    else:
        return False
    shared = sum(1 for item, head in zip(items, headings) if _share_words(item, head))
    if unnamed:
        # a word every heading matched holds is the text's topic (人才 in each part of a talk
        # on talent work), so an item sharing only it names no section: 还存在不小差距：高层次
        # 人才总量偏少；产业人才结构不优；… over 一、…集聚高层次人才 二、…本土实用人才 lists
        # problems
        topic = _common_words(headings[: len(items)])
        shared = sum(1 for item, head in zip(items, headings) if _share_words(item, head, topic))
        # every item the heading of the section in its place (the text's closing section, 结论,
        # may go unnamed): the items are the sections, as many as it names
        return len(items) if shared == len(items) and len(items) >= 3 else False
    return named if shared * 2 > len(items) else False


# 应当分三种地区 / 划分为两个阶段 (not 部分, 充分, 十分 …, where 分 is part of another word)
DIVIDE = re.compile(
    r"(?<![部充十百千万过成身评得积处])分(?:成|为)?"
    r"([两二三四五六七八九十]{1,2})(?:种|类|个|部分|步|阶段|批|层次|方面)"
)


def division_count(sentence: str, sections: int) -> int | bool:
    """关于土地法的实施，应当分三种地区，采取不同策略。 in the lead right before three sections:
    dividing the matter into as many kinds as there are sections announces them, with no
    speaking verb; ``False`` unless the count and the sections agree."""
    for m in DIVIDE.finditer(sentence):
        if in_quotes(sentence, m.start()):
            continue
        number = parse_cn_number(m.group(1))
        return number if number == sections and number >= 2 else False
    return False


# 这个报告分为五个部分：（１）关于…；（２）… / 我今天的讲话分三个部分。: the talk says how it is
# divided — its own parts, the sections that follow, wherever the sentence stands in the lead
_SELF_DIVIDED = re.compile(
    r"(?:报告|讲话|发言|汇报|讲稿|党课|本文)[^，。：:；！？]{0,6}?分(?:为|成)?"
    r"([两二三四五六七八九十]{1,2})(?:个)?(?:部分|大部分|个问题|方面|层意思)"
)


def self_division(sentence: str, headings: list[str]) -> int | bool:
    """The count of ``sentence`` when the talk names its own division into parts and the
    sections (``headings``, numbered from 1) are those parts: when the sentence lists them
    (（１）关于社会主义革命；（２）…), the first shares its words with the first heading (关于 and
    the markers aside). ``False`` otherwise."""
    m = _SELF_DIVIDED.search(sentence)
    if m is None or in_quotes(sentence, m.start()) or len(headings) < 2:
        return False
    if sentence[: m.start()].endswith(LOOK_BACK) or re.search(r"[了过]", sentence[m.end() :][:2]):
        return False
    rest = sentence[m.end() :]
    colon = re.search(r"[：:]", rest)
    if colon and rest[colon.end() :].strip(" 。"):
        first = re.split(r"[；;，,]", rest[colon.end() :])[0]
        first = re.sub(r"^[\s（(]*[0-9０-９一二三四五六七八九十]+[）)、．.]?|关于", "", first)
        if not _share_words(first, re.sub("关于", "", headings[0])):
            return False
    return parse_cn_number(m.group(1))


# the speaker now delivering the report's or talk's matter (现在，我着重报告… / 借今天的会议，我代表公司
# 对96年工作进行总结，…): 我 after a time or an occasion, then a verb of reporting
_SPEAKER_REPORTS = re.compile(
    r"(?:^|[，,])\s*(?:现在|今天|下面|借[^，。]{2,10}[，,])?[，,]?\s*我(?:们)?[^，。；]{0,16}?"
    r"(?:报告|总结|汇报|讲|谈|介绍|说明|部署)"
)
# two characters too common in headings and topics alike to tie one to the other
_COMMON = {"工作", "问题", "我们", "进行", "情况", "方面", "发展", "建设", "关于", "主要", "报告"}


def _tokens(text: str) -> set[str]:
    """The words a topic and a heading may share: two-character runs of Chinese (common ones
    left out) and figures of two or more digits (96 of 96年, 1996 of 难忘的1996)."""
    han = {
        text[k : k + 2]
        for k in range(len(text) - 1)
        if re.match(r"[\u4e00-\u9fff]{2}", text[k : k + 2])
    }
    return (han - _COMMON) | set(re.findall(r"[0-9]{2,}", text))


def _tied(topic: set[str], heading: set[str]) -> bool:
    """Whether a topic and a heading share a word; a figure matches the year it ends (96 and
    1996)."""
    return any(
        t in heading or (t.isdigit() and any(h.isdigit() and h.endswith(t) for h in heading))
        for t in topic
    )


def topics_of_sections(sentence: str, headings: list[str]) -> bool:
    """Whether ``sentence`` is the speaker delivering the talk's matter by naming its topics
    (现在，我着重报告A的情况和B的安排。 / 我代表公司对96年工作进行总结，97年工作进行报告。) and
    the sections that follow are those topics, in order: the first two headings or more each
    share a word (or a year) with a topic named after the one before. The named topics stand
    in for a count; the sections are the parts."""
    m = _SPEAKER_REPORTS.search(sentence)
    if m is None or len(headings) < 2 or in_quotes(sentence, m.start()):
        return False
    if "了" in m.group(0) or re.search(r"的(?:报告|总结|汇报|讲|谈|介绍|说明|部署)$", m.group(0)):
        return False  # 我听了地区部的汇报后: someone else's report, heard; 的汇报 a noun
    if sentence.strip().startswith(LOOK_BACK) or re.search(
        r"[了过]", sentence[m.end() : m.end() + 2]
    ):
        return False
    chunks = [_tokens(c) for c in re.split(r"[，,、；;]|和|及|以及|与", sentence[m.start() :])]
    at, used = 0, set()
    for heading in headings:
        words = _tokens(re.sub(r"^[（(]?[一二三四五六七八九十0-9]+[）)、．.]?", "", heading))
        # a section may go on with the topic of the one before (保证1980、1981年计划的完成
        # after 1981年国民经济计划的任务), never go back to an earlier one
        nxt = next((j for j in range(at, len(chunks)) if _tied(chunks[j], words)), None)
        if nxt is None:
            return False  # a section no topic names (队伍、质量 before 队伍/质量/成本)
        at = nxt
        used.add(nxt)
    return len(used) >= 2


def _share_words(a: str, b: str, but: frozenset[str] = frozenset()) -> bool:
    """Whether two texts share a word of two characters (一条是总结了经验 / 这个方案总结了经验),
    other than those of ``but``."""
    return any(
        a[k : k + 2] in b
        for k in range(len(a) - 1)
        if a[k : k + 2] not in but and re.match(r"[\u4e00-\u9fff]{2}", a[k : k + 2])
    )


def _common_words(texts: list[str]) -> frozenset[str]:
    """The two-character words every one of ``texts`` holds (none for fewer than three)."""
    if len(texts) < 3:
        return frozenset()
    first = texts[0]
    words = {first[k : k + 2] for k in range(len(first) - 1)}
    return frozenset(w for w in words if all(w in t for t in texts[1:]))


# a pointer opening the noun phrase that ends the sentence (执行下列十条方针。 / 体现了以下重要
# 指导方针。 / 有如下各方面的具体任务。), not 以下 after a figure or a grade (12级以下, 3岁以下,
# a score: 得分都在80分以下。, while 报告分以下三个部分。 still points)
_POINTS_TO_END = re.compile(
    r"(?<![0-9０-９一二三四五六七八九十百千万亿级岁元人度米吨倍%％省县市乡及和])(?<![0-9０-９]分)"
    r"(?:以下|下列|下述|如下)(?:的)?[^，。；;、：:]{0,12}。$"
)


def pointer_then_gloss(sentence: str, rest: str) -> int | None | bool:
    """分别说来，有如下各方面的具体任务。 then a few sentences more on them, then the sections:
    a full sentence pointing ahead (如下/以下/下列, no colon) in the lead's last paragraph
    announces the sections though the paragraph goes on, when no items run on after it."""
    body = sentence.strip()
    if not body.endswith("。") or inline_items(body) or items_follow(rest):
        return False  # …关注以下五个方面：A；B；…。: the items are in the sentence itself
    if _BELOW_MATTER.search(body) and not MAY_COUNT.search(body):
        return None  # 下面的问题是实行建立根据地时必须认识和解决的。这些问题是：A，B，…
    if not _POINTS_TO_END.search(body):
        return False  # 都在12级以下的情况下改进的: 以下 as 'below', not a pointer
    return ahead_count(body)


# the matters the text takes up next, named as such: 下面的问题是… / 下面的几个问题是…
_BELOW_MATTER = re.compile(r"(?:^|[，,])\s*下面的(?:这些|几个)?问题(?:是|有)")


def talk_over_sections(sentence: str, targets: list[Node]) -> int | None | bool:
    """The count of ``sentence`` when it ends the lead turning to talk to come (下面谈谈我的
    体会。, :func:`~drafter.study.roadmap.sentence.talk_ahead`) and the sections after it are numbered from 1 — as many as a
    named count says; ``False`` otherwise (sections not numbered, or a count they do not
    match)."""
    count = talk_ahead(sentence)
    if count is False:
        return False
    numbered = numbered_prefix(targets)
    if numbered is targets and not (
        targets[0].section.marker and heading_marker(targets[0].section.marker)
    ):
        # not numbered: nothing shows the talk is laid out in parts — unless the speaker
        # points below himself (下面，我就来说明…若干确定的结论。 then 我们的一般纲领 / 我们的
        # 具体纲领 / …): the sections that follow are what he turned to, as many as a count says
        if len(targets) >= 2 and turns_below(sentence):
            return count if count is None or count == len(targets) else False
        return False
    if len(numbered) < 2 or (count is not None and count != len(numbered)):
        return False
    return count


def ends_lead(sents: list, k: int) -> bool:
    """Whether sentence ``k`` ends its paragraph but for one short aside (下面，我讲一些意见。
    讲得不对的地方，请同志们批评。): nothing of substance stands between it and the parts."""
    if k == len(sents) - 1:
        return True
    if k != len(sents) - 2:
        return False
    tail = sents[-1].text.strip()
    return len(tail) <= 30 and not MAY_COUNT.search(tail) and part_marker(tail) is None
