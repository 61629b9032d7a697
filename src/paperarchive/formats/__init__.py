"""OCR layout formats in: ALTO XML, hOCR, PDF and pdftotext pages → the pipeline's blocks.

A page named `*.xml`, `*.hocr`, `*.html`, `*.htm` or `*.xhtml` is read as ALTO, hOCR
or pdftotext -bbox-layout XHTML when it is one (`sniff`), and refused otherwise; a
PDF (`split_pages`) gives a page per PDF page (`pdf`); any other page is plain text,
where `pdftotext -layout` text is recognised by its shape and cut into its columns
(`pdftotext`).
Both formats become the same `Block`s a plain-text page gives (lines kept, text
regions as blocks, in reading order: see `reading`), and `pipeline.clean_blocks`
takes them through classify → repair → segment like any page.

The page text the catalog keeps is the markup itself, so `reindex` reads the
layout again, and `show --raw` prints the document as it was read.

The readers are imported when a page needs them: a search imports this package
(through `inputs`) and needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import EmptyPageError, NotTextError
from ..models import Block
from .sniff import ALTO, DECLARES_ENTITIES, HEAD_CHARS, HOCR, is_markup, sniff

NO_TEXT_HINT = "a scan without a text layer? OCR it first (for example with ocrmypdf)"


class MarkupError(NotTextError):
    """A markup page that is not read: hostile (a DTD or entity declarations), not
    well-formed, or not ALTO or hOCR. Ingest skips it with the reason, like a binary file."""


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
    if is_markup(path) and b"<doc>" in data[:HEAD_CHARS]:
        from .pdftotext import bbox_pages, is_bbox_layout

        text = data.decode("utf-8", "replace")  # pdftotext writes UTF-8
        if is_bbox_layout(text[:HEAD_CHARS]):
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


def read_blocks(path: str | Path, text: str) -> tuple[Block, ...] | None:
    """A page's blocks from its ALTO or hOCR markup, in reading order; None for a plain-text page.

    >>> read_blocks("seq-3/ocr.txt", "<alto/>") is None  # a .txt page is text, whatever it holds
    True
    >>> [b.lines for b in read_blocks("p.hocr", "<div class='ocr_page'><span class='ocr_line'>Hello</span></div>")]
    [('Hello',)]
    >>> read_blocks("bomb.xml", '<!DOCTYPE a [<!ENTITY a "aaaa">]><alto>&a;</alto>')
    Traceback (most recent call last):
    paperarchive.formats.MarkupError: refused: the document declares entities (<!ENTITY>), which can expand without end or read local files
    """
    if text.startswith('{"format":"paperarchive-pdf-page/'):  # a PDF page as split_pages stored it
        from .pdf import page_regions

        return _in_order(page_regions(text))
    if not is_markup(path):
        from .pdftotext import layout_regions

        regions = layout_regions(text)  # pdftotext -layout: columns side by side, ordered by rows of stories
        if regions is None:
            return None
        from .reading import to_blocks

        return to_blocks(regions)
    # Refused before any parser sees it, whatever the format, wherever the root element is.
    if DECLARES_ENTITIES.search(text):
        raise MarkupError(
            "refused: the document declares entities (<!ENTITY>), which can expand without end or read local files"
        )
    from .reading import to_blocks

    kind = sniff(text)
    from .pdftotext import is_bbox_layout

    if kind is None and is_bbox_layout(text[:HEAD_CHARS]):
        from .pdf import group_regions
        from .pdftotext import bbox_lines

        lines = bbox_lines(text)
        if not lines:
            raise EmptyPageError("the pdftotext page holds no text (no word in any line)", NO_TEXT_HINT)
        return _in_order(group_regions(lines))
    if kind == ALTO:
        from .alto import alto_regions

        pages = alto_regions(text)
    elif kind == HOCR:
        from .hocr import hocr_regions

        pages = hocr_regions(text)
    else:
        raise MarkupError(
            f"not an ALTO or hOCR page: {_what(text)}",
            "ingest reads ALTO XML (v2–v4), hOCR, pdftotext -bbox-layout XHTML, PDF and plain text (*.txt)",
        )
    return to_blocks([region for page in pages for region in page])


def _in_order(regions) -> tuple[Block, ...]:
    from .reading import reading_order, to_blocks

    return to_blocks([regions[i] for i in reading_order([region.box for region in regions])])


def _what(text: str) -> str:
    """What the document is instead, for the error message: its root element."""
    from .sniff import first_element

    root = first_element(text)
    return f"its root element is <{root}>" if root else "no XML or HTML element in it"
