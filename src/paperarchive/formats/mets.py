"""METS (an issue's or a book's structure) → the page files it names, in page order, with
the issue's paper, date and page numbers.

A METS file is no page: it lists files (`fileSec`: `fileGrp` ⊃ `file` ⊃ `FLocat
xlink:href`) and, in its physical `structMap`, the pages in order (the `div`s that point
at files, by `fptr FILEID` or `fptr/par/area FILEID`, sorted by `ORDER`). Ingesting
a METS file reads the text files it names (ALTO, PAGE, hOCR, plain text: by their
MIMETYPE or their group's USE), one per page: of a page's files, `inputs` reads
the richest. Without a structMap, the file groups stand for the pages, in order.
Only local paths are followed (relative to the METS file's folder, or `file://`).

Its MODS (in `dmdSec`) says the paper (the first `titleInfo/title` not of an article,
else a Library of Congress `identifier type="lccn"`) and the issue date (the first
`dateIssued` that is a whole date); a page's number is its div's `ORDERLABEL`, else
its `ORDER`, else its place in the structMap (none without a structMap).

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest
from urllib.parse import unquote, urlparse
from xml.etree.ElementTree import Element

from .alto import _name, parse_xml

_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TEXT_TYPES = ("xml", "alto", "page", "hocr", "html", "text/plain", "json")
_TEXT_USES = ("ALTO", "PAGE", "FULLTEXT", "OCR", "HOCR", "TEXT")
_TEXT_SUFFIXES = (".xml", ".alto", ".hocr", ".html", ".txt", ".json", ".tsv", ".md")
# Issue dates as MODS writes them: ISO (1910-10-31), compact (19101031), European (01.04.1814).
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T|$)")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass(frozen=True, slots=True)
class MetsPage:
    files: list[str]  # the local paths of its text files
    number: str | None  # as the structMap says it: ORDERLABEL, ORDER, or its place; None without one


@dataclass(frozen=True, slots=True)
class MetsIssue:
    paper: str | None
    date: str | None  # ISO YYYY-MM-DD
    pages: list[MetsPage]


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
    return [page.files for page in mets_issue(text).pages]


def mets_issue(text: str) -> MetsIssue:
    """The issue a METS describes: its paper, its date, and its pages in order.

    >>> issue = mets_issue('''<mets xmlns:xlink="http://www.w3.org/1999/xlink"><dmdSec ID="ISSUE"><mdWrap><xmlData>
    ...  <mods><titleInfo><title> The  Sun. </title></titleInfo><originInfo><dateIssued>1903-09-13</dateIssued></originInfo></mods>
    ...  </xmlData></mdWrap></dmdSec><fileSec><fileGrp USE="ocr">
    ...   <file ID="a1" MIMETYPE="text/xml"><FLocat xlink:href="file://./ALTO/0001.xml"/></file></fileGrp></fileSec>
    ...  <structMap TYPE="PHYSICAL"><div TYPE="issue"><div ORDER="1" ORDERLABEL="A1" TYPE="TITLE_PAGE">
    ...   <fptr><par><area FILEID="a1" BEGIN="P1"/></par></fptr></div></div></structMap></mets>''')
    >>> issue
    MetsIssue(paper='The Sun', date='1903-09-13', pages=[MetsPage(files=['./ALTO/0001.xml'], number='A1')])

    Chronicling America's NDNP profile: no title but the LCCN, a structMap without TYPE, `np:page` divs.

    >>> mets_issue('''<mets xmlns:xlink="http://www.w3.org/1999/xlink"><dmdSec ID="issueModsBib"><mdWrap><xmlData><mods>
    ...  <relatedItem type="host"><identifier type="lccn">sn86069133</identifier></relatedItem>
    ...  <originInfo><dateIssued encoding="iso8601">1910-10-31</dateIssued></originInfo></mods></xmlData></mdWrap></dmdSec>
    ...  <fileSec><fileGrp><fileGrp ID="pageFileGrp1"><file ID="masterFile1" USE="master"><FLocat xlink:href="./0001.tif"/></file>
    ...   <file ID="ocrFile1" USE="ocr"><FLocat xlink:href="./0001.xml"/></file></fileGrp></fileGrp></fileSec>
    ...  <structMap><div TYPE="np:issue" DMDID="issueModsBib"><div TYPE="np:page" DMDID="pageModsBib1">
    ...   <fptr FILEID="masterFile1"/><fptr FILEID="ocrFile1"/></div></div></structMap></mets>''')
    MetsIssue(paper='sn86069133', date='1910-10-31', pages=[MetsPage(files=['./0001.xml'], number='1')])
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
    paper, date = _paper(root), _date(root)
    divs = sorted(_page_divs(root), key=_order)
    if not divs:
        pages = [[path for path in page if path] for page in zip_longest(*groups)]
        return MetsIssue(paper, date, [MetsPage(page, None) for page in pages])  # file groups say no page number
    out = []
    for place, div in enumerate(divs, 1):
        page = [files[f.get("FILEID")] for f in div.iter() if f.get("FILEID") in files]
        if page:
            number = div.get("ORDERLABEL") or div.get("ORDER") or str(place)
            out.append(MetsPage(page, number.strip() or str(place)))
    return MetsIssue(paper, date, out)


def _page_divs(root: Element) -> list[Element]:
    """The pages of the physical structMap(s): the divs that point at files themselves
    (`page`, `np:page`, `TITLE_PAGE`, `CONTENT_PAGE` … whatever a profile calls them).
    A structMap without TYPE is taken as physical (Chronicling America's issues have one)."""
    maps = [s for s in root.iter() if _name(s) == "structMap" and (s.get("TYPE") or "PHYSICAL").upper() == "PHYSICAL"]
    return [d for s in maps for d in s.iter() if _name(d) == "div" and any(_name(c) == "fptr" for c in d)]


def _paper(root: Element) -> str | None:
    """The paper's title from the MODS: the first title not of an article (articles have their own MODS)."""
    articles = {
        dmd
        for div in root.iter()
        if _name(div) == "div" and "ARTICLE" in (div.get("TYPE") or "").upper()
        for dmd in (div.get("DMDID") or "").split()
    }
    lccn = None
    for section in (e for e in root.iter() if _name(e) == "dmdSec" and e.get("ID") not in articles):
        for element in section.iter():
            if _name(element) == "titleInfo" and element.get("type") in (None, "uniform"):
                words = " ".join(
                    part.text.strip() for part in element if _name(part) in ("nonSort", "title") and part.text and part.text.strip()
                )
                title = " ".join(words.split()).rstrip(" ,.;:/")
                if title:
                    return title
            if _name(element) == "identifier" and (element.get("type") or "").lower() == "lccn" and element.text:
                lccn = lccn or element.text.strip() or None
    return lccn


def _date(root: Element) -> str | None:
    """The first MODS `dateIssued` that is a whole, real date, as YYYY-MM-DD."""
    import datetime

    for element in root.iter():
        if _name(element) != "dateIssued" or not element.text:
            continue
        text = element.text.strip()
        if found := _ISO_DATE.match(text):
            year, month, day = map(int, found.groups())
        elif found := _DOTTED_DATE.match(text):
            day, month, year = map(int, found.groups())
        else:
            continue
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _order(div: Element) -> float:
    try:
        return float(div.get("ORDER"))
    except (TypeError, ValueError):
        return float("inf")


def _local(href: str | None) -> str | None:
    """A local path from an href: relative, absolute or file:// (`file://./ALTO/1.xml` is
    relative, as docWorks writes it); None for a URL elsewhere."""
    if not href:
        return None
    parsed = urlparse(href)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
        return parsed.netloc + path if parsed.netloc in (".", "..") else path
    return None if parsed.scheme and len(parsed.scheme) > 1 else href
