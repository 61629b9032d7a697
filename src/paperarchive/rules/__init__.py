"""Repair rules, one module per family; importing them registers them in run order:
layout models' markup first (images, tables, formulas), then misplaced lines (they need
the printed lines), then words and lines, then captions and data panels, then column
breaks, then spacing."""

# isort: off
from . import markup, borders, subheads, misplaced, contents, addresses, wrapping, captions, panels, columns, spacing  # noqa: F401  (registration order matters)
# isort: on
from .registry import RULES, Context, Rule, rule

__all__ = ["RULES", "Context", "Rule", "rule"]
