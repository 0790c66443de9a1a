"""How a header line is compared: invisible characters dropped (a pasted zero-width space, a
BOM), and for matching its spaces squeezed out ("县长　李文华" reads as "县长李文华")."""

from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
SPACES = re.compile(r"[\s\u3000]+")
# the salutation (同志们： / 尊敬的各位代表：): where the header ends and the body begins, for
# the header reading and the date line above it alike
SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的)?[^。；：:！!]{0,30}"
    r"(?:同志们|代表|委员|同志|女士们|先生们|朋友们|同学们|老师们|来宾|领导))"
    r"\s*[：:！!，,]\s*$"
)
# what a SALUTATION match ends with, on a stripped line (no \s after it)
SALUTATION_LAST = frozenset("：:！!，,")


def norm_line(text: str) -> str:
    """A header line as it is compared: zero-width characters and a BOM dropped, ends stripped
    (full-width spaces too), so that a pasted title matches the same title typed."""
    # (five scans in C for the invisible characters before the substitution: a header line
    # seldom holds one, and the class tried at every character costs more)
    if (
        "\u200b" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    ):
        text = _INVISIBLE.sub("", text)
    return text.strip().strip("\u3000").strip()


def squeeze(text: str) -> str:
    """``text`` with every space taken out (县长　李文华 -> 县长李文华), for matching a header line
    whatever spacing a page or a typist gave it."""
    # ``SPACES.sub("", text)``: str.split() parts a text at the very characters \s matches
    # (str.isspace, U+3000 among them), in C and quicker than the substitution
    return "".join(text.split())
