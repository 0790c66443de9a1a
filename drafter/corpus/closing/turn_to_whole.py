"""Signs that the speaker has left the last point for the whole, asked when no cue found a
closing: the occasion itself (今天…/这次…), a verdict on the whole argument, two antithetical
lines, the title taken up again, the three marks of the turn together; and the one sign that
keeps a paragraph in the body (还要…, one more point)."""

from __future__ import annotations

import re

from drafter.corpus.closing.phrases import (
    CLAUSES,
    FIGURES,
    ITEM,
    LAST_POINT,
    SUBJECT,
    sentences_of,
    undated,
)

# a paragraph that opens on the occasion itself: today, this meeting (今天你们提出了… / 这次会开得有
# 成绩 / 今天不是打击和批评你们，… / 这次是我们自己在对标…). Not 今天，… (nowadays: 今天，世界战争的
# 危险…) nor 今天的 / 这次的 + anything but the session (今天的孩子 / 这次的流程变革)
_OCCASION = re.compile(
    r"^(?:通过|经过)?(?:今天|这次|本次|此次)(?!的(?!大会|会议|会|汇报|述职|座谈|交流|讨论))(?![，,])"
)
# among so many last paragraphs after the last part (as the other terms of address)
_OCCASION_TAIL = 5


def occasion_start(texts: list[str], lo: int) -> int | None:
    """The first of the last :data:`_OCCASION_TAIL` paragraphs (at ``lo`` or later) that
    opens on the occasion itself (今天…/这次…/本次…/此次…, or 通过这次…/经过这次…); None when
    none does. Why: the closing convention names "the meeting or the talk itself judged" as a turn to the whole;
    a speaker who, after his last part, starts a paragraph with today or this meeting has
    left the matter for the session (今天你们提出了很多好建议 / 这次会开得有成绩 / 今天不是
    打击和批评你们，是希望…). Over both golds, of the 11 texts with such a paragraph among
    the last five after the last part, 9 have their closing start there and 2 higher up;
    none has no closing or one further down. Figures mark the body's matter (今天大家要把第三
    季度的12项任务抓紧落实), as in :func:`turns_to_whole`. The caller asks it only when nothing
    else found a closing."""
    n = len(texts)
    for j in range(max(lo, n - _OCCASION_TAIL), n):
        text = undated(texts[j]).strip()
        if _OCCASION.match(text) and not FIGURES.search(text):
            return j
    return None


# a first clause that says there is more to do or know (同志们还要懂得，… / 我们今天开会还要…)
_MORE_TO_DO = re.compile(r"^[^。，,；;！!？?]{0,12}还(?:要|得|需要|应当|应该)")


def takes_up_more(text: str) -> bool:
    """Whether a paragraph opens by taking up one more point: its first clause says the
    speaker or the listeners 还要 do or know something more (同志们还要懂得，近来… / 我们今天开会
    还要向全国人民表明一种态度，…). Why: the closing convention keeps a paragraph that takes up
    a further point in the body, as 最后，我再讲一点 is (tests/gold/README.md, sets 17 and 20:
    both such last paragraphs are called null, the speech's own closing sentences standing
    inside them where whole paragraphs cannot hold them); no gold closing starts so."""
    return bool(_MORE_TO_DO.match(text.strip()))


# a verdict on the whole argument, in a sentence (这样看来，整风和生产两大运动…是明白无疑的了。)
_JUDGES = re.compile(r"^(?:这样看来|由此看来|由此可见|这样说来|总起来看|总的看来|可见)[，,]")
# at most so many characters in such a verdict standing as a paragraph of its own
_JUDGES_LENGTH = 80


def judges_whole(text: str) -> bool:
    """Whether a paragraph is a one-sentence verdict drawn from all that was argued (这样看来，
    …具有何种历史重要性，是明白无疑的了。): it opens on 这样看来/由此可见… and is short. Why: set
    as a paragraph of its own right above the wind-up (让我们…), the verdict is where the
    author leaves his last point for the whole, so the closing starts there; inside a longer
    paragraph 由此可见 only concludes that paragraph's point."""
    text = text.strip()
    return (
        len(text) <= _JUDGES_LENGTH and len(sentences_of(text)) == 1 and bool(_JUDGES.match(text))
    )


def antithesis_start(texts: list[str], lo: int) -> int | None:
    """Where a pair of antithetical lines among the last paragraphs (战下去，团结下去，――中国必存。 /
    和下去，分裂下去，――中国必亡。) starts, at ``lo`` or later: two paragraphs side by side, each
    one sentence of two clauses or more ending in 。, of the same length (at most
    ``_ANTITHESIS_LENGTH``), alike in at least half their characters, place by place, and
    apart in ``_ANTITHESIS_APART`` at least. Why:
    after the argument an author who sets his thesis as two opposed lines, each a paragraph,
    has stopped arguing and started to rally; what follows (the choice put to all, the call)
    is one closing with them. Exclamations (…万岁！, 祝…胜利!) are the slogan rules'."""
    n = len(texts)
    for k in range(max(lo, n - _ANTITHESIS_TAIL), n - 1):
        a, b = texts[k].strip(), texts[k + 1].strip()
        if _antithetical(a, b):
            return k
    return None


# how far from the end a pair of antithetical lines may stand, and how long each may be
_ANTITHESIS_TAIL = 10
_ANTITHESIS_LENGTH = 30
# how many characters, place by place, two antithetical lines differ in at least
_ANTITHESIS_APART = 3


def _antithetical(a: str, b: str) -> bool:
    if a == b or len(a) != len(b) or not 6 <= len(a) <= _ANTITHESIS_LENGTH:
        return False
    if not (a.endswith("。") and b.endswith("。")) or SUBJECT.search(a + b):
        return False
    if any(len(sentences_of(t)) != 1 or len(CLAUSES.split(t.rstrip("。"))) < 2 for t in (a, b)):
        return False
    same = sum(x == y for x, y in zip(a, b))
    # alike in half their characters, yet opposed in a few: not one line said twice over with
    # an ordinal changed (我们必须坚持第一条原则，… / …第二条原则，…)
    return same * 2 >= len(a) and len(a) - same >= _ANTITHESIS_APART


# a title's wrapper, not its subject: 在…上的讲话, 纪要, 座谈, 汇报 (the occasion's own words stay)
_TITLE_WRAPPER = re.compile(
    r"^(?:任正非|任总)?(?:在|与)|(?:上|时|中)?的(?:讲话|发言|谈话)$|讲话|纪要|座谈|会议|汇报|[^\u4e00-\u9fff]+"
)
# how many Han characters in a row a last paragraph must share with the title to take it up
_ECHO = 4


def echoes_title(text: str, title: str, last_heading: str = "") -> bool:
    """Whether a last paragraph, in the speakers' own voice (opening 我们, not a numbered item),
    takes up the title's subject again in ``_ECHO`` Han characters in a row (我们坚定不移地…
    在华为当官要理解为一种责任 under 当干部是一种责任; …所以战略预备队是最重要的工作之一 in a
    talk 在战略预备队业务汇报上). Why: after the last point a speaker who returns to what the
    whole talk is about, as a resolve of all of us, has left that point for the whole; the
    caller asks it only when no other sign found a closing and the paragraph is not the last
    part's first text. A title echoed by a paragraph in another voice (a directive, a
    narrative) was too often the body's last point, so the 我们 is required.

    Not when the paragraph also carries the words of ``last_heading`` (the last part's title)
    that the document's title does not: it is then still arguing that part, and the title's
    words at its end are the point's conclusion (…全球的服务体系要赶紧快速建…就是“成吉思汗的
    马掌” under 3、…加快服务体系建设…, set 42's gold null; the convention's "end of a point's
    own argument")."""
    text = text.strip()
    if not title or not text.startswith("我们") or ITEM.match(text) or LAST_POINT.match(text):
        return False
    core = [c for c in _TITLE_WRAPPER.split(title) if len(c) >= _ECHO]
    if not any(c[i : i + _ECHO] in text for c in core for i in range(len(c) - _ECHO + 1)):
        return False
    return not _carries_heading(text, last_heading, title)


def _carries_heading(text: str, heading: str, title: str) -> bool:
    """Whether ``text`` shares ``_ECHO`` Han characters in a row with ``heading`` of which the
    document's ``title`` holds no three: the last part's own words, not the whole talk's
    (春耕生产的 under 抓好春耕生产的… is the title's 春耕生产 again)."""
    runs = re.findall(r"[\u4e00-\u9fff]+", heading)
    return any(
        (w := r[i : i + _ECHO]) in text and not any(w[j : j + 3] in title for j in (0, 1))
        for r in runs
        for i in range(len(r) - _ECHO + 1)
    )


# The three marks of a speaker turning from the last point to the whole (docs/outline.md §4,
# "the convention"), each a class of words, not a phrase: the listeners addressed, a hope, call
# or resolve, and the talk or the meeting itself spoken of.
# (an office's meeting addresses the units in the room as 各部门、各乡镇（街道）, 各单位, 各级: the
# listeners as the bodies they lead)
_LISTENERS = re.compile(
    r"大家|同志们|你们|各位|诸位|在座|全党|全国|全体"
    r"|各(?:部门|单位|乡镇|地区|地|级|县|区|市|镇|街道)"
)
_RESOLVE = re.compile(r"希望|让我们|一定要|一定能|一定会|必将|应当|敢于|努力|奋斗|相信|坚信|祝")
_THE_TALK = re.compile(
    r"今天|这次|本次|此次|会议|大会|我(?:今天|这次|刚才|要|想)?(?:讲|说)(?:的|了|话)"
)
# a turn in an exchange (答：… / 任总：…): the answer to a question, not the speaker's wind-up
_LABELLED = re.compile(r"^[^。，,：:！!？?]{1,8}[：:]")


def turns_to_whole(text: str) -> bool:
    """Whether a last paragraph bears all three marks of the turn to the whole: it addresses
    the listeners (大家, 你们, 同志们, 全体…, or the units in the room: 各部门, 各乡镇), hopes, calls or resolves (希望, 一定要, 努力…),
    and speaks of the talk or the meeting itself (今天, 这次, 大会, 我…讲) — and none of the
    body's: figures, a number or 最后一点 opening a last point, a labelled turn of an exchange.

    Why: the cue rules name the formulas a closing opens with; a closing that has none still
    turns to the people in the room, asks something of them and speaks of the occasion, where
    the last point's own paragraphs speak of its matter. One of the marks alone is common in
    the body; all three together, in the last paragraph, were found in no gold text that ends
    on its last point (bench/closing_general.py measures the general signals, the caller asks
    this only when nothing else found a closing)."""
    text = text.strip()
    if FIGURES.search(text) or ITEM.match(text) or LAST_POINT.match(text):
        return False
    if text.startswith("最后一点") or _LABELLED.match(text):
        return False
    return all(rx.search(text) for rx in (_LISTENERS, _RESOLVE, _THE_TALK))
