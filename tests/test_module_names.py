"""No module of the cleaner binds one module-level name twice.

A pattern written under a name the module already uses silently replaces the first for every
rule that reads it: twice in one stop (`_RUBRIC`, then `_AGENCIES`, whose Chinese telegram
agencies replaced the Latin wire agencies and cost a Spanish page its title). ruff flags a
function or import defined twice, not a constant."""

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "paperarchive"


def module_bindings(source: str) -> Counter:
    """Names bound at a module's top level: assignments, functions and classes."""
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_name_bound_twice_is_found():
    assert [n for n, c in module_bindings("_A = 1\ndef f(): pass\n_A = 2\n").items() if c > 1] == ["_A"]


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_binds_a_name_twice(path):
    twice = [name for name, count in module_bindings(path.read_text(encoding="utf-8")).items() if count > 1]
    assert not twice, f"{path.name} binds {twice} more than once"
