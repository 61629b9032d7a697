"""An archive's own layout: a `paperarchive.layout` file in its top folder says where
the paper, date and page are in the paths below it.

    # paperarchive.layout: one pattern a line, the first that fits wins; # starts a comment
    {paper}/{year}/{month}/{day}/{page}.txt
    scans/{paper}_{date}_p{page}.*

A pattern is matched against a page's path relative to the folder that holds the
file (fields and `*` as in `pageinfo.PathPattern`). A page that no pattern fits,
and a page with no layout file above it, gets the built-in layouts (Chronicling
America, `<paper>/<YYYY-MM-DD>/<page>.txt`). The file is read again whenever it
changes, by every command that reads pages: ingest, clean, reindex.

A library's delivery says it in its METS instead: a page file that a METS file in its
own folder or the one above names (`sn86069133/1910103101/1910103101.xml` beside its
`0001.xml`; an OCR-D or Europeana issue's `mets.xml` above its `ALTO/`) takes the
issue's paper and date and its page number from there (`formats.mets`), whether the
METS was given to ingest or the page was found in a folder. A layout file still wins;
what neither says comes from the built-in layouts. A METS that cannot be read gives
nothing: its pages keep what their paths say.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import PaperarchiveError
from .inputs import display
from .models import PageInfo
from .pageinfo import PathPattern, info_from_path, merge, page_label

LAYOUT_FILE = "paperarchive.layout"
_HINT = "see `paperarchive help ingest`"


class LayoutError(PaperarchiveError):
    """A layout file that cannot be read or has a bad pattern."""


@dataclass(frozen=True, slots=True)
class Layout:
    root: str  # the folder holding the layout file
    patterns: tuple[PathPattern, ...]

    def info(self, path: str) -> PageInfo | None:
        """The page's info from the first pattern that fits its path below `root`, else None."""
        relative = display(os.path.relpath(os.path.abspath(path), self.root))
        return next((found for p in self.patterns if (found := p.info(relative)) is not None), None)


def parse_layout(text: str, source: str = LAYOUT_FILE) -> tuple[PathPattern, ...]:
    """The patterns of a layout file; a bad one is refused with its line number.

    >>> [p.pattern for p in parse_layout("# our scans\\n\\n{paper}/{date}/{page}.txt  # the usual\\n")]
    ['{paper}/{date}/{page}.txt']
    >>> parse_layout("{paper}/{issue}/{page}.txt", "x/paperarchive.layout")
    Traceback (most recent call last):
    paperarchive.layouts.LayoutError: x/paperarchive.layout, line 1: unknown field {issue} (known: {paper} {date} {year} {month} {day} {edition} {page})
    """
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        pattern = line.partition("#")[0].strip()
        if not pattern:
            continue
        try:
            patterns.append(PathPattern(pattern.strip("/")))
        except ValueError as error:
            raise LayoutError(f"{source}, line {number}: {error}", _HINT) from None
    return tuple(patterns)


def find_layout(path: str | Path) -> Layout | None:
    """The layout file nearest above a page, if any."""
    folder = Path(os.path.abspath(path)).parent
    for above in (folder, *folder.parents):
        candidate = above / LAYOUT_FILE
        try:
            stat = candidate.stat()
        except OSError:
            continue  # none here (or not for us to read): look further up
        return Layout(str(above), _load(str(candidate), stat.st_mtime_ns, stat.st_size))
    return None


@lru_cache(maxsize=64)  # asked for every page; read again when the file changes
def _load(file: str, mtime_ns: int, size: int) -> tuple[PathPattern, ...]:
    try:
        text = Path(file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LayoutError(f"cannot read the layout file {display(file)}: {error}", _HINT) from None
    return parse_layout(text, display(file))


def page_info(path: str | Path) -> PageInfo:
    """Paper, date and page from where a page file is: its archive's layout file, else the
    METS that names it, else the built-in layouts."""
    layout = find_layout(path)
    found = layout.info(str(path)) if layout is not None else None
    delivered = mets_info(path)
    if found is not None:
        return merge(found, delivered)
    # The printable form: paper and page labels from a folder name that is not valid UTF-8 must still store.
    return merge(delivered, info_from_path(display(path)))


def _mets_beside(path: str | Path) -> Iterator[tuple[str, str, int, int]]:
    """The page's absolute path and each METS file in its folder or the one above, with the
    METS's mtime_ns and size (the keys its parsed form is cached under)."""
    page = os.path.normpath(os.path.abspath(path))
    folder = os.path.dirname(page)
    for above in (folder, os.path.dirname(folder)):
        try:
            stat = os.stat(above)
        except OSError:
            continue
        for mets in _mets_files(above, stat.st_mtime_ns):
            try:
                mets_stat = os.stat(mets)  # now: a METS rewritten in place leaves its folder's mtime as it was
            except OSError:
                continue
            yield page, mets, mets_stat.st_mtime_ns, mets_stat.st_size


def mets_info(path: str | Path) -> PageInfo:
    """What a METS file in the page's folder or the one above says of it (empty if none names it)."""
    for page, mets, mtime_ns, size in _mets_beside(path):
        found = _mets_pages(mets, mtime_ns, size).get(page)
        if found is not None:
            return found
    return PageInfo()


def mets_stories(path: str | Path) -> list:
    """The stories the logical structMap of a METS beside the page (in its folder or the one
    above, as for `mets_info`) groups the page's blocks into (`formats.mets.MetsStory`);
    empty if no METS there names the page or none has a logical map."""
    for page, mets, mtime_ns, size in _mets_beside(path):
        stories = _mets_stories(mets, mtime_ns, size)
        found = stories.get(page) or stories.get(page.removesuffix(".xml"))
        if found:
            return found
    return []


@lru_cache(maxsize=16)  # read again when the file changes
def _mets_stories(mets: str, mtime_ns: int, size: int) -> dict[str, list]:
    from .formats.mets import mets_articles

    try:
        stories = mets_articles(Path(mets).read_text(encoding="utf-8", errors="replace"))
    except (OSError, PaperarchiveError):
        return {}
    folder = os.path.dirname(mets)
    return {os.path.normpath(os.path.join(folder, name)): found for name, found in stories.items()}


_METS_HEAD = 4096  # a METS root element comes within the first lines; a page file is not read further


@lru_cache(maxsize=256)  # asked for every page; a folder's files are looked at again when it changes
def _mets_files(folder: str, mtime_ns: int) -> tuple[str, ...]:
    """The METS files in a folder: its `*.xml` files whose root element is `mets`."""
    from .formats.sniff import METS, decode_head, sniff

    found = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return ()
    for entry in entries:
        if not entry.name.lower().endswith(".xml") or entry.name.startswith("."):
            continue
        try:
            with open(entry.path, "rb") as handle:
                head = handle.read(_METS_HEAD)
            if sniff(decode_head(head), entry.name) == METS:
                found.append(entry.path)
        except OSError:
            continue
    return tuple(found)


@lru_cache(maxsize=64)  # read again when the file changes
def _mets_pages(mets: str, mtime_ns: int, size: int) -> dict[str, PageInfo]:
    """Each page file a METS names (its absolute path, with and without `.xml`, as OCR-D
    names them), with the issue's paper and date and the page's number."""
    from .formats.mets import mets_issue

    try:
        issue = mets_issue(Path(mets).read_text(encoding="utf-8", errors="replace"))
    except (OSError, PaperarchiveError):
        return {}  # a broken METS says nothing: ingest names it when it is given by name
    folder = os.path.dirname(mets)
    out = {}
    for page in issue.pages:
        info = PageInfo(paper=issue.paper, date=issue.date, page=page_label(page.number) if page.number else None)
        for name in page.files:
            where = os.path.normpath(os.path.join(folder, name))
            out.setdefault(where, info)
            out.setdefault(where + ".xml", info)
    return out
