"""Dates as Chinese documents write them, turned into ISO strings.

Speeches and reports date themselves as ``（2025年11月24日）``, ``2024年3月5日``,
``二〇二四年三月五日`` or, in web boilerplate, ``2026-02-09 09:45``. Everything is
normalised to ``YYYY-MM-DD`` (or ``YYYY-MM`` when no day is given) so dates compare.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.numerals import parse_cn_year

_FULLWIDTH = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
_CN_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "o": 0, "0": 0,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

_CN = "〇○零Ｏ一二三四五六七八九十"
_ARABIC_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
_CHINESE_DATE = re.compile(
    rf"([{_CN}O0]{{4}})\s*年\s*([{_CN}]{{1,3}})\s*月(?:\s*([{_CN}]{{1,3}})\s*[日号])?"
)
_DASHED_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DASHED_HINT = re.compile(r"\d{4}[-/.]\d")
# 一九三九・一二・一五, 一九四○．二．一: a date in Chinese digits written digit by digit with
# dots between (an online library's date line)
_DOTTED_CN_DATE = re.compile(
    r"(?<![〇○零一二三四五六七八九])([〇○零一二三四五六七八九]{4})[・•·.]"
    r"([〇○零一二三四五六七八九十]{1,2})[・•·.]([〇○零一二三四五六七八九十]{1,3})"
    r"(?![〇○零一二三四五六七八九十])"
)
_TIME_OF_DAY = re.compile(r"\d{1,2}\s*[:：时]\s*\d{1,2}")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: its ISO form and where it stood."""

    iso: str
    start: int
    end: int


def _small_number(text: str) -> int | None:
    """Chinese numerals up to 31 (``十``, ``二十四``, ``三十一``) or plain digits."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        tens_value = _CN_DIGITS.get(tens) if tens else 1
        ones_value = _CN_DIGITS.get(ones) if ones else 0
        if tens_value is None or ones_value is None:
            return None
        return tens_value * 10 + ones_value
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


def _digit_by_digit(text: str) -> int | None:
    """一二 -> 12, 一五 -> 15, 二 -> 2 (digits written one by one), or 十五 as usual."""
    if "十" in text:
        return _small_number(text)
    digits = [_CN_DIGITS.get(c) for c in text]
    if None in digits:
        return None
    return int("".join(str(d) for d in digits))


# "01".."31": a month's or a day's two digits looked up, not formatted (a format spec is
# read anew at every call, and every date found is written so; the year, 1900-2100, has
# four digits as it stands)
_TWO_DIGITS = [f"{k:02d}" for k in range(32)]


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if not 1900 <= year <= 2100 or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year}-{_TWO_DIGITS[month]}"
    if not 1 <= day <= 31:
        return None
    return f"{year}-{_TWO_DIGITS[month]}-{_TWO_DIGITS[day]}"


_FULLWIDTH_CHARS = re.compile("[０-９／－．]")


def _halfwidth(text: str) -> str:
    """Full-width digits and separators as ASCII. ``str.translate`` with a table looks
    every character up in Python; a scan in C finds first whether there is any."""
    return text.translate(_FULLWIDTH) if _FULLWIDTH_CHARS.search(text) else text


def find_dates(text: str) -> list[FoundDate]:
    """Every calendar date written in ``text``, in order of appearance (a new list: the
    header's lines are read by several rules in turn, each asking for their dates)."""
    return list(_find_dates(text))


@functools.lru_cache(maxsize=256)
def _find_dates(text: str) -> tuple[FoundDate, ...]:
    text = _halfwidth(text)
    dotted = ("・" in text or "." in text or "•" in text or "·" in text) and [
        m for m in _DOTTED_CN_DATE.finditer(text)
    ]
    # the dashed form's separators, looked for in C: its pattern opens on a look-behind,
    # which the regular expression engine tries at every character
    dashes = "-" in text or "/" in text or "." in text
    if "年" not in text and not dotted and not (dashes and _DASHED_HINT.search(text)):
        return ()  # every form below has 年 or a dashed date
    found: list[FoundDate] = []
    for m in dotted or ():
        year = parse_cn_year(m.group(1))
        month, day = _digit_by_digit(m.group(2)), _digit_by_digit(m.group(3))
        iso = _iso(year, month, day) if year is not None else None
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    # (the Arabic and the Chinese forms both name the month: a line with 年 and no 月, as
    # a title "2025年政府工作报告", is answered without their scans)
    months = "月" in text
    for m in _ARABIC_DATE.finditer(text) if months else ():
        day = int(m.group(3)) if m.group(3) else None
        iso = _iso(int(m.group(1)), int(m.group(2)), day)
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    for m in _CHINESE_DATE.finditer(text) if months else ():
        year = parse_cn_year(m.group(1))
        if year is None:
            continue
        # "四月二四日" (an old print's 二四 for 二十四): two digits with no 十, one by one
        month = _small_number(m.group(2)) or _digit_by_digit(m.group(2))
        day = (_small_number(m.group(3)) or _digit_by_digit(m.group(3))) if m.group(3) else None
        if m.group(3) and day is None:
            continue
        iso = _iso(year, month, day)
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    for m in _DASHED_DATE.finditer(text) if dashes else ():
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    if len(found) > 1:  # (most lines hold one date: no sort, no key call)
        found.sort(key=lambda d: d.start)
    return tuple(found)


# what joins the two ends of a range: （一九五一年十一月――一九五二年三月）, 1951年11月至12月
_RANGE_JOIN = re.compile(r"\s*(?:[—―─–~～\-－]+|至|到|、|和)\s*")
_RANGE_TAIL = re.compile(
    rf"^(?:[{_CN}]{{1,3}}|\d{{1,2}})\s*(?:月(?:\s*(?:[{_CN}]{{1,3}}|\d{{1,2}})\s*[日号])?|[日号])$"
)


def range_start(text: str) -> str | None:
    """The start of a date range that is the whole of ``text`` (brackets aside), else None.

    A collection dates a group of texts written over months by the range they span
    (``（一九五一年十一月――一九五二年三月）``): the line is a date line, not more title, and
    the document's date is where the range starts, at the precision the line gives it."""
    text = _halfwidth(text).strip(" \u3000（()）")
    dates = find_dates(text)
    if not dates or dates[0].start != 0:
        return None
    join = _RANGE_JOIN.match(text, dates[0].end)
    if join is None:
        return None
    tail = text[join.end() :].strip()
    if len(dates) == 2 and dates[1].start == join.end() and dates[1].end == len(text):
        return dates[0].iso
    if len(dates) == 1 and _RANGE_TAIL.match(tail):
        return dates[0].iso  # "一九五一年十一月至十二月", "2025年3月1日—5日"
    return None


def first_date(text: str) -> str | None:
    """The first full or partial date in ``text`` as ISO, or None."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def has_time_of_day(text: str) -> bool:
    """True for timestamps such as ``2026年02月10日 07时41分``: a publication time, not
    the date a speech was given."""
    if ":" not in text and "：" not in text and "时" not in text:
        return False  # (no separator of a time: most lines answer here, before any search)
    return bool(_TIME_OF_DAY.search(_halfwidth(text)))
