"""Every pytest-qt wait in the UI tests takes its limit from tests/ui/waits.py.

Without this a new test picks pytest-qt's 5 s default or an ad hoc number, and CI goes red
only when the machine is busy (seen at load 10-14 on 2 cores, green on a rerun). No Qt here:
the check reads the tests' source.
"""

from __future__ import annotations

import ast
from pathlib import Path

WAITS = {"waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"}
HERE = Path(__file__).resolve().parent


def _short_waits(source: str) -> list[tuple[int, str]]:
    """The waits in ``source`` whose limit is pytest-qt's default or a number written in
    place, with their line, so the failure names each one to change."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WAITS
        ):
            continue
        limit = next((k.value for k in node.keywords if k.arg == "timeout"), None)
        if limit is None or isinstance(limit, ast.Constant):
            found.append((node.lineno, node.func.attr))
    return found


def test_the_check_sees_a_default_and_a_number_and_passes_a_name():
    source = (
        "qtbot.waitUntil(f)\n"
        "with qtbot.waitSignal(s, timeout=5000):\n    pass\n"
        "qtbot.waitExposed(w, timeout=WAIT_MS)\n"
        "qtbot.waitUntil(f, timeout=2 * WAIT_MS)\n"
    )
    assert _short_waits(source) == [(1, "waitUntil"), (2, "waitSignal")]


def test_every_wait_for_what_must_happen_takes_its_limit_from_waits():
    found = [
        f"{path}:{line} {name}"
        for path in sorted(HERE.glob("*.py"))
        for line, name in _short_waits(path.read_text(encoding="utf-8"))
    ]
    assert not found, (
        "give these waits timeout=WAIT_MS (from .waits import WAIT_MS): a short limit fails "
        "only on a busy machine, a generous one costs nothing when the condition holds\n"
        + "\n".join(found)
    )
