"""PAGE XML (PRImA, the OCR-D and Transkribus format) → regions of printed lines.

Read by local element name, so the 2010 to 2019 schemas read alike. Used:
- every TextRegion (also nested in other regions), its `type` as `Region.role`
  where it is one of `reading.ROLES` (heading, caption, header, footer,
  page-number, marginalia, drop-capital, paragraph);
- each TextLine's text from its TextEquiv/Unicode (the first by `index`), else
  from its Words'; a region whose lines hold no text gives its own TextEquiv,
  a line per text line;
- Coords `points="x,y x,y …"` (or the 2010 schema's Point elements) → boxes;
- ReadingOrder: its OrderedGroup (RegionRefIndexed by `index`) and UnorderedGroup
  (in file order), nested as they come, is the order; regions it does not name
  follow in the order of their geometry.

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ..errors import EmptyPageError
from . import heads
from .alto import _name, parse_xml
from .lists import list_heads
from .numbered import numbered_heads_within
from .reading import ROLES, Box, Line, Region, bounds, cut_at_rules, line_text, reading_order


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
        out.append(heads.issue_row(list_heads(numbered_heads_within(heads.library_furniture(cut_at_rules([regions[id(e)] for e in dict.fromkeys(ordered + rest)], rules))))))
    if not any(out):
        raise EmptyPageError("the PAGE XML page holds no text (no TextEquiv in any TextRegion)")
    return out


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
    lines = tuple(line for child in element if _name(child) == "TextLine" and (line := _line(child)).text)
    if not lines:  # the text is kept on the region only
        text = _equiv(element) or ""
        lines = tuple(Line(line_text(row)) for row in text.splitlines() if row.strip())
        if len(lines) == 1:
            lines = (Line(lines[0].text, box),)
    role = element.get("type")
    return Region(lines, box or bounds([line.box for line in lines]), role if role in ROLES else None)


def _line(element: Element) -> Line:
    text = _equiv(element)
    if text is None:
        words = [word for child in element if _name(child) == "Word" and (word := _equiv(child))]
        text = " ".join(words)
    return Line(line_text(" ".join(text.split())), _coords(element))


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
