"""Confidence calibration: does ``Outline.confidence`` separate right outlines from wrong?

Not a timing benchmark. Every gold document (tests/gold/*.json whose source is in ../shared
and not in the session's hold-out list) is read as it lies and in several users' file forms
(tests/corpus/realforms.py); each reading gives its level-1/2 F1 against the gold and the
signals :mod:`drafter.corpus.confidence` weighs. Reported, for "F1 < 0.9" (a wrong
outline): the AUC of 1 - confidence, and precision / recall of the 结构待核 mark
(confidence < LOW_CONFIDENCE), over all readings, the real ones (not forced), and the
texts as they lie (what an office's library holds). ``--fit`` refits the logistic
weights with cross-validation by document (all readings of a document held out together,
``--folds`` folds) and prints the cross-validated figures next to the fitted weights.
Reading every gold document in every form takes long: ``--jobs`` reads documents in
parallel, ``--forms`` reads only some forms.

    .venv/bin/python bench/confidence_fit.py                 # collect + report
    .venv/bin/python bench/confidence_fit.py --rows /tmp/rows.json --fit --jobs 2
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
# this checkout's drafter first, before anything imports it: the venv's editable install
# points at one checkout only, so a bench run from another worktree scored that one's code
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
sys.path.insert(0, str(ROOT / "tests"))
from holdout import held_out  # noqa: E402
from outline_scoring import f1, heading_set  # noqa: E402
from realforms import FORMS, expected_sections, load_source, write_form  # noqa: E402

from drafter.corpus import load_document, parse_text  # noqa: E402
from drafter.corpus.confidence import PRIOR, WEIGHTS, _x, judge  # noqa: E402
from drafter.corpus.display import LOW_CONFIDENCE  # noqa: E402
from drafter.corpus.structure import FORCE, NoReading  # noqa: E402

WRONG = 0.9
# forms also read with the second / third reading forced as level 1 (wrong readings the
# chooser could have made; they teach the weights, they are reported apart)
FORCED_FORMS = ("docx_bullets", "txt_scraped")


def _read_gold(gp: Path, forms: tuple[str, ...]) -> list[dict]:
    """Every reading of one gold document (as it lies, in ``forms``, and forced), as rows."""
    gold = json.loads(gp.read_text("utf-8"))
    source = load_source(gp, SHARED)
    path = SHARED / gold["source"]
    plan = [(form, 0) for form in ("source", *forms)]
    plan += [(form, rank) for form in ("source", *FORCED_FORMS) for rank in (1, 2)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for form, rank in plan:
            FORCE.rank = rank
            try:
                if form == "source":
                    text = path.read_text("utf-8-sig") if path.suffix == ".txt" else None
                    doc = parse_text(text, gold["source"]) if text else load_document(path)
                    want = heading_set(gold["sections"])
                else:
                    want = heading_set(expected_sections(source, form))
                    doc = load_document(write_form(source, form, Path(tmp) / form))
            except NoReading:
                continue
            finally:
                FORCE.rank = 0
            o = doc.outline
            rows.append({"doc": gp.stem, "form": form, "forced": rank,
                         "f1": f1(want, heading_set(o.sections)),
                         "conf": o.confidence, "doubts": o.doubts, "signals": o.signals})  # fmt: skip
    return rows


def collect(forms: tuple[str, ...], jobs: int = 1) -> list[dict]:
    """The readings of every gold document whose source is in ../shared and not held out
    (tests/holdout.py), ``jobs`` documents at a time."""
    hold = held_out()
    todo = []
    for gp in sorted(GOLD.glob("*.json")):
        source = json.loads(gp.read_text("utf-8"))["source"]
        if source not in hold and (SHARED / source).is_file():
            todo.append(gp)
    if jobs <= 1:
        return [r for gp in todo for r in _read_gold(gp, forms)]
    with multiprocessing.Pool(jobs) as pool:
        parts = pool.starmap(_read_gold, [(gp, forms) for gp in todo], chunksize=4)
    return [r for part in parts for r in part]


def auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a wrong outline scores above a right one (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def report(name: str, conf: list[float], rows: list[dict]) -> None:
    wrong = [r["f1"] < WRONG for r in rows]
    flagged = [c < LOW_CONFIDENCE for c in conf]
    tp = sum(f and w for f, w in zip(flagged, wrong))
    right_c = [c for c, w in zip(conf, wrong) if not w]
    wrong_c = [c for c, w in zip(conf, wrong) if w]
    print(
        f"{name}: AUC {auc([-c for c in conf], wrong):.3f}; mark <{LOW_CONFIDENCE}: "
        f"{sum(flagged)} flagged, {tp} of {sum(wrong)} wrong "
        f"(precision {tp / max(1, sum(flagged)):.2f}, recall {tp / max(1, sum(wrong)):.2f}); "
        f"mean conf right {sum(right_c) / max(1, len(right_c)):.3f}, "
        f"wrong {sum(wrong_c) / max(1, len(wrong_c)):.3f}"
    )


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a dozen unknowns: no numpy needed)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for i in range(n):
        p = max(range(i, n), key=lambda k: abs(m[k][i]))
        m[i], m[p] = m[p], m[i]
        for k in range(i + 1, n):
            f = m[k][i] / m[i][i]
            for j in range(i, n + 1):
                m[k][j] -= f * m[i][j]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def _features(r: dict) -> tuple[float, ...]:
    return (1.0, *(_x(k, r["signals"]) for k in WEIGHTS))


def fit(rows: list[dict], l2: float = 1.0) -> list[float]:
    """Logistic regression of "wrong" (F1 < 0.9) on the model's fitted signals (Newton
    steps, L2 penalty on the weights, not the bias); the PRIOR terms enter as an offset."""
    agg: dict[tuple, int] = {}
    for r in rows:
        key = (
            _features(r),
            r["f1"] < WRONG,
            sum(w * _x(k, r["signals"]) for k, w in PRIOR.items()),
        )
        agg[key] = agg.get(key, 0) + 1
    d = len(WEIGHTS) + 1
    w = [0.0] * d
    for _ in range(30):
        hess = [[0.0] * d for _ in range(d)]
        grad = [0.0] * d
        for (x, y, off), c in agg.items():
            z = off + sum(a * b for a, b in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(d):
                grad[i] += c * (p - y) * x[i]
                for j in range(d):
                    hess[i][j] += c * p * (1 - p) * x[i] * x[j]
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = _solve(hess, grad)
        # weights kept >= 0, the bias free: a doubt never raises confidence
        w = [a - b if i == 0 else max(0.0, a - b) for i, (a, b) in enumerate(zip(w, step))]
        if max(abs(v) for v in step) < 1e-7:
            break
    return w


def modelled(r: dict) -> bool:
    """Whether the model judges this reading (``judge`` rates an outline without headings by
    rules of its own)."""
    sig = r["signals"]
    return bool(sig.get("n_heads")) and not sig.get("no_heads") and not sig.get("short_bare")


def reach_bias(w: list[float], rows: list[dict], reach: float) -> list[float]:
    """``w`` with its bias set so that the mark (P(wrong) > 0.5, confidence < 0.7) falls on
    ``reach`` of the forced wrong readings of ``rows``. The forced readings are most of the
    wrong ones the weights are fitted on, so the fitted bias marks as if a wrong outline
    were as common as a right one; in a library it is rare. Holding the mark's reach on
    the wrong skeletons fixed and moving the bias is what lets a refit be compared with
    the model it would replace, on the right outlines the mark also falls on."""
    z = sorted(
        sum(v * _x(k, r["signals"]) for k, v in PRIOR.items())
        + sum(a * b for a, b in zip(w[1:], _features(r)[1:]))
        for r in rows
        if r.get("forced") and r["f1"] < WRONG and modelled(r)
    )
    if not z:
        return w
    return [-z[min(len(z) - 1, int((1 - reach) * len(z)))], *w[1:]]


def _p(w: list[float], r: dict) -> float:
    z = sum(v * _x(k, r["signals"]) for k, v in PRIOR.items())
    z += sum(a * b for a, b in zip(w, _features(r)))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def _as_read(row: dict) -> bool:
    return row["form"] == "source" and not row.get("forced")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", help="cache of collected readings (JSON)")
    ap.add_argument("--fit", action="store_true", help="refit the weights, cross-validated")
    ap.add_argument("--jobs", type=int, default=1, help="documents read at a time")
    ap.add_argument("--folds", type=int, default=10, help="cross-validation folds (by document)")
    ap.add_argument("--forms", help="comma-separated file forms to read (default: every one)")
    args = ap.parse_args(argv)
    if args.rows and Path(args.rows).is_file():
        rows = json.loads(Path(args.rows).read_text("utf-8"))
    else:
        forms = tuple(args.forms.split(",")) if args.forms else FORMS
        unknown = [f for f in forms if f not in FORMS]
        if unknown:
            ap.error(f"unknown form(s): {', '.join(unknown)}")
        rows = collect(forms, args.jobs)
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    print(f"{len(rows)} readings of {len({r['doc'] for r in rows})} gold documents, "
          f"{sum(r['f1'] < WRONG for r in rows)} below F1 {WRONG}")  # fmt: skip
    real = [r for r in rows if not r.get("forced")]
    forced = [r for r in rows if r.get("forced")]
    # the texts as they lie in ../shared: what the library holds of them (the forms are
    # the same texts re-written by realforms, the forced readings wrong on purpose)
    as_read = [r for r in rows if _as_read(r)]
    for name, part in (
        ("all readings", rows),
        ("real readings", real),
        ("as read (the gold texts as they lie)", as_read),
        ("forced readings (wrong skeletons)", forced),
    ):
        print(f"-- {name}")
        report("  stored", [r["conf"] for r in part], part)
        report("  model ", [judge(r["signals"])[0] for r in part], part)
    if args.fit:
        # the share of the forced wrong readings the model in force marks: the refit keeps it
        hit = [
            judge(r["signals"])[0] < LOW_CONFIDENCE
            for r in forced
            if r["f1"] < WRONG and modelled(r)
        ]
        reach = sum(hit) / max(1, len(hit))
        docs = sorted({r["doc"] for r in rows})
        # folds by a hash of the document's name: every reading of a document held out
        # together, the same folds on every run
        fold = {d: zlib.crc32(d.encode("utf-8")) % args.folds for d in docs}
        cv = [r["conf"] for r in rows]  # readings without headings: judge's own rules
        for k in range(args.folds):
            train = [r for r in rows if fold[r["doc"]] != k and modelled(r)]
            w = reach_bias(fit(train), train, reach)
            for i, r in enumerate(rows):
                if fold[r["doc"]] == k and modelled(r):
                    cv[i] = round(1 - 0.6 * _p(w, r), 3)
        print(f"-- {args.folds}-fold by document (weights fitted without the fold's readings; "
              f"bias set to mark {reach:.2f} of the forced wrong readings, as now)")  # fmt: skip
        report("  all    ", cv, rows)
        report("  real   ", [c for c, r in zip(cv, rows) if not r.get("forced")], real)
        report("  as read", [c for c, r in zip(cv, rows) if _as_read(r)], as_read)
        report("  forced ", [c for c, r in zip(cv, rows) if r.get("forced")], forced)
        train = [r for r in rows if modelled(r)]
        w = reach_bias(fit(train), train, reach)
        print("BIAS", round(w[0], 2), {k: round(a, 2) for k, a in zip(WEIGHTS, w[1:])})
    return 0


if __name__ == "__main__":
    sys.exit(main())
