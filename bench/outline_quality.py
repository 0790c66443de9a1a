"""Outline quality: level-1/2 heading F1 against the hand-checked gold files, per document.

Not a timing benchmark: it measures how well ``drafter outline`` matches a careful reader
on real documents (tests/gold/*.json, sources under ../shared), reported per group
(speeches, seeds + structure reports, the project's own fixtures in tests/corpus/unseen)
so that a figure from texts the rules were written next to is never mixed with one from
texts they were not. Each blind set written later (``heldout<N>_*``) is also reported as its
own group, "held-out set N", with title, date, closing and apparatus where its gold files
record them (tests/gold/README.md); ``--gold PATTERN`` scores only the gold files matching it. ``--sample N`` adds sanity statistics on N speeches that have no gold
file (how many level-1 sections, how often a closing is found, the confidence), to catch
rules that fit the gold set and nothing else.

    .venv/bin/python bench/outline_quality.py
    .venv/bin/python bench/outline_quality.py --sample 120 --json
    .venv/bin/python bench/outline_quality.py --gold 'heldout6_*'
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import held_out, skip_held_out  # noqa: E402

from drafter.corpus import load_document, parse_text
from drafter.corpus.model import Document, ReadError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
UNSEEN = ROOT / "tests" / "corpus" / "unseen"
# the scoring the gold and unseen tests use, so the figures here are the ones they assert on
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from outline_scoring import (  # noqa: E402
    apparatus_in_body,
    apparatus_kept,
    closing_right,
    f1,
    heading_set,
)


def load_gold_document(gold: dict, shared: Path = SHARED) -> Document:
    """The document a gold file names, read the way a user's file would be."""
    path = shared / gold["source"]
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), gold["source"])
    return load_document(path)


def group_of(name: str, source: str) -> str:
    """Gold files named heldout_* were written after the rules, and never tuned on."""
    if name.startswith("heldout_"):
        return "held-out"
    if source.startswith("corpus/speeches/"):
        return "speeches"
    return "seeds+structure"


def set_of(name: str) -> str | None:
    """The blind set a gold file belongs to (heldout6_* -> "held-out set 6"), reported
    apart as well, since its first figure is the one no rule was fitted to."""
    m = re.match(r"heldout(\d+)_", name)
    return f"held-out set {m.group(1)}" if m else None


def gold_scores(pattern: str = "*.json") -> list[dict]:
    rows = []
    held = held_out()  # gold whose source is held out for blind scoring is never read
    for path in sorted(GOLD.glob(pattern)):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not (SHARED / gold["source"]).is_file() or gold["source"] in held:
            continue
        doc = load_gold_document(gold)
        want, got = heading_set(gold["sections"]), heading_set(doc.outline.sections)
        row = {
            "name": path.stem,
            "group": group_of(path.stem, gold["source"]),
            "set": set_of(path.stem),
            "f1": round(f1(want, got), 3),
            "confidence": getattr(doc.outline, "confidence", None),
            "missing": sorted(want - got)[:4],
            "extra": sorted(got - want)[:4],
        }
        if "closing" in gold or "apparatus" in gold:  # the fields of set 6 onwards
            meta = load_document(SHARED / gold["source"]).metadata
            paragraphs = [p.text for p in doc.paragraphs()]
            source = (SHARED / gold["source"]).read_text(encoding="utf-8-sig")
            texts = [*paragraphs, doc.metadata.title or ""]
            kept, expected = apparatus_kept(
                gold, {**doc.apparatus.to_json(), "metadata_source": doc.metadata.source}
            )
            row.update(
                title_right=meta.title == gold["title"],
                date_right=meta.date == gold["date"],
                # at the gold's own paragraph where it records one; by first characters beside
                closing_right=closing_right(gold, doc.outline.closing, paragraphs, source),
                closing_prefix=closing_right(gold, doc.outline.closing),
                apparatus_in_body=len(apparatus_in_body(gold, texts)),
                apparatus_items=len(gold.get("apparatus", [])),
                apparatus_kept=kept,
                apparatus_expected=expected,
            )
        rows.append(row)
    return rows


def set_summary(rows: list[dict]) -> dict:
    """Title, date, closing and apparatus counts over the rows that record them."""
    rs = [r for r in rows if "closing_right" in r]
    if not rs:
        return {}
    return {
        "title_right": f"{sum(r['title_right'] for r in rs)}/{len(rs)}",
        "date_right": f"{sum(r['date_right'] for r in rs)}/{len(rs)}",
        "closing_right": f"{sum(bool(r['closing_right']) for r in rs)}/{len(rs)}",
        "closing_right_by_prefix": f"{sum(bool(r['closing_prefix']) for r in rs)}/{len(rs)}",
        "apparatus_out_of_body": f"{sum(r['apparatus_items'] - r['apparatus_in_body'] for r in rs)}"
        f"/{sum(r['apparatus_items'] for r in rs)}",
        "apparatus_kept": f"{sum(r['apparatus_kept'] for r in rs)}"
        f"/{sum(r['apparatus_expected'] for r in rs)}",
    }


def fixture_scores() -> list[dict]:
    rows = []
    for path in sorted(UNSEEN.glob("*.txt")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        doc = parse_text(path.read_text(encoding="utf-8"), path.name)
        score = f1(heading_set(expected["sections"]), heading_set(doc.outline.sections))
        rows.append({"name": path.stem, "group": "own fixtures", "f1": round(score, 3)})
    return rows


def sample_stats(n: int, seed: int = 8) -> dict:
    """Sanity figures on speeches without a gold file."""
    golded = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in GOLD.glob("*.json")}
    files = sorted((SHARED / "corpus" / "speeches").rglob("*.md"))
    files = [p for p in skip_held_out(files, SHARED) if str(p.relative_to(SHARED)) not in golded]
    random.Random(seed).shuffle(files)
    level1, closing, conf, flat_many = [], 0, [], 0
    for path in files[:n]:
        try:
            doc = load_document(path)
        except ReadError:
            continue  # an empty file in the corpus: not a speech to count
        top = len(doc.outline.sections)
        level1.append(top)
        closing += bool(doc.outline.closing)
        flat_many += top > 15
        c = getattr(doc.outline, "confidence", None)
        if c is not None:
            conf.append(c)
    count = len(level1)
    return {
        "documents": count,
        "level1_median": statistics.median(level1) if level1 else 0,
        "no_headings": sum(1 for x in level1 if x == 0),
        "level1_over_15": flat_many,
        "closing_found": closing,
        "confidence_mean": round(statistics.mean(conf), 3) if conf else None,
        "confidence_below_0.5": sum(1 for c in conf if c < 0.5),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="N speeches without gold")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    parser.add_argument("--gold", default="*.json", help="gold files (glob in tests/gold)")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print("outline_quality: ../shared not found", file=sys.stderr)
        return 2
    rows = gold_scores(args.gold) + (fixture_scores() if args.gold == "*.json" else [])
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["group"], []).append(r)
        if r.get("set"):
            groups.setdefault(r["set"], []).append(r)
    summary = {}
    for g, rs in groups.items():
        fs = [r["f1"] for r in rs]
        summary[g] = {
            "documents": len(fs),
            "mean_f1": round(statistics.mean(fs), 3),
            "min_f1": min(fs),
        }
        summary[g].update(set_summary(rs) if g.startswith("held-out set") else {})
    stats = sample_stats(args.sample) if args.sample else None
    if args.json:
        print(
            json.dumps(
                {"documents": rows, "summary": summary, "sample": stats},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if not args.quiet:
        for r in rows:
            conf = f"  conf {r['confidence']:.2f}" if r.get("confidence") is not None else ""
            print(f"{r['f1']:.3f}  {r['group']:<16}{r['name']}{conf}")
            if r["f1"] < 1 and "missing" in r:
                print(f"        missing {r['missing']}\n        extra   {r['extra']}")
    for g, s in summary.items():
        extra = "".join(
            f"  {k} {v}" for k, v in s.items() if k not in ("documents", "mean_f1", "min_f1")
        )
        print(
            f"{g:<16} {s['documents']:3d} docs  mean F1 {s['mean_f1']:.3f}  min {s['min_f1']:.3f}"
            + extra
        )
    if stats:
        print("sample without gold:", json.dumps(stats, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
