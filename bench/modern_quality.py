"""Modern-set quality: drafter on the blind modern fixtures of tests/modern, scored once.

The set (tests/modern/README.md) is twelve modern government and Party-office texts written
for the project by helper mw and annotated before drafter ran on them: speeches saved from web
pages (.txt and .html), Word files (.docx) and clean text. This reports, per document, the
outline's level-1/2 heading F1, title, date, closing and whether the apparatus (site chrome,
来源 lines, 编者按, readers' comments) stays out of the body, and, over the set, the study
analysis's numeric frames (recall/precision, items right), roadmap sentences and their links.
It uses the scoring of the gold tests (tests/corpus/outline_scoring.py, tests/study/
study_scoring.py, roadmap_scoring.py), so tests/modern/test_modern.py asserts on these very
figures. The fixtures are in the project, so this runs without ../shared.

    .venv/bin/python bench/modern_quality.py [--json] [--verbose] [--dir tests/modern_blind2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODERN = ROOT / "tests" / "modern"
# this checkout's drafter first, before anything imports it: the venv's editable install
# points at one checkout only, so a bench run from another worktree scored that one's code
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
sys.path.insert(0, str(ROOT / "tests" / "study"))

from outline_scoring import apparatus_in_body, closing_right, f1, heading_set  # noqa: E402
from roadmap_scoring import RoadmapScore, score_roadmap  # noqa: E402
from study_scoring import Score, load_gold, score_document  # noqa: E402

from drafter.corpus import load_document  # noqa: E402
from drafter.corpus.model import ReadError  # noqa: E402


def _squash(text: str) -> str:
    return "".join((text or "").split())


def apparatus_left(gold: dict, texts: list[str]) -> list[dict]:
    """The gold's apparatus items still in the body. Chrome is matched by the first
    characters of a body line, not the whole line as outline_scoring does: a modern page's
    furniture lines run on (``首页 > 政务公开 > 领导讲话``), and the gold keeps their start."""
    squashed = [_squash(t) for t in texts]
    chrome = [a for a in gold.get("apparatus", []) if a["kind"] == "chrome"]
    rest = {**gold, "apparatus": [a for a in gold.get("apparatus", []) if a["kind"] != "chrome"]}
    left = [a for a in chrome if any(s.startswith(_squash(a["first"])) for s in squashed)]
    return left + apparatus_in_body(rest, texts)


def outline_rows(folder: Path = MODERN) -> list[dict]:
    """One row per gold file of ``folder``/gold: heading F1, misses and the metadata calls."""
    rows = []
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        row: dict = {"name": path.stem}
        try:
            doc = load_document(ROOT / gold["source"])
        except ReadError as exc:  # reported, scored as nothing found; the set goes on
            row.update(f1=0.0, error=str(exc), title_right=False, date_right=False)
            row.update(closing_right=False, apparatus_items=len(gold["apparatus"]))
            row.update(apparatus_in_body=len(gold["apparatus"]), missing=[], extra=[])
            rows.append(row)
            continue
        want, got = heading_set(gold["sections"]), heading_set(doc.outline.sections)
        paragraphs = [p.text for p in doc.paragraphs()]
        left = apparatus_left(gold, [*paragraphs, doc.metadata.title or ""])
        row.update(
            f1=round(f1(want, got), 3),
            missing=sorted(want - got),
            extra=sorted(got - want),
            title=doc.metadata.title,
            title_right=doc.metadata.title == gold["title"],
            date=doc.metadata.date,
            date_right=doc.metadata.date == gold["date"],
            closing=(doc.outline.closing or [None])[0],
            closing_right=bool(closing_right(gold, doc.outline.closing)),
            apparatus_items=len(gold["apparatus"]),
            apparatus_in_body=len(left),
            apparatus_left=[a["first"] for a in left],
        )
        rows.append(row)
    return rows


def study_scores(folder: Path = MODERN) -> tuple[Score, RoadmapScore, list[str]]:
    """Frames, roadmap sentences and their links over ``folder``/study_gold.json."""
    from drafter.study.analyze import analyze

    score, road, errors = Score(), RoadmapScore(), []
    for entry in load_gold(folder / "study_gold.json"):
        try:
            doc = load_document(ROOT / entry["file"])
        except ReadError as exc:
            errors.append(str(exc))
            continue
        study = analyze(doc)
        score_document(entry, study, score)
        score_roadmap(entry, study, [p.text for p in doc.paragraphs()], road)
    return score, road, errors


def summary(rows: list[dict], score: Score, road: RoadmapScore) -> dict:
    """The set's figures: what the test's floors are about."""
    fs = [r["f1"] for r in rows]
    n = len(rows)
    return {
        "documents": n,
        "mean_f1": round(statistics.mean(fs), 3),
        "min_f1": min(fs),
        "title_right": sum(r["title_right"] for r in rows),
        "date_right": sum(r["date_right"] for r in rows),
        "closing_right": sum(r["closing_right"] for r in rows),
        "apparatus_out": sum(r["apparatus_items"] - r["apparatus_in_body"] for r in rows),
        "apparatus_items": sum(r["apparatus_items"] for r in rows),
        **score.figures(),
        "items_right": score.items_right,
        "gold_listed_found": score.gold_listed,
        "roadmap_hits": road.hits,
        "links_right": road.links_right,
        "gold_links": road.gold_links,
        "warnings_right": road.warnings_right,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--dir",
        type=Path,
        default=MODERN,
        help="a set laid out as tests/modern (gold/, study_gold.json), e.g. tests/modern_blind2",
    )
    args = parser.parse_args(argv)
    folder = args.dir if args.dir.is_absolute() else ROOT / args.dir
    rows = outline_rows(folder)
    score, road, errors = study_scores(folder)
    s = summary(rows, score, road)
    if args.json:
        out = {"documents": rows, "summary": s, "study_errors": errors}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        flags = "".join(
            f"  {k[:-6]} ✗" for k in ("title_right", "date_right", "closing_right") if not r[k]
        )
        print(f"{r['f1']:.3f}  {r['name']}{flags}")
        if args.verbose:
            if r.get("error"):
                print(f"        error   {r['error']}")
            for k in ("missing", "extra"):
                if r[k]:
                    print(f"        {k:<7} {r[k]}")
            for k in ("title", "date", "closing"):
                if not r.get(k + "_right", True):
                    print(f"        {k}: {r.get(k)!r}")
            if r.get("apparatus_left"):
                print(f"        apparatus in body: {r['apparatus_left']}")
    print(
        f"outline: {s['documents']} docs  mean F1 {s['mean_f1']:.3f}  min {s['min_f1']:.3f}  "
        f"title {s['title_right']}/{s['documents']}  date {s['date_right']}/{s['documents']}  "
        f"closing {s['closing_right']}/{s['documents']}  "
        f"apparatus out of body {s['apparatus_out']}/{s['apparatus_items']}"
    )
    print(
        f"study: frames R {s['frame_recall']:.2f} P {s['frame_precision']:.2f} "
        f"({s['gold_frames']} gold, {s['found_frames']} found)  items right "
        f"{s['items_right']}/{s['gold_listed_found']}  wrongly listed {s['wrongly_listed']}  "
        f"roadmap {road.hits}/{road.gold} P {road.precision:.2f}  links "
        f"{road.links_right}/{road.gold_links}  warnings right {road.warnings_right}/{road.gold_links}"
    )
    if args.verbose:
        print("   missed frames:", "；".join(score.misses) or "—")
        print("   spurious frames:", "；".join(score.spurious) or "—")
        print("   missed roadmaps:", "；".join(road.misses) or "—")
        print("   spurious roadmaps:", "；".join(road.spurious) or "—")
        print("   wrong links:", "；".join(road.wrong_links) or "—")
    for e in errors:
        print("   study read error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
