"""Where the closing starts, once it is found: shared by the outline and the study.

The outline finds a closing's first paragraph by its opener; the study used to move that
start on its own (a long closing trimmed to its end, a last point 最后，解释一个问题 put
back into the body, a last paragraph that hopes or thanks taken as a closing). Those
decisions live here so that the reader's 结尾, the template made from a document and the
study's labelled closing all begin at the same paragraph.
"""

from __future__ import annotations

import re

from drafter.corpus.closing.cues import said_all
from drafter.corpus.closing.phrases import (
    ADDRESS,
    CALL,
    EXCLAMATIONS,
    ITEM,
    LAST_POINT,
    SALUTATION,
    SALUTATION_START,
    STAGE,
    THANKS,
    WISH,
    sentences_of,
)

# how a closing paragraph begins when nothing but its words marks it: a salutation that
# turns to the audience, or a summing-up, a call, a hope, thanks (最后，预祝…; 我希望…)
BEGINS = re.compile(
    rf"^{ADDRESS}[，,！!]"
    r"|^(?:总之|总而言之|总起来说|总的来说|综上所述|一句话[，,]|最后[，,]|让我们|我(?:衷心|真诚)?希望"
    r"|希望(?:大家|同志们|各位|你们)|谢谢|其实我所(?:说|讲)的)"
)
# the first words of a salutation's paragraph that wind the speech up: a call to rally round
# (更加紧密地团结在…周围), or the report handed to the meeting (以上我报告了…，请大会审议)
_WIND_UP = re.compile(
    r"紧密地?团结在[^。]{0,30}周围|^以上[^。，]{0,6}(?:报告|讲|谈|说)了"
    # the speaker looks back on what the report has laid before the meeting (我们的中央委员会，
    # 已经向大会说明了全党面临的各项战斗任务): the body is done, the wind-up begins
    r"|已经向(?:大会|会议|全会|各位|大家)[^。，]{0,4}(?:说明|报告|阐述|讲|谈)了"
)
_SUM = re.compile(
    r"总之|总而言之|总起来说|总的来说|综上|使命光荣|责任重大|任务艰巨|大有可为"
    r"|(?:深远|重大)的?(?:影响|意义)"
    r"|归根(?:到|结)底|说到底|我所(?:说|讲)的[^。]{0,20}(?:意义|道理|意思)|也就在于此"
    r"|就是这样[。！!]?$|道理就在这里"
)


# a host's summing-up after the meeting's last speech (同志们，刚才，程远航同志的讲话，… /
# 同志们，刚才几位同志的发言…): the host leaves the agenda for the whole meeting — the closing
# of a host's script (tests/gold/README.md's closing convention: the host's turn after the
# last answer or speech), however many salutations and calls follow it
HOST_SUMS_UP = re.compile(
    rf"^{ADDRESS}[，,！!]\s*刚才[，,]?[^。]{{0,40}}?"
    r"(?:讲话|发言|报告|通报|致辞|宣讲)"
)


def closing_like(text: str) -> bool:
    """A paragraph of a closing: it begins as one, is a slogan, or its last sentence calls,
    wishes, thanks or sums up."""
    text = text.strip()
    sents = [s for s in sentences_of(text) if not STAGE.match(s)]  # （热烈的鼓掌）
    if not sents or _POINTS.search(text):
        return False  # points listed (…两条宗旨：第一是…第二是…) are the body's
    if EXCLAMATIONS.match(text) or (BEGINS.search(text) and not LAST_POINT.match(text)):
        return True
    if said_all(text):
        return True
    return any(rx.search(sents[-1]) for rx in (THANKS, WISH, CALL, _SUM, _RALLY))


# a report's last call, however long the sentence: rally round the leadership, strive on to
# the goal, carry the cause forward (…紧密地团结在…周围，…为…不懈奋斗！/ …推向前进！)
_RALLY = re.compile(
    r"紧密地?团结在[^。]{0,40}周围|(?:不懈|团结|共同|努力)奋斗[！!]$"
    r"|从胜利走向(?:更大的)?胜利|推向前进[！!]$"
)
# points listed inside a paragraph: 第一是…第二是… / 第一，…第二，…
_POINTS = re.compile(r"第一(?:是|[，,、：:])[^。]*?。?[^。]*第二(?:是|[，,、：:])")


def settle_start(texts: list[str], start: int, opens_part: bool = False) -> int | None:
    """Where a closing found at ``start`` (by its opener) really begins; None when it is none.

    - 最后，解释一个问题 opens the body's last point: no closing there.
    - Several paragraphs that open with a salutation (各位代表！山东是驻军大省… / 各位代表！
      五年看头年… / 各位代表！…让我们…): the unnumbered parts of a report after its last
      heading (国防, 政府自身建设) open with one as the closing does. The closing starts at the
      first whose first words call, wish or thank; when none does, at the first, unless it
      ``opens_part``: the first paragraph under the last heading, whose part it is
      (五、关于国内外团结 / 各位代表，我们大家都可以看到…), and the closing is the last one.
    - A long closing under a salutation standing alone (各位代表！ over 国防, 港澳, 外交 and
      the call), or opened by other words (总之，…), keeps only its trailing paragraphs that
      read as a closing, from a salutation among them if there is one; slogans alone are no
      closing, which then starts at a salutation standing alone a few paragraphs above
      them (同志们！), else where it was found.
    """
    if LAST_POINT.match(texts[start].strip()) or last_step(texts, start):
        return None
    if HOST_SUMS_UP.match(texts[start].strip()):
        return start  # 同志们，刚才，…同志的讲话…: the host sums the meeting up, the closing
    n = len(texts)
    if all(EXCLAMATIONS.match(t.strip()) for t in texts[start:]):
        return _above_slogans(texts, start)
    first = texts[start].strip()
    alone = bool(SALUTATION.match(first))
    greeted = [j for j in range(start, n) if SALUTATION_START.match(texts[j].strip())]
    if not alone and len(greeted) > 1 and greeted[0] == start:
        calling = [j for j in greeted if _calls(_lead(texts, j))]
        # one that rallies (让我们… / 紧密团结在…周围) outranks one whose 我们要…努力 may still be
        # a part's own resolve (各位代表，…我们要…加强自身建设，…努力建设人民满意的政府)
        rallying = [j for j in calling if _rallies(_lead(texts, j))]
        if calling:
            return (rallying or calling)[0]
        # the salutation opens the last part's text (五、关于国内外团结 / 各位代表，我们大家都
        # 可以看到…): that part is body, its last salutation the closing
        return greeted[-1] if opens_part else _past_one_paragraph_codas(texts, greeted)
    if n - start <= 3 or (greeted[:1] == [start] and not alone):
        return start
    # 各位代表！ alone over each unnumbered part (民族, 国防, 港澳, 外交) and over the call: the
    # closing is the last block, when the text ends on its call
    last = greeted[-1] if alone and len(greeted) > 1 else None
    if last is not None and SALUTATION.match(texts[last].strip()) and closing_like(texts[n - 1]):
        return last
    k = n
    while k > start and closing_like(texts[k - 1]):
        k -= 1
    if k < n and all(EXCLAMATIONS.match(t.strip()) for t in texts[k:]):
        above = [j for j in range(max(start, n - 4), k) if SALUTATION.match(texts[j].strip())]
        k = above[-1] if above else n
    if k < n and not SALUTATION_START.match(texts[k].strip()):
        k = next((j for j in greeted if j > k), k)
    if k == n and n - start > _SUMMING_TAIL and _SUMMING.match(first):
        return None  # 总之，… with the body's argument running on below: a point summed up
    return k if k < n else start


# a paragraph that opens by summing up (总之，… / 总而言之，…): the talk's closing when it is near the
# end, a point's own summing-up when more than ``_SUMMING_TAIL`` paragraphs of the body follow it
# and none of the last ones reads as a closing (总之，所有行业中，工业产业是竞争最充分的行业… and then
# 怎样才能在全球化中取得成功…？)
_SUMMING = re.compile(r"^(?:总之|总而言之|综上所述|总上|总括|总的来说|总起来说)")
_SUMMING_TAIL = 4


def _past_one_paragraph_codas(texts: list[str], greeted: list[int]) -> int:
    """Where the closing starts among paragraphs of ``texts`` that open with a salutation
    (``greeted``, none calling): past those that stand a paragraph alone, straight above
    another salutation, when a later one heads a block of paragraphs (同志们！…只要我们党
    把自身建设好… / 同志们！…，…， the long wind-up), unless the lone one speaks of the
    meeting itself (从这次大会到…). Why: a lone salutation paragraph right after the last
    part sums that part up (its subject, one paragraph); the speech's own closing is the
    block that runs on to the end, where the speaker turns to the whole."""
    n = len(texts)
    for k, j in enumerate(greeted):
        after = greeted[k + 1] if k + 1 < len(greeted) else n
        if after - j > 1 or _THIS_MEETING.search(texts[j]):
            return j
    return greeted[0]


# the speaker speaking of the meeting itself (从这次大会到十六大…): the whole, not a part
_THIS_MEETING = re.compile(
    r"(?:这次|本次|此次|我们这次)(?:大会|会议)"
    # the occasion by its own name: 以这次推介会为契机 / 本届茶文化旅游节 / 今天的开学典礼
    r"|(?:这次|本次|此次|本届|今天的)[\u4e00-\u9fff]{0,6}(?:会|节|典礼|仪式|论坛|活动)"
)


# a step of a procedure told in order (首先… / 然后… / 最后，由董事会…审批)
_STEP = re.compile(r"^(?:首先|其次|然后|接着|随后|再次|第[一二三四五六七八九十]步)")


def last_step(texts: list[str], start: int) -> bool:
    """最后， after a paragraph that began 然后/其次/接着…: the last step of a procedure the
    text lays down, not the speaker winding up."""
    return (
        texts[start].strip().startswith("最后")
        and start > 0
        and bool(_STEP.match(texts[start - 1].strip()))
    )


# an address that opens a paragraph and ends in 同志们！ (本军全体指挥员、战斗员同志们！…)
_ADDRESS = re.compile(r"^[^。，,！!？?]{0,20}同志们[！!]")
_SUMMONS = re.compile(r"我们号召|号召(?:全国|全体|各)")


def _above_slogans(texts: list[str], start: int) -> int:
    """Slogans at the very end (…万岁！) close a speech that calls just before them: the
    closing takes in the exclamations above them (打倒…！) and up to three paragraphs that
    call (…团结起来，坚决地实行…; 我们号召…; 本军全体指挥员、战斗员同志们！…)."""
    k = start
    while k - 1 >= 0 and EXCLAMATIONS.match(texts[k - 1].strip()):
        k -= 1
    for _ in range(3):
        if k - 1 < 0:
            break
        text = texts[k - 1].strip()
        lead = "".join(sentences_of(text)[:2])
        if ITEM.match(text) or not (
            _ADDRESS.match(text) or _SUMMONS.search(lead) or CALL.search(lead)
        ):
            break  # a numbered item ((丁)…) is the body's last point
        k -= 1
    return k


def cheers_start(texts: list[str]) -> int:
    """Where the run of cheers that ends a speech begins (…万岁！ / 庆贺…的成功！ / 打倒…！, short
    exclamations, one a paragraph); ``len(texts)`` when it ends on none. Why: counting "the
    last paragraphs" of a speech from above its cheers, a salutation over the last words and
    three 万岁！ lines (诸位代表先生：… / …万岁！ ×3) is as near the end as one over a closing
    that stops on its last sentence."""
    end = len(texts)
    while end - 1 >= 0 and EXCLAMATIONS.match(texts[end - 1].strip()):
        end -= 1
    return end


def _lead(texts: list[str], j: int) -> str:
    """The first two sentences after the salutation that opens paragraph ``j`` (from the next
    paragraph when the salutation stands alone)."""
    rest = SALUTATION_START.sub("", texts[j].strip(), count=1).strip()
    if not rest and j + 1 < len(texts):
        rest = texts[j + 1]
    return "".join(sentences_of(rest)[:2])


def _rallies(text: str) -> bool:
    """Words that rally the whole audience or hand the report over (让我们…, 紧密团结在…周围,
    以上…报告了), thank or wish: the closing's own words, never a part's resolve."""
    return bool(re.search(r"让我们(?!的)", text)) or any(
        rx.search(text) for rx in (THANKS, WISH, _WIND_UP)
    )


def _calls(text: str) -> bool:
    """Words that call, wish or thank (让我们…, 为…而奋斗, 预祝…, 谢谢…)."""
    return any(rx.search(text) for rx in (THANKS, WISH, CALL, _WIND_UP))
