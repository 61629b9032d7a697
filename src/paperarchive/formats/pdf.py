"""PDF pages: the text layer with its geometry → one stored page each → regions.

A searchable PDF (a newspaper's print PDF, or a scan that ocrmypdf gave a text
layer) holds every character with its box, font and size. `pdf_pages` reads them
with PDFium (pypdfium2, which ships PDFium in its wheel): measured on the drawn
newspaper pages of tests/pdf, it reads a page's characters with boxes, sizes and
fonts in 40–100 ms where pdfplumber (pdfminer.six, pure Python) takes 450–950 ms.

Each page becomes a `DocumentPage` whose text is a compact JSON serialization of
its printed lines (box, exact font size, font name, words with their left and
right edges): what the catalog keeps, and what `page_regions` reads back, so a
`reindex` lays the page out again without the PDF. Lines are grouped into text
regions here (same size, same column, line spacing), then `reading` orders them
and makes the blocks, as for ALTO and hOCR.

A page that cannot be read for its text, one with no text layer (a scan) or one
whose fonts map glyphs to no characters (no ToUnicode), is kept as a page that
says so (`problem`): `page_regions` raises its one-line reason, so it is reported,
never indexed as empty.
"""

from __future__ import annotations

import ctypes
import json
import math
import re
import statistics
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..chars import is_wide
from ..errors import NotTextError
from .reading import Box, Line, Region, Word, line_text

FORMAT = "paperarchive-pdf-page/1"
ENCODING = "pdf"  # what `stats` and `export` say a PDF page was read as
MAX_PDF_MB = 512  # a PDF file above this is refused unread (its pages each get the per-page limits below)
MAX_PAGES = 2000  # pages in one PDF; a bigger file is refused before any page is read
MAX_CHARS = 200_000  # characters on one page: a page with more is refused (bounded time and memory)
MIN_CHARS = 10  # printed characters below which a page has no text layer to speak of
GARBLED_SHARE = 0.25  # share of characters without a Unicode mapping that makes a page unreadable
NO_TEXT_LAYER = "no text layer: OCR it first (for example with ocrmypdf)"
GARBLED = "the text layer is garbled: its fonts map glyphs to no characters (no ToUnicode); OCR it first (for example with ocrmypdf)"

# Grouping characters into lines and lines into regions, in units of the font size.
_LINE_GAP = 1.2  # a horizontal gap wider than this ends a line piece (a gutter, a tab stop)
_WIDE_LINE_GAP = 0.5  # the same between two CJK glyphs
_OCR_LINE_GAP = 3.0  # the same inside an OCR engine's invisible text layer (see `_lines`)
_WORD_GAP = 0.25  # a gap between Latin glyphs wider than this is a word space
_WIDE_WORD_GAP = 0.5  # the same between CJK glyphs, which are set solid
_CJK_SPACE = 0.25  # CJK words closer than this are set solid: the space between them is an OCR engine's
_BASELINE = 0.5  # glyphs whose centres differ by more than this vertically are on different lines
_LEADING = 1.0  # a region takes the next line when the space above it is below this
_INDENT_REACH = 4.0  # how far (in sizes) a line may start right of its region's left edge
_SCATTERED = 0.5  # share of body lines whose OCR-guessed size strays from the rest that makes the guesses useless
_SIZE_STEP = 0.12  # relative size difference that starts a new region (body vs caption vs head)
_GUESSED_DISPLAY = 1.3  # an OCR layer's guess this many times its usual body guess is headline type
_INFLATED_GUESSES = 0.25  # share of body lines guessed in headline type that makes the guesses useless
_INK = 1.5  # the tallest a line's type stands, in sizes (ascenders, descenders, accents)
_ASKEW_REACH = 8.0  # a line this many sizes long or longer rises across its width on a page scanned aslant
_MEASURED_HEAD_STEP = 0.25  # the same where the sizes were measured from widths (`_set_size`), which stray a tenth
_HEAD_LEADING = 0.6  # a space between two lines of display type wider than this (in sizes) parts them


class PdfError(NotTextError):
    """A PDF that cannot be read for its text: encrypted, malformed, too big, or with no usable text layer."""


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One PDF page as stored: its label and its serialized text layer."""

    text: str
    label: str | None


def pdf_pages(data: bytes) -> list[PdfPage]:
    """Every page of a PDF, in order. Raises PdfError for a file that cannot be read at all:
    encrypted, malformed, above the page limit, or without a text layer on any page."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise _open_error(error) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise PdfError(f"{count} pages is above the limit of {MAX_PAGES} pages for one PDF", "split the PDF into issues")
        if count == 0:
            raise PdfError("the PDF has no pages")
        pages = []
        for n in range(count):
            label = _label(document, n)
            pages.append(PdfPage(_page_json(document, n, label), label))
    finally:
        document.close()
    if all(json.loads(page.text).get("problem") for page in pages):
        problem = json.loads(pages[0].text)["problem"]
        raise PdfError(problem if count == 1 else f"{problem} (none of its {count} pages has text)")
    return pages


def _open_error(error: Exception) -> PdfError:
    """The reason PDFium gives, as a user can act on it."""
    code = getattr(error, "err_code", None)
    if code == 4:  # FPDF_ERR_PASSWORD
        return PdfError("encrypted PDF: it needs a password to be read", "decrypt it first (for example qpdf --decrypt)")
    if code == 6:  # FPDF_ERR_SECURITY
        return PdfError("encrypted PDF: its security handler is not supported", "decrypt it first (for example qpdf --decrypt)")
    if code == 3:  # FPDF_ERR_FORMAT
        return PdfError("malformed PDF: not in PDF format or corrupted (is the file complete?)")
    return PdfError(f"malformed PDF: {error}")


def _label(document, n: int) -> str | None:
    """The page label the PDF gives the page (its /PageLabels: `A3`, `iv`), if any."""
    try:
        label = document.get_page_label(n)
    except Exception:  # a broken label tree costs the label, not the page
        return None
    return label.strip() or None


@dataclass(slots=True)
class _Char:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float
    font: str
    hidden: bool = False  # drawn invisible (render mode 3): an OCR engine's text layer over a scan


def _page_json(document, n: int, label: str | None) -> str:
    page = document[n]
    try:
        textpage = page.get_textpage()
        try:
            chars, unmapped = _chars(page, textpage)
        finally:
            textpage.close()
        width, height = page.get_size()
    finally:
        page.close()
    head = {"format": FORMAT, "page": n + 1, "label": label, "width": round(width, 1), "height": round(height, 1)}
    printed = [c for c in chars if not c.text.isspace()]
    if unmapped >= MIN_CHARS and unmapped > GARBLED_SHARE * (len(printed) + unmapped):
        return json.dumps(head | {"problem": GARBLED}, ensure_ascii=False, separators=(",", ":"))
    if len(printed) < MIN_CHARS:
        return json.dumps(head | {"problem": NO_TEXT_LAYER}, ensure_ascii=False, separators=(",", ":"))
    if _vertical(printed):
        chars = [_turned(c, width) for c in chars]
        head["vertical"] = True
    # An OCR layer's sizes are guesses; on a CJK page the width its glyphs fill measures them,
    # and the measure replaces guesses that scatter (Latin layers keep the engine's size:
    # their letter widths vary too much to count ems).
    cjk_ocr_layer = sum(c.hidden for c in printed) > len(printed) / 2 and sum(is_wide(c.text) for c in printed) > len(printed) / 2
    fonts: list[str] = []
    lines = []
    measured: list[float] = []
    for pieces in _lines(chars):
        words = _words(pieces)
        if not words:
            continue
        font = statistics.mode(c.font for c in pieces if not c.text.isspace())
        if font not in fonts:
            fonts.append(font)
        size = statistics.median(c.size for c in pieces if not c.text.isspace())
        box = [min(c.left for c in pieces), min(c.top for c in pieces), max(c.right for c in pieces), max(c.bottom for c in pieces)]
        lines.append([*(round(v, 1) for v in box), size, fonts.index(font), words])
        measured.append(_set_size(pieces) if cjk_ocr_layer else size)
    if cjk_ocr_layer and _scattered([line[4] for line in lines], measured):
        for line, m in zip(lines, measured):
            line[4] = m
        head["measured"] = True
    for line in lines:
        line[4] = round(line[4], 2)
    return json.dumps(head | {"fonts": fonts, "lines": lines}, ensure_ascii=False, separators=(",", ":"))


def _scattered(guessed: list[float], measured: list[float]) -> bool:
    """Whether an OCR engine's guessed line sizes scatter where the lines' widths say the type
    is one size: among the lines measured at the page's usual size (its body), more than a
    half guessed away from the body's usual guess. Tesseract guesses a size from each line's
    height; on some pages (holdout12's table page: 8, 9, 11 and 14 points for one 9-point body)
    that guess swings, and then the measure is the size; where it holds steady, it stays.
    A quarter of the body guessed in headline type is a swing too, however steady the rest:
    holdout16's page scanned aslant had nine of its 27 body lines (all 7.3-8.2 by width)
    guessed at 14 and 15 points beside 9 and 10, and they came out as headlines.

    >>> _scattered([9, 9, 9, 14, 9, 25], [7.5, 7.4, 7.6, 7.4, 7.5, 16])
    False
    >>> _scattered([8, 9, 11, 14, 14, 8, 21], [7.5, 7.4, 7.6, 7.4, 7.3, 7.5, 15.6])
    True
    >>> _scattered([10, 10, 9, 14, 10, 15, 9, 10, 14, 21], [7.7, 7.6, 7.7, 7.5, 7.8, 7.7, 7.6, 7.7, 7.4, 16])
    True
    """
    usual = statistics.median(measured)
    body = [g for g, m in zip(guessed, measured) if abs(m - usual) < 0.15 * usual]
    if len(body) < 3:
        return False
    mode = statistics.mode(round(g) for g in body)
    strays = sum(abs(g - mode) > _SIZE_STEP * mode for g in body) > _SCATTERED * len(body)
    return strays or sum(g > _GUESSED_DISPLAY * mode for g in body) > _INFLATED_GUESSES * len(body)


def _set_size(pieces: list[_Char]) -> float:
    """The type size of a line in an OCR engine's invisible text layer, from how much text
    fills how much width: a CJK glyph takes one em, a Latin one about half, a space between
    Latin words a third.

    Tesseract's PDF gives each line a font size guessed from its height, which swings from
    8 to 14 points between lines of one column; it then stretches each word to the width it
    found, so the width the line's characters fill is the measure that holds. Body lines
    then share a size, and only type that is really larger reads as a headline.

    >>> glyph = lambda text, left, right: _Char(text, left, 0, right, 8, 14.0, "GlyphLessFont", True)
    >>> _set_size([glyph(t, 10 + 7.5 * k, 14 + 7.5 * k) for k, t in enumerate("蔬菜大量上市，我市")])
    7.5
    >>> _set_size([glyph(t, 10 + 2 * k, 11 + 2 * k) for k, t in enumerate("2.40")])  # digits: half an em each
    4.0
    """
    printed = [c for c in pieces if not c.text.isspace()]
    latin_spaces = sum(1 for a, b in zip(pieces, pieces[1:]) if b.text.isspace() and not is_wide(a.text))
    ems = sum(1.0 if is_wide(c.text) else 0.5 for c in printed) + latin_spaces / 3
    width = max(c.right for c in printed) - min(c.left for c in printed)
    # The last glyph's box is its ink, not its advance: count the span to its left edge plus one glyph.
    last = printed[-1]
    span = max(c.left for c in printed) - min(c.left for c in printed)
    ems_before_last = ems - (1.0 if is_wide(last.text) else 0.5)
    if ems_before_last > 0:
        return round(span / ems_before_last, 2)
    return round(width / ems, 2) if ems else printed[0].size


def _chars(page, textpage) -> tuple[list[_Char], int]:
    """The page's characters in the order the PDF draws them, in upright page coordinates
    (top-left origin, after the page's /Rotate), and how many have no Unicode mapping."""
    import pypdfium2.raw as pdfium

    raw = textpage.raw
    count = pdfium.FPDFText_CountChars(raw)
    if count > MAX_CHARS:
        raise PdfError(f"a page holds {count} characters, above the limit of {MAX_CHARS} for one page")
    rect = pdfium.FS_RECTF()
    matrix = pdfium.FS_MATRIX()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    rotation = page.get_rotation()
    x0, y0, x1, y1 = page.get_mediabox()
    w, h = x1 - x0, y1 - y0
    out: list[_Char] = []
    unmapped = 0
    fonts: dict[bytes, str] = {}
    run: tuple[int | None, float, str, bool] = (None, 0.0, "", False)  # the text object drawn last: size, font, hidden
    for i in range(count):
        code = pdfium.FPDFText_GetUnicode(raw, i)
        if code in (0x0D, 0x0A, 0x02) or code == 0x20 and pdfium.FPDFText_IsGenerated(raw, i):
            continue  # spaces and line ends PDFium made up; the geometry says where they are
        text = chr(code) if 0 < code < 0x110000 else "\ufffd"
        # Not FPDFText_HasUnicodeMapError: it flags half the glyphs of Tesseract's own PDFs,
        # which map every glyph; a font without a map leaves control codes and private use.
        if not _readable(text):
            unmapped += 1
            continue
        if not pdfium.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        box = _upright(rect.left - x0, rect.top - y0, rect.right - x0, rect.bottom - y0, rotation, w, h)
        text_object = pdfium.FPDFText_GetTextObject(raw, i)
        drawn_by = ctypes.cast(text_object, ctypes.c_void_p).value
        if drawn_by is None or drawn_by != run[0]:  # size and font are the text object's: asked once per object
            length = pdfium.FPDFText_GetFontInfo(raw, i, name, len(name), flags)
            key = name.raw[: max(length - 1, 0)]
            font = fonts.get(key)
            if font is None:
                font = fonts[key] = key.decode("utf-8", "replace").partition("+")[2] or key.decode("utf-8", "replace")
            # The size the glyphs are printed at: the font's size times the scale of the text
            # and graphics matrices (a font set at 1 and scaled to 10 by the matrix is 10 points).
            scale = math.hypot(matrix.c, matrix.d) if pdfium.FPDFText_GetMatrix(raw, i, matrix) else 1.0
            hidden = bool(drawn_by) and pdfium.FPDFTextObj_GetTextRenderMode(text_object) == pdfium.FPDF_TEXTRENDERMODE_INVISIBLE
            run = (drawn_by, pdfium.FPDFText_GetFontSize(raw, i) * (scale or 1.0), font, hidden)
        out.append(_Char(text, *box, run[1], run[2], run[3]))
    return out, unmapped


def _readable(text: str) -> bool:
    """A character a font without a Unicode map leaves: control codes, private use, U+FFFD."""
    return text == " " or unicodedata.category(text) not in ("Cc", "Co", "Cn", "Cs") and text != "\ufffd"


def _upright(left: float, top: float, right: float, bottom: float, rotation: int, w: float, h: float):
    """A box in PDF space (y up) → (left, top, right, bottom) on the page as displayed (y down)."""
    if rotation == 90:
        return bottom, left, top, right
    if rotation == 180:
        return w - right, bottom, w - left, top
    if rotation == 270:
        return h - top, w - right, h - bottom, w - left
    return left, h - top, right, h - bottom


def _vertical(chars: list[_Char]) -> bool:
    """Set top to bottom (vertical CJK): most glyphs follow the one before straight down, not to its right."""
    down = across = 0
    for a, b in zip(chars, chars[1:]):
        if abs(b.left - a.left) < 0.3 * a.size and 0 < b.top - a.top < 2 * a.size:
            down += 1
        elif abs(b.top - a.top) < 0.3 * a.size and 0 < b.left - a.left < 2 * a.size:
            across += 1
    return down > 2 * across


def _turned(c: _Char, width: float) -> _Char:
    """A glyph of vertical text placed as if the page were turned a quarter left: columns
    (right to left) become lines (top to bottom), read left to right."""
    return _Char(c.text, c.top, width - c.right, c.bottom, width - c.left, c.size, c.font)


def _lines(chars: list[_Char]) -> Iterator[list[_Char]]:
    """Runs of glyphs on one baseline with no gutter between them, in drawing order."""
    line: list[_Char] = []
    last: _Char | None = None  # the line's last glyph that is not a space
    shuffled = _shuffled(chars)
    for c in sorted(chars, key=lambda c: (round((c.top + c.bottom) / 2 / max(c.size, 1) * 2), c.left)) if shuffled else chars:
        if line:
            size = max(last.size, c.size, 1.0)
            same_line = abs((c.top + c.bottom) - (last.top + last.bottom)) / 2 < _BASELINE * size
            # CJK is set solid, so a half-em gap is a gutter, even one that a hanging comma narrows.
            reach = (_WIDE_LINE_GAP if is_wide(last.text) and is_wide(c.text) else _LINE_GAP) * size
            overlap = -0.3 * size
            if line[-1].text.isspace():
                reach += size  # a printed space between them
            if last.hidden and c.hidden:
                # An OCR text layer places each word where the engine found it, in its own
                # lines, one after another: its glyph boxes are not the ink, and the gaps
                # between words are no measure of a gutter. A line ends where the baseline
                # moves or the text goes back left; a gutter only where the gap is very wide.
                reach = _OCR_LINE_GAP * size
                overlap = -reach
                same_line = same_line and (shuffled or not _new_engine_line(last, c))  # (sorted, the engine's order is lost)
            if not same_line or not overlap < c.left - last.right < reach:
                yield line
                line = []
        if line or not c.text.isspace():
            line.append(c)
            if not c.text.isspace():
                last = c
    if line:
        yield line


def _new_engine_line(last: _Char, c: _Char) -> bool:
    """In an OCR engine's invisible text layer, whether `c` starts another of the engine's
    lines than `last`: its size differs, and a gap wider than its smaller size stands between
    them. Tesseract's PDF (and ocrmypdf's) sets the font size once per line, from the line's
    height, so two lines the engine read apart stay apart when they stand level: on holdout12's
    classified band, the first notice's "西岭市鸿达五金经营部遗失营业执照副" (size 10) and the
    second's "城西物流园招聘叉车司机" (size 7), 15 points apart across the boxes' rules, were one
    line and one paragraph. Specks the engine read inside a headline (了, 相 at 13 points among
    its 25-point glyphs) touch it, and stay in its line.

    >>> glyph = lambda text, left, size: _Char(text, left, 0, left + 5, 8, size, "GlyphLessFont", True)
    >>> _new_engine_line(glyph("副", 120, 10.0), glyph("城", 141, 7.0)), _new_engine_line(glyph("副", 120, 10.0), glyph("本", 141, 10.0))
    (True, False)
    >>> _new_engine_line(glyph("集", 120, 25.0), glyph("了", 127, 13.0))
    False
    """
    smaller = min(c.size, last.size)
    return abs(c.size - last.size) > 0.01 * smaller and c.left - last.right > smaller


def _shuffled(chars: list[_Char]) -> bool:
    """Whether the PDF draws its glyphs out of reading order within lines (then they are sorted)."""
    back = sum(1 for a, b in zip(chars, chars[1:]) if abs(a.top - b.top) < 0.3 * a.size and b.left < a.left - 0.3 * a.size)
    return back > len(chars) // 10


def _words(chars: list[_Char]) -> list[list]:
    """A line's words as [text, left, right]: split at spaces and at gaps in the print."""
    words: list[list] = []
    current: list[_Char] = []
    for k, c in enumerate(chars):
        if c.text.isspace():
            following = chars[k + 1] if k + 1 < len(chars) else None
            if c.hidden and current and following and is_wide(current[-1].text) and is_wide(following.text):
                continue  # an OCR engine's space between CJK words: the print has none
            if current:
                words.append(current)
            current = []
            continue
        if current:
            last = current[-1]
            gap = (_WIDE_WORD_GAP if is_wide(last.text) or is_wide(c.text) else _WORD_GAP) * max(c.size, 1.0)
            if c.left - last.right > gap and not (c.hidden and is_wide(last.text) and is_wide(c.text)):
                words.append(current)
                current = []
        current.append(c)
    if current:
        words.append(current)
    return [["".join(c.text for c in w), round(w[0].left, 1), round(w[-1].right, 1)] for w in words]


def page_regions(text: str) -> list[Region]:
    """A stored PDF page's text regions, in reading order's input (any order; `reading` orders them).
    Each line keeps its words' boxes, as hOCR's and ALTO's do: a line an OCR engine's layer read
    across a column gutter or a rule (read as "”|") is cut back into its columns' lines there.

    Raises PdfError with the page's problem (no text layer, garbled fonts).
    """
    page = json.loads(text)
    if page.get("problem"):
        label = f" ({page['label']})" if page.get("label") else ""
        raise PdfError(f"page {page.get('page', '?')}{label}: {page['problem']}")
    fonts = page.get("fonts", [])
    lines = []
    for left, top, right, bottom, size, font, words in page["lines"]:
        box = Box(left, top, right, bottom)
        text = line_text(_spelled(words, size))
        boxed = tuple(Word(word, Box(left, top, right, bottom), spaced=True) for word, left, right in words)
        lines.append((Line(text, box, size, boxed), fonts[font] if font < len(fonts) else ""))
    # Sizes measured from widths (`_set_size`) stray a tenth either way: only a larger step is headline type.
    return group_regions(lines, _MEASURED_HEAD_STEP if page.get("measured") else _SIZE_STEP)


def _spelled(words: list[list], size: float) -> str:
    """A line's words with a space between them, except between CJK words set closer than a
    quarter em: OCR engines (Tesseract's PDF) put a space between every CJK word they find,
    where the print has none; a printed space in a headline stands wider.

    >>> _spelled([["九九重阳情", 0, 130], ["浓浓敬老心", 138, 268], ["2025", 270, 300]], 26)
    '九九重阳情 浓浓敬老心 2025'
    >>> _spelled([["示例", 0, 20], ["日", 20.5, 30], ["报", 30.4, 40]], 10)
    '示例日报'
    """
    out = ""
    previous_right = 0.0
    for text, left, right in words:
        if out and not (is_wide(out[-1]) and is_wide(text[0]) and left - previous_right < _CJK_SPACE * size):
            out += " "
        out += text
        previous_right = right
    return out


def group_regions(lines: list[tuple[Line, str]], head_step: float = _SIZE_STEP) -> list[Region]:
    """Lines grouped into text regions: one below another in the same column, of the same
    size and font, no wider apart than their line spacing. A region larger than the body by
    more than `head_step` of its size is a heading."""
    open_regions: list[list[tuple[Line, str]]] = []
    for line, font in sorted(lines, key=lambda lf: (lf[0].box.top, lf[0].box.left)):
        home = None
        for members in open_regions:
            if _continues(members, line, font):
                home = members
                break
        if home is None:
            open_regions.append([(line, font)])
        else:
            home.append((line, font))
    body = _body_type(lines)
    regions = []
    for members in (part for group in open_regions for part in _display_lines_apart(group, body, head_step)):
        boxes = [line.box for line, _ in members]
        box = boxes[0]
        for other in boxes[1:]:
            box = box.union(other)
        role = _role(members, body, head_step)
        lines = tuple(line for line, _ in members)
        if role == "heading" and len(lines) > 1:  # a headline set over two lines is one headline
            lines = (Line(_joined(line.text for line in lines), box, lines[0].size),)
        regions.append(Region(lines, box, role))
    return regions


def _display_lines_apart(members: list[tuple[Line, str]], body: tuple[float, str], head_step: float = _SIZE_STEP) -> list[list[tuple[Line, str]]]:
    """A region of lines in display type, cut where the space between two of them is wider than
    `_HEAD_LEADING` of their size: a headline's lines are set close, and a masthead over the
    first headline in the same size is not one of them. Before (holdout12's table page, Tesseract's
    PDF): 西岭晚报 (16.9 points) and 蔬菜价格连续三周回落 (16.2), 13 points apart, were one headline,
    西岭晚报蔬菜价格连续三周回落. After: the masthead and the headline.

    >>> line = lambda text, top, size: (Line(text, Box(22, top, 180, top + size), size), "F")
    >>> [[l.text for l, _ in part] for part in _display_lines_apart([line("西岭晚报", 12, 17), line("蔬菜价格连续三周回落", 45, 16)], (7.5, "F"))]
    [['西岭晚报'], ['蔬菜价格连续三周回落']]
    >>> len(_display_lines_apart([line("老旧小区加装电梯今年", 12, 17), line("已有46部投入运行", 32, 17)], (7.5, "F")))
    1
    """
    if len(members) < 2 or _role(members, body, head_step) != "heading":
        return [members]
    parts = [[members[0]]]
    for (above, _), member in zip(members, members[1:]):
        size = member[0].size or member[0].box.height
        if member[0].box.top - above.box.bottom > _HEAD_LEADING * size:
            parts.append([])
        parts[-1].append(member)
    return parts


def _joined(texts) -> str:
    """Lines run together: no space between CJK glyphs, one between Latin words.

    >>> _joined(["老旧小区加装电梯今年", "已有46部投入运行"]), _joined(["FISHING FLEET", "RETURNS"])
    ('老旧小区加装电梯今年已有46部投入运行', 'FISHING FLEET RETURNS')
    """
    out = ""
    for text in texts:
        if out and not (is_wide(out[-1]) and is_wide(text[0])):
            out += " "
        out += text
    return out


def _body_type(lines: list[tuple[Line, str]]) -> tuple[float, str]:
    """The size and font of the page's running text: those most characters are set in."""
    weight: dict[tuple[float, str], int] = {}
    for line, font in lines:
        key = (round(line.size or 0, 1), font)
        weight[key] = weight.get(key, 0) + len(line.text)
    return max(weight, key=weight.get) if weight else (0.0, "")


def _role(members: list[tuple[Line, str]], body: tuple[float, str], head_step: float = _SIZE_STEP) -> str | None:
    """`heading` for a region in display type: larger than the body, or in another face at
    least as large (a section label or kicker in bold sans over a serif body)."""
    line, font = members[0]
    size, body_size = line.size or 0, body[0]
    if not body_size or _running_text([line.text for line, _ in members]):
        return None
    if size > (1 + head_step) * body_size or (font != body[1] and size >= body_size):
        return "heading"
    return None


_SENTENCE_INSIDE = re.compile(r"[。！？](?!$)|[a-z][.!?][\"”’]? [A-Z]")


def _running_text(texts: list[str]) -> bool:
    """Whether lines read as running text, never a headline however large they are guessed:
    four lines or more with a sentence ending inside them. A headline is a phrase or two over
    one to three lines (a narrow column's head may hold an exclamation); text runs on through
    full stops. Tesseract's PDF guesses each line's size from its height, and on a page set
    mostly in smaller type (holdout18's classified ads at 8 points) or scanned aslant
    (holdout16's rotated page: body lines guessed at 9, 10, 14 and 15 points) a story's body
    lines came out as one headline joined from seven lines.

    >>> _running_text(["近期，市人社局接到多起求职者投诉，称在网上", "应聘后被要求先交培训费、押金，交钱", "后对方便失去联系。", "市人社局提醒"])
    True
    >>> _running_text(["RIVER TOPS ITS", "BANKS AT", "MILLFORD"]), _running_text(["补时绝杀！", "海港客场逆转"])
    (False, False)
    """
    return len(texts) >= 4 and bool(_SENTENCE_INSIDE.search(_joined(texts)))


def _ink(line: Line) -> tuple[float, float]:
    """The top and bottom of a line's type: its box, but no taller than `_INK` of its size around
    its middle. On a page scanned aslant a line's box spans the rise of its baseline across the
    column (holdout16's 1.5-degree scan: boxes 19 points tall for 7.5-point type, each reaching
    over the next line's top); the type itself stands where the box's middle is. Only a line
    long enough to rise that much across its width is shrunk.

    >>> _ink(Line("中水一部分用于城西工业园", Box(25, 97, 192, 115), 7.7))
    (100.225, 111.775)
    >>> _ink(Line("FISHING FLEET", Box(25, 97, 192, 108), 9.0)), _ink(Line("2.28", Box(185, 189, 198, 198), 4.4))
    ((97, 108), (189, 198))
    """
    size = line.size or line.box.height
    middle, half = (line.box.top + line.box.bottom) / 2, _INK * size / 2
    if line.box.height <= 2 * half or line.box.width < _ASKEW_REACH * size:
        return line.box.top, line.box.bottom  # (a short line rises too little to be taller: a table's figure measured small)
    return middle - half, middle + half


def _continues(members: list[tuple[Line, str]], line: Line, font: str) -> bool:
    last, last_font = members[-1]
    size = last.size or last.box.height
    if abs((line.size or 0) - (last.size or 0)) > _SIZE_STEP * size or font != last_font:
        return False
    space = _ink(line)[0] - _ink(last)[1]
    if not -0.3 * size < space < _LEADING * size:
        return False
    if len(members) > 1:  # keep the region's own line spacing: a wider space starts a new one
        before = members[-2][0]
        if space > (_ink(last)[0] - _ink(before)[1]) + 0.5 * size:
            return False
    left = min(m.box.left for m, _ in members)
    right = max(m.box.right for m, _ in members)
    return abs(line.box.left - left) < _INDENT_REACH * size and line.box.left < right and left < line.box.right
