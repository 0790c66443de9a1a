"""The same problem met again, told once: findings grouped by rule, level and kind.

A text that writes every 序次语 as 第一、 第二、 … 第十二、 has one habit to change, not
twelve problems; the head's list and the writer's Word margin said it twelve times (the
last session's walk: twelve identical comments in Word). A group is the findings of one
rule and level that name the same kind of problem (``Finding.kind``, or the same message
word for word); the panel lists it as one row with its count and places, the CLI as one
entry, and 转为批注 makes one comment anchored at the first that names the others.
Findings stay findings: dismissing, ``--json`` and the exit status still count each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from drafter.review.anchor import sides
from drafter.review.model import Finding
from drafter.review.panel_text import flagged, on_heading, snippet

# how many other places a comment or a line names before it says 等
PLACES_NAMED = 8


def group_key(f: Finding) -> tuple[str, str, str]:
    """What makes two findings the same problem: rule, level and kind (the message when
    the rule gives no kind: a message that names nothing of its own instance is the kind)."""
    return f.rule, f.level, f.kind or f.message


@dataclass(frozen=True)
class FindingGroup:
    """Findings that are one problem met again, in text order; ``first`` speaks for all."""

    findings: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        """The finding the group is shown, jumped to and commented at."""
        return self.findings[0]

    @property
    def others(self) -> tuple[Finding, ...]:
        """The findings after the first: the places a group's line and comment name."""
        return self.findings[1:]

    def __len__(self) -> int:
        return len(self.findings)


def group_findings(findings: Iterable[Finding]) -> list[FindingGroup]:
    """``findings`` as groups (see the module doc), in the order each group's first finding
    comes; a finding that is the only one of its kind is a group of one."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault(group_key(f), []).append(f)
    return [FindingGroup(tuple(fs)) for fs in groups.values()]


def _place(f: Finding, paragraph: bool) -> tuple[str, str]:
    """(where, words) of ``f`` for :func:`place`: words already in ``where`` are ""."""
    if paragraph and f.paragraph is not None:
        # the paragraph's number says where; its heading would only lengthen the line
        return f"第{f.paragraph + 1}段", flagged(f, 16)
    if on_heading(f):
        return f"「{snippet(f.section[-1], 10)}」", ""
    if f.part == "meta":
        return (f.section[0] if f.section else "标题区"), flagged(f, 16)
    if f.section:
        return f"「{snippet(f.section[-1], 10)}」下", flagged(f, 16)
    return f.where, flagged(f, 16)


def place(f: Finding, paragraph: bool = False) -> str:
    """Where ``f`` is and its words, short, as a group names its other places: 「第二、突出
    重点」 for a heading's own words, 「二、重点任务」下「XX」, 讲话人「xxx」; with
    ``paragraph`` the paragraph number and the words (the CLI's listing counts paragraphs;
    Word and the panel do not show them)."""
    where, words = _place(f, paragraph)
    return where + words


def places_apart(group: FindingGroup) -> list[str]:
    """Each place of ``group`` as :func:`place` names it, and where two places would read
    the same (开头「xx」 four times: the same words in one paragraph) with a few characters
    of their context instead of the bare words (开头 …秘书长「xx」向大家…), so the rows a list
    shows for them can be told apart."""
    named = [_place(f, False) for f in group.findings]
    counts: dict[tuple[str, str], int] = {}
    for label in named:
        counts[label] = counts.get(label, 0) + 1
    out = []
    for f, (where, words) in zip(group.findings, named, strict=True):
        if counts[(where, words)] > 1 and f.text:
            left, right = sides(f)
            words = f"…{left[-6:]}「{snippet(f.text, 10)}」{right[:6]}…"
            where = where + " " if where else where
        out.append(where + words)
    return out


def others_line(group: FindingGroup, paragraph: bool = False, limit: int = PLACES_NAMED) -> str:
    """ "同样的问题共 12 处，另见：「…」、「…」等" for a group of several; "" for one.
    Places in one paragraph or under one heading are named once with their words after
    (第7段「１９８７」「９１５３」), the same words there again counted (第3段「xx」×3)."""
    if len(group) < 2:
        return ""
    places: list[tuple[str, list[list]]] = []  # where, [[words, times]]
    for f in group.others:
        where, words = _place(f, paragraph)
        if not places or places[-1][0] != where:
            places.append((where, []))
        said = places[-1][1]
        if said and said[-1][0] == words:
            said[-1][1] += 1
        else:
            said.append([words, 1])
    listed, named = [], 0
    for where, said in places:
        if named >= limit:
            break
        take = said[: limit - named]
        named += len(take)
        bare = all(w.startswith("「") for w, _n in take)  # 「１９８７」「９１５３」 read apart
        sep = "" if bare else " "
        listed.append(where + sep.join(f"{w}×{n}" if n > 1 else w for w, n in take))
    more = "等" if named < sum(len(s) for _w, s in places) else ""
    return f"同样的问题共 {len(group)} 处，另见：{'、'.join(listed)}{more}"


__all__ = ["FindingGroup", "group_findings", "group_key", "others_line", "place"]
