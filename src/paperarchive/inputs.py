"""Which files an ingest reads: paths, folders (recursively, `*.txt`), or a list on stdin.

Problems with a path (missing, unreadable, a symlink loop) are reported, not raised,
so that one bad path never stops the rest of an ingest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".txt",)


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str


def display(path: str | os.PathLike) -> str:
    """A path as a user can read it, even when its name is not valid UTF-8 (its bytes as \\xNN).

    >>> display(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_path_list(lines: Iterable[str]) -> list[str]:
    """Paths from a list, one per line, as `find` or `ls` print them; blank lines ignored."""
    return [line.rstrip("\r\n") for line in lines if line.strip()]


def discover(sources: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Every page file under the sources, each once, in a stable order."""
    seen: set[str] = set()
    for source in sources:
        path = Path(source)
        try:
            if path.is_dir():
                found = _walk(path)
            elif path.exists():
                found = iter([path])
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
            # By real path: a page reached through two links is still one page, read once.
            key = os.path.realpath(item)
            if key not in seen:
                seen.add(key)
                yield item


def _walk(root: Path) -> Iterator[Path | Problem]:
    visited: set[tuple[int, int]] = set()
    problems: list[Problem] = []

    def on_error(error: OSError) -> None:
        problems.append(Problem(display(error.filename or root), error.strerror or str(error)))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
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
            if name.lower().endswith(PAGE_SUFFIXES) and not name.startswith("."):
                yield Path(folder) / name
        yield from problems
        problems.clear()


def _links_back(folder: str) -> bool:
    """Whether `folder` is one of the folders on its own path: followed again, it would never end."""
    real = os.path.realpath(folder)
    return any(os.path.realpath(above) == real for above in Path(folder).parents)
