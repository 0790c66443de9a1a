"""Roadmaps in the opening and in the lead-in of a section with sub-sections (下面，我讲三点意见。
then 一、… 二、… 三、…): each sentence of a lead paragraph linked to the sections it announces,
or to the paragraphs right after it still in the lead, or to a first part that runs on after it.
"""

from __future__ import annotations

from drafter.study.layout import Layout, Node
from drafter.study.model import COUNTED_STATEMENT, LEAD_POINTER, Roadmap, Span
from drafter.study.roadmap.counted_statements import (
    counted_before_aside,
    counted_over_sections,
)
from drafter.study.roadmap.counts import (
    counted_before_items,
    division_count,
    ends_lead,
    pointer_then_gloss,
    questions_before,
    self_division,
    talk_over_sections,
    topics_of_sections,
)
from drafter.study.roadmap.inline import items_follow
from drafter.study.roadmap.markers import heading_marker, part_marker
from drafter.study.roadmap.numbered_parts import first_run_on, numbered_paragraphs
from drafter.study.roadmap.pointers import ahead_count
from drafter.study.roadmap.sections import numbered_prefix
from drafter.study.roadmap.sentence import PICKS, announces_nothing, roadmap_count
from drafter.study.roadmap.spoken_order import order_runs_on
from drafter.study.roadmap.turn_to_talk import talk_ahead
from drafter.study.roadmap.unmarked_parts import alike_paragraphs
from drafter.study.roadmap.warning import count_warning
from drafter.study.text import sentences


def in_lead_paragraph(lay: Layout, idx: int, node: Node | None) -> list[Roadmap]:
    """The roadmaps of one paragraph ``idx`` of a lead (the opening's when ``node`` is None,
    else ``node``'s lead-in), each linked to the sections it announces: a sentence with a
    speaking verb and a count, or one ending the lead pointing ahead, dividing the matter,
    listing the headings' words or naming the talk's own division; with no sub-sections
    to announce, a first part that runs on in the paragraph and the paragraphs after it."""
    text = lay.paragraphs[idx].text
    found: list[Roadmap] = []
    sents = sentences(text)
    for k, sent in enumerate(sents):
        count = roadmap_count(sent.text)
        if count is False and k + 1 < len(sents) and order_runs_on(sent.text, sents[k + 1].text):
            count = None  # 下面，我先报告一下A，因为…。然后，再就B…作若干必要的说明。
        targets = lay.siblings_of(node)
        if count is False and not targets and items_follow(text[sent.start :]):
            # 下面，我讲一些意见。第一，… then 第二，… 第三，… paragraphs: a turn to the talk
            # whose first part runs on (talk_ahead; first_run_on asks for the parts after it)
            count = talk_ahead(sent.text)
        if count is not False and not targets and items_follow(text[sent.start :]):
            # 我对大家提三点要求：1）…2）… / 黄林强：我提几个问题。第一、…: with no sections to
            # announce, the items run on in the same paragraph — a listed frame, not a plan —
            # unless only the first runs on and the others open paragraphs of their own
            # (这里有两个要点必须着重指明。第一个，… then 第二是…)
            parts = first_run_on(lay, idx, sent.end, count)
            if parts:
                span = Span(idx, sent.start, sent.end)
                found.append(Roadmap(sent.text.strip(), span, count, parts, rule="lead run-on"))
            continue
        rule = "lead"
        if count is False:
            last_in_lead = k == len(sents) - 1 and (idx == _last(lay, node))
            count = ahead_count(sent.text) if last_in_lead and targets else False
            if count is False and k == len(sents) - 1 and _one_plain_between(lay, idx, node):
                # 现将…情况报告如下，请予评议。 then one paragraph summing the year up, then 一、…
                # 二、…: a pointer with one plain paragraph between it and its parts
                count = ahead_count(sent.text)
            if count is not False:
                rule = LEAD_POINTER  # 今年要重点做好以下几方面工作。: it points, it does not talk
            if count is False and targets and idx == _last(lay, node) and ends_lead(sents, k):
                count = talk_over_sections(sent.text, targets)
            if count is False and targets and idx == _last(lay, node) and not last_in_lead:
                count = pointer_then_gloss(sent.text, text[sent.end :])
                rule = LEAD_POINTER
            if count is False and not found and (idx == _last(lay, node) or k == len(sents) - 1):
                # a paragraph of the lead that ends listing the sections' own headings (这些问题
                # 是：A；B；…, 矛盾论) though more of the lead follows; one roadmap a paragraph
                # (下面的问题是…。这些问题是：A，B，… is one announcement)
                labels = [lay.paragraphs[n.heading].text for n in targets]
                count = counted_before_items(sent.text, labels, idx == _last(lay, node))
                if count and count < len(targets):
                    targets = targets[:count]  # its items matched these headings one by one
            if count is False and idx == _last(lay, node):
                count = division_count(sent.text, len(targets))
            if count is False:
                labels = [lay.paragraphs[n.heading].text for n in numbered_prefix(targets)]
                count = self_division(sent.text, labels)
            if count is False and idx == _last(lay, node) and ends_lead(sents, k):
                # 现在，我着重报告A的情况和B的安排。 then 一、…A… / 二、…B…: the topics named
                labels = [lay.paragraphs[n.heading].text for n in numbered_prefix(targets)]
                count = None if topics_of_sections(sent.text, labels) else False
            if count is False and not found and idx == _last(lay, node) and k == len(sents) - 1:
                # 重点抓好八个方面工作。 then （一）…（八）: a count of the parts ending the lead,
                # whatever its verb, borne out by the sections numbered from 1 (not a count before
                # the lead's own announcement: …两方面的政策。具体地说，就是：)
                count = counted_over_sections(sent.text, targets)
                rule = COUNTED_STATEMENT
            if count is False and not found and k == len(sents) - 1:
                # 我向大家推介云岫的“三个优势”。 then a paragraph on its scenery, then three
                # unnumbered headings: a count ending the lead's last paragraph but one, the
                # last announcing nothing, borne out by exactly as many sections
                count = _counted_past_one(lay, idx, node, sent.text, targets)
                rule = COUNTED_STATEMENT
            if count is False and not found and idx == _last(lay, node) and k < len(sents) - 1:
                # 重点整治“五种不良作风”。各单位要结合自身实际，…。 then 1.… 5.: the count, then
                # an aside with no count of its own, before exactly as many sections
                count = counted_before_aside(sents, k, targets)
                rule = COUNTED_STATEMENT
            if count is False:
                continue
            if node is None and count and len(targets) > count:
                targets = _numbered(targets[:count]) or []
        asked = questions_before(sents, k) if count is None else 0
        if asked and len(targets) > asked:
            # …对象是谁？…任务是什么？…动力又在哪里？这些问题，就是我们在下面要来说明的。: the
            # questions just asked are the parts, as many as were asked
            targets = numbered_prefix(targets)[:asked]
        if count is None:  # 具体地说，就是： then （一）…（十）, then unnumbered 关于… sections
            targets = numbered_prefix(targets)
        elif count and len(targets) > count and len(numbered_prefix(targets)) == count:
            # 主要的内容有以下三个方面。 then （一）…（三）, then a new list 一、…六、 under the same
            # heading: the three numbered from 1 are the parts
            targets = targets[:count]
        sections = [n.heading for n in targets]
        last = k == len(sents) - 1
        inside = _parts_in_lead(lay, idx, node, count, sent.text) if last else []
        if inside:
            # 这里，着重对两个目标加以说明。 then 关于经济增长。… / 关于价格水平。… still in the
            # lead, before the sub-sections: those paragraphs are the parts announced
            sections = inside
        elif _first_part_here(text[sent.end :], targets):
            # 下面，我讲三点意见。第一，要提高认识。… then sections 第二，… 第三，…: the first
            # part runs on after the announcement, the others are the sections
            sections = [idx, *sections]
        elif last and _first_part_unmarked(lay, idx, node, targets):
            # 我现在就…讲几点意见。 then a paragraph with no marker, then sections 第二点：…
            # 第三点：…: the first part is the text between the announcement and 第二点
            sections = [idx + 1, *sections]
        found.append(
            Roadmap(
                text=sent.text.strip(),
                span=Span(idx, sent.start, sent.end),
                count=count,
                sections=sections,
                warning=count_warning(count, len(sections)),
                rule=rule,
            )
        )
    return found


def _one_plain_between(lay: Layout, idx: int, node: Node | None) -> bool:
    """Whether paragraph ``idx`` is the lead's last but one and the lead's last paragraph
    announces nothing itself (no roadmap sentence, no closing colon or pointer) before
    sections numbered from 1: a pointer ending ``idx`` then still points at those sections
    (…需要提出以下建议，请大会予以审议。 then 今后五年政府的主要任务应该是：… then （一）…（五）) —
    an opening summary or a statement of the whole task stands between them. A last paragraph
    that points ahead itself (…今年要着重抓好以下工作：) is the one its parts belong to."""
    own = _lead(lay, node)
    if len(own) < 2 or own[-2] != idx or own[-1] != idx + 1:
        return False
    targets = lay.siblings_of(node)
    first = targets[0].section.marker if targets else None
    marker = heading_marker(first) if first else None
    if marker is None or marker.ordinal != 1 or len(numbered_prefix(targets)) < 2:
        return False
    return announces_nothing(lay.paragraphs[idx + 1].text)


def _counted_past_one(
    lay: Layout, idx: int, node: Node | None, sentence: str, targets: list[Node]
) -> int | bool:
    """The count of ``sentence`` (ending paragraph ``idx``) when it counts the sections after
    one plain paragraph: ``idx`` is the lead's last but one, the last announces nothing (a
    description, no roadmap of its own), and the sections — unnumbered ones, or those numbered
    from 1 — are exactly as many as the count; else ``False`` (a count of things done, which a
    paragraph of other matter follows, is no plan)."""
    own = _lead(lay, node)
    if len(own) < 2 or own[-2] != idx or own[-1] != idx + 1 or len(targets) < 2:
        return False
    if not announces_nothing(lay.paragraphs[idx + 1].text):
        return False
    count = counted_over_sections(sentence, targets)
    if isinstance(count, bool) or count is None:
        return False
    parts = numbered_prefix(targets) if targets[0].section.marker else targets
    return count if count == len(parts) else False


def _parts_in_lead(
    lay: Layout, idx: int, node: Node | None, count: int | None, sentence: str
) -> list[int]:
    """The parts of a roadmap ending a lead paragraph that is not the lead's last, when they
    are the paragraphs right after it in the same lead (numbered 1, 2 … or opening alike, as
    many as a named count says) rather than the sub-sections further on."""
    if idx == _last(lay, node):
        return []
    own = set(_lead(lay, node))
    picked = bool(PICKS.search(sentence))  # 抽出几条来说一说 then 第一条… 第四条…
    parts = numbered_paragraphs(lay, idx, picked) or alike_paragraphs(lay, idx, count)
    if len(parts) < 2 or not all(i in own for i in parts):
        return []
    return parts if count is None or count == len(parts) else []


def _first_part_unmarked(lay: Layout, idx: int, node: Node | None, targets: list[Node]) -> bool:
    """Whether the sections an announcement at the end of paragraph ``idx`` points at are
    numbered from 2 (第二点：…) and the lead goes on after ``idx`` with unmarked text: that text,
    from the paragraph after ``idx``, is the first part."""
    if not targets or not targets[0].section.marker:
        return False
    marker = heading_marker(targets[0].section.marker)
    if marker is None or marker.ordinal != 2:
        return False
    own = _lead(lay, node)
    rest = [i for i in own if i > idx]
    return bool(rest) and rest[0] == idx + 1 and part_marker(lay.paragraphs[idx + 1].text) is None


def _first_part_here(rest: str, targets: list[Node]) -> bool:
    """Whether the words after an announcement (``rest`` of its paragraph) open its first part
    (第一，…) and the sections it announces start at the second (第二，… / 二是…)."""
    first = part_marker(rest)
    if first is None or first[1] != 1 or not targets:
        return False
    marker = heading_marker(targets[0].section.marker) if targets[0].section.marker else None
    return marker is not None and marker.ordinal == 2


def _lead(lay: Layout, node: Node | None) -> list[int]:
    """The paragraphs of the lead ``node`` heads before its sub-sections, or of the opening
    when ``node`` is None: where a lead's roadmap and, at times, its parts stand."""
    return lay.preamble if node is None else node.own


def _last(lay: Layout, node: Node | None) -> int:
    """The last paragraph of the lead ``node`` heads (the opening's when None); -1 for none."""
    own = _lead(lay, node)
    return own[-1] if own else -1


def _numbered(nodes: list[Node]) -> list[Node] | None:
    """``nodes`` when their markers number 1, 2, 3 … in order (as the frames read a numbered
    run), else None; imported when called, so loading the roadmap does not load the frames."""
    from drafter.study.frames.sections import numbered_run

    return numbered_run(nodes)
