"""Where reading time goes: each pipeline stage's fixed cost per document and cost per KB.

parse_bench gives one figure (MB/s); this splits it. Every document of a sample of
../shared/corpus/scale is read through the whole pipeline with each stage timed on the
thread's CPU clock (a wrapper around the stage, no profiler: cProfile's per-call overhead
falls on the many small rules and made them look several times dearer than they are),
and a least-squares line ``seconds = fixed + per_kb * size`` is fitted per stage. The
fixed part is what a document costs whatever its length (the header, the top zone, the
tail and closing rules, the reader's set-up); on the scale corpus's ~17 KB documents it is
about 40% of the time.

    .venv/bin/python bench/parse_costs.py                      # a quarter of the corpus
    .venv/bin/python bench/parse_costs.py --subset 0.1 \\
        --stage drafter.corpus.outline_tree:find_closing       # also time named functions

A name given with ``--stage`` (``module:function``) is replaced in every drafter module
that imported it, so it is timed wherever it is called; nested stages are each counted
whole (a stage's time includes the stages it calls).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_bench import DEFAULT_CORPUS, pick_files, pin_to_one_core, warm_up  # noqa: E402

from drafter.corpus import ReadError, load_document  # noqa: E402

STAGES = [
    "drafter.corpus.pipeline:read_file",
    "drafter.corpus.pipeline:clean_blocks",
    "drafter.corpus.pipeline:split_apparatus",
    "drafter.corpus.pipeline:extract_metadata",
    "drafter.corpus.pipeline:parse_outline",
    "drafter.corpus.pipeline:lift_tails",
]


def timed(name: str, fn: Callable, spent: dict[str, float]) -> Callable:
    """``fn`` adding the CPU time of each call to ``spent[name]``."""

    def wrapper(*args, **kwargs):
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.thread_time() - start

    return wrapper


def install(spec: str, spent: dict[str, float]) -> None:
    """Time ``module:function`` in every drafter module that holds it."""
    module, _, name = spec.partition(":")
    original = getattr(importlib.import_module(module), name)
    wrapper = timed(spec, original, spent)
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("drafter") and (
            getattr(mod, name, None) is original
        ):
            setattr(mod, name, wrapper)


def fit(sizes: list[float], seconds: list[float]) -> tuple[float, float]:
    """Least-squares (fixed, per_kb) of ``seconds`` against ``sizes`` (KB)."""
    n = len(sizes)
    mean_x, mean_y = sum(sizes) / n, sum(seconds) / n
    sxx = sum((x - mean_x) ** 2 for x in sizes) or 1.0
    per_kb = sum((x - mean_x) * (y - mean_y) for x, y in zip(sizes, seconds)) / sxx
    return mean_y - per_kb * mean_x, per_kb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--subset", type=float, default=0.25, help="fraction of the files")
    parser.add_argument("--stage", action="append", default=[], help="module:function to time")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"parse_costs: {args.corpus} not found (../shared is needed)", file=sys.stderr)
        return 2
    files = pick_files(args.corpus, args.subset, None)
    pin_to_one_core()
    warm_up(files)
    spent: dict[str, float] = {}
    names = STAGES + args.stage
    for spec in names:
        install(spec, spent)
    sizes: list[float] = []
    totals: list[float] = []
    per_stage: dict[str, list[float]] = {name: [] for name in names}
    for path in files:
        spent.clear()
        start = time.thread_time()
        try:
            load_document(path)
        except ReadError:
            continue
        totals.append(time.thread_time() - start)
        sizes.append(path.stat().st_size / 1000)
        for name in names:
            per_stage[name].append(spent.get(name, 0.0))
    fixed, per_kb = fit(sizes, totals)
    share = fixed * len(totals) / sum(totals)
    print(
        f"{len(totals)} documents, mean {sum(sizes) / len(sizes):.1f} KB, "
        f"{sum(sizes) / 1000 / sum(totals):.2f} MB/s of CPU time"
    )
    print(f"{'stage':<48}{'fixed µs':>10}{'µs/KB':>8}{'total s':>9}")
    print(f"{'whole load_document':<48}{fixed * 1e6:>10.0f}{per_kb * 1e6:>8.1f}{sum(totals):>9.2f}")
    for name in names:
        f, k = fit(sizes, per_stage[name])
        print(
            f"{name.split(':')[-1]:<48}{f * 1e6:>10.0f}{k * 1e6:>8.1f}{sum(per_stage[name]):>9.2f}"
        )
    print(f"fixed share of the time: {share:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
