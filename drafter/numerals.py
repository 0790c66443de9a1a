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
