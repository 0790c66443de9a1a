"""Whether a family of headings ends with 。 as the text's style or by slip.

One judgement for two readers: the review's ``punctuation.heading_stop`` (a stray stop after
a heading standing on its own line is flagged, a family's habit is not) and the outline
view (提纲), which shows a stand-alone heading and a run-in one of the same family alike:
both with the 。 when it is the family's habit, both without it otherwise. The outline
showed （二）抓好督查督办。 under （一）抓好信息报送 because one had been typed on its own
line and the other ran into its paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

# A heading of at most this many characters is a label (总体要求, 保障措施), never a
# statement: a stop after it is a slip however often it is made.
LABEL_CHARS = 6


def is_sentence(words: str) -> bool:
    """A heading of several clauses is a sentence; its stop is the style."""
    return "，" in words or "," in words


def stop_is_style(heads: Sequence[tuple[str, bool]]) -> bool:
    """The family's 。 is the text's style, not a slip. ``heads`` are the family's
    stand-alone headings as ``(words, ends_with_stop)``.

    Its headings are sentences (every one ends with 。 and some have clauses), or they end
    with 。 as a habit: three or more of them, all but one in ten (or all but one, when five
    or more have it), some a statement longer than a label. Government work reports set
    their （一）… and unmarked lead lines as sentences run into the paragraph in print and
    keep the 。 where a web copy broke the line after them (2014, 2017: nine of nine; 2000:
    26 of 27; the 13th Congress report: 15 of 16; 广东 2026: 这是…的五年。 seven of seven),
    and each such heading was flagged as a stray stop. Two headings alike (一、总体要求。
    二、重点任务。) or stops after labels only stay a slip."""
    if not heads:
        return False
    if all(stop for _w, stop in heads) and any(is_sentence(w) for w, _s in heads):
        return True
    stops = sum(stop for _w, stop in heads)
    # one in ten may lack it, or one when five or more have it (a line a web page broke)
    spared = max(len(heads) // 10, 1 if stops >= 5 else 0)
    if stops < 3 or len(heads) - stops > spared:
        return False
    return any(len(w.rstrip("。")) > LABEL_CHARS for w, _s in heads)


__all__ = ["LABEL_CHARS", "is_sentence", "stop_is_style"]
