"""ALTO XML → regions of printed lines (then `reading.to_blocks` makes the blocks).

Read by local element name, so ALTO v2, v3 and v4 (and the older CCS namespace
of v1, still in early Library of Congress batches) read alike. Used: every
TextBlock (also inside ComposedBlock and the page margins, where the running
heads are), its TextLines, their String, SP and HYP elements, and the positions
HPOS/VPOS/WIDTH/HEIGHT. Coordinates are only compared with each other, so the
MeasurementUnit (pixel, mm10, inch1200) does not matter.

Hyphenation: a line ending in HYP, or in a String marked SUBS_TYPE="HypPart1",
is emitted ending in "-", and the `dehyphenate` rule decides whether the hyphen
goes (news-/paper) or stays (well-/known), as for every other page. SUBS_CONTENT
is not used: one rule, checked against the gold files, decides for every format,
`clean --explain` shows each join, and `--disable dehyphenate` turns it off.

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree

from ..errors import EmptyPageError
from .reading import Box, Line, Region, Word, bounds, join_words, line_text, reading_order


def alto_regions(text: str) -> list[list[Region]]:
    """The text regions of each Page of an ALTO document, each page's in reading order.

    >>> doc = '''<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace>
    ...   <TextBlock HPOS="0" VPOS="0" WIDTH="100" HEIGHT="30"><TextLine HPOS="0" VPOS="0" WIDTH="100" HEIGHT="12">
    ...     <String CONTENT="the"/><SP/><String CONTENT="news" SUBS_TYPE="HypPart1" SUBS_CONTENT="newspaper"/><HYP CONTENT="-"/>
    ...   </TextLine><TextLine HPOS="0" VPOS="14" WIDTH="80" HEIGHT="12">
    ...     <String CONTENT="paper" SUBS_TYPE="HypPart2" SUBS_CONTENT="newspaper"/><SP/><String CONTENT="said."/>
    ...   </TextLine></TextBlock></PrintSpace></Page></Layout></alto>'''
    >>> [[line.text for line in region.lines] for region in alto_regions(doc)[0]]
    [['the news-', 'paper said.']]
    """
    root = parse_xml(text)
    pages = [element for element in root.iter() if _name(element) == "Page"] or [root]
    out = []
    for page in pages:
        regions = [region for block in page.iter() if _name(block) == "TextBlock" and (region := _region(block)).lines]
        out.append([regions[i] for i in reading_order([r.box for r in regions])])
    if not any(out):
        raise EmptyPageError("the ALTO page holds no text (no String in any TextLine)")
    return out


def parse_xml(text: str, kind: str = "ALTO") -> Element:
    """The document's root; a DOCTYPE, an entity declaration or bad XML is refused (with the
    format's name: every XML format is read through here)."""
    from . import MarkupError  # the package imports this module lazily

    try:
        return defusedxml.ElementTree.fromstring(text, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        raise MarkupError(
            f"refused: the XML declares a document type (<!DOCTYPE>), which {kind} never needs"
            " and which can hide entity bombs or reads of local files",
            "remove the DOCTYPE line if the file is trusted",
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise MarkupError(
            "refused: the XML declares entities (<!ENTITY>), which can expand without end or read local files"
        ) from None
    except ParseError as error:
        raise MarkupError(f"not well-formed {kind}: {error}", "is the file complete?") from None


def _name(element: Element) -> str:
    """The local name of an element, without its namespace: `{…/alto/ns-v4#}String` → `String`."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _box(element: Element) -> Box | None:
    try:
        left, top = float(element.get("HPOS")), float(element.get("VPOS"))
        return Box(left, top, left + float(element.get("WIDTH")), top + float(element.get("HEIGHT")))
    except (TypeError, ValueError):  # missing or not a number: the element cannot be placed
        return None


def _region(block: Element) -> Region:
    lines = tuple(line for element in block if _name(element) == "TextLine" and (line := _line(element)).text)
    return Region(lines, _box(block) or bounds([line.box for line in lines]))


def _line(element: Element) -> Line:
    box = _box(element)
    words: list[Word] = []
    spaced = hyphenated = False
    for child in element:
        name = _name(child)
        if name == "String":
            words.append(Word(child.get("CONTENT") or "", _box(child), spaced))
            hyphenated = child.get("SUBS_TYPE") == "HypPart1"
            spaced = False
        elif name == "SP":
            spaced = True
        elif name == "HYP":
            hyphenated = True
    return Line(line_text(join_words(words, box.height if box else None), hyphenated), box)
