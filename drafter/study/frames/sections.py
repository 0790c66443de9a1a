"""A frame's items read from the outline: 我讲三点意见 in the opening counts the top-level
sections, 四、做到“四勤” counts its sub-headings, a lead-in ending in a colon counts the
numbered sections after it. Kept apart from :mod:`drafter.study.frames` (mentions and
the items a sentence spells out)."""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker
from drafter.corpus.model import Section
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, Node
from drafter.study.model import Span
from drafter.study.ordinals import ordinal_items
from drafter.study.text import item_clause

Items = tuple[list[str], list[Span], str]


def section_items(lay: Layout, m, planned: bool) -> Items | None:
    """The sections a frame counts (``m``: a mention with paragraph, end, phrase and
    number): the sub-headings of the section whose heading or lead-in holds it, the
    top-level sections for one in the opening, or the numbered sections right after a
    lead-in ending in a colon. ``planned``: the phrase names the parts of a talk (三点意见),
    so it may count sections without being in a heading or before a colon."""
    node = lay.by_paragraph.get(m.paragraph)
    in_heading = node is not None and m.paragraph == node.heading
    announces = _ends_with_colon(lay.paragraphs[m.paragraph].text, m.end)
    if not in_heading and not announces and not planned:
        return None  # 三个服务 in the opening is a formula, not the plan of the speech
    if node is None:
        if m.paragraph in lay.preamble:
            roots = lay.roots
            if announces and len(roots) > m.number:
                numbered = numbered_run(roots[: m.number])
                return _node_items(numbered) if numbered else None
            return _node_items(roots)
        return None
    if m.paragraph == node.heading or m.paragraph in node.own:
        core = m.phrase.strip('“”"')
        if node.children and not any(core in c.section.heading for c in node.children):
            # (a sub-heading that names the frame itself is one part among others:
            # 第二，建设好“三朵云” under a heading that lists three aims)
            return _node_items(node.children)
        if m.paragraph == node.heading:
            for idx in node.own:
                found = ordinal_items(lay.paragraphs[idx].text, 0)
                if found and len(found) == m.number:
                    return (
                        [t for t, _ in found],
                        [Span(idx, a, a + len(t)) for t, a in found],
                        "ordinals",
                    )
        elif announces and not node.children and node.own and m.paragraph == node.own[-1]:
            following = next_numbered_siblings(lay, node, m.number)
            if following:
                return _node_items(following)
    elif announces and node.after and m.paragraph == node.after[-1]:
        # a part's text after its points ends on a colon (Section.after): what follows the
        # part is announced, as from the text of a section without points
        following = next_numbered_siblings(lay, node, m.number)
        if following:
            return _node_items(following)
    return None


def _ends_with_colon(text: str, at: int) -> bool:
    """Whether the sentence holding position ``at`` is the paragraph's last and ends in a
    colon: 有三个因素： / 在以下两个方面需要改进： announce what follows."""
    tail = text[at:].rstrip()
    return tail.endswith(("：", ":")) and not re.search(r"[。！？!?]", tail)


def next_numbered_siblings(lay: Layout, node: Node, count: int) -> list[Node] | None:
    """The ``count`` sections after ``node`` at its level when their numbering starts again
    at 1 (…3、决心的问题 / 1、我们要敢于自我批判 2、一定要重视软件架构): the parts a colon at
    the end of ``node``'s text announced."""
    siblings = lay.siblings_of(node.parent)
    after = siblings[siblings.index(node) + 1 :]
    if len(after) < count:
        return None
    return numbered_run(after[:count])


def numbered_run(group: list[Node]) -> list[Node] | None:
    """``group`` when its markers number 1, 2, 3 … in order, else None."""
    numbers = [match_marker(n.section.marker) for n in group]
    if any(mk is None for mk in numbers):
        return None
    if [mk.ordinal for mk in numbers] != list(range(1, len(group) + 1)):
        return None
    return group


# a heading opening on its noun and its ordinal as a label (关键词一：稳 / 关键词二：变): the part is
# the word after the label, the label only counts it
_ORDINAL_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}?([一二三四五六七八九十])[：:]\s*(?=\S)")


def _unlabelled(headings: list[str]) -> list[str]:
    """``headings`` without the labels that number them one by one (关键词一： … 关键词三：),
    when every heading opens on the same label word with its ordinal in turn."""
    labels = [_ORDINAL_LABEL.match(h.strip()) for h in headings]
    if not all(labels) or len({h.strip()[: lb.start(1)] for h, lb in zip(headings, labels)}) != 1:
        return headings
    if [parse_cn_number(lb.group(1)) for lb in labels] != list(range(1, len(headings) + 1)):
        return headings
    return [h.strip()[lb.end() :] for h, lb in zip(headings, labels)]


def _node_items(nodes: list[Node]) -> Items | None:
    headings = _unlabelled([n.section.heading for n in nodes])
    if not all(_bare(h) for h in headings):
        return None  # 一 / 二 standing alone: a numeral names no part, its words are elsewhere
    if all(_short_pair(n.section) for n in nodes):
        items = [_bare(h) for h in headings]
    else:
        items = [item_clause(h) or h for h in headings]
    return items, [Span(n.heading, 0, len(n.label)) for n in nodes], "sections"


# a short heading of two clauses: 采取果断措施，集中力量抗击非典 (the means, then the work)
_SHORT_HEADING = 20


def _bare(heading: str) -> str:
    return heading.strip().rstrip("。；;，,：:！!")


def _short_pair(section: Section) -> bool:
    """Whether the heading of ``section`` stands alone, short and of at most two clauses
    (采取果断措施，集中力量抗击非典): when every counted section's heading is, each is its item whole — either clause may carry
    the part, the means or the work done (a reader may name either) — so the siblings of one
    list read alike; otherwise each is its key clause (:func:`item_clause`). A heading whose
    words hold a formula of their own (坚定理想信念，做到“三个必须”) keeps its key clause: the
    second clause names another frame; a sentence (第一部分，是研究基础理论，不考核。) or a
    run-in heading is no heading to keep whole."""
    whole = _bare(section.heading)
    return (
        not section.run_in
        and section.ending not in ("。", "！", "？", "!", "?", "；", ";")
        and len(whole) <= _SHORT_HEADING
        and len(re.findall(r"[，,]", whole)) <= 1
        and not re.search(r"[。；;：:！？!?“”\"]", whole)
        and not _OWN_COUNT.search(whole)
    )


_OWN_COUNT = re.compile(r"[一二三四五六七八九十两]{1,2}(?:个|种|类|条|项|点|大|件|方面)")
