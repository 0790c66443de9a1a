"""Docstring coverage of drafter's public names, per package.

Not a timing benchmark: the project's rule is a docstring that says *why* on every public
name (STYLE.md, after novelWriter's 96 %), and this is how far the code keeps it. A public
name is a module, a class or a function whose name does not start with ``_``, and a method
of a public class likewise (``__init__`` and other dunders are not counted; Qt overrides such
as ``mouseReleaseEvent`` are). Nested functions are not counted. Packages are the folders
under drafter/ (``ui/models`` apart from ``ui``), each with the files directly in it.

    .venv/bin/python bench/docstring_coverage.py [--private] [--missing PACKAGE ...] [--json]
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "drafter"


@dataclass
class Coverage:
    """Public names of one package, and those without a docstring."""

    names: int = 0
    documented: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Documented share of the public names (1.0 for a package without any)."""
        return self.documented / self.names if self.names else 1.0


def package_of(path: Path, root: Path = PACKAGE) -> str:
    """``drafter/ui/models/documents.py`` -> ``ui/models``; files of drafter/ itself: ``.``."""
    parent = path.parent.relative_to(root).as_posix()
    return parent or "."


def _skipped(name: str, private: bool) -> bool:
    """Dunders never count (their meaning is Python's); private names only with --private."""
    if name.startswith("__") and name.endswith("__"):
        return True
    return name.startswith("_") and not private


def public_names(tree: ast.Module, module: str, private: bool = False):
    """``(qualified name, has a docstring)`` of the module and its public classes, functions
    and methods of public classes; with ``private`` the ``_helpers`` and their classes'
    methods too (a stricter count, like interrogate's default without nested functions)."""
    yield module, ast.get_docstring(tree) is not None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if _skipped(node.name, private):
                continue
            yield f"{module}.{node.name}", ast.get_docstring(node) is not None
            if isinstance(node, ast.ClassDef):
                for sub in node.body:
                    if isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef):
                        if _skipped(sub.name, private):
                            continue
                        yield f"{module}.{node.name}.{sub.name}", ast.get_docstring(sub) is not None


def measure(root: Path = PACKAGE, private: bool = False) -> dict[str, Coverage]:
    """Coverage per package of every .py file under ``root``."""
    out: dict[str, Coverage] = {}
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root.parent).with_suffix("").as_posix().replace("/", ".")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        cov = out.setdefault(package_of(path, root), Coverage())
        for name, documented in public_names(tree, module, private):
            cov.names += 1
            cov.documented += documented
            if not documented:
                cov.missing.append(name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--missing", nargs="*", metavar="PACKAGE", help="list undocumented names")
    parser.add_argument("--private", action="store_true", help="count _private helpers too")
    parser.add_argument(
        "--root",
        type=Path,
        default=PACKAGE,
        help="the drafter/ folder to measure (another checkout)",
    )
    args = parser.parse_args()
    packages = measure(args.root, private=args.private)
    total = Coverage()
    for cov in packages.values():
        total.names += cov.names
        total.documented += cov.documented
    if args.json:
        out = {k: {"names": v.names, "documented": v.documented} for k, v in packages.items()}
        out["all"] = {"names": total.names, "documented": total.documented}
        json.dump(out, sys.stdout, indent=2)
        print()
        return 0
    for name, cov in sorted(packages.items(), key=lambda kv: (kv[1].share, kv[0])):
        print(f"{name:18} {cov.share:6.1%}  ({cov.documented}/{cov.names})")
    print(f"{'all':18} {total.share:6.1%}  ({total.documented}/{total.names})")
    for name in args.missing or []:
        for missing in packages.get(name, Coverage()).missing:
            print("   no docstring:", missing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
