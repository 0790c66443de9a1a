"""The bench scripts (bench/*.py) as modules, for the tests that score with them or check
them. bench/ is not a package and its scripts run as ``python bench/<name>.py``; eight test
modules each wrote this loader again.

Importable by name (``from bench_module import load_bench``) because tests/ has no
``__init__.py``: pytest puts the folder of the root conftest on ``sys.path``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_bench(name: str) -> ModuleType:
    """bench/<name>.py loaded from its file as ``python bench/<name>.py`` would run it, a
    fresh module at each call (a test may set its globals, such as the hold-out). What the
    script adds to ``sys.path`` to import its neighbours is undone, so one bench cannot
    change what the next test imports."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module
