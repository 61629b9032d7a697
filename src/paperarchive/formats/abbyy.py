"""ABBYY FineReader XML (FR6 to FR10 schemas) → regions of printed lines.

Read by local element name, so every FineReader namespace reads alike:
document ⊃ page ⊃ block (blockType Text, Table, Picture, Barcode, Separator …).
A Text block's `par`s are regions; a `line`'s text is its characters, in
`charParams` (one per glyph, a space among them) or as the text of its
`formatting` elements where the export leaves out character data. The line's
box is its l/t/r/b; its font size (`Line.size`) the `fs` of the formatting that
holds most of its characters. A Table block becomes one `table` region, a line
per row, its cells set apart by wide spaces (as a printed table reads); Pictures
and the rest hold no text.

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ..errors import EmptyPageError
from .alto import _name, parse_xml
from .heads import library_furniture
from .lists import list_heads
from .numbered import numbered_heads_within
from .reading import TABLE_CELL_GAP, Box, Line, Region, bounds, line_text, order_regions


def abbyy_regions(text: str) -> list[list[Region]]:
    """The text regions of each page, each page's in reading order.

    >>> doc = '''<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml"><page>
    ...  <block blockType="Text" l="0" t="0" r="500" b="200"><text><par>
    ...   <line baseline="40" l="0" t="0" r="500" b="48"><formatting fs="24.">HARBOR ICE</formatting></line></par><par>
    ...   <line baseline="70" l="0" t="60" r="480" b="72"><formatting fs="9."><charParams>T</charParams><charParams>h</charParams>
    ...     <charParams>e</charParams><charParams> </charParams><charParams>e</charParams><charParams>n</charParams><charParams>d</charParams></formatting></line>
    ... </par></text></block><block blockType="Picture" l="0" t="300" r="500" b="600"/></page></document>'''
    >>> [[(line.text, line.size) for line in region.lines] for region in abbyy_regions(doc)[0]]
    [[('HARBOR ICE', 24.0)], [('The end', 9.0)]]
    """
    root = parse_xml(text, "ABBYY FineReader XML")
    out = []
    for page in [e for e in root.iter() if _name(e) == "page"] or [root]:
        regions, rules = [], []
        for block in (e for e in page.iter() if _name(e) == "block"):
            kind = block.get("blockType")
            if kind == "Separator" and (box := _box(block)) is not None:
                rules.append(box)
            if kind == "Text":
                regions += [region for par in block.iter() if _name(par) == "par" and (region := _par(par)).lines]
            elif kind == "Table" and (table := _table(block)).lines:
                regions.append(table)
        out.append(list_heads(numbered_heads_within(library_furniture(order_regions(regions, rules)))))
    if not any(out):
        raise EmptyPageError("the ABBYY FineReader page holds no text (no line in any Text or Table block)")
    return out


def _par(par: Element) -> Region:
    lines = tuple(line for element in par if _name(element) == "line" and (line := _line(element)).text)
    return Region(lines, bounds([line.box for line in lines]))


def _line(element: Element) -> Line:
    pieces: list[str] = []
    sizes: dict[float, int] = {}
    for formatting in (e for e in element if _name(e) == "formatting"):
        chars = [c.text or "" for c in formatting if _name(c) == "charParams"]
        piece = "".join(chars) if chars else (formatting.text or "")
        pieces.append(piece)
        size = _float(formatting.get("fs"))
        if size:
            sizes[size] = sizes.get(size, 0) + len(piece.strip())
    if not pieces:  # a line with its text straight inside
        pieces.append("".join(element.itertext()))
    size = max(sizes, key=sizes.get) if sizes else None
    return Line(line_text(" ".join("".join(pieces).split())), _box(element), size)


def _table(block: Element) -> Region:
    """A table as lines of cells, one line per row."""
    rows = []
    for row in (e for e in block.iter() if _name(e) == "row"):
        cells = []
        for cell in (e for e in row if _name(e) == "cell"):
            lines = [line.text for line in (_line(e) for e in cell.iter() if _name(e) == "line") if line.text]
            cells.append(" ".join(lines))
        if any(cells):
            rows.append(Line(TABLE_CELL_GAP.join(cell for cell in cells if cell)))
    return Region(tuple(rows), _box(block), "table")


def _float(value: str | None) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _box(element: Element) -> Box | None:
    values = [_float(element.get(side)) for side in ("l", "t", "r", "b")]
    return None if None in values else Box(*values)
