"""Which files an ingest reads: paths, folders (recursively), or a list on stdin.

Every file is judged by its content, whatever it is called (`formats.sniff`). In
folders, a file is read when it holds a page format (ALTO, hOCR, PAGE XML, ABBYY
FineReader XML, Tesseract TSV, a PaddleOCR result, a Textract response or its
layout blocks, a MinerU content list or Markdown), or plain text in a `*.txt` or `*.md` file (gzip'd or not). Every other
file is passed over and accounted for (`Passed`), with what it is: hidden, an
image, a PDF, a METS file, other XML or JSON, an archive, a file of another kind,
or the same page as a richer file beside it. A file named on the command line is
always read, and one that is not a page is reported as skipped with the reason.

One page saved twice in one folder under one name (`ocr.txt` beside `ocr.xml`,
`p1.md` beside `p1_content_list.json`) is read once, from the richer source (a
layout format with coordinates, then a content list, then Markdown or text). The
file read names the poorer sources beside it on disk (`PageFile.replaces`), found
in this run or not, so that an ingest can drop the page it read from one of them
before the richer file arrived.; a text file named alone beside a richer source is
replaced by that source, so the page is never stored twice. Each file found in a
folder carries its real path (`PageFile.real`), which the catalog keys pages by.

Problems with a path (missing, unreadable, a symlink loop) are reported, not raised,
so that one bad path never stops the rest of an ingest.
"""

from __future__ import annotations

import functools
import os
import stat as stat_mode
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .formats.sniff import (
    ABBYY,
    ALTO,
    ARCHIVES,
    DECLARES_ENTITIES,
    GZIP,
    HOCR,
    MARKDOWN,
    MARKDOWN_SUFFIXES,
    METS,
    MINERU,
    PADDLE,
    PAGE,
    PAGE_FORMATS,
    TEXT_SUFFIXES,
    TEXTRACT,
    TEXTRACT_LAYOUT,
    TSV,
    container,
    decode_head,
    gunzip_head,
    is_bbox_layout,
    not_a_page,
    sniff,
)

# Re-exported: ingest and others import them from here.
from .printable import display as display
from .printable import for_terminal as for_terminal

_TEXT = "text"
# A file that cannot be judged from its head (unreadable, or declaring entities):
# read it all the same, so that the reader reports why it is not ingested.
_UNKNOWN = "unknown"
# Which source of a page wins when one folder holds it twice; unknown files never compete.
# PAGE says region types and reading order; ALTO and ABBYY hyphens and styles; the rest less.
_RICHNESS = {PAGE: 6, ALTO: 5, ABBYY: 5, HOCR: 4, TSV: 3, PADDLE: 3, TEXTRACT: 3, MINERU: 2, TEXTRACT_LAYOUT: 2, MARKDOWN: 1, _TEXT: 1}
# Endings that name one page's sources alike: p1.xml, p1.abbyy.xml, p1_content_list.json, p1.md.
_SOURCE_ENDINGS = (".gz", ".xml", ".alto", ".hocr", ".html", ".htm", ".xhtml", ".json", ".tsv", ".txt", ".md",
                   ".abbyy", ".page", "_content_list", "_res", "_ocr", "_alto", "_page", "_hocr", "_abbyy")
LAYOUT_FILE = "paperarchive.layout"
# Markdown files that come with a delivery rather than from a page (MinerU names its output after the document).
_PROJECT_DOC = "a README, LICENSE or like document"
_PROJECT_DOCS = frozenset({"readme", "license", "changelog", "changes", "contributing", "authors", "notice"})


@dataclass(frozen=True, slots=True)
class Problem:
    """A path that could not be read, or a file that holds no page, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class PageFile:
    """A file to read as a page."""

    path: Path
    replaces: tuple[Path, ...] = ()  # poorer sources of the same page beside it
    real: str | None = None  # its real path (links resolved), when the walk that found it knows it
    stat: os.stat_result | None = None  # as the walk found it: an unchanged file is judged by it, not stat'd again


@dataclass(frozen=True, slots=True)
class Passed:
    """A file under a folder given to ingest that holds no page to read: counted by `reason`."""

    path: str
    reason: str


def read_path_list(lines: Iterable[str]) -> list[str]:
    """Paths from a list, one per line, as `find` or `ls` print them; blank lines ignored."""
    return [line.rstrip("\r\n") for line in lines if line.strip()]


def discover(sources: Iterable[str | Path]) -> Iterator[PageFile | Problem | Passed]:
    """Every file under the sources, each once, in a stable order: a page to read, a problem
    with a path, or a file passed over with its reason (see the module doc)."""
    kinds: dict[Path, str] = {}  # file → its format, sniffed once per run

    def kind(path: Path) -> str:
        found = kinds.get(path)  # one lookup: a Path hashes in Python, twice for every file found
        if found is None:
            found = kinds[path] = file_kind(path)
        return found

    named: set[Path] = set()  # files named as sources, not found in a folder
    reals: dict[Path, str] = {}  # real paths of the files found in folders, as the walks resolved them
    stats: dict[Path, os.stat_result] = {}  # each file's stat, taken once to tell files apart
    found = list(_found(sources, kind, named, reals, stats))
    sources_of = {item: _source(item, kind) for item in found if isinstance(item, Path)}
    richest: dict[tuple[str, str], tuple[int, Path]] = {}
    for item, (key, rank) in sources_of.items():
        if rank > richest.get(key, (0, item))[0]:
            richest[key] = (rank, item)
    listing = functools.cache(_listing)  # a folder's files, listed once per run
    given: set[object] = set()
    for item in found:
        if not isinstance(item, Path):
            yield item
            continue
        key, rank = sources_of[item]
        best, best_path = richest[key] if rank else (0, item)
        if rank == 0:  # unranked (cannot be judged from its head): read, so its problem is reported
            yield PageFile(item)
        elif best_path == item:
            if rank == _RICHNESS[_TEXT] and item in named:
                # A text page named alone (in a folder, the walk found its richer source if any):
                # the richer file beside it is the page, read now or by an earlier ingest.
                item, rank = _richest_sibling(item, kind, listing)
                if rank > _RICHNESS[_TEXT]:
                    if _identity(item) in given:  # two text files named alike, one richer file
                        continue
                    given.add(_identity(item))
            yield PageFile(item, _poorer_siblings(item, rank, kind, listing), reals.get(item), stats.get(item))
        else:
            yield Passed(display(item), f"the same page is read from a richer file beside it ({kind(best_path)})")


def file_kind(path: Path) -> str:
    """A file's format (one of `sniff.PAGE_FORMATS`), `text`, `unknown` (cannot tell from its
    head), or what it is instead: `a METS file`, `an image (PNG)`, `a zip archive` …

    A file named as page text (`*.txt`, `*.md`) is not opened here: it is read in any
    case, and judged by its content then; so an unchanged archive of text pages costs a
    stat per file, as it did before formats were sniffed.
    """
    lowered = path.name.lower()
    if lowered.endswith(MARKDOWN_SUFFIXES) and lowered.rpartition(".")[0] in _PROJECT_DOCS:
        return _PROJECT_DOC
    if lowered.endswith(TEXT_SUFFIXES):
        return MARKDOWN if lowered.endswith(MARKDOWN_SUFFIXES) else _TEXT
    try:
        if not stat_mode.S_ISREG(os.stat(path).st_mode):
            return _UNKNOWN  # a FIFO or a device: never opened here (it could block); reading reports it
        with open(path, "rb") as handle:
            data = handle.read(64 * 1024)
    except OSError:
        return _UNKNOWN
    name = path.name
    binary = container(data)
    if binary == GZIP:
        try:
            data = gunzip_head(data)
        except zlib.error:
            return "a damaged gzip file"
        name, binary = name.removesuffix(".gz").removesuffix(".GZ"), container(data)
        if binary is not None:
            return f"{binary}, gzip'd"
    if binary is not None:
        return binary
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data"
    head = decode_head(data)
    if DECLARES_ENTITIES.search(head):
        return _UNKNOWN
    found = sniff(head, name)
    if found is not None:
        return found
    if is_bbox_layout(head):
        return _BBOX_LAYOUT
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("<", "[", "{")) and (stripped[:1] != "<" or stripped[1:2].isalpha() or stripped[1:2] in "?!"):
        reason = not_a_page(head)
        if reason != "plain text":
            return reason
    return _TEXT


_PDF = "a PDF document"
_BBOX_LAYOUT = "pdftotext -bbox-layout XHTML"


def _reads_in_folder(path: Path, kind: str) -> bool:
    """A page format, or a file named as page text (`*.txt`, `*.md`): read, so that a `.txt`
    that is really an image or a PDF is reported as the problem it is."""
    if kind in PAGE_FORMATS or kind in (_UNKNOWN, _PDF, _BBOX_LAYOUT):  # a PDF is read for its text layer (`formats.pdf`)
        return True
    return kind != _PROJECT_DOC and path.name.lower().removesuffix(".gz").endswith(TEXT_SUFFIXES)


def _passed_reason(path: Path, kind: str) -> str:
    """Why a file in a folder is not read, grouped by these words in the summary."""
    if kind == METS:
        return "not a page: METS file (its pages are read from their own files)"
    if kind in ARCHIVES or kind.endswith(", gzip'd"):
        return f"unsupported format: {kind} (unpack it first)"
    if kind.startswith("an image"):
        return "not a page: an image"
    if path.name == LAYOUT_FILE:
        return "the archive's layout file"
    if kind == _TEXT:
        suffix = path.suffix.lower()
        return f"not a page: a {suffix} file" if suffix else "not a page: a file without a suffix"
    return f"not a page: {kind}"


def _richest_sibling(
    path: Path, kind: Callable[[Path], str | None], listing: Callable[[Path], list[Path]]
) -> tuple[Path, int]:
    """The richest source of a text page in its folder (`ocr.xml` for `ocr.txt`), and its rank."""
    best, best_rank = path, _RICHNESS[_TEXT]
    stem = page_stem(path)
    for other in listing(path.parent):
        if other != path and page_stem(other) == stem:
            rank = _source(other, kind)[1]
            if rank > best_rank:
                best, best_rank = other, rank
    return best, best_rank


def _poorer_siblings(
    path: Path, rank: int, kind: Callable[[Path], str], listing: Callable[[Path], list[Path]]
) -> tuple[Path, ...]:
    """The same page's poorer sources in its folder (`ocr.txt` for `ocr.xml`), found in this run
    or not: a list of pages on stdin may name only the richer file."""
    if rank <= _RICHNESS[_TEXT]:
        return ()
    stem = page_stem(path)
    named_alike = [p for p in listing(path.parent) if p != path and page_stem(p) == stem]
    return tuple(p for p in named_alike if 0 < _source(p, kind)[1] < rank)


def page_stem(path: Path) -> str:
    """A page file's name without the endings that name its format.

    >>> page_stem(Path("ocr.xml")), page_stem(Path("p1_content_list.json")), page_stem(Path("417589220_0018.abbyy.xml.gz"))
    ('ocr', 'p1', '417589220_0018')
    >>> page_stem(Path("PAGE_0017_ALTO.xml")) == page_stem(Path("PAGE_0017_PAGE.xml"))  # an OCR-D workspace's file groups
    True
    """
    return _name_stem(path.name)


@functools.lru_cache(maxsize=4096)  # page names repeat from folder to folder (01.txt, A1.txt …)
def _name_stem(name: str) -> str:
    while True:
        lowered = name.lower()
        ending = next((e for e in _SOURCE_ENDINGS if lowered.endswith(e) and len(name) > len(e)), None)
        if ending is None:
            return name
        name = name[: -len(ending)]


def _listing(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _source(path: Path, kind: Callable[[Path], str]) -> tuple[tuple[str, str], int]:
    """Which page a file holds (its folder and name without format endings), and how rich a source it is (0: not ranked)."""
    return (os.path.dirname(path), page_stem(path)), _RICHNESS.get(kind(path), 0)  # dirname: no Path made


def _found(
    sources: Iterable[str | Path],
    kind: Callable[[Path], str],
    named: set[Path],
    reals: dict[Path, str],
    stats: dict[Path, os.stat_result],
) -> Iterator[Path | Problem | Passed]:
    seen: set[object] = set()
    for source in sources:
        path = Path(source)
        try:
            if path.is_dir():
                found = _walk(path, kind, reals)
            elif path.exists() and kind(path) == METS:
                found = _mets_pages(path, kind)
            elif path.exists():
                found = iter([path])
                named.add(path)
            elif path.is_symlink():
                found = iter([Problem(display(path), "broken symbolic link")])
            else:
                found = iter([Problem(display(path), "no such file or folder")])
        except OSError as error:
            found = iter([Problem(display(path), error.strerror or str(error))])
        for item in found:
            if not isinstance(item, Path):
                yield item
                continue
            info = _stat(item)
            key = os.path.realpath(item) if info is None else (info.st_dev, info.st_ino)
            if key not in seen:
                seen.add(key)
                if info is not None:
                    stats[item] = info
                yield item


def _mets_pages(mets: Path, kind: Callable[[Path], str]) -> Iterator[Path | Problem]:
    """The page files a METS file names, in page order, the richest of each page's files."""
    from .errors import PaperarchiveError
    from .formats.mets import mets_pages

    try:
        pages = mets_pages(mets.read_text(encoding="utf-8", errors="replace"))
    except (OSError, PaperarchiveError) as error:
        yield Problem(display(mets), getattr(error, "strerror", None) or str(error))
        return
    if not pages:
        yield Problem(display(mets), "a METS file that names no text files (ALTO, PAGE, hOCR …) to read")
    for page in pages:
        present = [found for name in page if (found := _beside(mets.parent, name)) is not None]
        if not present:
            yield Problem(display(mets), f"it names {page[0]}, which is not there")
            continue
        yield max(present, key=lambda p: _RICHNESS.get(kind(p), 0))


def _beside(folder: Path, name: str) -> Path | None:
    """A file a METS names, relative to its folder; OCR-D names files without their `.xml`."""
    for candidate in (folder / name, folder / f"{name}.xml"):
        if candidate.is_file():
            return candidate
    return None


def _identity(path: Path) -> object:
    """What makes two paths one page: the file they reach (a page reached through two links
    is still one page, read once). By device and inode: one stat call, where resolving the
    real path costs one per folder of the path."""
    info = _stat(path)
    return os.path.realpath(path) if info is None else (info.st_dev, info.st_ino)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _walk(root: Path, kind: Callable[[Path], str], reals: dict[Path, str]) -> Iterator[Path | Problem | Passed]:
    """The files under `root`: page files, each with its real path put in `reals` (resolved from
    the folder's real path: a file or folder that is a link is resolved on its own), and the
    files passed over with their reasons."""
    visited: set[tuple[int, int]] = set()
    problems: list[Problem] = []

    def on_error(error: OSError) -> None:
        problems.append(Problem(display(error.filename or root), error.strerror or str(error)))

    for folder, real, dirs, files, links in _walk_folders(str(root), on_error):
        try:
            stat = os.stat(folder)
        except OSError as error:
            yield Problem(display(folder), error.strerror or str(error))
            dirs[:] = []
            continue
        if (stat.st_dev, stat.st_ino) in visited:
            # A link back to an ancestor is a loop, worth reporting; a second link to a
            # folder read elsewhere is not a problem, and its pages are read once.
            if _links_back(folder):
                yield Problem(display(folder), "symbolic link loop (it leads back to a folder above it)")
            dirs[:] = []
            continue
        visited.add((stat.st_dev, stat.st_ino))
        here = Path(folder)  # parsed once per folder, not once per file
        for name in sorted(d for d in dirs if d.startswith(".")):
            yield Passed(display(here / name), "hidden (its name starts with a dot): a folder, not looked into")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = here / name
            if name.startswith("."):
                yield Passed(display(path), "hidden (its name starts with a dot)")
                continue
            found = kind(path)
            if _reads_in_folder(path, found):
                reals[path] = os.path.realpath(path) if name in links else os.path.join(real, name)
                yield path
            else:
                yield Passed(display(path), _passed_reason(path, found))
        yield from problems
        problems.clear()


def _walk_folders(
    root: str, on_error: Callable[[OSError], None]
) -> Iterator[tuple[str, str, list[str], list[str], set[str]]]:
    """os.walk(root, followlinks=True), top down, without recursion: os.walk recurses once per
    level before Python 3.12, and a tree a thousand folders deep raised RecursionError.
    Yields (folder, its real path, dirs, files, the names among them that are links);
    the caller may prune or reorder `dirs`, as with os.walk."""
    stack = [(root, os.path.realpath(root))]
    while stack:
        folder, real = stack.pop()
        dirs, files, links = [], [], set()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()  # follows links, as followlinks=True does
                        if entry.is_symlink():
                            links.add(entry.name)
                    except OSError:
                        is_dir = False
                    (dirs if is_dir else files).append(entry.name)
        except OSError as error:
            on_error(error)
            continue
        yield folder, real, dirs, files, links
        stack.extend(
            (path, os.path.realpath(path) if d in links else os.path.join(real, d))
            for d in reversed(dirs)
            for path in [os.path.join(folder, d)]
        )


def _links_back(folder: str) -> bool:
    """Whether `folder` is one of the folders on its own path: followed again, it would never end."""
    real = os.path.realpath(folder)
    return any(os.path.realpath(above) == real for above in Path(folder).parents)
