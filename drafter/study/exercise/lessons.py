"""What 提纲练习's comparison teaches: how the original headings are built, and what the
trainee's headings did differently, one short line per group of sibling headings.

相近度 alone said how close an answer came, never why: a trainee who wrote four good headings
that were not parallel, or left out the 坚持 all four originals open with, saw 40% and learnt
nothing. Here each group of sibling headings (the parts under one heading, or the top level)
gets a line on how the original is built — its numbering (“一、”“二、”…, “一是”“二是”…),
whether a heading stands on its own line or opens its paragraph, and the frame the siblings
share (:func:`drafter.study.siblings.heading_pattern`, the study view's one rule) — and a line
on the trainee's: how many were written, whether the frame's fixed words are in them, whether
they are parallel among themselves, and whether they run much longer or shorter.

Works on the saved :class:`~drafter.study.exercise.Answer` list alone (its ``depth`` gives the
groups), so a past attempt reopened is taught the same way; whether a heading runs into its
paragraph is not saved with an answer and is passed in when the document is at hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from drafter.corpus.markers import renumber
from drafter.study.exercise import Answer, without_marker
from drafter.study.siblings import SLOT, heading_pattern, outline_groups

_PUNCT = "，,、；;：:。！？!?“”‘’《》（）() \u3000"
_NUMERAL = re.compile("[一二三四五六七八九十〇]+|[0-9]+")
# a trainee's heading this many times the original's length (and at least _LONGER chars more)
# is a sentence, not a heading; this fraction of it left the point half said
_LONGER, _LONGER_BY = 1.5, 4
_SHORTER = 0.6


@dataclass(frozen=True)
class GroupLesson:
    """One group of sibling headings in the comparison: ``members`` are the indexes of its
    headings in the answers (not always next to each other: a part's sub-points stand between
    two parts), ``names`` what the group is called in its line (一、至四、), ``built`` how the
    originals are built, ``yours`` what the trainee's headings did differently and ``frame``
    the originals' shared frame (None when they share none)."""

    members: tuple[int, ...]
    names: str
    built: str
    yours: str
    frame: str | None = None

    @property
    def line(self) -> str:
        """The lesson as one line over the group's first heading."""
        return f"{self.names}　{self.built}{self.yours}"


def numbering(marker: str) -> str:
    """How a heading is numbered, in plain Chinese: 用“（一）”“（二）”…编号 for any （N）, so
    the trainee sees the family, not the one number; 用“首先”这类次序词 for an ordinal word;
    不编号 for none."""
    marker = marker.strip()
    if not marker:
        return "不编号"
    if not _NUMERAL.search(marker):
        return f"用“{marker.rstrip(_PUNCT)}”这类次序词"
    return f"用“{renumber(marker, 1)}”“{renumber(marker, 2)}”…编号"


def placement(run_in: bool | None) -> str:
    """Where the heading stands: on its own line, or as the first sentence of its paragraph
    with the text running on after it (a speech's 一是…。 heading)."""
    if run_in is None:
        return ""
    return "标题写在段首、后面接着写正文" if run_in else "标题单独成行"


def heading_build(marker: str, run_in: bool | None = None, frame: str | None = None) -> str:
    """How one original heading is built, for its tooltip: numbering, placement and the
    frame its group shares."""
    parts = [numbering(marker), placement(run_in)]
    if frame:
        parts.append(f"与同级标题共用“{frame}”")
    return "，".join(p for p in parts if p) + "。"


def group_lessons(
    answers: Sequence[Answer], run_in: Mapping[str, bool] | None = None
) -> list[GroupLesson]:
    """One lesson per group of sibling headings, in the order the groups' first headings
    stand. ``run_in`` maps an original heading to whether it opens its paragraph (left out
    of the line when unknown). The groups are the study view's
    (:func:`~drafter.study.siblings.outline_groups`): two series under one heading, 一、…四、
    then Q1…Q8, are two lessons with a frame each, not one mixed group with none."""
    groups = outline_groups([a.depth for a in answers], [a.marker for a in answers])
    lessons = [_lesson(answers, members, run_in or {}) for _parent, members in groups]
    return sorted(lessons, key=lambda g: g.members[0])


def fixed_words(frame: str) -> list[str]:
    """The words a frame keeps in every heading (坚持 and 的关系 of 坚持…的关系)."""
    return [w for w in (p.strip(_PUNCT) for p in frame.split(SLOT)) if w]


def _lesson(
    answers: Sequence[Answer], members: list[int], run_in: Mapping[str, bool]
) -> GroupLesson:
    group = [answers[i] for i in members]
    originals = [a.original for a in group]
    found = heading_pattern(originals) if len(group) > 1 else None
    frame = found[0] if found else None
    built = [numbering(group[0].marker)]
    places = {run_in[o] for o in originals if o in run_in}
    if len(places) == 1:
        built.append(placement(places.pop()))
    elif places:
        built.append("有的单独成行，有的写在段首")
    if frame:
        built.append(f"{len(group)} 个标题共用“{frame}”")
    elif len(group) > 1:
        built.append(f"{len(group)} 个标题各自成句，不共用字眼")
    mine = [without_marker(a.mine, a.original).strip() for a in group]
    return GroupLesson(
        tuple(members),
        _names(group),
        "原文" + "，".join(built) + "。",
        "你的：" + _differences(originals, mine, frame) + "。",
        frame,
    )


def _differences(originals: list[str], mine: list[str], frame: str | None) -> str:
    """What the trainee's headings of one group did differently from the originals."""
    written = [m for m in mine if m]
    n, k = len(originals), len(written)
    if not k:
        return "这一组一个也没写" if n > 1 else "没写"
    said: list[str] = []
    if k < n:
        said.append(f"只写了 {k}/{n} 个")
    if frame:
        words = fixed_words(frame)
        used = sum(all(w in m for w in words) for m in written)
        shown = "”“".join(words)
        if used == k:
            said.append(f"用上了“{shown}”")
        elif used == 0:
            said.append(f"没用上原文共用的“{shown}”")
        else:
            said.append(f"有 {k - used} 个没用上“{shown}”")
    if k > 1:
        own = heading_pattern(written)
        if own is None:
            said.append("彼此没有共同的字眼，读来不并列")
        elif own[0] != frame:
            said.append(f"彼此共用“{own[0]}”，也是并列")
    said += _length(originals, written)
    return "；".join(said) if said else "写法与原文一致"


def _length(originals: list[str], written: list[str]) -> list[str]:
    """A word on length when the trainee's headings run much longer or shorter."""
    theirs = sum(len(o.strip(_PUNCT)) for o in originals) / len(originals)
    mine = sum(len(m.strip(_PUNCT)) for m in written) / len(written)
    if mine > theirs * _LONGER and mine - theirs >= _LONGER_BY:
        return [f"平均约 {mine:.0f} 字，原文约 {theirs:.0f} 字，可再精炼"]
    if mine < theirs * _SHORTER and theirs - mine >= _LONGER_BY:
        return [f"平均约 {mine:.0f} 字，原文约 {theirs:.0f} 字，意思可能没说全"]
    return []


def _names(group: list[Answer]) -> str:
    """What a group is called in its line: 一、至四、 by its first and last marker, or how
    many headings it has when they carry none."""
    first, last = group[0].marker.strip(), group[-1].marker.strip()
    if len(group) == 1:
        return f"〔{first or '此标题'}〕"
    if first and last:
        return f"〔{first}至{last}〕"
    return f"〔这 {len(group)} 个标题〕"
