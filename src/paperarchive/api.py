"""The public API: an `Archive` folder holding the catalog and the search index.

The CLI is a thin shell over these functions; everything here returns values
and raises `PaperarchiveError`s, and never prints.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import Catalog, PageRecord, StoredArticle
from .decode import Decoded, decode
from .errors import (
    EmptyPageError,
    IndexMissingError,
    NotTextError,
    PaperarchiveError,
    TooLargeError,
)
from .inputs import Problem, discover, display
from .models import CleanPage
from .pageinfo import info_from_path
from .pipeline import clean_text

if TYPE_CHECKING:
    from .highlight import Needles
    from .search import SearchResults

MAX_PAGE_MB = 16  # a printed page is tens of KB of text; far above that is not a page
BATCH_MB = 8  # text per commit: a crash loses at most one batch, which the next run redoes
LOCK_WAIT = 10.0  # seconds an ingest waits for another one to finish
CATALOG_FILE = "catalog.sqlite"
WHOOSH_DIR = "whoosh"
LOCK_FILE = "write.lock"


def default_index_dir() -> Path:
    """$PAPERARCHIVE_INDEX, else the XDG data directory."""
    if os.environ.get("PAPERARCHIVE_INDEX"):
        return Path(os.environ["PAPERARCHIVE_INDEX"])
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "paperarchive" / "index"


def page_id(path: str) -> str:
    """A stable short id for the page at an absolute path."""
    return hashlib.blake2b(os.fsencode(path), digest_size=6).hexdigest()


# -- reading and cleaning one file (no index needed) ------------------------


@dataclass(frozen=True, slots=True)
class ReadPage:
    path: str
    decoded: Decoded
    page: CleanPage


def read_bytes(path: Path, max_mb: float = MAX_PAGE_MB) -> bytes:
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise TooLargeError(
            f"{size / 1024 / 1024:.0f} MB is above the {max_mb:g} MB limit for one page",
            "split the file into pages, or raise --max-page-mb",
        )
    return path.read_bytes()


def decode_page(data: bytes) -> Decoded:
    decoded = decode(data)
    if not decoded.text.strip():
        raise EmptyPageError("the page is empty" if not data else "the page holds only whitespace")
    return decoded


def clean_file(path: str | Path, disabled: Iterable[str] = (), max_mb: float = MAX_PAGE_MB) -> ReadPage:
    """Read, decode and clean one page file without touching any index."""
    path = Path(path)
    decoded = decode_page(read_bytes(path, max_mb))
    return ReadPage(display(path), decoded, clean_text(decoded.text, info_from_path(path), disabled))


# -- ingest -----------------------------------------------------------------


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    articles: int = 0
    bytes: int = 0
    seconds: float = 0.0
    encodings: Counter = field(default_factory=Counter)
    skipped: list[Problem] = field(default_factory=list)  # read, but not a page: binary, empty, too large
    failed: list[Problem] = field(default_factory=list)  # could not be read at all
    warnings: list[Problem] = field(default_factory=list)  # ingested, with damage

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.failed


Progress = Callable[[int, int, str], None]  # (bytes done, bytes in all, current path)


class Archive:
    """An index folder: `catalog.sqlite` (pages, articles) and `whoosh/` (the search index)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def exists(self) -> bool:
        return (self.root / CATALOG_FILE).exists()

    def _check_folder(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise PaperarchiveError(f"{self.root} is a file, not an index folder", "give --index a folder")
        if self.root.is_dir() and not self.exists and any(p.name != LOCK_FILE for p in self.root.iterdir()):
            raise PaperarchiveError(
                f"{self.root} is not a paperarchive index (it holds other files)",
                "give --index an empty or new folder",
            )

    def catalog(self, create: bool = False) -> Catalog:
        if not self.exists and not create:
            self._check_folder()
            raise IndexMissingError(
                f"no index at {self.root}", "run `paperarchive ingest PATH` first, or give --index DIR"
            )
        if create:
            self._check_folder()
            self.root.mkdir(parents=True, exist_ok=True)
        return Catalog.open(self.root / CATALOG_FILE, create=create)

    def whoosh(self, create: bool = False):
        from .index import open_index

        ix = open_index(self.root / WHOOSH_DIR, create)
        if ix is None:
            raise IndexMissingError(f"no search index in {self.root}", "run `paperarchive reindex` to build it")
        return ix

    def _lock(self, wait: float):
        from .locking import write_lock

        self.root.mkdir(parents=True, exist_ok=True)
        return write_lock(self.root / LOCK_FILE, wait)

    def ingest(
        self,
        sources: Iterable[str | Path],
        *,
        progress: Progress | None = None,
        wait: float = LOCK_WAIT,
        max_mb: float = MAX_PAGE_MB,
        batch_mb: float = BATCH_MB,
    ) -> IngestReport:
        """Index every page under `sources`; unchanged files are skipped by size, time and hash."""
        report = IngestReport()
        started = time.perf_counter()
        self._check_folder()
        with self._lock(wait):
            catalog = self.catalog(create=True)
            ix = self.whoosh(create=True)
            batch: list[PageRecord] = []
            touched: list[tuple[str, int, int]] = []
            batch_bytes = 0
            found = list(discover(sources))
            total = sum(_size(item) for item in found if not isinstance(item, Problem))
            done = 0
            try:
                for item in found:
                    if isinstance(item, Problem):
                        report.failed.append(item)
                        continue
                    report.files += 1
                    record = self._read(item, catalog, report, touched, max_mb)
                    done += _size(item)
                    if progress:
                        progress(done, total, display(item))
                    if record is not None:
                        batch = [r for r in batch if r.id != record.id] + [record]
                        batch_bytes += record.size
                    if batch_bytes >= batch_mb * 1024 * 1024:
                        self._commit(ix, catalog, batch, touched, report)
                        batch, touched, batch_bytes = [], [], 0
                self._commit(ix, catalog, batch, touched, report)
            finally:
                catalog.close()
        report.seconds = time.perf_counter() - started
        return report

    def _read(self, path: Path, catalog: Catalog, report: IngestReport, touched: list, max_mb: float):
        """The new record for a changed file, or None (unchanged, or reported as a problem)."""
        shown = display(path)
        absolute = os.path.abspath(path)
        try:
            stat = path.stat()
            known = catalog.page_state(absolute)
            if known and known[:2] == (stat.st_size, stat.st_mtime_ns):
                report.unchanged += 1
                return None
            data = read_bytes(path, max_mb)
        except TooLargeError as error:
            report.skipped.append(Problem(shown, str(error)))
            return None
        except OSError as error:
            report.failed.append(Problem(shown, error.strerror or str(error)))
            return None
        report.bytes += len(data)
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if known and known[2] == digest:
            touched.append((absolute, stat.st_size, stat.st_mtime_ns))
            report.unchanged += 1
            return None
        try:
            decoded = decode_page(data)
        except (NotTextError, EmptyPageError) as error:
            report.skipped.append(Problem(shown, str(error)))
            return None
        if decoded.replaced:
            report.warnings.append(
                Problem(shown, f"{decoded.replaced} byte sequence(s) did not decode as {decoded.encoding}; kept as �")
            )
        page = clean_text(decoded.text, info_from_path(path))
        report.encodings[decoded.encoding] += 1
        return PageRecord(
            id=page_id(absolute),
            path=absolute,
            size=stat.st_size,
            mtime_ns=stat.st_mtime_ns,
            digest=digest,
            encoding=decoded.encoding,
            replaced=decoded.replaced,
            info=page.info,
            text=decoded.text,
            furniture=page.furniture,
            articles=page.articles,
        )

    @staticmethod
    def _commit(ix, catalog: Catalog, batch: list[PageRecord], touched: list, report: IngestReport) -> None:
        """Write one batch: the search index first, then the catalog that marks the files done.

        If the process dies between the two commits, the next ingest finds the files
        not done and replaces their articles again: nothing is lost or doubled.
        """
        from .index import replace_pages

        if batch:
            writer = ix.writer(timeout=LOCK_WAIT)
            try:
                replace_pages(writer, batch)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        if batch or touched:
            with catalog.transaction():
                for record in batch:
                    catalog.put_page(record)
                for path, size, mtime in touched:
                    catalog.touch(path, size, mtime)
        report.ingested += len(batch)
        report.articles += sum(len(r.articles) for r in batch)

    # -- reading back -------------------------------------------------------

    def show(self, article_id: str) -> StoredArticle:
        catalog = self.catalog()
        try:
            full = catalog.resolve(article_id)
            return catalog.articles([full])[full]
        finally:
            catalog.close()

    def raw(self, article_id: str) -> tuple[str, str]:
        """(path, page text as read) of the page an article was printed on."""
        catalog = self.catalog()
        try:
            full = catalog.resolve(article_id)
            return catalog.page_text(catalog.articles([full])[full].page_id)
        finally:
            catalog.close()

    def needles(self, text: str) -> Needles:
        """What a query would highlight, for `show --highlight`."""
        from . import search

        with self.whoosh().searcher() as searcher:
            return search.needles(search.parse(searcher.schema, text), searcher.reader())

    def search(self, text: str, **options) -> SearchResults:
        """Run a query; see `search.run` for the options."""
        from . import search

        catalog = self.catalog()
        try:
            with self.whoosh().searcher() as searcher:
                return search.run(searcher, catalog, text, **options)
        finally:
            catalog.close()
