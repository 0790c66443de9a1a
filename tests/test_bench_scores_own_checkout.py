"""Every bench scores the code of the checkout it lives in. The venv's editable install points
at one checkout only; a bench that imported drafter (itself, or through a tests/ helper such as
tests/corpus/realforms) before putting its own checkout first on sys.path scored that other
checkout's code when run from a worktree. Five did (format_robustness, confidence_fit,
modern_quality, long_outline_bench, import_layers), and figures reported from worktrees were
the main checkout's. Here a decoy ``drafter`` stands first on PYTHONPATH, as the editable
install stands in a worktree: where each bench's first import of drafter would come from
(the probe stops it there, so no bench runs) must be this checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib.machinery, importlib.util, json, sys
from pathlib import Path

class Stop(Exception):
    pass

class Watch:
    # the first import of drafter: where would it come from on the sys.path of that moment?
    def find_spec(self, name, path=None, target=None):
        if name == "drafter":
            spec = importlib.machinery.PathFinder.find_spec("drafter", sys.path)
            raise Stop(spec.origin if spec else None)
        return None

start_path, start_modules = list(sys.path), set(sys.modules)
sys.meta_path.insert(0, Watch())
found = {}
for path in sys.argv[1:]:
    sys.path[:] = [str(Path(path).parent)] + start_path  # as `python bench/x.py` starts
    for name in set(sys.modules) - start_modules:
        del sys.modules[name]
    spec = importlib.util.spec_from_file_location("bench_probe", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_probe"] = module
    try:
        spec.loader.exec_module(module)
        found[path] = None  # imports no drafter at the top
    except Stop as stop:
        found[path] = stop.args[0]
print(json.dumps(found))
"""


def test_every_bench_imports_drafter_from_its_own_checkout(tmp_path):
    decoy = tmp_path / "decoy" / "drafter"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text('"""Not the checkout\'s drafter."""\n', encoding="utf-8")
    benches = sorted(str(p) for p in (ROOT / "bench").glob("*.py"))
    assert benches
    env = dict(os.environ, PYTHONPATH=str(decoy.parent), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *benches],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    wrong = {
        Path(path).name: where
        for path, where in found.items()
        if where is not None and not str(where).startswith(str(ROOT / "drafter"))
    }
    assert not wrong, wrong
