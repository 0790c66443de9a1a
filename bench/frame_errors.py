"""Every frame the analysis misses or invents, over every gold group, sorted into classes.

Rules written from one batch's misses have twice moved nothing on the next fresh batch
(sessions 25 and 26): a class of error is worth work only when it is large across many groups.
This tool scores each group as ``bench/study_logo.py`` does (the second look's weights fitted
without the group) and puts each miss and each spurious frame in one class:

* ``never`` — no count the rules made holds the gold phrase (三三制, 四害: no candidate at all);
* ``refused`` — the rules made the count and refused it, and the second look did not take it
  back (its probability is printed with ``--list``);
* ``elsewhere`` — the rules kept a frame of that phrase, but the gold pairs it with another
  mention (a text that says 两个问题 twice);
* ``extent`` — a count of the same number and of an overlapping noun was made, cut wrong
  (两步之后 for 这样两步, 三大政策 beside 三光政策);
* ``two names`` — a frame of that number is found with the gold frame's items under another
  phrase (十大关系 for 十个问题);
* for spurious frames ``count`` — a count the gold does not hold for a frame — split by who
  kept it: the rules (``rule:inline`` … by the source of its items, ``rule:-`` unlisted) or
  the second look (``second:<why the rules refused it>``).

    .venv/bin/python bench/frame_errors.py [--list] [--json]

Texts listed in the session's hold-out file (``--holdout``) are skipped, whatever gold holds
them; the check group (``--check``, as in study_logo) is scored with weights fitted on the
development groups only.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "study"))
sys.path.insert(0, str(ROOT))

import study_logo  # noqa: E402
from study_scoring import Score, norm, same_item, same_phrase, score_document  # noqa: E402

from drafter.study.frames import finish, refused_counts  # noqa: E402
from drafter.study.frames import model as frame_model  # noqa: E402


def _overlap(a: str, b: str) -> bool:
    """Whether two phrases share a character past their numbers (三光政策 / 三大政策)."""
    return bool(set(norm(a)[1:]) & set(norm(b)[1:]))


def _items_agree(gold: dict, found) -> bool:
    """Whether a found frame lists at least half of the gold frame's items, in order."""
    items = gold.get("items") or []
    hits = sum(1 for g, f in zip(items, found.items) if same_item(g, f))
    return bool(items) and found.listed and hits >= max(1, len(items) // 2)


def classify_doc(doc, weights: dict, cut: float) -> list[dict]:
    """One row per miss and per spurious frame of ``doc`` (a study_logo.Doc)."""
    kept, rejected = copy.deepcopy((doc.kept, doc.rejected))
    kept_ids = {id(f) for f in kept}
    why_of = {id(f): why for f, why in rejected}
    cands = refused_counts.candidates(doc.read, kept, rejected)
    others = [*kept, *(f for f, _ in cands)]
    prob = {
        id(f): frame_model.probability(frame_model.features(doc.read, f, why, others), weights)
        for f, why in cands
    }
    frames = finish(doc.read, refused_counts.second_look(doc.read, kept, rejected, weights, cut))
    final = study_logo._final(doc, frames)
    score = Score()
    score_document(doc.entry, SimpleNamespace(frames=final, roadmap=[]), score)
    name = Path(doc.entry["file"]).stem
    missed = [m.split(": ", 1)[1] for m in score.misses]
    spurious = [m.split(": ", 1)[1] for m in score.spurious]
    rows = []
    made = [(f, "kept") for f in kept] + [(f, why) for f, why in rejected]
    for phrase in missed:
        gold = next(g for g in doc.entry["frames"] if g["phrase"] == phrase)
        same = [(f, why) for f, why in made if same_phrase(gold, f)]
        near = [
            f
            for f, _ in made
            if f.number == gold["number"]
            and not same_phrase(gold, f)
            and _overlap(f.phrase, gold["phrase"])
        ]
        named = [f for f in final if f.number == gold["number"] and _items_agree(gold, f)]
        detail = ""
        if same and any(why == "kept" for _, why in same):
            cls = "elsewhere"
        elif same:
            cls = "refused"
            best = max((prob.get(id(f), -1.0) for f, _ in same), default=-1.0)
            detail = f"{same[0][1]}" + (f" p={best:.2f}" if best >= 0 else " (no weighing)")
        elif named:
            cls, detail = "two names", named[0].phrase
        elif near:
            cls, detail = "extent", near[0].phrase
        else:
            cls = "never"
        rows.append(
            {"kind": "miss", "class": cls, "text": name, "phrase": phrase, "detail": detail}
        )
    for phrase in spurious:
        frame = next(f for f, x in zip(frames, final) if x.phrase == phrase)
        open_gold = [g for g in doc.entry["frames"] if g["phrase"] in missed]
        if any(g["number"] == frame.number and _overlap(g["phrase"], phrase) for g in open_gold):
            cls = "extent"
        elif any(g["number"] == frame.number and _items_agree(g, frame) for g in open_gold):
            cls = "two names"
        else:
            cls = "count"
        if id(frame) in kept_ids:
            who = "rule:" + (frame.source or "-")
        else:
            who = "second:" + why_of.get(id(frame), "?")
        rows.append(
            {"kind": "spurious", "class": cls, "text": name, "phrase": phrase, "detail": who}
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every row")
    parser.add_argument("--json", action="store_true")
    study_logo.add_group_arguments(parser)
    args = parser.parse_args()
    loaded = study_logo.groups_and_checks(args)
    if loaded is None:
        return 2
    groups, check = loaded
    rows: list[dict] = []
    for name, docs in groups.items():
        train = study_logo.training_rows(groups, name, check)
        weights = study_logo.fit(train, 1.0)
        cut = study_logo.pick_threshold(train, weights)
        for doc in docs:
            for row in classify_doc(doc, weights, cut):
                rows.append({"group": name, **row})
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        key = row["class"]
        if row["kind"] == "spurious" and key == "count":
            key = f"count {row['detail']}"  # who kept it: rule:<source> or second:<why>
        table[(row["kind"], key)][row["group"]] += 1
    print(f"{'kind':9} {'class':26} {'all':>4} {'groups':>6}  largest groups")
    for (kind, key), per in sorted(table.items(), key=lambda kv: (kv[0][0], -sum(kv[1].values()))):
        top = ", ".join(f"{g} {n}" for g, n in per.most_common(4))
        print(f"{kind:9} {key[:26]:26} {sum(per.values()):4} {len(per):6}  {top}")
    if args.list:
        for row in rows:
            print(
                f"{row['kind']:8} {row['class']:9} [{row['group']}] {row['text'][:24]} :: "
                f"{row['phrase']} :: {row['detail']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
