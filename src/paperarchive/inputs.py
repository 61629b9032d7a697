"""Which files an ingest reads: paths, folders (recursively), or a list on stdin.

In folders: `*.txt`, and `*.xml`, `*.hocr`, `*.html`, `*.htm`, `*.xhtml` that hold
ALTO or hOCR. Other XML and HTML in a folder (METS files, an index.html) is passed
over without a word: archives are full of it, and reporting it would bury the
real problems. A file named on the command line is always read, and one that is
not a page is reported as skipped with the reason.

One page saved twice, `ocr.txt` beside `ocr.xml` (same folder, same name), is
read once, from the richer source: ALTO, then hOCR, then plain text. The file
read names the poorer sources beside it on disk (`PageFile.replaces`), found in
this run or not, so that an ingest can drop the page it read from one of them
before the richer file arrived; a text file named alone beside a richer source is
replaced by that source, so the page is never stored twice. Each file found in a
folder carries its real path (`PageFile.real`), which the catalog keys pages by.

Problems with a path (missing, unreadable, a symlink loop) are reported, not raised,
so that one bad path never stops the rest of an ingest.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .formats.sniff import ALTO, DECLARES_ENTITIES, HOCR, is_markup, read_head, sniff

PAGE_SUFFIXES = (".txt",)
# A markup file that cannot be judged from its head (unreadable, or declaring entities):
# read it all the same, so that the reader reports why it is not ingested.
_UNKNOWN = "unknown"
# Which source of a page wins when one folder holds it twice; unknown files never compete.
_RICHNESS = {ALTO: 3, HOCR: 2, "text": 1}


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class PageFile:
    path: Path
    replaces: tuple[Path, ...] = ()  # poorer sources of the same page beside it
    real: str | None = None  # its real path (links resolved), when the walk that found it knows it


def display(path: str | os.PathLike) -> str:
    """A path as a user can read it, even when its name is not valid UTF-8 (its bytes as \\xNN).

    >>> display(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_path_list(lines: Iterable[str]) -> list[str]:
    """Paths from a list, one per line, as `find` or `ls` print them; blank lines ignored."""
    return [line.rstrip("\r\n") for line in lines if line.strip()]


def discover(sources: Iterable[str | Path]) -> Iterator[PageFile | Problem]:
    """Every page file under the sources, each once, in a stable order (see the module doc)."""
    kinds: dict[Path, str | None] = {}  # markup file → its format, sniffed once per run

    def kind(path: Path) -> str | None:
        if path not in kinds:
            kinds[path] = _markup_kind(path)
        return kinds[path]

    named: set[Path] = set()  # files named as sources, not found in a folder
    reals: dict[Path, str] = {}  # real paths of the files found in folders, as the walks resolved them
    found = list(_found(sources, kind, named, reals))
    sources_of = {item: _source(item, kind) for item in found if isinstance(item, Path)}
    richest: dict[tuple[str, str], int] = {}
    for key, rank in sources_of.values():
        richest[key] = max(richest.get(key, 0), rank)
    listing = functools.cache(_listing)  # a folder's files, listed once per run
    given: set[object] = set()
    for item in found:
        if isinstance(item, Problem):
            yield item
            continue
        key, rank = sources_of[item]
        if rank == richest[key]:
            if rank == _RICHNESS["text"] and item in named:
                # A text page named alone (in a folder, the walk found its richer source if any):
                # the richer file beside it is the page, read now or by an earlier ingest.
                item, rank = _richest_sibling(item, kind, listing)
                if rank > _RICHNESS["text"]:
                    if _identity(item) in given:  # two text files named alike, one richer file
                        continue
                    given.add(_identity(item))
            yield PageFile(item, _poorer_siblings(item, rank, kind, listing), reals.get(item))
        elif rank == 0:  # not ranked (cannot be judged from its head): read, so its problem is reported
            yield PageFile(item)


def _richest_sibling(
    path: Path, kind: Callable[[Path], str | None], listing: Callable[[Path], list[Path]]
) -> tuple[Path, int]:
    """The richest source of a text page in its folder (`ocr.xml` for `ocr.txt`), and its rank."""
    best, best_rank = path, _RICHNESS["text"]
    for other in listing(path.parent):
        if other.stem == path.stem and other != path and is_markup(other):
            rank = _source(other, kind)[1]
            if rank > best_rank:
                best, best_rank = other, rank
    return best, best_rank


def _poorer_siblings(
    path: Path, rank: int, kind: Callable[[Path], str | None], listing: Callable[[Path], list[Path]]
) -> tuple[Path, ...]:
    """The same page's poorer sources in its folder (`ocr.txt` for `ocr.xml`), found in this run
    or not: a list of pages on stdin may name only the richer file."""
    if rank <= _RICHNESS["text"]:
        return ()
    named_alike = [p for p in listing(path.parent) if p.stem == path.stem and p != path]
    pages = [p for p in named_alike if p.name.lower().endswith(PAGE_SUFFIXES) or is_markup(p)]
    return tuple(p for p in pages if 0 < _source(p, kind)[1] < rank)


def _listing(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _markup_kind(path: Path) -> str | None:
    """ALTO, hOCR, None (not a page), or unknown (cannot tell from its head)."""
    try:
        head = read_head(path)
    except OSError:
        return _UNKNOWN
    return _UNKNOWN if DECLARES_ENTITIES.search(head) else sniff(head)


def _source(path: Path, kind: Callable[[Path], str | None]) -> tuple[tuple[str, str], int]:
    """Which page a file holds (its folder and name without suffix), and how rich a source it is (0: not ranked)."""
    rank = _RICHNESS.get(kind(path) or "", 0) if is_markup(path) else _RICHNESS["text"]
    return (str(path.parent), path.stem), rank


def _found(
    sources: Iterable[str | Path], kind: Callable[[Path], str | None], named: set[Path], reals: dict[Path, str]
) -> Iterator[Path | Problem]:
    seen: set[object] = set()
    for source in sources:
        path = Path(source)
        try:
            if path.is_dir():
                found = _walk(path, kind, reals)
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
            if isinstance(item, Problem):
                yield item
                continue
            key = _identity(item)
            if key not in seen:
                seen.add(key)
                yield item


def _identity(path: Path) -> object:
    """What makes two paths one page: the file they reach (a page reached through two links
    is still one page, read once). By device and inode: one stat call, where resolving the
    real path costs one per folder of the path."""
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (info.st_dev, info.st_ino)


def _walk(root: Path, kind: Callable[[Path], str | None], reals: dict[Path, str]) -> Iterator[Path | Problem]:
    """The page files under `root`, each with its real path put in `reals` (resolved from the
    folder's real path: a file or folder that is a link is resolved on its own)."""
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
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if name.lower().endswith(PAGE_SUFFIXES) or is_markup(name) and kind(path) is not None:
                reals[path] = os.path.realpath(path) if name in links else os.path.join(real, name)
                yield path
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
