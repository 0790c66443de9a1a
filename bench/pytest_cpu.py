"""CPU seconds per test, as a pytest plugin, and the table of them by test, function and file.

Why CPU and not ``--durations``: the suite runs on a machine shared with other work, where a
test's wall time says more about the load than about the test (a 13 CPU-s test took 169 s of
wall at load 13 on 2 cores). CPU time is the test process's own (``time.process_time``) plus
the children it waited for (LibreOffice, ``python -m drafter``), and adds up across
pytest-xdist workers: each worker appends a line a test to one JSON-lines file.

    PYTHONPATH=bench .venv/bin/python -m pytest tests/corpus -n 2 -p pytest_cpu
    .venv/bin/python bench/pytest_cpu.py [FILE] [--top N]

``DRAFTER_TEST_CPU`` names the file (default: test-cpu.jsonl in the system's temp folder);
a run appends to it, so remove it before a run to be measured alone.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import resource
import tempfile
import time
from pathlib import Path

import pytest


def out_path() -> Path:
    """The JSON-lines file the plugin appends to and the table reads."""
    env = os.environ.get("DRAFTER_TEST_CPU")
    return Path(env) if env else Path(tempfile.gettempdir()) / "test-cpu.jsonl"


def _cpu() -> tuple[float, float]:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Time one test's setup, call and teardown (a module fixture's cost falls on the
    first test that asks for it, as it does in a run)."""
    own, kids = _cpu()
    wall = time.perf_counter()
    yield
    own2, kids2 = _cpu()
    line = {
        "id": item.nodeid,
        "self": round(own2 - own, 4),
        "kids": round(kids2 - kids, 4),
        "wall": round(time.perf_counter() - wall, 4),
        "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
    }
    with open(out_path(), "a", encoding="utf-8") as f:  # one short line: appends don't mix
        f.write(json.dumps(line) + "\n")


def table(rows: list[dict], top: int) -> str:
    """The totals, then the costliest functions (all their parameters), files, folders
    and single tests."""
    cpu = {r["id"]: r["self"] + r["kids"] for r in rows}
    groups = {
        "function": lambda i: re.sub(r"\[.*", "", i),
        "file": lambda i: i.split("::")[0],
        "folder": lambda i: str(Path(i.split("::")[0]).parent),
    }
    lines = [
        f"tests {len(rows)}  CPU {sum(cpu.values()):.1f} s (own "
        f"{sum(r['self'] for r in rows):.1f}, children {sum(r['kids'] for r in rows):.1f})"
        f"  wall summed over workers {sum(r['wall'] for r in rows):.1f} s"
    ]
    for name, key in groups.items():
        total: collections.Counter = collections.Counter()
        count: collections.Counter = collections.Counter()
        for i, c in cpu.items():
            total[key(i)] += c
            count[key(i)] += 1
        lines.append(f"-- by {name} (CPU s, tests)")
        lines += [f"{v:9.1f} {count[k]:5d}  {k}" for k, v in total.most_common(top)]
    lines.append("-- single tests (CPU s, wall s)")
    walls = {r["id"]: r["wall"] for r in rows}
    lines += [
        f"{c:9.1f} {walls[i]:7.1f}  {i}"
        for i, c in sorted(cpu.items(), key=lambda kv: -kv[1])[:top]
    ]
    return "\n".join(lines)


def main() -> int:
    """Print the table of a run's file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("file", nargs="?", type=Path, default=None)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    path = args.file or out_path()
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(table(rows, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
