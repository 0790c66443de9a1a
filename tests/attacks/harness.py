"""Running Drafter under hard resource limits: the bound is a limit that kills, not a clock.

A test runs the real ``drafter`` command (or a short Python snippet) in a subprocess
with ``RLIMIT_CPU`` and ``RLIMIT_AS`` set. Going over the CPU budget kills the process
with SIGXCPU/SIGKILL and over the memory budget makes allocation fail; either way
:func:`check_bounded` fails the test with what happened. Nothing here measures wall-clock
time, so a slow or busy CI machine does not make a test flaky.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CPU_SECONDS = 15  # what the issue allows any command
MEMORY_BYTES = 1 << 30  # 1 GiB of address space


@dataclass
class Outcome:
    """What a bounded run did."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> str | None:
        """The signal that ended the process, if any (SIGXCPU/SIGKILL: over the CPU limit)."""
        if self.returncode < 0:
            return signal.Signals(-self.returncode).name
        return None


def _limits(cpu: int, memory: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        os.setsid()

    return apply


def run_bounded(
    args: list[str],
    *,
    cpu: int = CPU_SECONDS,
    memory: int = MEMORY_BYTES,
    env: dict | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run ``python -m drafter *args`` (or ``args`` as given when it starts with the
    interpreter) under the limits."""
    cmd = args if args and args[0] == sys.executable else [sys.executable, "-m", "drafter", *args]
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    full_env.update(env or {})
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        errors="replace",
        preexec_fn=_limits(cpu, memory),
        env=full_env,
        cwd=str(cwd or ROOT),
        timeout=cpu * 8,  # a process stuck waiting (not computing) is a failure too
    )
    return Outcome(cmd, proc.returncode, proc.stdout, proc.stderr)


def check_bounded(out: Outcome, codes: tuple[int, ...] = (0, 2)) -> None:
    """Assert the run stayed within its limits and ended the way the issue asks: exit 0 or
    2, at most one line on stderr per error, never a traceback or an out-of-memory."""
    label = " ".join(out.args[-3:])
    assert out.killed is None, f"{label}: killed by {out.killed} (over the CPU limit)"
    assert "Traceback" not in out.stderr, f"{label}: traceback\n{out.stderr[-2000:]}"
    assert "MemoryError" not in out.stderr and "内存不足" not in out.stderr, (
        f"{label}: ran out of memory under the limit: {out.stderr[-500:]}"
    )
    assert out.returncode in codes, f"{label}: exit {out.returncode}\n{out.stderr[-1000:]}"
