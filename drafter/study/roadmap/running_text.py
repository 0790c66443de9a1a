"""A speaking verb with a count in running text: in a section with no sub-headings or in the
closing (我想将两种态度对照地讲一下。 then 第一种：… 第二种：…; 最后，我再强调两点。 then 第一，…),
linked to the paragraphs or sections that follow.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Roadmap, Span
from drafter.study.roadmap.counts import questions_before
from drafter.study.roadmap.fallbacks import first_found
from drafter.study.roadmap.inline import inline_items
from drafter.study.roadmap.numbered_parts import numbered_paragraphs
from drafter.study.roadmap.pointers import AHEAD
from drafter.study.roadmap.sections import following_siblings, named_in_order
from drafter.study.roadmap.sentence import PICKS, roadmap_count
from drafter.study.roadmap.spoken_order import order_runs_on
from drafter.study.roadmap.talk_words import MAY_COUNT, RE_VERB
from drafter.study.roadmap.unmarked_parts import alike_paragraphs, noun_paragraphs, talk_turns
from drafter.study.roadmap.warning import count_warning
from drafter.study.text import Sentence, sentences


def spoken_in_text(lay: Layout, idx: int) -> list[Roadmap]:
    """Speaking-verb roadmaps (roadmap_count) in a paragraph of a section without sub-headings."""
    out: list[Roadmap] = []
    text = lay.paragraphs[idx].text
    if not (RE_VERB.search(text) or "起来" in text) or not (
        MAY_COUNT.search(text) or "下面" in text
    ):
        return out  # no speaking verb, or nothing to count, order or point ahead: most paragraphs
    sents = sentences(text)
    for k, sent in enumerate(sents):
        count = roadmap_count(sent.text)
        order = sent.text
        if count is False and k + 1 < len(sents) and order_runs_on(sent.text, sents[k + 1].text):
            count, order = None, sent.text + sents[k + 1].text  # 我先讲A。然后再讲B。
        if isinstance(count, int) and inline_items(sent.text):
            # 这里又可以分为四点来说：（一）…（四）… then 先说第一点。/ 现在来说… / 最后说到…: the
            # points listed inline, then taken up one by one, each by a paragraph turning to it
            turns = talk_turns(lay, idx, count)
            if turns:
                span = Span(idx, sent.start, sent.end)
                out.append(Roadmap(sent.text.strip(), span, count, turns, rule="running text"))
            continue
        if count is False or inline_items(sent.text):
            continue  # 提出了三个要求：第一，…第二，…: in running text, the items are here
        parts = _parts_after(lay, idx, sents, sent, count, order)
        if not parts:
            continue  # in running text a count after 谈/说 announces nothing that follows
        out.append(
            Roadmap(
                sent.text.strip(),
                Span(idx, sent.start, sent.end),
                count,
                parts,
                count_warning(count, len(parts)),
                rule="running text",
            )
        )
    return out


# 下面 / 以下 / 如下 …: the sentence itself says its points follow
_POINTS_AHEAD = re.compile(r"下面|接下来|" + AHEAD.pattern)


def _bounded(sentence: str, count: int | None) -> bool:
    """Whether a speaking verb's sentence may take paragraphs that merely open alike as its
    parts: it names a number (as many paragraphs as that), or with 几 it points ahead (下面，我
    讲几点意见。). Why: 我提几点建议。 then 作为机关干部，… / 作为企业职工，… is advice in prose to
    one audience after another, which the gold of the modern sets calls no roadmap, while the
    real gold's roadmaps over alike paragraphs all point ahead (有以下几点体会：)."""
    return count is not None or _POINTS_AHEAD.search(sentence) is not None


def _parts_after(
    lay: Layout, idx: int, sents: list[Sentence], sent: Sentence, count: int | None, order: str
) -> list[int]:
    """The parts a roadmap sentence ``sent`` of paragraph ``idx`` announces in running text:
    the numbered paragraphs after it, or, when it ends its paragraph, the sections after its
    own (as many as counted or as questions just asked), paragraphs side by side or naming a
    division's noun; for an order with no count (``order``: the sentence, or it and the next),
    the sections it names in order."""
    node = lay.by_paragraph.get(idx)
    closes_section = node is not None and node.own and idx == node.own[-1] and sent is sents[-1]
    ends_paragraph = sent is sents[-1]
    # …前途又是什么呢？这些问题，就是我们在下面要来说明的。: as many as were asked
    asked = questions_before(sents, len(sents) - 1) if count is None else 0
    return first_found(
        (True, lambda: numbered_paragraphs(lay, idx, bool(PICKS.search(sent.text)))),
        (closes_section, lambda: following_siblings(lay, node, asked or count)),
        # 下面，我讲三点意见。 then 抓产业，… / 抓项目，… / 抓改革，…: parts side by side; a 几
        # with nothing pointing ahead (我提几点要求。 then 被约谈的企业，… / 被约谈的乡镇，…) is
        # not enough: no number bounds the run and nothing says the points follow one a
        # paragraph, so paragraphs that happen to open alike are the talk going on
        (ends_paragraph and _bounded(sent.text, count), lambda: alike_paragraphs(lay, idx, count)),
        # 分为国内战争和民族战争两个过程来说。 then 国内战争的过程，… / 在抗日战争的过程中，…
        (
            ends_paragraph and isinstance(count, int),
            lambda: noun_paragraphs(lay, idx, count, sent.text),
        ),
        # 我在这里先说矛盾的普遍性，再说矛盾的特殊性。 opening the section 矛盾的普遍性, the
        # next being 矛盾的特殊性: the parts, named in order, are this section and the next
        (count is None and node is not None, lambda: named_in_order(lay, node, order)),
    )
