"""Template rendering with a real budget: in-process vs a warm worker vs a process per render.

Run: .venv/bin/python bench/template_budget_bench.py
Renders every built-in template with its defaults N times each way and prints the mean
time per render; the peer is the in-process sandbox (no OS-enforced limits).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.templating.isolated import RenderWorker
from drafter.templating.params import coerce_values
from drafter.templating.registry import list_templates, read_source
from drafter.templating.sandbox import render_body
from drafter.templating.source import split_source

ROUNDS = 5


def main() -> None:
    jobs = []
    for info in list_templates():
        _, body = split_source(read_source(info), Path(info.path).name)
        jobs.append((body, Path(info.path).name, coerce_values(info, None, info.path)))
    in_process, worker_times, spawn_times = [], [], []
    worker = RenderWorker()
    started = time.perf_counter()
    worker.render(*jobs[0])
    first = time.perf_counter() - started
    for _ in range(ROUNDS):
        for job in jobs:
            t = time.perf_counter()
            render_body(*job)
            in_process.append(time.perf_counter() - t)
            t = time.perf_counter()
            worker.render(*job)
            worker_times.append(time.perf_counter() - t)
    for _ in range(3):  # a fresh interpreter that imports the sandbox and renders once
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import drafter.templating.sandbox"], check=True)
        spawn_times.append(time.perf_counter() - t)
    worker.close()
    ms = lambda xs: f"{statistics.mean(xs) * 1000:.2f} ms"  # noqa: E731
    print(f"templates: {len(jobs)}, rounds: {ROUNDS}")
    print(f"in-process sandbox (peer) : {ms(in_process)} per render")
    print(f"warm worker with limits   : {ms(worker_times)} per render")
    print(f"worker start (first call) : {first * 1000:.0f} ms once")
    print(f"new process per render    : {ms(spawn_times)} per render (start-up alone)")


if __name__ == "__main__":
    main()
