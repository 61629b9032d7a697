"""An OCR engine's habitual misreadings, mended over the whole page before classify (a head's
end must read as such before it is judged), each change recorded as a `Fix` for `clean --explain`.

Only habits proved by the page itself: one slip is left as printed.
"""

from __future__ import annotations

import re

from .models import Block, Fix

DASHES_RULE = "dashes_read_as_question_marks"
_DASH_READ_AS_QUESTION = re.compile(r"(?<!\?)\?(?=[A-Z][a-z])")
_DASHES_READ_MIN = 2  # two on a page with no dash at all: the engine's habit, not a slip


def dashes_read_as_question_marks(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Fix, ...]]:
    """On a page whose engine read every dash as `?` (Apex's PrimeOCR ALTO of the Evening Star,
    1865-1868: not one dash on the page), a `?` set solid before a capitalised word is a dash, so
    the run-in heads and datelines it ends read as such.

    Before: "THE EIGHT HOUR MEETING.?The mechanics of the city" (the head run into its text); "May
    19.?The city is full". After: "…MEETING.—The mechanics…", "May 19.—The city is full". A page
    with a dash anywhere keeps its question marks ("Who?Nobody" is then a slip of its own).

    >>> page = (Block(("Fire.?The mill burned.", "Boston, May 2.?The ship sailed."), 1),)
    >>> mended, fixes = dashes_read_as_question_marks(page)
    >>> mended[0].lines, [(f.line, f.after) for f in fixes]
    (('Fire.—The mill burned.', 'Boston, May 2.—The ship sailed.'), [(1, 'Fire.—The mill burned.'), (2, 'Boston, May 2.—The ship sailed.')])
    >>> dashes_read_as_question_marks((page[0].with_(lines=(*page[0].lines, "a dash — here")),))[0][0].lines[0]
    'Fire.?The mill burned.'
    """
    text = "\n".join(line for block in blocks for line in block.lines)
    if any(dash in text for dash in ("—", "–", "--")) or len(_DASH_READ_AS_QUESTION.findall(text)) < _DASHES_READ_MIN:
        return blocks, ()
    mended, fixes = [], []
    for block in blocks:
        lines = tuple(_DASH_READ_AS_QUESTION.sub("—", line) for line in block.lines)
        fixes += [Fix(DASHES_RULE, block.start + n, old, new) for n, (old, new) in enumerate(zip(block.lines, lines)) if old != new]
        mended.append(block.with_(lines=lines) if lines != block.lines else block)
    return tuple(mended), tuple(fixes)
