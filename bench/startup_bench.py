"""Start-up of the desktop app to a usable window, against a bare PySide6 window started in
the same run (the peer: what any Qt app pays on this machine at this load).

Not a test: wall times on a shared machine swing with its load, so each mark is given in
CPU seconds too (the process's user + system time, its threads included) and the load is
printed beside them. Each start runs in a fresh process on the platform of the caller's
environment (an X display, or ``QT_QPA_PLATFORM=offscreen``), marks:

- ``first paint``: anything drawn (the bare window; drafter's 正在启动 screen);
- ``window painted``: the main window's first paint;
- ``library ready``: the library opened behind it (searchable, the table filled).

    .venv/bin/python bench/startup_bench.py [--library DIR] [--rounds N]

``--library``: an existing library folder (e.g. one of 1,000 documents) to open; without it
a fresh empty one in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child: a bare window, or drafter's own start (drafter.app.run) watched by an event
# filter that notes the first paints and quits once the library is ready.
CHILD = r"""
import resource, sys, time
T0 = time.perf_counter()
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
marks = {}
def mark(what):
    marks.setdefault(what, (time.perf_counter() - T0, cpu()))
def report():
    for what, (wall, c) in marks.items():
        print(f"{what}\t{wall:.3f}\t{c:.3f}")
if sys.argv[1] == "bare":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    class Window(QMainWindow):
        def paintEvent(self, event):
            super().paintEvent(event)
            mark("first paint")
            QTimer.singleShot(0, app.quit)
    w = Window()
    w.resize(1280, 720)
    w.show()
    app.exec()
    report()
    sys.exit(0)
import drafter.app as appmod
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            mark("first paint")
            if isinstance(obj, QMainWindow) and "window painted" not in marks:
                mark("window painted")
                obj.library_ready.connect(
                    lambda *_: (mark("library ready"), QTimer.singleShot(0, QApplication.quit))
                )
        return False
spy = Spy()
make = appmod.make_application
def made(*args):
    app = make(*args)
    app.installEventFilter(spy)
    return app
appmod.make_application = made
appmod.run(library=sys.argv[2], settings_path=sys.argv[3])
report()
"""

MARKS = ("first paint", "window painted", "library ready")


def one_start(kind: str, library: Path, settings: Path) -> dict[str, tuple[float, float]]:
    """The marks of one start in a fresh process: ``{mark: (wall s, CPU s)}``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(library), str(settings)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    marks = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            marks[parts[0]] = (float(parts[1]), float(parts[2]))
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder to open")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="drafter-start-") as tmp:
        library = args.library or Path(tmp) / "lib"
        settings = Path(tmp) / "settings.toml"
        runs: dict[str, list[dict]] = {"bare": [], "drafter": []}
        loads = []
        for _ in range(args.rounds):  # the two alternate, so a load swing hits both
            loads.append(os.getloadavg()[0])
            for kind in runs:
                runs[kind].append(one_start(kind, library, settings))
    print(f"load {min(loads):.1f}-{max(loads):.1f}, {args.rounds} rounds, median (CPU / wall s)")
    for kind, starts in runs.items():
        for mark in MARKS:
            got = [s[mark] for s in starts if mark in s]
            if got:
                cpu = statistics.median(c for _w, c in got)
                wall = statistics.median(w for w, _c in got)
                print(f"  {kind:8s} {mark:15s} CPU {cpu:5.2f}  wall {wall:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
