"""Lists printed in a library format's regions: the heads of a list's groups.

A list is set with hanging indents (`reading.hanging_indents`: casualty lists, directories,
stock and price lists, results by district or league): each entry's first line at the
column's edge, its runover lines a little in. Its groups are headed by short lines set
centred in the column, in the entries' own type ("Infanterieregiment Nr. 18." /
"2. Kompagnie."). Such a head heads a part of the list it stands in, not a story: it
becomes a region of its own, a `subheading` (a heading inside the story), that opens none.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from ..chars import ends_sentence
from . import heads
from .reading import _DISPLAY_TYPE, _INDENT, LIST_ENTRY, SUBHEADING, Line, Region, bounds, hanging_indents

_HEAD_MARGIN = 3.0  # line heights: a group head stands at least this far in from both edges
_CENTRED = 2.0  # line heights: ... and its two margins differ by less than this
_HEAD_LENGTH = 60  # characters: a group head is this long at most
_SHORT = 2.0  # line heights: a line stopping this far before the column's end stops short
_FEW_LINES = 3  # a region of a list with this many lines of text or fewer holds an entry or two
# The roles that end a list's run of regions: a head the file marks, furniture, a table.
_OUTSIDE = frozenset({"heading", "header", "footer", "page-number", "marginalia", "caption", "table", "drop-capital", SUBHEADING})


def list_heads(regions: Sequence[Region]) -> list[Region]:
    """The centred heads of a list's groups cut out as subheadings, and its entries as text, in
    each run of regions between two heads (the file's own, or regions in display type) or
    furniture (`_list_run`).

    Before (Reichsanzeiger, 18 Aug 1914, "Verluſtliſte Nr. 4.", PAGE ground truth: regiment and
    company heads centred inside the paragraph regions of their entries): "Infanterieregiment
    Nr. 18." / "2. Kompagnie." / "Musketier Kloß — vermißt." read as three short stories'
    heads and text; "Füſilier Fritz Heberer … — vermißt." and the next entry one paragraph, or a
    title. After: two headings of the casualty list, each entry a paragraph of its text.

    >>> from .reading import Box
    >>> def line(text, left, right, top):
    ...     return Line(text, Box(left, top, right, top + 50))
    >>> entries = Region((line("Infanterieregiment Nr. 18.", 370, 1020, 0), line("2. Kompagnie.", 520, 860, 70),
    ...     line("Sergeant Gottlieb Göerke aus Roſenberg, Kreis Roſenberg — ver-", 10, 1385, 130), line("wundet.", 90, 230, 185),
    ...     line("Gefreiter Julius Gauer aus Sohren, Kreis Zell — ſchwer ver-", 5, 1390, 240), line("wundet, Kopfſchuß.", 85, 450, 295),
    ...     line("Musketier Kloß — vermißt.", 10, 570, 350)), Box(0, 0, 1400, 400))
    >>> [(r.role, r.lines[0].text) for r in list_heads([entries])]  # doctest: +NORMALIZE_WHITESPACE
    [('subheading', 'Infanterieregiment Nr. 18.'), ('subheading', '2. Kompagnie.'),
     ('list-entry', 'Sergeant Gottlieb Göerke aus Roſenberg, Kreis Roſenberg — ver-'),
     ('list-entry', 'Gefreiter Julius Gauer aus Sohren, Kreis Zell — ſchwer ver-'), ('list-entry', 'Musketier Kloß — vermißt.')]
    """
    placed = [line.box.height for region in regions if _placed(region) for line in region.lines]
    body = statistics.median(placed) if placed else None
    out: list[Region] = []
    run: list[Region] = []
    for region in [*regions, None]:
        if region is not None and region.role not in _OUTSIDE and not _display(region, body):
            run.append(region)
            continue
        out.extend(_list_run(run))
        run = []
        if region is not None:
            out.append(region)
    return out


def _display(region: Region, body: float | None) -> bool:
    """A region in type larger than the page's text: a head, which ends a list's run of regions."""
    heights = [line.box.height for line in region.lines if line.box is not None]
    return bool(body and heights and statistics.median(heights) >= _DISPLAY_TYPE * body)


def _list_run(run: Sequence[Region]) -> list[Region]:
    """A run of regions between two heads, with the list's regions cut (`_cut`): those set as a
    list, and those of an entry or two among or next to them, with no other region between (a
    group head and its one entry, boxed apart: "9. Kavalleriediviſion." / "Generalmajor von
    Bülow — tot.")."""
    kinds = [_set_as(region) for region in run]
    out = []
    start = 0
    for end in range(1, len(run) + 1):  # stretches of regions set as a list or holding few lines
        if end < len(run) and (kinds[end] is None) == (kinds[end - 1] is None):
            continue
        stretch = run[start:end]
        out.extend(piece for region in stretch for piece in _cut(region)) if "list" in kinds[start:end] else out.extend(stretch)
        start = end
    return out


def _edges(region: Region) -> tuple[float, float]:
    """Where the region's column starts and ends: the edge its lines keep on the left (a skewed
    scan's region box may stand wide of it), its box on the right, where the file gives one (a
    column of few lines may have no line of the full measure)."""
    left, right = heads.column_edges(region.lines)
    return left, region.box.right if region.box is not None else right


def _placed(region: Region) -> bool:
    return len(region.lines) > 0 and all(line.box is not None and line.box.bottom > line.box.top for line in region.lines)


def _set_as(region: Region) -> str | None:
    """"list": the region's text (its group heads aside) is set with hanging indents; "few": it
    holds no more than `_FEW_LINES` lines of text; None: neither, or it cannot be placed."""
    if not _placed(region):
        return None
    left, right = _edges(region)
    height = statistics.median(line.box.height for line in region.lines)
    lines = [line for line in region.lines if not _group_head(line, left, right, height)]
    offsets = [line.box.left - left for line in lines]
    short = [right - line.box.right > _SHORT * height for line in lines]
    if len(lines) >= 2 and hanging_indents(offsets, [line.text for line in lines], height, short):
        return "list"
    return "few" if len(lines) <= _FEW_LINES else None


def _group_head(line: Line, left: float, right: float, height: float) -> bool:
    margins = line.box.left - left, right - line.box.right
    return (
        len(line.text.strip()) <= _HEAD_LENGTH
        and min(margins) > _HEAD_MARGIN * height
        and abs(margins[0] - margins[1]) < _CENTRED * height
    )


def _cut(region: Region) -> list[Region]:
    """A list's region cut into its group heads (`SUBHEADING`) and its entries (`LIST_ENTRY`:
    text, never a head, however short: "Musketier Kloß — vermißt.")."""
    left, right = _edges(region)
    height = statistics.median(line.box.height for line in region.lines)
    heads = [_group_head(line, left, right, height) for line in region.lines]
    out: list[Region] = []
    start = 0
    for k in range(1, len(region.lines) + 1):
        if k < len(region.lines) and not heads[k] and not heads[k - 1] and not _entry_starts(region.lines, k, left, height):
            continue
        part = region.lines[start:k]
        role = SUBHEADING if heads[start] else LIST_ENTRY
        out.append(replace(region, lines=part, box=bounds([line.box for line in part]), role=role, opens=False if start or heads[start] else region.opens))
        start = k
    return out


def _entry_starts(lines: Sequence[Line], k: int, left: float, height: float) -> bool:
    """Line k opens an entry: it starts at the column's edge, under a runover or a sentence's end."""
    flush = lambda line: line.box.left - left <= _INDENT * height  # noqa: E731
    return flush(lines[k]) and (not flush(lines[k - 1]) or ends_sentence(lines[k - 1].text))
