"""A run of paragraphs numbered alike (第二点…第六点), corrected in one action.

A speech read as plain text may hold a numbered list the reader missed; made headings one
by one it took a right click and three menu entries a paragraph. The reader offers the
whole run instead (:func:`marker_run`), names it (:func:`run_label`) and stores one step
(:func:`run_ops`).
"""

from __future__ import annotations

import re
from typing import Any

from drafter.corpus.correction_ops import one_step
from drafter.corpus.markers import DI, DI_NOUN, LAST, match_marker
from drafter.corpus.spoken_series import POINT_UNITS, spoken_ordinal

_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百零〇○两]+")


_MARKER_END = "，,、：:．. \u3000"

# the series a speaker numbers his points by, however each is said: 第三， 第五个问题
# 第二点 我讲的第二个问题， 第二个我们… (its shape's family: see _marker_shape)
_SPOKEN_SERIES = "spoken"


def _marker_shape(text: str) -> tuple[int, str, str, str] | None:
    """The marker opening ``text`` as (ordinal, family, marker as written, shape): the shape
    is its family and its words without the number (第二点， and 第三点、 share 第点; 一是 and
    二是 share 是), so siblings written with a different stop still count as one run; 首先，
    第二， 其次， 最后， are one family however each is written.

    The ordinals a speaker counts his points by are one family whatever their unit (第三，
    第五个问题, 第二点), with the spoken ones no marker family reads (第二个我们…, 我讲的第二个
    问题，…, :func:`~drafter.corpus.spoken_series.spoken_ordinal`): ren's 第二个…/第三，/
    第四，/第五个问题 are one series to the user, and 同类编号一并更正 offered 第三…第四 alone.
    Things counted (第二阶段, 第三种) keep a family of their own."""
    text = text.strip()
    m = match_marker(text)
    if m is not None:
        written = m.text.rstrip(_MARKER_END)
        words = "" if m.family == DI else _NUMERALS.sub("", m.text).rstrip(_MARKER_END)
        shape = f"{m.family}:{words}"
        if m.family == DI or (m.family == DI_NOUN and _counts_points(words)):
            return m.ordinal, _SPOKEN_SERIES, written, shape
        return m.ordinal, shape, written, shape
    spoken = spoken_ordinal(text)
    if spoken is None or spoken[1] == "dun":  # 一、 is a marker family's, read above
        return None
    value, form, end = spoken
    return value, _SPOKEN_SERIES, text[:end].rstrip(_MARKER_END), f"spoken:{form}"


def _counts_points(words: str) -> bool:
    """Whether a 第-marker's words (第个问题, 第点, 最后一点) name a unit a speaker counts his
    points by (:data:`~drafter.corpus.spoken_series.POINT_UNITS`)."""
    return any(words.rstrip("是") in (f"第{u}", f"最后一{u}") for u in POINT_UNITS)


def marker_run(texts: list[str], levels: dict[int, int], index: int) -> list[int]:
    """The paragraphs numbered in one run with paragraph ``index`` (itself included, in
    order), so that one correction can take them all: 第二点…第六点 of a speech read as
    plain text, made headings one by one, took five right clicks and fifteen menu entries.

    ``texts`` are the paragraphs as the reader lists them, ``levels`` the heading
    paragraphs' levels. A run is the paragraphs whose marker is of the same family and
    counts on (2, 3, 4 … after 1; 最后 ends it), headings or text alike (第二点 made a
    heading first, 第三点…第六点 still text, are one run); a heading with siblings of its
    level takes them alone. It stops at a number out of turn written as the run's own
    (a new list) and at a heading that is not of the run and not below ``index`` (a new
    part: the 第一/第二 under 二、 are not those under 一、); one of the family written
    otherwise and out of turn is passed over (the 第一，第二， under 第一个问题 do not end
    the run of 第一个问题…第三个问题). Fewer than two paragraphs make no run, nor a run of
    spoken ordinals no marker family reads alone (第二个月… 第三个… in prose): []."""
    start = _marker_shape(texts[index]) if 0 <= index < len(texts) else None
    if start is None:
        return []
    level = levels.get(index)
    if level is not None:
        # a heading's run is first its sibling headings alone: a 一、二、 list in the text
        # under 一、 is not the next of 一、二、三、; text joins only a heading left alone
        # (第二点 made a heading by hand, 第三点… still text)
        headed = _widest_run(texts, index, start, lambda i: levels.get(i) == level, levels)
        if _is_run(texts, headed):
            return headed
    run = _widest_run(texts, index, start, lambda i: True, levels)
    return run if _is_run(texts, run) else []


def _widest_run(texts, index, start, allowed, levels) -> list[int]:
    """The run of ``start``'s family when, for each of its members, it holds the whole run of
    that member's own form; else the run of ``start``'s form (the old rule): 第一个问题…
    with 第一，第二， under each is the run of 第一个问题 / 第二个问题 / 第三个问题, not
    第一个问题 and the 第二， under it, nor the last 第一，第二， and 第三个问题."""
    own = _counted_run(texts, index, start, allowed, levels, 3)
    family = _counted_run(texts, index, start, allowed, levels, 1)
    taken = set(family)
    for i in family:
        if (
            i != index
            and not set(_counted_run(texts, i, _marker_shape(texts[i]), allowed, levels, 3))
            <= taken
        ):
            return own
    return family if set(own) <= taken else own


def _is_run(texts: list[str], run: list[int]) -> bool:
    """Two paragraphs or more, two of them opening with a marker a family reads (a spoken
    ordinal only joins such a run: 第二个我们… beside 第三，第四，)."""
    return len(run) > 1 and sum(match_marker(texts[i].strip()) is not None for i in run) > 1


def _counted_run(texts, index, start, allowed, levels, key: int) -> list[int]:
    """The paragraphs around ``index`` of ``start``'s family (``key`` 1) or form (3) that
    ``allowed`` admits and that count on from it; others of that family are passed over when
    not admitted, or when out of turn and written otherwise, and a heading not of the run and
    not below ``index`` ends it."""
    level = levels.get(index)

    def member(i: int) -> tuple[int, str, str, str] | None:
        shape = _marker_shape(texts[i])
        return shape if shape is not None and shape[key] == start[key] and allowed(i) else None

    def boundary(i: int) -> bool:
        other = levels.get(i)
        return other is not None and (level is None or other <= level)

    run = [index]
    expected = start[0]
    for i in range(index + 1, len(texts)):  # forward: 3, 4, … (最后 closes)
        shape = member(i)
        if shape is not None and expected != LAST and shape[0] in (expected + 1, LAST):
            run.append(i)
            expected = shape[0]
        elif shape is not None and shape[3] == start[3]:
            break  # out of turn in the run's own form: a new list
        elif boundary(i):
            break
    expected = start[0]
    for i in range(index - 1, -1, -1):  # backward: 1, 2 before it
        shape = member(i)
        want = expected if expected != LAST or shape is None else shape[0] + 1
        if shape is not None and shape[0] == want - 1 and shape[0] != LAST:
            run.insert(0, i)
            expected = shape[0]
        elif shape is not None and shape[3] == start[3] or boundary(i):
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


def heading_levels(doc: Any) -> dict[int, int]:
    """Each heading paragraph's level as the outline stores it, by paragraph index (the
    order of ``Document.paragraphs``). 改为N级标题 sets this level, which is not always the
    heading's depth in the tree: 一、 made a 二级标题 over 一是… stays at the top of the
    tree, and the menu, going by depth, offered 改为二级标题 (changing nothing) but not
    改为一级标题, the way back."""
    outline = getattr(doc, "outline", None)
    if outline is None:
        return {}
    levels: dict[int, int] = {}
    index = len(outline.preamble)

    def visit(section: Any) -> None:
        nonlocal index
        levels[index] = section.level
        index += 1 + len(section.paragraphs)
        for child in section.children:
            visit(child)
        index += len(getattr(section, "after", ()))  # its own text after its points

    for section in outline.sections:
        visit(section)
    return levels
