"""Rule families for the closing start, each with its setting chosen leave-one-set-out.

Not a timing benchmark. A rule written after reading one set's misses fixes those misses and
moves nothing on fresh texts (docs/outline.md §4), so a family of rules of one shape is
credited here only on the sets it was not tuned on: for each gold group (bench/closing_quality
.py's groups, HOLDOUT.txt skipped), the family's setting (a grid of thresholds, or "off") that
is right on most texts of all the other groups is used on the one left out, and the held-out
figures are summed. A family is worth a rule only when that sum beats the rules as they stand.

The families are the shapes the closing census keeps finding (session 33; bench/closing_errors.py):

* ``up_above_short_last``: the rules close at a short last line (a flourish, a belief, thanks)
  and the closing starts one paragraph higher, where the gold starts it in 11 texts ("late at
  a short last line") — the last line at most L characters, the paragraph above at most A and
  without the body's marks (figures, 比如, a label) when ``marks`` is on;
* ``last_with_parts``: nothing fired in a text with parts, and its last paragraph (at most L
  characters, M paragraphs or more after the last heading) is the closing ("missed-last");
* ``position_up``: a text with no parts given its last paragraph by position, and a short
  last paragraph (at most L, the one above at most A, no body marks) sends the closing one
  paragraph up, where the gold starts 6 of the 11 position closings it calls late.

Each row is judged as closing_quality judges it (bench/closing_chooser.py's ``_truths``).

    .venv/bin/python bench/closing_families.py
"""

from __future__ import annotations

import itertools
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from closing_chooser import _capture, _truths  # noqa: E402

from drafter.corpus import closing as C  # noqa: E402
from drafter.corpus import closing_start as CS  # noqa: E402
from drafter.corpus.closing.phrases import ITEM, SUBJECT  # noqa: E402
from drafter.corpus.closing.turn_to_whole import _LABELLED  # noqa: E402


def _lo(heads: list[tuple]) -> int:
    """The first paragraph after the last part's heading (and its text, when standalone)."""
    if not heads:
        return 1
    index, standalone, _ = heads[-1]
    return index + (2 if standalone else 1)


def _plain(text: str) -> bool:
    """A paragraph without the body's marks and not a numbered item."""
    return not SUBJECT.search(text) and not ITEM.match(text.strip())


def up_above_short_last(last: int, above: int, marks: bool):
    """The ``up_above_short_last`` family at one setting (see the module's docstring)."""

    def start(row: dict) -> int | None:
        texts, heads, _, rule = row["call"]
        n = len(texts)
        prev = texts[n - 2] if n > 1 else ""
        if (
            rule == n - 1
            and n - 2 >= _lo(heads)
            and len(C.undated(texts[-1]).strip()) <= last
            and len(prev) <= above
            and not ITEM.match(prev.strip())
            and (not marks or _plain(prev))
        ):
            return n - 2
        return rule

    return start


def last_with_parts(last: int, after: int):
    """The ``last_with_parts`` family at one setting (see the module's docstring)."""

    def start(row: dict) -> int | None:
        texts, heads, _, rule = row["call"]
        n = len(texts)
        tail = C.undated(texts[-1]).strip()
        if (
            rule is None
            and heads
            and n - _lo(heads) >= after
            and len(tail) <= last
            and not ITEM.match(tail)
            and not _LABELLED.match(tail)
        ):
            return n - 1
        return rule

    return start


def _by_position(row: dict) -> bool:
    """Whether the rules' closing is the last paragraph given by position alone (a text with
    no parts where nothing else fired)."""
    texts, heads, title, rule = row["call"]
    if heads or rule != len(texts) - 1:
        return False
    real = CS._unstructured
    CS._unstructured = lambda texts, heads: False
    try:
        return CS.find_closing(texts, [], title) != rule
    finally:
        CS._unstructured = real


def position_up(last: int, above: int):
    """The ``position_up`` family at one setting (see the module's docstring)."""

    def start(row: dict) -> int | None:
        texts, _, _, rule = row["call"]
        n = len(texts)
        if (
            row["by_position"]
            and len(C.undated(texts[-1]).strip()) <= last
            and len(texts[n - 2]) <= above
            and _plain(texts[n - 2])
        ):
            return n - 2
        return rule

    return start


FAMILIES = {
    "up_above_short_last": (
        up_above_short_last,
        list(
            itertools.product((15, 20, 25, 30, 40, 60), (80, 120, 200, 300, 10**6), (True, False))
        ),
    ),
    "last_with_parts": (
        last_with_parts,
        list(itertools.product((30, 45, 60, 80, 120, 160), (1, 2, 3, 4))),
    ),
    "position_up": (
        position_up,
        list(itertools.product((20, 30, 45, 60, 80, 100, 140), (150, 250, 400, 10**6))),
    ),
}


def leave_one_set_out(table: list[dict], make, grid: list[tuple]) -> tuple[dict, int, int]:
    """Per group: (the rules' right, the family's held-out right, the setting used or None);
    and the best setting's right on all texts, and the rules'."""
    rights = {p: [_truths(r, [make(*p)(r)])[0] for r in table] for p in grid}
    rules = [bool(r["outline_right"]) for r in table]
    groups = sorted({f"{r['gold']}:{r['set']}" for r in table})
    per: dict = {}
    for g in groups:
        inside = [i for i, r in enumerate(table) if f"{r['gold']}:{r['set']}" == g]
        held = set(inside)
        rest = [i for i in range(len(table)) if i not in held]

        def on(p, idx):
            return sum(rights[p][i] for i in idx)

        base_rest = sum(rules[i] for i in rest)
        best = max(grid, key=lambda p: on(p, rest))
        use = best if on(best, rest) > base_rest else None
        got = on(use, inside) if use else sum(rules[i] for i in inside)
        per[g] = (sum(rules[i] for i in inside), got, use)
    whole = max(sum(v) for v in rights.values())
    return per, whole, sum(rules)


def main() -> int:
    """Scores every family leave-one-set-out against the rules."""
    table = _capture()
    for row in table:
        row["by_position"] = _by_position(row)
    for name, (make, grid) in FAMILIES.items():
        per, whole, rules = leave_one_set_out(table, make, grid)
        held = sum(got for _, got, _ in per.values())
        moved = {g: v for g, v in per.items() if v[0] != v[1]}
        print(f"{name:20} rules {rules} | best setting on all {whole} | leave-one-set-out {held}")
        for g, (base, got, use) in sorted(moved.items()):
            print(f"    {g:22} {base} -> {got}  (setting {use})")
    by_pos = defaultdict(int)
    for row in table:
        if row["by_position"]:
            by_pos["right" if row["outline_right"] else "wrong"] += 1
    print(f"closings given by position: {dict(by_pos)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
