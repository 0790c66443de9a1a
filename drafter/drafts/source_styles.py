"""The Word file's own paragraph styles, kept on a draft opened from it.

The outline reads two levels (一、 and （一）); a writer's ``1.学理论`` in 标题 3 and
``（1）读原著`` in 标题 4 are body text to it, and so they are paragraphs of the draft.
Written back as plain paragraphs (the office head's 修订稿, a 清稿), the writer's
document came back flattened, and read again those lines stood as parts of their own
beside 二、. Here each draft paragraph that a styled paragraph of the file holds is given
that paragraph's heading level and its bold lead words
(:attr:`~drafter.drafts.model.DraftParagraph.source_level`, ``bold_lead``), which the
Word exporter writes back. A heading Word's list numbering numbered (one of the outline's
or one below it) keeps that list (``source_num``; the lists themselves in
:attr:`~drafter.drafts.model.Draft.source_lists`, :mod:`drafter.drafts.source_lists`), so
the file written back numbers it as the writer's did and Word renumbers it after a
change: typed back, the numbers stood fixed and the next heading the writer added in Word
counted from one again.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.corpus.model import Block
    from drafter.drafts.model import Draft, DraftParagraph

_SPACE = re.compile(r"\s+")
# The outline's own levels: a heading style at these is a heading of the draft already.
OUTLINE_LEVELS = 2


def _key(text: str) -> str:
    return _SPACE.sub("", text)


def _paragraphs(draft: Draft) -> Iterator[DraftParagraph]:
    yield from draft.opening
    for top in draft.sections:
        for node in top.walk():
            yield from node.paragraphs
    yield from draft.closing


def keep_source_styles(draft: Draft, blocks: list[Block]) -> int:
    """Give the paragraphs of ``draft`` the heading level and bold lead their blocks of the
    source file had; returns how many paragraphs took a heading level.

    Paragraphs are matched to blocks by their text (spaces aside), each block used once
    and in the file's order among blocks of the same text. A block's text may lead with
    Word's automatic number (``numbering``) that the paragraph's text carries written. The
    first paragraph of a run-in heading keeps, as its ``bold_lead``, the bold words its
    block opened with (the printed heading: the exporter bolds them where they still lead).
    """
    styled: dict[str, deque[Block]] = defaultdict(deque)
    for b in blocks:
        if (b.heading_level or 0) > OUTLINE_LEVELS or b.bold.strip() or b.list_num:
            styled[_key((b.numbering or "") + b.text)].append(b)
            if b.numbering:
                styled[_key(b.text)].append(b)
    # a run-in heading's paragraph (学习是…) is the block's text after its bold lead
    # (（一）加强学习。): the lead is printed from the node, the paragraph keeps its bold
    after_lead: dict[str, deque[Block]] = defaultdict(deque)
    for b in blocks:
        lead = _key(b.bold)
        if lead and _key(b.text).startswith(lead) and len(_key(b.text)) > len(lead):
            after_lead[_key(b.text)[len(lead) :]].append(b)
    for top in draft.sections:
        for node in top.walk():
            if (
                node.run_in
                and node.paragraphs
                and (queue := after_lead.get(_key(node.paragraphs[0].text)))
            ):
                block = queue.popleft()
                node.paragraphs[0].bold_lead = block.bold.strip()
                node.paragraphs[0].lead_font = block.bold_font
    _keep_heading_lists(draft, blocks)
    levelled = 0
    used: set[int] = set()
    for para in _paragraphs(draft):
        if para.bold_lead:
            continue
        queue = styled.get(_key(para.text))
        while queue and id(queue[0]) in used:
            queue.popleft()
        if not queue:
            continue
        block = queue.popleft()
        used.add(id(block))
        if (block.heading_level or 0) > OUTLINE_LEVELS:
            para.source_level = block.heading_level
            levelled += 1
        lead = block.bold.strip()
        if lead and para.text.strip().startswith(lead):
            para.bold_lead = lead
            para.lead_font = block.bold_font
        if block.list_num and block.numbering and _key(para.text).startswith(_key(block.numbering)):
            para.source_num = _num_ref(block.list_num)
    return levelled


def _num_ref(list_num: tuple[str, int]) -> str:
    return f"{list_num[0]}:{list_num[1]}"


def _keep_heading_lists(draft: Draft, blocks: list[Block]) -> None:
    """Give each heading of the outline the Word list that numbered its block, matched by
    the heading's words (a run-in heading's: the words its block opens with), each block
    once and in the file's order."""
    numbered = [b for b in blocks if b.list_num and b.numbering]
    start = 0
    for top in draft.sections:
        for node in top.walk():
            words = _key(node.heading)
            if not words:
                continue
            for i in range(start, len(numbered)):
                text = _key(numbered[i].text)
                if text == words or node.run_in and text.startswith(words):
                    node.source_num = _num_ref(numbered[i].list_num)
                    start = i + 1
                    break


__all__ = ["OUTLINE_LEVELS", "keep_source_styles"]
