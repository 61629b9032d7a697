"""METS (an issue's or a book's structure) → the page files it names, in page order.

A METS file is no page: it lists files (`fileSec`: `fileGrp` ⊃ `file` ⊃ `FLocat
xlink:href`) and, in its physical `structMap`, the pages in order (`div
TYPE="page"` with `ORDER`, each pointing at its files with `fptr FILEID`). Ingesting
a METS file reads the text files it names (ALTO, PAGE, hOCR, plain text: by their
MIMETYPE or their group's USE), one per page: of a page's files, `inputs` reads
the richest. Without a structMap, the file groups stand for the pages, in order.
Only local paths are followed (relative to the METS file's folder, or `file://`).

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

from itertools import zip_longest
from urllib.parse import unquote, urlparse
from xml.etree.ElementTree import Element

from .alto import _name, parse_xml

_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TEXT_TYPES = ("xml", "alto", "page", "hocr", "html", "text/plain", "json")
_TEXT_USES = ("ALTO", "PAGE", "FULLTEXT", "OCR", "HOCR", "TEXT")
_TEXT_SUFFIXES = (".xml", ".alto", ".hocr", ".html", ".txt", ".json", ".tsv", ".md")


def mets_pages(text: str) -> list[list[str]]:
    """The local paths of each page's text files, pages in order.

    >>> doc = '''<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
    ...  <mets:fileSec><mets:fileGrp USE="FULLTEXT">
    ...   <mets:file ID="t2" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="alto/0002.xml"/></mets:file>
    ...   <mets:file ID="t1" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="file:///data/alto/0001.xml"/></mets:file>
    ...  </mets:fileGrp><mets:fileGrp USE="IMAGE">
    ...   <mets:file ID="i1" MIMETYPE="image/tiff"><mets:FLocat LOCTYPE="URL" xlink:href="img/0001.tif"/></mets:file>
    ...  </mets:fileGrp></mets:fileSec>
    ...  <mets:structMap TYPE="PHYSICAL"><mets:div TYPE="physSequence">
    ...   <mets:div TYPE="page" ORDER="2"><mets:fptr FILEID="t2"/></mets:div>
    ...   <mets:div TYPE="page" ORDER="1"><mets:fptr FILEID="i1"/><mets:fptr FILEID="t1"/></mets:div>
    ...  </mets:div></mets:structMap></mets:mets>'''
    >>> mets_pages(doc)
    [['/data/alto/0001.xml'], ['alto/0002.xml']]
    """
    root = parse_xml(text, "METS")
    files = {}  # ID → local path, for the text files
    groups: list[list[str]] = []
    for group in (e for e in root.iter() if _name(e) == "fileGrp"):
        use = (group.get("USE") or "").upper()
        paths = []
        for file in (e for e in group if _name(e) == "file"):
            mime = (file.get("MIMETYPE") or "").lower()
            path = next((_local(f.get(_XLINK_HREF)) for f in file if _name(f) == "FLocat"), None)
            text = any(t in mime for t in _TEXT_TYPES) or any(u in use for u in _TEXT_USES)
            named_text = not mime and (path or "").lower().endswith(_TEXT_SUFFIXES)
            if path and (text or named_text) and not mime.startswith("image/"):
                files[file.get("ID")] = path
                paths.append(path)
        if paths:
            groups.append(paths)
    physical = [s for s in root.iter() if _name(s) == "structMap" and (s.get("TYPE") or "").upper() == "PHYSICAL"]
    divs = [d for s in physical for d in s.iter() if _name(d) == "div" and (d.get("TYPE") or "").lower() == "page"]
    if not divs:
        return [[path for path in page if path] for page in zip_longest(*groups)]
    divs.sort(key=_order)
    pages = [[files[f.get("FILEID")] for f in div.iter() if _name(f) == "fptr" and f.get("FILEID") in files] for div in divs]
    return [page for page in pages if page]


def _order(div: Element) -> float:
    try:
        return float(div.get("ORDER"))
    except (TypeError, ValueError):
        return float("inf")


def _local(href: str | None) -> str | None:
    """A local path from an href: relative, absolute or file://; None for a URL elsewhere."""
    if not href:
        return None
    parsed = urlparse(href)
    if parsed.scheme == "file":
        return unquote(parsed.path)
    return None if parsed.scheme and len(parsed.scheme) > 1 else href
