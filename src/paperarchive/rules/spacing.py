"""Spaces that typesetting or OCR put where the text has none."""

from __future__ import annotations

import re

from ..chars import PADDED_NAME
from ..models import Fix, Kind
from .registry import Blocks, Context, rule

# A space after (or before) a full-width comma-like mark: "为基， 靶向" → "为基，靶向".
# A space after a closing quote or between words is a real separator and stays.
_SPACE_BY_FULLWIDTH = re.compile(r"(?<=[，。、；：？！])[ \u00a0\u3000]+|[ \u00a0\u3000]+(?=[，。、；：？！])")
_NAME_KINDS = (Kind.BYLINE, Kind.FURNITURE, Kind.CREDIT)
# Each pattern here takes one of these: a block without any is left as it is, unread.
_SPACES = (" ", "\u00a0", "\u3000")


def _substitute(blocks: Blocks, name: str, pattern: re.Pattern, replacement: str, kinds=None):
    out, fixes = [], []
    for block in blocks:
        if (kinds is None or block.kind in kinds) and any(space in block.text for space in _SPACES):
            lines = tuple(pattern.sub(replacement, line) if any(space in line for space in _SPACES) else line for line in block.lines)
            if lines != block.lines:
                fixes.append(Fix(name, block.start, block.text, "\n".join(lines)))
                block = block.with_(lines=lines)
        out.append(block)
    return tuple(out), fixes


@rule("tighten_fullwidth_spacing")
def tighten_fullwidth_spacing(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop stray spaces next to full-width commas and stops; full-width marks carry their own space.

    Before: "以“点”为基， 靶向夯实工作根基"
    After:  "以“点”为基，靶向夯实工作根基"
    """
    return _substitute(blocks, "tighten_fullwidth_spacing", _SPACE_BY_FULLWIDTH, "")


@rule("unpad_two_char_name")
def unpad_two_char_name(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Close up a two-character name padded to three characters' width in credits and bylines.

    Before: "审校/张 鹏"
    After:  "审校/张鹏"   (two names, "汤璇 柴悦", keep their space)
    """
    return _substitute(blocks, "unpad_two_char_name", PADDED_NAME, r"\1\2", _NAME_KINDS)
