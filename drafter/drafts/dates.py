"""Dates as a draft stores them (ISO ``2025-11-24``, or ``2025-11``, ``2025``) and the
check that keeps an impossible one (2025-02-30) out of a draft and out of an export."""

from __future__ import annotations

import calendar
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def date_problem(text: str) -> str | None:
    """Why ``text`` is not a possible date, in Chinese, or None when it is fine.

    Empty text and text that is not an ISO date at all (a writer's 二〇二五年十一月) are
    fine: they print as written. An ISO date must exist: month 1–12 and a day the month
    has (2025-02-29 does not, 2024-02-29 does).
    """
    m = _ISO.match(text.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    if year < 1000:
        return f"年份 {year} 不对"
    if month is not None and not 1 <= month <= 12:
        return f"没有 {month} 月"
    if day is not None and month is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return f"{year}年{month}月只有 {days} 天，没有 {day} 日"
    return None


def is_possible_date(text: str) -> bool:
    """Whether ``text`` may be stored as a draft's date (see :func:`date_problem`)."""
    return date_problem(text) is None
