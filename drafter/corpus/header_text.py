"""How a header line is compared: invisible characters dropped (a pasted zero-width space, a
BOM), and for matching its spaces squeezed out ("县长　李文华" reads as "县长李文华")."""

from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u3000]+")


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
