"""Repair rules, one module per family; importing them registers them in run order:
words and lines first, then captions, then column breaks, then spacing."""

from . import wrapping, captions, columns, spacing  # noqa: F401  (registration order matters)
from .registry import RULES, Context, Rule, rule

__all__ = ["RULES", "Context", "Rule", "rule"]
