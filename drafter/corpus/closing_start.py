"""Where the closing starts, once the outline has its headings: the last pass of
:func:`drafter.corpus.outline.parse_outline`.

:func:`find_closing` reads, in this order: a last numbered part titled as the conclusion or
rallying the audience (八、结束语); the first opener after the last heading (同志们， / 各位代表，
/ 总之， / 最后，, :data:`CLOSING_OPENERS`); the formula and signature a text ends with
(谢谢大家！ / 以上报告，请予审议。 / an office and a date); and, when none of these fires, the
ways of winding up that :mod:`drafter.corpus.closing` knows (a cue at the end, two antithetical
lines, a last paragraph echoing the title or turning to the whole) and the rule for a text with
no parts at all, whose last paragraph is its closing (:func:`_unstructured`).

What lives where: the openers, formulas and signatures are here; the cues of how a speech ends
are in :mod:`drafter.corpus.closing` (one module a kind of sign: ``cues``, ``last_paragraph``,
``turn_to_whole``, ``exchange``, ``last_part``, ``labels``), how a found start is settled
(trimmed, kept in the body) in :mod:`drafter.corpus.closing.settle`; the headings the closing
comes after are :mod:`drafter.corpus.outline`'s.
"""

from __future__ import annotations

import re

from drafter.corpus.apparatus_top import OWN_TALK
from drafter.corpus.candidates import (
    Candidate,
)
from drafter.corpus.closing import (
    LABEL_FIRST,
    SALUTATION,
    VOCATIVE_START,
    answer_closing_above_thanks,
    antithesis_start,
    call_above_wishes,
    cheers_start,
    closing_after_last_answer,
    closing_at_end,
    closing_by_cue,
    closing_label,
    closing_naming_parts,
    echoes_title,
    is_exchange,
    judges_whole,
    occasion_start,
    rallying_part,
    returns_to_first_part,
    settle_start,
    takes_up_more,
    takes_up_title,
    turns_to_whole,
    undated,
)
from drafter.corpus.header_speaker import POST_WORDS
from drafter.corpus.markers import Marker, match_marker
from drafter.corpus.sequences import SUMS_UP

CLOSING_OPENERS = (
    "同志们，",
    "同志们！",
    "同志们!",
    "同志们,",
    "各位代表，",
    "各位代表！",
    "各位代表!",
    "各位委员，",
    "各位委员！",
    "最后，",
    "最后,",
)


_COMMA = re.compile(r"[，,；;。]")


def _closing_start(texts: list[str], after: int) -> int | None:
    end = cheers_start(texts)  # the last paragraphs are counted above the cheers (…万岁！)
    for j in range(after + 1, len(texts)):
        text = texts[j]
        first = text[:1]  # (each test below is tried only where its match can start)
        if (
            first in _OPENING_FIRST
            and (text.startswith(CLOSING_OPENERS) or text in CLOSING_LINES)
            or first in _WINDING_FIRST
            and _WINDING_UP.match(text)
        ):
            return j
        if end - j <= _VOCATIVE_TAIL and VOCATIVE_START.match(text):
            return j  # 同学们，/ 各位来宾、朋友们，: the speaker turns to the room

        if (first in LABEL_FIRST or first.isspace()) and closing_label(text):  # 【结束语】…
            return j
    return None


# Other terms of address (同学们，/ 各位企业家朋友，/ 女士们、先生们！/ 诸位代表先生：) open the
# closing only among the last paragraphs above the cheers that end a speech (…万岁！): a
# closing is short, and further up such an address is the body's rhetoric (国民党先生们，
# 让我们…告诉你们吧 nine paragraphs before the end of a polemic).
_VOCATIVE_TAIL = 5


# how a speaker winds up: 总之， / 总而言之 / 今天我就讲这些 / 以上意见… / 谢谢大家
_WINDING_UP = re.compile(
    r"^(?:总之[，,]|总而言之|综上所述[，,]|总上(?:所述)?[^。，,]{0,12}[，,]|总括(?:起来)?[，,]"
    r"|(?:今天|最后|下面)?(?:我)?就(?:先)?(?:讲|说|谈)(?:这些|这么多|到这里)"
    # the talk named (以上讲评，…): only before a comma or a stop (以上讲话精神 is the body's)
    rf"|以上(?:意见|几点意见|所讲|是我(?:讲|谈|说)的)|以上(?:{OWN_TALK})(?:材料)?[，,。]"
    r"|(?:如有)?不妥之处"
    r"|谢谢(?:大家|各位|同志们)[。！!]?$)"
)
# every character a _WINDING_UP match starts with: the match is tried for no other line
# (most paragraphs; tests/corpus/test_quick_answers.py keeps the two in step)
_WINDING_FIRST = frozenset("总综今最下我就以如不谢")


CLOSING_LINES = frozenset(
    ("同志们！", "各位代表！", "同志们!", "结束语", "结语", "结束语：", "结 束 语")
    # a salutation standing alone with a colon over the final call (各位代表： / 同志们：)
    + ("各位代表：", "各位代表:", "同志们：", "同志们:", "各位委员：", "各位同志：")
)


# every character an opener or a closing line starts with
_OPENING_FIRST = frozenset(w[0] for w in (*CLOSING_OPENERS, *CLOSING_LINES))


def find_closing(texts: list[str], heads: list[Candidate], title: str = "") -> int | None:
    """Where the closing starts (see :func:`_closing_found`), settled by
    :mod:`drafter.corpus.closing.settle` so that every view of the document agrees on it: a long
    closing trimmed to its end, a last point (最后，解释一个问题) kept in the body, a last
    paragraph that hopes or thanks taken as a closing when nothing else opens one."""
    start = _closing_part(texts, heads, title)
    if start is not None:
        return start
    start = _closing_found(texts, heads)
    if start is not None and closing_label(texts[start]):
        return start  # the author's 结束语: the closing is what stands under it, whole
    if start is not None and not any(c.index >= start for c in heads):
        below = bool(heads) and _opens_last_part(texts, heads[-1], start)
        part_text = (
            below
            and not SALUTATION.match(texts[start])
            and not any(VOCATIVE_START.match(t) for t in texts[start + 1 :])
        )
        cue = closing_by_cue(texts, start + 1) if part_text else None
        # the only salutation opens the last part's text and speaks of its subject (八 召集七次
        # 大会 / 现在我来说最后一个问题… / 同志们，我们党的全国代表大会…): when the text ends on
        # its own cue (我的报告就此完结。), that is the closing, and the salutation's paragraph
        # the part's; a salutation standing alone (同志们！) heads the closing, and with more
        # salutations below settle_start picks among them
        start = cue if cue is not None else settle_start(texts, start, opens_part=below)
    last = heads[-1] if heads else None
    lo = 1 if last is None else last.index + (2 if last.standalone else 1)
    if last is not None and _bare_items(heads):
        lo = last.index + 1  # （十七）… with no text, as its siblings: what follows is no part's
    if start is not None and _signature_start(texts, start) == start:
        # only a date or a signer's line closes the text (一九三九年十二月二十一日): the speaker's
        # own closing, if any, is read above it as at any text's end
        above = closing_at_end(texts[:start], lo) if start > lo else None
        if above is None and _bare_date(texts[start:]):
            # a date line alone, no one signing (as Word's official layout sets a speech's
            # date under its last words): a dateline, no closing; the text is read without it
            return find_closing(texts[:start], heads, title)
        start = above if above is not None else start
    if start is None:
        start = closing_after_last_answer(texts, lo)
        if start is None:
            start = closing_at_end(texts, lo)
    if start is None or start >= len(texts) - 2:
        # found nothing or only a last call: two antithetical lines above (战下去，…中国必存。 /
        # 和下去，…中国必亡。) start the closing
        pair = antithesis_start(texts, lo)
        start = pair if pair is not None and (start is None or pair < start) else start
    # not the last part's first text (under a heading standing alone); under a run-in one
    # (第五，…) the paragraph below already follows the part's text
    first_text = last.index + 1 if last is not None and last.standalone else 0
    if (
        start is None
        and len(texts) >= _ECHO_TEXTS
        and len(texts) - 1 > first_text
        and echoes_title(texts[-1], title, last.heading if last is not None else "")
    ):
        start = len(texts) - 1  # 我们坚定不移地…在华为当官要理解为一种责任 under 当干部是一种责任
    if start is None and len(texts) - 1 > max(first_text, lo - 1) and turns_to_whole(texts[-1]):
        start = len(texts) - 1  # 今天的大会很有意思。我要讲的都讲过了。希望大家…
    if (
        start is None
        and len(heads) >= 2
        and len(texts) - 1 > max(first_text, last.index)
        and match_marker(texts[-1].strip()) is None
        and returns_to_first_part(texts, heads[1].index, last.index, title)
    ):
        # …通过产品投资审视优化产品投资组合…在新的机会点上抢占粮食 after 四、能力中心…, under
        # 一、聚焦主航道，优化产品投资组合…: the first part's theme again, the last part left
        start = len(texts) - 1
    if start is None and _after_items(texts, heads):
        # 1、…7、 one paragraph each, then 未来两、三年…唯有一个要求——深度学习！: no item's text
        start = len(texts) - 1
    if start is None and _unstructured(texts, heads):
        # nothing marks the end of a text with no parts: its last paragraph is where such a
        # text leaves its argument for the whole (see :func:`_unstructured`)
        start = len(texts) - 1
    if start is None:
        # a paragraph after the last part that opens on the occasion itself (今天你们提出了… /
        # 这次会开得有成绩): the speaker has left the matter for the session
        start = occasion_start(texts, lo)
    if (
        start is not None
        and start == len(texts) - 1
        and start - 1 >= lo
        and occasion_start(texts, start - 1) == start - 1
    ):
        # 通过这次学习研讨，我深刻认识到… right above 以上是我的几点学习体会…: the speaker
        # turned to the occasion itself a paragraph before the last words
        start -= 1
    if start is not None and start - 1 >= lo and judges_whole(texts[start - 1]):
        start -= 1  # 这样看来，…是明白无疑的了。 above 让我们…: the verdict opens the wind-up
    if start is not None and takes_up_more(texts[start]):
        # 同志们还要懂得，… / 我们今天开会还要…: one more point, not the turn; a closing, if
        # any, is below it
        start = closing_at_end(texts, start + 1)
    # 最后，祝大家新年快乐！ under 新的一年，让我们携起手来…: the call above the wishes opens it
    dated = len(texts) > 2 and _bare_date(texts[-1:])
    start = call_above_wishes(texts, start, lo, len(texts) - 1 if dated else None)
    summary = _sums_up_items(texts, heads)
    if summary is not None and (start is None or start > summary):
        start = summary  # 右列四条，全边区军民人等一律遵照… / 以上三项，…特此通知。
    named = closing_naming_parts(texts, _sibling_headings(heads), lo) if heads else None
    if named is not None and (start is None or start > named):
        start = named  # 同学们，一把尺子、一双草鞋、一盏灯，送给大家… under 锦囊三：一盏灯
    if start is not None:
        # 记者：谢谢程局长！ under the last answer's own wind-up: the answer closes the interview
        start = answer_closing_above_thanks(texts, start, lo, title)
    if start is None and len(texts) > 2 and _bare_date(texts[-1:]):
        # a speech's date moved under its last words (Word's official layout, a PDF or OFD
        # printed from it: 一九四三年十月五日 last) hid what the text without it ends on
        return find_closing(texts[:-1], heads, title)
    return past_run_member(texts, start)


def past_run_member(texts: list[str], start: int | None) -> int | None:
    """``start`` moved past the members of a numbered run it would cut (第三，… after 第一，…
    and 第二，…): the closing winds up what the body said, so it never opens on a point the
    body counts on to — the run's last member is the body's, whether the outline took the
    run as headings or as a list (a short pledge's 第一，/第二，/第三， read as a list: the
    cue of its last paragraph once started the closing at 第三，). None when the run goes on
    to the end (no closing)."""
    while start is not None and start < len(texts):
        m = match_marker(texts[start].strip())
        if m is None or m.ordinal < 2 or not _follows_its_number(texts, start, m):
            return start
        start += 1
    return None


def _follows_its_number(texts: list[str], at: int, m: Marker) -> bool:
    """Whether the nearest paragraph above ``at`` numbered in ``m``'s family carries the
    number before ``m``'s: ``at`` goes on a run."""
    for j in range(at - 1, -1, -1):
        before = match_marker(texts[j].strip())
        if before is not None and before.family == m.family:
            return before.ordinal == m.ordinal - 1
    return False


def _sibling_headings(heads: list[Candidate]) -> list[str]:
    """The heading texts of the last run of parts at the last heading's level (up to the last
    heading above them at a higher level): the parts a closing may name together."""
    level = heads[-1].level
    run: list[str] = []
    for c in reversed(heads):
        if c.level < level:
            break
        if c.level == level:
            run.append(c.heading)
    return run[::-1]


def _sums_up_items(texts: list[str], heads: list[Candidate]) -> int | None:
    """The paragraph near the end that sums the last headings up by count (以上各项，我请你早日
    回答。 / 右列四条，…一律遵照 / 以上三项，为上月所决定…特此通知。), or None. Why: a notice, a
    telegram or an order that lays down numbered items closes on the formula that takes them
    as a whole; it is no item's text, though it stands where the last item's text would (the
    outline gold closes set 18's 以上各项，请你们… there), and the outline makes such items its
    headings because of this very formula (:func:`drafter.corpus.sequences.summed_up`). A
    speech's last or next-to-last paragraph that takes the cases above as a whole by count
    (以上三种模式各有优点…, :data:`_TAKES_ALL`) closes the same way, however far below the last
    heading it stands."""
    if not heads:
        return None
    last = heads[-1].index
    for at in range(max(last + 1, len(texts) - 2), len(texts)):
        if at < last + 4 and SUMS_UP.match(texts[at]) or _TAKES_ALL.match(texts[at].strip()):
            return at
    return None


# a paragraph that opens by taking what was laid out above as a whole, by count (以上三种模式各有
# 优点，都值得我们学习… / 以上几点… / 上述两个方面…): among the last two paragraphs after the last
# heading, the speaker sums the points or cases up and leaves them (the convention's "the points
# above referred to as a whole"; set 42's ren 20150506). A count is required: 以上这些经济改革措施
# … two paragraphs from the end of a report sums one part's measures up (set 9's 1980 closes
# below it)
_TAKES_ALL = re.compile(
    r"^(?:以上|上述|上面)(?:[一二三四五六七八九十两几]{1,3})(?:种|点|个(?![月星])|项|条|方面|件|类|大)"
    # or, with no count, the ways laid out above applied as a whole to what comes of them
    # (按照以上这些方法，将来工程项目会不会赚钱？…: set 44's ren 20140723). The preposition is
    # required: a bare 以上这些经济改革措施，都是为了… still describes the measures (set 9's 1980)
    r"|^(?:按照|依照|根据|通过|照着?)(?:以上|上述|上面)(?:这些|所说的|所讲的)(?:方法|办法|做法|措施|要求)"
)


# at least so many paragraphs for a last one echoing the title to be the closing: in a note of
# three paragraphs the last is one of its points, not a wind-up
_ECHO_TEXTS = 6

# at least so many paragraphs for a text with no parts to be given a closing by position alone
# (in a note of three paragraphs the last is one of its points)
_UNSTRUCTURED_TEXTS = 4
# a paragraph that opens with an ordinal of the body's points (第一，/ 二是 / 其次，): a text
# that numbers its points at paragraph starts, even where no heading was made of them
_POINT_OPENING = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,3}(?:[，,、：:]|是|点|条|个问题)"
    r"|[一二三四五六七八九十]{1,2}[是要][，,：:]?"
    r"|(?:首先|其次|再次)[，,：:])"
)


# so many headings of the last one's family at the end, each straight under the one before,
# for the items to be a list of headings with no text of their own
_BARE_ITEMS = 3


def _bare_items(heads: list[Candidate]) -> bool:
    """Whether the last headings are items with no text of their own: the last
    :data:`_BARE_ITEMS` of one family and level stand each on the paragraph right under the one
    before (（十五）… / （十六）… / （十七）…). Why: when none of its siblings has text, the
    last item has none either, and the paragraph under it (以上各项，请你们…研究) speaks of the
    list as a whole; it is no part's text, so the closing may start there."""
    tail = heads[-_BARE_ITEMS:]
    if len(tail) < _BARE_ITEMS or not all(c.standalone for c in tail):
        return False
    first = tail[0]
    return all(
        c.family == first.family and c.level == first.level and c.index == b.index + 1
        for b, c in zip(tail, tail[1:])
    )


# so many numbered paragraphs in a row, one each, above the last paragraph for it to stand
# outside their list
_ITEM_RUN = 3


def _after_items(texts: list[str], heads: list[Candidate]) -> bool:
    """Whether the last paragraph stands under a list of numbered paragraphs that each hold
    their whole item (1、…，… / 2、… / … / 7、…, or 首先，… / 第二，… / 第三，…, at least
    :data:`_ITEM_RUN` in a row, consecutive ordinals of one family, none a heading standing
    alone over text of its own) and is itself unnumbered prose. Why: when every item of the
    list is one paragraph, the paragraph after the last is no item's text — the speaker has
    left the list (the last part's points, or a second speaker's) for the whole, as under
    items with no text at all (:func:`_bare_items`). In both golds every text whose last
    paragraph follows such a run (four: set 11's 20121115, set 16's mao v2_038, set 29's
    20180718, set 41's 20170723) is called a closing there, and so is study b4's 20070824 (run-in
    1、…5、); the first two were found by a cue already, the others by nothing."""
    if len(texts) < _ITEM_RUN + 2:
        return False
    last = undated(texts[-1]).strip()
    if not _ends_prose(last) or match_marker(last) is not None or _CARRIES_ON.match(last):
        return False
    alone = {c.index for c in heads if c.standalone}
    k = len(texts) - 2
    marker = match_marker(texts[k].strip())
    if marker is None or k in alone or any(_ARTICLE.match(t.strip()) for t in texts):
        return False  # a statute's items run on inside their article (第四十九条 …：（一）…；)
    run, ordinal = 1, marker.ordinal
    while run < _ITEM_RUN and k - run >= 0 and k - run not in alone:
        above = match_marker(texts[k - run].strip())
        if above is None or above.family != marker.family or above.ordinal != ordinal - 1:
            break
        run, ordinal = run + 1, ordinal - 1
    # items that end in ；/： are the clauses of one sentence, which the paragraph below goes on
    return run >= _ITEM_RUN and not any(
        texts[j].rstrip().endswith(_CLAUSE_END) for j in range(k - run + 1, k + 1)
    )


# a statute's article (第四十九条 …) and how a clause of a sentence split into items ends
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇]+条")
_CLAUSE_END = ("；", ";", "：", ":")


def _unstructured(texts: list[str], heads: list[Candidate]) -> bool:
    """Whether a text has no parts at all: no heading and no paragraph opening on an
    ordinal, and at least :data:`_UNSTRUCTURED_TEXTS` paragraphs. Why: an editorial, a
    talk or a letter that runs as one argument ends it in its last paragraph, where the
    writer turns from the matter in hand to the whole. Of the 20 such texts in the outline
    gold (sets 8-15), all 20 have a closing, at the last paragraph in 11 and within the last
    three in 16, so when no cue fires the last paragraph is a better answer than none (the
    closing benchmark, both finders on both golds: 158 -> 165 of 192). Excluded: a text whose
    paragraphs open on ordinals (第一，… 第二，…; its last paragraph may be its last point),
    an exchange of labelled turns (:func:`drafter.corpus.closing.is_exchange`), and a last
    line that is no prose (a source line, a translation)."""
    if heads or len(texts) < _UNSTRUCTURED_TEXTS or not _ends_prose(undated(texts[-1])):
        return False
    if _CARRIES_ON.match(texts[-1].strip()):
        return False  # 但是，现状和习惯…: the argument goes on to the end
    # (the ordinals first: a law's first article answers them, where is_exchange reads
    # every paragraph; both only read the texts)
    return not any(
        _POINT_OPENING.match(t.strip())
        for t in texts
        if t[:1] in _POINT_FIRST or t[:1].isspace()  # (the first character answers most)
    ) and not is_exchange(texts)


# a paragraph that opens on a word carrying the argument on (但是，… / 而且… / 至于…): it answers
# or extends the paragraph above, so it never opens a closing. No gold closing (152 in both
# golds) starts on one; of the three gold texts whose last paragraph opens so, two have no
# closing and one's starts a paragraph higher
_CARRIES_ON = re.compile(
    r"^(?:但是|但|然而|可是|不过|而且|并且|况且|何况|此外|另外|至于|还有)[，,]"
    r"|^(?:但是|然而|可是|不过|而且|并且|况且|何况|至于)"
)


# what a _POINT_OPENING can start with
_POINT_FIRST = frozenset("第一二三四五六七八九十首其再")

# sentence-ending punctuation, perhaps inside closing quotes or brackets
_PROSE_END = re.compile(r"[。！？!?…][”’」』）)]*$")


def _ends_prose(text: str) -> bool:
    """Whether a paragraph is a sentence of Chinese prose: it ends a sentence and is mostly
    Han characters. A source line (新中华报 一九四零•二•一四) or a translation in English at
    the foot of a page is not a closing."""
    text = text.strip()
    if _PROSE_END.search(text) is None:
        return False
    # (the Han characters counted in C: a law's last article may be long)
    return len(_NOT_HAN.sub("", text)) * 2 >= len(text)


_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")


def _opens_last_part(texts: list[str], last: Candidate, start: int) -> bool:
    """Whether paragraph ``start`` is the first of the last part's text: right under its
    heading standing alone, or under one short sentence that announces the part (现在我来说
    最后一个问题，召集七次大会的问题。). Why: a salutation there opens the part's subject, as
    the heading just named it, rather than the speaker's wind-up."""
    if not last.standalone:
        return False
    if last.index == start - 1:
        return True
    pointer = texts[start - 1].strip() if last.index == start - 2 else ""
    return len(pointer) <= _POINTER and bool(_TAKES_UP.match(pointer))


# how long a sentence announcing a part may be (现在我来说最后一个问题，召集七次大会的问题。)
_POINTER = 40
# the speaker taking up a matter: 现在我来说最后一个问题… / 下面讲一讲…方面 / 再谈一点
_TAKES_UP = re.compile(
    r"^(?:现在|下面|最后|再|接着)[，,]?(?:我)?(?:来|再)?(?:说|讲|谈)[^。！？]{0,16}"
    r"(?:问题|一点|一件事|方面)[^。！？]{0,20}[。：:]$"
)


# the title of a numbered part that is the speech's conclusion (八、结束语; 四　结　　论, as mao's
# 反对日本进攻的方针… and 论持久战 title their last part: set 28's gold closes at its first paragraph)
_CLOSING_TITLE = re.compile(r"^(?:结束语|结语|结论|结束的话|尾声)[：:]?$")


def _closing_part(texts: list[str], heads: list[Candidate], doc_title: str = "") -> int | None:
    """A last numbered part titled as the conclusion (八、结束语), or a short last part whose
    title rallies the audience (八、全党团结起来，争取更大的胜利; see
    :func:`~drafter.corpus.closing.rallying_part`) or takes up the document's title whole
    (五、脚踏实地，做挑战自我的长跑者; :func:`~drafter.corpus.closing.takes_up_title`), stays a
    heading, and the closing is its text: from its first paragraph on."""
    if not heads:
        return None
    last = heads[-1]
    title = re.sub(r"\s+", "", last.heading)
    if last.level != 1 or not last.standalone:
        return None
    under = texts[last.index + 1 :]
    if (
        not _CLOSING_TITLE.match(title)
        and not rallying_part(title, under)
        and not takes_up_title(title, doc_title, under)
    ):
        return None
    return last.index + 1 if last.index + 1 < len(texts) else None


def _closing_found(texts: list[str], heads: list[Candidate]) -> int | None:
    """Where the closing starts: the first 同志们，/各位代表，/最后， after the last heading.

    A list that only starts after such a paragraph, in families the body never used (a
    glossary of terms, 名词解释 1. 2. 3.), is an appendix to the closing, not a section.
    """
    if not heads:
        found = _closing_start(texts, int(len(texts) * 0.6) - 1) if len(texts) > 3 else None
        if found is not None or len(texts) < 3:
            return found
        found = _formula_ending(texts, 0)
        cue = closing_by_cue(texts, 1, found)  # what the text ends with above a signature
        return cue if cue is not None else found
    closing = _closing_start(texts, heads[-1].index)
    if closing is not None and (
        _FORMULA_END.match(texts[closing]) or _BARE_WISH.match(texts[closing])
    ):
        # a bare 谢谢大家！ (or 最后，祝大家…！) closes what the speaker winds up with just above it
        last = heads[-1]
        cue = closing_by_cue(texts, last.index + 1, closing, keep=1 if last.standalone else 0)
        return cue if cue is not None else closing
    if closing is not None:
        return closing
    last_top = max(c.index for c in heads if c.level == 1)
    j = last_top
    while (j := _closing_start(texts, j)) is not None:
        before = {c.family for c in heads if c.index < j}
        if all(c.family not in before for c in heads if c.index > j):
            return j
    found = _formula_ending(texts, heads[-1].index + 1)
    # no opener: how the text ends, above its formula and signature if any (see .closing)
    last = heads[-1]
    cue = closing_by_cue(texts, last.index + 1, found, keep=1 if last.standalone else 0)
    return cue if cue is not None else found


_FORMULA_END = re.compile(
    rf"^(此致|敬礼|谢谢(大家|各位)?|以上(意见|{OWN_TALK})[^。]{{0,24}}"
    r"|特此(报告|通知|通报|函告|函复|批复|公告|说明)|妥否，请批示|当否，请批示)[。！!]?$"
)


# a last line that only wishes the listeners well (最后，祝大家工作顺利、身体健康！): the opener 最后，
# finds it, but like 谢谢大家！ it ends a wind-up that may begin above it
_BARE_WISH = re.compile(
    r"^最后[，,](?:我)?(?:衷心)?(?:地)?(?:预|敬)?祝(?:愿)?(?:大家|各位|同志们|全体)[^。！!？?]{0,40}[。！!]$"
)


def _formula_ending(texts: list[str], start: int) -> int | None:
    """A closing without a salutation: the formula a text ends with ("谢谢大家！",
    "以上报告，请予审议。") and the signature under it (an office and a date) are the
    closing by themselves."""
    j = _signature_start(texts, max(start, 1))
    while j - 1 >= max(start, 1) and _FORMULA_END.match(texts[j - 1]):
        j -= 1
    return j if j < len(texts) else None


SIGNED_DATE = re.compile(
    r"^[（(]?[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9〇○零一二三四五六七八九十]{1,2}\s*月"
    r"(?:\s*[0-9〇○零一二三四五六七八九十]{1,3}\s*日)?[）)]?$"
    # a writer typing his text signs it 2015.9.2 or 2015-09-02 as well
    r"|^(?:19|20)\d\d([.\-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$"
)
# a signer's line without a date: a post, a space, a name (…总司令　朱　德)
# (the post words are the header's: one list, so a post a header names signs a text too)
_POST_NAME = re.compile(
    rf"^[\u4e00-\u9fff]{{0,24}}(?:{POST_WORDS})"
    r"[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$"
)
_NOTE_LINE = re.compile(r"^[（(][^（()）]{1,30}[）)]$")


def _signature_start(texts: list[str], start: int) -> int:
    """Where the signature at the end begins: a date line on its own (with the office that
    signs above it: "青山县人民政府办公室" / "2025年4月2日"), perhaps followed by a note
    "（此件公开发布）". ``len(texts)`` when there is none."""
    n = len(texts)
    j = n
    while j - 1 >= start and n - j < 2 and _NOTE_LINE.match(texts[j - 1]):
        j -= 1
    if j - 1 < start or not SIGNED_DATE.match(texts[j - 1].replace(" ", "")):
        # no date: the posts and names of those who sign (…军事委员会主席　毛泽东)
        j = n
        while j - 1 >= start and n - j < 3 and _POST_NAME.match(texts[j - 1].strip()):
            j -= 1
        return j
    j -= 1
    while j - 1 >= start and n - j < 5 and _is_signer(texts[j - 1]):
        j -= 1
    return j


def _bare_date(lines: list[str]) -> bool:
    """Whether the lines that end a text are only its date (and a bracketed note such as
    （此件公开发布）), with no office or person signing. Why: an office and a date sign a
    report, and the issue counts that signature as its closing; a date alone is where a
    speech's date stands in Word's official layout (GB/T 9704 puts 成文日期 last), and taken
    as the closing it would show a trainee a date as the speech's 结尾."""
    return any(SIGNED_DATE.match(t.replace(" ", "")) for t in lines) and all(
        SIGNED_DATE.match(t.replace(" ", "")) or _NOTE_LINE.match(t) for t in lines
    )


def _is_signer(text: str) -> bool:
    """A signing office or person's line: short, no sentence punctuation, no marker."""
    return (
        len(text) <= 30
        and not _COMMA.search(text)
        and not text.endswith(("！", "？", "!", "?", "：", ":"))
        and match_marker(text) is None
    )
