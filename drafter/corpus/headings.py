"""How a heading's text is cut from its paragraph: the first sentence after the marker
(quotes and brackets respected), the whole line when it is one short statement, a
speaker's label kept with the question after it, characters spaced out for emphasis
read as one word. Shared by the outline parser and the sequence builder."""

from __future__ import annotations

import re

_QUOTE_OPEN = "“‘《（(「『"
_QUOTE_CLOSE = "”’》）)」』"
TRAILING = "。，；：、！？,.;:!? \u3000"


def heading_and_rest(text: str) -> tuple[str, str]:
    """The heading of a paragraph after its marker, and the text running on after it.

    A short paragraph that is one statement is a heading as a whole, even with a ；：？ in
    the middle ("为客户服务是华为存在的唯一理由；客户需求是华为发展的原动力。"); a longer
    one is cut after its first sentence (a *run-in* heading). A speaker's label before a
    colon ("与会人：", "王小明：") is not a heading of its own: the sentence after it is."""
    label = _speaker_label(text)
    if label:
        heading, rest = heading_and_rest(text[label:])
        return text[:label] + heading, rest
    heading, rest = first_sentence(text)
    if rest and heading.endswith(_COPULA) and _cut_at_colon(text, heading, rest):
        heading, rest = _with_complement(text, heading, rest)
    if rest and len(text) <= WHOLE_LINE and not SENTENCE_INSIDE.search(text.rstrip(TRAILING)):
        return despace(text.rstrip(TRAILING)), ""
    return despace(heading), rest


# who speaks in minutes and interviews; and the common surnames a 2-3 character name
# before a colon starts with (a label such as "目标：" or "美军：" is not a speaker)
_SPEAKERS = frozenset(
    ("与会人", "问", "答", "提问", "回答", "现场提问", "主持人", "记者", "员工", "学员", "代表")
)
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝逯"
)
_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4})[：:]")
_ROLE_LABEL = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z .]{1,20})[（(][^（）()：:]{1,24}[）)][：:]"
)


def _speaker_label(text: str) -> int:
    """The length of a speaker's label ("与会人：", "王小明：") opening ``text``, else 0."""
    m = _ROLE_LABEL.match(text)
    if m is not None and len(text) - m.end() >= 8:
        # "杨强（实验室主任）：", "JASON（芯片专家）：", "问（To李杰）：": a name or 问 with
        # the speaker's role or addressee in brackets
        return m.end()
    m = _LABEL.match(text)
    if m is None or len(text) - m.end() < 8:
        return 0
    word = m.group(1)
    if word in _SPEAKERS or (2 <= len(word) <= 3 and word[0] in _SURNAMES and word[-1] != "总"):
        return m.end()
    if 2 <= len(word) <= 3 and text.startswith(_FIRST_PERSON, m.end()):
        return m.end()  # "屠某某：我来自…": a name (of any surname) introducing oneself
    return 0


_FIRST_PERSON = ("我来自", "我是", "我在", "我的问题", "我有", "我想", "请问")


WHOLE_LINE = 40
SENTENCE_INSIDE = re.compile(r"[。！!]")
_SPACED = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]$")


def despace(text: str) -> str:
    """ "结　　论" -> "结论": characters spaced out for emphasis, not words."""
    if _SPACED.match(text):
        return re.sub(r"[ \u3000]+", "", text)
    return text


_COPULA = ("是", "是为")
_LIST_START = re.compile(
    r"[（(]?[0-9０-９一二三四五六七八九十]+[）)、.．，]|第[一二三四五六七八九十]+[，、]"
)


def _cut_at_colon(text: str, heading: str, rest: str) -> bool:
    """True when the first sentence stopped at a colon (``:`` or ``：``) and what runs on is
    a statement, not a list of its own ((1)…, 一、…, 第一，…)."""
    sep = text[len(heading) : len(text) - len(rest)]
    return (":" in sep or "：" in sep) and not _LIST_START.match(rest)


def _with_complement(text: str, heading: str, rest: str) -> tuple[str, str]:
    """A heading cut at "…的基本原则是：" has lost what it announces (the copula waits for
    its complement); it runs on to the end of the sentence, as the colon were a comma."""
    more, after = first_sentence(rest, _FULL_STOP)
    return text[: len(text) - len(rest)] + more, after


def first_sentence(text: str, stops: re.Pattern[str] | None = None) -> tuple[str, str]:
    """Split a paragraph into its first sentence (the heading) and the rest.

    Terminators inside quotes or brackets do not count: （一）抓好“三个服务”。 … ``stops``
    narrows what ends the sentence (by default also ；：, which end a run-in heading)."""
    depth = 0
    for m in (stops or _SPECIAL).finditer(text):
        ch = m.group()
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            j = m.start()
            heading = text[:j].rstrip(TRAILING)
            rest = text[j + 1 :].lstrip(" \u3000")
            if rest and rest[0] in _QUOTE_CLOSE:
                rest = rest[1:].lstrip()
            return heading, rest
    return text.rstrip(TRAILING), ""


_SPECIAL = re.compile(r"[。；：！？;:!?“‘《（(「『”’》）)」』]")
_FULL_STOP = re.compile(r"[。！？!?“‘《（(「『”’》）)」』]")
