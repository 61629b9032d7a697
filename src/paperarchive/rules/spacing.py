"""Spaces that typesetting or OCR put where the text has none."""

from __future__ import annotations

import re

from ..chars import CJK_CLASS, padded_name
from ..models import Fix, Kind
from .registry import Blocks, Context, rule

_NAME_KINDS = (Kind.BYLINE, Kind.FURNITURE, Kind.CREDIT)
# Each pattern here takes one of these: a block without any is left as it is, unread.
_SPACES = (" ", "\u00a0", "\u3000")
# A space after (or before) a full-width comma-like mark: "为基， 靶向" → "为基，靶向".
# A space after a closing quote or between words is a real separator and stays.
_FULLWIDTH_MARKS = ("，", "。", "、", "；", "：", "？", "！")
_SPACE_BY_FULLWIDTH = re.compile(
    rf"(?<=[{''.join(_FULLWIDTH_MARKS)}])[{''.join(_SPACES)}]+|[{''.join(_SPACES)}]+(?=[{''.join(_FULLWIDTH_MARKS)}])"
)
# What Tesseract reads an ideographic space between two words of a name line as: a quote
# mark or an underscore ("本报记者”梁文博", "記者_鄧詠欣"), with the spaces it sets beside them.
_SPACE_MARKS = ("“", "”", "_")
_SPACE_READ_AS_MARK = re.compile(rf"(?<=[{CJK_CLASS}])[ \u3000]*[{''.join(_SPACE_MARKS)}][ \u3000]*(?=[{CJK_CLASS}])")


def _substitute(blocks: Blocks, name: str, pattern: re.Pattern, replacement, kinds=None, needs=_SPACES, needs_too=()):
    """`pattern` replaced in the blocks' lines that hold one of `needs` (and one of `needs_too`, if
    given: an English page's lines all hold a space, none a full-width mark)."""

    def read(text: str) -> bool:
        return any(mark in text for mark in needs) and (not needs_too or any(mark in text for mark in needs_too))

    out, fixes = [], []
    for block in blocks:
        if (kinds is None or block.kind in kinds) and read(block.text):
            lines = tuple(pattern.sub(replacement, line) if read(line) else line for line in block.lines)
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
    return _substitute(blocks, "tighten_fullwidth_spacing", _SPACE_BY_FULLWIDTH, "", needs_too=_FULLWIDTH_MARKS)


@rule("unpad_two_char_name")
def unpad_two_char_name(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Close up a two-character name padded to three characters' width in credits and bylines.

    Before: "审校/张 鹏"
    After:  "审校/张鹏"   (two names, "汤璇 柴悦", keep their space)
    """
    return _substitute(blocks, "unpad_two_char_name", padded_name(), r"\1\2", _NAME_KINDS)


def _space_for_mark(match: re.Match) -> str:
    """An ideographic space for the mark, unless it is a quote the line closes (or opens):
    "“老街”记忆" quotes a name."""
    mark = match.group().strip(" \u3000")
    return match.group() if mark != "_" and "“" in match.string and "”" in match.string else "\u3000"


@rule("ideographic_space_read_as_mark")
def ideographic_space_read_as_mark(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Put back the ideographic space an OCR engine read as a quote mark or an underscore in a byline, credit or page line.

    Before: "本报记者”梁文博", "记者_邓咏欣", "2026年12月1日”星期二"
    After:  "本报记者　梁文博", "记者　邓咏欣", "2026年12月1日　星期二"   ("“老街”记忆" keeps its quotes)
    """
    return _substitute(blocks, "ideographic_space_read_as_mark", _SPACE_READ_AS_MARK, _space_for_mark, _NAME_KINDS, _SPACE_MARKS)
