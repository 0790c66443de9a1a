"""Library-wide structure mining (``drafter library frames``) against two peers, same run.

    python bench/study_mining_bench.py [--library DIR] [--docs 3000]

Without ``--library`` a library of ``--docs`` real files is imported first from
../shared/corpus (all speeches, then scale/ texts) into a temporary folder (not timed here;
``--keep`` keeps it for the next run). Systems, each over every document of the library:

  drafter   drafter.study.mining.mine over the library's cached parses (what the 结构 panel
            and ``drafter library frames`` run): frames with their items, sibling patterns,
            counts by genre/occasion/year, examples; its result is then kept as they keep it
            (drafter.study.mining_cache, not timed)
  cached    what a second start of the panel or a second ``library frames`` does while the
            library is unchanged: the library's key (every document's version, the rules'
            stamp) and the kept result read back
  reparse   the obvious alternative: read every source file again and run the full study
            analysis on it (``drafter study`` per file)
  regex     a floor, not a competitor: one regular expression for "number + counter" over
            the raw text (mentions only: no items, no patterns, no facets)

Prints seconds (wall and CPU: user+sys of this process, what a loaded machine does not
inflate), documents per second and what each found; writes bench/results/study.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
RESULTS = ROOT / "bench" / "results" / "study.md"


def build_library(target: Path, docs: int) -> None:
    from drafter.library import Library

    files = sorted((SHARED / "corpus" / "speeches").rglob("*.md"))
    files += sorted((SHARED / "corpus" / "scale").rglob("*.txt"))
    files += sorted((SHARED / "corpus" / "scale").rglob("*.md"))
    files = skip_held_out(files, SHARED)[:docs]  # the session's blind texts are never read
    t0 = time.perf_counter()
    with Library.open(target) as lib:
        for _ in lib.add(files):
            pass
        n = len(lib.documents())
    print(
        f"imported {n} documents in {time.perf_counter() - t0:.1f} s into {target}", file=sys.stderr
    )


def _found(mined) -> str:
    """What a mining result holds, said the same way for a fresh run and a kept one (so the
    two rows of the table can be compared by eye)."""
    listed = sum(f.listed for f in mined.frames)
    return (
        f"{len(mined.frames)} frames ({listed} listed occurrences), "
        f"{len(mined.patterns)} heading patterns, {len(mined.failed)} failed"
    )


def run_drafter(lib) -> tuple[float, str]:
    from drafter.study.mining import library_entries, mine_all
    from drafter.study.mining_cache import mining_key, save_cached

    t0 = time.perf_counter()
    total = len(lib.documents())
    mined = mine_all(library_entries(lib), total, min_documents=1)
    dt = time.perf_counter() - t0
    save_cached(lib, mined, mining_key(lib))  # for "cached", as the panel and the CLI keep it
    return dt, _found(mined)


def run_cached(lib) -> tuple[float, str]:
    from drafter.study.mining_cache import load_cached, mining_key

    t0 = time.perf_counter()
    mined, _existed = load_cached(lib, mining_key(lib))
    dt = time.perf_counter() - t0
    if mined is None:
        return dt, "nothing kept (run drafter first)"
    return dt, _found(mined)


def run_reparse(lib) -> tuple[float, str]:
    from drafter.corpus import ReadError, load_document
    from drafter.study.analyze import analyze

    t0 = time.perf_counter()
    frames = patterns = failed = 0
    for info in lib.documents():
        try:
            study = analyze(load_document(info.path))
        except (ReadError, OSError):
            failed += 1
            continue
        frames += len(study.frames)
        patterns += len(study.siblings)
    return (
        time.perf_counter() - t0,
        f"{frames} frame mentions, {patterns} sibling groups, {failed} failed",
    )


_RX = re.compile(
    r"(?<![第一二三四五六七八九十])[二三四五六七八九十两](?:个|点|项|条|大|种)[\u4e00-\u9fff]{2}"
)


def run_regex(lib) -> tuple[float, str]:
    t0 = time.perf_counter()
    hits = 0
    for info in lib.documents():
        try:
            text = Path(info.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        hits += len(_RX.findall(text))
    return time.perf_counter() - t0, f"{hits} raw mentions"


def _cpu() -> float:
    """User+sys seconds of this process: on a machine shared with other work the wall clock
    counts their time too, the CPU time only ours."""
    t = os.times()
    return t.user + t.system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="build the library here and keep it")
    parser.add_argument("--skip", nargs="*", default=[], help="systems to skip")
    args = parser.parse_args()
    from drafter.library import Library

    tmp = None
    root = args.library
    if root is None:
        if not SHARED.is_dir():
            print("../shared is absent: nothing to mine", file=sys.stderr)
            return 2
        root = args.keep or Path(tempfile.mkdtemp(prefix="drafter-mine-"))
        tmp = None if args.keep else root
        build_library(root, args.docs)
    rows = []
    with Library.open(root, create=False) as lib:
        n = len(lib.documents())
        for name, fn in (
            ("drafter", run_drafter),
            ("cached", run_cached),
            ("reparse", run_reparse),
            ("regex", run_regex),
        ):
            if name in args.skip:
                continue
            cpu0 = _cpu()
            dt, what = fn(lib)
            cpu = _cpu() - cpu0
            rows.append((name, dt, n / dt if dt else 0.0, what, cpu))
            print(f"{name:8} {dt:7.2f} s  cpu {cpu:7.2f} s  {n / dt:7.0f} docs/s  {what}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Study mining benchmark",
        "",
        f"{n} documents (python bench/study_mining_bench.py; 2 CPU cores shared with other work, "
        f"load average {os.getloadavg()[0]:.1f} at the end of the run).",
        "",
        "| system | seconds (wall) | CPU seconds | docs/s (wall) | found |",
        "|---|---:|---:|---:|---|",
    ]
    lines += [f"| {r[0]} | {r[1]:.2f} | {r[4]:.2f} | {r[2]:.0f} | {r[3]} |" for r in rows]
    # a hand-written "## Measured" part (paired runs, notes) survives a new run of the table
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old[old.index("\n## Measured") :] if "\n## Measured" in old else ""
    RESULTS.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
