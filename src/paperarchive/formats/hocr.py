"""hOCR → regions of printed lines (then `reading.to_blocks` makes the blocks).

hOCR is HTML whose elements carry OCR classes and a `title` with their `bbox`:
ocr_page ⊃ ocr_carea ⊃ ocr_par ⊃ ocr_line ⊃ ocrx_word. A region is an ocr_par, or
an ocr_carea with no paragraphs in it, or the page itself; a line is any line
class (ocr_line, ocr_header, ocr_caption, ocr_textfloat); its text is its words,
or its own text where an engine writes no word elements.

Read with the standard library's HTML parser, not an XML parser: Tesseract's
hOCR starts with an XHTML DOCTYPE and other engines write HTML that is not XML.
That parser never reads a DTD and knows only HTML's own named entities, so
nothing expands; a document that declares entities is refused all the same
(`formats.read_blocks`), as for ALTO.

A line ending in a hyphen is left so: the `dehyphenate` rule decides. A line's font
size (`x_fsize`, on the line or its words) becomes `Line.size`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from ..errors import EmptyPageError
from .heads import border_speck, border_stripe, figure_captions
from .paddle import _cells_row_by_row, _named_cells
from .reading import (
    LIST_ENTRY,
    Box,
    Line,
    Region,
    Word,
    bounds,
    join_words,
    line_text,
    order_regions,
    rejoin_label_cells,
    stops_read_as_commas,
)

_ROLES = {
    "ocr_page": "page",
    "ocr_carea": "area",
    "ocrx_block": "area",
    "ocr_par": "par",
    "ocr_line": "line",
    "ocrx_line": "line",
    "ocr_header": "line",
    "ocr_caption": "line",
    "ocr_textfloat": "line",
    "ocrx_word": "word",
    "ocr_separator": "rule",  # Tesseract's rules and box edges (and strokes of big glyphs)
    "ocr_hline": "rule",
    "ocr_photo": "figure",  # Tesseract's pictures (and `ocr_image`): what lies right under one captions it
    "ocr_image": "figure",
}
_CONTAINERS = ("par", "area", "page")  # where a line belongs: the innermost of these
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BBOX = re.compile(r"\bbbox\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)")
# The font size in points (ABBYY, Tesseract's WordFontAttributes). Not x_size: gcv2hocr writes
# the same x_size on every line of a page, and the line's box gives its height anyway.
_FONT_SIZE = re.compile(r"\bx_fsize\s+([\d.]+)")


def hocr_regions(text: str) -> list[list[Region]]:
    """The text regions of each ocr_page, each page's in reading order.

    >>> doc = '''<div class="ocr_page" title="bbox 0 0 200 100">
    ...  <p class="ocr_par" title="bbox 110 0 200 40"><span class="ocr_line" title="bbox 110 0 200 12">
    ...    <span class="ocrx_word">second</span> <span class="ocrx_word">column</span></span></p>
    ...  <p class="ocr_par" title="bbox 0 0 100 40"><span class="ocr_line" title="bbox 0 0 100 12">
    ...    <span class="ocrx_word">first</span> <span class="ocrx_word">news-</span></span></p>
    ... </div>'''
    >>> [[line.text for line in region.lines] for region in hocr_regions(doc)[0]]
    [['first news-'], ['second column']]
    """
    reader = _Reader()
    reader.feed(text)
    reader.close()
    if not reader.pages:
        from . import MarkupError

        raise MarkupError("not an hOCR page: no element has the class ocr_page")
    out = []
    for page, rules, figures in zip(reader.pages, reader.rules, reader.figures):
        regions = [region.region() for region in page if region.lines]
        out.append(stops_read_as_commas(_grid_cells_row_by_row(order_regions(figure_captions(rejoin_label_cells(regions), figures), rules))))
    if not any(out):
        raise EmptyPageError("the hOCR page holds no text (no ocr_line with words)")
    return out


_INK_CELL_GAP = 0.6  # name heights: how far under a grid cell's name its entry starts at most, in boxes of the glyphs' ink


def _grid_cells_row_by_row(regions: list[Region]) -> list[Region]:
    """A grid of named cells (`paddle._named_cells`: a horoscope's signs three or four a row, each
    over its entry), each name a subheading over its entry, read row by row. Tesseract boxes each
    cell as a paragraph of its own and reads the cells column by column; its boxes hold the ink
    alone, so an entry starts further under its name than in RapidOCR's padded boxes
    (`_INK_CELL_GAP`). An entry is a paragraph (`LIST_ENTRY`): one whose end the engine lost is
    no head for that.

    Before (holdout165 xiuxian, chi_sim): "白羊座", "狮子座", "射手座" each the title of a story of
    its own, its entry the text, the box's head the section of the first. After: one story, the
    twelve signs its headings, the entries its paragraphs in the order printed."""
    cells = _named_cells([line for region in regions for line in region.lines], _INK_CELL_GAP)
    return _cells_row_by_row(regions, cells, LIST_ENTRY)


def _font_size(title: str | None) -> float | None:
    found = _FONT_SIZE.search(title or "")
    return float(found.group(1)) if found else None


def _bbox(title: str | None) -> Box | None:
    found = _BBOX.search(title or "")
    return Box(*map(float, found.groups())) if found else None


@dataclass(slots=True)
class _Element:
    tag: str
    role: str | None
    box: Box | None
    region: _Region | None = None  # the lines read inside this container


@dataclass(slots=True)
class _Region:
    box: Box | None
    lines: list[Line] = field(default_factory=list)

    def region(self) -> Region:
        lines = tuple(self.lines)
        if stripe := border_stripe(lines):  # a border beside the column read into its lines: read them without it
            lines = tuple(line for line in (_without_specks(line, stripe) for line in lines) if line.text)
        return Region(lines, self.box or bounds([line.box for line in lines]))


def _without_specks(line: Line, stripe: tuple[float, float]) -> Line:
    """The line without the words a border left in it, outside `stripe` (`heads.border_stripe`)."""
    kept = [w for w in line.words if not (w.box and (w.box.right <= stripe[0] or w.box.left >= stripe[1]) and border_speck(w.text))]
    if len(kept) == len(line.words):
        return line
    box = bounds([w.box for w in kept])
    return replace(line, text=line_text(join_words(kept, box.height if box else None)), box=box, words=tuple(kept))


@dataclass(slots=True)
class _Line:
    box: Box | None
    words: list[Word] = field(default_factory=list)
    loose: list[str] = field(default_factory=list)  # text outside word elements
    word: list[str] | None = None  # the text of the word element open now
    word_box: Box | None = None
    size: float | None = None  # x_fsize of the line, or else the most common of its words'
    word_sizes: list[float] = field(default_factory=list)
    implicit: bool = False  # no ocr_line around these words: they are their container's line

    def line(self) -> Line:
        height = self.box.height if self.box else None
        text = join_words(self.words, height) if self.words else " ".join("".join(self.loose).split())
        size = self.size or (max(set(self.word_sizes), key=self.word_sizes.count) if self.word_sizes else None)
        return Line(line_text(text), self.box, size, tuple(self.words))


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.pages: list[list[_Region]] = []
        self.rules: list[list[Box]] = []  # each page's separators
        self.figures: list[list[Box]] = []  # each page's pictures
        self.line: _Line | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return  # never closed, so never on the stack
        values = dict(attrs)
        role = next((_ROLES[c] for c in (values.get("class") or "").split() if c in _ROLES), None)
        box = _bbox(values.get("title"))
        self.stack.append(_Element(tag, role, box))
        if role == "page":
            self.pages.append([])
            self.rules.append([])
            self.figures.append([])
        elif role == "rule" and box is not None and self.rules:
            self.rules[-1].append(box)
        elif role == "figure" and box is not None and self.figures:
            self.figures[-1].append(box)
        elif role == "line" and any(element.role == "page" for element in self.stack):
            self._end_implicit_line()
            self.line = _Line(box, size=_font_size(values.get("title")))
        elif role == "word" and self.line is None and any(element.role == "page" for element in self.stack):
            # Words straight under a paragraph or area (some engines write no ocr_line): read,
            # as one line of their container, not dropped.
            self.line = _Line(None, implicit=True)
        if role == "word" and self.line is not None:
            self.line.word, self.line.word_box = [], box
            if (size := _font_size(values.get("title"))) is not None:
                self.line.word_sizes.append(size)

    def handle_endtag(self, tag: str) -> None:
        if not any(element.tag == tag for element in self.stack):
            return  # a stray end tag: HTML tolerates it
        while self.stack:  # an end tag also closes what was left open inside it, as HTML does
            if self.stack[-1].role in _CONTAINERS:
                self._end_implicit_line()  # while its container is still open to take it
            element = self.stack.pop()
            self._close(element)
            if element.tag == tag:
                break

    def _end_implicit_line(self) -> None:
        if self.line is not None and self.line.implicit:
            if (read := self.line.line()).text:
                self._container().lines.append(read)
            self.line = None

    def _close(self, element: _Element) -> None:
        line = self.line
        if element.role == "word" and line is not None and line.word is not None:
            line.words.append(Word("".join(line.word), line.word_box))
            line.word = None
        elif element.role == "line" and line is not None:
            if (read := line.line()).text:  # an empty line box is no printed line
                self._container().lines.append(read)
            self.line = None

    def _container(self) -> _Region:
        """The region a line belongs to: the innermost open paragraph, area or page (a line
        is only read inside a page, so there is one)."""
        element = next(e for e in reversed(self.stack) if e.role in _CONTAINERS)
        if element.region is None:
            element.region = _Region(element.box)
            self.pages[-1].append(element.region)
        return element.region

    def handle_data(self, data: str) -> None:
        if self.line is None:
            return
        (self.line.word if self.line.word is not None else self.line.loose).append(data)
