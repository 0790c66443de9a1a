"""Review benchmark: a 20,000-character speech against a 3,000-document library.

    python bench/review_bench.py [--library DIR] [--docs 3000] [--runs 5]

The library is built from ../shared/corpus/scale (3,000 files drawn with a fixed seed)
unless ``--library`` names one already built from them (it is then reused, as a real
office's library is). The speech is real text the library does not hold (speeches of
../shared/corpus/speeches/ren laid out as a four-part speech with （一）（二） sub-parts,
about 20,000 characters) with eight paragraphs copied from library documents, which the
reuse check must find.

Systems, each in its own subprocess (peak RSS by ru_maxrss):
  drafter  review_document with every rule and the reuse check over the library's
           fingerprint index (cold: open library + index + review; warm: median of N
           reviews with both open); also the rules without reuse
  naive    the reuse check done the obvious way: read every library document, take every
           12-character shingle of every paragraph, compare with the speech's (no index,
           no sampling), verify candidates with the same difflib step
The two reuse answers are compared (paragraphs found by one and not the other).
Writes a table to stdout and bench/results/review.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "review.md"
SPEECH_CHARS = 20_000
COPIED = 8


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def select_files(n: int) -> list[Path]:
    files = sorted(p for p in (SHARED / "corpus" / "scale").rglob("*") if p.is_file())
    random.Random(9).shuffle(files)
    return sorted(files[:n])


def build_speech(library) -> tuple[str, list[str]]:
    """The speech text and the library paragraphs copied into it."""
    from drafter.corpus import load_document

    paras: list[str] = []
    ren = sorted((SHARED / "corpus" / "speeches" / "ren").glob("*"))[::3]
    for path in skip_held_out(ren, SHARED):  # the session's blind texts are never read
        doc = load_document(path)
        paras += [p.text for p in doc.paragraphs() if not p.is_heading and 60 <= len(p.text) <= 400]
        if sum(map(len, paras)) > SPEECH_CHARS:
            break
    rng = random.Random(5)
    infos = library.documents()
    copied: list[str] = []
    while len(copied) < COPIED:
        info = rng.choice(infos)
        doc = library.load(info.id)
        cands = [p.text for p in doc.paragraphs() if not p.is_heading and 80 <= len(p.text) <= 300]
        if cands:
            copied.append(rng.choice(cands))
    lines = ["在全区工作会议上的讲话", "（2026年3月2日）", "同志们："]
    body_paras = []
    total = 0
    for text in paras:
        body_paras.append(text)
        total += len(text)
        if total >= SPEECH_CHARS:
            break
    for k, text in enumerate(copied):
        body_paras.insert(5 + k * (len(body_paras) // COPIED), text)
    per_part = len(body_paras) // 4
    cn = "一二三四"
    for part in range(4):
        lines.append(f"{cn[part]}、第{cn[part]}部分的标题")
        chunk = body_paras[part * per_part : (part + 1) * per_part if part < 3 else None]
        half = len(chunk) // 2
        lines.append("（一）第一个小标题")
        lines += chunk[:half]
        lines.append("（二）第二个小标题")
        lines += chunk[half:]
    return "\n".join(lines) + "\n", copied


# -- children ----------------------------------------------------------------------------


def child_build(lib_dir: Path, files: list[Path]) -> dict:
    from drafter.library.library import Library
    from drafter.review.reuse import ReuseIndex

    t = time.perf_counter()
    with Library.open(lib_dir, workers=1) as lib:
        for _ in lib.add(files):
            pass
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        index = ReuseIndex.open(lib)
        for _ in index.update():
            pass
        index.close()
        index_s = time.perf_counter() - t
    return {"import_s": import_s, "index_s": index_s, "peak_mb": peak_mb()}


def child_review(lib_dir: Path, speech: Path, runs: int) -> dict:
    from drafter.corpus.load import parse_text

    t0 = time.perf_counter()
    from drafter.library.library import Library
    from drafter.review import ReviewConfig, review_document
    from drafter.review.reuse import ReuseIndex

    text = speech.read_text("utf-8")
    doc = parse_text(text, str(speech))
    lib = Library.open(lib_dir, create=False)
    index = ReuseIndex.open(lib)
    result = review_document(doc, reuse=index)
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(runs):
        t = time.perf_counter()
        result = review_document(doc, reuse=index)
        warm.append(time.perf_counter() - t)
    no_reuse = []
    cfg = ReviewConfig(disabled={"reuse.copied", "reuse.stale_token"})
    for _ in range(runs):
        t = time.perf_counter()
        review_document(doc, cfg)
        no_reuse.append(time.perf_counter() - t)
    parse = []
    for _ in range(runs):
        t = time.perf_counter()
        parse_text(text, str(speech))
        parse.append(time.perf_counter() - t)
    paras = doc.paragraphs()
    reused = sorted({paras[f.paragraph].text for f in result.findings if f.rule == "reuse.copied"})
    levels = {
        lv: sum(1 for f in result.findings if f.level == lv) for lv in ("error", "warning", "hint")
    }
    return {
        "chars": sum(len(p.text) for p in paras),
        "paragraphs": len(paras),
        "cold_s": cold,
        "warm_s": statistics.median(warm),
        "no_reuse_s": statistics.median(no_reuse),
        "parse_s": statistics.median(parse),
        "reused": reused,
        "levels": levels,
        "peak_mb": peak_mb(),
    }


def child_naive(lib_dir: Path, speech: Path) -> dict:
    from drafter.corpus.load import parse_text
    from drafter.library.library import Library
    from drafter.review.reuse import (
        MIN_PARAGRAPH,
        MIN_SHARE,
        MIN_SHARED,
        SHINGLE,
        _shared,
        normalise,
    )

    t0 = time.perf_counter()
    doc = parse_text(speech.read_text("utf-8"), str(speech))
    body = [p.text for p in doc.paragraphs() if not p.is_heading]
    owner: dict[str, set[int]] = {}
    norms = {}
    for i, text in enumerate(body):
        norm = normalise(text)
        if len(norm) >= MIN_PARAGRAPH:
            norms[i] = norm
            for k in range(len(norm) - SHINGLE + 1):
                owner.setdefault(norm[k : k + SHINGLE], set()).add(i)
    best: dict[int, int] = {}
    found: dict[int, str] = {}
    with Library.open(lib_dir, create=False) as lib:
        for info in lib.documents():
            for p in lib.load(info.id).paragraphs():
                if p.is_heading:
                    continue
                norm = normalise(p.text)
                if len(norm) < MIN_PARAGRAPH:
                    continue
                votes: dict[int, int] = {}
                for k in range(len(norm) - SHINGLE + 1):
                    for i in owner.get(norm[k : k + SHINGLE], ()):
                        votes[i] = votes.get(i, 0) + 1
                for i, v in votes.items():
                    if v < 3:
                        continue
                    shared = _shared(norms[i], norm)
                    if (
                        shared >= MIN_SHARED
                        and shared / len(norms[i]) >= MIN_SHARE
                        and shared > best.get(i, 0)
                    ):
                        best[i] = shared
                        found[i] = body[i]
    return {
        "s": time.perf_counter() - t0,
        "reused": sorted(set(found.values())),
        "peak_mb": peak_mb(),
    }


def run_child(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=str(ROOT)
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--library", type=Path, default=None, help="a library built from the same files"
    )
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", nargs="+", default=None)
    args = ap.parse_args()
    if args.child:
        mode, *rest = args.child
        if mode == "build":
            lib_dir = Path(rest[0])
            files = [Path(x) for x in Path(rest[1]).read_text("utf-8").splitlines()]
            print(json.dumps(child_build(lib_dir, files)))
        elif mode == "review":
            print(
                json.dumps(
                    child_review(Path(rest[0]), Path(rest[1]), int(rest[2])), ensure_ascii=False
                )
            )
        elif mode == "naive":
            print(json.dumps(child_naive(Path(rest[0]), Path(rest[1])), ensure_ascii=False))
        return 0
    if not (SHARED / "corpus" / "scale").is_dir():
        print("../shared/corpus/scale is absent: nothing to benchmark", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="review-bench-"))
    lib_dir = args.library or work / "lib"
    build = None
    if args.library is None or not (lib_dir / "catalog.sqlite3").exists():
        listing = work / "files.txt"
        listing.write_text("\n".join(map(str, select_files(args.docs))), "utf-8")
        build = run_child("build", str(lib_dir), str(listing))
    from drafter.library.library import Library

    with Library.open(lib_dir, create=False) as lib:
        docs = len(lib.documents())
        _, lib_paras, lib_chars = lib.catalog.totals()
        text, copied = build_speech(lib)
        if build is None:  # an existing library: make sure its reuse index is current
            from drafter.review.reuse import ReuseIndex

            index = ReuseIndex.open(lib)
            t = time.perf_counter()
            index.ensure()
            index.close()
            build = {"import_s": None, "index_s": time.perf_counter() - t, "peak_mb": None}
    speech = work / "speech.txt"
    speech.write_text(text, "utf-8")
    ours = run_child("review", str(lib_dir), str(speech), str(args.runs))
    naive = run_child("naive", str(lib_dir), str(speech))
    want = {" ".join(c.split()) for c in copied}
    got = {" ".join(c.split()) for c in ours["reused"]}
    peer = {" ".join(c.split()) for c in naive["reused"]}
    rows = [
        "| system | what | time | peak RSS |",
        "|---|---|---|---|",
        f"| drafter | review, all rules + reuse, warm (median of {args.runs}) | {ours['warm_s']:.3f} s | {ours['peak_mb']:.0f} MB |",
        f"| drafter | same, cold (open library + index, first review) | {ours['cold_s']:.3f} s | |",
        f"| drafter | rules without reuse (median) | {ours['no_reuse_s']:.3f} s | |",
        f"| drafter | reading the speech (parse_text, not in the times above) | {ours['parse_s']:.3f} s | |",
        f"| naive | reuse only: scan every library paragraph's shingles | {naive['s']:.1f} s | {naive['peak_mb']:.0f} MB |",
    ]
    if build.get("import_s") is not None:
        rows.append(
            f"| (setup) | library import of {docs} files, 1 worker | {build['import_s']:.1f} s | {build['peak_mb']:.0f} MB |"
        )
    rows.append(f"| (setup) | reuse index build/update | {build['index_s']:.1f} s | |")
    report = [
        "# Review benchmark",
        "",
        f"Library: {docs} documents, {lib_paras} paragraphs, {lib_chars / 1e6:.1f} M characters "
        f"(../shared/corpus/scale). Speech: {ours['chars']} characters, {ours['paragraphs']} paragraphs, "
        f"{COPIED} of them copied from library documents.",
        "",
        *rows,
        "",
        f"Reuse found by drafter: {len(got & want)} of {len(want)} copied paragraphs "
        f"({len(got - want)} other); naive peer: {len(peer & want)} of {len(want)} "
        f"({len(peer - want)} other); found by the peer and not by drafter: {len(peer - got)}.",
        f"Findings on the speech: {ours['levels']}.",
        "",
    ]
    out = "\n".join(report)
    print(out)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(out, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
