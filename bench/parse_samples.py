"""Where reading time goes, by sampling: each function's share of the CPU time, and within
one function, each of its lines' share.

parse_costs times whole stages; below a stage the time is spread over many small rules,
and a deterministic profiler (cProfile) charges each call its own overhead, so the rules
called most look dearest. Here the process's CPU clock interrupts the pipeline every few
milliseconds (SIGPROF; the pipeline's own time limit uses SIGALRM) and the stack is
looked at: a function's share is the samples it was on the stack for (inclusive) or at
the top of (self), whatever its number of calls. A sample is taken between two bytecodes,
so time in a regular expression or another C call falls on the line that made the call
(or, at a call's end, on the line after it).

    .venv/bin/python bench/parse_samples.py                        # functions, quarter corpus
    .venv/bin/python bench/parse_samples.py --lines read_line      # read_line's lines
    .venv/bin/python bench/parse_samples.py --rounds 8 --top 60    # more samples, more rows

Linux's profiling timer ticks at the kernel's rate (often 4 ms), so take a few rounds:
about 250 samples a second of CPU.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_bench import DEFAULT_CORPUS, pick_files, warm_up  # noqa: E402

from drafter.corpus import ReadError, load_document  # noqa: E402


class Sampler:
    """Counts, at each SIGPROF, the functions on the stack (or one function's lines)."""

    def __init__(self, lines_of: str | None) -> None:
        self.lines_of = lines_of
        self.samples = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.lines: Counter[int] = Counter()

    def __call__(self, signum, frame) -> None:
        self.samples += 1
        if self.lines_of is not None:
            while frame is not None and frame.f_code.co_name != self.lines_of:
                frame = frame.f_back
            if frame is not None:
                self.lines[frame.f_lineno] += 1
            return
        seen: set[str] = set()
        top = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).stem}.{code.co_name}"
            if top:
                self.own[name] += 1
                top = False
            if name not in seen:
                seen.add(name)
                self.inclusive[name] += 1
            frame = frame.f_back


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--subset", type=float, default=0.25, help="fraction of the files")
    parser.add_argument("--rounds", type=int, default=4, help="times the files are read")
    parser.add_argument("--lines", help="a function's name: the share of each of its lines")
    parser.add_argument("--top", type=int, default=40, help="rows to print")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"parse_samples: {args.corpus} not found (../shared is needed)", file=sys.stderr)
        return 2
    files = pick_files(args.corpus, args.subset, None)
    warm_up(files)
    sampler = Sampler(args.lines)
    signal.signal(signal.SIGPROF, sampler)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for _ in range(args.rounds):
            for path in files:
                try:
                    load_document(path)
                except ReadError:
                    continue
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = sampler.samples or 1
    print(f"{sampler.samples} samples over {len(files)} documents x {args.rounds}")
    if args.lines is not None:
        print(f"lines of {args.lines} ({sum(sampler.lines.values()) / n:.1%} of the time)")
        for line, count in sampler.lines.most_common(args.top):
            print(f"{count / n:7.2%}  line {line}")
        return 0
    print(f"{'inclusive':>9}  function")
    for name, count in sampler.inclusive.most_common(args.top):
        print(f"{count / n:9.1%}  {name}")
    print(f"{'self':>9}  function")
    for name, count in sampler.own.most_common(args.top):
        print(f"{count / n:9.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
