"""The words a speaker announces his talk with: verbs of talk, the speaker-now words, counts.

Which verbs of talk speak of what is to come (not quoted, not a noun, not negated, not done
or said before, not someone else's), how a count is written (三 / 十四 / 10), what may hold
a count or an order (MAY_COUNT) and what before a count points elsewhere than ahead
(第 / 这 / 上述 …). Shared by the sentence readers (:mod:`.sentence`, :mod:`.pointers`,
:mod:`.turn_to_talk`, :mod:`.spoken_order`) and the readers of where a roadmap stands.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.roadmap.inline import in_quotes


def count_value(word: str) -> int | None:
    """A count as the text writes it: in characters (三, 十四) or in figures (3, １０ — 重点做好以下
    10个方面工作：), which company talks and reports use as often."""
    digits = word.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(digits) if digits.isdigit() else parse_cn_number(word)


def count_named(word: str) -> int | None:
    """The count a count word names, ``None`` for 几 (some: how many, the parts that follow
    show), as every roadmap reader reports it."""
    return None if word == "几" else count_value(word)


# Verbs of saying, and of showing and choosing what to say when the speaker uses them of the
# talk itself (解释我的几点看法 / 抽出几条来说一说 / 下面再举出几个具体的例子): 举 only before 出 or
# a count (not 举行, 举办, 选举); 报告 and 提醒 likewise, before a count or 一下 (下面简要报告三个
# 方面的工作 — not the noun of 这个报告分为…, nor 提醒大家); 谨陈救国大计十端's classical 陈, "to set out", only after a humble
# or formal word (陈 alone is a surname); 简述/概述 sum the talk up (下面简述几项重点).
_VERB = (
    "(?:(?:报告|提醒)(?=一下|以下|如下|几|[两二三四五六七八九十])"
    "|讲|谈|提|说|聊(?!天)|交流|分享|补充|强调|汇报|阐述|简述|概述|略述|综述|指出|指明|宣布|解释|介绍|列举|抽出|挑出"
    "|归纳|概括|交代|交待|发表|分析(?=一下)"
    "|举(?=出|几|[两二三四五六七八九十])|(?<=[谨敬略特兹])陈)"
)
RE_VERB = re.compile(_VERB)
NOW = re.compile(
    r"我|下面|接下来|下边|借此机会|借这个机会|借这次机会|在这里|这里|今天|现在|以下|如下|为此|兹|谨"
    # 主要讲三点 — the adverb before a verb of talk, not the adjective of 22项主要指标
    r"|主要(?=[^，。]{0,3}(?:讲|谈|说|汇报|报告|介绍|强调|交流|阐述|提|从))"
)
# what a roadmap in running text must hold besides its verb: a count, or an order (先…再…)
MAY_COUNT = re.compile("[两二三四五六七八九十几]|先")


# a count after these points back or elsewhere (第一个问题, 这两个问题, 上述三点), not ahead
NOT_AHEAD = ("第", "这", "那", "上述", "以上", "前", "后")


def speaking_verbs(sentence: str) -> list[re.Match]:
    """The verbs of talk in ``sentence`` that speak of what is to come: not quoted, not a noun
    (地区部的汇报), not part of another word (提高, 说服), not negated (不去说它们: what the
    speaker leaves out), not done (胡风提出了三个问题) or said before (上次我讲过), and not
    someone else's (现在很多人说)."""
    return [
        v
        for v in RE_VERB.finditer(sentence)
        if not in_quotes(sentence, v.start())
        and sentence[v.start() - 1 : v.start()] != "的"
        and (
            v.group(0) == "提醒"  # (提醒三点: matched before a count only)
            or not any(
                sentence.startswith(w, max(0, v.start() - k)) for w in _NOT_SPEAKING for k in (0, 1)
            )
        )
        and not re.search(r"[不没别]去?$", sentence[max(0, v.start() - 2) : v.start()])
        and "了" not in sentence[v.end() : v.end() + 2]
        and not said_before(sentence, v)
        and not _OTHERS.search(re.split(r"[，,；;：:。！？]", sentence[: v.start()])[-1])
    ]


# someone else speaking in the verb's clause (现在很多人说 / 今天报纸上说 / 这里面有人提出 / 社会上
# 讲): their words, not the speaker's plan — 大家 and 同志们 are whom he speaks to (跟大家讲三点)
_OTHERS = re.compile(
    r"[他她]们?|有人|人们|很多人|不少人|许多人|别人|人家|报纸|报上|网上|社会上|外面|外界|媒体"
)


def others_in(clause: str) -> bool:
    """Whether ``clause`` names someone other than the speaker or his listeners (他们 / 有人 /
    报纸上): what it counts is theirs, not a plan of the talk, whatever the verb."""
    return bool(_OTHERS.search(clause))


# what was said before now: a past time in the verb's clause (上次会议我讲… / 我曾经提出… /
# 在去年的讲话中谈到…), unless the speaker says he will (我上次没讲完，今天要讲…)
_PAST_TIME = re.compile(r"上次|上回|那次|曾经|曾|已经|过去|去年|前年|昨天|刚才|前面|此前|当时|那时")
_WILL = re.compile(r"要|想|将|准备|再|来")


def said_before(sentence: str, verb: re.Match) -> bool:
    """Whether the speaking verb reports what was said before, not what is to come: 讲过 /
    提过 (past), a past time in its clause, or 我讲的三个问题 (a relative clause pointing back:
    not 我要讲的三个问题, which points ahead)."""
    clause = re.split(r"[，,；;：:。]", sentence[: verb.start()])[-1]
    after = sentence[verb.end() : verb.end() + 1]
    if _WILL.search(clause) or _WHAT_I_SAY.match(sentence, verb.end()):
        return False
    return after in ("过", "的") or bool(_PAST_TIME.search(clause))


# 我讲的主要是三个问题 / 我今天讲的题目是三个关键词: what the talk is, named by its count — the
# talk now, not 我讲的三个问题 (a relative clause pointing back at what was said)
_WHAT_I_SAY = re.compile(
    r"的[^，。；]{0,4}?(?:主要|就|无非)?(?:是|有)(?:这么|这样)?(?:几|[两二三四五六七八九十])"
)


_NOT_SPEAKING = (
    "提高",
    "提升",
    "提供",
    "提前",
    "提拔",
    "提醒",
    "提交",
    "说服",
    "谈判",
    "笑谈",
    "讲求",
    "讲究",
)
