"""The session's hold-out: texts of ../shared kept from rule writers for blind scoring.

One helper for every test and bench that sweeps the real texts, so none of them reads a
held-out path by forgetting the list. The list is /work/notes/HOLDOUT.txt, one path a
line relative to ../shared (mao's file names hold spaces, so lines, not words); the
environment variable DRAFTER_HOLDOUT names another file (a test's temporary one). No
file: nothing is held out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

DEFAULT = Path("/work/notes/HOLDOUT.txt")


def holdout_file() -> Path:
    """The hold-out list in force now: DRAFTER_HOLDOUT when set, else the session's file.
    Read at each call, so a test can point it at a temporary file."""
    return Path(os.environ.get("DRAFTER_HOLDOUT", str(DEFAULT)))


def held_out() -> set[str]:
    """The held-out paths, relative to ../shared (empty when there is no list)."""
    path = holdout_file()
    if not path.is_file():
        return set()
    return {ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()}


def skip_held_out(paths: Iterable[Path], shared: Path) -> list[Path]:
    """paths without the held-out ones, judged by their place under shared; a path outside
    shared is kept (it cannot be listed)."""
    held = held_out()
    out = []
    for path in paths:
        try:
            rel = path.resolve().relative_to(shared.resolve()).as_posix()
        except ValueError:
            rel = None
        if rel not in held:
            out.append(path)
    return out
