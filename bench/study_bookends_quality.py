"""Study quality of openings, closings and transitions against the hand-made gold.

Not a timing benchmark. Scores ``drafter.study.analyze`` on the texts of
tests/study/gold/study_bookends.json (14 real texts from ../shared chosen by a seeded
shuffle, gold written before the analysis ran on them; see tests/study/gold/README.md):
opening and closing boundaries (right within a sentence), type labels, labelled parts
(found, label right, precision) and transitions (recall, precision).

    .venv/bin/python bench/study_bookends_quality.py [--json] [--verbose] [--gold FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "study"))

from bookends_scoring import BOOKENDS_FILE, BookendScore, load_bookends, score_bookends  # noqa: E402

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.corpus.load import load_document  # noqa: E402
from drafter.study.analyze import analyze  # noqa: E402
from drafter.study.layout import layout  # noqa: E402


def score_entries(entries: list[dict]) -> dict[str, BookendScore]:
    """Scores per group of texts (seed, ren, mao, report) and over all."""
    groups: dict[str, BookendScore] = defaultdict(BookendScore)
    for entry in entries:
        doc = load_document(SHARED / entry["file"])
        study, lay = analyze(doc), layout(doc)
        kind = entry.get("group", "other")
        # The seeds were read while the bookend rules were first written: the rest is the
        # fairer figure.
        names = (kind, "all") if kind == "seed" else (kind, "not seeds", "all")
        for name in names:
            score_bookends(entry, study, lay, groups[name])
    return dict(groups)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--gold", type=Path, default=BOOKENDS_FILE, help="gold file to score")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    groups = score_entries(load_bookends(args.gold))
    if args.json:
        json.dump({k: v.figures() for k, v in groups.items()}, sys.stdout, indent=2)
        print()
        return 0
    for name, score in sorted(groups.items(), key=lambda kv: -kv[1].docs):
        f = score.figures()
        print(
            f"{name:9} ({f['docs']:2}) opening end {f['opening_boundary']:.2f} type "
            f"{f['opening_type']:.2f} | closing start {f['closing_boundary']:.2f} type "
            f"{f['closing_type']:.2f} | parts R {f['parts_recall']:.2f} labels "
            f"{f['parts_labels']:.2f} P {f['parts_precision']:.2f} ({f['gold_parts']} gold, "
            f"{f['predicted_parts']} found) | transitions R {f['transition_recall']:.2f} "
            f"P {f['transition_precision']:.2f} ({f['gold_transitions']} gold, "
            f"{f['predicted_transitions']} found)"
        )
    if args.verbose:
        for note in groups["all"].notes:
            print("  ", note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
