"""Mine the counterless formulas the corpus quotes (“三反”, “三三制”, “四化”) for
``drafter/study/frame_lexicon.py``.

A number and one or two characters (三反, 四化) is far more often a word than a summary, so
the rules take it for a formula only when it is quoted. Writers quote a formula the first
time they use it, or in one speech and not the next: the formulas of Chinese public speech
are the ones writers quote. This bench lists every quoted counterless phrase the quoted-mention
rule (frame_mentions._quoted) takes for a formula, in at least ``--texts`` distinct texts of
../shared, skipping the session's hold-out texts and every text a study gold names (so no
gold group's text decides what the list holds).

    .venv/bin/python bench/formula_lexicon.py [--texts 2] [--python]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from drafter.study.frame_mentions import _RE_QUOTED, _quoted  # noqa: E402

_COUNTERLESS = re.compile(r"[二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{1,2}")
_COUNTERS = re.compile(r"[二三四五六七八九十两]{1,2}[个项条点种类大件句层方部者重]")


def gold_files() -> set[str]:
    """Every text a study gold file names (tests/study/gold/*.json)."""
    out: set[str] = set()
    for path in (ROOT / "tests" / "study" / "gold").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data if isinstance(data, list) else []:
            if isinstance(entry, dict) and "file" in entry:
                out.add(entry["file"])
    return out


def mine(min_texts: int, holdout: Path) -> dict[str, int]:
    """Each quoted counterless formula with the number of distinct texts quoting it."""
    skip = gold_files()
    if holdout.is_file():
        skip |= {s.strip() for s in holdout.read_text().splitlines() if s.strip()}
    seen: dict[str, set[str]] = defaultdict(set)
    for path in sorted(SHARED.rglob("*")):
        if path.suffix not in (".md", ".txt") or not path.is_file():
            continue
        rel = str(path.relative_to(SHARED))
        if rel in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in _RE_QUOTED.finditer(text):
            inner = m.group(1).strip()
            if not _COUNTERLESS.fullmatch(inner) or _COUNTERS.fullmatch(inner[:2]):
                continue
            if _quoted(0, text, m) is not None:
                seen[inner].add(rel)
    return {k: len(v) for k, v in sorted(seen.items()) if len(v) >= min_texts}


def main() -> int:
    """Print the mined formulas (with ``--python``, as the tuple frame_lexicon holds)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2)
    parser.add_argument("--holdout", type=Path, default=Path("/work/notes/HOLDOUT.txt"))
    parser.add_argument("--python", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent: nothing to mine", file=sys.stderr)
        return 1
    found = mine(args.texts, args.holdout)
    if args.python:
        print("QUOTED_FORMULAS = frozenset(")
        print("    " + repr(tuple(found)))
        print(")")
    else:
        for phrase, n in sorted(found.items(), key=lambda kv: -kv[1]):
            print(f"{n:4d}  {phrase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
