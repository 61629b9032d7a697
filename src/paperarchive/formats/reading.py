"""Text regions with coordinates → the pipeline's blocks, in reading order.

ALTO and hOCR both give the same three things: text regions (ALTO TextBlock,
hOCR ocr_par or ocr_carea) with a bounding box, printed lines with theirs, and
words with theirs. From that:

- reading order: column by column, each top to bottom, found by cutting the page
  along the gutters between columns, and across the page above a headline or
  photo that spans columns (`reading_order`);
- paragraphs: a region is one block, split where a line is indented or stops
  short after the end of a sentence (`paragraphs`);
- story breaks: a region set in display type (a headline), or below a wide
  vertical space in the same column, gets two blank lines before it (`gap=2`),
  as a plain-text page has between stories; other regions get one.

The printed lines are kept, and word spacing is decided here (`join_words`), so
that the repair rules (dehyphenate, join_wrapped_lines, join_column_break, …)
see the same kind of blocks as for a plain-text page.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ..chars import NO_LINE_START, ends_sentence, is_wide
from ..models import Block
from ..normalize import normalize

# Boxes that overlap by up to this share of their own size still count as apart:
# OCR boxes of neighbouring columns often overlap by a few pixels.
_OVERLAP_TOLERANCE = 0.05
_INDENT = 0.6  # a line starting this many line heights right of the region's edge is indented
_SHORT = 2.0  # a line stopping this many line heights before the right edge is short
_DISPLAY_TYPE = 1.4  # lines this many times the body's height are headline type
_WIDE_SPACE = 1.5  # vertical space, in body line heights, that separates stories
_WORD_SPACE = 0.5  # a gap between wide (CJK) glyphs, in line heights, that is a printed space
_OPENERS = "([{“‘「『《〈【〔"
# Marks that OCR engines print for a hyphen at a line end: soft hyphen, not sign, double hyphen.
_LINE_END_HYPHENS = "\u00ad¬⸗\u2010"


# What a format may say a region is (PAGE TextRegion types, ABBYY block types, MinerU types).
ROLES = frozenset({"heading", "caption", "header", "footer", "page-number", "marginalia", "drop-capital", "table", "paragraph"})


@dataclass(frozen=True, slots=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left), min(self.top, other.top), max(self.right, other.right), max(self.bottom, other.bottom)
        )


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    box: Box | None = None
    spaced: bool = False  # the markup put a space before it (ALTO <SP/>)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    box: Box | None = None
    size: float | None = None  # font size, where the format gives one (ABBYY, PDF, ALTO TextStyle)


@dataclass(frozen=True, slots=True)
class Region:
    """A text region as the OCR engine found it: ALTO TextBlock, hOCR ocr_par or ocr_carea.

    `role`: what the format says the region is, where it says so (PAGE region types,
    ABBYY block types): one of `ROLES`, or None when the format does not say.
    """

    lines: tuple[Line, ...]
    box: Box | None = None
    role: str | None = None


def bounds(boxes: Sequence[Box | None]) -> Box | None:
    """The box around all the boxes; None if any is missing (nothing to place it by)."""
    if not boxes or any(box is None for box in boxes):
        return None
    out = boxes[0]
    for box in boxes[1:]:
        out = out.union(box)
    return out


def join_words(words: Sequence[Word], line_height: float | None = None) -> str:
    """A printed line from its words: a space between Latin words, none inside CJK text
    unless the glyphs stand a space apart.

    >>> join_words([Word("the"), Word("news"), Word(","), Word("(by"), Word("wire)")])
    'the news, (by wire)'
    >>> box = lambda left, right: Box(left, 0, right, 40)
    >>> join_words([Word("本报", box(0, 80)), Word("通讯员", box(82, 200)), Word("汤璇", box(240, 320))], 40)
    '本报通讯员 汤璇'
    """
    text = ""
    previous: Word | None = None
    for word in words:
        piece = " ".join(word.text.split())
        if not piece:
            continue
        if previous is not None and _spaced(text, piece, previous, word, line_height):
            text += " "
        text += piece
        previous = word
    return text


def _spaced(left: str, right: str, before: Word, word: Word, line_height: float | None) -> bool:
    if right[0] in NO_LINE_START or left[-1] in _OPENERS:
        return word.spaced
    if not (is_wide(left[-1]) or is_wide(right[0])):
        return True  # Latin words are always apart: an engine's words are words
    # CJK glyphs are set solid: engines mark their boundaries as word spaces (Tesseract
    # does, between every glyph), so only a gap in the print is a real space.
    if before.box is not None and word.box is not None and line_height:
        return word.box.left - before.box.right > _WORD_SPACE * line_height
    return word.spaced


def line_text(text: str, hyphenated: bool = False) -> str:
    """One printed line as the pipeline reads it; a line-end hyphen mark becomes `-`.

    `hyphenated`: the markup says the last word continues on the next line (ALTO
    HYP or HypPart1), so the line ends in a hyphen even where the engine left it out.

    >>> line_text("the news¬"), line_text("the Har", hyphenated=True), line_text("well-", hyphenated=True)
    ('the news-', 'the Har-', 'well-')
    """
    text = normalize(" ".join(text.split()))
    if text and text[-1] in _LINE_END_HYPHENS:
        text = text[:-1] + "-"
    if hyphenated and text and not text.endswith("-"):
        text += "-"
    return text


def reading_order(boxes: Sequence[Box | None]) -> list[int]:
    """Indices of the regions in reading order: column by column, top to bottom.

    Cut the page along a gutter no region crosses (columns, left to right); where
    there is none, cut off the top band above a gap across the whole page (a
    masthead, a headline spanning columns) and go on below it. Regions without
    a box keep the document's order: there is nothing to place them by.

    Two columns whose blocks the document interleaves (a1 b1 a2 b2), under a headline across both:

    >>> reading_order([Box(0, 0, 210, 40), Box(0, 50, 100, 90), Box(110, 50, 210, 90), Box(0, 95, 100, 150), Box(110, 95, 210, 150)])
    [0, 1, 3, 2, 4]
    """
    if any(box is None for box in boxes):
        return list(range(len(boxes)))
    return _order(list(range(len(boxes))), boxes)


def _order(items: list[int], boxes: Sequence[Box]) -> list[int]:
    columns = _cuts(items, boxes, across=True)
    if len(columns) > 1:
        return [i for column in columns for i in _order(column, boxes)]
    bands = _cuts(items, boxes, across=False)
    if len(bands) == 1:  # nothing to cut along: read top to bottom, then left to right
        return sorted(items, key=lambda i: (boxes[i].top, boxes[i].left))
    # Peel bands off the top only until what is left splits into columns: below a band,
    # the columns may run on with gaps that line up across the page by chance.
    ordered: list[int] = []
    splits = _splits_from(bands, boxes)
    width = max(boxes[i].right for i in items) - min(boxes[i].left for i in items) if items else 0.0
    k = 0
    while k < len(bands):
        if splits[k]:
            return ordered + _order([i for later in bands[k:] for i in later], boxes)
        # A row of stories side by side (a lead over three columns beside a comment in the
        # fourth, their heads and bodies in several bands): the most bands from here that
        # split into columns are read as one, column by column, before the rows below.
        end = _row_end(bands, k, boxes, width)
        ordered += _order([i for band in bands[k:end] for i in band], boxes)
        k = end
    return ordered


def _row_end(bands: list[list[int]], start: int, boxes: Sequence[Box], width: float) -> int:
    """The end of the longest run of bands from `start` that has a gutter (more than one band),
    else start + 1. Stops once a band crosses every gutter or spans the page (`width`): nothing
    below can part the run into columns again (so a single column costs one short pass per band)."""
    segments: list[tuple[float, float]] = []
    end = start + 1
    for j in range(start, len(bands)):
        for i in bands[j]:
            segments = _merged(segments, *_span(boxes[i], across=True))
        if len(segments) > 1:
            if j > start:
                end = j + 1
        elif end > start + 1 or segments[0][1] - segments[0][0] >= (1 - 3 * _OVERLAP_TOLERANCE) * width:
            break
    return end


def _splits_from(bands: list[list[int]], boxes: Sequence[Box]) -> list[bool]:
    """For each band, whether it and the bands below it together have a gutter (split into
    columns). Built from the bottom up, so a tall column costs one pass, not one per band."""
    segments: list[tuple[float, float]] = []  # the x-extent of the bands so far, as disjoint spans
    splits = []
    for band in reversed(bands):
        for i in band:
            segments = _merged(segments, *_span(boxes[i], across=True))
        splits.append(len(segments) > 1)
    return splits[::-1]


def _merged(segments: list[tuple[float, float]], low: float, high: float) -> list[tuple[float, float]]:
    """Disjoint sorted spans with one more span added; spans that only touch stay apart, as in `_cuts`."""
    out = []
    for a, b in segments:
        if b <= low or high <= a:
            out.append((a, b))
        else:
            low, high = min(a, low), max(b, high)
    return sorted(out + [(low, high)])


def _span(box: Box, across: bool) -> tuple[float, float]:
    """A box's extent across the page (or down it), less the overlap OCR boxes are allowed."""
    low, high = (box.left, box.right) if across else (box.top, box.bottom)
    slack = (high - low) * _OVERLAP_TOLERANCE
    return low + slack, high - slack


def _cuts(items: list[int], boxes: Sequence[Box], across: bool) -> list[list[int]]:
    """The items in groups that no box joins: side by side (`across`) or one above another."""
    groups: list[list[int]] = []
    reach = float("-inf")
    for i in sorted(items, key=lambda i: _span(boxes[i], across)):
        low, high = _span(boxes[i], across)
        if groups and low < reach:
            groups[-1].append(i)
        else:
            groups.append([i])
        reach = max(reach, high)
    return groups


def paragraphs(region: Region) -> list[tuple[tuple[str, ...], bool]]:
    """A region's lines as paragraphs, each with whether its first line is indented.

    A paragraph ends after a line that ends a sentence, when the next line is
    indented or the line itself stops short of the region's right edge. A line
    that does not end a sentence never ends a paragraph: the lines of a centred
    headline stay together.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> paragraphs(Region((line("The ship was seen.", 0, 100, 0), line("Then it sank", 8, 100, 12), line("off the cape.", 0, 60, 24))))
    [(('The ship was seen.',), False), (('Then it sank', 'off the cape.'), True)]
    """
    lines = region.lines
    texts = tuple(line.text for line in lines)
    if len(lines) < 2 or any(line.box is None for line in lines):
        return [(texts, False)]
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    height = statistics.median(line.box.height for line in lines)
    indented = [line.box.left - left > _INDENT * height for line in lines]
    short = [right - line.box.right > _SHORT * height for line in lines]
    out: list[tuple[tuple[str, ...], bool]] = []
    start = 0
    for i in range(1, len(lines)):
        if ends_sentence(texts[i - 1]) and (indented[i] or short[i - 1]):
            out.append((texts[start:i], indented[start]))
            start = i
    out.append((texts[start:], indented[start]))
    return out


def to_blocks(regions: Sequence[Region]) -> tuple[Block, ...]:
    """Regions already in reading order → blocks, numbered as if printed one line each,
    with blank lines between them (`gap`): 0 inside a region, 1 between regions,
    2 before a region that opens a story."""
    regions = [r for r in regions if r.lines]
    body = _body_height(regions)
    blocks: list[Block] = []
    number = 0  # lines (and blank lines) before the next block, as a plain-text page would print them
    previous: Region | None = None
    for region in regions:
        gap = 0 if not blocks else 2 if _opens_story(region, previous, body) else 1
        for lines, indent in paragraphs(region):
            number += gap
            blocks.append(Block(lines, number + 1, gap, indent))
            number += len(lines)
            gap = 0
        previous = region
    return tuple(blocks)


def _line_height(region: Region) -> float | None:
    heights = [line.box.height for line in region.lines if line.box is not None]
    return statistics.median(heights) if heights else None


def _body_height(regions: Sequence[Region]) -> float | None:
    """The height of a line of body type: the median over all lines of the page."""
    heights = [line.box.height for region in regions for line in region.lines if line.box is not None]
    return statistics.median(heights) if heights else None


def _opens_story(region: Region, previous: Region | None, body: float | None) -> bool:
    """Headline type after text type, or a wide space above it in the same column."""
    if previous is None:
        return False
    if region.role == "heading" and previous.role != "heading":
        return True  # the format says where a head is (PDF: display type; PAGE, ABBYY: region types)
    if not body:
        return False
    height, before = _line_height(region), _line_height(previous)
    if height and before and height >= _DISPLAY_TYPE * body > before:
        return True
    if before and before >= _DISPLAY_TYPE * body:
        return False  # the space under a headline is its own, not a break between stories
    box, above = region.box, previous.box
    if box is None or above is None:
        return False
    same_column = box.left < above.right and above.left < box.right
    return same_column and box.top - above.bottom > _WIDE_SPACE * body
