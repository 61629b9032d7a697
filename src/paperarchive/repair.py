"""Classified blocks → repaired blocks: run the enabled repair rules in order, collecting fixes."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import PaperarchiveError
from .models import Block, Fix
from .rules import RULES, Context


@dataclass(frozen=True, slots=True)
class Repaired:
    blocks: tuple[Block, ...]
    fixes: tuple[Fix, ...]


def check_rule_names(names: Iterable[str]) -> None:
    """Refuse an unknown rule name, suggesting the closest one."""
    for name in names:
        if name not in RULES:
            close = difflib.get_close_matches(name, RULES, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "known rules: " + ", ".join(RULES)
            raise PaperarchiveError(f"unknown repair rule {name!r}", hint)


def repair(blocks: tuple[Block, ...], context: Context | None = None, disabled: Iterable[str] = ()) -> Repaired:
    """Apply every enabled rule once, in registration order."""
    disabled = frozenset(disabled)
    check_rule_names(disabled)
    context = context or Context()
    fixes: list[Fix] = []
    for rule in RULES.values():
        if rule.name in disabled:
            continue
        blocks, found = rule.function(blocks, context)
        fixes += found
    return Repaired(blocks, tuple(fixes))
