"""A part's own text after its run of one-paragraph points (:attr:`Section.after`).

A report's part 一、 reviews the year in run-in points 一是经济增长好于预期。… to
六是社会大局保持稳定。…, a paragraph each, and then goes on: the five-year review
(各位代表，2025年目标的完成…五年来，…), the lessons, the problems (同时，我们也清醒认识
到…). Those paragraphs are the part's, not its sixth point's; left under 六是 they made that
point 20% of the report in the study's 字数 and headed them 六是… in the reader and in search.

The rule reads the tree the outline built: under a section whose sub-points are all run-in
leaves, each but the last owning exactly its own paragraph, the last one's paragraphs after
its first are the section's when

* the document is a report (its genre names 报告: 工作报告, a congress report): a written
  report closes each such point with its paragraph, as every point before it did; or
* the first of them turns from the points to the whole: an address (同志们！ 各位代表，),
  a summing-up (以上十条, 总之, 总的来看), a look back (一年来, 过去一年, 五年来, 这五年), or a
  turn to what is left (同时, 与此同时, 此外, 我们也…, 在肯定成绩的同时).

A speech (spoken, loose) often carries its last point over several paragraphs, so in a
speech the run alone is no evidence; the turn is.
"""

from __future__ import annotations

import re

from drafter.corpus.model import Outline, Section

# the first paragraph after the points speaks of the whole part, not of the last point
_TURN = re.compile(
    r"(?:同志们|各位代表|以上|总之|总而言之|综上|总的来看|总的说来|一年来|过去一年|五年来|"
    r"这五年|回首|回望|同时|与此同时|此外|我们也|在[^，。！？]{0,12}的同时)"
)


def is_report(genre: str | None) -> bool:
    """Whether ``genre`` is a written report's (工作报告, 报告, 调研报告), whose run-in points
    each end with their paragraph."""
    return bool(genre) and "报告" in genre


def lift_tails(outline: Outline, genre: str | None = None) -> int:
    """Move each part's text after its run of one-paragraph points from the last point to
    the part's :attr:`Section.after` (rule in the module docstring); returns how many
    sections gained text after their points. A section that already has such text, or
    whose points do not all own one paragraph, is left as it is."""
    report = is_report(genre)
    lifted = 0
    for section in list(outline.walk()):
        tail = _tail(section, report)
        if tail:
            last = section.children[-1]
            del last.paragraphs[1:]
            section.after[:0] = tail
            lifted += 1
    return lifted


def _tail(section: Section, report: bool) -> list[str]:
    """The paragraphs of ``section``'s last point that are the section's own, or []."""
    kids = section.children
    if len(kids) < 2 or section.after:
        return []
    if not all(k.run_in and not k.children for k in kids):
        return []
    *first, last = kids
    if any(len(k.paragraphs) != 1 for k in first) or len(last.paragraphs) < 2:
        return []
    tail = last.paragraphs[1:]
    if report or _TURN.match(tail[0]):
        return list(tail)
    return []
