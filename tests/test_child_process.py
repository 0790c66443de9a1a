"""Worker processes die with the app: a killed parent leaves nothing running behind.

The desktop app reads files in a worker process (drafter.corpus.isolated); its queue
holds both ends of its pipes, so before drafter.child_process the worker waited for
ever once the app was killed. Here a real parent starts the real worker, is killed with
SIGKILL (nothing of it runs at exit), and the worker must go.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PARENT = """
import sys, time
import drafter.corpus.isolated as iso
iso.load_in_worker(sys.argv[1])
print(*iso._executor._processes, flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its reaper is gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to follow the worker")
def test_reading_worker_exits_when_the_app_is_killed(tmp_path) -> None:
    doc = tmp_path / "讲话.txt"
    doc.write_text("在全县工作会议上的讲话\n\n同志们：\n\n今天的会议很重要。\n", encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(doc)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DRAFTER_READ_INPROCESS": ""},
    )
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert workers and all(_running(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    for _ in range(300):  # a condition waited for, not a time asserted
        if not any(_running(pid) for pid in workers):
            break
        time.sleep(0.1)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "the reading worker outlived the killed app"
