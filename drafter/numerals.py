"""Chinese numerals as headings and numeric summaries use them (一, 十二, 一百零五).

One implementation for the outline parser (reading markers), draft numbering (writing
markers) and templates (count words such as 五个坚持), so reading and writing agree.
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_VALUES = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "○": 0, "两": 2}


def cn_number(n: int) -> str:
    """0..999 in Chinese: 0 -> 零, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五,
    110 -> 一百一十. Other values (negative, ≥ 1000, not an int) come back as digits."""
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n < 1000:
        return str(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return DIGITS[tens] + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    head = DIGITS[hundreds] + "百"
    if not rest:
        return head
    if rest < 10:
        return head + "零" + DIGITS[rest]
    return head + (DIGITS[1] if rest < 20 else "") + cn_number(rest)


def parse_cn_number(text: str) -> int | None:
    """Inverse of :func:`cn_number` up to the hundreds (also 〇 and 两); ``None`` when the
    text is not a Chinese numeral or names zero (no heading is numbered 零)."""
    if not text:
        return None
    total = current = 0
    for ch in text:
        value = _VALUES.get(ch)
        if value is not None:
            current = value
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return (total + current) or None


# Years are written digit by digit (二〇二四, 一九四九); old prints set the zero as ○ and
# OCR or careless typing as a Latin O or a full-width Ｏ.
_YEAR_DIGITS = {c: i for i, c in enumerate(DIGITS)} | dict.fromkeys("〇○ＯOo0", 0)


def parse_cn_year(text: str) -> int | None:
    """A year written digit by digit in Chinese (二〇二四 -> 2024), or ``None`` when any
    character is not a digit. Positional, unlike :func:`parse_cn_number`: 二〇二四 is not
    two thousand and twenty-four counted in 十 and 百. One reader for the date parser and
    the date checks, so both accept the same spellings of zero."""
    digits = [_YEAR_DIGITS.get(c) for c in text]
    if not digits or None in digits:
        return None
    return int("".join(map(str, digits)))
