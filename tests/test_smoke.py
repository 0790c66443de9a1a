import subprocess
import sys

from drafter.cli import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "drafter" in capsys.readouterr().out


def test_core_never_imports_qt():
    """The core must stay usable without Qt: importing it loads no PySide6 module."""
    code = (
        "QT_MODULES = {'drafter.app', 'drafter.commands.gui', 'drafter.__main__'}\n"
        "import sys, drafter.corpus, drafter.drafts.model, drafter.cli\n"
        "import pkgutil, importlib, drafter\n"
        "for m in pkgutil.walk_packages(drafter.__path__, 'drafter.'):\n"
        "    if m.name.startswith('drafter.ui') or m.name in QT_MODULES:\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
