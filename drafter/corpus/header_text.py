"""How a header line is compared: invisible characters dropped (a pasted zero-width space, a
BOM), and for matching its spaces squeezed out ("县长　李文华" reads as "县长李文华")."""

from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u3000]+")
# the salutation (同志们： / 尊敬的各位代表：): where the header ends and the body begins, for
# the header reading and the date line above it alike
_SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的)?[^。；：:！!]{0,30}"
    r"(?:同志们|代表|委员|同志|女士们|先生们|朋友们|同学们|老师们|来宾|领导))"
    r"\s*[：:！!，,]\s*$"
)
# what a _SALUTATION match ends with, on a stripped line (no \s after it)
_SALUTATION_LAST = frozenset("：:！!，,")


def _norm(text: str) -> str:
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


def _squeeze(text: str) -> str:
    # ``_SPACES.sub("", text)``: str.split() parts a text at the very characters \s matches
    # (str.isspace, U+3000 among them), in C and quicker than the substitution
    return "".join(text.split())
