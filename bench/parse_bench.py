"""Parse throughput: read + clean + metadata + outline on ../shared/corpus/scale, one core.

Runs Drafter's whole reading pipeline (``drafter.corpus.load_document``) over the scale
corpus and, in the same run on the same files, a naive peer (decode, split lines, one
heading regex per line) so the figure can be read against what "just splitting the text"
costs on this machine. The target is >= 10 MB/s on one core, so that parsing never limits
indexing.

    .venv/bin/python bench/parse_bench.py                  # the whole scale corpus
    .venv/bin/python bench/parse_bench.py --subset 0.1     # every 10th file
    .venv/bin/python bench/parse_bench.py --limit 200 --profile
    .venv/bin/python bench/parse_bench.py --json
    .venv/bin/python bench/parse_bench.py --repeat 3      # best of three on a busy machine
    .venv/bin/python bench/parse_bench.py --cold          # one-time start-up costs counted too

What a process pays once before its first file is read through (the word dictionary the
closing rules' word cut loads, ~0.3 s of CPU) is not reading speed: it is paid before the
clock and printed on a line of its own, so that the throughput is per file read; ``--cold``
counts it in the run as the bench did before session 42.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.corpus import ReadError, load_document
from drafter.corpus.closing.first_part import content_words

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "scale"
NAIVE_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节条])"
)


@dataclass
class Result:
    name: str
    files: int
    errors: int
    megabytes: float
    seconds: float
    headings: int
    cpu_seconds: float = 0.0  # process CPU time: steadier than wall time on a shared machine

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def cpu_mb_per_s(self) -> float:
        return self.megabytes / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def files_per_s(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict:
        return {
            **asdict(self),
            "mb_per_s": round(self.mb_per_s, 2),
            "cpu_mb_per_s": round(self.cpu_mb_per_s, 2),
            "files_per_s": round(self.files_per_s, 1),
        }


def pick_files(corpus: Path, subset: float, limit: int | None) -> list[Path]:
    """Every file of the corpus in a stable order, thinned to ``subset`` evenly."""
    files = sorted(corpus.rglob("*.txt"))
    if 0 < subset < 1:
        step = 1 / subset
        files = [files[int(i * step)] for i in range(int(len(files) * subset))]
    return files[:limit] if limit else files


def run_drafter(files: list[Path]) -> Result:
    errors = headings = 0
    size = sum(p.stat().st_size for p in files)
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        try:
            doc = load_document(path)
        except ReadError:
            errors += 1
            continue
        headings += sum(1 for _ in doc.outline.walk())
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Result("drafter pipeline", len(files), errors, size / 1e6, seconds, headings, cpu)


def warm_up(files: list[Path]) -> float:
    """Pay the pipeline's one-time costs before the clock (see the module docstring): the
    word cutter's dictionary, then a few files read through. CPU seconds it took."""
    cpu = time.process_time()
    content_words("预热")
    for path in files[:10]:
        with contextlib.suppress(ReadError):
            load_document(path)
    return time.process_time() - cpu


def run_naive(files: list[Path]) -> Result:
    """The peer: what reading without cleaning or structure costs."""
    headings = 0
    size = sum(p.stat().st_size for p in files)
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        match = NAIVE_HEADING.match
        for line in text.splitlines():
            if match(line):
                headings += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Result("naive split + regex", len(files), 0, size / 1e6, seconds, headings, cpu)


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def table(results: list[Result]) -> str:
    head = (
        f"{'run':<22}{'files':>7}{'errors':>7}{'MB':>9}{'seconds':>9}{'MB/s':>8}"
        f"{'CPU MB/s':>10}{'files/s':>9}{'headings':>10}"
    )
    rows = [head, "-" * len(head)]
    for r in results:
        rows.append(
            f"{r.name:<22}{r.files:>7}{r.errors:>7}{r.megabytes:>9.2f}{r.seconds:>9.2f}"
            f"{r.mb_per_s:>8.2f}{r.cpu_mb_per_s:>10.2f}{r.files_per_s:>9.1f}{r.headings:>10}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt files")
    parser.add_argument("--subset", type=float, default=1.0, help="fraction of the files (0-1]")
    parser.add_argument("--limit", type=int, default=None, help="at most N files")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--profile", action="store_true", help="print the top functions (cProfile)")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="count the one-time start-up (word dictionary, first reads) in the run",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each N times and keep the fastest (shared machines)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"parse_bench: {args.corpus} not found (../shared is needed)", file=sys.stderr)
        return 2
    files = pick_files(args.corpus, args.subset, args.limit)
    if not files:
        print(f"parse_bench: no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    pin_to_one_core()
    # other processes on the machine slow the wall clock (and, sharing caches, the CPU
    # figure too): the load is printed with the result so two runs can be compared
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    run_naive(files[:20])  # warm the page cache so both runs read from memory
    start_cpu = None if args.cold else warm_up(files)
    naive = min((run_naive(files) for _ in range(max(1, args.repeat))), key=lambda r: r.seconds)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        ours = run_drafter(files)
        profiler.disable()
    else:
        ours = min(
            (run_drafter(files) for _ in range(max(1, args.repeat))), key=lambda r: r.seconds
        )
    results = [ours, naive]
    if args.json:
        payload = {
            "corpus": str(args.corpus),
            "target_mb_per_s": 10.0,
            "load_average": None if load is None else round(load, 2),
            "start_cpu_seconds": None if start_cpu is None else round(start_cpu, 3),
            "results": [r.to_json() for r in results],
            "slowdown_vs_naive": round(naive.mb_per_s / ours.mb_per_s, 1)
            if ours.mb_per_s
            else None,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        at_load = "" if load is None else f", load average {load:.2f}"
        print(f"corpus: {args.corpus}  ({len(files)} files, one core{at_load})")
        print(table(results))
        if start_cpu is not None:
            print(f"one-time start before the clock: {start_cpu:.2f} s CPU (--cold counts it)")
        verdict = "meets" if ours.mb_per_s >= 10 else "misses"
        print(
            f"drafter {ours.mb_per_s:.1f} MB/s ({ours.cpu_mb_per_s:.1f} MB/s of CPU time) "
            f"{verdict} the 10 MB/s target; naive peer is "
            f"{naive.mb_per_s / ours.mb_per_s:.1f}x faster (it neither cleans nor outlines)"
        )
    if args.profile:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
