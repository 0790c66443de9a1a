"""Export round trip: a gold text read, made a draft, exported, read back, against the gold.

Not a timing benchmark. Each real gold document (tests/gold/*.json, sources in ../shared,
the session's hold-out skipped) is read as a user's file (the peer: its plain reading's
level-1/2 heading F1), made a draft (``draft_from_document``), exported to .docx (or .md)
and read back; the read-back's heading F1 against the gold is the figure. A writer who
opens a speech and exports it again must get the speech's outline back, numbers as written:

* ``mean_f1``          read-back heading F1, mean over the texts (and the plain reading's);
* ``worse_than_plain`` texts whose read-back scores below their plain reading.

``--edit insert`` (or ``delete``, ``move``, ``demote``) also edits each draft before the
export, in its first sibling group of two or more numbered headings that carries a
writer's marker (a heading inserted in the middle, the first one deleted, the last one
moved to the front, the second one lowered under the first), and reports instead:

* ``not_continuous``   edited groups whose printed numbers are not continuous (a number
  twice or one skipped: the frozen-marker bug of written markers);
* ``mean_f1_vs_draft`` read-back heading F1 against the edited draft's own headings as the
  editor prints them (the gold no longer applies to an edited speech).

    .venv/bin/python bench/export_roundtrip.py
    .venv/bin/python bench/export_roundtrip.py --format md --edit insert -v
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
# this checkout's drafter first: the venv's editable install points at one checkout only
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from holdout import held_out  # noqa: E402
from outline_scoring import f1, heading_set, norm_heading  # noqa: E402

from drafter.corpus import load_document, parse_text  # noqa: E402
from drafter.corpus.model import Document, ReadError  # noqa: E402
from drafter.drafts import ops  # noqa: E402
from drafter.drafts.convert import draft_from_document  # noqa: E402
from drafter.drafts.model import Draft, DraftNode  # noqa: E402
from drafter.drafts.numbering import markers  # noqa: E402
from drafter.export import export_draft, load_style  # noqa: E402
from drafter.numerals import parse_cn_number  # noqa: E402

EDITS = ("insert", "delete", "move", "demote")


def read_source(gold: dict) -> Document:
    """The source as it lies in ../shared, read the way the gold tests read it."""
    path = SHARED / gold["source"]
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), gold["source"])
    return load_document(path)


def _number(mark: str) -> int | None:
    """The number a printed marker carries (二、 -> 2, 第十一， -> 11), None without one
    (最后一点， closes a run: its 一 is no number)."""
    import re

    if mark.startswith(("首先", "其次", "再次", "此外", "然后", "最后")):
        return None
    m = re.search(r"[0-9０-９]+|[一二三四五六七八九十百零〇]+", mark)
    if not m:
        return None
    token = m.group(0)
    if token[0] in "0123456789０１２３４５６７８９":
        return int(token.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return parse_cn_number(token)


def edited_group(draft: Draft) -> list[DraftNode] | None:
    """The first sibling group (reading order) of two or more headings with a number where
    at least one heading keeps a writer's marker: where the edit goes."""
    groups = [draft.sections] + [n.children for n in draft.walk()]
    marks = markers(draft)
    for group in groups:
        numbered = [n for n in group if _number(marks.get(n.id, "")) is not None]
        if len(numbered) >= 2 and any(n.written_marker for n in group):
            return group
    return None


def edit(draft: Draft, kind: str) -> list[DraftNode] | None:
    """Apply one edit of ``kind`` to the draft's :func:`edited_group` through the core ops;
    the group (as it stands after the edit) or None when the draft has no such group."""
    group = edited_group(draft)
    if group is None:
        return None
    parent = next((n for n in draft.walk() if n.children is group), None)
    parent_id = parent.id if parent else None
    if kind == "insert":
        ops.add_node(draft, parent_id, len(group) // 2, DraftNode(heading="新加的一部分"))
    elif kind == "delete":
        ops.remove_node(draft, group[0].id)
    elif kind == "demote":
        ops.demote(draft, group[1].id)
    else:
        ops.move_node(draft, group[-1].id, parent_id, 0)
    return group


def continuous(draft: Draft, group: list[DraftNode]) -> bool:
    """Whether the printed numbers of a group run on without a repeat or a gap."""
    marks = markers(draft)
    numbers = [_number(marks.get(n.id, "")) for n in group]
    numbers = [n for n in numbers if n is not None]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def draft_headings(draft: Draft) -> set[tuple[int, str]]:
    """(level, marker + heading) of the draft's headings down to level 2, as printed."""
    marks = markers(draft)
    out: set[tuple[int, str]] = set()
    for node in draft.sections:
        out.add((1, norm_heading(marks.get(node.id, "") + node.heading.strip())))
        for child in node.children:
            out.add((2, norm_heading(marks.get(child.id, "") + child.heading.strip())))
    return out


def measure(path: Path, fmt: str, kind: str | None, tmp: Path) -> dict | None:
    """One gold file: plain and read-back F1, and after ``kind`` whether the numbers run on."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    if gold["source"] in held_out() or not (SHARED / gold["source"]).is_file():
        return None
    try:
        doc = read_source(gold)
    except ReadError:
        return None
    want = heading_set(gold["sections"])
    plain = f1(want, heading_set(doc.outline.sections))
    draft = draft_from_document(doc)
    row: dict = {"name": path.stem, "plain": round(plain, 3)}
    if kind:
        group = edit(draft, kind)
        row["edited"] = group is not None
        row["continuous"] = group is None or continuous(draft, group)
    out = tmp / f"{path.stem}.{fmt}"
    export_draft(draft, out, fmt, load_style(None))
    try:
        back = load_document(out).outline.sections
    except Exception as exc:  # a reader crash on the export is a finding, not the end
        row["error"] = f"{type(exc).__name__}: {exc}"
        back = []
    row["back"] = round(f1(want, heading_set(back)), 3)
    if kind:
        row["back_vs_draft"] = round(f1(draft_headings(draft), heading_set(back)), 3)
    return row


def main(argv: list[str] | None = None) -> int:
    """Run over the gold files and print the summary (``--json`` for the rows too)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", default="docx", choices=("docx", "md"))
    parser.add_argument("--edit", choices=EDITS, help="edit each draft before the export")
    parser.add_argument("--gold", default="*.json", help="gold files (glob in tests/gold)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the worse texts")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print("export_roundtrip: ../shared not found", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory(prefix="drafter-roundtrip-") as tmp:
        for path in sorted(GOLD.glob(args.gold)):
            row = measure(path, args.format, args.edit, Path(tmp))
            if row is not None:
                rows.append(row)
    # an edited speech is no longer the gold's: its figure is the read-back against itself
    worse = [r for r in rows if r["back"] < r["plain"]] if not args.edit else []
    summary = {
        "texts": len(rows),
        "format": args.format,
        "mean_f1_plain": round(statistics.mean(r["plain"] for r in rows), 3),
        "mean_f1": round(statistics.mean(r["back"] for r in rows), 3),
        "worse_than_plain": len(worse),
        "read_errors": sum(1 for r in rows if "error" in r),
    }
    if args.edit:
        edited = [r for r in rows if r["edited"]]
        summary["edit"] = args.edit
        summary["edited"] = len(edited)
        summary["not_continuous"] = sum(1 for r in edited if not r["continuous"])
        summary["mean_f1_vs_draft"] = round(statistics.mean(r["back_vs_draft"] for r in rows), 3)
        summary["edited_mean_f1_vs_draft"] = round(
            statistics.mean(r["back_vs_draft"] for r in edited), 3
        )
    if args.json:
        print(json.dumps({"summary": summary, "rows": rows}, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(summary, ensure_ascii=False))
        if args.verbose:
            for r in worse:
                print(f"  worse {r['name']}: {r['plain']} -> {r['back']} {r.get('error', '')}")
            for r in rows:
                if args.edit and not r["continuous"]:
                    print(f"  not continuous after {args.edit}: {r['name']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
