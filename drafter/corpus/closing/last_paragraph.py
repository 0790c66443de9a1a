"""A closing no opener announced, read off the text's last paragraphs: one that only wishes,
thanks or calls, winds up, turns to the listeners, ends on a verse or a coda of short lines
(:func:`closing_at_end` and the shapes it asks about)."""

from __future__ import annotations

import re

from drafter.corpus.closing.cues import SAID
from drafter.corpus.closing.phrases import (
    CALL,
    CLAUSES,
    ITEM,
    LAST_POINT,
    QUOTED,
    STAGE,
    SUBJECT,
    THANKS,
    VOCATIVE_START,
    WISH,
    own_sentences_of,
    sentences_of,
    undated,
)
from drafter.corpus.closing.settle import BEGINS, last_step

# the speaker addressing the listeners themselves, not the subject
_TO_AUDIENCE = re.compile(r"在座的(?:每一位|每一个人|各位|同志|同事|诸位)|在座各位")


def _parting(text: str) -> bool:
    """A last paragraph that only wishes, thanks or calls (…我很高兴地庆祝这个盛会的成功。):
    a closing even when no start cue opens it."""
    sents = [QUOTED.sub("", s) for s in sentences_of(text)]  # others' words are not its own
    return 0 < len(sents) <= 3 and all(
        any(rx.search(s) for rx in (THANKS, WISH, CALL)) for s in sents
    )


# the speaker's last sentence wishes or thanks, announced as the last (最后，祝大家…)
_FAREWELL = re.compile(
    r"^最后[，,]\s*(?:我)?(?:再)?(?:一次)?(?:衷心|真诚)?(?:地)?(?:预祝|祝愿|祝|谢谢|感谢)"
)


def _bids_farewell(text: str) -> bool:
    """A last paragraph whose last sentences, from one that opens 最后，祝…/最后，感谢…, only
    wish, thank or call (…占领更大的市场。最后，祝大家马到成功！): the speaker ends the
    last point and bids farewell in one paragraph, and the paragraph is the closing. Why:
    the outline cuts at paragraphs, and a farewell announced as the last word belongs to
    the closing wherever the writer put the line break; the sentences after it must stay
    in that register, so that 最后，感谢… leading into more directives is not taken."""
    sents = own_sentences_of(text)
    at = next((k for k, s in enumerate(sents) if k and _FAREWELL.match(s)), None)
    if at is None:
        return False
    return all(any(rx.search(s) for rx in (THANKS, WISH, CALL, _FAREWELL)) for s in sents[at:])


# a vocative opening the last sentence: the speaker turns to the room (同志们，只要我们…)
_VOCATIVE = VOCATIVE_START


def _addresses_at_last(text: str) -> bool:
    """A last paragraph whose last sentence, not its first, opens by addressing the
    audience (…争取胜利。同志们，只要我们能团结，这个目的就一定能够达到。 / …全县青年们，
    努力啊！). Why: a speaker who names the listeners in the very last sentence has turned
    from the subject to them; the paragraph that ends so is the closing."""
    sents = [s for s in sentences_of(text) if not STAGE.match(s)]
    return len(sents) > 1 and bool(_VOCATIVE.match(sents[-1]))


# the speaker's verdict on what the audience reported today (你们今天的汇报挺好，…)
_VERDICT = re.compile(
    r"^(?:看了|听了)?(?:你们)?(?:今天|这次|刚才)(?:的)?(?:汇报|演示|讲解|述职|发言)"
    r"[^。]{0,16}(?:挺好|很好|不错|我很高兴|很满意)"
)


def _verdict(text: str) -> bool:
    """A last paragraph that opens on the speaker's verdict on today's report (你们今天的汇报
    挺好，下一步继续沟通。 / 看了你们今天的汇报内容，我很高兴…). Why: at a 汇报会 the
    leader's last word judges what was reported and says what comes next; that is the
    closing of the remarks, though no formula announces it."""
    return bool(_VERDICT.match(text.strip()))


# the speaker speaking of the meeting he is at (今天有许多新员工参加，这是一个承前启后的大会 / 这次会议
# 开得很好): above the last hope, the turn from the matter to the room
_OF_THIS_MEETING = re.compile(
    r"(?:这次|本次|此次|今天的?)(?:大会|会议|会)|这是一[个次][^。，]{0,8}(?:大会|会议)"
)


# the last paragraph refers back to what the text listed (以上十项，… / 以上各项，请你早日回答。
# / 如能实行以上十二条，…)
_LISTED_ABOVE = re.compile(
    r"^[^。，,]{0,6}以上(?:[一二三四五六七八九十两\d]{1,3}|各)(?:项|点|条|件|个方面|个问题)"
    # the ways or measures laid out above, in the first sentence (我和政治局的同志觉得，要有以上
    # 这些方法，才能把党委的工作搞好。)
    r"|^[^。]{0,20}以上(?:这些|所说的|所讲的)(?:方法|办法|意见|措施|要求|原则|问题)"
)
# a short last word that the speaker's side or the listeners will surely win through (我们就一定会
# 持续发展的。 / …你们就一定会有希望！)
_SURELY = re.compile(r"(?:我们|你们)[^。，]{0,8}(?:一定(?:会|能)|必将|必定)")
# the speaker's own confidence in the outcome (我相信一定会有好的结果。 / 我相信你们是大有可为的)
_TRUSTS = re.compile(r"我(?:们)?(?:坚信|相信|深信)[^。]{0,20}(?:一定|必将|必定|大有可为)")
# a last sentence that forecasts the outcome of the whole struggle in the speaker's conviction
# (我们坚决相信，中国人民将要…得到完全的胜利… / 我们相信，…抗战的前途是光明的。)
_FORECAST = re.compile(
    r"^(?:我们|我)(?:坚决|完全|始终)?(?:坚信|相信|深信)[，,][^。！!]*(?:胜利|光明|必然|失败|前途)"
)
# at most so many characters in a last paragraph that ends on the speaker's own confidence
_TRUST_LENGTH = 120
# the last sentence hopes something of the listeners (希望全体员工共勉…; 希望每个办事处主任…; a letter
# to one reader: 希望您…)
_HOPE_FOR_THEM = re.compile(r"希望(?:你们|您|大家|全体|各位|同志们|每一?[个位])")


# at most so many sentences in a last paragraph that ends hoping something of the listeners
_HOPE_SENTENCES = 4


def _winds_up(text: str) -> bool:
    """A last paragraph that winds the speech up without a first word that says so: it refers
    back to the items listed above, is a short word of confidence (at most two sentences) or
    ends on one (…我们的目的一定会达到，也一定能达到。),
    or its last sentence hopes something of the listeners (and the paragraph is short, or
    hopes more than once: a long paragraph on its subject may end on one hope)."""
    sents = [QUOTED.sub("", s) for s in sentences_of(text)]
    if not sents:
        return False
    hopes = sum(1 for s in sents if _HOPE_FOR_THEM.search(s))
    return bool(
        _LISTED_ABOVE.match(text)
        or (len(sents) <= 2 and len(text) <= 80 and any(_SURELY.search(s) for s in sents))
        or _SURELY.search(sents[-1])
        or (len(text) <= _TRUST_LENGTH and _TRUSTS.search(sents[-1]))
        or _FORECAST.match(sents[-1])
        or (_HOPE_FOR_THEM.search(sents[-1]) and (hopes > 1 or len(sents) <= _HOPE_SENTENCES))
    )


# How a last paragraph reads when the speaker has turned from the subject to the listeners and
# what is to come (the closing of a talk that names no closing): sure of the outcome, calling
# on or hoping for the listeners, or looking back on the whole talk.
_SURE = re.compile(
    r"我们[^。，；]{0,12}(?:一定(?:会|能|可以)|必将|必定|就会|将会)"
    r"|只要我们[^。]{0,30}就(?:一定)?(?:会|能|可以)|一定(?:会|能|可以)(?:胜利|实现|成功|达到)"
    r"|(?:我们|我)(?:坚信|相信|深信|有(?:充分的)?信心)|^相信(?:你们|大家)|更加(?:美好|灿烂|辉煌|鲜艳)|大有希望|一天比一天"
    r"|没有什么(?:能|可以)?阻挡(?:我们|你们)"  # 没有什么能阻挡我们前进的步伐
    r"|走向胜利|屹立|站起来|前途(?:是)?光明"
    r"|我们(?:才|就)(?:会|能)?有(?:未来|希望|前途)"  # 我们只有…，我们才有未来！
)
_SUMMON = re.compile(
    r"希望(?:大家|你们|同志们|各位|全体|您们)|期望|期盼|寄予|寄托在|愿(?:您|你|大家)|祝贺|让我们(?!的)"
    r"|站出来|而奋斗|(?:努力|共同|不懈)奋斗|团结起来|迎接|吧[！!。]$"
    r"|而(?:不懈|共同)?努力[！!。]$|大家(?:共同|一起|一道)?努力[！!。]$"
)
_LOOK_BACK = re.compile(
    SAID.pattern + r"|这就是(?:[^。，]{0,8}的(?:任务|目标|方针|希望)|[^。]{0,10}期望)"
)


def _turning(sentence: str) -> bool:
    return any(rx.search(sentence) for rx in (_SURE, _SUMMON, _LOOK_BACK))


def turns_to_close(text: str) -> bool:
    """Whether a paragraph reads as the wind-up of a talk that names no closing: none of the
    body's marks (figures, 比如, a label, an ordinal), and its last sentence and at least half
    of its sentences (or two) are sure of the outcome (我们就一定会…; 只要…就一定能…; 会更加
    美好), call on or hope for the listeners (希望大家…; 是英雄好汉的，站出来; 为…而奋斗;
    迎接它) or look back on the talk (这就是我们的任务). One reading of the whole paragraph, so
    a hope in passing inside a paragraph on the subject does not make it a closing."""
    text = text.strip()
    if SUBJECT.search(text):
        return False
    sents = own_sentences_of(text)
    sents = [s for s in sents if s.strip("，,。！!？? ")]
    if not sents or not _turning(sents[-1]):
        return False
    hits = sum(1 for s in sents if _turning(s))
    return hits * 2 >= len(sents) or hits >= 2


# thanks in any words, in a paragraph that opened with a greeting (请你们转达我对他们的感谢。)
_ANY_THANKS = re.compile(r"感谢|谢谢|谢意")


def _sends_off(text: str) -> bool:
    """A last paragraph that opens with greetings or wishes to the listeners and ends with
    thanks or wishes (就要过新年了，…先给大家问声新年好！…请你们转达我对他们的感谢。). Why: a
    speaker who greets the room at the end has left the subject, whatever he says between
    the greeting and the thanks (a word for the families, the year's hardships)."""
    sents = own_sentences_of(text)
    if len(sents) < 2 or SUBJECT.search(text):
        return False
    last = sents[-1]
    return bool(WISH.search(sents[0])) and bool(WISH.search(last) or _ANY_THANKS.search(last))


# a sentence that thanks the listeners or those they stand for (谢谢在叙利亚、也门……奋斗的员工，…)
_THANKS_THEM = re.compile(
    r"^(?:再次|最后[，,]?)?(?:谢谢|感谢)(?:大家|你们|各位|同志们|在|全体|所有)"
)


def _thanks_them(text: str) -> bool:
    """A short last paragraph (at most three sentences) whose last sentence opens by thanking
    the listeners or those they stand for (我鼓励你们奋斗，我自己会践行。谢谢在叙利亚、也门……
    奋斗的员工，…). Why: the speaker who ends by thanking the room has left the subject for
    the people; thanks followed by more directives (最后，感谢大家…。财政部门要…) are the
    last point's."""
    sents = [s for s in sentences_of(text) if not STAGE.match(s)]
    return 0 < len(sents) <= 3 and bool(_THANKS_THEM.match(sents[-1]))


def _opens_on_verse(text: str) -> bool:
    """A last paragraph that opens with a line of verse (沉舟侧畔千帆过，病树前头万木春。…): the
    speaker caps the talk with a couplet and draws its lesson. Why: a couplet is how the
    genre rounds a speech off; as the first sentence of the text's last paragraph it opens
    the wind-up, as it does standing alone (see :func:`verse_line`)."""
    first = sentences_of(text)[:1]
    if not first or len(first[0]) == len(text.strip()) or not verse_line(first[0]):
        return False
    clauses = [c for c in CLAUSES.split(first[0]) if c]
    return len(clauses) == 2 and not re.search(r"[我你他]", first[0])


def _flourish(text: str) -> bool:
    """A short last line that caps a closing (a verse, 我们一定会胜利的。): one or two
    sentences of at most 60 characters."""
    return len(text.strip()) <= 60 and len(sentences_of(text)) <= 2


def closing_at_end(texts: list[str], lo: int) -> int | None:
    """A closing no opener announced: the text's last paragraph (at ``lo`` or later) when it
    begins as a closing (同志们，… / 我希望… / 总之…), only wishes, thanks or calls, or winds
    up otherwise (see :func:`_winds_up`). It may
    begin a paragraph or two earlier, where the speaker turns from the subject to the people
    in the room (在座的每一位要…) before the last hope."""
    n = len(texts)
    if n - 1 < lo:
        return None
    texts = [*texts[:-1], undated(texts[-1])]
    tail = texts[n - 1].strip()
    begins = BEGINS.search(tail) and not (LAST_POINT.match(tail) or last_step(texts, n - 1))
    turned = n >= 3 and turns_to_close(tail)
    parting = _parting(tail) or _bids_farewell(tail) or _addresses_at_last(tail) or _verdict(tail)
    parting = (
        parting
        or _sends_off(tail)
        or _thanks_them(tail)
        or asks_reply(tail)
        or (n - 1 > lo and (verse_line(tail) or _opens_on_verse(tail)))
    )
    if not begins and not parting and not _winds_up(tail) and not turned:
        return _coda(texts, lo)
    start = n - 1
    for k in range(n - 2, max(n - 4, lo - 1), -1):
        lead = "".join(sentences_of(texts[k])[:2])
        if _TO_AUDIENCE.search(lead) or _OF_THIS_MEETING.search(lead):
            start = k
    if start == n - 1 and (_flourish(tail) or _winds_up(tail)):
        # the closing begins above its last flourish, or above a last word of confidence,
        # where the speaker has already turned
        while start - 1 >= max(lo, n - 3) and turns_to_close(texts[start - 1]):
            start -= 1
    if start == n - 1 and _flourish(tail) and start - 1 >= lo and ends_calling(texts[start - 1]):
        start -= 1
    coda = _coda(texts, lo)
    return coda if coda is not None and coda < start else start


# asking the addressees for their view or a reply (你们对此意见如何，望考虑电告。 / 以上意见妥否，望复。)
_ASKS_REPLY = re.compile(
    r"(?:意见如何|妥否|可否|是否(?:同意|妥当))[^。！!]{0,12}[。？?]?$"
    r"|望[^。！!]{0,10}(?:电告|电复|见告|函告|告知|复电|回电|速复|即复|望复)[。！!]?$|[盼望]复[。！!]?$"
)
# at most so many characters in a request for a reply that ends a directive or a telegram
_REPLY_LENGTH = 40


def asks_reply(text: str) -> bool:
    """Whether a last paragraph only asks the addressees for their view or a reply (你们对此意见
    如何，望考虑电告。): short, not a numbered item. Why: a directive or a telegram ends, after its
    last point, by turning to the ones it is sent to and asking them to answer; that request
    is its closing as a call to the room is a speech's, and its words are the genre's own."""
    text = text.strip()
    return (
        0 < len(text) <= _REPLY_LENGTH
        and not ITEM.match(text)
        and not LAST_POINT.match(text)
        and bool(_ASKS_REPLY.search(text))
    )


def verse_line(text: str) -> bool:
    """Whether a paragraph is a line of verse (雄关漫道真如铁，而今迈步从头越。 / 春江水暖鸭先知，
    不破楼兰誓不还。 / 千古兴亡多少事，一江春水向东流，…): at most 40 characters, its first
    two clauses of four, five or seven Han characters alike in length, nothing but Han
    characters in them. Why: a speech that ends on a couplet after its prose caps its
    closing with it, as a slogan does; the shape says so whatever the words, and a body
    sentence is seldom two clauses of a verse's even measure."""
    text = QUOTED.sub(lambda m: m.group(0)[1:-1], text.strip())
    if len(text) > 40 or SUBJECT.search(text):
        return False
    clauses = [c for c in CLAUSES.split(text) if c]
    if len(clauses) < 2:
        return False
    a, b = clauses[0], clauses[1]
    if len(clauses) > 2 and all(len(c) == 4 for c in clauses[:3]):
        return False  # 减少品种，扩大规模，提升工艺，降低成本。: a list of measures, not a couplet
    return len(a) == len(b) and len(a) in (4, 5, 7) and all(_VERSE.match(c) for c in (a, b))


# a clause of verse: Han characters, no 的, not a directive (要加强管理，要提高效率。)
_VERSE = re.compile(r"^(?!要|必须|应|不要|我们)[^的\W\d_a-zA-Z]+$")


def ends_calling(text: str) -> bool:
    """Whether a paragraph, free of the body's marks, ends on a call to the listeners (…我们需要
    团结一心，大家共同奋斗。 / 让我们…): above a last flourish (我们一定会成功的。) it is where
    the wind-up begins, though its first sentences still speak of the subject. Why: the
    flourish alone is too short a closing, and a call is the one sentence a speaker ends
    the body's last point with rarely, the closing with often."""
    text = text.strip()
    if SUBJECT.search(text):
        return False
    sents = own_sentences_of(text)
    return bool(sents) and bool(CALL.search(sents[-1]) or _SUMMON.search(sents[-1]))


# a line of the coda: one short sentence, no figures, labels or markers of the body
_CODA_LINE = 32


def _coda(texts: list[str], lo: int) -> int | None:
    """A closing made of short lines after the body's long paragraphs (新的县城就在我们面前，
    我们应该迎接它。 / 伸出你的双手，…): at least two one-sentence
    lines at the very end, each of at most ``_CODA_LINE`` characters, under a paragraph of
    prose that is not one of them; the coda starts at the first that calls on the listeners
    or is sure of the outcome, with one line after it at least.
    Why: a speaker who drops from paragraphs to single lines has stopped explaining and
    begun to exhort; the lines are one closing, from the first."""
    n = len(texts)
    k = n
    while k - 1 >= lo and _coda_line(texts[k - 1]):
        k -= 1
    above = texts[k - 1].strip().rstrip("”’」』）)") if k - 1 >= lo else ""
    if n - k < 2 or not above.endswith(("。", "！", "!", "？")):
        return None  # no prose above the lines (a heading, a table): no coda
    # the coda begins at its first line that calls or looks ahead, and is two lines at least
    turn = next((j for j in range(k, n) if _exhorts(texts[j])), n)
    return turn if n - turn >= 2 else None


def _exhorts(line: str) -> bool:
    line = QUOTED.sub("", line.strip())
    return _turning(line) or bool(CALL.search(line))


def _coda_line(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _CODA_LINE
        and text[-1] in "。！!"
        and len(sentences_of(text)) == 1
        and not SUBJECT.search(text)
        and not ITEM.match(text)
    )
