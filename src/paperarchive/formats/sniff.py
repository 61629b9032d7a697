"""Which format a file holds, from its first bytes, whatever it is called.

OCR engines and libraries name their output freely (`.alto`, `.xml`, `.abbyy.xml`,
`_content_list.json`, `.md`, `.tsv`, `.xml.gz`), and archives rename files too, so
the content decides: the XML root element (ALTO, PAGE, ABBYY FineReader, METS),
an element of class `ocr_page` (hOCR), the shape of a JSON document (MinerU's
content list, a PaddleOCR result, an Amazon Textract response or its layout blocks), Tesseract's TSV header line, or a container
(gzip, zip, tar) or non-text signature (images, PDF). Only Markdown has no
signature of its own: a `.md` name, or MinerU's image lines and HTML tables, say it.

Light on purpose: `inputs` imports it, and a search imports `inputs`.
"""

from __future__ import annotations

import codecs
import re
import zlib
from pathlib import Path

ALTO, HOCR, PAGE, ABBYY, METS = "ALTO", "hOCR", "PAGE XML", "ABBYY FineReader XML", "METS"
MINERU, PADDLE, TSV, MARKDOWN = "MinerU content list", "PaddleOCR result", "Tesseract TSV", "Markdown"
TEXTRACT, TEXTRACT_LAYOUT = "Amazon Textract response", "Textract layout blocks"
# Formats a page is read from; anything else that `sniff` names is not a page.
PAGE_FORMATS = frozenset({ALTO, HOCR, PAGE, ABBYY, MINERU, PADDLE, TSV, MARKDOWN, TEXTRACT, TEXTRACT_LAYOUT})
HEAD_BYTES = 64 * 1024  # an hOCR page's ocr_page div follows its <head>, which is short

# What comes before the root element: comments, processing instructions, a DOCTYPE with its subset.
_PROLOG = re.compile(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w.:-]*)([^>]*)")
_OCR_PAGE = re.compile(r"""\bclass\s*=\s*["'][^"']*\bocr_page\b""")
# An entity declaration: what billion-laughs and external-entity attacks are made of.
DECLARES_ENTITIES = re.compile(r"<!ENTITY", re.IGNORECASE)
TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
_MD_IMAGE = re.compile(r"^!\[[^\]\n]*\]\([^)\n]*\)\s*$", re.MULTILINE)
_HTML_TABLE = re.compile(r"<table\b", re.IGNORECASE)
# A PaddleOCR 2.x line: [[[x, y], [x, y], [x, y], [x, y]], ["text", score]], maybe inside a list per image.
_PADDLE_LINE = re.compile(r"^\s*(?:\[\s*){4,5}-?[\d.]+\s*,\s*-?[\d.]+\s*\]")
# Amazon Textract's response: blocks typed PAGE, LINE, WORD, LAYOUT_* …; and its layout blocks
# as a script saved them, each a `block_type` LAYOUT_* with its text.
_TEXTRACT_BLOCK = re.compile(r'"BlockType"\s*:\s*"(?:PAGE|LINE|WORD|LAYOUT_[A-Z_]+)"')
_TEXTRACT_LAYOUT = re.compile(r'"block_type"\s*:\s*"LAYOUT_[A-Z_]+"')
MARKDOWN_SUFFIXES = (".md", ".markdown")
# A file whose name ends so is plain text when its content is nothing else.
TEXT_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES)

# What a file is when it is no text at all: (signature, offset, name).
_SIGNATURES = (
    (b"\x1f\x8b", 0, "a gzip file"),
    (b"PK\x03\x04", 0, "a zip archive"),
    (b"PK\x05\x06", 0, "a zip archive"),
    (b"ustar", 257, "a tar archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7z archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"BZh", 0, "a bzip2 file"),
    (b"\xfd7zXZ\x00", 0, "an xz file"),
    (b"%PDF", 0, "a PDF document"),
    (b"\x89PNG", 0, "an image (PNG)"),
    (b"\xff\xd8\xff", 0, "an image (JPEG)"),
    (b"GIF8", 0, "an image (GIF)"),
    (b"II*\x00", 0, "an image (TIFF)"),
    (b"MM\x00*", 0, "an image (TIFF)"),
    (b"\x00\x00\x00\x0cjP  ", 0, "an image (JPEG 2000)"),
    (b"\xff\x4f\xff\x51", 0, "an image (JPEG 2000)"),
    (b"BM", 0, "an image (BMP)"),
)
GZIP = "a gzip file"
ARCHIVES = frozenset({"a zip archive", "a tar archive", "a 7z archive", "a RAR archive", "a bzip2 file", "an xz file"})
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".jp2", ".bmp", ".webp")


def container(data: bytes) -> str | None:
    """What binary file the bytes start, from its signature: `a gzip file`, `a zip archive`,
    `an image (PNG)`, `a PDF document` …; None for anything else (text, most likely).

    >>> container(b"PK\\x03\\x04..."), container(b"%PDF-1.7"), container("<alto>".encode())
    ('a zip archive', 'a PDF document', None)
    """
    for signature, offset, name in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            if name == "an image (BMP)" and len(data) < 14:
                continue  # "BM" alone starts words too
            return name
    return None


def sniff(head: str, name: str = "") -> str | None:
    """The format of a document from its first characters (and, for Markdown only, its name):
    one of `PAGE_FORMATS`, METS, or None for plain text and for what is no page at all
    (`not_a_page` says which).

    >>> sniff('<?xml version="1.0"?>\\n<!-- ABBYY -->\\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">')
    'ALTO'
    >>> sniff("<html><body><div class='ocr_page' title='bbox 0 0 100 100'>")
    'hOCR'
    >>> sniff('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">')
    'PAGE XML'
    >>> sniff('<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml">')
    'ABBYY FineReader XML'
    >>> sniff('<mets:mets xmlns:mets="http://www.loc.gov/METS/">'), sniff("<html><p>Hello</p>") is None
    ('METS', True)
    >>> sniff('[{"type": "text", "text": "标题", "text_level": 1, "page_idx": 0}]')
    'MinerU content list'
    >>> sniff('[[[[24.0, 36.0], [304.0, 34.0], [304.0, 72.0], [24.0, 74.0]], ["纯臻营养护发素", 0.96]]]')
    'PaddleOCR result'
    >>> sniff('{"DocumentMetadata": {"Pages": 1}, "Blocks": [{"BlockType": "PAGE", "Id": "p"}]}')
    'Amazon Textract response'
    >>> sniff('[{"block_type": "LAYOUT_TITLE", "reading_order": 1, "ocr_result": "Ice Ice"}]')
    'Textract layout blocks'
    >>> sniff(TSV_HEADER + "\\n1\\t1\\t0\\t0\\t0\\t0\\t0\\t0\\t800\\t600\\t-1\\t\\n"), sniff("# 标题\\n正文", "a.md")
    ('Tesseract TSV', 'Markdown')
    >>> sniff("本报讯 记者 …") is None
    True
    """
    head = head[: HEAD_BYTES].lstrip("\ufeff")
    stripped = head.lstrip()
    if stripped.startswith("<"):
        return _markup(head)
    if stripped.startswith(("[", "{")):
        return _json(stripped)
    if head.startswith(TSV_HEADER):
        return TSV
    if name.lower().removesuffix(".gz").endswith(MARKDOWN_SUFFIXES) or _MD_IMAGE.search(head) or _HTML_TABLE.search(head):
        return MARKDOWN
    return None


def _markup(head: str) -> str | None:
    found = _FIRST_ELEMENT.search(_PROLOG.sub("", head))
    if found:
        root, attributes = found.group(1).rpartition(":")[2].lower(), found.group(2)
        if root == "alto":
            return ALTO
        if root == "pcgts":
            return PAGE
        if root == "document" and "abbyy.com/finereader" in attributes.lower():
            return ABBYY
        if root == "mets":
            return METS
    return HOCR if _OCR_PAGE.search(head) else None


def _json(head: str) -> str | None:
    """MinerU's content list (a list of objects with `type` and `page_idx`), a PaddleOCR
    result (2.x: lists of [box, [text, score]]; 3.x and PaddleX: an object with `rec_texts`),
    a Textract response (`Blocks` of a `BlockType`) or a list of Textract's layout blocks."""
    if '"Blocks"' in head and _TEXTRACT_BLOCK.search(head):
        return TEXTRACT
    if head.startswith("[") and _TEXTRACT_LAYOUT.search(head):
        return TEXTRACT_LAYOUT
    if '"rec_texts"' in head or '"parsing_res_list"' in head:
        return PADDLE
    if head.startswith("[") and '"page_idx"' in head and '"type"' in head and '"pdf_info"' not in head:
        return MINERU
    if _PADDLE_LINE.match(head):
        return PADDLE
    return None


def not_a_page(head: str) -> str:
    """What a document that `sniff` finds no page in is, for a message: `a METS file`,
    `XML whose root element is <TEI>`, `HTML without OCR classes`, `JSON that is no OCR result`."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        if _markup(head) == METS:
            return "a METS file"
        root = first_element(head)
        if root is None:
            return "markup without an element"
        if root.lower() in ("html", "!doctype"):
            return "HTML without OCR classes (no element of class ocr_page)"
        return f"XML whose root element is <{root}>"
    if stripped.startswith(("[", "{")):
        if '"pdf_info"' in head or '"layout_dets"' in head:
            return "MinerU's intermediate JSON (read its *_content_list.json or .md)"
        return "JSON that is no MinerU content list, PaddleOCR result or Textract response"
    return "plain text"


def first_element(head: str) -> str | None:
    """The name of the document's first element (its root), as written.

    >>> first_element('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html>')
    'html'
    """
    found = _FIRST_ELEMENT.search(_PROLOG.sub("", head[:HEAD_BYTES]))
    return found.group(1) if found else None


def decode_head(data: bytes) -> str:
    """The first characters of a document, decoded well enough to see its format."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    return data.decode("utf-8", "replace")


def gunzip_head(data: bytes, size: int = HEAD_BYTES) -> bytes:
    """The first bytes a gzip file unpacks to (no more than `size`: a gzip bomb costs nothing here).
    Raises zlib.error for a damaged file."""
    return zlib.decompressobj(wbits=31).decompress(data, size)


def read_head(path: str | Path) -> bytes:
    """The first bytes of a file (unpacked, if it is gzip'd). Raises OSError when it cannot be read."""
    with open(path, "rb") as handle:
        data = handle.read(HEAD_BYTES)
    if container(data) == GZIP:
        try:
            return gunzip_head(data)
        except zlib.error:
            return data
    return data


_BBOX_DOC = re.compile(r"<doc>\s*<page\s+width=")


def is_bbox_layout(head: str) -> bool:
    """pdftotext -bbox-layout output: a `doc` element holding `page`s with a width.

    >>> is_bbox_layout('<html><body>\\n<doc>\\n  <page width="595.0" height="842.0">')
    True
    """
    return bool(_BBOX_DOC.search(head))
