"""The repair-rule registry: each rule is a small named pure function over a page's blocks.

A rule takes the blocks and a `Context` and returns the new blocks with a `Fix`
for every change it made; `repair` runs the enabled rules in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Block, Fix
from .lexicon import Lexicon

Blocks = tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may consult besides the blocks: the vocabulary for word decisions, and whether
    the page is a text file (its blank lines and indents typed, not measured on a scan)."""

    lexicon: Lexicon = field(default_factory=Lexicon)
    text_file: bool = False


RuleFunction = Callable[[Blocks, Context], tuple[Blocks, list[Fix]]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    function: RuleFunction

    @property
    def summary(self) -> str:
        return (self.function.__doc__ or "").strip().splitlines()[0]


RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a repair rule under `name`; rules run in the order they are registered."""

    def register(function: RuleFunction) -> RuleFunction:
        if name in RULES:
            raise ValueError(f"repair rule {name!r} registered twice")
        RULES[name] = Rule(name, function)
        return function

    return register
