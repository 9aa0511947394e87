"""No module of mapper binds a top-level name twice.

A second binding of a module constant silently changes what every function of the module reads: session
32's refactor named a new pattern constant ``_CLAUSE_OPENERS`` in mapper/events/triggers.py, which already
had one (the characters that open a clause, read by ``_in_question``), and questions ("Who shelled
Kherson?") became reports. ruff does not flag a rebound constant."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import mapper


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    root = Path(mapper.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 50
    doubled = {str(p.relative_to(root)): sorted(n for n, k in Counter(_top_level_names(
        ast.parse(p.read_text(encoding="utf-8")))).items() if k > 1) for p in files}
    assert {p: names for p, names in doubled.items() if names} == {}


def test_the_check_sees_a_rebound_constant() -> None:
    tree = ast.parse('_A = "x"\n\ndef f() -> str:\n    return _A\n\n_A = "y"\n')
    assert Counter(_top_level_names(tree))["_A"] == 2
