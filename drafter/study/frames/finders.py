"""Where a mention's items are read: in brackets right after it, after a colon, just before
it, as ordinals after it, as the headings below it — :func:`resolve` tries the finders in
order (a strict mention with fewer) and keeps the first that reads exactly as many items as
the number says.

The mentions come from :mod:`drafter.study.frames.mentions`; the finders live in modules
named for the place they read: :mod:`~drafter.study.frames.colon_items` (in brackets, after a
colon), :mod:`~drafter.study.frames.before_count` (the list just before),
:mod:`~drafter.study.frames.pair_items` (一方面…另一方面…),
:mod:`~drafter.study.frames.ordinals_after` (一是…二是…), and, shared with the second look,
:mod:`~drafter.study.frames.quoted_before`, :mod:`~drafter.study.frames.apposition`,
:mod:`~drafter.study.frames.copula_subject`, :mod:`~drafter.study.frames.pointed_clauses`,
:mod:`~drafter.study.frames.pointed_runs`, :mod:`~drafter.study.frames.runs_after`,
:mod:`~drafter.study.frames.noun_namings` (with :mod:`~drafter.study.frames.item_words`
trimming their items).
"""

from __future__ import annotations

import re

from drafter.study.frames.apposition import apposition, unmarked_run
from drafter.study.frames.before_count import items_just_before, kinds_after
from drafter.study.frames.colon_items import (
    after_colon,
    bracketed,
    defined_after,
    introduced_before,
)
from drafter.study.frames.copula_subject import subject_before
from drafter.study.frames.forward import forward_items, ones_after_pointer
from drafter.study.frames.introduced_items import introduced_after_noun, paragraph_leads
from drafter.study.frames.item_words import (
    Items,
    whole_questions,
)
from drafter.study.frames.mention import PLAN_NOUNS, Mention
from drafter.study.frames.noun_heads import repeated_heads
from drafter.study.frames.noun_namings import (
    echoed_before,
    named_after,
    named_paragraph_leads,
    restated_after,
)
from drafter.study.frames.ordinal_names import ordinal_namings
from drafter.study.frames.ordinals_after import ordinals_after
from drafter.study.frames.pair_items import aspects_before, sides_after
from drafter.study.frames.pointed_clauses import (
    choice_before,
    clause_before,
    clauses_before,
    ended_before,
    sentence_before,
)
from drafter.study.frames.pointed_runs import paragraphs_before, run_before
from drafter.study.frames.pointer import named_things
from drafter.study.frames.quoted_before import quoted_clauses_before, quoted_sayings_before
from drafter.study.frames.runs_after import echo_run, repeated_one, run_after, run_over_break
from drafter.study.frames.sections import section_items
from drafter.study.frames.units import list_before
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.roadmap.counted_statements import statement_counts
from drafter.study.text import sentences


def resolve(lay: Layout, mention: Mention) -> Frame | None:
    """The frame of one mention, its items read by the first finder that reads exactly as
    many as its number (a strict mention tries only the finders of its shape); None for a
    strict mention none of them read, a frame kept as mentioned otherwise."""
    span = Span(mention.paragraph, mention.start, mention.end)
    frame = Frame(mention.phrase, mention.number, span, quoted=mention.quoted)
    finders = (
        bracketed,
        restated_after,
        after_colon,
        sides_after,
        items_just_before,
        quoted_sayings_before,
        subject_before,
        ended_before,
        clauses_before,
        aspects_before,
        quoted_clauses_before,
        ordinals_after,
        run_over_break,
        named_paragraph_leads,
        echo_run,
        apposition,
        run_after,
        repeated_one,
        _sections,
        echoed_before,
        introduced_before,
    )
    if mention.strict == "before":
        finders = (
            restated_after,
            ones_after_pointer,
            items_just_before,
            subject_before,
            aspects_before,
            after_colon,
            run_before,
            paragraphs_before,
            sentence_before,
            clause_before,
            ended_before,
            clauses_before,
            quoted_sayings_before,
            ordinals_after,
        )
    elif mention.strict in ("parts", "final"):
        finders = (
            after_colon,
            # 房租和利息这两部分: the pair glued before the count, not the clauses before
            *((items_just_before,) if _bare_parts(mention) else ()),
            repeated_one,
            ordinals_after,
            _sections,
            run_after,
            kinds_after,
            subject_before,
        )
    elif mention.strict == "bracket":
        finders = (bracketed, after_colon, defined_after)
    for finder in finders:
        found = finder(lay, mention)
        if found and len(found[0]) == mention.number:
            frame.items, frame.item_spans, frame.source = found
            if finder is items_just_before:
                # 必须严格区别和正确处理这两类矛盾: the glued pair are actions; its sentence named
                # the two with the count's own noun (有敌我矛盾和人民内部矛盾)
                m = mention
                named = named_things(lay, m.paragraph, m.start, m.number, m.phrase)
                if named and not any(named[0][0][-2:] in i for i in found[0]):
                    frame.items, frame.item_spans = named
            if frame.source != "sections":
                frame.items = [clean_item(i) or i for i in frame.items]
            asked = mention.phrase.endswith("问题") and whole_questions(
                lay, frame.items, frame.item_spans
            )
            if asked:  # 两个问题 asked: each item the whole question
                frame.items, frame.item_spans = asked[0], asked[1]
            return frame
    if mention.strict in ("listed", "final", "bracket", "parts"):
        found = repeated_heads(lay, frame)
        if found:  # 第一张皮，是A。第二张皮，是B: units headed by the count's own noun
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "", "final"):
        after = introduced_after_noun(lay, frame)
        if after:  # 三个互相联系的问题，就是：A、B、C: the list after the whole noun phrase
            frame.items, frame.item_spans, frame.phrase = after
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "before"):
        found = list_before(lay, frame)
        if found:  # 土地改革、抗美援朝…和思想改造的五大运动: the list stands before the count
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict == "listed" and _DEFINED.match(
        lay.paragraphs[mention.paragraph].text, mention.end
    ):
        return frame  # 管道的三点衔接，即…: a term the text defines, a mentioned formula
    if mention.strict == "listed" and unmarked_run(lay, mention):
        return frame  # 两个想不开，合在一块，就要打仗: the count stated, its items not read
    if mention.strict:
        return None
    # no finder of a shape read its items: the general reader of what follows a count
    # (两个题目，一个是A，一个是B / 三个摆脱——A、B、C), exactly as many units or none
    found = forward_items(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "ordinals" if found[1][0].paragraph > span.paragraph else "inline"
        return frame
    found = repeated_heads(lay, frame) or list_before(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "inline"
        return frame
    found = ordinal_namings(lay, frame)
    if found:  # 分为两个时期。…为第一时期，即组织时期。…第二时期，即革命时期: named in passing
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
        return frame
    found = paragraph_leads(lay, frame)
    if found:  # 关于经济增长。…关于价格水平。…: the paragraphs after, each naming its subject
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
        return frame
    found = named_after(lay, mention) or choice_before(lay, mention)
    if found:  # 两大矛盾中间，中日民族间的矛盾…，国内阶级间的矛盾…: the namings right after
        frame.items, frame.item_spans, frame.source = found
    return frame


def _bare_parts(m: Mention) -> bool:
    """Whether a 部分 count stands with no noun glued after it (A和B这两部分共计…, 最低纲领和最高
    纲领两部分的): its items are the list glued before it. A count glued to a noun (新老两部分
    上中农) counts people, and the words before it are no list of its parts."""
    return m.strict == "parts" and m.phrase.endswith("部分")


# 三点衔接，即… / 两个闭环（…）: the text says what the phrase means — a term, not a count
_DEFINED = re.compile(r"[，,]?(?:即|也就是|就是说|亦即)[^是]")


# 我想给大家讲三个…故事, 提三点希望, 送三个锦囊: a speaking verb right before the count makes
# its things the parts of the talk, whatever the noun
_SPOKEN_BEFORE = re.compile(r"(?:讲讲|谈谈|说说|分享|讲|谈|说|提|送)(?:了|一下)?$")


def _sections(lay: Layout, m: Mention) -> Items | None:
    """The sections a count announces (:func:`section_items`), planned when its noun names the
    parts of a talk (三点意见) or a speaking verb stands right before it (讲三个小故事)."""
    text = lay.paragraphs[m.paragraph].text
    spoken = _SPOKEN_BEFORE.search(text[max(0, m.start - 4) : m.start]) is not None
    planned = spoken or PLAN_NOUNS.search(m.phrase) is not None or _counted_lead(text, m)
    return section_items(lay, m, planned)


def announced_sections(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The sections a count by a measure word announces (我们要重点把好三道关口。 / 我们必须重点
    打好三场硬仗。 then as many sub-sections): the count closes a counted statement ending its
    paragraph — the sentence the roadmap reads as announcing the parts (session 45) — and exactly
    that many sections stand under it. None otherwise: a measure count is mostly a count of things
    (三道菜, 两场比赛), and the sections are what make this one the plan of the talk."""
    span = frame.span
    m = Mention(span.paragraph, span.start, span.end, frame.phrase, frame.number, False, "")
    if not _counted_lead(lay.paragraphs[span.paragraph].text, m):
        return None
    read = section_items(lay, m, True)
    if read is None or len(read[0]) != frame.number:
        return None
    return read[0], read[1]


def _counted_lead(text: str, m: Mention) -> bool:
    """Whether the mention closes a counted statement that ends its paragraph (我用三个关键词来
    概括。 / 我们必须重点打好三场硬仗。): the sentence the roadmap reads as announcing the parts,
    so its count counts the sections below whatever its noun (session 45's convention). Only the
    count that closes it: the same number said earlier in the sentence (八股文章, “八股” before
    八大罪状) is a word or a mention on the way, not the statement's count."""
    last = sentences(text)
    if not last or not last[-1].start <= m.start < last[-1].end:
        return False
    if m.number in statement_counts(text[m.end : last[-1].end]):
        return False  # 仿照八股文章…来一个“八股”，…就叫做八大罪状吧。: the count closing it is the last
    return m.number in statement_counts(last[-1].text)
