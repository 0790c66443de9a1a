"""Closing errors by class: every closing miss over both golds, classed by its shape and
counted per set.

Not a timing benchmark. Rules written after reading one set's misses have fixed those and
moved nothing on fresh texts (docs/outline.md §4); a class worth a rule is one that recurs
across many sets. This lists every text where the outline's finder or the study's misses the
gold closing (bench/closing_quality.py's rows and judgements, HOLDOUT.txt skipped) and puts
each miss in one class, read from positions only (no text is printed unless ``--verbose``):

* ``missed``: the gold has a closing, the finder none (``missed-last``: the gold's starts at
  the last paragraph; ``missed-above``: higher up);
* ``false``: the gold has none, the finder one (``false-no-parts``: in a text with no
  headings, where position gives the last paragraph; ``false-parts``: after a last heading);
* ``late``: the finder starts below the gold (``late-short-last``: at a last paragraph of at
  most 60 characters, a flourish, slogan or formula; ``late-1``: one paragraph below;
  ``late-more``: further);
* ``early``: the finder starts above the gold;
* ``inside``: same paragraph, more than a sentence apart (the study gold only).

Under each finder the misses are also counted in the census's four coarse classes (late,
early, missed, spurious: a closing where the gold has none; ``inside`` kept apart), for the
outline gold sets before set ``--split`` and from it on (the sets rules were read from, and
the sets they were not), so a rule's effect on each class shows in one line.

    .venv/bin/python bench/closing_errors.py [--verbose] [--amended] [--split 29]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# at most so many characters in a last paragraph that caps a closing (a flourish, a slogan)
SHORT = 60


def classify(row: dict, finder: str) -> str | None:
    """The class of ``finder``'s miss on ``row`` ("outline" or "study"); None when right."""
    if row[f"{finder}_right"]:
        return None
    paras = row["doc"].paragraphs()
    n = len(paras)
    got, want = row[finder], row["want"]
    if got is None:
        return "missed-last" if want[0] >= n - 1 else "missed-above"
    if want is None:
        return "false-parts" if any(p.is_heading for p in paras) else "false-no-parts"
    if got[0] > want[0]:
        if got[0] == n - 1 and len(paras[-1].text.strip()) <= SHORT:
            return "late-short-last"
        return "late-1" if got[0] - want[0] == 1 else "late-more"
    return "early" if got[0] < want[0] else "inside"


# the census's coarse class of each fine one
COARSE = {"missed": "missed", "false": "spurious", "late": "late", "early": "early"}


def coarse(cls: str) -> str:
    """The census's coarse class (late, early, missed, spurious, inside) of a fine class."""
    return COARSE.get(cls.split("-")[0], cls)


def _era(row: dict, split: int) -> str:
    """Which pool a row falls in: outline gold sets before ``split``, from it on, or study."""
    m = re.fullmatch(r"heldout(\d+)", row["set"])
    if row["gold"] != "outline" or not m:
        return row["gold"]
    return f"sets<{split}" if int(m.group(1)) < split else f"sets>={split}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="each miss, with its class")
    parser.add_argument("--amended", action="store_true", help="the amended outline gold")
    parser.add_argument("--split", type=int, default=29, metavar="N", help="pool sets at N")
    args = parser.parse_args()
    import closing_quality as cq  # beside this script: the golds and finders it scores

    if not cq.SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    table = cq.rows(amended=args.amended)
    for finder in ("outline", "study"):
        per_class: dict[str, Counter] = defaultdict(Counter)
        pooled: dict[str, Counter] = defaultdict(Counter)
        for row in table:
            cls = classify(row, finder)
            pooled[_era(row, args.split)]["texts"] += 1
            if cls is None:
                continue
            per_class[cls][f"{row['gold']}:{row['set']}"] += 1
            pooled[_era(row, args.split)][coarse(cls)] += 1
            if args.verbose:
                print(f"  {finder:7} {cls:16} {row['gold']}:{row['set']:12} {row['name'][:34]}")
        print(f"{finder}'s finder: {sum(sum(c.values()) for c in per_class.values())} misses")
        for cls in sorted(per_class, key=lambda k: -sum(per_class[k].values())):
            sets = per_class[cls]
            spread = ", ".join(f"{s} {k}" for s, k in sorted(sets.items()))
            print(f"  {cls:16} {sum(sets.values()):3} in {len(sets):2} sets: {spread}")
        for era in sorted(pooled):
            c = pooled[era]
            counts = ", ".join(
                f"{k} {c[k]}" for k in ("late", "early", "missed", "spurious", "inside") if c[k]
            )
            print(f"  census {era:10} ({c['texts']:3} texts): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
