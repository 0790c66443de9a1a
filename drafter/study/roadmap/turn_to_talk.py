"""The speaker turning to talk to come (下面谈谈我的体会。): a weaker announcement than a count.

:func:`talk_ahead` and :func:`turns_below` read a sentence that a roadmap reader may take only
when the parts follow it directly (a numbered run, or sections right after a lead ending on
it): what follows decides, not a list of nouns.
"""

from __future__ import annotations

import re

from drafter.study.roadmap.inline import in_quotes, inline_items
from drafter.study.roadmap.pointers import LOOK_BACK
from drafter.study.roadmap.talk_words import count_named, speaking_verbs

# the speaker turning to what comes next, before the verb of talk: 下面 / 接下来 point ahead by
# themselves; 现在 / 今天 / 这里 / 我要… only say when, so they need a count after the verb
# — at the head of their clause (下面，… / 好，下面我…), not 下面的同志说 / 下面有人讲 (those below)
_POINT_NOW = re.compile(r"(?:^|[，,。！!；;：:]|好|那么)\s*(?:下面|下边|接下来)(?![的有各])")
_TURN_NOW = re.compile(r"现在|今天|这里|我[^，。；]{0,6}?(?:要|想|来|准备|打算)")
# a count after the verb (说说，我们…的三个要素 / 谈几点): what the parts number — a counter
# word, not 三年 (a time); 一些 only close to the verb (讲讲如何避免一些…)
_ANY_COUNT = re.compile(
    r"(?<![第这那0-9０-９.．])(几|[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2}(?![0-9０-９.．]))(?:个|点|条|项|方面|种|件|层|大)"
)
# (这几个问题: the ones just named, taken up now; 分析一下中国社会的各阶级: each of them, in turn —
# not 各位 or 各级, whom the speaker addresses)
_SOME = re.compile(r"一些|这几|这些|各(?![位级自地])")
# the speaker hands the talk over or delivers a whole report, not its parts: 请…提出意见 /
# 向大会报告政府工作 / 大家…说 / 提问
_NOT_PLAN = re.compile(
    r"请[^，。]{0,12}$|向[^，。]{1,14}$|由[^，。]{1,10}$|大家[^，。]{0,6}$|你们[^，。]{0,6}$"
)  # (下面由张总介绍情况: another speaker's talk)
# topics named one by one (形势、任务和作风问题 / 愿景、使命和战略): the object of the verb, or
# what 围绕/就/关于/对 takes up before it
_TOPICS = re.compile(
    r"[\u4e00-\u9fff“”]{2,12}(?:、[\u4e00-\u9fff“”]{2,12})+(?:[和与及][\u4e00-\u9fff“”]{2,12})?"
)


def _topics(text: str) -> int:
    """How many topics ``text`` names one by one (A、B和C → 3): a count the speaker gives by
    naming; 0 for fewer than two (a single topic names no parts)."""
    m = _TOPICS.search(text)
    if m is None:
        return 0
    items = m.group(0).split("、")
    last = re.split(r"[和与及]", items[-1])
    if len(last) == 2 and all(len(w) >= 2 for w in last):
        items = items[:-1] + last
    return len(items) if len(items) >= 2 else 0


def talk_ahead(sentence: str) -> int | None | bool:
    """The weaker announcement a roadmap reader may take only when a run of numbered parts
    follows the sentence directly (headings or paragraphs numbered 1, 2 …): the speaker turns
    to talk to come — pointing ahead (下面谈谈我对这次变革的粗浅体会。) or naming how much
    (下面说说，我们持续成功的三个要素。 / 我今天要讲讲如何避免一些不必要的痛苦。) — whatever
    noun the talk is about. What follows decides, not a list of nouns: the parts are there,
    numbered, right after the speaker said he would speak. With neither a pointer nor a count
    (讲一讲目前的时局问题。 / 今天来座谈一下…问题) the sentence names a topic, not parts (the
    gold's convention since batch 9). ``False`` for a look back, an aside (今天我也会讲到一些
    不足: 也 adds a topic), a question, a report delivered whole (我代表国务院，向大会报告
    政府工作), the floor handed over (提问 / 听听大家的), items run on in the sentence, or an
    ordinal (这是我要讲的第一点: a part's close); else the count named (``None`` for none, 几
    or 一些)."""
    body = sentence.strip()
    if body.startswith(LOOK_BACK) or body.endswith(("？", "?")) or inline_items(body):
        return False
    for verb in speaking_verbs(body):
        before = body[: verb.start()]
        clause = re.split(r"[。；;！!]", before)[-1]
        if body[verb.start() : verb.end() + 1] == "提问" or _NOT_PLAN.search(before):
            continue
        if re.search(r"也[^，。]{0,3}$", before) or re.search(r"第[一二三四五六七八九十]", body):
            continue
        count = _ANY_COUNT.search(body, verb.end())
        if count and (in_quotes(body, count.start()) or count.start() - verb.end() > 24):
            count = None
        some = _SOME.search(body, verb.end())
        some = some is not None and some.start() - verb.end() <= 8
        number = None if count is None else count_named(count.group(1))
        if _POINT_NOW.search(clause) or (_TURN_NOW.search(clause) and (count or some)):
            return number
        # 今天我讲讲形势、任务和作风问题。: the topics named one by one are the count
        object_ = re.split(r"[，,。；;：:]", body[verb.end() :])[0]
        taken = re.search(r"(?:围绕|就|关于|对于?)([^，,。]{4,40})$", clause)
        named = _topics(object_) or (_topics(taken.group(1)) if taken else 0)
        if _TURN_NOW.search(clause) and named:
            return named
    return False


# several things after the verb (若干确定的结论 / 一些意见 / 这几个问题 / 各项政策): with no marker to
# number the sections, the words must say there are parts (下面谈谈我的体会 names one matter)
_SEVERAL = re.compile(r"若干|一些|几|这些|各(?![位级自地])|诸")
# one thing only after the verb (下面讲一个故事 / 下面谈一点体会): a single matter, not parts
_SINGLE = re.compile(r"^[^，,。；;]{0,6}?一(?:个|点|件|段|则|句|条|种)")


def turns_below(sentence: str) -> bool:
    """Whether ``sentence`` is the speaker turning, by 下面 / 接下来 at the head of the verb's
    clause, to explain what comes next (下面，我就来说明我们党…的若干确定的结论。): the pointer
    and the several things it names (若干 / 一些 / 几 / 这些) say the talk is laid out ahead, so
    the sections right after a lead ending on it are its parts even when no marker numbers
    them. ``False`` for what :func:`talk_ahead` refuses (a look back, a question, the floor
    handed over …), for a single matter after the verb (下面讲一个故事) and for a matter not
    said to be several (下面谈谈我对这一年工作的粗浅体会。: one topic, which unnumbered
    sections may or may not divide)."""
    body = sentence.strip()
    if talk_ahead(body) is False:
        return False
    for verb in speaking_verbs(body):
        clause = re.split(r"[。；;！!]", body[: verb.start()])[-1]
        object_ = re.split(r"[。；;！!？?]", body[verb.end() :])[0]
        if _POINT_NOW.search(clause) and _SEVERAL.search(object_) and not _SINGLE.search(object_):
            return True
    return False
