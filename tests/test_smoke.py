import subprocess
import sys
from pathlib import Path

from drafter.cli import main

PACKAGE = Path(__file__).resolve().parent.parent / "drafter"
# Modules allowed to import Qt: the UI package, the GUI composition root and entry points.
QT_MODULES = {"drafter.app", "drafter.commands.gui", "drafter.__main__"}


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "drafter" in capsys.readouterr().out


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name.startswith("drafter.ui") or name in QT_MODULES:
            continue
        names.append(name)
    return names


def test_core_never_imports_qt():
    """The core must stay usable without Qt: importing it loads no PySide6 module."""
    modules = core_modules()
    assert "drafter.corpus.load" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "    assert not bad, (name, bad)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
