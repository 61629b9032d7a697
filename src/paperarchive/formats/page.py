"""PAGE XML (PRImA, the OCR-D and Transkribus format) → regions of printed lines.

Read by local element name, so the 2010 to 2019 schemas read alike. Used:
- every TextRegion (also nested in other regions), its `type` as `Region.role`
  where it is one of `reading.ROLES` (heading, caption, header, footer,
  page-number, marginalia, drop-capital, paragraph);
- each TextLine's text from its TextEquiv/Unicode (the first by `index`), else
  from its Words'; its Words with their Coords, so that a line the engine read across a
  column gutter is cut there (`reading.cut_at_read_rules`); a region whose lines hold no
  text gives its own TextEquiv, a line per text line;
- Coords `points="x,y x,y …"` (or the 2010 schema's Point elements) → boxes;
- ReadingOrder: its OrderedGroup (RegionRefIndexed by `index`) and UnorderedGroup
  (in file order), nested as they come, is the order; regions it does not name
  follow in the order of their geometry.

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from xml.etree.ElementTree import Element

from ..chars import ends_sentence
from ..errors import EmptyPageError
from . import heads
from .alto import _name, parse_xml
from .lists import list_heads
from .numbered import numbered_heads_within
from .reading import (
    HEADLINE,
    ROLES,
    SUBHEADING,
    TABLE_CELL_GAP,
    Box,
    Line,
    Region,
    Word,
    bounds,
    cut_at_read_rules,
    cut_at_rules,
    line_text,
    lines_in_order,
    reading_order,
)


def page_regions(text: str) -> list[list[Region]]:
    """The text regions of each Page, in its ReadingOrder where it has one.

    >>> doc = '''<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>
    ...  <ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="1" regionRef="b"/>
    ...    <RegionRefIndexed index="0" regionRef="a"/></OrderedGroup></ReadingOrder>
    ...  <TextRegion id="b" type="paragraph"><Coords points="0,50 100,50 100,90 0,90"/>
    ...    <TextLine><Coords points="0,50 100,50 100,60 0,60"/><TextEquiv><Unicode>Body text.</Unicode></TextEquiv></TextLine>
    ...  </TextRegion>
    ...  <TextRegion id="a" type="heading"><Coords points="0,0 100,0 100,30 0,30"/>
    ...    <TextEquiv><Unicode>THE HEADLINE</Unicode></TextEquiv></TextRegion>
    ... </Page></PcGts>'''
    >>> [(r.role, [line.text for line in r.lines]) for r in page_regions(doc)[0]]
    [('heading', ['THE HEADLINE']), ('paragraph', ['Body text.'])]
    """
    root = parse_xml(text, "PAGE XML")
    out = []
    for page in [e for e in root.iter() if _name(e) == "Page"] or [root]:
        elements = [e for e in page.iter() if _name(e) == "TextRegion"]
        regions = {id(e): region for e in elements if (region := _region(e)).lines}
        # Any region may be named in the reading order; a table or other container brings
        # the text regions nested in it to its place.
        by_id = {e.get("id"): e for e in page.iter() if _name(e).endswith("Region") and e.get("id")}
        ordered = [e for ref in _reading_order(page) if ref in by_id for e in by_id[ref].iter() if id(e) in regions]
        named = {id(e) for e in ordered}
        rest = [e for e in elements if id(e) in regions and id(e) not in named]
        rest = [rest[i] for i in reading_order([regions[id(e)].box for e in rest])]
        rules = [box for e in page.iter() if _name(e) == "SeparatorRegion" and (box := _coords(e)) is not None]
        found = _across_gutters_cut(_table_cells_in_rows([(e, regions[id(e)]) for e in dict.fromkeys(ordered + rest)]))
        out.append(heads.issue_row(list_heads(numbered_heads_within(label_heads_apart(subheads_within(heads_open_regions(heads.library_furniture(cut_at_rules(found, rules)))))))))
    if not any(out):
        raise EmptyPageError("the PAGE XML page holds no text (no TextEquiv in any TextRegion)")
    return out


# Transkribus marks each cell of a table it exported as a region of its own: "structure {type:T0C2;}".
_TABLE_CELL = re.compile(r"structure\s*\{[^}]*type:\s*T(?P<table>\d+)C\d+")
_SAME_ROW = 0.5  # of the shorter cell's height: cells overlapping this much stand in one row


def _table_cells_in_rows(regions: list[tuple[Element, Region]]) -> list[Region]:
    """A table's cells, each exported as a region of its own (`_TABLE_CELL`), made the table's
    rows: a region a row, its cells left to right with a column's gap between, where the first
    cell stood in the reading. A cell reaching over two rows of the head ("Seehöhe m" beside
    "Temperatur C°" over "oben" / "unten") makes them one row. A transcriber's table is the
    page's text (the role "table" would make it furniture, as an engine's table of figures is);
    whether its rows are a paragraph each the text decides (transcribers' golds differ).

    Before (Reichsanzeiger 1920, the weather service's ascents in Transkribus): "Seehöhe m",
    "Luftdruck mm", "122", "747,2", … each a paragraph of its own. After: "122   747,2   24,4   71 …".

    >>> cell = lambda text, left, top, bottom=None: (Element("TextRegion", custom="structure {type:T0C0;}"), Region((Line(text),), Box(left, top, left + 50, bottom or top + 20)))
    >>> table = [cell("Höhe", 0, 0, 50), cell("Wind", 100, 0), cell("oben", 100, 30), cell("122", 0, 60), cell("SO 5", 100, 60)]
    >>> [[line.text for line in r.lines] for r in _table_cells_in_rows(table)]
    [['Höhe   Wind oben'], ['122   SO 5']]
    """
    tables: dict[str, list[Region]] = {}
    out: list[Region | str] = []
    for element, region in regions:
        cell = _TABLE_CELL.search(element.get("custom") or "")
        if cell is None or region.box is None:
            out.append(region)
            continue
        if cell["table"] not in tables:
            out.append(cell["table"])  # the table's place in the reading
        tables.setdefault(cell["table"], []).append(region)
    return [row for item in out for row in (_table_rows(tables[item]) if isinstance(item, str) else [item])]


def _table_rows(cells: list[Region]) -> list[Region]:
    rows: list[list[Region]] = []
    for cell in sorted(cells, key=lambda c: c.box.top):
        row = next((row for row in rows if _overlap(bounds([c.box for c in row]), cell.box) >= _SAME_ROW), None)
        if row is None:
            rows.append([cell])
        else:
            row.append(cell)
    lines = []
    for row in rows:
        columns: dict[float, list[str]] = {}
        for c in sorted(row, key=lambda c: (c.box.left, c.box.top)):
            # (cells stacked in one column of the row, a head's "Temperatur C°" over "oben", read as one)
            left = next((x for x in columns if abs(x - c.box.left) < c.box.height), c.box.left)
            columns.setdefault(left, []).extend(line.text for line in c.lines)
        lines.append(Line(TABLE_CELL_GAP.join(" ".join(texts) for _, texts in sorted(columns.items())), bounds([c.box for c in row])))
    return [Region((line,), line.box) for line in lines]


def _overlap(row: Box, cell: Box) -> float:
    """How much of the shorter's height the cell and the row share."""
    shared = row.shared_height(cell)
    return shared / max(min(row.height, cell.height), 1.0)


def _across_gutters_cut(regions: list[Region]) -> list[Region]:
    """Regions whose engine read its lines across a column gutter (ABBYY FineReader 11 in
    Transkribus: one TextRegion, each line two columns' rows), cut into their columns'
    (`reading.cut_at_read_rules`); then the file's reading order, which went across the
    columns, gives way to the page's geometry: column by column, each top to bottom."""
    cut = cut_at_read_rules(regions)
    if len(cut) == len(regions):
        return regions
    return [cut[i] for i in reading_order([r.box for r in cut])]


def _reading_order(page: Element) -> list[str]:
    """Region ids in the page's ReadingOrder, groups flattened as they nest."""
    order = next((e for e in page if _name(e) == "ReadingOrder"), None)
    out: list[str] = []

    def walk(group: Element) -> None:
        children = [c for c in group if _name(c).startswith(("RegionRef", "OrderedGroup", "UnorderedGroup"))]
        if _name(group).startswith("OrderedGroup"):
            children.sort(key=lambda c: _number(c.get("index")))
        for child in children:
            if child.get("regionRef"):
                out.append(child.get("regionRef"))
            if _name(child).endswith(("Group", "GroupIndexed")):
                walk(child)

    if order is not None:
        walk(order)
    return out


def _number(value: str | None) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("inf")


def _region(element: Element) -> Region:
    box = _coords(element)
    lines = lines_in_order(tuple(line for child in element if _name(child) == "TextLine" and (line := _line(child)).text))
    if not lines:  # the text is kept on the region only
        text = _equiv(element) or ""
        lines = tuple(Line(line_text(row)) for row in text.splitlines() if row.strip())
        if len(lines) == 1:
            lines = (Line(lines[0].text, box),)
    role = element.get("type")
    return Region(lines, box or bounds([line.box for line in lines]), role if role in ROLES else None)


def _line(element: Element) -> Line:
    words = tuple(Word(" ".join(text.split()), _coords(child)) for child in element if _name(child) == "Word" and (text := _equiv(child)))
    text = _equiv(element)
    if text is None:
        text = " ".join(word.text for word in words)
    return Line(line_text(" ".join(text.split())), _coords(element), words=words)


def _equiv(element: Element) -> str | None:
    """The text of an element's own TextEquiv (the first by `index`), None when it has none."""
    equivs = [child for child in element if _name(child) == "TextEquiv"]
    equivs.sort(key=lambda e: _number(e.get("index")))
    for equiv in equivs:
        for child in equiv:
            if _name(child) == "Unicode" and (child.text or "").strip():
                return child.text
    return None


def _coords(element: Element) -> Box | None:
    coords = next((child for child in element if _name(child) == "Coords"), None)
    if coords is None:
        return None
    try:
        if coords.get("points"):
            points = [tuple(map(float, pair.split(","))) for pair in coords.get("points").split()]
        else:  # the 2010 schema: <Point x= y=/> elements
            points = [(float(p.get("x")), float(p.get("y"))) for p in coords if _name(p) == "Point"]
        xs, ys = [x for x, _ in points], [y for _, y in points]
        return Box(min(xs), min(ys), max(xs), max(ys)) if points else None
    except (TypeError, ValueError):  # not numbers: the region cannot be placed
        return None


_HEAD_MARGIN = 3.0  # line heights: a head set centred stands this far in from both edges at least
_CENTRED = 2.0  # line heights: ... and its margins differ by less than this
_HEAD_LENGTH = 60  # characters: a head set centred in text type is this long at most
# The number that opens an act's article ("§ 1. Loſe", "Artikel 3 …"): a heading inside the act.
_NUMBERED = re.compile(r"^\W{0,2}(?:§|art(?:ikel|icle|\.)|abschnitt|kapitel|chapter|section)\s*(?:\d|[IVXLC]+\b)", re.IGNORECASE)


def heads_open_regions(regions: list[Region]) -> list[Region]:
    """A text region whose first line is a short head set centred in its column, under a region
    whose text ends a sentence, opens a story: a transcriber draws a new region where a new
    item starts, and its head is set in the text's own type, so no size tells it (Reichsanzeiger,
    1918: "Bekanntmachung." over a notice, under the signature of the one above; "Bayern." over
    the news from Munich, read as headings of the story above). A numbered head ("§ 1. Loſe")
    heads a part of the act it stands in, and opens none.

    >>> above = Region((Line("Berlin, den 6. November 1918.", Box(0, 0, 1000, 40)),), Box(0, 0, 1000, 40))
    >>> notice = Region((Line("Bekanntmachung.", Box(380, 60, 620, 100)), Line("In Abänderung meiner Bekanntmachung", Box(60, 110, 1000, 150))), Box(0, 60, 1000, 150))
    >>> [r.opens for r in heads_open_regions([above, notice])]
    [None, True]
    """
    out: list[Region] = []
    for region in regions:
        previous = next((r for r in reversed(out) if r.role not in _FURNITURE), None)
        if (
            region.opens is None
            and region.role in (None, "paragraph")
            and previous is not None
            and previous.lines
            and ends_sentence(previous.lines[-1].text)
            and _centred_head(region)
        ):
            region = replace(region, opens=True)
        out.append(region)
    return out


_FURNITURE = frozenset({"header", "footer", "page-number", "marginalia"})


def _centred_head(region: Region) -> bool:
    first = region.lines[0] if region.lines else None
    if first is None or first.box is None or region.box is None or len(region.lines) < 2:
        return False
    text = first.text.strip()
    return 0 < len(text) <= _HEAD_LENGTH and not _NUMBERED.match(text) and _set_centred(first.box, region.box.left, region.box.right, _HEAD_MARGIN * first.box.height, first.box.height)


def _set_centred(box: Box, left: float, right: float, margin: float, height: float) -> bool:
    """A line's box stands in from both edges of its measure (`left` to `right`) by more than
    `margin`, its two margins within `_CENTRED` line heights (`height`) of each other: set centred."""
    margins = box.left - left, right - box.right
    return min(margins) > margin and abs(margins[0] - margins[1]) < _CENTRED * height


_LABEL_TYPE = 1.2  # a region's first line boxed this many times its other lines' median height ...
_LABEL_PITCH = 1.3  # ... and as many times their median pitch above the next line is in a type of its own
_LABEL_SHORT = 2.0  # line heights: ... and stops this far short of the region's measure
_LABEL_INDENT = 0.4  # line heights: the line under it is indented this far at least, its own line flush
_LABEL_LENGTH = 60  # characters: the longest label


def label_heads_apart(regions: list[Region]) -> list[Region]:
    """A text region whose first line is a short label set flush in a bigger type than the text,
    over a paragraph that opens indented, is a story's head and its text: a readers' questions
    page, a gardening column or a brief set each answer under its topic in the text's column, and
    the transcriber draws one region around the label and its answer. The label's line is boxed
    a quarter taller than the text's lines at least (PAGE boxes are drawn by hand or by the
    line finder, so the margin is wide), stops well short of the measure, and the text under it
    starts indented, as a paragraph does. So is such a line set centred over the column: a column
    of briefs under its head ("Die Polizei meldet:"), a report's head boxed with its text.

    Before (Hakenkreuzbanner 1937, "HB-Briefkasten", Transkribus GT): the topic label read into
    its answer ("Arbeitsvermittlung 85. Als gelernter …"), the answer the story above's.
    After: the label is the answer's title.

    >>> at = lambda text, left, top, right, height=40: Line(text, Box(left, top, right, top + height))
    >>> answer = Region((at("Arbeitsvermittlung", 0, 0, 400, 60), at("85. Als gelernter Elektro-Installateur", 35, 64, 1000), at("haben Sie Aussichten, bei den uns", 0, 108, 1000), at("genannten Behörden.", 0, 152, 500)), Box(0, 0, 1000, 192))
    >>> [([line.text for line in r.lines], r.role, r.opens) for r in label_heads_apart([answer])]
    [(['Arbeitsvermittlung'], 'headline', True), (['85. Als gelernter Elektro-Installateur', 'haben Sie Aussichten, bei den uns', 'genannten Behörden.'], 'paragraph', False)]
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        if region.role in (None, "paragraph") and len(lines) >= 3 and all(line.box is not None for line in lines):
            first, text = lines[0], lines[1:]
            height = sorted(line.box.height for line in text)[len(text) // 2]
            pitch = sorted(b.box.top - a.box.top for a, b in zip(text, text[1:]))[(len(text) - 1) // 2]
            left = min(line.box.left for line in text[1:])
            right = max(line.box.right for line in text)
            label = first.text.strip()
            if (
                0 < len(label) <= _LABEL_LENGTH
                and not label.endswith(("-", "⸗", ","))
                and first.box.height >= _LABEL_TYPE * height
                and text[0].box.top - first.box.top >= _LABEL_PITCH * pitch
                and (
                    abs(first.box.left - left) < _LABEL_INDENT * height and right - first.box.right >= _LABEL_SHORT * height
                    or _set_centred(first.box, left, right, _SUBHEAD_MARGIN * height, height)
                )
                and text[0].box.left - left >= _LABEL_INDENT * height
            ):
                out.append(replace(region, lines=(first,), box=first.box, role=HEADLINE, opens=True))
                out.append(replace(region, lines=text, box=bounds([line.box for line in text]), role="paragraph", opens=False))
                continue
        out.append(region)
    return out


_SUBHEAD_SPACE = 1.3  # the subhead's pitch from the line above and to the line below, in the text's pitch
_SUBHEAD_MARGIN = 1.0  # line heights: a subhead stands in from both edges at least this far, centred
_SUBHEAD_TYPE = 1.4  # ... and is boxed less than this many times the text's lines (more: headline type, a story's head)


def subheads_within(regions: list[Region]) -> list[Region]:
    """A short line set centred in the text's type inside a text region, with space above and
    below it, between a paragraph's last line (a sentence's end) and the next's indented first,
    and ending on no full stop, is a subhead of the story the region holds: a transcriber draws
    a new region where a new item starts, and a feature's subheads are set inside its column.
    (A centred line that ends a sentence, "Bekanntmachung.", may head a notice of its own: left
    to the geometry.)

    Before (Hakenkreuzbanner 1937, a boxing feature, Transkribus GT: three centred subheads in
    its two column regions): "Vor allem Selbſtvertrauen" and "Doppeldeckung iſt Unſicherheit"
    opened stories of their own, "Boxen kann man nicht am Sandſack lernen" ran into the
    paragraph under it. After: the feature's headings.

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 40))
    >>> column = Region((at("zeigt werden, ſondern vor allem, wie und", 0, 0, 1000), at("wann die Stöße eingeſetzt werden.", 0, 44, 1000),
    ...     at("einem Techniker entwickeln kann.", 0, 88, 700), at("Boxen kann man nicht am Sandſack lernen", 50, 164, 950),
    ...     at("Eine beſondere Aufgabe hat hier auch der", 40, 234, 1000), at("Boxlehrer zu erfüllen, deſſen Gebiet", 0, 278, 1000)), Box(0, 0, 1000, 318))
    >>> [([line.text for line in r.lines], r.role, r.opens) for r in subheads_within([column])][1:]
    [(['Boxen kann man nicht am Sandſack lernen'], 'subheading', False), (['Eine beſondere Aufgabe hat hier auch der', 'Boxlehrer zu erfüllen, deſſen Gebiet'], None, False)]
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        if region.role not in (None, "paragraph") or len(lines) < 4 or any(line.box is None for line in lines):
            out.append(region)
            continue
        height = statistics.median(line.box.height for line in lines)
        pitch = statistics.median(b.box.top - a.box.top for a, b in zip(lines, lines[1:]))
        left = min(line.box.left for line in lines)
        right = max(line.box.right for line in lines)
        start = 0
        for k in range(1, len(lines) - 1):
            line, above, below = lines[k], lines[k - 1], lines[k + 1]
            text = line.text.strip()
            if _label_over_set_in(lines, k, right, height) or (
                0 < len(text) <= _HEAD_LENGTH
                and not text.endswith((".", ",", ":", ";", "-", "⸗"))
                and not _NUMBERED.match(text)
                and ends_sentence(above.text)
                and line.box.height < _SUBHEAD_TYPE * height
                and _set_centred(line.box, left, right, _SUBHEAD_MARGIN * height, height)
                and line.box.top - above.box.top >= _SUBHEAD_SPACE * pitch
                and below.box.top - line.box.top >= _SUBHEAD_SPACE * pitch
                and below.box.left - left >= _LABEL_INDENT * height
            ):
                if start < k:
                    out.append(replace(region, lines=lines[start:k], box=bounds([x.box for x in lines[start:k]]), opens=region.opens if start == 0 else False))
                out.append(replace(region, lines=(line,), box=line.box, role=SUBHEADING, opens=False))
                start = k + 1
            elif _spaced_head(lines, k, left, right, height, pitch):
                if start < k:
                    out.append(replace(region, lines=lines[start:k], box=bounds([x.box for x in lines[start:k]]), opens=region.opens if start == 0 else False))
                out.append(replace(region, lines=(line,), box=line.box, role=HEADLINE, opens=True))
                start = k + 1
        if start == 0:
            out.append(region)
        else:
            out.append(replace(region, lines=lines[start:], box=bounds([x.box for x in lines[start:]]), opens=False))
    return out


_HEAD_SPACE = 1.8  # the text's pitch: a blank line's space at least above a head set centred inside a region


def _spaced_head(lines: tuple[Line, ...], k: int, left: float, right: float, height: float, pitch: float) -> bool:
    """Line k a short head in the text's type, set centred well in from both edges of the
    region's measure, closed by a full stop, with a blank line's space above it: the head of a
    new item that the transcriber boxed with the column above it (a market report under the
    column's last letter). A numbered head ("§ 1.") heads a part of an act, and opens none.

    Before (Merseburger Kreisblatt 1848, one PAGE region per column): "Marktpreiſe vom 16.
    December." ran into the dialogue above it, the price rows under it read as a kicker and a
    title. After: the head of the price report.

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 40))
    >>> lines = (at("Und ick befinde mir ohne Jroſchens und ſehne mir", 0, 0, 1000), at("nach Hundeführen am Jahresſchluß. — —", 150, 44, 990),
    ...     at("Marktpreiſe vom 16. December.", 180, 130, 840), at("Weizen 1 22 6 bis 1 25", 30, 176, 500), at("Roggen — 27 6 bis 1 — —", 30, 220, 500))
    >>> [_spaced_head(lines, k, 0, 1000, 40, 44) for k in range(1, 4)]
    [False, True, False]
    """
    line, above = lines[k], lines[k - 1]
    text = line.text.strip()
    return (
        0 < len(text) <= _HEAD_LENGTH
        and text.endswith(".")
        and text[0].isupper()
        and not _NUMBERED.match(text)
        and line.box.height < _SUBHEAD_TYPE * height
        and _set_centred(line.box, left, right, _HEAD_MARGIN * height, height)
        and line.box.top - above.box.top >= _HEAD_SPACE * pitch
    )


_SET_IN = 2.0  # line heights: a list's entries under a label stand in this far from both edges at least
_LABEL_CHARS = 30  # the longest label over a list


def _label_over_set_in(lines: tuple[Line, ...], k: int, right: float, height: float) -> bool:
    """Line k a short label set flush (with the lines near it: a scan's column may lean) and
    closed by its colon ("Abteilung 1:", "S V Waldhof:"), over a line set in from both edges (a
    list's entries centred in the column: fixtures, a team's line-up): the list's subhead. Not a
    sentence's last line (in lower case, or after a word cut at the line above), nor one over an
    act's numbered head ("§ 1", "§. 1.").

    Before (Hakenkreuzbanner 1937, a sports column in one Transkribus region): "S V Waldhof:" ran
    into the row above, its line-up's first row titled a story. After: the line-up's subhead."""
    line, below = lines[k], lines[k + 1]
    text = line.text.strip()
    near = lines[max(0, k - 3) : k + 5]
    left = statistics.median(x.box.left for x in near)
    return (
        0 < len(text) <= _LABEL_CHARS
        and text.endswith(":")
        and not text[0].islower()  # (a sentence's last words: "folgende Verordnung erlaſſen:" over "§ 1")
        and not (k and lines[k - 1].text.rstrip().endswith(("-", "⸗", "¬")))  # (nor the end of a word cut above)
        and not _NUMBERED.match(below.text.strip())
        and not below.text.lstrip().startswith("§")
        and line.box.left - min(x.box.left for x in near) < _LABEL_INDENT * height
        and right - line.box.right > _LABEL_SHORT * height
        and below.box.left - left > _SET_IN * height
        and right - below.box.right > _SET_IN * height
    )
