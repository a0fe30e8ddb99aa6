"""The shape of the code: no module over 400 lines, no import cycle among newsclean's
modules, and the Ray engine uses only public names of the batch package."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "newsclean"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, modules: dict[str, Path]) -> list[tuple[str, str]]:
    """(module, name) for every ``newsclean`` import in ``path``, at any depth."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names if a.name.startswith("newsclean")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsclean"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.append((sub, "") if sub in modules else (node.module or "", alias.name))
    return found


def test_no_module_is_over_400_lines() -> None:
    long = {
        name: n
        for name, path in _modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_import_graph_has_no_cycle() -> None:
    modules = _modules()
    graph = {
        name: {target for target, _ in _imports(path, modules) if target in modules}
        for name, path in modules.items()
    }
    # The package itself re-exports the library: its edges are not a module's dependency.
    graph["newsclean"] = set()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*path, nxt]))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_a_cycle_would_be_found() -> None:
    """The cycle check is not vacuous: the batch package has real edges to follow."""
    modules = _modules()
    edges = {t for t, _ in _imports(modules["newsclean.batch.run"], modules)}
    assert {"newsclean.batch.plan", "newsclean.batch.sink"} <= edges


def test_the_ray_engine_imports_no_private_name() -> None:
    modules = _modules()
    private = [
        f"{module}.{name}" if name else module
        for module, name in _imports(modules["newsclean.batch.ray_engine"], modules)
        if (name.startswith("_") and not name.startswith("__")) or "._" in module
    ]
    assert private == []
    text = modules["newsclean.batch.ray_engine"].read_text(encoding="utf-8")
    for module in ("job", "files", "spool", "result", "engine"):
        assert f"{module}._" not in text, module
