"""The ui package layers acyclically: no module reaches back to one that imports it.

The graph counts every import a module makes — top level, inside functions and under
``TYPE_CHECKING`` — because each of those is a dependency a reader must follow, and a
``TYPE_CHECKING`` import of ``main_window`` from its own menu builder is exactly the cycle
this test was written against.
"""

from __future__ import annotations

import ast
from pathlib import Path

import drafter

PACKAGE_ROOT = Path(drafter.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(package: str) -> dict[str, Path]:
    root = PACKAGE_ROOT.parent.joinpath(*package.split("."))
    return {_module_name(p): p for p in sorted(root.rglob("*.py"))}


def _module_level(tree: ast.Module):
    """The import statements a module runs when it is imported (not those in functions
    or under ``if TYPE_CHECKING``)."""
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
        elif isinstance(node, ast.If | ast.Try | ast.With):
            for field in ("body", "orelse", "finalbody", "handlers"):
                todo.extend(getattr(node, field, []))
        elif isinstance(node, ast.ExceptHandler):
            todo.extend(node.body)


def _type_only(tree: ast.Module) -> set[int]:
    """The ids of the nodes under ``if TYPE_CHECKING:`` (imports for annotations only)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            found.update(id(sub) for stmt in node.body for sub in ast.walk(stmt))
    return found


def import_graph(package: str, lazy: bool = True, types: bool = True) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports: anywhere in its body, or with
    ``lazy=False`` only those it imports at module level; ``types=False`` leaves out the
    imports under ``if TYPE_CHECKING`` (annotations only: nothing runs them)."""
    modules = _modules(package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = set() if types else _type_only(tree)
        for node in ast.walk(tree) if lazy else _module_level(tree):
            if id(node) in skip:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor if is_package else anchor[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                # `from drafter.ui import menus` names a module; `from x import Cls` names x.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle as a path ``[a, b, ..., a]``, or ``[]`` when the graph is acyclic."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_ui_import_graph_has_no_cycle():
    graph = import_graph("drafter.ui")
    assert "drafter.ui.main_window" in graph
    cycle = find_cycle(graph)
    assert not cycle, "import cycle in drafter.ui: " + " -> ".join(cycle)


def test_whole_package_import_graph_has_no_cycle():
    """Across the whole package, imports that run at import time never loop (the ui
    package above is held to the stricter rule that counts every import)."""
    cycle = find_cycle(import_graph("drafter", lazy=False))
    assert not cycle, "import cycle in drafter: " + " -> ".join(cycle)


def loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another round a loop (the strongly connected
    components with more than one module), each as one loop path ``[a, ..., a]``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(find_cycle({m: graph[m] & group for m in group}))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_reaches_back_even_lazily():
    """Across the whole package, counting imports inside functions and those for
    annotations only (``if TYPE_CHECKING``): a lazy import is still a dependency that runs,
    a type named from another module is one a reader must follow, and two modules
    importing each other cannot be read, tested or moved apart. The corpus loader and its
    worker process, the library opener and the PostgreSQL backend, the library command and
    its sub-commands, and review's rule table and its rules each had such a loop until the
    piece they shared moved down (or the loader up) a layer: corpus.pipeline,
    library.location, commands.library_access, review.ruleset. The last one, counted only
    with annotations (engine -> lists -> ruleset -> registry -> engine), went when review's
    Context moved beside Rule in the registry and the office lists' check of rule ids moved
    up to review.office. This keeps them, and any new one, out."""
    found = loops(import_graph("drafter"))
    assert not found, "import loops (lazy imports counted): " + "; ".join(
        " -> ".join(loop) for loop in found
    )


def test_the_loop_finder_reports_every_group():
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    found = sorted(loops(graph))
    assert found == [["a", "b", "a"], ["c", "d", "e", "c"]]
    assert loops({"a": {"b"}, "b": set()}) == []


def test_the_graph_counts_function_level_imports():
    """The lazy graph sees an import inside a function, which the import-time graph
    does not: the corpus loader reaches its worker-process module only lazily."""
    assert "drafter.corpus.isolated" in import_graph("drafter.corpus")["drafter.corpus.load"]
    eager = import_graph("drafter.corpus", lazy=False)["drafter.corpus.load"]
    assert "drafter.corpus.isolated" not in eager


def test_the_detector_sees_a_type_checking_cycle(tmp_path):
    """The checker itself must catch the shape of the original defect."""
    graph = {"a": {"b"}, "b": {"a"}, "c": set()}
    assert find_cycle(graph) in (["a", "b", "a"], ["b", "a", "b"])
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_helpers_of_the_window_do_not_import_it():
    graph = import_graph("drafter.ui")
    for helper in ("drafter.ui.menus", "drafter.ui.window_dialogs", "drafter.ui.window_parts"):
        assert "drafter.ui.main_window" not in graph[helper], helper


# The CLI's `gui` command starts the application: the one place outside the ui that may
# name the composition root (lazily, inside the command).
_CORE_MAY_START_THE_APP = {"drafter.commands.gui"}


def test_core_never_reaches_the_ui_even_lazily():
    """ui -> core, never back: no core module imports ``drafter.ui`` or PySide6 anywhere in
    its body, so a function-level import cannot sneak Qt in where the import-time check
    (tests/test_smoke.py) does not look."""
    graph = import_graph("drafter")
    offenders = {}
    for name, targets in graph.items():
        if name.startswith("drafter.ui") or name == "drafter.app":
            continue
        allowed = {"drafter.app"} if name in _CORE_MAY_START_THE_APP else set()
        bad = {t for t in targets if t.startswith("drafter.ui") or t == "drafter.app"} - allowed
        if bad:
            offenders[name] = sorted(bad)
    assert not offenders, offenders
    for path in _modules("drafter").values():
        rel = path.relative_to(PACKAGE_ROOT).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] == "PySide6" for n in names), rel
