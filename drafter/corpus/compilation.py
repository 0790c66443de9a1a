"""A 会议材料汇编 (a meeting's papers bound as one file) cut down to the speech it carries.

A meeting's office hands out its papers as one booklet: a cover (the meeting, 会议材料, the
offices, a month), a 目录, then the items one after another — the 会议议程, a 通报, a
decision, the leader's speech. Saved or scanned as one file, read whole, the cover stood
as the title, its month as the date, and every item's own 一、二、三 ran into the speech's
outline. When the file is such a compilation and one of its items is a speech, the
speech is the document the user meant to keep: its own title, speaker and date head it,
and the other items are kept with it as apparatus, shown apart.

The 目录 says what the items are (cleaning takes it out as a contents list, and keeps
its lines among what it removed); an item's entry is found again where the item begins,
as a line of its own (the speech's line may leave out the speaker the entry names:
``顾临川同志在…上的讲话`` over ``在…上的讲话``). Nothing here reads the items' words: the
speech is the item whose entry names a speech (讲话, 发言, 致辞, 在…上的报告), and the cut
is made only when that entry and another item's are both found, in the 目录's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.contents import CONTENTS_LABEL, entry_head, is_marked_head
from drafter.corpus.model import Block

# an entry naming a speech: 讲话 (…同志在…上的讲话, 县委书记顾临川讲话), 发言, 致辞, 讲稿,
# a report given at a meeting (在…上的工作报告)
_SPEECH_ENTRY = re.compile(r"(?:讲话|发言|致辞|讲稿|演讲|在.{2,60}[上时]的(?:工作)?报告)(?:稿)?$")
_MIN_LINE = 4  # characters: an item's title line found again as no shorter than this


@dataclass
class Compilation:
    """The blocks of the speech a compilation carries and what stood around it: the
    cover's lines (page furniture, dropped) and the other items (apparatus, kept)."""

    blocks: list[Block]
    cover: list[Block] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return "".join(text.split())


def speech_item(blocks: list[Block], removed: list[tuple[str, Block]]) -> Compilation | None:
    """The speech of a compilation (see the module docstring), or None when the file is no
    compilation with one speech among its items."""
    heads = [
        head
        for reason, block in removed
        if reason == "contents" and not CONTENTS_LABEL.match(block.text.strip())
        if (head := entry_head(block.text.strip())) is not None
    ]
    if len(heads) < 2 or any(is_marked_head(h) for h in heads):
        return None  # a list of one text's headings (一、… 第一章 …), not of items
    speeches = [k for k, h in enumerate(heads) if _SPEECH_ENTRY.search(h)]
    if len(speeches) != 1:
        return None
    texts = [_squash(b.text) for b in blocks]
    starts: list[tuple[int, int]] = []  # (entry, block) in the 目录's order
    at = 0
    for k, head in enumerate(heads):
        for i in range(at, len(blocks)):
            if _opens_item(texts[i], head):
                starts.append((k, i))
                at = i + 1
                break
    found = dict(starts)
    speech = speeches[0]
    if speech not in found or len(found) < 2:
        return None
    begin = found[speech]
    end = next((i for k, i in starts if k > speech), len(blocks))
    first = starts[0][1]
    items: list[str] = []
    for b in [*blocks[first:begin], *blocks[end:]]:
        if b.text.strip():
            items.append(b.text.strip())
    return Compilation(blocks[begin:end], [b for b in blocks[:first] if b.text.strip()], items)


def _opens_item(line: str, head: str) -> bool:
    """Whether a (squashed) line is the title an entry names: the same words, or the
    entry's end (its speaker named in the 目录 only)."""
    entry = _squash(head)
    if len(line) < _MIN_LINE:
        return False
    return line == entry or (len(line) >= 2 * _MIN_LINE and entry.endswith(line))
