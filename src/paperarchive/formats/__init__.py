"""OCR output in: what engines and libraries write → the pipeline's blocks (or plain text).

Read by content, whatever the file is called (`sniff`):

| format | reader | becomes |
|---|---|---|
| ALTO v1 (CCS) to v4, any namespace or none | `alto` | regions in reading order |
| hOCR (Tesseract, OCRopus, ocropy, kraken, ABBYY, gcv2hocr) | `hocr` | regions in reading order |
| PAGE XML (2010 to 2019 schemas) | `page` | regions in the file's ReadingOrder, with their type as `Region.role` |
| ABBYY FineReader XML (FR6 to FR10) | `abbyy` | regions with font sizes (`Line.size`); tables as `table` regions |
| Tesseract TSV | `tsv` | regions (Tesseract's paragraphs) |
| PaddleOCR results (2.x lists, 3.x/PaddleX `rec_texts`) | `paddle` | lines grouped into regions |
| Amazon Textract responses (`Blocks`: LINEs, and LAYOUT_* blocks where asked for) | `textract` | the layout's blocks in its order, with their roles; else lines grouped into regions |
| MinerU content list (`*_content_list.json`) and Markdown | `markdown` | plain text, cleaned like any text page |
| Textract layout blocks saved as a list (`block_type`, `reading_order`, `ocr_result`) | `textract` | plain text, as a content list |
| PDF text layers (`split_pages`: a page per PDF page) | `pdf` | regions with exact font sizes |
| pdftotext `-bbox-layout` XHTML; `-layout` text (by its shape) | `pdftotext` | regions; `-layout` text cut into its columns |

A gzip'd file is read as what it holds (`unpack`, bounded by the page limit); a zip,
tar or other archive is refused with its name. METS (whose page files `inputs`
reads, `mets`), other XML and JSON are no page and are refused with what they are. The page text the catalog keeps is the
file's text (the markup, the JSON), so `reindex` reads the layout again, and
`show --raw` prints the document as it was read.

The readers are imported when a page needs them: a search imports this package
(through `inputs`) and needs none of them.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import EmptyPageError, NotTextError, TooLargeError
from ..models import Block
from .sniff import (
    ABBYY,
    ALTO,
    ARCHIVES,
    DECLARES_ENTITIES,
    GZIP,
    HEAD_BYTES,
    HOCR,
    MARKDOWN,
    METS,
    MINERU,
    PADDLE,
    PAGE,
    TEXTRACT,
    TEXTRACT_LAYOUT,
    TSV,
    container,
    not_a_page,
    sniff,
)

# Nested JSON deeper than this is refused before parsing: no OCR result needs it, and
# Python's parser would spend its recursion limit on it.
MAX_JSON_DEPTH = 64
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_STRUCTURED_SUFFIXES = (".xml", ".alto", ".hocr", ".html", ".htm", ".xhtml", ".json", ".tsv")

NO_TEXT_HINT = "a scan without a text layer? OCR it first (for example with ocrmypdf)"


class MarkupError(NotTextError):
    """A page file that is not read: hostile (a DTD, entity declarations, deep nesting),
    broken, or no page at all (METS, other XML or JSON). Ingest skips it with the reason."""


@dataclass(frozen=True, slots=True)
class DocumentPage:
    """One page of a file that holds several (a PDF): the text the catalog keeps for it,
    which `read_blocks` reads back, and the page label the file gives, if any."""

    text: str
    label: str | None = None
    encoding: str = "utf-8"  # what `stats` and `export` report as the page's encoding


def split_pages(path: str | Path, data: bytes) -> list[DocumentPage] | None:
    """The pages of a file that holds several pages, each kept and indexed as a page of its
    own; None for a file that is one page (every format read so far).

    Called on the file's bytes before decoding: a multi-page format may be binary.
    Raises a PaperarchiveError for such a file that cannot be read (encrypted, no text).

    A PDF (by its `%PDF` signature, whatever its name) gives one page per PDF page, its
    text the page's serialized text layer (`pdf`); a page without a usable text layer
    is kept as a page that says why, and `read_blocks` raises that reason for it.
    pdftotext -bbox-layout XHTML of several pages gives one page per `<page>`.
    """
    if is_pdf(data):
        from .pdf import ENCODING, pdf_pages

        return [DocumentPage(page.text, page.label, ENCODING) for page in pdf_pages(data)]
    if b"<doc>" in data[:HEAD_BYTES]:
        from .pdftotext import bbox_pages, is_bbox_layout

        text = data.decode("utf-8", "replace")  # pdftotext writes UTF-8
        if is_bbox_layout(text[:HEAD_BYTES]):
            pages = bbox_pages(text)
            if len(pages) > 1:  # one -bbox-layout file for a whole PDF: a page per PDF page
                return [DocumentPage(page) for page in pages]
    return None


def is_pdf(data: bytes) -> bool:
    """A PDF file, by its signature (which may follow a little junk, as readers allow).

    >>> is_pdf(b"%PDF-1.7 ..."), is_pdf(b"  %PDF-1.4"), is_pdf(b"PDF")
    (True, True, False)
    """
    return b"%PDF-" in data[:1024]


def unpack(data: bytes, max_mb: float) -> bytes:
    """A file's bytes as a page: a gzip'd file unpacked (refused above `max_mb` unpacked, so a
    gzip bomb costs nothing), other files as they are; archives are refused by name.

    >>> import gzip
    >>> unpack(gzip.compress("本报讯".encode()), 1).decode()
    '本报讯'
    >>> unpack(gzip.compress(b"x" * 3_000_000), 1)
    Traceback (most recent call last):
    paperarchive.errors.TooLargeError: a gzip file that unpacks to more than 1 MB, the limit for one page
    >>> unpack(b"PK\\x03\\x04\\x14\\x00", 1)
    Traceback (most recent call last):
    paperarchive.errors.NotTextError: unsupported format: a zip archive
    """
    kind = container(data)
    if kind in ARCHIVES:
        raise NotTextError(f"unsupported format: {kind}", "unpack it first, then ingest its pages")
    if kind != GZIP:
        return data
    limit = int(max_mb * 1024 * 1024)
    inflate = zlib.decompressobj(wbits=31)
    try:
        out = inflate.decompress(data, limit + 1)
    except zlib.error as error:
        raise NotTextError(f"a damaged gzip file: {error}", "is the file complete?") from None
    if len(out) > limit or inflate.unconsumed_tail:
        raise TooLargeError(
            f"a gzip file that unpacks to more than {max_mb:g} MB, the limit for one page",
            "split the file into pages, or raise --max-page-mb",
        )
    if not inflate.eof:
        raise NotTextError("a damaged gzip file: it ends before its data does", "is the file complete?")
    inner = container(out)
    if inner is not None:  # a .tar.gz, or a gzip inside a gzip
        raise NotTextError(f"unsupported format: {inner}, gzip'd", "unpack it first, then ingest its pages")
    return out


# A line that holds nothing but a bar or two: a column's rule or a head's rule, as Tesseract reads
# it alone ("|" twice between "ELECTRICITY EXPENDITURE" and its deck, a 1924 front page). Read as a
# blank line when a page's columns are measured: the rule is no text, and a block of it at the top
# made the head under it the running head's.
_BAR_LINE = re.compile(r"^[ \t]*\|(?:[ \t]*\|)?[ \t]*$", re.MULTILINE)


def read_page(path: str | Path, text: str) -> tuple[Block, ...] | str:
    """A page's blocks from its layout format, in reading order; or, for a text-shaped
    format (plain text, Markdown, MinerU's content list, Textract's saved layout blocks), the plain text to clean.

    Raises MarkupError for a file of a known format that is hostile or broken (with the
    parser's reason) and for one that holds no page (METS, other XML or JSON).

    >>> read_page("seq-3/ocr.txt", "本报讯 记者")
    '本报讯 记者'
    >>> [b.lines for b in read_page("p.txt", "<div class='ocr_page'><span class='ocr_line'>Hello</span></div>")]
    [('Hello',)]
    >>> read_page("bomb.xml", '<!DOCTYPE a [<!ENTITY a "aaaa">]><alto>&a;</alto>')
    Traceback (most recent call last):
    paperarchive.formats.MarkupError: refused: the document declares entities (<!ENTITY>), which can expand without end or read local files
    """
    if text.startswith('{"format":"paperarchive-pdf-page/'):  # a PDF page as split_pages stored it
        from .pdf import page_regions

        return _in_order(page_regions(text))
    kind = sniff(text, str(path))
    if kind is None and not _named_structured(path) and _is_plain_text(text):
        from .pdftotext import cjk_columns_in_turn, layout_regions

        in_turn = cjk_columns_in_turn(text)  # Tesseract's text of CJK columns it ran together
        if in_turn is not None:
            return in_turn
        regions = layout_regions(_BAR_LINE.sub("", text))  # pdftotext -layout: columns side by side, ordered by rows of stories
        if regions is None:
            return text
        from .reading import to_blocks

        return to_blocks(regions)
    # Refused before any parser sees it, whatever the format, wherever the root element is.
    if DECLARES_ENTITIES.search(text):
        raise MarkupError(
            "refused: the document declares entities (<!ENTITY>), which can expand without end or read local files"
        )
    if kind == MARKDOWN:
        from .markdown import markdown_text

        return markdown_text(text)
    if kind == MINERU:
        from .markdown import content_list_text

        return content_list_text(parse_json(text, kind))
    if kind == TEXTRACT_LAYOUT:
        from .textract import textract_layout_text

        return textract_layout_text(parse_json(text, kind))
    from .reading import to_blocks

    if kind is None:
        from .pdftotext import is_bbox_layout

        if is_bbox_layout(text[:HEAD_BYTES]):
            from .pdf import group_regions
            from .pdftotext import bbox_lines

            lines = bbox_lines(text)
            if not lines:
                raise EmptyPageError("the pdftotext page holds no text (no word in any line)", NO_TEXT_HINT)
            return _in_order(group_regions(lines))
    return to_blocks(_as_delivered(path, _regions(kind, text, path)), library=_drawn_by_library(kind, text), columns_boxed=kind == ALTO)


# Tesseract's ALTO names it; ALTO written by a library's production OCR (ABBYY, docWORKS,
# iArchives) or corrected by its people names something else or nothing.
_ENGINE_ALTO = re.compile(r"<(?:\w+:)?softwareName>\s*tesseract", re.IGNORECASE)


def _drawn_by_library(kind: str | None, text: str) -> bool:
    """Regions a library drew round what was printed together (PAGE, ABBYY, its ALTO), not an
    OCR engine's blocks (hOCR, TSV, PaddleOCR, Tesseract's ALTO).

    >>> _drawn_by_library(ALTO, "<alto><softwareName>tesseract 5.3.0</softwareName>"), _drawn_by_library(PAGE, "<PcGts>")
    (False, True)
    """
    return kind in (PAGE, ABBYY) or kind == ALTO and not _ENGINE_ALTO.search(text[:HEAD_BYTES])


def read_blocks(path: str | Path, text: str) -> tuple[Block, ...] | None:
    """A page's blocks from its layout format; None for a page cleaned as text (see `read_page`)."""
    read = read_page(path, text)
    return None if isinstance(read, str) else read


def _regions(kind: str | None, text: str, path: str | Path) -> list:
    if kind == ALTO:
        from .alto import alto_regions

        pages = alto_regions(text)
    elif kind == HOCR:
        from .hocr import hocr_regions

        pages = hocr_regions(text)
    elif kind == PAGE:
        from .page import page_regions

        pages = page_regions(text)
    elif kind == ABBYY:
        from .abbyy import abbyy_regions

        pages = abbyy_regions(text)
    elif kind == TSV:
        from .tsv import tsv_regions

        pages = tsv_regions(text)
    elif kind == PADDLE:
        from .paddle import paddle_regions

        pages = paddle_regions(parse_json(text, kind))
    elif kind == TEXTRACT:
        from .textract import textract_regions

        pages = textract_regions(parse_json(text, kind))
    elif kind == METS:
        raise MarkupError(
            "not a page: a METS file (an issue's structure and the files it names)",
            "ingest reads the page files a METS names; give clean its page files",
        )
    else:
        if text.lstrip("\ufeff \t\r\n").startswith(("[", "{")):
            parse_json(text)  # broken or hostile JSON is named so
        what = not_a_page(text)
        if what == "plain text":
            what = f"plain text in a file named *{Path(path).suffix}"
        raise MarkupError(
            f"not a page: {what}",
            "ingest reads plain text, ALTO, hOCR, PAGE XML, ABBYY FineReader XML, Tesseract TSV,"
            " PaddleOCR results, Textract responses, MinerU content lists and Markdown",
        )
    return [region for page in pages for region in page]


def _as_delivered(path: str | Path, regions: list) -> list:
    """The regions as the logical structMap of the issue's METS beside the page groups them
    into articles (`mets.arrange`), where there is one that covers the page; else as they are."""
    if not any(region.ident for region in regions):
        return regions  # nothing a METS could point at
    from ..layouts import mets_stories
    from .mets import arrange

    stories = mets_stories(path)
    return (arrange(regions, stories) if stories else None) or regions


def _named_structured(path: str | Path) -> bool:
    """Named as markup, JSON or TSV: then it is never read as plain text, whatever is wrong with it."""
    return str(path).lower().removesuffix(".gz").endswith(_STRUCTURED_SUFFIXES)


def _is_plain_text(text: str) -> bool:
    """Text in no format: no element at its start, and not JSON (`[Continued from page 1]`
    starts a page, and does not parse). JSON nested too deep is refused here too."""
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith(("[", "{")):
        try:
            parse_json(text)
        except MarkupError as error:
            if str(error).startswith("refused"):
                raise
            return True
        return False
    return not re.match(r"<[A-Za-z_?!]", start)


def _in_order(regions) -> tuple[Block, ...]:
    from .reading import order_regions, to_blocks

    return to_blocks(order_regions(regions))


def parse_json(text: str, kind: str | None = None):
    """A JSON document (`kind` names the format it should be), refused with one line when it
    is broken or nested deeper than any OCR result is (a parser bomb)."""
    import json

    depth = 0
    for bracket in _BRACKETS.finditer(_STRINGS.sub("", text)):  # nesting, before the parser recurses
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_JSON_DEPTH:
            raise MarkupError(f"refused: JSON nested more than {MAX_JSON_DEPTH} levels deep, as no OCR result is")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise MarkupError(f"not well-formed {kind + ' ' if kind else ''}JSON: {error}", "is the file complete?") from None
