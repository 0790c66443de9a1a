"""Whether one sentence announces parts to come, and how many: :func:`roadmap_count`.

The sentence-level half of the roadmap reading (drafter.study.roadmap links what it finds to
the sections or paragraphs that follow): a speaker's verb of saying or showing with a count
(下面，我讲三点意见 / 解释我的几点看法 / 抽出几条来说一说), the views he has or gives counted
(我有三点体会 / 我送大家三句话), a sum before the points (归纳起来，主要有三条), the talk pointing
below itself, an order of parts (先讲…再讲…), and what keeps a sentence out — counts said
before (讲过 / 我讲的三个问题 / 上次…), a wrap-up looking back (以上…), a count in quotes. Kept
apart so that the opening's part labeller (bookends) can ask the same question of a sentence
without the linking machinery.

The other questions asked of one sentence each have a module of their own: a pointer ahead or
a colon (:mod:`.pointers`), a turn to talk to come (:mod:`.turn_to_talk`), an order run over
two sentences (:mod:`.spoken_order`), the words of talk they share (:mod:`.talk_words`) and
what stands inline (:mod:`.inline`). :func:`ahead_count` and :func:`order_runs_on` are named
here too, so a caller asking every sentence-level question has one import.
"""

from __future__ import annotations

import re

from drafter.study.roadmap.inline import in_quotes, inline_items
from drafter.study.roadmap.pointers import LOOK_BACK, ahead_count
from drafter.study.roadmap.spoken_order import SEQUENCE, order_runs_on
from drafter.study.roadmap.talk_words import (
    NOT_AHEAD,
    NOW,
    RE_VERB,
    count_named,
    count_value,
    said_before,
    speaking_verbs,
)
from drafter.study.roadmap.turn_to_talk import talk_ahead
from drafter.study.text import sentences

__all__ = ["PICKS", "ahead_count", "announces_nothing", "order_runs_on", "roadmap_count"]

# a count and its counter (三点 / 几个方面 / 10个方面 / 四句话): how a talk counts its parts
_COUNT = r"(几|[一二三四五六七八九十两]{1,2}|(?<![0-9０-９.．])[0-9０-９]{1,2}(?![0-9０-９.．]))(?:个方面|个层面|个维度|个角度|个问题|个字|句话|层意思|件事|个|点|条|项|方面|种|章|端|篇)"
_RE_COUNT = re.compile(_COUNT)
# nouns of talk: what a counted announcement speaks of (三点意见 / 两个问题 / 几个故事)
_NOUN = re.compile(
    r"意见|体会|想法|希望|要求|看法|观点|认识|建议|感受|感悟|心得|问题|方面|关系|意思|句话|层意思|件事|思考|章|端"
    r"|例子|故事|案例|文章|重点|要点|关键词|维度|角度|层面"
)
# quoted parts listed before the verb (围绕“A”、“B”……讲几点意见): the plan named, not counted
_QUOTED_LIST = re.compile(r"(?:[“\"][^”\"]{1,16}[”\"][、，,和及与]*){2,}")


def announces_nothing(paragraph: str) -> bool:
    """Whether a paragraph standing between a pointer and its parts announces nothing itself:
    no sentence of it speaks of parts to come (roadmap_count, talk_ahead) and it does not end
    on a colon or a pointer. Such a paragraph (an opening summary, the year's task in one
    sentence) leaves the pointer before it pointing at the parts after it; one that points
    ahead itself (…今年要着重抓好以下工作：) is the one the parts belong to."""
    sents = sentences(paragraph)
    if not sents or sents[-1].text.strip().endswith(("：", ":")):
        return False
    return ahead_count(sents[-1].text) is False and all(
        roadmap_count(s.text) is False and talk_ahead(s.text) is False for s in sents
    )


def roadmap_count(sentence: str) -> int | None | bool:
    """``False`` when the sentence is no roadmap; else the count it names (``None`` for 几).

    The one question the roadmap linker (:mod:`drafter.study.roadmap`) and the opening's part
    labeller (:mod:`drafter.study.bookends`) both ask of a sentence, so the study page and the
    opening's labels agree on which sentence announces the parts."""
    body = sentence.strip()
    if body.startswith(("以上", "上面", "总之")):
        return False  # a wrap-up looks back; a roadmap looks ahead
    if SEQUENCE.search(body) and NOW.search(body):
        # 我先讲讲形势，再讲讲今年的任务: the parts in the order they will come; no count to
        # hold the sections to (one half may take several sections)
        return None
    opens = _OPENS_COUNT.match(body)
    modal = opens and opens.group(0)[-1] not in "，,"  # 有这么几个问题需要讲一讲: the speaker's
    if opens and (NOW.search(body) or modal) and RE_VERB.search(body, opens.end()):
        # 有两个问题，同志们在讨论中没有着重注意，我觉得应该提出来说一说。
        return count_named(opens.group(1))
    views = _HAS_VIEWS.search(body) or _VIEWS_NUMBER.search(body)
    if views and not said_before(body, views):
        return count_named(views.group(1))
    given = _given(body)
    if given is not False:
        return given
    summed = _SUMMED.search(body)
    if summed and not inline_items(body):
        # 归纳起来，主要有三条。: the speaker sums the points up before giving them
        return count_named(summed.group(1))
    verbs = speaking_verbs(sentence)
    if not verbs:
        return False
    quoted = _QUOTED_LIST.search(sentence)
    count_m = None
    named_first = False
    divided = False  # 这个问题，分两方面来说: the talk divides its matter — the speaker's act
    for m in _RE_COUNT.finditer(sentence):
        before = sentence[: m.start()]
        # 对于这三个法宝，…分别地说一下: the parts taken up by 对/就 and spoken of after them,
        # though 这 points back to where they were named
        about = (
            re.search(r"(?:就|对于?|关于)这?$", before)
            and any(
                0 <= v.start() - m.end() <= 24
                and (
                    _NOUN.search(sentence[m.end() : v.start()])
                    # 着重对两个目标加以说明 / 对三个问题作些说明: a formal verb (加以/作/进行)
                    # takes what was counted as the matter spoken of, whatever its noun
                    or _FORMAL.search(sentence[m.end() : v.start()])
                )
                for v in verbs
            )
        )  # (not 我对这两个美国人说: what is counted is no matter of talk)
        # 交流一下年轻干部要当好的“四种角色”。: the speaker's own counted name for the parts,
        # quoted and ending the sentence as the matter the verb takes (not 学习“三个代表”
        # 重要思想, a name inside the clause, nor one without a verb of talk before it)
        plan_name = (
            before.endswith("“")
            and re.fullmatch(r"[^“”]{0,8}”[。！；]?", sentence[m.end() :].strip())
            and any(0 <= m.start() - v.end() <= 16 for v in verbs)
        )
        if (in_quotes(sentence, m.start()) and not plan_name) or (
            before[-2:].endswith(NOT_AHEAD) and not about
        ):
            continue  # 第一个问题, 这两个问题, 上边讲过的那三个问题
        if re.search(r"所(?:讲|谈|说|提)[^，。]{0,6}的$", before):
            continue  # 我在那次会议上所讲的十条: what was said then
        number = m.group(1)
        if number in ("一", "1", "１") or (number == "几" and m.group(0).endswith("句话")):
            continue  # 讲一点, 讲几句话: no parts announced
        # the count follows its verb (讲三点意见, 提三点希望) or is the 方面 it speaks from
        # (从三个方面交流)
        after_verb = any(0 <= m.start() - v.end() <= 16 for v in verbs)
        # 就下面几个问题讲一些意见 / 围绕三个方面谈谈: the parts named first, then the verb
        before_verb = about or (
            any(0 <= v.start() - m.end() <= 6 for v in verbs)
            and (re.search(r"(?:就|对|围绕|结合)[^。，]{0,6}$", before) or _named_parts(before))
        )
        # 我想将两种态度对照地讲一下 / 我分三个部分来讲: the parts, named first, are what is
        # spoken of
        # (我想用三个词来概括: 用 takes them up as 将/把 do)
        # (分为国内战争和民族战争两个过程来说: the division names its parts before the count)
        # (我挑几个有代表性的单位讲一讲: the speaker picks that many of something to speak of,
        # whatever it is — the picked ones are the parts)
        taken_up = any(0 <= v.start() - m.end() <= 12 for v in verbs) and re.search(
            r"(?:将|把|用)[^。，]{0,4}$|分[成为]?$|(?:挑|选|挑出|选出|抽出)$|" + _DIVIDED_NAMED,
            before,
        )
        # (从历史、现实、未来三个维度，和大家一起谈一谈: a dimension or angle as a 方面)
        from_aspects = re.search("方面|维度|角度|层面", m.group(0)) and re.search(
            r"从[^。，]{0,60}$", sentence[: m.start()]
        )
        if after_verb or from_aspects or before_verb or taken_up:
            count_m = m
            named_first = bool(taken_up or about or plan_name)
            divided = bool(taken_up and re.search(r"分[成为]?$|" + _DIVIDED_NAMED, before))
            break
    below = _BELOW_VERB.search(sentence)
    if below and not in_quotes(sentence, below.start()) and not body.startswith(LOOK_BACK):
        # 包含着许多…重大问题，需要在下面加以说明。: the talk points below itself for what it
        # will explain — the sections that follow, however many
        return None
    pointed = _POINTED.search(sentence)
    if (
        count_m is None
        and pointed
        and not in_quotes(sentence, pointed.start())
        and NOW.search(sentence[: pointed.start()])
        and any(
            0 <= v.start() - pointed.end() <= 10 or 0 <= pointed.start() - v.end() <= 2
            for v in verbs
        )
    ):
        # 现在我想就…的以下问题作一些说明。 / 下面讲以下几个问题: a pointer where the count would
        # be, the speaker now — the parts follow, how many the sections say
        return None
    if count_m is None and not (
        quoted
        and any(quoted.end() <= v.end() + 4 for v in verbs)
        and re.search(r"(讲|谈|提|说)[^。]{0,8}几(点|个)", sentence)
    ):
        return False  # 围绕“A”、“B”……讲几点意见: the quoted parts are the plan
    # the speaker now: 我/下面/今天 …, or a verb opening a clause with no one else before it
    # (讲两个问题。 / 这次会议，讲两个问题。 — not 他讲两个问题)
    opening_verb = count_m is not None and any(
        _OPENS_CLAUSE.search(sentence[: v.start()])
        and 0 <= count_m.start() - v.end() <= 2  # 讲两个问题 / 谈谈三点体会 / …，只讲三条
        for v in verbs
    )
    if not (NOW.search(sentence) or opening_verb or divided):
        return False
    if count_m is not None:
        # what is counted: a noun of talk up to the clause's end (几个和…有关系的问题), or 点
        # itself (这里只指出几点); the parts named before the verb need none (将两种态度对照地讲)
        tail = re.split(r"[，,。；;：:！？]", sentence[count_m.end() :])[0][:16]
        tail = RE_VERB.split(tail)[0]  # 对几个单位提出批评意见: 单位 is what is counted
        whole = count_m.group(0)
        counted = (
            _NOUN.search(tail)
            or _NOUN.search(whole)
            or whole.endswith("点")
            # 提出四条看对不对 / 讲两条。: 条 counts points when no noun follows it
            or (
                whole.endswith("条")
                and (not tail or tail[0] in "看来，,。：:；;")  # 抽出几条来说一说
                and any(0 <= count_m.start() - v.end() <= 2 for v in verbs)
            )  # (not 讲一讲农业发展纲要四十条: the count is part of a document's name)
        )
        if not (counted or named_first):
            return False
        if count_m.group(1) == "几":
            return _quoted_count(sentence)
        return count_value(count_m.group(1))
    return _quoted_count(sentence)


# a verb opening its clause with no one else before it, but perhaps an adverb and who the
# speaker talks with (…，只讲三条 / 和大家交流三点体会)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[，,])\s*(?:只|再|就|先|主要|重点|着重|简单|简要)?(?:(?:和|跟|同|与|向)(?:大家|同志们|各位))?$"
)
# 需要在下面加以说明 / 下面分别加以论述: what the talk will explain, pointed to below
# (这些问题，就是我们在下面要来说明的。 / 这些就是我们下面要来说明的。: 要/将 before it)
_BELOW_VERB = re.compile(
    r"(?:在|于|我们)下面(?:要|将)?(?:加以|再|来|逐一|分别)?(?:说明|讨论|分析|论述)"
    r"|下面分别加以(?:说明|论述)"
)
# 以下问题 / 下列几点 / 以下几个方面: a pointer in place of a count, before the matter spoken of
_POINTED = re.compile(
    r"(?:以下|下列|下述)(?:的)?(?:这些|各|几)?(?:个)?(?:问题|方面|意见|几点|要点|看法|情况)"
)
# the formal verbs that take a matter up before a verb of explaining: 加以说明 / 作(一些)说明 /
# 进行阐述 — right before the verb
_FORMAL = re.compile(
    r"(?:加以|进行|作|做)(?:一些|一下|一个|些|一点)?(?:简要|简单|扼要|重点|具体)?的?$"
)
# 对于教育改革和向科学进军两个问题讲… / 就劳动就业、工资制度、学徒制度等几个问题讲…: the parts
# named one by one (、/和/与/及) after 就/对于/围绕/关于, right before their count
_NAMED_PARTS = re.compile(r"(?:就|对于?|围绕|结合|关于)([^。，；：:]{2,40})$")


# 分为A和B (the words up to a count): a division that names its two parts first
_DIVIDED_NAMED = r"(?:^|[，,])分[成为]?[^。，；;：:和与及]{2,12}[和与及][^。，；;：:和与及]{2,12}$"


def _named_parts(before: str) -> bool:
    """Whether ``before`` (the words up to a count) ends on parts named one by one after
    就/对于/围绕/关于 (the speaker takes them up, then speaks: …两个问题讲一些意见) — not a
    single thing (我对这两个美国人说)."""
    m = _NAMED_PARTS.search(before)
    return bool(m and re.search(r"[、和与及]", m.group(1)))


# the speaker takes some items of a longer list: their numbers may skip (第一条 第二条 第四条)
PICKS = re.compile(r"(?:抽出|挑出|选出|摘出|挑|选)(?:其中)?(?:几|[两二三四五六七八九十])")
_OPENS_COUNT = re.compile(
    r"^(?:[^，。]{0,6}[，,])?(?:这里|还|另外)?有(?:这么|这样)?(几|[两二三四五六七八九十])(?:个问题|个方面|个要点|点|件事)"
    r"(?:[，,]|[^，。]{0,6}(?=需要|要|想|应该|必须))"
)
# the speaker's own views counted (我有几点考虑 / 我的意见有三条 / 对此，我有三点建议): what he
# has to say, announced by how much of it there is
_HAS_VIEWS = re.compile(
    r"^(?:[^，。]{0,16}[，,])?我(?:们)?(?:还|再|主要|这里)?(?:对(?:大家|你们|同志们|各位))?"
    r"(?:的(?:意见|看法|想法|建议|体会)(?:主要)?)?有"
    r"(?:这么|这样)?(几|[两二三四五六七八九十])(?:点|条|个方面|个(?=[^，。]{0,4}(?:意见|看法|想法|观点)))"
    r"(?:[^，。]{0,4}(?:意见|看法|想法|观点|考虑|建议|体会|感受|认识|要求|希望|启示|感悟|收获))?"
    # (我有三点启示和大家分享: the views offered to those he speaks to)
    r"(?:(?:和|跟|与|同|向)(?:大家|各位|同志们|你们)(?:一起)?(?:分享|交流|汇报|探讨|共勉))?[。：:]?$"
)
# the speaker's views named, then counted (我的观点有三个 / 我的看法主要是三条): the noun stands
# before the count, so a bare 个 is enough
_VIEWS_NUMBER = re.compile(
    r"^(?:[^，。]{0,16}[，,])?我(?:们)?(?:对[^，。]{1,12})?的"
    r"(?:意见|看法|想法|观点|建议|体会|认识|感受|考虑|要求|希望)(?:主要|大概|大致)?(?:有|是)"
    r"(?:这么|这样)?(几|[两二三四五六七八九十])(?:点|条|个方面|个)[。：:]?$"
)
# words given to the listeners, counted (我送大家三句话 / 最后，送给大家几句话 / 借此机会，我给大家
# 三点建议 / 今天给大家留三个问题): the speaker's gift is his talk to come
# (up to two short clauses before it: 临别之际，作为校长，我想送给大家三句话。)
_GIVES = re.compile(
    r"^(?:[^，。]{0,8}[，,]){0,2}(?:今天|这里|最后|下面|现在)?(?:我们?)?(?:再|还|想|要|就)?"
    r"(?:送给?|赠送?|给|留给?)"
    r"(?:大家|你们|同志们|各位|在座的各位)(?:留)?(?:这么|这样)?(几|[两二三四五六七八九十])"
    r"(句话|个字|个词|点|条|个)([^，。]{0,4})[。：:]?$"
)


def _given(body: str) -> int | None | bool:
    """The count of words the speaker gives the listeners (我送大家三句话), when what is counted
    is talk (句话, 个字, or a noun of talk: 三点建议 / 三个问题); ``False`` otherwise (给大家三个
    名额 is no talk)."""
    m = _GIVES.search(body)
    if m is None or in_quotes(body, m.start(1)):
        return False
    if m.group(2) not in ("句话", "个字", "个词") and not _NOUN.search(m.group(3)):
        return False
    return count_named(m.group(1))


_SUMMED = re.compile(
    r"^(?:[^。，]{0,8}[，,])?(?:归纳|概括|总结)起来(?:讲|说)?[，,]?(?:主要)?(?:有|是|就是)?"
    r"(几|[两二三四五六七八九十])(?:条|点|个方面|句话)"
)


def _quoted_count(sentence: str) -> int | None:
    """How many quoted names a sentence lists (提出“三个必须”“四个坚持”…), or None for
    fewer than two: a roadmap that counts with 几 gives its number only this way."""
    m = _QUOTED_LIST.search(sentence)
    if not m:
        return None
    n = len(re.findall(r"[“\"][^”\"]{1,16}[”\"]", m.group(0)))
    return n if n >= 2 else None
