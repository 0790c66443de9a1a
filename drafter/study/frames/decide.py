"""Counts decided by what a reader can state, before the second look weighs them.

The second look (:mod:`drafter.study.frames.refused_counts`) weighs some thirty features of every count
the rules refused; its figures move by a few frames whenever one feature fires differently,
and a trainee cannot be told why a count was kept. Some refused counts need no weighing: the
text spells out exactly as many parallel items as the number says, in a shape that leaves no
doubt that they are the count's things —

* the count closes its paragraph (分三种地区，采取不同策略。 / 保证下列四项) and the next
  paragraphs, headings or the run opening the next paragraph are numbered 1 to N;
* the count is taken up one by one right after it, by its own counter (两类客户，一类是A，一类
  是B), an aside in brackets maybe between (十条里有两条（…），一条是A，一条是B): the writer
  names each of the things counted;
* a colon right after the count (即是：, 如下：) opens a numbered run of exactly as many items
  (这一条就有两个项目，即是：（甲）…；（乙）…): the writer introduces and numbers them.

Such a count is a listed frame unless it counts time, quantities or people (三个月, 两个青年:
the plain nouns the model also weighs against) or its items only name places, units or people
(:func:`drafter.study.frames.refused_counts.adopt` refuses those). Everything else stays with the model.
Dev evidence (notes f11-decide): of the refused counts these readings took, every one the gold
decides was a frame; the shapes that also read items but were not frames (a count mid-
paragraph with unrelated numbered paragraphs after it, 三个运营商; time, 三个月) fail the
guards here.
"""

from __future__ import annotations

import functools
import re

from drafter.study.frames.forward import enumerated_after, next_paragraph_run, paragraphs_after
from drafter.study.frames.nouns import PLAIN_NOUNS
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.words import words

_NUM = "[一二三四五六七八九十两]"
# the counter right after the number (两类客户 -> 类, 两批人 -> 批); none for 两者, 三大
_COUNTER = re.compile(rf"^{_NUM}{{1,2}}(个|种|类|条|项|批|门|件|部分|方面|面|手|支|套|步|点|层)")
# time, measures and people: a story's quantities, not the parts of a summary
_PLAIN_CHARS = frozenset(
    "人旅师团军营连月年天日次回遍岁名位家国省市县村厂店台辆元块张本份只头口亿万千百蛋杯部"
)
# a pointer before the count (这两种, 上述三项): its items stand before it, the model's case
_POINTER = re.compile(r"(?:这|那|此|上述|以上|这些|这样|上面的?|前述|前面的?|刚才的?)$")
# the particles closing a question (两种人吗？): no part of the count's noun
_PARTICLES = "吗呢吧啊呀"
_KINDS = frozenset(("种", "类", "批", "部分", "方面"))
_CLAUSE = re.compile(r"[，,；;：:]")
# the count that opens a frame's phrase, before its noun (两个, 三方面)
_COUNT_HEAD = re.compile(rf"^{_NUM}{{1,2}}(?:个|种|条|项|点|类|大|件|层|座|批|门|部分|方面)?")
_SENTENCE_END = re.compile(r"[。！？!?]")


@functools.cache
def _one_by_one(counter: str) -> re.Pattern:
    """，一个是… / 吗？一种是…: the things of a count named one by one with its counter, compiled
    once for each counter (a pattern string per counter was compiled again and again once
    mining's per-noun patterns had pushed it out of re's cache)."""
    return re.compile(
        rf"([\u4e00-\u9fff]{{0,3}})[，,：:；;。？！?!]\s*一{counter}(?:就)?(?:是|为|叫做|叫)"
    )


def _noun(frame: Frame) -> str:
    return _COUNT_HEAD.sub("", frame.phrase)


def counts_a_story(frame: Frame) -> bool:
    """三个月, 两年, 两个青年, 十九个省: a count of time, quantity or people, which a speech
    uses to tell what happened rather than to sum up what it will say. A count of kinds or
    groups (三种地区, 两类客户, 两批人) sorts things: no story's quantity, whatever its noun."""
    counter = _COUNTER.match(frame.phrase)
    if counter and counter.group(1) in _KINDS:
        return False
    return counts_time_or_people(frame) or _noun(frame)[:2] in PLAIN_NOUNS


def counts_time_or_people(frame: Frame) -> bool:
    """三个月, 两名, 两个人: a count whose noun's first word is one character of time, measure or
    people — a story's quantity even when its things are numbered after it (the plain nouns of
    :func:`counts_a_story`, 两个项目, may be numbered as points)."""
    noun = _noun(frame)
    # the noun's first word, not its first character: 名 counts people (两名), 名词 does not
    first = words(noun)[0] if noun and words(noun) else noun
    return len(first) == 1 and first in _PLAIN_CHARS


def closes_paragraph(text: str, end: int) -> bool:
    """Whether at most one short clause follows a count to the end of its paragraph (分三种
    地区，采取不同策略。 / 下列四项 / 分成三类：): the paragraph leads into what follows."""
    tail = text[end:].rstrip(" \u3000。：:！!；;")
    return len(tail) <= 16 and len(_CLAUSE.findall(tail)) <= 1 and not _SENTENCE_END.search(tail)


def decided_items(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The items that make a refused count a listed frame without weighing, or None when the
    count is the model's to weigh (see the module docstring). One by one after a noun the
    rules cut short (两个主线条，一个是销售，一个是交付), the frame's phrase is completed."""
    if frame.listed or not 2 <= frame.number <= 12:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    if _POINTER.search(text[max(0, frame.span.start - 5) : frame.span.start]):
        return None
    if not counts_time_or_people(frame):
        # 两个项目，即是：（甲）…: numbered after the colon, the things of any noun but time
        # and people (a plain noun such as 项目 counts projects or, so introduced, points)
        introduced = numbered_after_colon(lay, frame)
        if introduced:
            return introduced
    if counts_a_story(frame):
        return None
    if closes_paragraph(text, frame.span.end):
        found = (
            paragraphs_after(lay, frame)
            or next_paragraph_run(lay, frame)
            or labelled_paragraphs(lay, frame)
        )
        if found:
            return found
    counter = _COUNTER.match(frame.phrase)
    if not counter:
        return None
    # 十条里有两条（今天在座的…），一条是…: an aside in brackets may stand between the two
    aside = _ASIDE.match(text, frame.span.end)
    # the count may close a question (不是分两种人吗？一种是…): the speaker answers it in turn
    one_by_one = _one_by_one(counter.group(1)).match(text, aside.end() if aside else frame.span.end)
    if not one_by_one:
        return None
    found = enumerated_after(lay, frame)
    if found and one_by_one.group(1).rstrip(_PARTICLES) and not aside:
        # 两个主 + 线条，一个是…: the phrase takes the noun the rules cut short (两个主线条)
        tail = one_by_one.group(1).rstrip(_PARTICLES)
        frame.phrase += tail
        frame.span = Span(frame.span.paragraph, frame.span.start, frame.span.end + len(tail))
    return found


# the colon that introduces a count's list, a word of naming maybe before it (，即是： / 如下：)
_INTRODUCING = re.compile(r"(?:[，,]?\s*(?:即是|即|就是|也就是|分别是|如下))?\s*[：:]\s*")


def numbered_after_colon(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """两个项目，即是：（甲）惩办日本战争罪犯；（乙）惩办国内战争罪犯: a colon right after the
    count (a word of naming between at most) and the first enumerator of a run of exactly as
    many right after the colon — the writer numbers the things the count introduced, so no
    weighing can do better than reading them. None when the run does not open at the colon."""
    text = lay.paragraphs[frame.span.paragraph].text
    colon = _INTRODUCING.match(text, frame.span.end)
    if not colon:
        return None
    found = enumerated_after(lay, frame)
    if not found or found[1][0].start - colon.end() > 4:  # （甲） / 第一， / 1. then the item
        return None
    return found


# an aside in brackets right after a count, before what it counts is taken up
_ASIDE = re.compile(r"\s*[（(][^（）()]{1,40}[）)]")


_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{2,10})[：:]")


def labelled_paragraphs(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """围绕四个中心开展工作。 then 指导中心：…, 应急中心：…, 资源协调中心：…, 解决方案中心：…: the
    paragraphs right after the count's, exactly as many as it says, each opening with a label
    and a colon, every label ending in the count's noun (its last one or two characters): the
    writer names each of the things counted. None otherwise."""
    noun = _noun(frame)
    if len(noun) < 2:
        return None
    items: list[str] = []
    spans: list[Span] = []
    for para in lay.paragraphs[frame.span.paragraph + 1 : frame.span.paragraph + 1 + frame.number]:
        label = _LABEL.match(para.text)
        if not label or not label.group(1).endswith(noun[-2:]):
            return None
        items.append(label.group(1))
        spans.append(Span(para.index, label.start(1), label.end(1)))
    nxt = frame.span.paragraph + 1 + frame.number
    if len(items) != frame.number or len(set(items)) != len(items):
        return None
    if nxt < len(lay.paragraphs):
        more = _LABEL.match(lay.paragraphs[nxt].text)
        if more and more.group(1).endswith(noun[-2:]):
            return None  # more labelled paragraphs than the count says
    return items, spans
