"""Headings that announce their parts: one pointing ahead (…提出以下看法 / 三大纪律如下), a
statement ending in a colon over numbered sub-sections, a duty ending in a colon over its
paragraphs, and a clause ending on its copula (…口号是：) over numbered paragraphs.
"""

from __future__ import annotations

import re

from drafter.corpus.markers import ordinal_marker_in
from drafter.study.layout import Layout, Node
from drafter.study.model import COUNTED_STATEMENT, Roadmap, Span
from drafter.study.roadmap.counted_statements import statement_counts
from drafter.study.roadmap.inline import in_quotes
from drafter.study.roadmap.markers import heading_marker, part_marker
from drafter.study.roadmap.numbered_parts import numbered_paragraphs
from drafter.study.roadmap.pointers import AHEAD, ENDS_AHEAD, colon_count
from drafter.study.roadmap.sections import numbered_prefix
from drafter.study.roadmap.warning import count_warning


def heading_ahead(lay: Layout, node: Node) -> Roadmap | None:
    """A heading that points at the parts under it (二、…任总提出以下看法 then 1、… 2、… / 三大纪律
    如下 then （一）…；（二）…): the heading announces them."""
    label = lay.paragraphs[node.heading].text.strip()
    m = AHEAD.search(label)
    if m is None or in_quotes(label, m.start()):
        return None
    if node.children:
        parts = [n.heading for n in numbered_prefix(node.children)]
    elif node.own:
        parts = numbered_paragraphs(lay, node.heading)
        inline = parts and part_marker(lay.paragraphs[parts[0]].text)
        if len(parts) == 1 and not (
            inline and ordinal_marker_in(lay.paragraphs[parts[0]].text, inline[0], 2)
        ):
            parts = []
        if len(parts) == 1 and node.section.run_in:
            # （九）…应该掌握下列的纲领：（1）…（2）… was one paragraph in the source, its heading
            # cut off by the reader: the items follow in the same paragraph, a listed frame
            parts = []
        ends_ahead = ENDS_AHEAD.search(label.rstrip("：:。 "))
        if not parts and ends_ahead and not node.section.run_in and 2 <= len(node.own) <= 8:
            # 1、为支持食堂的快速建设，公司可以予以以下支持 then three unnumbered paragraphs, one
            # measure each: the paragraphs under the heading are the items it points at
            parts = list(node.own)
    else:
        parts = []
    return _heading_roadmap(lay, node, parts) if parts else None


def heading_counted(lay: Layout, node: Node) -> Roadmap | None:
    """程雨桐：我觉得主要有两个变化。 taken for a heading (an answer's first sentence), then 第一个
    变化，… 第二个变化，… under it: a whole sentence standing as a heading that counts the parts
    (:func:`~drafter.study.roadmap.counted_statements.statement_counts`) announces its
    sub-sections numbered from 1, exactly as many as it counts."""
    section = node.section
    if section.run_in or section.ending != "。" or len(node.children) < 2:
        return None  # a topic heading; only a full statement on its own line may count
    label = lay.paragraphs[node.heading].text.strip()
    said = label[_SPEAKER_LINE.match(label).end() :] if _SPEAKER_LINE.match(label) else label
    counts = statement_counts(said.rstrip("。") + "。")  # the words, not the speaker's name
    parts = numbered_prefix(node.children)
    first = heading_marker(parts[0].section.marker or "")
    if not counts or first is None or first.ordinal != 1 or len(parts) not in counts:
        return None
    span = Span(node.heading, 0, len(label))
    sections = [n.heading for n in parts]
    return Roadmap(label, span, len(parts), sections, rule=COUNTED_STATEMENT)


def heading_colon(lay: Layout, node: Node) -> Roadmap | None:
    """2、…IBM运行多年经验证明，IBM内控是非常有效的： then （1）… （4）…: a heading that ended
    in a colon on its own line (the outline keeps that in ``Section.ending``), over
    sub-sections numbered from 1, announces them when it is a statement (clauses, not a topic
    label) — a label or a heading over a dialogue or prose announces nothing."""
    section = node.section
    if section.run_in or not section.ending.endswith(("：", ":")):
        return None  # most headings; a run-in one's colon opens its own paragraph's text
    if len(node.children) < 2 or "，" not in section.heading:
        return None  # a topic label (三、授权： / 二、任总相关指示：) names, it does not announce
    parts = numbered_prefix(node.children)
    if parts is node.children and not heading_marker(node.children[0].section.marker or "x"):
        return None  # children not numbered
    return _heading_roadmap(lay, node, [n.heading for n in parts], colon="：")


# what a heading asks to be done (四、要重视…问题： / 2、…公司各部门应积极响应，迅速投入：): a
# statement of duty, not a topic label (三、授权： / 二、任总相关指示： / 一、…的建议：)
_DUTY = re.compile(r"要|应|必须|需要|务必|着力|抓好|做好|做到")


# a transcript's speaker line (任总： / 徐直军：…): a dialogue follows, not the parts of a heading
_SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")


def heading_over_paragraphs(lay: Layout, node: Node) -> Roadmap | None:
    """四、要重视海外员工的医疗救治和生命保障问题： on its own line, then four unnumbered
    paragraphs, one measure each: a heading that ends in a colon and asks for something to be
    done announces the paragraphs under it, as one ending in 以下支持 does (``heading_ahead``)."""
    if not _colon_leaf(node):
        return None
    label = lay.paragraphs[node.heading].text.strip()
    if not 2 <= len(node.own) <= 8 or not _DUTY.search(label) or in_quotes(label, len(label)):
        return None
    texts = [lay.paragraphs[i].text.strip() for i in node.own]
    if any(not t or _SPEAKER_LINE.match(t) for t in texts):
        return None
    return _heading_roadmap(lay, node, list(node.own))


def heading_over_numbered(lay: Layout, node: Node) -> Roadmap | None:
    """四　目前宣传鼓动的口号是： on its own line as a heading, then 一，… 二，… 三，… under it
    as text: the heading announces its numbered paragraphs as the same line read as text
    does (:func:`~drafter.study.roadmap.before_paragraphs.before_numbered_paragraphs`), when
    the outline takes a part numbered with no mark for a heading (mao 2-031_2, blind set 21).
    Only a clause ending on its copula (…口号是：, …要求为：): a topic label with a colon
    (3、行权监管：) announces nothing."""
    if not _colon_leaf(node) or not node.section.heading.endswith(("是", "为")):
        return None
    parts = numbered_paragraphs(lay, node.heading)
    if len(parts) < 2:
        return None
    return _heading_roadmap(lay, node, parts, colon="：")


def _colon_leaf(node: Node) -> bool:
    """Whether ``node`` is a section with no sub-sections whose heading stood on its own line
    ending in a colon (the outline keeps the colon in ``Section.ending``): its paragraphs are
    what that colon points at."""
    section = node.section
    return not node.children and not section.run_in and section.ending.endswith(("：", ":"))


def _heading_roadmap(lay: Layout, node: Node, parts: list[int], colon: str = "") -> Roadmap:
    """The roadmap ``node``'s heading makes of ``parts``: its words (``colon``, the colon the
    outline dropped from its line, given back to the text shown but not to the span), the
    count they name before a colon, and the count warning when two or more parts were found
    (one part may hold all the items inline: 三大纪律如下 then （一）…；（二）…)."""
    text = lay.paragraphs[node.heading].text.strip()
    named = colon_count(text + "：")
    count = None if named is False else named
    warning = count_warning(count, len(parts)) if len(parts) > 1 else None
    span = Span(node.heading, 0, len(text))
    return Roadmap(text + colon, span, count, parts, warning, rule="heading")
