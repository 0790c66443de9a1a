"""How a header line is compared: invisible characters dropped (a pasted zero-width space, a
BOM), and for matching its spaces squeezed out ("县长　李文华" reads as "县长李文华")."""

from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u3000]+")


def _norm(text: str) -> str:
    return _INVISIBLE.sub("", text).strip().strip("\u3000").strip()


def _squeeze(text: str) -> str:
    return _SPACES.sub("", text)
