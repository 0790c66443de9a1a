"""Joining lines a web page, a PDF or an e-mail broke inside a sentence.

The signal is the end of a line: Chinese prose ends a paragraph with 。！？；： (or a closing
quote after one). A line that stops without one continues on the next line, unless the
next line starts a heading, a salutation or a date line, or the line itself is a heading
(a marker line, a short line between paragraphs) or a header line (post and name of the
speaker). Hard-wrapped files (many lines of nearly the same length) are recognised as such
and joined by width.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import compress
from math import ceil
from operator import eq

from drafter.corpus.header_speaker import POST_NAME
from drafter.corpus.issuer_line import issuer_over_title
from drafter.corpus.markers import CIRCLED, approximate_number, match_marker

FINAL = frozenset("。！？!?…；;：:")
CLOSERS = frozenset("”’」』）)》〉】]")
CONTINUATION_START = frozenset("，,、。．；;：:！!？?）)》」』”’〉…")
DANGLING_END = frozenset("的和与及或在对为把将从向被让使于并而且、，,—–-“‘《（(〈【")
_GENRE_WORDS = (
    "讲话|报告|发言|致辞|会议上|大会上|讲稿|讲话稿|发言稿|贺词|主持词|总结|通知|意见|方案|决定|纲要"
    "|汇报|工作要点|规划"
)
GENRE_END = re.compile(rf"({_GENRE_WORDS})$")
# a match of GENRE_END starts at most this many characters before the end (its longest
# word, and a final line end that $ allows)
_GENRE_TAIL = max(len(w) for w in _GENRE_WORDS.split("|")) + 1


# the last character of every genre word, and the line end $ allows after one: a text
# ending in anything else is answered without the search (tests/corpus/test_quick_answers.py)
_GENRE_LAST = frozenset(w[-1] for w in _GENRE_WORDS.split("|")) | {"\n"}


def genre_end(text: str) -> bool:
    """Whether ``text`` ends in a genre word (讲话, 报告 … 会议上): ``GENRE_END.search``,
    looking only where a match can start rather than at every character, and only in a
    text ending as a genre word does."""
    return (
        text[-1:] in _GENRE_LAST
        and GENRE_END.search(text, max(0, len(text) - _GENRE_TAIL)) is not None
    )


POST_END = re.compile(
    r"(主任|书记|省长|市长|县长|区长|州长|镇长|乡长|主席|总理|部长|局长|厅长|处长|科长|委员|代表|"
    r"同志|秘书长|理事长|院长|校长|经理|董事长|司令员|政委|组长|会长|社长|主编)$"
)
DATE_LINE = re.compile(r"^[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年[^。]{0,20}[)）]?$")
DATE_START = re.compile(
    r"^[（(]?(——)?\s*[0-9〇零一二三四五六七八九十]{4}\s*年\s*[0-9〇一二三四五六七八九十]{1,2}\s*月"
)
# every character a DATE_START match starts with, but for a space (str.isspace, as \s)
DATE_FIRST = frozenset("（(—0123456789〇零一二三四五六七八九十")
# words that end in a DANGLING_END character and still end a phrase: "…今后努力方向",
# "问题所在", "大有作为", "积极应对", "重在参与", "关键在于"
WHOLE_WORD_END = (
    "方向",
    "导向",
    "取向",
    "走向",
    "动向",
    "意向",
    "倾向",
    "志向",
    "去向",
    "存在",
    "所在",
    "实在",
    "自在",
    "作为",
    "有为",
    "行为",
    "绝对",
    "相对",
    "面对",
    "应对",
    "平和",
    "祥和",
    "温和",
    "总和",
    "参与",
    "在于",
    "属于",
    "善于",
    "勇于",
    "敢于",
    "乐于",
    "忠于",
    "合并",
    "兼并",
)
OPENERS = ("同志们", "各位代表", "各位委员", "各位领导", "各位来宾", "女士们", "朋友们")
_OPEN_PUNCT = frozenset("，,、“‘《（(〈【")
_INNER_END = re.compile(r"[。！？；]")
# a copula and its colon never open a paragraph: "…的主要目标" / "是：地区生产总值…"
_COPULA_COLON = ("是：", "是:", "为：", "即：")


def _open_prose(text: str) -> bool:
    """Whether ``text`` is prose that stops in mid-sentence: a sentence ended inside it
    (。！？；) and words follow it without an end of their own. No heading, title or header
    line has that shape; a paragraph broken by a page's line breaks does."""
    i = max(text.rfind(c) for c in "。！？；")
    if i < 0 or len(text) - i < 2:
        return False
    tail = text[i + 1 :]
    return "\u4e00" <= tail[-1] <= "\u9fff" and not any(c in CLOSERS for c in tail[:1])


def wrap_width(texts: list[str]) -> int | None:
    """The line width of a hard-wrapped text, or None when lines are whole paragraphs.

    A hard-wrapped file has most of its lines at (nearly) one length: the 90th percentile
    length is the width, and at least half the substantial lines come close to it.
    """
    # (every length sorted in C, the short ones cut off after: no Python step a line)
    lens = sorted(map(len, texts))
    lens = lens[bisect_left(lens, 8) :]
    if len(lens) < 8:
        return None
    width = lens[int(len(lens) * 0.9) - 1]
    if width > 120 or width < 16:
        return None
    near = len(lens) - bisect_left(lens, 0.85 * width)  # lens is sorted
    if near >= 0.5 * len(lens):
        return width
    return _cut_width(texts, lens)


def _cut_width(texts: list[str], lens: list[int]) -> int | None:
    """The width of a text hard-wrapped only in part (a law whose lines were cut at 26
    characters and, here and there, already re-joined into lines of 54 and 82): many lines
    of exactly one length, most of them cut in mid-sentence. Whole paragraphs are seldom of
    one length, and end as sentences do."""
    need = ceil(max(8, 0.15 * len(lens)))
    if not any(map(eq, lens, lens[need - 1 :])):
        # (lens is sorted: no length comes back ``need`` times, so the commonest comes back
        # fewer and the count below refuses it; found in C, before any Counter is built)
        return None
    width, count = Counter(lens).most_common(1)[0]
    if width < 16 or width > 120 or count < max(8, 0.15 * len(lens)):
        return None
    # (the lines of that length picked in C: ends_sentence is asked of those alone)
    cut = sum(
        1 for t in compress(texts, map(width.__eq__, map(len, texts))) if not ends_sentence(t)
    )
    return width if cut >= 0.6 * count else None


# a bracketed aside closing a paragraph after its last sentence: a record's stage direction
# （全场鼓掌）, （完）, an editor's (有删节)
_ASIDE_AFTER_END = re.compile(r"[。！？!?…][”’」』]?[（(][^（()）。]{1,30}[）)]$")


def aside_after_end(text: str) -> bool:
    """Whether ``text`` ends with a bracketed aside after a finished sentence
    ("…抗日的人民。（热烈鼓掌，高呼口号）"): the paragraph ends there as the sentence did.
    A text typed without blank lines between its paragraphs (Notepad's one line each)
    otherwise ran on into the next line, and so into a notes list under a record."""
    return text[-1:] in "）)" and _ASIDE_AFTER_END.search(text, max(0, len(text) - 36)) is not None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence or paragraph does (closing quotes allowed)."""
    i = len(text) - 1
    while i > 0 and text[i] in CLOSERS:
        i -= 1
    return text[i] in FINAL or (text[-1] in CLOSERS and text[-1] in "”’」』" and i < len(text) - 1)


# Characters no paragraph starts with unless they begin one of these words: the
# structural particles 的/地/得 and the plural suffix 们 ("我们深深" / "地体会到").
_PARTICLES = frozenset("的地得们")
_PARTICLE_WORDS = frozenset(
    [
        "的确",
        "的士",
        "地方",
        "地区",
        "地位",
        "地域",
        "地球",
        "地震",
        "地面",
        "地下",
        "地上",
        "地图",
        "地理",
        "地质",
        "地产",
        "地税",
        "地市",
        "地委",
        "地主",
        "地铁",
        "地块",
        "地段",
        "地址",
        "地形",
        "地貌",
        "地处",
        "地带",
        "地点",
        "地级",
        "地缘",
        "地价",
        "地勤",
        "地道",
        "地毯",
        "得到",
        "得以",
        "得益",
        "得失",
        "得分",
        "得力",
        "得当",
        "得体",
        "得手",
        "得知",
        "得出",
        "得奖",
        "得票",
        "得罪",
        "得意",
        "得逞",
    ]
)


def _starts_mid_word(a: str, b: str) -> bool:
    """``b`` goes on with a word ``a`` broke: it opens with a particle that never opens a
    paragraph, and ``a`` stops on a character in mid-phrase (not a heading or title)."""
    if len(b) < 2 or b[0] not in _PARTICLES or b[:2] in _PARTICLE_WORDS:
        return False
    if len(a) < 4:
        return False
    if not ("\u4e00" <= a[-1] <= "\u9fff") and not (
        # a quoted word or a book title the particle goes on from: “左” / 的偏向,
        # 《决定》 / 的精神 (a sentence ending in a quote closes on 。” instead)
        a[-1] in "”’」』》" and "\u4e00" <= a[-2] <= "\u9fff"
    ):
        return False
    marker = match_marker(a)
    return not (marker is not None and len(a) <= 40) and not genre_end(a)


# An ordinal left open at a line's end (…本条例第十 / …依照第) and the rest of it with its
# counter (二条规定… / 三十五条…): no line starts with a bare number and a counter.
_OPEN_ORDINAL = re.compile(r"第[0-9〇零一二三四五六七八九十百千两]{0,6}$")
_ORDINAL_REST = re.compile(r"^[0-9〇零一二三四五六七八九十百千两]{0,6}[条款项章节编目]")


def _splits_ordinal(a: str, b: str) -> bool:
    """``b`` finishes the ordinal ``a`` broke (第十 / 二条规定…): a hard-wrapped law cuts its
    cross-references anywhere, even inside a number."""
    return bool(_OPEN_ORDINAL.search(a)) and bool(_ORDINAL_REST.match(b))


_DIGITS = frozenset("0123456789０１２３４５６７８９")  # (what （3） may number with)


def continues_list(a: str, b: str) -> bool:
    """Whether ``b`` starts with the next item (③, （3）) of a list running inside ``a``
    (public: :func:`drafter.corpus.line_joins.reflow_lines` asks it where it writes out
    :func:`after_final`)."""
    first = b[:1]
    if first not in CIRCLED and (first not in "（(" or b[1:2] not in _DIGITS):
        return False  # (only ① … and （3） markers count: most lines are answered here)
    m = match_marker(b)
    if m is None or m.ordinal < 2:
        return False
    if m.family == "circled":
        return CIRCLED[m.ordinal - 2] in a
    if m.family == "arabic_paren":
        return f"（{m.ordinal - 1}）" in a[1:] or f"({m.ordinal - 1})" in a[1:]
    return False


def _heading_apart(rest: str, b: str) -> bool:
    """A numbered line standing apart (blank lines around it) that is one heading, however
    long: its words after the marker end no sentence (a ； or ， inside is a heading's, as
    in 一、各级主管…主要方面；要有开放的心态，…), at most a heading's length, and the line
    after it opens a paragraph of its own (long, or a sentence) rather than finishing it."""
    return (
        len(rest) <= _HEADING_APART_MAX
        and not _SENTENCE_IN.search(rest)
        and (len(b) > 20 or ends_sentence(b))
    )


_HEADING_APART_MAX = 90  # the longest ranked heading (numbered_candidates.MAX_HEADING["ranked"])
_SENTENCE_IN = re.compile(r"[。！？!?]")


# what opens the next item of a list a line ending in ； runs (③, （3）): should_join reads on
LIST_NEXT = frozenset(CIRCLED) | frozenset("（(")


_CN_NUMERALS = frozenset("一二三四五六七八九十")


def approximate_goes_on(a: str, b: str, full: bool = False) -> bool:
    """Whether ``b``, opening with what reads as a marker and as an approximate number
    (二、三十年后的目标… / 三、五天 / 一、两个), goes on with ``a``, which stopped in
    mid-sentence (no sentence end, no closing mark): a hard line break put the number at
    the line start. The number wins where ``a`` leaves it no room as a heading: ``a`` is
    cut at the full width of a hard-wrapped text (``full``: no paragraph, and no heading
    over a new part, stops there in mid-sentence), or ``a``'s own marker is the very same
    (a second 二、 right under 二、…要瞄准 is no new part), or ``a`` ends on a word that
    cannot end a phrase (…的, …在, a comma)."""
    if b[:1] not in _CN_NUMERALS or not a or ends_sentence(a) or a[-1] in CLOSERS:
        return False
    m = match_marker(b)
    if m is None or not approximate_number(b, 0, m):
        return False
    if full:
        return True
    prior = match_marker(a)
    if prior is not None and prior.family == m.family and prior.ordinal == m.ordinal:
        return True
    return a[-1] in DANGLING_END and not a.endswith(WHOLE_WORD_END)


def plainly_apart(a: str, b: str) -> bool:
    """Whether :func:`should_join` keeps ``b`` apart from ``a`` at its first look, whatever
    the gap and width: ``a`` ends as a paragraph does and ``b`` opens as one does (no list
    going on from a ；). Most pairs of lines are such;
    :func:`drafter.corpus.line_joins.reflow_lines` writes this test out so that they cost no
    call (tests/corpus/test_quick_answers.py compares it with should_join on every pair of
    lines of ../shared)."""
    return (
        b[0] not in CONTINUATION_START
        and a[-1] in FINAL
        and not (a[-1] in "；;" and b[0] in LIST_NEXT)
    )


def after_final(a: str, b: str) -> bool:
    """:func:`should_join`'s answer, whatever the gap and width, for a pair whose ``a`` ends
    as a paragraph does (its last mark in FINAL) and whose ``b`` opens with no mark of a
    continuation: apart, unless ``a`` ends in ； and ``b`` opens the next item of a list
    running inside it (…（1）…；/（2）…). Most pairs of a law's lines are such, a list's items
    among them; :func:`drafter.corpus.line_joins.reflow_lines` writes this out so that they
    cost no call (tests/corpus/test_quick_answers.py compares the two on ../shared)."""
    return a[-1] in "；;" and b[0] in LIST_NEXT and continues_list(a, b)


# a line ending on a web address (www.….cn, http://…, ….com.cn)
_WEB_ADDRESS_END = re.compile(
    r"(?:https?://|www\.)[\w./-]+$|[\w-]+\.(?:com|cn|net|org|gov)(?:\.cn)?/?$"
)


def should_join(a: str, b: str, gap: bool, width: int | None) -> bool:
    """Whether line ``b`` continues line ``a`` (``gap``: blank lines stood between them)."""
    if not a or not b:
        return False
    if b[0] in CONTINUATION_START:
        return True
    if a[-1] in "；;，," and continues_list(a, b):
        return True  # "…①打造…；②建设…；" then "③推出…": the list goes on
    if a[-1] in FINAL or a.endswith("..."):
        return False  # the common case: a paragraph that ends as one
    if _starts_mid_word(a, b) or _splits_ordinal(a, b):
        return True  # "我们深深" / "地体会到…": no paragraph starts with a particle
    marker = match_marker(a)
    if marker is not None and not marker.rest.strip() and marker.family != "article":
        return True  # a marker alone on its line: "一是" then its text
    if gap:
        if ends_sentence(a) or a[-1] in CLOSERS or match_marker(b) is not None:
            return False
        if b.startswith(OPENERS) or b.startswith("——") or DATE_LINE.match(b):
            return False
        if a[-1] in _OPEN_PUNCT:
            return True  # no paragraph ends on a comma or an opening quote
        if (
            marker is not None
            and not _INNER_END.search(marker.rest)
            and a[-1] in DANGLING_END
            and not a.endswith(WHOLE_WORD_END)
        ):
            return len(b) <= 20 and not ends_sentence(b)  # "一、…突出矛盾和" / "问题"
        # a prose line cut in mid-sentence across a blank line still continues: a long one,
        # or one as wide as the lines of a hard-wrapped text (copied with blank lines
        # between all its lines)
        if width is not None and len(a) >= 0.85 * width and len(a) >= 16:
            return True
        if marker is not None and _heading_apart(marker.rest, b):
            return False  # "一、…主要方面；要有开放的心态，…的工作方法" alone, then its text
        return len(a) >= 60 and bool(_INNER_END.search(a))
    if ends_sentence(a) or aside_after_end(a):
        return False
    if approximate_goes_on(a, b):
        return True  # "二、…要瞄准" / "二、三十年后的目标…": a number in prose, not a part
    if (
        match_marker(b) is not None
        or b.startswith(OPENERS)
        or b.startswith("——")
        or DATE_LINE.match(b)
    ):
        return False
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return True  # a Latin token cut in two (PM / 2.5, a subscript on its own line)
    if _open_prose(a) or b.startswith(_COPULA_COLON):
        # "…持续提升。新建" / "高速铁路" / "投产里程…": a line that finished a sentence and
        # began another goes on, however short the next piece (a scraped page puts each
        # hyperlinked word on a line of its own); "…发展的主要目标" / "是：…"
        return True
    if DATE_START.match(a) or (len(a) <= 40 and genre_end(a) and "，" not in a):
        # a date/occasion line or a whole title; not a sentence that only names one
        # (…，在听了刘少奇同志 / 关于宪法草案的报告 / 并进行了…): no title is a clause
        return False
    if len(b) <= 16 and len(a) <= 40 and genre_end(b) and not DATE_START.search(b):
        # a title split in two: "在全区…培训会议" + "上的讲话"; not the office that issued
        # a speech, named in red over its whole title (中共某某县委员会 / 在…上的讲话)
        return not issuer_over_title(a, b)
    if genre_end(a) and len(b) <= 30 and POST_NAME.match(b):
        return False  # a long title, then who gave it ("市委副书记　葛承志")
    if len(b) == 1 and "\u4e00" <= b <= "\u9fff" and b not in "大中小一二三四五六七八九十":
        return True
    if len(a) <= 16 and POST_END.search(a):
        return False  # "区委常委、办公室主任" then the name
    if len(b) <= 4 and len(a) <= 20 and a[-1] != "的" and a[-1] not in _OPEN_PUNCT:
        return False  # a name under a post or a title (neither ends on 的 or 《)
    if (
        a.startswith("——")
        and len(a) <= 40
        or DATE_LINE.match(a)
        or a.endswith(("会议上", "大会上"))
    ):
        return False
    if a[-1] in DANGLING_END and not a.endswith(WHOLE_WORD_END):
        return True
    if a[-1].isascii() and a[-1].isalnum() and len(a) >= 12:
        # prose stopping on a Latin token or a digit (广义货币M2 / 和社会融资…); not a
        # site's banner ending on its address (岚江新闻网　…主办　www.ljnews.com.cn), whose
        # next line is the title
        return not _WEB_ADDRESS_END.search(a)
    if width is not None and len(a) >= 0.8 * width:
        if marker is not None and not _INNER_END.search(marker.rest):
            # a heading as wide as the text: its tail is short and open ("问题"), while
            # a paragraph under it is a full line or a sentence
            return len(b) < 0.85 * width and not ends_sentence(b)
        return True
    if marker is not None and len(a) <= 60 and not _INNER_END.search(marker.rest):
        return False  # a heading on its own line (not a run-in one with its text after)
    if len(a) >= 50:
        return True
    # prose: a line with a sentence (or a clause) already in it stops in mid-sentence
    return len(a) >= 25 and bool(_INNER_END.search(a) or "，" in a)
