"""Leave-one-group-out (LOGO) figures of the frame model (drafter/study/frames/model.py).

Every hand-made study gold file with frames (tests/study/gold/study_*.json) is one group. For
each group, the model's weights and threshold are fitted on all the other groups and the
group is scored with them — so each group's "after" figure is on data the weights never saw.
"before" is the rules alone (frames.rule_frames, no second look); both are finished by
frames.finish as find_frames finishes them (A和B是两件事 dropped, items polished). The formula
lexicons (frames.lexicon.NAMED_FORMULAS and COUNTED_FORMULAS, mined from the gold) are mined afresh for each group
without that group's file (``--full-lexicon`` reads every group with the lexicon as landed). Reported per group, pooled,
and the weights fitted on every group (the ones frames.model.WEIGHTS should hold) — before
copying them, run bench/frame_split.py --compare: it scores the shipped weights (these figures
are of refitted ones) and a fit on the development half's texts on the check half.

    .venv/bin/python bench/study_logo.py [--json] [--verbose] [--misses speech|report] [--l2 1.0]

``--misses KIND`` lists, for the development texts of that kind only (never a check group),
every gold frame the second look still misses and every frame it finds that no gold holds,
each with the words around it: the list a session classifies before it writes a rule.

Each row also gives the roadmap sentences of the group's texts (recall and precision, with
the hits over gold and the right ones over found): the roadmap readers are rules with nothing
fitted, so a group's roadmap figure is what the rules do on it; which groups a rule was
written from is said where the rule is, and the other groups' rows are its held-out credit.

Check groups (``--check``, default batch 12; batch 11 is development since stop 21) never fit
weights: each development group is scored with weights fitted on the other development groups,
each check group with weights fitted on all development groups; POOLED is the development
groups, POOLED SPEECH and POOLED REPORT their texts by kind (corpus/speeches or not), POOLED
CHECK the checks.

Texts listed in the session's hold-out file (``--holdout``, default
/work/notes/HOLDOUT.txt when present) are skipped, whatever gold holds them.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "study"))
sys.path.insert(0, str(ROOT))

from study_scoring import (  # noqa: E402
    GOLD_DIR,
    Score,
    gold_document,
    load_gold,
    same_phrase,
    score_document,
    settled,
)

from drafter.study.frames import finish, refused_counts, rule_frames  # noqa: E402
from drafter.study.frames import lexicon as frame_lexicon  # noqa: E402
from drafter.study.frames import model as frame_model  # noqa: E402
from drafter.study.layout import layout  # noqa: E402
from drafter.study.roadmap import find_roadmap  # noqa: E402
from drafter.study.traditional import has_traditional, restore, simplified  # noqa: E402


@dataclass
class Doc:
    """One gold text with what the rules found and the counts they refused."""

    entry: dict
    lay: object
    read: object
    kept: list
    rejected: list
    roadmap: list
    rows: list = field(default_factory=list)  # (features, label) per candidate


def load_docs(holdout: set[str], full_lexicon: bool = False) -> dict[str, list[Doc]]:
    """Every gold group's texts with what the rules find in them; unless ``full_lexicon``,
    each group is read with the named-only formulas mined from the other groups only."""
    from formula_lexicon import gold_counted, gold_named

    landed = frame_lexicon.NAMED_FORMULAS, frame_lexicon.COUNTED_FORMULAS
    groups: dict[str, list[Doc]] = {}
    for path in sorted(GOLD_DIR.glob("study_*.json")):
        # read as the gold tests read it: the session-26 settlement's calls taken out
        entries = [e for e in settled(path, load_gold(path)) if "frames" in e]
        if not any(e["frames"] for e in entries):
            continue  # roadmap- or bookends-only gold
        if not full_lexicon:
            frame_lexicon.NAMED_FORMULAS = gold_named(leave_out=path.stem)
            frame_lexicon.COUNTED_FORMULAS = gold_counted(leave_out=path.stem)
        docs = []
        for entry in entries:
            if entry["file"] in holdout:
                continue
            lay = layout(gold_document(entry, SHARED))
            read = simplified(lay) if has_traditional(lay) else lay
            kept, rejected = rule_frames(read)
            doc = Doc(entry, lay, read, kept, rejected, find_roadmap(lay))
            cands = refused_counts.candidates(read, kept, rejected)
            open_gold = _unmatched(entry["frames"], _final(doc, kept))
            others = [*kept, *(f for f, _ in cands)]
            for frame, why in cands:
                hit = next((g for g in open_gold if same_phrase(g, frame)), None)
                if hit is not None:
                    open_gold.remove(hit)
                doc.rows.append((frame_model.features(read, frame, why, others), hit is not None))
            docs.append(doc)
        groups[path.stem.replace("study_", "")] = docs
    frame_lexicon.NAMED_FORMULAS, frame_lexicon.COUNTED_FORMULAS = landed
    return groups


def add_group_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every leave-one-group-out bench over the frames gold shares: the hold-out
    file (texts left out of every group) and the check groups (never fitted on)."""
    parser.add_argument("--holdout", type=Path, default=Path("/work/notes/HOLDOUT.txt"))
    parser.add_argument("--check", default="heldout_b12")


def groups_and_checks(args: argparse.Namespace) -> tuple[dict[str, list[Doc]], set[str]] | None:
    """The gold groups (hold-out texts left out) and the check groups' names the options of
    :func:`add_group_arguments` ask for; None, after saying so, when ../shared is absent."""
    if not SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return None
    return load_docs(read_holdout(args.holdout)), {c for c in args.check.split(",") if c}


def read_holdout(path: Path) -> set[str]:
    """The paths a hold-out file lists (one per line), empty when there is no such file: the
    session's blind texts, left out of every group by each bench that fits on the gold."""
    if not path.is_file():
        return set()
    return {s.strip() for s in path.read_text().splitlines() if s.strip()}


def training_rows(
    groups: dict[str, list[Doc]], left_out: str, check: set[str]
) -> list[tuple[dict, bool]]:
    """The rows a model is fitted on when group ``left_out`` is scored: every development
    group but that one (check groups never fit), so each group is scored by weights that never
    saw it."""
    return [
        r
        for other, ds in groups.items()
        if other != left_out and other not in check
        for d in ds
        for r in d.rows
    ]


def _unmatched(gold: list[dict], frames: list) -> list[dict]:
    used: set[int] = set()
    out = []
    for g in gold:
        hit = next((i for i, f in enumerate(frames) if i not in used and same_phrase(g, f)), None)
        if hit is None:
            out.append(g)
        else:
            used.add(hit)
    return out


def _final(doc: Doc, frames: list) -> list:
    """``frames`` (found on the text as read) on the text as written: a text in traditional
    characters is read through a simplified copy."""
    return restore(frames, doc.lay, doc.read) if doc.read is not doc.lay else frames


def fit(rows: list[tuple[dict, bool]], l2: float, steps: int = 400) -> dict[str, float]:
    """Logistic regression by gradient descent (plain Python: a few hundred rows)."""
    names = frame_model.FEATURES
    w = dict.fromkeys(names, 0.0)
    if not rows:
        return w
    n = len(rows)
    rate = 0.5
    # each row's non-zero features only, in FEATURES order: most are zero, and skipping them
    # adds nothing to z or to a gradient, so the weights come out the same, four times faster
    sparse = [([(k, feats[k]) for k in names if feats[k]], label) for feats, label in rows]
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        for feats, label in sparse:
            z = sum(w[k] * v for k, v in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - (1.0 if label else 0.0)
            for k, v in feats:
                grad[k] += d * v
        for k in names:
            reg = 0.0 if k == "bias" else l2 * w[k]
            w[k] -= rate * (grad[k] / n + reg / n)
    return w


def pick_threshold(rows: list[tuple[dict, bool]], w: dict[str, float]) -> float:
    """The cut that keeps most right frames for fewest wrong ones on the fitting rows
    (true minus false kept; ties go to the higher cut)."""
    best, best_cut = -1, 0.9
    for cut in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        gain = sum(
            (1 if label else -1) for feats, label in rows if frame_model.probability(feats, w) > cut
        )
        if gain > best:
            best, best_cut = gain, cut
    return best_cut


def score_group(
    docs: list[Doc], w: dict[str, float] | None, cut: float, kinds: dict[str, Score] | None = None
) -> Score:
    """The group's score; with ``kinds``, each text's counts are also added to the score of
    its kind ("speech" for corpus/speeches, else "report"), so that speeches can be pooled
    apart from reports across groups."""
    score = Score()
    for doc in docs:
        kept, rejected = copy.deepcopy((doc.kept, doc.rejected))
        frames = kept if w is None else refused_counts.second_look(doc.read, kept, rejected, w, cut)
        frames = finish(doc.read, frames)
        study = SimpleNamespace(frames=_final(doc, frames), roadmap=doc.roadmap)
        score_document(doc.entry, study, score)
        if kinds is not None:
            score_document(doc.entry, study, kinds.setdefault(_kind(doc), Score()))
    return score


def _kind(doc: Doc) -> str:
    """The kind a text is pooled with: "speech" for a text of corpus/speeches, else "report"."""
    return "speech" if "speeches/" in doc.entry["file"] else "report"


def _print_misses(name: str, doc: Doc, w: dict[str, float], cut: float) -> None:
    """One line per gold frame the second look misses (MISS) and per frame it finds that
    no gold holds (SPUR) in ``doc``, with 30 characters either side of the phrase's first
    use (the phrase as found for SPUR, as the gold writes it for MISS). Runs on copies: the
    second look completes the frames it adopts, and score_group runs it after this."""
    kept, rejected = copy.deepcopy((doc.kept, doc.rejected))
    frames = finish(doc.read, refused_counts.second_look(doc.read, kept, rejected, w, cut))
    score = Score()
    score_document(doc.entry, SimpleNamespace(frames=_final(doc, frames), roadmap=[]), score)
    print_scored(name, Path(doc.entry["file"]).stem[:30], doc, score)


def print_scored(name: str, label: str, doc: Doc, score: Score) -> None:
    """The MISS and SPUR lines of one scored text, 30 characters either side of each
    phrase (shared with bench/frame_split.py, which labels a text by its whole path)."""
    text = "\n".join(p.text for p in doc.lay.paragraphs)
    for tag, lines in (("MISS", score.misses), ("SPUR", score.spurious)):
        for line in lines:
            phrase = line.split(": ", 1)[1]
            at = text.find(phrase)
            around = text[max(0, at - 30) : at + len(phrase) + 30] if at >= 0 else ""
            print(f"{tag} [{name}] {label} :: {phrase} :: " + around.replace("\n", " / "))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list added frames per group")
    parser.add_argument(
        "--misses",
        choices=("speech", "report"),
        help="list every missed and spurious frame of the development texts of this kind",
    )
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--cut",
        type=float,
        default=0.0,
        help="a fixed threshold; by default one is fitted with the weights (pick_threshold)",
    )
    parser.add_argument("--holdout", type=Path, default=Path("/work/notes/HOLDOUT.txt"))
    parser.add_argument(
        "--check",
        default="heldout_b12",
        help="check groups (comma-separated): never used to fit weights, pooled apart",
    )
    parser.add_argument(
        "--full-lexicon",
        action="store_true",
        help="read every group with NAMED_FORMULAS as landed (not mined without the group)",
    )
    args = parser.parse_args()
    check = {c for c in args.check.split(",") if c}
    if not SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    groups = load_docs(read_holdout(args.holdout), args.full_lexicon)
    table = {}
    pooled_before, pooled_after = Score(), Score()
    check_before, check_after = Score(), Score()
    kinds_before: dict[str, Score] = {}
    kinds_after: dict[str, Score] = {}
    for name, docs in groups.items():
        train = training_rows(groups, name, check)
        w = fit(train, args.l2)
        cut = args.cut or pick_threshold(train, w)
        into = (check_before, check_after) if name in check else (pooled_before, pooled_after)
        by_kind = (kinds_before, kinds_after) if name not in check else ({}, {})
        if args.misses and name not in check:
            for doc in docs:
                if _kind(doc) == args.misses:
                    _print_misses(name, doc, w, cut)
        before = score_group(docs, None, 0.5, by_kind[0])
        after = score_group(docs, w, cut, by_kind[1])
        for pooled, s in zip(into, (before, after)):
            for k in (
                *("gold_frames", "found_frames", "matched", "gold_listed", "items_right"),
                *("gold_roadmap", "found_roadmap", "roadmap_hits", "roadmap_right"),
            ):
                setattr(pooled, k, getattr(pooled, k) + getattr(s, k))
        table[name] = (before, after, cut)
        if args.verbose and not args.json:
            added = [x for x in after.spurious if x not in before.spurious]
            gained = [x for x in before.misses if x not in after.misses]
            print(f"{name}: +right {gained}\n   +spurious {added}")
    table["POOLED"] = (pooled_before, pooled_after, None)  # development groups only
    for kind in sorted(kinds_after):  # development texts by kind: speeches apart from reports
        table[f"POOLED {kind.upper()}"] = (kinds_before[kind], kinds_after[kind], None)
    if check:
        table["POOLED CHECK"] = (check_before, check_after, None)
    everything = [r for n, ds in groups.items() if n not in check for d in ds for r in d.rows]
    w_all = fit(everything, args.l2)
    cut_all = args.cut or pick_threshold(everything, w_all)
    if args.json:
        out = {
            k: {"before": b.figures(), "after": a.figures(), "threshold": c}
            for k, (b, a, c) in table.items()
        }
        out["weights_all"] = {k: round(v, 3) for k, v in w_all.items()}
        out["threshold_all"] = cut_all
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"candidates: {len(everything)}, frames among them: {sum(1 for _, y in everything if y)}")
    for name, (b, a, cut) in table.items():
        fb, fa = b.figures(), a.figures()
        print(
            f"{name:14} R {fb['frame_recall']:.2f}->{fa['frame_recall']:.2f} "
            f"P {fb['frame_precision']:.2f}->{fa['frame_precision']:.2f} "
            f"items {fb['items_accuracy']:.2f}->{fa['items_accuracy']:.2f} "
            f"({b.items_right}->{a.items_right} right) "
            f"(gold {fb['gold_frames']}, found {fb['found_frames']}->{fa['found_frames']}, "
            f"right {b.matched}->{a.matched})"
            + (f" cut {cut}" if cut else "")
            # roadmap sentences: rules only, nothing fitted, so one figure (the second look
            # does not touch them) — a group's figure is on data no weight saw either way
            + f" | roadmap R {fa['roadmap_recall']:.2f} P {fa['roadmap_precision']:.2f} "
            f"({a.roadmap_hits}/{fa['gold_roadmap']} gold, {a.roadmap_right}/"
            f"{fa['found_roadmap']} found)"
        )
    print(f"weights fitted on every group (threshold {cut_all}), for frame_model.WEIGHTS:")
    print("{\n" + "".join(f'    "{k}": {v:.2f},\n' for k, v in w_all.items()) + "}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
