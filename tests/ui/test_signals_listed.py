"""Every QObject class of the ui lists its signals in its docstring (STYLE.md habit 9):
a reader of a panel learns what it announces without reading its body."""

from __future__ import annotations

import ast
from pathlib import Path

import drafter

UI_ROOT = Path(drafter.__file__).parent / "ui"


def _signals(cls: ast.ClassDef) -> list[str]:
    names = []
    for node in cls.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Signal":
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            names.append(target.id)
    return names


def test_public_qobject_classes_list_their_signals():
    missing = []
    for path in sorted(UI_ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                doc = ast.get_docstring(node) or ""
                missing += [f"{path.name}:{node.name}.{s}" for s in _signals(node) if s not in doc]
    assert not missing, missing
