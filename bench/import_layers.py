"""The import graph of drafter/: is it acyclic, and do imports go ui -> core -> libraries?

Not a timing benchmark: the figures of the layering rule (STYLE.md habit 1), printed for the
session note. It reuses the graph the tests check (tests/ui/test_import_graph.py), so the
figures and the tests cannot disagree: modules and import edges counted three ways (imports
at import time; every import, inside functions too; every import but those for annotations
only), the loops of each, the edges from ui/ into the core and back, and what the window's
helpers (menus, window_dialogs, window_parts) import of the window.

    .venv/bin/python bench/import_layers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# this checkout's drafter first, before anything imports it: the venv's editable install
# points at one checkout only, so a bench run from another worktree scored that one's code
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from test_import_graph import import_graph, loops  # noqa: E402

WINDOW = ("drafter.ui.main_window", "drafter.ui.menus", "drafter.ui.window_dialogs")


def is_ui(name: str) -> bool:
    """The Qt side: the ui package and the GUI's composition root."""
    return name.startswith("drafter.ui") or name == "drafter.app"


def main() -> int:
    for label, graph in (
        ("import time", import_graph("drafter", lazy=False)),
        ("all imports", import_graph("drafter")),
        ("no TYPE_CHECKING", import_graph("drafter", types=False)),
    ):
        edges = sum(len(t) for t in graph.values())
        found = loops(graph)
        shown = "; ".join(" -> ".join(loop) for loop in found) or "none"
        print(f"{label:17} {len(graph)} modules, {edges} edges, loops: {shown}")
    graph = import_graph("drafter")
    down = sum(1 for m, ts in graph.items() if is_ui(m) for t in ts if not is_ui(t))
    up = sorted((m, t) for m, ts in graph.items() if not is_ui(m) for t in ts if is_ui(t))
    print(f"ui -> core edges {down}; core -> ui edges {len(up)}: {up or 'none'}")
    for name in WINDOW:
        near = sorted(t for t in graph[name] if t in WINDOW)
        print(f"{name} imports {near or 'none of the other two'}")
    ui_loops = loops(import_graph("drafter.ui"))
    print(f"drafter.ui alone, every import counted: loops {ui_loops or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
