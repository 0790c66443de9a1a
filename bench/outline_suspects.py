"""Outline suspects: drafter's outline on every speech without a gold file, flagged where it looks odd.

Not a timing benchmark and not a score: it points a reader at the outlines most likely to be
wrong, so that the next class of error is found on texts no gold covers before a blind set
finds it (session 28's sweep; tests/gold/README.md "Development set 28"). A text is flagged
for any of:

- ``lowconf``: the outline's own confidence below 0.9;
- ``start`` / ``skip``: sibling numbers that do not start at 1 or do not run on by one;
- ``mixed``: sibling markers of different shapes (第二个问题是 beside 第三，);
- ``long``: a heading over three times its siblings' median length (and over 40 characters);
- ``question``: a heading with a question mark;
- ``single``: one level-1 heading only;
- ``lowcover``: level-1 sections holding under half the body;
- ``missed``: paragraphs opening with an ordinal or a sequence word (第一，/（一）/1、/首先/
  其次/先说 …) that no heading took, three or more (two when the text has no outline).

Texts listed in /work/notes/HOLDOUT.txt are skipped before anything is read or printed;
``--sources`` adds corpus/structure and the seeds to the speeches.

    PYTHONPATH=$PWD .venv/bin/python bench/outline_suspects.py [--only missed] [--counts]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
HOLDOUT = Path("/work/notes/HOLDOUT.txt")
sys.path.insert(0, str(ROOT))

from drafter.corpus import load_document  # noqa: E402
from drafter.corpus import markers as mk  # noqa: E402
from drafter.corpus.model import ReadError, Section  # noqa: E402

_OPENER = re.compile(
    r"^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\d+[、.．]"
    r"|首先|其次|再次|先说|再说)"
)
_NUMERAL = re.compile(r"\d+|[一二三四五六七八九十〇]+")


def holdout() -> set[str]:
    """The session's held-out texts (paths under ../shared): skipped unread."""
    if not HOLDOUT.is_file():
        return set()
    return {ln.strip() for ln in HOLDOUT.read_text("utf-8").splitlines() if ln.strip()}


def _number(marker: str) -> int | None:
    m = _NUMERAL.search(marker)
    if m is None:
        return None
    return int(m.group()) if m.group().isdigit() else mk.cn_to_int(m.group())


def _shape(marker: str) -> str:
    return _NUMERAL.sub("N", marker.strip())


def _siblings(secs: list[Section], depth: int, flags: list[str]) -> None:
    if not secs:
        return
    shapes = {_shape(s.marker) for s in secs}
    if len(shapes) > 1:
        flags.append(f"mixed@{depth} {sorted(shapes)}")
    nums = [_number(s.marker) for s in secs]
    if all(n is not None for n in nums):
        if nums[0] != 1:
            flags.append(f"start@{depth} {nums[0]}")
        for a, b in zip(nums, nums[1:]):
            if b != a + 1:
                flags.append(f"skip@{depth} {a}->{b}")
                break
    lens = [len(s.heading) for s in secs]
    if len(lens) >= 2:
        med = statistics.median(lens)
        for s in secs:
            if len(s.heading) > max(3 * med, 40):
                flags.append(f"long@{depth} {s.heading[:20]}")
                break
    if any(re.search(r"[？?﹖]", s.heading) for s in secs):
        flags.append(f"question@{depth}")
    for s in secs:
        _siblings(s.children, depth + 1, flags)


def suspects(path: Path) -> tuple[float, list[str]] | None:
    """(confidence, flags) of one text's outline; None when the file does not read."""
    try:
        doc = load_document(path)
    except ReadError:
        return None
    outline = doc.outline
    paras = [p.text for p in doc.paragraphs()]
    flags: list[str] = []
    if outline.confidence < 0.9:
        flags.append(f"lowconf {outline.confidence:.2f}")
    secs = outline.sections
    _siblings(secs, 1, flags)
    if len(secs) == 1:
        flags.append("single")
    if secs:
        body = sum(map(len, paras)) or 1

        def size(s: Section) -> int:
            return len(s.heading) + sum(map(len, s.paragraphs)) + sum(size(c) for c in s.children)

        cover = sum(size(s) for s in secs) / body
        if cover < 0.5:
            flags.append(f"lowcover {cover:.2f}")
    heads: list[str] = []

    def collect(ss: list[Section]) -> None:
        for s in ss:
            heads.append(s.heading[:6])
            collect(s.children)

    collect(secs)
    missed = [
        p[:12] for p in paras if _OPENER.match(p) and not any(h and h in p[:40] for h in heads)
    ]
    if len(missed) >= (2 if not secs else 3):
        flags.append(f"missed {len(missed)}")
    return outline.confidence, flags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="print only texts with this flag (lowconf, skip, missed …)")
    parser.add_argument("--counts", action="store_true", help="print the counts per flag only")
    parser.add_argument("--sources", action="store_true", help="add corpus/structure and seeds")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent: nothing to sweep", file=sys.stderr)
        return 2
    skip = holdout()
    golded = {json.loads(p.read_text("utf-8"))["source"] for p in GOLD.glob("*.json")}
    files = sorted((SHARED / "corpus" / "speeches").rglob("*.md"))
    if args.sources:
        files += sorted((SHARED / "corpus" / "structure").rglob("*.*"))
        files += sorted((SHARED / "seeds").rglob("*.*"))
    counts: collections.Counter[str] = collections.Counter()
    swept = flagged = 0
    for path in files:
        rel = str(path.relative_to(SHARED))
        if rel in skip or rel in golded:
            continue
        found = suspects(path)
        if found is None:
            continue
        swept += 1
        conf, flags = found
        if not flags:
            continue
        flagged += 1
        counts.update({f.split()[0].split("@")[0] for f in flags})
        if args.counts or (args.only and not any(f.startswith(args.only) for f in flags)):
            continue
        print(f"{conf:.2f}  {rel}  |  " + "; ".join(flags))
    print(
        f"{flagged} of {swept} texts flagged: "
        + ", ".join(f"{k} {v}" for k, v in counts.most_common())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
