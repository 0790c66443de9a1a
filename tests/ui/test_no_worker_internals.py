"""The UI tests ask a widget whether its background work runs through its public names
(``checking``, ``busy``, ``mining``, ``loading``, ``reuse_ready``, ``reuse_worker``,
``Worker.done``), never through its ``_worker`` or ``_reuse_ready``.

Tests that read those private attributes broke on every rename inside a widget and tested
how it was built rather than what it tells its user (ux62). No Qt here: the check reads the
tests' source.
"""

from __future__ import annotations

import ast
from pathlib import Path

HERE = Path(__file__).resolve().parent

# the private names of a widget's background work that tests once read
PRIVATE = {"_worker", "_reuse_ready", "_reuse_worker", "_job"}


def _reads(source: str) -> list[tuple[int, str]]:
    """Attribute reads of :data:`PRIVATE` names in ``source``, with their line."""
    return [
        (node.lineno, node.attr)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr in PRIVATE
        and not (isinstance(node.value, ast.Name) and node.value.id == "self")
    ]


def test_the_check_sees_a_private_read_and_passes_a_public_one():
    source = "panel._worker.cancel()\nassert not panel.busy()\nself._worker = None\n"
    assert _reads(source) == [(1, "_worker")]


def test_no_ui_test_reads_a_widgets_worker_internals():
    found = [
        f"{path.name}:{line} .{name}"
        for path in sorted(HERE.glob("*.py"))
        if path.name != Path(__file__).name
        for line, name in _reads(path.read_text(encoding="utf-8"))
    ]
    assert not found, (
        "ask the widget through its public names (busy, checking, mining, loading, "
        "reuse_ready, reuse_worker, Worker.done) or test through what it shows\n" + "\n".join(found)
    )
