"""Level-1 parts that the structure chooser's levels leave aside, put back after it has
chosen: a part 附：… appended after the last, an unnumbered title over the first run, and a
line over a higher-ranked run after the last point."""

from __future__ import annotations

from dataclasses import replace

from drafter.corpus.candidates import PLAIN, Candidate, family_rank, outranks
from drafter.corpus.headings import heading_and_rest
from drafter.corpus.markers import match_marker
from drafter.corpus.title_lines import ANNOUNCES, named_part


def appended_part(heads: list[Candidate], plain: list[Candidate], texts: list[str]):
    """A named part "附：…" standing alone after the last of two or more level-1 headings
    (a talk's parts, then 附：座谈回答 with the Q&A the office appended) is a part of its
    own at level 1, not more of the last part: the chooser reads the numbered parts as the
    level and leaves a single unnumbered line aside."""
    tops = [c for c in heads if c.level == 1]
    if len(tops) < 2:
        return heads
    taken = {c.index for c in heads}
    last = max(c.index for c in tops)
    extra = [
        replace(c, level=1)
        for c in plain
        if c.index > last
        and c.index not in taken
        and texts[c.index].lstrip(" \u3000").startswith(("附：", "附:"))
        and named_part(texts[c.index])
    ]
    if not extra:
        return heads
    first = min(c.index for c in extra)
    # headings after the label inside the appended part sit under it
    out = [c for c in heads if c.index < first or c.level > 1] + extra[:1]
    return sorted(out, key=lambda c: c.index)


# the names of a part before a text's numbered parts and after them (引言 … 一、二、三、 … 结论)
_OPENING_PARTS = frozenset(("引言", "导言", "前言", "绪论"))
_CLOSING_PARTS = frozenset(("结论", "结语"))


def framing_parts(heads: list[Candidate], plain: list[Candidate]) -> list[Candidate]:
    """A named part standing alone before the first of two or more level-1 parts (引言) or
    after the last (结论, 结语): a part of its own at level 1, beside the numbered ones. The
    chooser reads the numbered parts as the level and leaves one or two unnumbered lines
    aside, though a report framed so names its opening and its conclusion as parts; without
    结论 its text would be read as the last part's, and its closing missed."""
    tops = [c for c in heads if c.level == 1]
    if len(tops) < 2 or len({c.family for c in tops}) != 1:
        return heads
    taken = {c.index for c in heads}
    first, last = tops[0].index, max(c.index for c in heads)
    extra = [
        replace(c, level=1)
        for c in plain
        if c.index not in taken
        and (
            c.index < first
            and _bare(c.heading) in _OPENING_PARTS
            or c.index > last
            and _bare(c.heading) in _CLOSING_PARTS
        )
    ]
    if not extra:
        return heads
    return sorted([*heads, *extra], key=lambda c: c.index)


def _bare(heading: str) -> str:
    return "".join(heading.split())


def titled_first_run(
    heads: list[Candidate], runs: list[list[Candidate]], texts: list[str]
) -> list[Candidate]:
    """A short line standing alone right over a run （1）（2）… of the family that is the
    second level under the numbered parts, before the first of them ("…要聚焦主航道。" over
    （1）…（7）, then 1、…6、 each over its own （1）…): the first part, unnumbered, at level 1
    with its run under it, not the opening. The run has the shape of the parts' own
    sub-points; only its title lacks a number."""
    tops = [c for c in heads if c.level == 1]
    subs = {c.family for c in heads if c.level == 2}
    if len(tops) < 2 or len({c.family for c in tops}) != 1 or len(subs) != 1:
        return heads
    first, sub = tops[0], subs.pop()
    if family_rank(sub) is None:
        return heads
    taken = {c.index for c in heads}
    for run in runs:
        line = run[0].index - 1
        if (
            run[0].family != sub
            or run[0].ordinal != 1
            or len(run) < 2
            or run[-1].index >= first.index
            or any(c.index in taken for c in run)
            or line < 0
            or line in taken
            or not _title_sentence(texts[line])
        ):
            continue
        heading, _ = heading_and_rest(texts[line])
        title = Candidate(line, PLAIN, 0, "", heading, "", level=1)
        return sorted([*heads, title, *(replace(c, level=2) for c in run)], key=lambda c: c.index)
    return heads


def _title_sentence(text: str) -> bool:
    """One short statement, unnumbered, that announces nothing: a part's title typed as a
    sentence ("…一定要聚焦主航道。"), not a roadmap (讲三点意见) or a lead-in (…如下：)."""
    bare = text.rstrip("。！!")
    return (
        4 <= len(bare) <= _TITLE_SENTENCE_MAX
        and match_marker(text) is None
        and not any(ch in bare for ch in "。；;：:！!？?")
        and not ANNOUNCES.search(bare)
    )


_TITLE_SENTENCE_MAX = 30


def titled_last_run(heads: list[Candidate], plain: list[Candidate]) -> list[Candidate]:
    """A line standing alone after the last of two or more level-1 points, right over a
    run of a family that by convention ranks above them ("第一：…" "第二：…" "第三：…", then
    "为什么要进行业务流程重整？" over 一、二、三、 to the end): a part of its own at level 1,
    its run under it, not the last point's sub-points. The line's place (the last point has
    paragraphs of its own before it) and the run's higher rank say the text has moved on."""
    tops = [c for c in heads if c.level == 1]
    if len(tops) < 2 or len({c.family for c in tops}) != 1:
        return heads
    last = tops[-1]
    below = [c for c in heads if c.index > last.index]
    taken = {c.index for c in heads}
    for line in plain:
        if line.index in taken or not last.index + 1 < line.index or not below:
            continue
        run = below[0]
        if (
            run.index != line.index + 1
            or run.level != 2
            or run.ordinal != 1
            or not all(c.family == run.family for c in below if c.level == 2)
            or family_rank(run.family) is None
            or not (family_rank(last.family) is None or outranks(run.family, last.family))
        ):
            continue
        return sorted([*heads, replace(line, level=1)], key=lambda c: c.index)
    return heads
