"""Ordinal enumerations inside a paragraph: 一是A…二是B…, 第一，…第二，…, 首先…其次…最后…,
1、…2、…; shared by the frame finders, which read a frame's items from them.

Kept apart from :mod:`drafter.study.frames` so that module stays about mentions and where
their items are, while this one knows only how Chinese numbers a run of items.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.text import item_clause

_NUM = "[一二三四五六七八九十两]"
_ARABIC = re.compile(r"(\d{1,2})[、.．）)](?!\d)")  # 1、产品竞争力
_DUN = re.compile(rf"({_NUM}{{1,2}})、(?!{_NUM})")  # ：一、能不能打；二、能不能守
# ：（一）它可以撤退；（二）… / （甲）… (1)…: a bracketed ordinal inside a paragraph
_BRACKET = re.compile(rf"[（(]({_NUM}{{1,2}}|\d{{1,2}}|[甲乙丙丁戊])[）)]\s*")
_STEMS = {"甲": 1, "乙": 2, "丙": 3, "丁": 4, "戊": 5}
_ORDINAL_START = re.compile(rf"({_NUM}{{1,2}})(是|要|靠|抓|则|曰|来|看|讲|种)")
# 第一，/ 第二个问题是 / 第一方面讲 / 第三点是: the ordinal, an optional counter and noun,
# then a verb or a mark before the item.
_DI = re.compile(
    rf"第({_NUM}{{1,2}})(?:(?:个方面|方面|句话|点|个|条|件|层|种|类|笔|部分)[\u4e00-\u9fff]{{0,2}}?)?"
    r"(?:[，,、：:]|是|讲|要|就是)"
)
# 第一阶段是… / 第一个时期是… / 第一种人关心…: an ordinal with the noun it counts; read
# only as the item run of a frame whose noun it repeats (see ordinal_items' ``noun``)
_DI_NOUN = re.compile(rf"第({_NUM}{{1,2}})(?:个|种|类|条|项|点|层|部分)?")
# 另一个问题是：… / 另一种人…: "the other" with the frame's noun is the second of two (第一个，A？
# 另一个问题是：B); a run of more breaks at it, since a run must go up by one
_OTHER_NOUN = re.compile(r"另(?:外)?一(?:个|种|类|条|项|点|层|部分)?")
_SEQ = {"首先": 1, "其次": 2, "再次": 3, "最后": 0}
_RE_SEQ = re.compile(r"(首先|其次|再次|最后)[，,、：:是要]")
_QI = re.compile(rf"其({_NUM})[，,、：:是]")
# ：一，可以培训…；二，使… : a bare numeral and a comma, right after a colon or a stop
_BARE = re.compile(rf"([一二三四五六七八九十])[，,](?!{_NUM})")


def ordinal_at(text: str, i: int, noun: str = "") -> tuple[int, int] | None:
    """(number, start of the item's text) for an ordinal marker at ``text[i]``: 一是, 二要,
    第三，, 其四、, 首先, … (最后 is number 0: it closes any run). With ``noun`` (the noun of
    the frame being listed), 第一阶段是… / 第二种人… count too."""
    got = _plain_ordinal_at(text, i)
    if got is None and noun:
        m = _DI_NOUN.match(text, i) or _OTHER_NOUN.match(text, i)
        if m and text.startswith(noun, m.end()) and not text.startswith("的", m.end() + len(noun)):
            n = 2 if m.re is _OTHER_NOUN else parse_cn_number(m.group(1))
            end = m.end() + len(noun)
            while end < len(text) and text[end] in "，,：:、":
                end += 1
            if text.startswith("是", end) and not text.startswith("是否", end):
                end += 1
                while end < len(text) and text[end] in "：:":  # 另一个问题是：B
                    end += 1
            if n:
                return n, end
    return got


def _plain_ordinal_at(text: str, i: int) -> tuple[int, int] | None:
    m = _BRACKET.match(text, i)
    if m:
        mark = m.group(1)
        n = int(mark) if mark.isdigit() else _STEMS.get(mark) or parse_cn_number(mark)
        return (n, m.end()) if n else None
    m = _ARABIC.match(text, i)
    if m:
        end = m.end()
        while end < len(text) and text[end] in "，,：:、 ":
            end += 1
        return int(m.group(1)), end
    for rx in (_ORDINAL_START, _DI, _QI, _DUN):
        m = rx.match(text, i)
        if m:
            n = parse_cn_number(m.group(1))
            if n:
                end = m.end()
                while end < len(text) and text[end] in "，,：:、":
                    end += 1
                return n, end
    m = _BARE.match(text, i)
    # 我们在两个方向上努力，一，大量解决…；二，是…: the first may follow a comma too
    if m and (i == 0 or text[i - 1] in "：:；;。" or text[i - 1] in "，," and m.group(1) == "一"):
        return parse_cn_number(m.group(1)), m.end()
    m = _RE_SEQ.match(text, i)
    if m:
        end = m.end()
        while end < len(text) and text[end] in "，,：:、":
            end += 1
        return _SEQ[m.group(1)], end
    return None


_ITEM_BOUNDARY = "。；;：:！？!?，,\n"
# 是说 after an ordinal (第一个是说现在…): the 说 is the speaker's filler, not the item's
# (是说明 / 是说服 / 是说话 are words of the item)
_SAYS = re.compile(r"是说(?![明服法话理清唱])")


def ordinal_items(text: str, start: int, noun: str = "") -> list[tuple[str, int]] | None:
    """The items of an enumeration 一是A…二是B… starting at or after ``start``: each item's
    first clause with its offset. The run must start at 1 and go up by one. ``noun``: see
    :func:`ordinal_at`."""
    items: list[tuple[str, int]] = []
    expected = 1
    i = start
    n = len(text)
    while i < n:
        at_boundary = i == start or text[i - 1] in _ITEM_BOUNDARY or i == 0
        if at_boundary:
            got = ordinal_at(text, i, noun)
            one = _ONE_IS.match(text, i) if got is None and expected == 1 else None
            if one and _TWO_IS.search(text, one.end(), one.end() + 200):
                got = (1, one.end())  # 一个是A；二是B；三是C: "one is" opens a run of 二是 …
            if got is not None:
                number, item_start = got
                if _SAYS.match(text, item_start - 1):  # 第一个是说A: a speaker's filler
                    item_start += 1
                if number == expected or (number == 0 and expected > 2):
                    item = item_clause(text[item_start:])
                    if item and len(item) <= 40:
                        items.append((item, item_start))
                        expected += 1
                        i = item_start + max(1, len(item))
                        if number == 0:
                            break
                        continue
                elif not items and expected == 1:
                    pass
                else:
                    break
        i += 1
    return items if len(items) >= 2 else None


# 一个是… opening a run that goes on 二是…, 三是… (the speaker's first ordinal said loosely)
_ONE_IS = re.compile(r"一(?:个|方面|条|种)(?:就)?是[，,：:]?")
_TWO_IS = re.compile(r"[，,；;。]\s*二(?:是|要)")


def sentence_end(text: str, start: int) -> int:
    """Where the sentence holding ``start`` ends (its 。！？, or the text's end): a list
    after a colon runs to there and no further."""
    for i in range(start, len(text)):
        if text[i] in "。！？!?":
            return i
    return len(text)


def split_list(inner: str) -> list[str]:
    """The items of an inline list (A、B、C / A，B；C) without their quotes, empty ones
    dropped, the first without a copula that only introduces it (“两新”是指A、B)."""
    parts = _LIST_SEPARATOR.split(inner)
    items = [p.strip(' “”"‘’「」') for p in parts]
    items = [i for i in items if i]
    if items and len(items[0]) > 4:
        items[0] = _COPULA_OPENING.sub("", items[0])
    return items


def split_last_he(items: list[str], number: int) -> list[str]:
    """``items`` with its last one split at 和 / 与 / 及 when that makes ``number`` items
    (战略的、战役的和战斗的; （基本普及义务教育和基本扫除文盲）): Chinese joins the last two
    of a list with 和."""
    if not items or len(items) + 1 != number:
        return items
    for conj in "和与及":  # one at a time: 普及 holds a 及 that joins nothing
        # (军事“围剿”和文化“围剿”: a quoted word may close the first of the two)
        last = _LAST_JOINED[conj].split(items[-1])
        if len(last) == 2 and min(len(x) for x in last) >= 2:
            return [*items[:-1], *last]
    return items


_PRONOUNS = "我你他她它这那其咱大"


# what parts an inline list's items, the copula that may open its first, and the 和 / 与 / 及
# joining its last two between Han characters (a quote may close the first): compiled once
_LIST_SEPARATOR = re.compile(r"[、，,；;]")
_COPULA_OPENING = re.compile(r"^(?:是指|指的是|就是|是|即)")
_LAST_JOINED = {
    conj: re.compile(rf"(?<=[\u4e00-\u9fff”\"]){conj}(?=[\u4e00-\u9fff])") for conj in "和与及"
}


def parallel_prefix(parts: list[str], number: int) -> list[str] | None:
    """The first ``number`` of ``parts`` (the clauses after a count's colon) when they read as
    one list and the clause after them does not go on with it: all ``number`` open alike or
    close alike on two characters or more (分清敌我，分清是非，什么是敌人… / 敌我之间的矛盾，
    人民内部相互之间的矛盾，事实是要谈…), the next clause shares neither. The clauses after a
    list often go on about it; the count says where the list ends. None otherwise."""
    if number < 2 or len(parts) <= number:
        return None
    head, nxt = parts[:number], parts[number]
    if any(not 2 <= len(p) <= 16 for p in head):
        return None
    for size in (2, 3):
        opens = {p[:size] for p in head}
        closes = {p[-size:] for p in head}
        pronoun = head[0][0] in _PRONOUNS  # 我们这一期…，我们有…: one subject, not one list
        if len(opens) == 1 and nxt[:size] not in opens and len(head[0]) > size and not pronoun:
            return head
        if len(closes) == 1 and nxt[-size:] not in closes and len(head[0]) > size:
            return head
    return None


# Words that only connect an item to its sentence (一个是A, 还有一个是B, 主要是C, 即是D,
# 了E after 经过; A和B这样两项): the gold keeps the item without them.
_ITEM_LEAD = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,2}(?:个|种|条|类|点)?(?:是|就是|(?=在|要))|(?:还有|另外|再|又)?(?:一|另一)(?:个|种|条|类|件|方面)?(?:就)?是|就是|即是|也就是|"
    r"主要是|特别是|首先是|其次是|必须是|其间经过了|经过了|经过|[一二三四五六七八九十]为|即|是|了|由|于)(?=[\u4e00-\u9fff“]{2})"
)
_ITEM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff”]{2})(?:这样|那样|这么|等等|等)$")


def clean_item(item: str) -> str:
    """An item without the words that only tie it to the sentence around it: 一个是技术创新
    -> 技术创新, 了上升 -> 上升, 发展生产这样 -> 发展生产 (了解, 是非 stay whole)."""
    if item.startswith(("了解", "了结", "是非", "是否")):
        return _ITEM_TAIL.sub("", item)
    return _ITEM_TAIL.sub("", _ITEM_LEAD.sub("", item))
