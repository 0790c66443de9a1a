"""The user's corrections as ops: made checked, grouped into one user action, undone and redone.

Every correction a user makes (编辑信息…, 设为标题, 提纲无误, 更正已核对) becomes one or more ops
here before the library stores them; :mod:`drafter.corpus.corrections` replays them and
describes the format. Undo takes back a user action, not an op (one 编辑信息… of six fields
is one step), which is why steps are marked when the ops are made.
"""

from __future__ import annotations

import re
import uuid

from drafter.corpus.dates import find_dates
from drafter.corpus.meta_fields import META_FIELDS, META_LABELS  # noqa: F401 - re-exported
from drafter.numerals import parse_cn_year


class CorrectionError(ValueError):
    """An op that cannot be valid whatever the document: an unknown field, a bad date."""


def validate_date(value: str) -> str:
    """An ISO date a user typed ("2025-02-03", "2025-02", "2025", "2025年2月3日"), checked
    for being a real day: 2025-02-30 is refused with a message in Chinese."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?", value)
    if not m:
        dates = find_dates(value)
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(value):
            return dates[0].iso
        year = _chinese_year(value)
        if year is not None:
            return validate_date(year)
        raise CorrectionError(f"“{value}”不是日期（应写作 2025-02-03、2025-02 或 2025）")
    year, month, day = (int(g) if g else None for g in m.groups())
    if not 1000 <= year <= 2999:
        raise CorrectionError(f"“{value}”：年份 {year} 不合理")
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise CorrectionError(f"“{value}”：没有 {month} 月")
    if day is None:
        return f"{year:04d}-{month:02d}"
    import calendar

    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise CorrectionError(f"“{value}”：{year} 年 {month} 月只有 {last} 天")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _chinese_year(value: str) -> str | None:
    """``value`` with a leading year written digit by digit in Chinese numerals
    (二〇一八年, 二〇一八年3月) put in Arabic digits, or None when it leads with no such year.
    The dates in the text read 二〇一八年三月 but not a year alone, so 编辑信息 took a full
    Chinese date and refused the year by itself, which the library's dates allow."""
    m = re.fullmatch(r"(\S{4})(年.*)?", value)
    year = parse_cn_year(m.group(1)) if m else None
    if m is None or year is None or m.group(1).isascii():
        return None
    return f"{year:04d}{m.group(2) or ''}"


def meta_op(field_name: str, value: str | None) -> dict:
    """A checked metadata op; an empty value clears the field."""
    if field_name not in META_FIELDS:
        raise CorrectionError(f"不能修改的字段：{field_name}")
    value = (value or "").strip() or None
    if value is not None and field_name == "date":
        value = validate_date(value)
    return {"op": "meta", "field": field_name, "value": value}


CHECKED_STEP = "更正已核对"
"""What 撤销/重做 call keeping corrections made on an earlier version of the file."""


def checked_op(was: str | None) -> dict:
    """The op that records 更正已核对: the corrections made on content ``was`` hold for the
    file as it is now. Keeping them stored the same list again, so 撤销 after it named (and
    took back) the correction made before the check, and the check itself could not be
    undone."""
    return {"op": "checked", "was": was}


def checked_undone(ops: list[dict]) -> str | None:
    """The content hash to store ``ops`` without their last step as made on, when that step
    is a 更正已核对 (:func:`checked_op`): taking the check back makes them stale again.
    None when the last step is any other correction (stored on the current content)."""
    if not ops or ops[-1].get("op") != "checked":
        return None
    was = ops[-1].get("was")
    return was if isinstance(was, str) and was else None


def one_step(ops: list[dict]) -> list[dict]:
    """``ops`` marked as one user action (one 编辑信息… of several fields), so that undo
    takes them back together: each gets the same ``"step"`` key, ignored on replay."""
    step = uuid.uuid4().hex[:12]
    return [{**op, "step": step} for op in ops]


def step_of(ops: list[dict]) -> str | None:
    """The ``"step"`` every op of ``ops`` shares (one user action), or None when they share
    none: what tells a correction written already from a new one (:func:`holds_step`)."""
    steps = {op.get("step") for op in ops}
    if len(steps) != 1:
        return None
    step = steps.pop()
    return step if isinstance(step, str) and step else None


def as_one_step(ops: list[dict]) -> list[dict]:
    """``ops`` as they are when they already share a step, else marked as one
    (:func:`one_step`): a correction that may be written again (kept while the team
    library's server was away, or saved while it was silent) carries its identity."""
    return list(ops) if step_of(ops) is not None else one_step(ops)


def holds_step(stored: list[dict], ops: list[dict]) -> bool:
    """Whether ``stored`` already holds the user action ``ops`` (their shared step): a
    correction written once, whose writer then crashed or heard no answer, is not added a
    second time when it is written again."""
    step = step_of(ops)
    return step is not None and any(op.get("step") == step for op in stored)


def without_last_step(ops: list[dict]) -> list[dict]:
    """``ops`` with the user's last action undone: the trailing ops sharing the last op's
    ``"step"`` (one 编辑信息… of several fields), or the last op alone when it has none."""
    if not ops:
        return []
    step = ops[-1].get("step")
    end = len(ops) - 1
    while step is not None and end > 0 and ops[end - 1].get("step") == step:
        end -= 1
    return list(ops[:end])


class RedoSteps:
    """What 撤销上一处更正 took back, per document, so that 重做 can put it back: the reader
    had undo but no redo, and a correction undone by mistake had to be made again by hand.
    Each undo records the ops before and after it; redo is offered while the document's
    ops are still those after (any other correction since makes the record moot)."""

    def __init__(self) -> None:
        self._steps: dict[str, list[tuple[list[dict], list[dict]]]] = {}

    def undone(self, doc_id: str, before: list[dict], after: list[dict]) -> None:
        """An undo of ``doc_id`` changed its ops from ``before`` to ``after``."""
        steps = self._steps.setdefault(doc_id, [])
        if steps and steps[-1][1] != before:
            steps.clear()  # the ops were changed since the last undo: start again
        steps.append((list(before), list(after)))

    def redo(self, doc_id: str, ops: list[dict]) -> list[dict] | None:
        """The ops to store to redo the last undo of ``doc_id`` whose ops are now ``ops``,
        or None when there is nothing to redo (or ``ops`` changed since the undo)."""
        steps = self._steps.get(doc_id) or []
        if not steps or steps[-1][1] != ops:
            return None
        return list(steps[-1][0])

    def redone(self, doc_id: str) -> None:
        """The last undo of ``doc_id`` was redone: the one before it is next."""
        steps = self._steps.get(doc_id) or []
        if steps:
            steps.pop()
