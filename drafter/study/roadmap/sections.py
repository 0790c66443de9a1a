"""The sections a roadmap announces: runs of headings numbered from 1 (or on from the
section the roadmap closes), headings that open alike, and the sections a 先说A，再说B
sentence names in order.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout, Node
from drafter.study.roadmap.markers import heading_marker


def numbered_prefix(nodes: list[Node]) -> list[Node]:
    """The sections numbered 1, 2, 3 … from the first of ``nodes`` on (all of ``nodes`` when
    the first carries no number): an announcement without a count covers that run."""
    run: list[Node] = []
    for n in nodes:
        marker = heading_marker(n.section.marker) if n.section.marker else None
        if marker is not None and marker.word == "最后" and len(run) >= 2:
            run.append(n)  # 首先… 其次… 最后…: the last closes the run
            break
        if marker is None or marker.ordinal != len(run) + 1:
            break
        run.append(n)
    return run if len(run) >= 2 else nodes


def following_siblings(lay: Layout, node: Node, count: int | None) -> list[int]:
    """The sections after ``node`` that a roadmap at the end of its text announces (这里只
    指出几点。 then 关于政权组织 / 关于劳动政策 …): numbered 1, 2 … again, or headings that
    open alike (their first two characters), ``count`` of them when it is named."""
    siblings = lay.siblings_of(node.parent)
    after = siblings[siblings.index(node) + 1 :]
    if len(after) < 2:
        return []
    numbered = numbered_prefix(after)
    if numbered is after:
        # 第一节 closing on 这些问题，就是我们在下面要来说明的。 then 第二节 … 第七节: the sections
        # after it, numbered on from its own number
        numbered = _numbered_on(node, after)
    if not numbered:  # not numbered from 1: headings that open alike
        head = after[0].label[:2]
        numbered = []
        for n in after:
            if not n.label.startswith(head):
                break
            numbered.append(n)
    if count:
        numbered = numbered[:count] if len(numbered) >= count else []
    return [n.heading for n in numbered] if len(numbered) >= 2 else []


def _numbered_on(node: Node, after: list[Node]) -> list[Node]:
    """The sections of ``after`` numbered on from ``node``'s own number (第二节, 第三节 … after
    第一节), two or more; empty when ``node`` carries no number or the next does not follow it."""
    own = heading_marker(node.section.marker) if node.section.marker else None
    if own is None:
        return []
    run: list[Node] = []
    for n in after:
        marker = heading_marker(n.section.marker) if n.section.marker else None
        if marker is None or marker.family != own.family:
            break
        if marker.ordinal != own.ordinal + len(run) + 1:
            break
        run.append(n)
    return run if len(run) >= 2 else []


# each part of a 先说A，再说B order: the words after its verb, up to the clause's end
_ORDER_PART = re.compile(
    r"(?:先|再|然后再?|接着|最后)(?:来)?(?:[\u4e00-\u9fff]{1,3}地)?(?:说|讲|谈|分析|研究|论述)"
    r"(?:到|一下|一说|一谈)?([^，,。；;！？!?]{2,24})"
)  # (先来分析矛盾的普遍性的问题，然后再着重地分析矛盾的特殊性的问题)


def named_in_order(lay: Layout, node: Node, sentence: str) -> list[int]:
    """The sections a 先说A，再说B sentence names, in order: this section (when A is its
    heading) or the next, then the sections after it, each part's words closer to its own
    heading than to the others' (shared characters, 的 aside). Empty unless every part finds
    its section."""
    parts = [m.group(1).replace("的", "") for m in _ORDER_PART.finditer(sentence)]
    if len(parts) < 2 or node.parent is None and node not in lay.roots:
        return []
    siblings = lay.siblings_of(node.parent)
    at = siblings.index(node)
    labels = [lay.paragraphs[n.heading].text.replace("的", "") for n in siblings]

    def shared(part: str, k: int) -> int:
        return len(set(part) & set(labels[k]))

    for first in (at, at + 1):
        chosen = list(range(first, first + len(parts)))
        if chosen[-1] >= len(siblings):
            continue
        if all(
            shared(part, k) >= 2
            and all(shared(part, k) > shared(part, j) for j in chosen if j != k)
            for part, k in zip(parts, chosen)
        ):
            return [siblings[k].heading for k in chosen]
    return []
