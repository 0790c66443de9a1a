"""Bullet paragraphs used as sub-headings ("● 岗位职责" over its text), for Word and ODT.

Both readers know which paragraphs are list items with a bullet and what the bullet looks
like; whether a run of them heads the text below it or is just a list is decided here, from
the blocks alone, so the two forms read alike.
"""

from __future__ import annotations

from drafter.corpus.markers import RANK, match_marker
from drafter.corpus.model import Block
from drafter.corpus.part_bullets import lead_bullets, part_bullets

# A bullet label is a heading, not a list item, when no sentence ends inside it; a comma
# or semicolon may join its two halves ("丰富文化供给，增强影响力"), as in any heading.
_SENTENCE_PUNCT = frozenset("。！？!?")
# one full sentence: point headings are written that long too (a minutes' instruction set
# as a bullet over its explanation runs to 90-110 characters)
_BULLET_HEADING_MAX = 120


def bullet_headings(blocks: list[Block], kinds: dict[int, str] | None = None) -> list[Block]:
    """Word bullet paragraphs used as sub-headings ("● 岗位职责" then its text): short
    (a clause or two, no sentence ending inside), each followed by ordinary text that is
    not itself a numbered heading. When a document has at least two of one kind of bullet
    (``kinds``: id(block) -> what the bullet looks like), and they are most of the bullets
    of that kind, they become headings (a ``heading_level`` hint) one level below the
    heading above them, whether that is a Word heading style or a numbered line (一、).
    A bulleted list of sentences or of items with nothing under them stays a list, and a
    list of another kind of bullet (– items under a ● question) leaves the headings be."""
    if not any(b.kind == "bullet" for b in blocks):
        return blocks
    kinds = kinds or {}
    picks = []
    shaped: set[int] = set()  # bullets worded as a heading, whatever follows them
    bullets: dict[str, int] = {}
    above = None  # the last short numbered line before the bullet: its parent, or a cousin
    # (family, ordinal) of the numbered paragraphs: a bullet right before the second item
    # of a run with no first item is that first item (its number the bullet), not a heading
    numbered = {
        (m.family, m.ordinal)
        for m in (match_marker(b.text.strip()) for b in blocks if b.kind == "text")
        if m is not None
    }
    for i, b in enumerate(blocks):
        if b.kind != "bullet":
            m = match_marker(b.text.strip()) if b.kind == "text" else None
            if m is not None and len(b.text) <= 40:
                above = m
            continue
        bullets[kinds.get(id(b), "")] = bullets.get(kinds.get(id(b), ""), 0) + 1
        text = b.text.strip()
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = match_marker(nxt.text.strip()) if nxt is not None else None
        if 2 <= len(text) <= _BULLET_HEADING_MAX and not any(
            ch in _SENTENCE_PUNCT for ch in text[:-1]
        ):
            shaped.add(id(b))
        if (
            2 <= len(text) <= _BULLET_HEADING_MAX
            # a question may head its answer ("为什么要…？"): the last mark is the heading's own
            and not any(ch in _SENTENCE_PUNCT for ch in text[:-1])
            and nxt is not None
            and nxt.kind == "text"
            and nxt.heading_level is None
            and not nxt.numbering
            # the next part's heading (二、 after a list under 一、) ends a list, not a heading
            and not (
                after is not None
                and above is not None
                and (after.family, after.ordinal) == (above.family, above.ordinal + 1)
            )
            and not (after is not None and after.ordinal == 2 and (after.family, 1) not in numbered)
        ):
            picks.append(b)
    # a run of bullets with no text between them that fills a part whole (四、… then its
    # points, up to 五、) is the part's points, as a sibling part's 1、2、3、 are
    # and so is a run of bullets, each leading with its point run into its text (• 围绕中心抓
    # 督查。紧扣…), that ends a part where the next begins
    fills = part_bullets(blocks, kinds, shaped) | lead_bullets(blocks, kinds)
    picked = {id(b) for b in picks}
    picks += [b for b in blocks if id(b) in fills and id(b) not in picked]
    chosen: set[int] = set()
    for kind, count in bullets.items():
        of_kind = [id(b) for b in picks if kinds.get(id(b), "") == kind]
        if len(of_kind) >= 2 and 2 * len(of_kind) >= count:
            chosen.update(of_kind)
    if not chosen:
        return blocks
    # a sub-heading with no text of its own, right before a chosen sibling of its kind
    # (1、运营商业务：… 2、企业业务：… then 3、消费者业务：… over the part's text, all
    # bullets): one of the run, not a list item
    for i in range(len(blocks) - 2, -1, -1):
        b, nxt = blocks[i], blocks[i + 1]
        if (
            id(b) not in chosen
            and id(b) in shaped
            and id(nxt) in chosen
            and kinds.get(id(b), "") == kinds.get(id(nxt), "")
        ):
            chosen.add(id(b))
    parent: int | None = None  # heading_level that ranks just below the heading above
    placed: int | None = None  # the level the last bullet heading was given
    last: dict[str, tuple[int, bool]] = {}  # family -> (last ordinal, seen before a bullet)
    for b in blocks:
        if id(b) in chosen:
            b.heading_level = placed = parent or 2  # sub-headings by nature
            last = {f: (n, True) for f, (n, _) in last.items()}
            continue
        if b.heading_level is not None:
            parent, placed = b.heading_level + 1, None
            continue
        m = match_marker(b.numbering.strip() + "x" if b.numbering else b.text)
        rank = RANK.get(m.family) if m is not None else None
        if m is None or rank is None:
            continue
        prev = last.get(m.family)
        last[m.family] = (m.ordinal, False)
        # Word heading levels rank as level - 0.5 among the text's marker families (see
        # candidates.family_rank): rank + 1 puts the bullets just below this family; numbered
        # points under a bullet heading (1、 2、) are its children and leave its level,
        # and so does a list numbered afresh under one (一、…；二、…；三、…。 under a
        # bullet of a report whose parts are （一）（二）): once bullets stand under a
        # heading, only the next number of a run begun before them is the next part
        next_part = prev is not None and prev[1] and m.ordinal == prev[0] + 1
        if _numbered_line(b.text) and (placed is None or int(rank) + 1 <= placed and next_part):
            parent, placed = int(rank) + 1, None
    return blocks


def _numbered_line(text: str) -> bool:
    """Whether a numbered paragraph is a heading line the bullets below it rank under:
    short (40 characters at most), or one clause or sentence standing alone as long as a
    bullet heading may be (二、未来智能社会，…问题，要敢于探索新的理论和技术。 over
    bullets, 43 characters: read as a point run into its paragraph, it left the bullets
    below it ranked under the numbered questions of the part before)."""
    text = text.strip()
    if len(text) <= 40:
        return True
    return len(text) <= _BULLET_HEADING_MAX and not any(ch in _SENTENCE_PUNCT for ch in text[:-1])
