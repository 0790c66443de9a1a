"""Draw the occasion gold sample: why a seeded shuffle, so the draw can be redone and checked.

Usage: python bench/occasion_pick.py  (prints one path per line, with its half)
Seed 2611: 30 mao + 30 ren speeches outside HOLDOUT.txt, the 3 seeds and 10 structure reports;
the texts alternate dev/test in draw order so both halves mix the sources.
"""

import random
from pathlib import Path

SHARED = Path("/work/shared")
SEED = 2611


def _holdout() -> set[str]:
    """Why: the blind sets must stay unseen, so the draw skips every listed file."""
    path = Path("/work/notes/HOLDOUT.txt")
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw() -> list[tuple[str, str]]:
    """Why: one function gives the sample and its halves, so the gold and the bench agree."""
    skip = _holdout()
    rng = random.Random(SEED)
    picked: list[str] = []
    for group, count in (("corpus/speeches/mao", 30), ("corpus/speeches/ren", 30)):
        names = sorted(p.name for p in (SHARED / group).iterdir())
        names = [n for n in names if f"{group}/{n}" not in skip]
        rng.shuffle(names)
        picked += [f"{group}/{n}" for n in names[:count]]
    picked += sorted(f"seeds/{p.name}" for p in (SHARED / "seeds").iterdir())
    reports = sorted(p.name for p in (SHARED / "corpus/structure").iterdir())
    rng.shuffle(reports)
    picked += [f"corpus/structure/{n}" for n in reports[:10]]
    return [(path, "dev" if i % 2 == 0 else "test") for i, path in enumerate(picked)]


if __name__ == "__main__":
    for path, half in draw():
        print(half, path)
