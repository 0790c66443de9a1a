"""The last words of a section without sub-headings that announce the sections after it
(…在以下两个方面需要改进： then 1、… 2、… at its own level or the level above; …年内要重点抓好五个
方面。 then 一是…五是…, a count of the parts whatever its verb, :mod:`.counted_statements`).
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout, Node
from drafter.study.model import COUNTED_STATEMENT, SECTION_END, Roadmap, Span
from drafter.study.roadmap.counted_statements import counted_at_section_end, statement_counts
from drafter.study.roadmap.markers import heading_marker
from drafter.study.roadmap.pointers import ahead_count, colon_count
from drafter.study.roadmap.sections import following_siblings
from drafter.study.text import sentences


def announcing(lay: Layout, idx: int, node: Node) -> Roadmap | None:
    """A section with no sub-headings whose text ends 在以下两个方面需要改进： (or a counted
    statement, 年内要重点抓好五个方面。, borne out by exactly as many), followed by sections
    numbered 1, 2 again: the sentence announces those — at its own level, or at the level of
    the section it closes when it is the last sub-section there."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = colon_count(sent.text)
    colon = sent.text.strip().endswith(("：", ":"))
    if count is False and (colon or re.search("[。\u4e00-\u9fff]$", sent.text.strip())):
        # 五年来，我们的主要工作体会有以下几个方面。 then （一）… （二）… at this level; 我们的
        # 主要体会是： then ——必须坚持…, ——必须坚持… (a colon with no count)
        count = ahead_count(sent.text)
    # 年内要重点抓好五个方面。 then 一是…五是… after the section: a count of the parts, whatever
    # its verb (session 45's convention), when the run after bears it out exactly
    counted = statement_counts(sent.text) if count is False else []
    if count is False and not counted:
        return None
    from drafter.study.frames.sections import next_numbered_siblings

    while node.parent is not None and lay.siblings_of(node.parent)[-1] is node:
        # the last words of a last sub-section (…城乡人民生活继续改善 / …今年要着重做好以下八个
        # 方面工作。) come right before the next section up: the parts are at that level
        node = node.parent
    if counted:
        found = counted_at_section_end(lay, node, counted)
        if found is None:
            return None
        count, targets = found
    elif count:
        targets = next_numbered_siblings(lay, node, count) or []
    else:
        siblings = lay.siblings_of(node.parent)
        targets = []
        for n in siblings[siblings.index(node) + 1 :]:
            marker = heading_marker(n.section.marker) if n.section.marker else None
            if marker is None or marker.ordinal != len(targets) + 1:
                break
            targets.append(n)
        targets = targets if len(targets) >= 2 else []
        if not targets and colon:
            # ——必须坚持树立和落实科学发展观 / ——必须坚持加强和改善宏观调控 …: the sections after
            # open alike (three or more), unnumbered
            alike = following_siblings(lay, node, None)
            targets = [lay.by_paragraph[i] for i in alike] if len(alike) >= 3 else []
    if not targets:
        return None
    span = Span(idx, sent.start, sent.end)
    rule = COUNTED_STATEMENT if counted else SECTION_END
    return Roadmap(sent.text.strip(), span, count, [n.heading for n in targets], rule=rule)
