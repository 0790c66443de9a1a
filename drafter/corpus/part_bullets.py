"""Word bullet paragraphs that are a part's points: a run of bullets filling a part whole.

A writer who types a part's points as Word bullets (the bullet standing for 1、2、3、)
often gives each point no text of its own: the part is its heading and then the points,
one sentence each, back to back (四、镇压反革命 / • 判处死刑一般须经过群众…。 / • 严密控制，
不要乱，不要错。 / … / 五、城市工作). A bullet with nothing under it reads as a list item
(:func:`drafter.corpus.readers.bullet_headings.bullet_headings` wants text under each sub-heading),
but what the run holds and where it stands settle it: each bullet one sentence, the run
right under a part heading and up to the next part, in a document whose sibling parts
number their points (三、土改 / 1、农忙时…。 2、争取今年丰收。): the bullets stand where
those numbers stand, the part's points. A list stands inside a part's text (a lead-in,
the items, text again), ends before the part does, holds items that are no sentences of
their own (…；), or fills a part of a document whose parts number no points (一、主要任务 /
• 加强学习，提高本领。 • …: what the part asks, a list).
"""

from __future__ import annotations

import re

from drafter.corpus.markers import Marker, match_marker, match_part
from drafter.corpus.model import Block

# a part's heading line over its bullets: short, as a heading is (一、…, 四　镇压反革命)
PART_LINE_MAX = 40
# each point a sentence of its own: items of a list end in ；, or in nothing (岗位职责)
_SENTENCE_END = ("。", "！", "？", "!", "?")
# bullets a run needs to be a part's points (one bullet is a stray mark)
MIN_POINTS = 2


def part_bullets(blocks: list[Block], kinds: dict[int, str], shaped: set[int]) -> set[int]:
    """The ids of the bullet paragraphs that fill a part whole: a run of two or more
    bullets of one kind, each ``shaped`` as a heading (no sentence ending inside) and one
    whole sentence (ending in 。！？, as a list's items, ending in ； or in nothing, do
    not), right under a part heading (a short numbered line) and ending right before the
    part after it (the next number of that heading's family), where a sibling part of
    that family numbers its points (:func:`_points_beside`)."""
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "bullet":
            i += 1
            continue
        j = i
        kind = kinds.get(id(blocks[i]), "")
        while (
            j < len(blocks) and blocks[j].kind == "bullet" and kinds.get(id(blocks[j]), "") == kind
        ):
            j += 1
        run = blocks[i:j]
        if (
            len(run) >= MIN_POINTS
            and all(id(b) in shaped and b.text.strip().endswith(_SENTENCE_END) for b in run)
            and i > 0
            and j < len(blocks)
            and (family := _next_part(blocks[i - 1], blocks[j]))
            and _points_beside(blocks, family)
        ):
            out.update(id(b) for b in run)
        i = j
    return out


def _next_part(head: Block, after: Block) -> str:
    """The family of the part heading ``head`` when ``after`` is the part that follows it
    (the next number of its family: 三、 then 四、), else "". (Parts in Word heading
    styles are not read here.)"""
    if head.kind == "bullet" or after.kind == "bullet":
        return ""
    if (
        head.heading_level is not None
        or after.heading_level is not None
        or head.numbering
        or after.numbering
    ):
        return ""
    m, n = _part_marker(head.text), _part_marker(after.text, PART_LINE_MAX * 10)
    if m is not None and n is not None and m.family == n.family and n.ordinal == m.ordinal + 1:
        return m.family
    return ""


def _part_marker(text: str, longest: int = PART_LINE_MAX) -> Marker | None:
    """The marker of a part heading: a numbered line (一、…, 四　镇压反革命) up to
    ``longest`` characters (the part after the bullets may run into its text)."""
    text = text.strip()
    if len(text) > longest:
        return None
    return match_marker(text) or match_part(text)


def _points_beside(blocks: list[Block], family: str) -> bool:
    """Whether a part of ``family`` holds numbered points right under its heading: the
    next paragraph opens a run of another family at 1 (三、土改 / 1、农忙时…。) and the
    run's 2 follows within the part. Bullets filling a part whole where the sibling parts
    number their points stand for those numbers; in a document whose parts hold no
    numbered points, bullets filling one are a list of what it asks (一、主要任务 / •
    加强学习，提高本领。 • …)."""
    for k in range(len(blocks) - 1):
        head = _part_marker(blocks[k].text) if blocks[k].kind == "text" else None
        if head is None or head.family != family:
            continue
        first = match_marker(blocks[k + 1].text.strip())
        if first is None or first.family == family or first.ordinal != 1:
            continue
        for b in blocks[k + 2 :]:
            m = match_marker(b.text.strip())
            if m is not None and m.family == family:
                break  # the next part: no 2 in this one
            if m is not None and m.family == first.family and m.ordinal == 2:
                return True
    return False


# a bullet's lead phrase run into its paragraph (• 围绕中心抓督查。紧扣县委重大决策部署…): a
# short phrase with no clause break, a stop, then the point's text
_LEAD = re.compile(r"^([^。！？!?；;，,：:、（）()“”\"]{2,16})[。：:！!](?=\S)(.{12,})$", re.S)


def lead_bullets(blocks: list[Block], kinds: dict[int, str]) -> set[int]:
    """The ids of bullet paragraphs that are a part's points run into their text: a run of
    two or more bullets of one kind, each opening with a short lead phrase and a stop (•
    围绕中心抓督查。紧扣…。 / • 紧盯落实抓督办。建立…。), that stands in a part (a Word heading
    style, a numbered part line or a part title in bold above it) and ends right where the
    next part of that kind begins. The bullet stands where （一）… or 一是… would: a writer
    who bullets the points of one part of a summary in Heading 1 parts leads each with its
    point, as numbered points run in are read (the lead is the heading,
    :func:`drafter.corpus.headings.heading_and_rest`). A list of sentences has no lead
    phrase on each item, and a run that stops inside its part, with text after it, is a
    list in that text."""
    out: set[int] = set()
    head: Block | None = None  # the last part heading seen (see _part_head)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "bullet":
            if _part_head(b) is not None:
                head = b
            i += 1
            continue
        kind = kinds.get(id(b), "")
        j = i
        while (
            j < len(blocks) and blocks[j].kind == "bullet" and kinds.get(id(blocks[j]), "") == kind
        ):
            j += 1
        run = blocks[i:j]
        if (
            head is not None
            and len(run) >= MIN_POINTS
            and all(_LEAD.match(x.text.strip()) for x in run)
            and j < len(blocks)
            and _next_head(head, blocks[j])
        ):
            out.update(id(x) for x in run)
        i = j
    return out


def _part_head(b: Block) -> Marker | str | None:
    """What makes ``b`` a part heading: its Word heading level (as text), the marker of a
    short numbered line, "bold" for a short line set all in bold that ends no sentence (a
    part title a writer marks by bold alone), or None."""
    if b.heading_level is not None:
        return str(b.heading_level)
    if b.kind != "text" or b.numbering:
        return None
    text = b.text.strip()
    marker = _part_marker(text)
    if marker is None and b.bold.strip() == text and len(text) <= PART_LINE_MAX:
        return None if text.endswith(_SENTENCE_END) else "bold"
    return marker


def _next_head(head: Block, after: Block) -> bool:
    """Whether ``after`` begins the part after ``head``'s: a heading in the same Word style
    level, another bold part title, or the next number of ``head``'s family."""
    a, n = _part_head(head), _part_head(after)
    if isinstance(a, str) or isinstance(n, str):
        return a == n
    return a is not None and n is not None and a.family == n.family and n.ordinal == a.ordinal + 1
