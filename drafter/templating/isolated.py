"""Rendering templates in a separate process with a real CPU-time and memory budget.

The sandbox (:mod:`drafter.templating.sandbox`) counts loop iterations, calls and value
sizes, but a step can hide any amount of work: ``split`` or ``sort`` of a 100,000
character string fifty thousand times, or a C method that builds gigabytes before any
size check sees the result. Checking every method before it runs is a list that is never
complete; a budget the operating system enforces is. So a template renders in a worker
process that limits its own address space (``RLIMIT_AS``) and its CPU time per render
(a profiling timer, ``ITIMER_PROF``), and the parent gives up on it after a wall-clock
deadline and kills it. Over any limit the render fails with one line naming the file;
the worker is replaced and the app goes on.

Measured (bench/template_budget_bench.py, 14 built-in templates): 4 ms per render
in-process, 6 ms in a warm worker; starting the worker costs about 0.3 s once per
process, and a fresh process per render would cost that every time (0.28 s of start-up
alone), which is why the worker is kept.

Where the platform has no ``resource`` module (Windows) the render runs in-process with
the sandbox's budgets only.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import selectors
import subprocess
import sys
import threading
import time

from drafter.templating.model import TemplateError

CPU_SECONDS = 3.0  # CPU time one render may use
MEMORY_BYTES = 384 << 20  # address space one render may add to the worker
WALL_SECONDS = 15.0  # the parent's deadline for one answer (a stuck worker is killed)
START_SECONDS = 30.0  # the deadline for a new worker to say it is ready


def available() -> bool:
    """True where the worker can enforce its limits (POSIX with ``resource``)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return os.name == "posix" and not os.environ.get("DRAFTER_TEMPLATE_INPROCESS")


class RenderWorker:
    """One worker process, started on first use and restarted after it dies."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def render(self, body: str, filename: str, values: dict) -> str:
        """Render ``body`` as :func:`~drafter.templating.sandbox.render_body` would, in
        the worker. Raises :class:`TemplateError` for the template's own errors and for
        going over the time or memory budget."""
        request = json.dumps(
            {"body": body, "filename": filename, "values": values}, ensure_ascii=True
        )
        with self._lock:
            proc = self._ensure()
            try:
                proc.stdin.write(request + "\n")
                proc.stdin.flush()
                line = _read_line(proc, WALL_SECONDS)
            except (OSError, ValueError):
                line = None
            if line is None:
                self._stop()
                raise TemplateError(
                    f"{filename}: too much work: the template did not finish "
                    f"within {WALL_SECONDS:g} s"
                )
            if not line:
                self._stop()
                raise TemplateError(f"{filename}: the template uses too much memory or time")
        answer = json.loads(line)
        if answer.get("restart"):
            with self._lock:
                self._stop()
        if "error" in answer:
            raise TemplateError(answer["error"], answer.get("kind"))
        return answer["text"]

    def close(self) -> None:
        """Stop the worker process (the next render starts a new one); safe to call when none is
        running.
        """
        with self._lock:
            self._stop()

    def _ensure(self) -> subprocess.Popen:
        """The running worker process, started (with this package importable and UTF-8 pipes) when
        there is none or the last one died; a worker that does not report ready in time is an
        error, not a hang."""
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._stop()
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "drafter.templating.render_worker", str(CPU_SECONDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
            close_fds=True,
        )
        ready = _read_line(self._proc, START_SECONDS)
        if not ready or json.loads(ready).get("ready") is not True:
            self._stop()
            raise TemplateError("the template renderer could not be started")
        return self._proc

    def _stop(self) -> None:
        """Kill the worker, if any, and reap it: a stuck or over-budget render is never waited for."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


def _read_line(proc: subprocess.Popen, timeout: float) -> str | None:
    """One line from the worker; "" when it died, None when the deadline passed."""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if sel.select(left):
                return proc.stdout.readline()


_worker: RenderWorker | None = None
_worker_lock = threading.Lock()


def render_isolated(body: str, filename: str, values: dict) -> str:
    """Render in the shared worker where limits can be enforced, else in-process."""
    if not available():
        from drafter.templating.sandbox import render_body

        return render_body(body, filename, values)
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = RenderWorker()
            atexit.register(_worker.close)
        worker = _worker
    return worker.render(body, filename, values)
