"""The numbered heads of a law's, a decree's or a treaty's articles printed inside a region.

Library files box a whole act as one region as often as not: its `§ 1`, `Artikel II` heads then
stand between its lines, centred on lines of their own. Too short to be told from a speck by
their box (`reading._speck`: "§ 1" is two glyphs), they were read as specks and set apart as
furniture, or run into the article's text. A line that is only such a head (`NUMBERED_HEAD`)
under a line of text is a heading inside the act. (`heads.numbered_heads` takes the head that
opens a region.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .heads import NUMBERED_HEAD
from .reading import SUBHEADING, Region, bounds

# The roles whose regions hold no act's text.
_OUTSIDE = frozenset({"heading", "header", "footer", "page-number", "marginalia", "caption", "table", "drop-capital", SUBHEADING})


def numbered_heads_within(regions: Sequence[Region]) -> list[Region]:
    """Each region cut at the lines inside it (not its first) that are only a numbered head,
    each head a subheading (a heading inside the story) that opens no story.

    Before (Reichsanzeiger, 12 Nov 1918, PAGE ground truth: a decree's "§ 1", "§ 2", "§ 3"
    centred inside its paragraph region): the three heads went to the page's furniture as
    specks. After: the decree's headings. (Likewise "Artikel I." / "Artikel II", 1 Sept 1939,
    which had run into the text under them.)

    >>> from .reading import Line
    >>> act = Region((Line("Der Rat hat folgende Verordnung erlaſſen:"), Line("§ 1"), Line("Gemeinden können ſich zu"), Line("Verbänden zuſammenſchließen."),
    ...     Line("Art. 2."), Line("Dieſe Verordnung tritt in Kraft.")))
    >>> [(r.role, [line.text for line in r.lines]) for r in numbered_heads_within([act])]  # doctest: +NORMALIZE_WHITESPACE
    [(None, ['Der Rat hat folgende Verordnung erlaſſen:']), ('subheading', ['§ 1']),
     (None, ['Gemeinden können ſich zu', 'Verbänden zuſammenſchließen.']), ('subheading', ['Art. 2.']), (None, ['Dieſe Verordnung tritt in Kraft.'])]
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        heads = [k for k in range(1, len(lines)) if region.role not in _OUTSIDE and NUMBERED_HEAD.match(lines[k].text.strip())]
        if not heads:
            out.append(region)
            continue
        start = 0
        for k in [*heads, len(lines)]:
            if start < k:
                part = lines[start:k]
                out.append(replace(region, lines=part, box=bounds([line.box for line in part]) or region.box, opens=False if start else region.opens))
            if k < len(lines):
                out.append(replace(region, lines=lines[k : k + 1], box=lines[k].box, role=SUBHEADING, opens=False))
            start = k + 1
    return out
