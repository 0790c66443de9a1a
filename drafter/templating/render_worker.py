"""The template render worker: ``python -m drafter.templating.render_worker CPU_SECONDS``.

Reads one JSON request per line on stdin (``body``, ``filename``, ``values``), answers one
JSON line on stdout (``text`` or ``error``; ``restart`` after running out of memory, when
the process is best replaced). It limits its own address space at start and the CPU time
of each render with a profiling timer; see :mod:`drafter.templating.isolated` for why.
"""

from __future__ import annotations

import contextlib
import json
import resource
import signal
import sys

from drafter.templating.isolated import MEMORY_BYTES
from drafter.templating.model import TemplateError
from drafter.templating.sandbox import render_body


class _OutOfTime(BaseException):
    """Raised by the CPU timer; a BaseException so no ``except Exception`` swallows it."""


def _on_timer(signum, frame) -> None:
    """The CPU timer fired: stop the render where it is."""
    raise _OutOfTime


def _limit_memory() -> None:
    """Allow the process what it uses now (interpreter, Jinja2) plus MEMORY_BYTES."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[0])
    used = pages * resource.getpagesize()
    limit = used + MEMORY_BYTES
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _answer(payload: dict) -> None:
    """Send one JSON line to the parent and flush, so it never waits on a buffered answer."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def main() -> None:
    """Serve render requests until stdin closes: memory capped once at start, each render under a
    CPU timer, every failure answered as a JSON error so the parent never waits on a dead render.
    """
    cpu = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    with contextlib.suppress(OSError, ValueError):  # no /proc: the parent's deadline holds
        _limit_memory()
    signal.signal(signal.SIGPROF, _on_timer)
    _answer({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        filename = request["filename"]
        restart = False
        try:
            signal.setitimer(signal.ITIMER_PROF, cpu)
            try:
                text = render_body(request["body"], filename, request["values"])
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            answer = {"text": text}
        except _OutOfTime:
            answer = {"error": f"{filename}: too much work: more than {cpu:g} s of computing"}
        except TemplateError as exc:
            answer = {"error": str(exc), "kind": exc.kind}
            restart = "too much memory" in str(exc)
        except MemoryError:
            answer = {"error": f"{filename}: the template uses too much memory"}
            restart = True
        except RecursionError:
            answer = {"error": f"{filename}: recursion too deep (a macro calls itself?)"}
        except Exception as exc:  # noqa: BLE001 - one line for anything else
            answer = {
                "error": f"{filename}: {type(exc).__name__}: {exc}".splitlines()[0],
                "kind": type(exc).__name__,
            }
        if restart:
            answer["restart"] = True
        _answer(answer)


if __name__ == "__main__":
    main()
