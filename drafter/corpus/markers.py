"""The grammar of heading markers: 一、 （一） 1. （1） ① 第一， 第一章 一是 首先 ...

:func:`match_marker` looks at the start of a paragraph and says which *family* of marker it
carries and its ordinal. Families matter because a document assigns its own levels to them
(a report: 一、 then （一）; a speech: 第一， then 一是), and because numbering is checked within
a family (一、二、三 in order).

The check is on the hot path of the parse benchmark, so the first character decides quickly
whether any regex needs to run at all.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from drafter.numerals import parse_cn_number

CN_NUM = "[一二三四五六七八九十百零〇○两]"  # ○ (a circle) is typed for 〇
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Families. ``RANK`` orders the families a report nests by convention (chapter above 一、
# above （一） above 1. above （1） above ①); the speech families (第一， 一是 首先) have no
# fixed rank and take the level where they first appear.
PIAN = "pian"  # 第一编: a law's (or a long text's) parts, above its chapters
CHAPTER = "chapter"  # 第一章/第一部分
SECTION = "section"  # 第一节
ARTICLE = "article"  # 第一条 (in laws paragraphs, not headings; elsewhere a point)
CN_DUN = "cn"  # 一、
CN_PAREN = "cn_paren"  # （一）
ARABIC = "arabic"  # 1. 1、 1．
ARABIC_PAREN = "arabic_paren"  # （1）
# 1） 1): writers use it as the level below 1、/1. (match_marker reports it as ARABIC, the
# numbering it continues; the outline reads it as a family of its own, see rparen_family)
ARABIC_RPAREN = "arabic_rparen"
CIRCLED_NUM = "circled"  # ①
DI = "di"  # 第一， 第一、 首先， 其次， 再次， 最后，
DI_NOUN = "di_noun"  # 第一句话： 第一个方面 第一点
YISHI = "yishi"  # 一是 一要 一靠 一抓
QUESTION = "question"  # 问题一（…）： 问题2： the numbered questions of minutes
PART = "part"  # a numeral standing for a part: "一" alone on a line, "一　关于…" (space, no 、)

RANK = {
    PIAN: -0.5,
    CHAPTER: 0,
    SECTION: 1,
    ARTICLE: 1.2,
    PART: 1.5,
    CN_DUN: 2,
    CN_PAREN: 3,
    ARABIC: 4,
    ARABIC_RPAREN: 4.5,
    ARABIC_PAREN: 5,
    CIRCLED_NUM: 6,
}

LAST = 10_000  # ordinal of 最后 (fits after any number)


def rparen_family(marker: Marker) -> str:
    """The family of ``marker`` for the outline: 1） / 1) apart from 1、 / 1. (a list of
    1）…5） under "3、变革什么" is its points, not more items of the 1、2、3、 run)."""
    if marker.family == ARABIC and marker.text.endswith((")", "）")):
        return ARABIC_RPAREN
    return marker.family


class Marker(NamedTuple):
    """A heading marker at the start of a paragraph.

    ``text`` is the marker as written (``"（一）"``, ``"第一，"``, ``"一是"``), ``rest`` the
    paragraph after it. ``word`` is the sequence word for 首先/其次/再次/最后.
    """

    family: str
    ordinal: int
    text: str
    rest: str
    word: str = ""


_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUES["零"] = _DIGIT_VALUES["○"] = 0
_ONE_DIGIT = {c: parse_cn_number(c) for c in "一二三四五六七八九十两"}


@functools.lru_cache(maxsize=2048)
def cn_to_int(text: str) -> int | None:
    """A Chinese numeral as a number: 十二 and 一百二十 as usual, and also written digit by
    digit as old texts number their paragraphs (（一〇）, （一一）, （一二〇）)."""
    if len(text) == 1:
        return _ONE_DIGIT.get(text)
    digits = len(text) > 1 and "十" not in text and "百" not in text and text[0] not in "〇○"
    if digits and all(c in _DIGIT_VALUES for c in text):
        return int("".join(str(_DIGIT_VALUES[c]) for c in text)) or None
    return parse_cn_number(text)


_SP = r"[ \t\u3000]*"
_RE_CN_DUN = re.compile(rf"({CN_NUM}{{1,4}})[ \u3000]?[、．.]{_SP}")  # "一、", "一 、"
_RE_CN_PAREN = re.compile(rf"[（(]({CN_NUM}{{1,4}})[）)][、，．.]?{_SP}")
_RE_ARABIC = re.compile(rf"(\d{{1,3}})(?:[、．）)]|\.(?!\d)){_SP}")
_RE_ARABIC_PAREN = re.compile(rf"[（(](\d{{1,3}})[）)][、，．.]?{_SP}")
_RE_DI = re.compile(
    rf"第({CN_NUM}{{1,4}})(?:"
    r"(编|章|部分|节|条)[：:、，,．.]?"  # 2: structural units ("第一部分：总体要求")
    r"|(句话|个方面|方面|点|个问题|条意见|项|件事|件|种|类|个时期|个?阶段|步)(?!的)是?[，,、：:。；\u3000 ]?"  # 3: speech units
    # 4: any other thing counted by its classifier, when a colon or comma follows at once:
    # 第一道题： 第一层防线， 第二个例子， 第一堂课： 第一场硬仗， (the point's name, then the
    # point; 场 as 打好三场硬仗 counts the parts the frames read, prose's 第一场雪下了 has no stop); or
    # 是 and the point said at once (第一个特点是…, 第一次是…): a run of them, complete and each
    # opening its paragraph, is a family of headings like any other (the run rules decide)
    r"|((?:个|道|层|堂|次|笔|场)(?:(?!是)[\u4e00-\u9fff]){0,3})(?:是?[，,：:]|是(?=[^，,：:。；\s]))"
    r"|[，,、：:．.]|[ \u3000]+(?=[^\s\d]))"  # "第一，" or "第一 加强领导"
    rf"{_SP}"
)
# "二：公司战略" standing alone: a part number typed with a colon for 、 (minutes typed in
# haste), read as 二、 only when a short title and nothing else follows it: "一：二" and
# "三：…。" in prose stay prose
_RE_CN_COLON = re.compile(rf"({CN_NUM}{{1,2}})[：:]{_SP}")
_COLON_TITLE = re.compile(r"[\u4e00-\u9fff][^。；;！!？?：:，,、\s]{1,24}")
_RE_YISHI = re.compile(rf"({CN_NUM}{{1,3}})(是|要|靠|抓)(?=[^，。；、\s]|$)")
_RE_YISHI_COMMA = re.compile(rf"({CN_NUM}{{1,3}})(是|要|靠|抓)[，,：:]")
# a question of minutes numbered by its noun, before the asker or the colon: 问题一（欧研/…）：
# 问题12：…; not 问题一直…, 问题三个方面
_RE_QUESTION = re.compile(rf"问题({CN_NUM}{{1,3}}|\d{{1,2}}|[０-９]{{1,2}})(?:[：:]|(?=[（(]))")
_RE_SEQ = re.compile(r"(首先|其次|再次|其一|其二|其三|其四|其五|最后)[，,、：:]" + _SP)
# a question numbered by a letter or a short 问 (Q1：…, Q7、…, Ｑ3. …, 问2：…, 提问3：…): a
# number, then a colon, a 、 or a full stop that is no decimal point, or a space; never Q1季度,
# Q4的订单, 2017年Q3 (no mark after the number, or not at the start)
_RE_ASKED = re.compile(
    r"(?:[QＱ]|提问|问)([0-9０-９]{1,2})(?:[：:、．]|\.(?![0-9０-９])|[ \u3000]+(?=\S))" + _SP
)

_SEQ_ORDINAL = {
    "首先": 1,
    "其次": 2,
    "再次": 3,
    "其一": 1,
    "其二": 2,
    "其三": 3,
    "其四": 4,
    "其五": 5,
    "最后": LAST,
}
_UNIT_FAMILY = {"编": PIAN, "章": CHAPTER, "部分": CHAPTER, "节": SECTION, "条": ARTICLE}
_CN_FIRST = frozenset("一二三四五六七八九十两")
CN_FIRST = _CN_FIRST  # the characters a Chinese numeral starts with
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# What may follow the first character of a marker (an empty string: the text ends there).
_AFTER_CN = frozenset(["", *"一二三四五六七八九十百零〇○两", *" \u3000、．.是要靠抓：:"])
_AFTER_PAREN = frozenset([*"一二三四五六七八九十百零〇○两", *"0123456789０１２３４５６７８９"])
# digits right after "6、" that name a thing, not a second number: 4G和5G, 2013年丹麦…
# ("1、2月份" and "97、98年" stay numbers in prose)
_NAMED_NUMBER = re.compile(r"\d{1,3}[A-Za-zＡ-Ｚａ-ｚ]|(?:19|20)\d\d年")
_AFTER_DIGIT = frozenset(["", *"0123456789０１２３４５６７８９", *"、．.）) \u3000"])
# Every character a marker can start with: a cheap test before any regex runs.
MARKER_FIRST = frozenset(
    "一二三四五六七八九十两（(0123456789０１２３４５６７８９第首其再最问" + CIRCLED
)


# Every character a question numbered by a letter or a short 问 starts with (:func:`match_asked`).
ASKED_FIRST = frozenset("QＱ问提")


def match_marker(text: str) -> Marker | None:
    """The marker at the start of ``text``, or None. ``text`` is a stripped paragraph."""
    if not text:
        return None
    c = text[0]
    second = text[1:2]
    if c in _CN_FIRST:
        if second not in _AFTER_CN:
            return None  # "一年来", "三个代表": prose (the cheap test saves three regexes)
        m = _RE_CN_DUN.match(text)
        if m:
            n = cn_to_int(m.group(1))
            if n:
                return Marker(CN_DUN, n, text[: m.end()].rstrip(), text[m.end() :])
        m = _RE_CN_COLON.match(text)
        if m and _COLON_TITLE.fullmatch(text, m.end()):
            n = cn_to_int(m.group(1))
            if n:
                return Marker(CN_DUN, n, text[: m.end()].rstrip(), text[m.end() :])
        m = _RE_YISHI.match(text) or _RE_YISHI_COMMA.match(text)
        if m:
            n = cn_to_int(m.group(1))
            if n and (n > 1 or m.group(1) == "一"):
                end = m.end()
                if end < len(text) and text[end] in "，,：:":
                    end += 1
                return Marker(YISHI, n, text[:end], text[end:])
        return None
    if c in "（(":
        if second not in _AFTER_PAREN:
            return None  # "（根据录音整理）"
        m = _RE_CN_PAREN.match(text)
        if m:
            n = cn_to_int(m.group(1))
            if n:
                return Marker(CN_PAREN, n, text[: m.end()].rstrip(), text[m.end() :])
            return None
        m = _RE_ARABIC_PAREN.match(text)
        if m:
            return Marker(ARABIC_PAREN, int(m.group(1)), text[: m.end()].rstrip(), text[m.end() :])
        return None
    if c in _DIGITS:
        if second not in _AFTER_DIGIT:
            return None  # "2025年", "5G": a number in prose
        m = _RE_ARABIC.match(text)
        if m and (not text[m.end() : m.end() + 1].isdigit() or _NAMED_NUMBER.match(text, m.end())):
            n = int(m.group(1))
            if n:
                return Marker(ARABIC, n, text[: m.end()].rstrip(), text[m.end() :])
        return None
    if c == "第":
        m = _RE_DI.match(text)
        if not m:
            return None
        if m.group(2) == "条":  # law articles: common, never headings, number not needed
            # the number is read only where articles are points (see numbered_candidates.marked_candidate)
            return Marker(ARTICLE, 0, text[: m.end()].rstrip(), text[m.end() :])
        n = cn_to_int(m.group(1))
        if not n:
            return None
        marker = text[: m.end()].rstrip()
        if m.group(2):
            return Marker(_UNIT_FAMILY[m.group(2)], n, marker, text[m.end() :])
        if m.group(4) is not None and marker.endswith("是"):
            # 第一个特点是…: the point said at once after 是; but 第一个字是慎，第二个字是严。
            # counts on in the same paragraph, an enumeration written into prose
            unit = m.group(4)[:1]
            if f"第{_int_to_cn(n + 1)}{unit}" in text[m.end() :]:
                return None
        if m.group(3) or m.group(4):
            return Marker(DI_NOUN, n, marker, text[m.end() :])
        return Marker(DI, n, marker, text[m.end() :])
    if c in CIRCLED:
        rest = text[1:].lstrip(" \u3000、.．")
        return Marker(CIRCLED_NUM, CIRCLED.index(c) + 1, text[: len(text) - len(rest)], rest)
    if c == "问":
        m = _RE_QUESTION.match(text)
        if m:
            n = number_value(m.group(1))
            if n:
                return Marker(QUESTION, n, text[: m.end()], text[m.end() :])
        return None
    if c in "首其再最":
        m = _RE_SEQ.match(text)
        if m:
            word = m.group(1)
            if word == "最后" and (inner := _numbered_last(text[m.end() :])) is not None:
                return inner
            return Marker(DI, _SEQ_ORDINAL[word], text[: m.end()].rstrip(), text[m.end() :], word)
        m = _RE_LAST_UNIT.match(text)
        if m:
            if (inner := _numbered_last(text[m.end() :])) is not None:
                return inner
            return Marker(DI_NOUN, LAST, text[: m.end()].rstrip(), text[m.end() :], "最后")
    return None


def match_asked(text: str) -> Marker | None:
    """A question numbered by a letter or a short 问 at the start of ``text`` (Q1：…, Q7、…,
    问2：…), as the :data:`QUESTION` family of 问题一（…）：…, or None.

    Not in :func:`match_marker`: Q1 to Q4 are a year's quarters as often as questions
    (Q1：销售额… in a sales review), so the form says nothing alone; only a run of them
    put as questions is read as headings (:func:`drafter.corpus.numbered_candidates.asked_runs`,
    the one caller, decides on the whole run)."""
    if not text or text[0] not in "QＱ问提":
        return None
    m = _RE_ASKED.match(text)
    if m is None:
        return None
    n = number_value(m.group(1))
    return Marker(QUESTION, n, text[: m.end()].rstrip(), text[m.end() :]) if n else None


def _numbered_last(rest: str) -> Marker | None:
    """The number a speaker gives his last point after saying it is the last (最后，第六，我要
    说到… / 最后一点，第八点：…): the point is numbered, and its number is its marker
    (tests/gold/README.md, set 13's v2_014), so it continues its run as the sixth."""
    if rest[:1] != "第":
        return None
    inner = match_marker(rest)
    if inner is None or inner.family not in (DI, DI_NOUN):
        return None
    return inner


# the last of a speaker's counted points, named by its unit as the others were (第五点，…
# 最后一点，…): it ends their run (sequences checks the unit is theirs)
_RE_LAST_UNIT = re.compile(r"最后一(点|个问题|个方面|方面|条意见|条|件事|句话)是?[，,、：:]" + _SP)


_RE_PART = re.compile(
    rf"({CN_NUM}{{1,3}}|\d{{1,2}}|[０-９]{{1,2}})(?:[ \u3000]+(?=[^\s、，。．.])|$)"
)
_PART_TEXT_MAX = 40


def match_part(text: str) -> Marker | None:
    """A part number standing alone: "一" or "12" on a line of its own, or a numeral, a
    space and a short title ("一　国内的政治状况", "十 坏事能否变成好事?").

    Only for a whole paragraph that is nothing else (the caller checks that it stands
    between paragraphs): "一 个人" inside prose is not a part.
    """
    if not text or (text[0] not in _CN_FIRST and text[0] not in _DIGITS):
        return None
    m = _RE_PART.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip(" \u3000")
    if len(rest) > _PART_TEXT_MAX or any(c in rest[:-1] for c in "。；;！!"):
        return None
    n = number_value(m.group(1))
    if not n:
        return None
    return Marker(PART, n, text[: m.end()], rest)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def number_value(written: str) -> int | None:
    """A marker's number as written, in digits (full-width too: １２) or in Chinese (十二,
    一〇): the one reading the marker families and the runs that go on numbering them
    (:mod:`.sequences`) share, so that 12 and １２ and 十二 count alike everywhere."""
    digits = written.translate(_FULLWIDTH)
    return int(digits) if digits.isdecimal() else cn_to_int(written)


_RE_RUNIN_PART = re.compile(rf"({CN_NUM}{{1,3}})[ \u3000]+(?=[\u4e00-\u9fff“《（(])")


def match_runin_part(text: str) -> Marker | None:
    """A part number, a space, then the part's first paragraph run on ("二　为了力争时局
    好转，…必须强调抗战团结进步三者不可缺。并在这个基础上…"): the numeral as
    :func:`match_part` reads it, over a paragraph too long to be a title line.

    Only a run of such paragraphs numbered in turn makes them parts (the caller, by way
    of :mod:`.sequences`); a numeral and a space inside prose is rare, since Chinese puts
    no space between words (no such run in the 591 speeches outside the hold-out but the
    one of blind set 21)."""
    if not text or text[0] not in _CN_FIRST:
        return None
    m = _RE_RUNIN_PART.match(text)
    if m is None:
        return None
    n = cn_to_int(m.group(1))
    return Marker(PART, n, text[: m.end()], text[m.end() :]) if n else None


def ordinal_marker_in(text: str, family: str, ordinal: int) -> bool:
    """Whether ``text`` goes on (after a punctuation mark) with the marker of ``family``
    numbered ``ordinal``: a paragraph "一是…；二是…" or "1、…；2、…" is an enumeration in
    prose, while "忠诚第一、态度第二" is not. A marker after a list of its own that the
    paragraph starts afresh does not count: in "二要突出重点。…要做到：一是…；二是…；三是…"
    the 三是 is the third item of the inner list, not the point after 二要."""
    if family not in _ENUMERATED:
        return False  # (a chapter, a section, a part: never run on in prose; no search)
    later = _marker_positions(text, family, ordinal)
    if not later:
        return False  # (most paragraphs: the list opening it is not looked for)
    first = _marker_positions(text, family, 1)
    if family == DI:
        # "第一，…。首先是…；其次，…": 首先 opens a list of its own, whose 其次 is its second
        # item, not the paragraph's next point (mao 1-008's 第一，从组织上动员群众。)
        first += _opener_positions(text)
    return any(not any(k < j for k in first) for j in later)


def _opener_positions(text: str) -> list[int]:
    """Where, past the paragraph's own start, 首先 opens an enumeration in prose."""
    found = []
    start = 2
    while (j := text.find("首先", start)) > 0:
        if text[j - 1] in _ENUM_BEFORE:
            found.append(j)
        start = j + 1
    return found


# the families :func:`_marker_positions` looks for in prose (for any other it finds nothing)
_ENUMERATED = frozenset((YISHI, DI, DI_NOUN, CN_DUN, CN_PAREN, ARABIC, ARABIC_PAREN))


def _marker_positions(text: str, family: str, ordinal: int) -> list[int]:
    """Where, past the paragraph's own start, the marker of ``family`` numbered ``ordinal``
    stands after a punctuation mark (as an item of an enumeration in prose does)."""
    cn = _int_to_cn(ordinal)
    if family == YISHI:
        needles = [f"{cn}{v}" for v in "是要靠抓"]
    elif family == DI:
        needles = [f"第{cn}{p}" for p in "，,、：:"] + ["其次，", "其次,", "再次，"]
        needles += [f"其{cn}，", f"其{cn},"]
    elif family == DI_NOUN:
        needles = [f"第{cn}"]
    elif family == CN_DUN:
        needles = [f"{cn}、"]
    elif family == CN_PAREN:
        needles = [f"（{cn}）", f"({cn})"]
    elif family == ARABIC:
        needles = [f"{ordinal}、", f"{ordinal}．"]
    elif family == ARABIC_PAREN:
        needles = [f"（{ordinal}）", f"({ordinal})"]
    else:
        return []
    found = []
    for needle in needles:
        start = 2
        while (j := text.find(needle, start)) > 0:
            if text[j - 1] in _ENUM_BEFORE:
                found.append(j)
            start = j + 1
    return found


_ENUM_BEFORE = frozenset("。；;，,：:！？!? \u3000")


def renumber(marker: str, ordinal: int) -> str:
    """The same marker with another number: ("（三）", 2) -> "（二）", ("3.", 2) -> "2."."""
    m = re.search(rf"{CN_NUM}+|\d+", marker)
    if m is None:
        return marker
    number = str(ordinal) if m.group().isdigit() else _int_to_cn(ordinal)
    return marker[: m.start()] + number + marker[m.end() :]


def _int_to_cn(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


# the numeral a Chinese approximate number pairs with the first (三、四 / 三、五 / 一、两 /
# 三、两): prose names two neighbouring counts; "四、三层…", "二、九十年代…", "五、一线…" are
# a heading's number and words. (Beyond 九 the old reading stands: 十一、二 is rare either way.)
_DIGIT_VALUE = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}
_PAIRED_ALSO = {1: "两", 3: "五两"}


def approximate_number(text: str, at: int, marker) -> bool:
    """三、四月 / 二、三十年 / 三、五天 at ``at``: a numeral right after the marker's 、 is a
    number in prose (二〇二五年 after it is a year). Prose counts up from the first number
    to its neighbour (三、四, 九、十; also 三、五, 一、两, 三、两); a heading's text may open
    with any other numeral: 一、十年回顾 is no "one or ten years", 四、三层防线…, 一、一年来…
    and 二、九十年代… are headings."""
    after = text[at + len(marker.text) : at + len(marker.text) + 2]
    if marker.family != CN_DUN or after[:1] not in CN_FIRST or after[1:] in ("〇", "○", "零"):
        return False
    n = marker.ordinal
    if n > 9:
        return True
    return _DIGIT_VALUE.get(after[0]) == n + 1 or after[0] in _PAIRED_ALSO.get(n, "")
