"""Outlining long documents whose numbered lists restart many times: now against before.

A compilation of reports, a 工作手册 or one speech pasted many times numbers 一、二、三、
again in every part. The structure chooser (``drafter.corpus.structure``) used to weigh
every group against every run at every restart, which made such texts cubic (the same
short speech 400 times over took over 10 s, and the reader's time limit skipped it).

The peer, in the same run on the same texts, is the chooser as it was before the change
(``structure.py`` at commit ``PEER_COMMIT``, loaded from git history), swapped into the
outline parser; the rest of the pipeline is the current one. For every text the bench
also checks that both give the same outline (``Document.to_json()``). Texts:

* ``speech``: a short constructed speech (一、二、三、 under a title) repeated N times;
* ``points``: N parts 一、…十、 (numbering again every ten), each with （一）（二）（三）;
* ``real``: a real speech from ../shared (Ren Zhengfei, 在巴拉圭的讲话) repeated N times
  (skipped when ../shared is absent).

The peer is given a CPU budget per text (``--peer-budget``, default 20 s): past it, it is
reported as "> budget" and not run on longer texts of that kind.

    .venv/bin/python bench/long_outline_bench.py
    .venv/bin/python bench/long_outline_bench.py --sizes 50 100 200 400 --peer-budget 30
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this checkout's drafter first, before anything imports it: the venv's editable install
# points at one checkout only, so a bench run from another worktree scored that one's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.corpus import outline  # noqa: E402
from drafter.corpus.load import parse_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PEER_COMMIT = "17ce76d"  # main before issue 8's performance work (i8-perf)
REAL = ROOT.parent / "shared" / "corpus" / "speeches" / "ren" / "20170206_在巴拉圭的讲话.md"
sys.path.insert(0, str(ROOT))
from tests.attacks.make import GOOD_SPEECH as SPEECH  # noqa: E402
from tests.attacks.make import reports_with_points as points  # noqa: E402


def texts(kind: str, n: int) -> str | None:
    if kind == "speech":
        return SPEECH * n
    if kind == "points":
        return points(n)
    if not REAL.exists():
        return None
    return "\n\n".join([REAL.read_text(encoding="utf-8")] * n)


def load_peer():
    """``choose_structure`` as it was at PEER_COMMIT (git history of this checkout)."""
    source = subprocess.run(
        ["git", "show", f"{PEER_COMMIT}:drafter/corpus/structure.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "structure_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("structure_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["structure_before"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.choose_structure


class OverBudget(Exception):
    pass


def _alarm(signum, frame):
    raise OverBudget


def timed(text: str, budget: float | None) -> tuple[float | None, str | None]:
    """CPU seconds to outline ``text`` and the outline JSON; (None, None) over budget."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))  # the peer recursed
    if budget:
        signal.signal(signal.SIGVTALRM, _alarm)
        signal.setitimer(signal.ITIMER_VIRTUAL, budget)
    start = time.process_time()
    try:
        doc = parse_text(text)
    except (OverBudget, RecursionError):
        return None, None
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.process_time() - start, json.dumps(doc.to_json(), ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    parser.add_argument("--kinds", nargs="+", default=["speech", "points", "real"])
    parser.add_argument("--peer-budget", type=float, default=20.0)
    args = parser.parse_args()
    current = outline.choose_structure
    peer = load_peer()
    print(f"{'text':<8} {'copies':>6} {'KB':>6} {'before s':>9} {'now s':>7} {'x':>6}  same")
    for kind in args.kinds:
        peer_gave_up = False
        for n in args.sizes:
            text = texts(kind, n)
            if text is None:
                print(f"{kind:<8} skipped: {REAL} not available")
                break
            kb = len(text.encode("utf-8")) // 1024
            outline.choose_structure = current
            now, now_json = timed(text, None)
            before = before_json = None
            if not peer_gave_up:
                outline.choose_structure = peer
                before, before_json = timed(text, args.peer_budget)
                outline.choose_structure = current
                peer_gave_up = before is None
            shown = (
                f"{before:9.2f}" if before is not None else f"> {args.peer_budget:.0f} s".rjust(9)
            )
            ratio = f"{before / max(now, 1e-3):6.0f}" if before is not None else "     -"
            same = "-" if before_json is None else ("yes" if before_json == now_json else "NO")
            print(f"{kind:<8} {n:>6} {kb:>6} {shown} {now:7.2f} {ratio}  {same}", flush=True)


if __name__ == "__main__":
    main()
