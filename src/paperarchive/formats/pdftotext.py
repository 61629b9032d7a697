"""pdftotext's text, read with its geometry: `-bbox-layout` XHTML, and `-layout` plain text.

`pdftotext -bbox-layout` writes XHTML whose body holds doc ⊃ page ⊃ flow ⊃ block ⊃
line ⊃ word, each with xMin/yMin/xMax/yMax in points: the same lines and words
with boxes as a PDF's text layer, less the font. Its lines are grouped into regions
as a PDF page's are (`pdf.group_regions`, by line height in place of font size).

`pdftotext -layout` pads each printed line with spaces so that the columns of the
page stay side by side: read as plain text, every paragraph mixes the columns.
`layout_regions` recognises that shape (runs of 3 or more spaces starting at the
same column positions over many lines), cuts the lines at those gutters, and gives
each piece a box on the character grid, so `reading` reads the columns one after
another like any page with geometry.
"""

from __future__ import annotations

import re
import statistics
from html.parser import HTMLParser

from .reading import Box, Line, Region, Word, join_words, line_text

_PAGE = re.compile(r"<page\s[^>]*>.*?</page>", re.DOTALL)
_BBOX_DOC = re.compile(r"<doc>\s*<page\s+width=")


def is_bbox_layout(head: str) -> bool:
    """pdftotext -bbox-layout output: a `doc` element holding `page`s with a width.

    >>> is_bbox_layout('<html><body>\\n<doc>\\n  <page width="595.0" height="842.0">')
    True
    """
    return bool(_BBOX_DOC.search(head))


def bbox_pages(text: str) -> list[str]:
    """Each page of a -bbox-layout document, as a document of its own."""
    return [f"<doc>{page}</doc>" for page in _PAGE.findall(text)]


def bbox_lines(text: str) -> list[tuple[Line, str]]:
    """The printed lines of a -bbox-layout document (all its pages), each with its size: the
    line's height, since pdftotext gives no font size (and no font: the face is left empty)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.lines


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[Line, str]] = []
        self.words: list[Word] | None = None
        self.line_box: Box | None = None
        self.word: list[str] | None = None
        self.word_box: Box | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "line":
            self.words, self.line_box = [], _box(attrs)
        elif tag == "word" and self.words is not None:
            self.word, self.word_box = [], _box(attrs)

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)

    def handle_endtag(self, tag):
        if tag == "word" and self.word is not None and self.words is not None:
            self.words.append(Word("".join(self.word), self.word_box, spaced=True))
            self.word = None
        elif tag == "line" and self.words is not None:
            box = self.line_box
            height = box.height if box is not None else None
            text = line_text(join_words(self.words, height))
            if text and box is not None:
                self.lines.append((Line(text, box, round(height, 1)), ""))
            self.words = None


def _box(attrs) -> Box | None:
    values = dict(attrs)
    try:
        return Box(*(float(values[k]) for k in ("xmin", "ymin", "xmax", "ymax")))
    except (KeyError, ValueError):
        return None


# -layout text: a gutter is a run of 3+ spaces (or the 2+ that CJK lines keep) that ends at
# a column start shared by many lines.
_RUN = re.compile(r" {2,}")
_MIN_LINES = 6  # lines that must share a column start before it counts as one
_MIN_SHARE = 0.2  # ... and this share of the lines with text
_TOLERANCE = 3  # column starts within this many characters are one (CJK glyphs shift the grid)


def layout_regions(text: str) -> list[Region] | None:
    """The regions of a `pdftotext -layout` page, one per column piece; None when the text
    does not have that shape (its columns side by side).

    >>> left, right = "The ship was seen off", "Then it sank near the"
    >>> page = "\\n".join(f"{left}      {right}" for _ in range(8))
    >>> [r.lines[0].text for r in layout_regions(page)]
    ['The ship was seen off', 'Then it sank near the']
    """
    rows = text.splitlines()
    starts = _column_starts(rows)
    if not starts:
        return None
    pieces: dict[int, list[tuple[int, int, str]]] = {}  # column → (row, start, text)
    for row, line in enumerate(rows):
        for start, piece in _pieces(line, starts):
            column = max(k for k, s in enumerate([0, *starts]) if s <= start + _TOLERANCE)
            pieces.setdefault(column, []).append((row, start, piece))
    regions = []
    for column in sorted(pieces):
        run: list[Line] = []
        last_row = None
        for row, start, piece in pieces[column]:
            if last_row is not None and row != last_row + 1 and run:
                regions.append(_region(run))
                run = []
            run.append(Line(line_text(piece), Box(start, row, start + _width(piece), row + 1)))
            last_row = row
        if run:
            regions.append(_region(run))
    return regions


def _region(lines: list[Line]) -> Region:
    box = lines[0].box
    for line in lines[1:]:
        box = box.union(line.box)
    return Region(tuple(lines), box)


def _width(text: str) -> int:
    return len(text)


def _column_starts(rows: list[str]) -> list[int]:
    """Where columns start: positions, other than the margin, at which many lines resume
    after a run of spaces. Empty for ordinary text."""
    counts: dict[int, int] = {}
    texted = 0
    for line in rows:
        if not line.strip():
            continue
        texted += 1
        for run in _RUN.finditer(line.rstrip()):
            if run.start() > 0 and (run.end() - run.start() >= 3 or _wide_edge(line, run)):
                counts[run.end()] = counts.get(run.end(), 0) + 1
    need = max(_MIN_LINES, _MIN_SHARE * texted)
    starts: list[int] = []
    for position in sorted(counts):
        near = sum(n for p, n in counts.items() if abs(p - position) <= _TOLERANCE)
        if near >= need and not (starts and position - starts[-1] <= 2 * _TOLERANCE):
            starts.append(position)
    return starts


def _wide_edge(line: str, run: re.Match) -> bool:
    """Two spaces between CJK glyphs: pdftotext keeps fewer spaces where wide glyphs push the grid."""
    return run.start() > 0 and run.end() < len(line) and ord(line[run.start() - 1]) > 0x2E80 and ord(line[run.end()]) > 0x2E80


def _pieces(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """A line cut at its runs of 2+ spaces, and at a single space that stands right before a
    column start (a line pushed right by the wide glyphs before it)."""
    out: list[tuple[int, str]] = []
    position = 0
    for chunk in re.split(r"( {2,})", line.rstrip()):
        if chunk and not chunk.isspace():
            out.extend(_cut_at_single_spaces(position, chunk, starts))
        position += len(chunk)
    return [(start, piece) for start, piece in out if piece.strip()]


def _cut_at_single_spaces(position: int, chunk: str, starts: list[int]) -> list[tuple[int, str]]:
    out = []
    begin = 0
    for match in re.finditer(" ", chunk):
        at = position + match.end()
        if any(abs(at - s) <= 1 for s in starts) and _is_wide_text(chunk[: match.start()]):
            out.append((position + begin, chunk[begin : match.start()]))
            begin = match.end()
    out.append((position + begin, chunk[begin:]))
    return out


def _is_wide_text(text: str) -> bool:
    return sum(ord(ch) > 0x2E80 for ch in text) * 2 > len(text)


def body_height(lines: list[Line]) -> float | None:
    heights = [line.box.height for line in lines if line.box is not None]
    return statistics.median(heights) if heights else None
