"""Reading a file in a worker process, for callers off the main thread (the desktop app).

The reading time limit (:func:`drafter.corpus.bounds.time_limit`) is an alarm signal, and
only a process's main thread receives signals. The desktop app reads files on worker
threads (opening a file in the reader, 打开稿件), where a hostile file would run on with
nothing to stop it. There the file is read in a worker process instead: its main thread
has the alarm, its address space is limited, and the parent gives up after the limit's
wall-clock backstop plus a margin and replaces the worker (not after the CPU limit: a
worker on a busy machine takes longer by the clock for the same work). The worker is
started once (about a second, on first use) and reused, so later files cost only the
transfer of the parsed document.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from drafter.child_process import start_child
from drafter.corpus.bounds import LimitExceeded, read_seconds, timeout_message, wall_seconds
from drafter.corpus.model import Document, ReadError
from drafter.corpus.pipeline import read_within

MEMORY_BYTES = 2 << 30  # address space of the worker (a fresh interpreter uses ~0.3 GB)
MARGIN_SECONDS = 20.0  # start-up of a new worker, and transfer of the result

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None


def _init_worker() -> None:
    start_child()  # the app decides when to stop; the worker dies with the app
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _load(path: str, seconds: float) -> Document:
    """In the worker: the whole pipeline under the time limit (its main thread)."""
    return read_within(path, seconds)


def load_in_worker(path: str | Path) -> Document:
    """:func:`drafter.corpus.load.load_document` in the shared worker process."""
    global _executor
    name = Path(path).name
    seconds = read_seconds(path)
    wall = wall_seconds(seconds)
    with _lock:
        if _executor is None:
            _executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
            )
        executor = _executor
    future = executor.submit(_load, os.fspath(path), seconds)
    try:
        return future.result(timeout=wall + MARGIN_SECONDS)
    except FutureTimeout:  # the worker did not answer even by its own backstop
        _discard(executor)
        raise LimitExceeded(timeout_message(name, wall, waited=True)) from None
    except BrokenProcessPool:
        _discard(executor)
        raise ReadError(f"{name}: 读取时工作进程意外退出（文件过大或已损坏？），未读取") from None
    except MemoryError:
        raise ReadError(f"{name}: 读取时内存不足（文件过大或已损坏？），未读取") from None


def _discard(executor: ProcessPoolExecutor) -> None:
    """Kill a stuck or broken worker; the next read starts a new one."""
    global _executor
    with _lock:
        if _executor is executor:
            _executor = None
    for proc in list(getattr(executor, "_processes", {}).values()):
        with contextlib.suppress(OSError, AttributeError):
            proc.kill()
    executor.shutdown(wait=False, cancel_futures=True)


def isolation_available() -> bool:
    """Whether reading can go to a worker process here: POSIX, where the worker's alarm
    and address-space limit work (off for ``$DRAFTER_READ_INPROCESS``, e.g. a frozen build
    without a Python to start)."""
    return os.name == "posix" and not os.environ.get("DRAFTER_READ_INPROCESS")
