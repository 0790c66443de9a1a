"""The reasons behind 结构待核 (and 层级待核), each with its likely fix where one exists, for
the menu a click on the mark opens (issue 8: a wrong outline is fixed in a few clicks).

The menu gave only 提纲无误; the reasons were in the header's tooltip, and acting on one
("“第一”起的 4 段按讲话的要点当作提纲" → those four are not headings) took a right click on
each paragraph. A reason names what it doubts (a marker, a heading, a line, quoted); here
that is found again in the document and turned into the correction that answers it, one
step (撤销 takes it back whole):

* points, colon items or transitions read as the outline → those headings are text again;
* a paragraph after the last 一级标题 opening with the next number → it is a 一级标题;
* a heading cut at its first stop → it takes its whole line;
* numbered paragraphs in a text with no headings → the run is 一级标题;
* 层级待核 (headings above the first 一级标题, or no 一级标题 at all) → those headings, and
  their siblings, move up to 一级.

A reason with no likely fix is listed alone. Core logic, no Qt: the reader's menu
(:mod:`drafter.ui.panels.reader_correction_menu`) shows what this returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.corpus.correction_labels import level_warnings
from drafter.corpus.correction_ops import one_step
from drafter.corpus.correction_runs import heading_levels, marker_run, run_label, run_ops
from drafter.corpus.corrections import heading_cut, heading_whole, recut_ops, run_in_line
from drafter.corpus.display import quote_cut

_QUOTE = re.compile(r"[“「]([^”」]+)[”」]")
_COUNT = re.compile(r"(\d+) [段句]")
_CN = {1: "一", 2: "二", 3: "三", 4: "四"}


@dataclass(frozen=True)
class DoubtFix:
    """One reason for 结构待核 as the menu lists it: ``reason`` in the machine's words, and
    when a likely fix exists its words (``fix``), its correction (``ops``, one step) and
    the paragraph to show after it (``block``)."""

    reason: str
    fix: str = ""
    ops: list[dict] = field(default_factory=list)
    block: int = 0


def doubt_fixes(doc: Any) -> list[DoubtFix]:
    """The reasons the outline of ``doc`` is in doubt (its outline's ``doubts``, then its
    层级待核 warnings), each with its likely fix where :mod:`this module <.doubt_fixes>`
    knows one."""
    outline = getattr(doc, "outline", None)
    if outline is None:
        return []
    texts = [p.text for p in doc.paragraphs()]
    levels = heading_levels(doc)
    out = [_fix(reason, doc, texts, levels) for reason in getattr(outline, "doubts", None) or []]
    warned = level_warnings(outline)
    if warned:
        out.append(_levels_fix(warned, texts, levels))
    return out


def _quoted(reason: str) -> str:
    """The first text quoted in ``reason``, without the … a cut quote ends with."""
    m = _QUOTE.search(reason)
    return m.group(1).rstrip("…") if m else ""


def _fix(reason: str, doc: Any, texts: list[str], levels: dict[int, int]) -> DoubtFix:
    quoted = _quoted(reason)
    if not quoted:
        return DoubtFix(reason)
    if "当作提纲" in reason:  # points, colon items, transitions read as the outline
        return _unmake(reason, quoted, texts, levels)
    if "以下一个编号开头" in reason:
        return _next_number(reason, quoted, texts, levels)
    if "只取了前半句" in reason:
        return _whole_line(reason, quoted, doc, texts, levels)
    if "段以编号开头" in reason and not levels:
        return _numbered_run(reason, quoted, texts, levels)
    return DoubtFix(reason)


def _unmake(reason: str, quoted: str, texts: list[str], levels: dict[int, int]) -> DoubtFix:
    """“X”起的 N 段按…当作提纲: the N headings from X are text again."""
    count = _COUNT.search(reason)
    heads = sorted(levels)
    start = next((k for k, i in enumerate(heads) if texts[i].startswith(quoted)), None)
    if count is None or start is None:
        return DoubtFix(reason)
    run = heads[start : start + int(count.group(1))]
    ops = run_ops(texts, levels, run, None)
    if not ops:
        return DoubtFix(reason)
    return DoubtFix(reason, f"这 {len(run)} 段不是标题（「{quoted}」起）", ops, run[0])


def _next_number(reason: str, quoted: str, texts: list[str], levels: dict[int, int]) -> DoubtFix:
    """A paragraph after the last 一级标题 opens with the next number: it is a 一级标题."""
    last = max((i for i, lv in levels.items() if lv == 1), default=-1)
    at = next(
        (i for i in range(last + 1, len(texts)) if i not in levels and texts[i].startswith(quoted)),
        None,
    )
    if at is None:
        return DoubtFix(reason)
    op = _heading_op(texts[at], at, 1)
    if op is None:
        return DoubtFix(reason)
    return DoubtFix(reason, f"设为一级标题：「{quote_cut(texts[at], 12)}」", one_step([op]), at)


def _whole_line(
    reason: str, quoted: str, doc: Any, texts: list[str], levels: dict[int, int]
) -> DoubtFix:
    """A heading cut at its first stop (一、加强领导 | 要抓好落实…): it takes its whole line."""
    at = next((i for i in levels if texts[i].startswith(quoted)), None)
    if at is None or run_in_line(doc, at) is None:
        return DoubtFix(reason)
    ops = recut_ops(doc, at, levels[at])
    if not ops:
        return DoubtFix(reason)
    return DoubtFix(reason, f"标题取整行：「{quote_cut(texts[at], 12)}」", ops, at)


def _numbered_run(reason: str, quoted: str, texts: list[str], levels: dict[int, int]) -> DoubtFix:
    """No headings, and paragraphs open with numbers (一、 二、 …): their run is 一级标题."""
    at = next((i for i in range(1, len(texts)) if texts[i].startswith(quoted)), None)
    if at is None:
        return DoubtFix(reason)
    run = marker_run(texts, levels, at)
    if len(run) < 2:
        return DoubtFix(reason)
    ops = run_ops(texts, levels, run, 1)
    return DoubtFix(reason, f"设为一级标题（{run_label(texts, run)}）", ops, run[0])


def _levels_fix(
    warned: list[tuple[str, str]], texts: list[str], levels: dict[int, int]
) -> DoubtFix:
    """层级待核: headings of a lower level above the first 一级标题 (or no 一级标题 at all)
    move up to 一级, with their siblings of that level where there is no 一级 at all."""
    reason = "层级待核：" + "；".join(why for _label, why in warned)
    first_one = min((i for i, lv in levels.items() if lv == 1), default=None)
    if first_one is None:  # no 一级: the top level found becomes 一级, the rest move up too
        top = min(levels.values(), default=1)
        moved = {i: lv - (top - 1) for i, lv in levels.items()}
        what = f"各级标题上移 {top - 1} 级（{_CN.get(top, top)}级标题改为一级）"
    else:  # those before the first 一级标题 are its siblings
        moved = {i: 1 for i in levels if i < first_one}
        what = f"第一个一级标题之前的 {len(moved)} 个标题改为一级标题"
    ops = [
        {"op": "heading", "para": i, "text": texts[i], "level": lv}
        for i, lv in sorted(moved.items(), reverse=True)
        if lv != levels[i]
    ]
    if not ops:
        return DoubtFix(reason)
    return DoubtFix(reason, what, one_step(ops), min(moved))


def _heading_op(text: str, at: int, level: int) -> dict | None:
    """The op that makes paragraph ``at`` a heading, cut as the reader's 设为N级标题 cuts
    it; None where the user must choose the cut (one long sentence)."""
    if heading_whole(text):
        cut = len(text)
    else:
        cut = heading_cut(text)
        if cut is None:
            return None
    return {"op": "heading", "para": at, "text": text, "level": level, "cut": cut}
