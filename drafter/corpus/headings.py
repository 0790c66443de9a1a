"""How a heading's text is cut from its paragraph: the first sentence after the marker
(quotes and brackets respected), the whole line when it is one short statement, a
speaker's label kept with the question after it, characters spaced out for emphasis
read as one word. Shared by the outline parser and the sequence builder."""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker

_QUOTE_OPEN = "“‘《（(「『"
_QUOTE_CLOSE = "”’》）)」』"
TRAILING = "。，；：、！？,.;:!? \u3000"


def heading_and_rest(text: str, questions: bool = True) -> tuple[str, str]:
    """The heading of a paragraph after its marker, and the text running on after it.

    A short paragraph that is one statement is a heading as a whole, even with a ；：？ in
    the middle ("为客户服务是华为存在的唯一理由；客户需求是华为发展的原动力。"); a longer
    one is cut after its first sentence (a *run-in* heading). A speaker's label before a
    colon ("与会人：", "王小明：") is not a heading of its own: the sentence after it is.
    A line of two or three questions and nothing else is one heading, the questions the
    part answers; ``questions=False`` for a question put in minutes (问题18：…？…？), whose
    heading is its first question."""
    label = speaker_label(text)
    if label:
        heading, rest = heading_and_rest(text[label:], questions)
        return text[:label] + heading, rest
    heading, rest = first_sentence(text)
    if rest and heading.endswith(_COPULA) and _cut_at_colon(text, heading, rest):
        heading, rest = _with_complement(text, heading, rest)
    if rest and len(text) <= WHOLE_LINE and not SENTENCE_INSIDE.search(text.rstrip(TRAILING)):
        return despace(text.rstrip(TRAILING)), ""
    if questions and rest and len(text) <= _QUESTIONS_MAX and _QUESTIONS.match(text):
        return text.rstrip(TRAILING), ""
    if heading.endswith("…"):
        # "…怎么可生产、易交付、免维护……。IRB成员…": the dots trail off the list the
        # sentence gives; the heading is the sentence without them (and a question put in
        # minutes that trails off, "10、韩诗涛：我是重大项目部韩诗涛……", likewise)
        heading = heading.rstrip("…").rstrip(TRAILING) or heading
    return despace(heading), rest


# a line of two or three questions and nothing else ("…需要哪些新的理论和技术取得突破？是否
# 有工程方法来解决？")
_QUESTIONS = re.compile(r"^(?:[^。！？!?；;：:]{4,}[？?]){2,3}$")
_QUESTIONS_MAX = 90


# who speaks in minutes and interviews; and the common surnames a 2-3 character name
# before a colon starts with (a label such as "目标：" or "美军：" is not a speaker)
_SPEAKERS = frozenset(
    ("与会人", "问", "答", "提问", "回答", "现场提问", "主持人", "记者", "员工", "学员", "代表")
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝逯"
)
_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4})[：:]")


def name_line(text: str) -> bool:
    """A person's name and a colon, nothing else: 2 or 3 characters from a common surname
    (李明华：, 郭平：), a surname and 总 (王总：), or a placeholder (某某：, ×××：) — the line
    a speaker's talk opens under in minutes and records, read by the second speaker's part
    and by a run another speaker says after the first speaker's parts."""
    m = _NAME_LINE.fullmatch(text)
    if m is None:
        return False
    name = m.group(1)
    return name in PLACEHOLDERS or name[0] in SURNAMES


_NAME_LINE = re.compile(r"([\u4e00-\u9fff]{2,3}|[xX×Ｘ]{2,3})[：:]")
PLACEHOLDERS = frozenset({"某某", "xxx", "XXX", "×××", "ＸＸＸ", "xx", "XX", "××"})
_ROLE_LABEL = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z .]{1,20})[（(][^（）()：:]{1,24}[）)][：:]"
)


def speaker_label(text: str) -> int:
    """The length of a speaker's label ("与会人：", "王小明：") opening ``text``, else 0:
    the heading cut keeps it with the question after it, and the review tells a question
    put in minutes (2、与会人：想听听您的看法。) from a heading by it."""
    if "：" not in text and ":" not in text:
        return 0  # both labels end in a colon (most paragraphs hold none: no match tried)
    m = _ROLE_LABEL.match(text)
    if m is not None and len(text) - m.end() >= 8:
        # "杨强（实验室主任）：", "JASON（芯片专家）：", "问（To李杰）：": a name or 问 with
        # the speaker's role or addressee in brackets
        return m.end()
    m = _LABEL.match(text)
    if m is None or len(text) - m.end() < 8:
        return 0
    word = m.group(1)
    if word in _SPEAKERS or (2 <= len(word) <= 3 and word[0] in SURNAMES and word[-1] != "总"):
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
    return (
        (":" in sep or "：" in sep)
        and not _LIST_START.match(rest)
        and not _COUNTED_VERBS.match(rest)
    )


# a list counted by a verb run into the sentence, the verb the same at each item: 一能全歼；
# 二能速决 / 一则…；二则… (the 一是, 一要 of the markers, with any verb), checked at its second item
_COUNTED_VERBS = re.compile(r"一([\u4e00-\u9fff])[^。；;：:]{1,30}[；;，,]二\1")


def _with_complement(text: str, heading: str, rest: str) -> tuple[str, str]:
    """A heading cut at "…的基本原则是：" has lost what it announces (the copula waits for
    its complement); it runs on to the end of the sentence, as the colon were a comma."""
    more, after = first_sentence(rest, _FULL_STOP)
    return text[: len(text) - len(rest)] + more, after


def to_sentence_end(text: str, heading: str, rest: str) -> tuple[str, str]:
    """A run-in heading's extent as a reader writes it down: the whole first sentence.

    The candidate's heading may stop early (at a ；or ：, or at a bracketed label as in
    第一条（追求）…), which is right for judging its shape (how long its first clause is) but
    not for showing it: a ；or ： inside a sentence does not end it, whatever stands before
    them — a quoted label (“华为身份的证明”：…), a bracketed one, a short topic (成功密码：…) or a
    clause (…各个击破；是有理，有利，有节。). The convention of tests/gold/README.md. Only a
    colon before a numbered list ends the heading there ("…保证下列四项：（1）…；（2）…",
    "…的条件：（甲）…"): the list is what the section says, not its heading. ``text`` is the
    paragraph the heading was cut from; nothing changes when ``heading``/``rest`` are not
    its parts (a heading taken from another line)."""
    if not rest or not text.endswith(rest):
        return heading, rest
    before = text[: len(text) - len(rest)].rstrip(" \u3000")
    cut = before[-1:]
    if cut in "；：;:" and before[:-1].rstrip(TRAILING).endswith(heading):
        lead = heading + cut
    elif cut in "）)" and before.endswith(("（" + heading + "）", "(" + heading + ")")):
        lead = before[-len(heading) - 2 :]  # 第一条（追求）…: the label stays as written
    else:
        return heading, rest
    if cut in "：:" and _starts_list(rest) and not _asks_first(rest):
        return heading, rest  # "…保证下列四项：（1）…；（2）…": the list is the section's text
    asked = rest.strip()
    if (
        cut in "：:"
        and len(asked) <= WHOLE_LINE
        and _QUESTIONS.match(asked)
        and not _asks_first(asked)
    ):
        # "彭博社Sam Chambers: 上市是不是…？是不是…？": a label (an asker's, of any script) and
        # a short line of questions, one heading (tests/gold/README.md "Heading extent": a
        # line of a few questions, at most ~40 characters, is one heading); not questions
        # put in order (首先，…？另外，…？), whose first is the heading
        return despace((lead + rest).rstrip(TRAILING)), ""
    more, after = first_sentence(rest, _FULL_STOP)
    return despace((lead + more).rstrip(TRAILING)), after


def heading_ending(text: str, rest: str) -> str:
    """The punctuation that closed a heading as written in its paragraph ``text``: the end of
    the line for a heading standing alone (``"："`` for "二、…是非常有效的："), what stood
    before ``rest`` for a run-in one; ``""`` when none. The heading itself drops it (see
    :data:`TRAILING`), but a reader may need it: a closing colon announces what follows."""
    before = text[: len(text) - len(rest)] if rest and text.endswith(rest) else text
    before = before.rstrip(" \u3000\t")
    k = len(before)
    while k and before[k - 1] in TRAILING:
        k -= 1
    return _BLANKS.sub("", before[k:])


_BLANKS = re.compile(r"[ \u3000\t]")  # (compiled once: a heading's ending is read for each)


# a first sentence that asks, opened by a word of order ("首先，…这样的调整意味着什么？"):
# the asker's first question after the label, not a list the line announces
_ASKED_FIRST = re.compile(r"(?:首先|其一)[，,][^。！!；;？?]{4,}[？?]")


def _asks_first(rest: str) -> bool:
    """Whether ``rest`` opens by 首先/其一 and its first sentence is a question: an asker
    putting the first of his questions, which the heading runs on into (a question is the
    heading of a 座谈's numbered turn, tests/gold/README.md)."""
    return _ASKED_FIRST.match(rest) is not None


_LIST_WORDS = re.compile(r"第一(?:是|个|点|条|项)|其一|首先|[（(]甲[）)]|甲[、，]")


def _starts_list(text: str) -> bool:
    """Whether ``text`` opens a numbered list at its first item (（1）… 一是… 第一，… （甲）…
    首先…, 一能…；二能…)."""
    m = match_marker(text)
    return (
        (m is not None and m.ordinal == 1)
        or _LIST_WORDS.match(text) is not None
        or _COUNTED_VERBS.match(text) is not None
    )


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
SENTENCE_END = _FULL_STOP  # what ends a heading's sentence (quotes and brackets respected)
