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

Its logical `structMap`, where the library made one (Europeana Newspapers / BnF, ENMAP
profile: `div TYPE="ARTICLE"` ⊃ `HEADING` ⊃ `TITLE`, `BODY` ⊃ … `TEXT`, each `fptr/area
FILEID BEGIN` naming an ALTO TextBlock of a page file), says which blocks of each page
make one article, in which order, and which of them are its headline (`mets_articles`;
`arrange` puts a page's regions so).

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import zip_longest
from urllib.parse import unquote, urlparse
from xml.etree.ElementTree import Element

from .alto import _name, parse_xml
from .reading import Region

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


@dataclass(frozen=True, slots=True)
class MetsStory:
    """One unit of the logical structMap on one page: an article (or the masthead's
    title section), as its blocks in the map's order, each with its role there."""

    label: str | None
    blocks: tuple[tuple[str, str | None], ...]  # (TextBlock ID, Region.role: "heading", "caption", "header" or None)

    @property
    def headed(self) -> bool:
        """The map found its headline (or it is the masthead's section): a story the page prints as one."""
        return any(role in ("heading", "header") for _, role in self.blocks)


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


# Logical divs that hold a story, and what a div inside one makes of its blocks (`Region.role`).
_STORY_TYPES = ("ARTICLE", "ADVERTISEMENT", "ILLUSTRATION", "TABLE", "TITLE_SECTION")  # (SECTION, CHAPTER: groups of them)
_HEAD_TYPES = ("TITLE", "HEADLINE", "OVERLINE", "SUBHEADLINE", "SUBTITLE", "HEADING", "KICKER")
_ROLE_OF_TYPE = {"CAPTION": "caption", "TITLE_SECTION": "header", "HEADER": "header", "FOOTER": "footer"}


def mets_articles(text: str) -> dict[str, list[MetsStory]]:
    """Each page file's stories, as the logical structMap groups its blocks: page file (the
    local path the fileSec names) → its stories in the map's order, the blocks of each on
    that page. A story that runs over two pages is on both. No logical map: empty.

    >>> doc = '''<mets xmlns:xlink="http://www.w3.org/1999/xlink"><fileSec><fileGrp USE="ALTO">
    ...  <file ID="A1" MIMETYPE="text/xml"><FLocat xlink:href="file://./ALTO/0001.xml"/></file></fileGrp></fileSec>
    ...  <structMap TYPE="LOGICAL"><div TYPE="ISSUE"><div TYPE="TITLE_SECTION"><div TYPE="HEADLINE">
    ...   <fptr><area FILEID="A1" BEGIN="P1_TB1"/></fptr></div></div><div TYPE="CONTENT">
    ...  <div TYPE="ARTICLE" LABEL="FRANCE."><div TYPE="HEADING"><div TYPE="TITLE"><fptr><area FILEID="A1" BEGIN="P1_TB3"/></fptr></div></div>
    ...   <div TYPE="BODY"><div TYPE="TEXT"><fptr><area FILEID="A1" BEGIN="P1_TB2"/></fptr></div></div></div>
    ...  </div></div></structMap></mets>'''
    >>> for story in mets_articles(doc)["./ALTO/0001.xml"]:
    ...     print(story.label, story.blocks)
    None (('P1_TB1', 'header'),)
    FRANCE. (('P1_TB3', 'heading'), ('P1_TB2', None))
    """
    root = parse_xml(text, "METS")
    paths = {}
    for file in (e for e in root.iter() if _name(e) == "file"):
        path = next((_local(f.get(_XLINK_HREF)) for f in file if _name(f) == "FLocat"), None)
        if path and file.get("ID"):
            paths[file.get("ID")] = path
    out: dict[str, list[MetsStory]] = {}
    paper = _paper(root)
    maps = [s for s in root.iter() if _name(s) == "structMap" and (s.get("TYPE") or "").upper() == "LOGICAL"]
    for story in (d for m in maps for d in _stories(m)):
        kind = (story.get("TYPE") or "").upper()
        pages: dict[str, list[tuple[str, str | None]]] = {}
        for area, types in _areas(story, ()):
            path, block = paths.get(area.get("FILEID")), area.get("BEGIN")
            if path and block:
                role = next((_ROLE_OF_TYPE[t] for t in reversed(types) if t in _ROLE_OF_TYPE), None)
                if role is None and any(t in _HEAD_TYPES for t in types):
                    role = "heading"
                pages.setdefault(path, []).append((block, _ROLE_OF_TYPE.get(kind, role)))
        label = " ".join((story.get("LABEL") or "").split()) or None
        if _names_the_paper(label, paper):
            continue  # the masthead, which the library's article finder took for a headline: no story
        for path, blocks in pages.items():
            out.setdefault(path, []).append(MetsStory(label if kind != "TITLE_SECTION" else None, tuple(blocks)))
    return out


def _names_the_paper(label: str | None, paper: str | None) -> bool:
    """A headline of two words or more, all of them words of the paper's title: the masthead
    (Journal des Débats, 1 April 1814: the article "JOURNAL DES DEBATS," of the title
    "Le Journal des Débats politiques et littéraires").

    >>> _names_the_paper("JOURNAL DES DEBATS,", "Le Journal des Débats politiques et littéraires")
    True
    >>> _names_the_paper("Les Débats", "Le Journal des Débats politiques et littéraires")
    False
    """
    words = _folded_words(label)
    return len(words) >= 2 and words <= _folded_words(paper)


def _folded_words(text: str | None) -> set[str]:
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", (text or "").casefold()) if not unicodedata.combining(ch))
    return set(re.findall(r"\w+", plain))


def _stories(element: Element):
    """The outermost divs of a story type under `element`, in document order."""
    for div in element:
        if _name(div) != "div":
            continue
        if (div.get("TYPE") or "").upper() in _STORY_TYPES and div.find(".//*") is not None:
            yield div
        else:
            yield from _stories(div)


def _areas(element: Element, types: tuple[str, ...]):
    """The `area`s (and bare `fptr`s) under a story's div, in order, each with the TYPEs of the divs around it."""
    for child in element:
        name = _name(child)
        if name == "div":
            yield from _areas(child, (*types, (child.get("TYPE") or "").upper()))
        elif name == "area" and child.get("BEGIN"):
            yield child, types
        elif name in ("fptr", "par", "seq"):
            yield from _areas(child, types)


_COVERED = 0.5  # the share of a page's lines the logical map must place for its order to be used


def arrange(regions: list[Region], stories: list[MetsStory]) -> list[Region] | None:
    """A page's regions (in the geometry's reading order) as the logical map groups them:
    story by story in the map's order, each story's blocks in its order, its first block
    opening a story and the others continuing it (`Region.opens`, where the map found the
    story's headline on this page: a story carried over from the page before opens none),
    with the map's roles (a TITLE is the headline; the masthead's title section is furniture). A block the map
    does not name follows the block the geometry reads before it. None when the map places
    less than half the page's lines (`_COVERED`): then the geometry decides alone.

    Inside a block, the geometry still finds the stories a block holds: the map can only
    group whole blocks, and the 1814 Journal des Débats makes a column one TextBlock."""
    by_id = {region.ident: region for region in regions if region.ident}
    placed: dict[str, tuple[int, int, str | None]] = {}  # block ID → (story, place in it, role)
    for s, story in enumerate(stories):
        for place, (ident, role) in enumerate(story.blocks):
            if ident in by_id and ident not in placed:
                placed[ident] = (s, place, role)
    lines = sum(len(region.lines) for region in regions)
    if not lines or sum(len(region.lines) for region in regions if region.ident in placed) < _COVERED * lines:
        return None  # (a block cut at a rule is two regions of one ID: each is counted)
    groups: dict[int, list[tuple[float, Region]]] = {}
    story, place = -1, 0.0
    for region in regions:
        if region.ident in placed:
            story, place, role = placed[region.ident]
            # A story whose headline the map found opens at its first block and runs on through
            # the others; a headless one is often what the library's article finder left over
            # (a column that goes on with the story above, a folio): the geometry decides there.
            opens = (place == 0) if stories[story].headed else None
            opens = True if region.opens else opens  # a rule the block's part stands under (`cut_at_rules`)
            groups.setdefault(story, []).append((place, replace(region, role=role or region.role, opens=opens)))
        else:  # after the block the geometry reads before it, in that block's story
            place += 0.001
            groups.setdefault(story, []).append((place, region))
    return [region for s in sorted(groups) for _, region in sorted(groups[s], key=lambda pair: pair[0])]
