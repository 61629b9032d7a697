"""Which OCR format a document holds, from its first characters: ALTO XML, hOCR, or neither.

Only files named like markup (`MARKUP_SUFFIXES`) are asked; a `.txt` page is always
plain text, whatever it contains. Light on purpose: `inputs` imports it, and a
search imports `inputs`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

ALTO, HOCR = "alto", "hocr"
MARKUP_SUFFIXES = (".xml", ".hocr", ".html", ".htm", ".xhtml")
HEAD_CHARS = 64 * 1024  # an hOCR page's ocr_page div follows its <head>, which is short

# What comes before the root element: comments, processing instructions, a DOCTYPE with its subset.
_PROLOG = re.compile(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_OCR_PAGE = re.compile(r"""\bclass\s*=\s*["'][^"']*\bocr_page\b""")
# An entity declaration: what billion-laughs and external-entity attacks are made of.
DECLARES_ENTITIES = re.compile(r"<!ENTITY", re.IGNORECASE)


def is_markup(path: str | Path) -> bool:
    """Named like an ALTO or hOCR page (the name only; `sniff` looks inside).

    >>> is_markup("seq-3/ocr.xml"), is_markup("page.HOCR"), is_markup("seq-3/ocr.txt")
    (True, True, False)
    """
    return str(path).lower().endswith(MARKUP_SUFFIXES)


def sniff(head: str) -> str | None:
    """ALTO (the root element is `alto`, in any namespace), hOCR (an element of class
    `ocr_page`), or None.

    >>> sniff('<?xml version="1.0"?>\\n<!-- ABBYY -->\\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">')
    'alto'
    >>> sniff("<html><body><div class='ocr_page' title='bbox 0 0 100 100'>")
    'hocr'
    >>> sniff('<mets:mets xmlns:mets="http://www.loc.gov/METS/">') is None, sniff("<html><p>Hello</p>") is None
    (True, True)
    """
    head = head[:HEAD_CHARS]
    root = first_element(head)
    if root and root.rpartition(":")[2].lower() == "alto":
        return ALTO
    if _OCR_PAGE.search(head):
        return HOCR
    return None


def first_element(head: str) -> str | None:
    """The name of the document's first element (its root), as written.

    >>> first_element('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html>')
    'html'
    """
    found = _FIRST_ELEMENT.search(_PROLOG.sub("", head[:HEAD_CHARS]))
    return found.group(1) if found else None


def read_head(path: str | Path) -> str:
    """The first characters of a file, decoded well enough to find its root element.

    Raises OSError when the file cannot be read.
    """
    with open(path, "rb") as handle:
        data = handle.read(HEAD_CHARS)
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    return data.decode("utf-8", "replace")
