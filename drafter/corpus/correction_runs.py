"""A run of paragraphs numbered alike (第二点…第六点), corrected in one action.

A speech read as plain text may hold a numbered list the reader missed; made headings one
by one it took a right click and three menu entries a paragraph. The reader offers the
whole run instead (:func:`marker_run`), names it (:func:`run_label`) and stores one step
(:func:`run_ops`).
"""

from __future__ import annotations

import re

from drafter.corpus.correction_ops import one_step
from drafter.corpus.markers import DI, LAST, match_marker

_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百零〇○两]+")


_MARKER_END = "，,、：:．. \u3000"


def _marker_shape(text: str) -> tuple[int, str, str] | None:
    """The marker opening ``text`` as (ordinal, shape, marker as written): the shape is
    its family and its words without the number (第二点， and 第三点、 share 第点; 一是 and
    二是 share 是), so siblings written with a different stop still count as one run; 首先，
    第二， 其次， 最后， are one family however each is written."""
    m = match_marker(text.strip())
    if m is None:
        return None
    words = "" if m.family == DI else _NUMERALS.sub("", m.text).rstrip(_MARKER_END)
    return m.ordinal, f"{m.family}:{words}", m.text.rstrip(_MARKER_END)


def marker_run(texts: list[str], levels: dict[int, int], index: int) -> list[int]:
    """The paragraphs numbered in one run with paragraph ``index`` (itself included, in
    order), so that one correction can take them all: 第二点…第六点 of a speech read as
    plain text, made headings one by one, took five right clicks and fifteen menu entries.

    ``texts`` are the paragraphs as the reader lists them, ``levels`` the heading
    paragraphs' levels. A run is the paragraphs whose marker has the same shape and
    counts on (2, 3, 4 … after 1; 最后 ends it), headings or text alike (第二点 made a
    heading first, 第三点…第六点 still text, are one run); a heading with siblings of its
    level takes them alone. It stops at a number out of turn
    (a new list) and at a heading that is not of the run and not below ``index`` (a new
    part: the 第一/第二 under 二、 are not those under 一、). Fewer than two paragraphs make
    no run: []."""
    start = _marker_shape(texts[index]) if 0 <= index < len(texts) else None
    if start is None:
        return []
    level = levels.get(index)
    if level is not None:
        # a heading's run is first its sibling headings alone: a 一、二、 list in the text
        # under 一、 is not the next of 一、二、三、; text joins only a heading left alone
        # (第二点 made a heading by hand, 第三点… still text)
        headed = _counted_run(texts, index, start, lambda i: levels.get(i) == level, levels)
        if len(headed) > 1:
            return headed
    run = _counted_run(texts, index, start, lambda i: True, levels)
    return run if len(run) > 1 else []


def _counted_run(texts, index, start, allowed, levels) -> list[int]:
    """The paragraphs around ``index`` of ``start``'s shape that ``allowed`` admits and that
    count on from it; others of that shape are passed over when not admitted, and a heading
    not of the run and not below ``index`` ends it."""
    level = levels.get(index)

    def member(i: int) -> tuple[int, str, str] | None:
        shape = _marker_shape(texts[i])
        return shape if shape is not None and shape[1] == start[1] and allowed(i) else None

    def boundary(i: int) -> bool:
        other = levels.get(i)
        return other is not None and (level is None or other <= level)

    run = [index]
    expected = start[0]
    for i in range(index + 1, len(texts)):  # forward: 3, 4, … (最后 closes)
        shape = member(i)
        if shape is not None:
            if expected == LAST or shape[0] not in (expected + 1, LAST):
                break
            run.append(i)
            expected = shape[0]
        elif boundary(i):
            break
    expected = start[0]
    for i in range(index - 1, -1, -1):  # backward: 1, 2 before it
        shape = member(i)
        if shape is not None:
            if expected == LAST:
                expected = shape[0] + 1  # 最后 follows whatever came before it
            if shape[0] != expected - 1:
                break
            run.insert(0, i)
            expected = shape[0]
        elif boundary(i):
            break
    return run


def run_label(texts: list[str], run: list[int]) -> str:
    """A run as a menu names it: its first and last markers and its size
    (第二点…第六点，共 5 段)."""
    first, last = _marker_shape(texts[run[0]]), _marker_shape(texts[run[-1]])
    return f"{first[2] if first else ''}…{last[2] if last else ''}，共 {len(run)} 段"


def run_ops(
    texts: list[str], levels: dict[int, int], run: list[int], level: int | None
) -> list[dict]:
    """One user action over a whole run: each paragraph made a heading at ``level`` (or,
    with None, made body text), as one step for 撤销上一处更正; paragraphs already so get
    no op. The ops go last paragraph first, so a run-in heading split (or merged back)
    does not move the ones still to come."""
    ops = []
    for i in reversed(run):
        if levels.get(i) == level:
            continue
        if level is None:
            ops.append({"op": "unheading", "para": i, "text": texts[i]})
        else:
            ops.append({"op": "heading", "para": i, "text": texts[i], "level": level})
    return one_step(ops)
