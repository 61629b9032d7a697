"""Rules for what a page's borders leave in its plain text (no coordinates to go by)."""

from __future__ import annotations

import re

from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# A line's last "word" as a border beside the column leaves it: a few letters or digits with a
# capital or a digit among them ("B", "jM", "IB", "9j", "(D"), no sentence mark after it.
_BORDER_SPECK = re.compile(r"(?<=\S)\s+(?P<speck>[^\w\s]?(?=[\w]*[A-Z0-9])[A-Za-z0-9]{1,4})$")
_WINDOW = 4  # lines either side of a line that show whether its column has a border beside it
_SHARE = 0.5  # ... so many of which end in a speck (`_BORDER_SPECK`) at least
_LINE_WORDS = 3  # a line this many words long at least, speck included
# What a line with a speck ends in (`$` matches before a last newline too): most lines, ending in
# a Chinese character or a mark, are not searched from every position.
_SPECK_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\n")
# A table's last cell stands a wide space from the one before, as a border's speck does not:
# "基北區　明德高中　　A++　5A" (a school's admission grades; before: "5A" dropped).
_CELL_GAP = re.compile(r"\s*(?:\u3000|\s{2}|\t)")


def _speck(line: str, context: Context) -> re.Match | None:
    found = _BORDER_SPECK.search(line) if line[-1:] in _SPECK_LAST else None
    if found is None or len(line.split()) < _LINE_WORDS or _CELL_GAP.match(line, found.start()):
        return None
    word = found.group("speck").lstrip("([{'\"")
    if word in ("I", "A") or word.isdigit() or len(word) > 1 and context.lexicon.in_dictionary(word):
        return None
    return found


@rule("drop_border_specks")
def drop_border_specks(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop the letters a border beside a column left at its line ends, where half the lines
    around end in one: a capital or two that is no word, far more often than text does.

    Salt Lake Tribune, 1911, Chronicling America's text:
    Before: "the pictures in a spirit of revenge. B⏎Employed by Florence. B⏎While Bossard was
            employed for a B⏎long timo by Florence in His motion H"
    After:  "the pictures in a spirit of revenge.⏎Employed by Florence.⏎While Bossard was
            employed for a⏎long timo by Florence in His motion"
    """
    lines = [(k, i, line) for k, block in enumerate(blocks) if block.kind not in (Kind.FURNITURE, Kind.ROW) for i, line in enumerate(block.lines)]
    specks = [_speck(line, context) for _, _, line in lines]
    changed: dict[int, list[str]] = {}
    fixes = []
    for n, ((k, i, line), speck) in enumerate(zip(lines, specks)):
        window = specks[max(0, n - _WINDOW) : n + _WINDOW + 1]
        if speck is None or sum(s is not None for s in window) < _SHARE * len(window):
            continue
        kept = changed.setdefault(k, list(blocks[k].lines))
        kept[i] = line[: speck.start()]
        fixes.append(Fix("drop_border_specks", blocks[k].start + i, line[-20:], kept[i][-20:], speck.group("speck")))
    out: list[Block] = [block.with_(lines=tuple(changed[k])) if k in changed else block for k, block in enumerate(blocks)]
    return tuple(out), fixes
