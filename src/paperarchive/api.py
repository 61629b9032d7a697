"""The public API: an `Archive` folder holding the catalog and the search index.

The CLI is a thin shell over these functions; everything here returns values
and raises `PaperarchiveError`s, and never prints.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .catalog import Catalog, StoredArticle, damage_reported
from .errors import (
    DamagedError,
    IndexIncompatibleError,
    IndexMissingError,
    NotFoundError,
    PaperarchiveError,
    UnreadableCatalogError,
)
from .limits import BATCH_MB, LOCK_WAIT, MAX_PAGE_MB
from .models import FrozenRecord, set_field

# Imported where used: a search needs none of the cleaning pipeline (about 40 ms of imports),
# nor `typing` (some 4 ms), which `typing.TYPE_CHECKING` would import.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .browse import IssueSummary, PaperSummary
    from .decode import Decoded
    from .distributed import ShardReport
    from .highlight import Needles
    from .ingest import IngestReport, Progress, PruneReport
    from .maintain import CheckReport, ReindexReport, Stats
    from .models import CleanPage
    from .search import SearchResults

CATALOG_FILE = "catalog.sqlite"
WHOOSH_DIR = "whoosh"
LOCK_FILE = "write.lock"
REINDEX_HINT = "run `paperarchive reindex` to rebuild it from the catalog"
CATALOG_DAMAGE_HINT = (
    "run `paperarchive reindex`: it keeps every page that reads back sound and puts the damaged file aside;"
    " then `paperarchive ingest` your folders again"
)
_OPEN_ATTEMPTS = 5  # a search racing a commit that deletes old files opens again (see `_searcher`)


def default_index_dir() -> Path:
    """$PAPERARCHIVE_INDEX, else the XDG data directory."""
    if os.environ.get("PAPERARCHIVE_INDEX"):
        return Path(os.environ["PAPERARCHIVE_INDEX"])
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "paperarchive" / "index"


class ReadPage(FrozenRecord):
    """A page file read and cleaned, without indexing."""

    __slots__ = __match_args__ = ("path", "decoded", "page", "label")
    path: str
    decoded: Decoded
    page: CleanPage
    label: str | None  # the page's label in a file of several pages (a PDF's page labels)

    def __init__(self, path: str, decoded: Decoded, page: CleanPage, label: str | None = None) -> None:
        set_field(self, "path", path)
        set_field(self, "decoded", decoded)
        set_field(self, "page", page)
        set_field(self, "label", label)


def clean_file(path: str | Path, disabled: Iterable[str] = (), max_mb: float = MAX_PAGE_MB) -> ReadPage:
    """Read, decode and clean one page file (plain text or any format `formats` reads) without touching any index.

    A file of several pages (a PDF) gives its first page here; `clean_pages` gives every one.
    """
    first = clean_pages(path, disabled, max_mb)[0]
    if isinstance(first, PaperarchiveError):
        raise first
    return first


def clean_pages(
    path: str | Path, disabled: Iterable[str] = (), max_mb: float = MAX_PAGE_MB
) -> list[ReadPage | PaperarchiveError]:
    """Every page of a file, cleaned: one for a text, ALTO or hOCR page, one per page of a PDF.

    A page that cannot be read (a PDF page without a text layer) is its error, in its place;
    a file that cannot be read at all raises.
    """
    from .decode import Decoded
    from .formats import read_blocks, read_page, split_pages, unpack
    from .formats.pdf import MAX_PDF_MB
    from .ingest import decode_page, read_bytes
    from .layouts import page_info
    from .pipeline import clean_blocks, clean_text
    from .printable import display

    path = Path(path)
    pdf_named = path.suffix.lower() == ".pdf"
    data = unpack(read_bytes(path, max(max_mb, MAX_PDF_MB) if pdf_named else max_mb), max_mb)
    info = page_info(path)
    pages = split_pages(path, data)
    if pages is None:
        decoded = decode_page(data)
        read = read_page(path, decoded.text)
        page = clean_text(read, info, disabled) if isinstance(read, str) else clean_blocks(read, info, disabled)
        return [ReadPage(display(path), decoded, page)]
    out: list[ReadPage | PaperarchiveError] = []
    for number, document_page in enumerate(pages, 1):
        try:
            blocks = read_blocks(path, document_page.text)
        except PaperarchiveError as error:
            out.append(error)
            continue
        # The path's page label first, then the PDF's; without either, the running heads say it.
        page = clean_blocks(blocks, info._replace(page=info.page or document_page.label), disabled)
        shown = document_page.label or str(number)  # the page's number where the file gives no label
        out.append(ReadPage(display(path), Decoded(document_page.text, document_page.encoding), page, shown))
    return out


def clean_to_shards(sources: Iterable[str | Path], out: str | Path, **options) -> ShardReport:
    """Clean every page file under `sources` into JSON Lines shards in `out`, here or on a Dask
    cluster (`scheduler=ADDRESS`); see `distributed.clean_to_shards` for the options."""
    from .distributed import clean_to_shards

    return clean_to_shards(sources, out, **options)


def default_workers() -> int:
    """Worker processes that clean pages and write index segments: one per core (the ingest process
    beside them only publishes each batch, a small share of the work)."""
    return max(1, os.cpu_count() or 1)


class Archive:
    """An index folder: `catalog.sqlite` (pages, articles) and `whoosh/` (the search index)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self._open: tuple[Catalog, object] | None = None  # kept between searches: opening costs more than a search

    def close(self) -> None:
        """Release the catalog and searcher kept open between searches."""
        if self._open is not None:
            catalog, searcher = self._open
            self._open = None
            searcher.close()
            catalog.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def exists(self) -> bool:
        return (self.root / CATALOG_FILE).exists()

    def page_count(self) -> int:
        """Pages in the catalog; 0 where there is no index yet."""
        if not self.exists:
            return 0
        with self._catalog() as catalog:
            return catalog.counts()["pages"]

    def _check_folder(self, mending: bool = False) -> None:
        """Refuse a file, or a folder that holds something else; `mending` (reindex) lets a
        folder whose catalog is lost through."""
        if self.root.exists() and not self.root.is_dir():
            raise PaperarchiveError(f"{self.root} is a file, not an index folder", "give --index a folder")
        if not self.exists and (self.root / WHOOSH_DIR).is_dir() and not mending:
            raise DamagedError(f"the catalog {self.root / CATALOG_FILE} is missing", CATALOG_DAMAGE_HINT)
        if self.root.is_dir() and not self.exists and not mending and any(p.name != LOCK_FILE for p in self.root.iterdir()):
            raise PaperarchiveError(
                f"{self.root} is not a paperarchive index (it holds other files)",
                "give --index an empty or new folder",
            )

    def catalog(self, create: bool = False, readonly: bool = True) -> Catalog:
        self._check_folder()
        if not self.exists and not create:
            raise IndexMissingError(
                f"no index at {self.root}", "run `paperarchive ingest PATH` first, or give --index DIR"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            return Catalog.open(self.root / CATALOG_FILE, create=create, readonly=readonly)
        except UnreadableCatalogError as error:
            if not self._ours():
                raise
            raise DamagedError(
                f"the catalog {self.root / CATALOG_FILE} is damaged ({error.reason})",
                CATALOG_DAMAGE_HINT,
            ) from None

    def _ours(self) -> bool:
        """Whether the folder was filled by paperarchive: it holds a search index beside the catalog."""
        return (self.root / WHOOSH_DIR).is_dir()

    def whoosh(self, create: bool = False, directory: str = WHOOSH_DIR):
        from .index import open_index

        with self._readable(directory):
            ix = open_index(self.root / directory, create)
        if ix is None:
            raise IndexMissingError(f"no search index in {self.root}", REINDEX_HINT)
        return ix

    @contextmanager
    def _readable(self, directory: str = WHOOSH_DIR) -> Iterator[None]:
        """Turn whoosh's failures on a damaged or foreign index into one error that says to reindex."""
        try:
            yield
        except (PaperarchiveError, FileNotFoundError, sqlite3.Error):
            raise
        except Exception as error:  # unpickling a damaged table of contents can raise anything
            raise IndexIncompatibleError(
                f"the search index in {self.root / directory} cannot be read ({type(error).__name__}: {error})",
                REINDEX_HINT,
            ) from None

    def _check_index_version(self, catalog: Catalog) -> None:
        """Refuse a search index whose terms this version would not produce (INDEX_VERSION was bumped)."""
        from .index import INDEX_VERSION

        found = catalog.meta("index_version") or "1"  # indexes from before the version was recorded
        if found != INDEX_VERSION:
            raise IndexIncompatibleError(
                f"the search index in {self.root / WHOOSH_DIR} is version {found},"
                f" this paperarchive needs {INDEX_VERSION}",
                REINDEX_HINT,
            )

    @contextmanager
    def writing(self, wait: float = LOCK_WAIT, search_index: bool = True) -> Iterator[tuple[Catalog, object]]:
        """The write lock, the catalog and (unless not wanted) the whoosh index, for one writing command.

        Whatever an interrupted writer left out of step is mended first (`ingest.recover`).
        """
        from .ingest import DeferredIndex, recover

        with self._locked(wait):
            catalog = self.catalog(create=True)
            try:
                ix = None
                if search_index and (self.root / WHOOSH_DIR).is_dir():  # opened (and its version checked) when first written
                    ix = DeferredIndex(lambda: self._index_to_write(catalog))
                elif search_index:  # created now, so that an ingest of no pages still leaves an index to search
                    ix = self._index_to_write(catalog)
                if ix is not None:
                    recover(catalog, ix)
                yield catalog, ix
                catalog.link_continuations()  # the issues this command changed: join their continued stories again
            finally:
                catalog.close()

    @contextmanager
    def _locked(self, wait: float, mending: bool = False) -> Iterator[None]:
        """The write lock, with any SQLite error on a damaged catalog said in one line."""
        from .locking import write_lock

        self._check_folder(mending)
        self.root.mkdir(parents=True, exist_ok=True)
        with write_lock(self.root / LOCK_FILE, wait), damage_reported():
            yield

    def _index_to_write(self, catalog: Catalog):
        """The whoosh index, created for a new catalog; a lost one is rebuilt by reindex, never silently emptied."""
        from .index import INDEX_VERSION

        try:
            ix = self.whoosh()
        except IndexMissingError:
            if catalog.counts()["pages"]:
                raise IndexMissingError(f"the search index in {self.root} is missing", REINDEX_HINT) from None
            ix = self.whoosh(create=True)
            with catalog.transaction():
                catalog.set_meta("index_version", INDEX_VERSION)
            return ix
        self._check_index_version(catalog)
        return ix

    @contextmanager
    def reading(self) -> Iterator[tuple[Catalog, object]]:
        """The catalog and a searcher on the last commit, kept open for the next call."""
        if self._open is not None and not self._current(self._open[1]):
            self.close()  # something was committed since: open the new generation
        if self._open is None:
            catalog = self.catalog()
            try:
                self._check_index_version(catalog)
                self._open = (catalog, self._searcher())
            except BaseException:
                catalog.close()
                raise
        yield self._open

    @staticmethod
    def _current(searcher) -> bool:
        """Whether a searcher still shows the last commit. (whoosh's own `refresh` reuses the
        readers of unchanged segments, and with them deletions that are no longer current.)"""
        try:
            return searcher._ix.latest_generation() == searcher.reader().generation()
        except OSError:  # a commit is replacing the table of contents right now
            return False

    def _searcher(self):
        """A searcher on the last commit.

        A commit deletes the files of the generation it replaces, so a search that
        read the old table of contents just before can find a file gone (measured:
        about one search in 700 during an ingest). The new generation is complete:
        open again.
        """
        from .queries import PaperBM25F

        for attempt in range(_OPEN_ATTEMPTS):
            try:
                with self._readable():
                    return self.whoosh().searcher(weighting=PaperBM25F())
            except FileNotFoundError as error:
                missing = error.filename
                time.sleep(0.05 * (attempt + 1))
        raise IndexIncompatibleError(
            f"the search index in {self.root / WHOOSH_DIR} is damaged: {missing} is missing", REINDEX_HINT
        )

    # -- writing ----------------------------------------------------------------

    def ingest(
        self,
        sources: Iterable[str | Path],
        *,
        progress: Progress | None = None,
        wait: float = LOCK_WAIT,
        max_mb: float = MAX_PAGE_MB,
        batch_mb: float = BATCH_MB,
        workers: int | None = None,
        prune: bool = False,
    ) -> IngestReport:
        """Index every page under `sources`; unchanged files are skipped by size, time and hash.

        `prune` also removes pages under the given folders whose files are gone.
        """
        from .ingest import Ingest

        sources = list(sources)
        with self.writing(wait) as (catalog, ix):
            run = Ingest(catalog, ix, progress, max_mb, batch_mb, default_workers() if workers is None else workers)
            return run.run(sources, prune=prune)

    def ingest_shards(
        self, sources: Iterable[str | Path], *, wait: float = LOCK_WAIT, batch_mb: float = BATCH_MB
    ) -> IngestReport:
        """Index the pages in JSON Lines shards (`clean_to_shards`, or an `export`) without cleaning
        them again: each page keeps the id it carries; pages stored as they are are unchanged.

        `sources`: shard files, or folders of them (their *.jsonl and *.ndjson files).
        """
        from .shards import CleanedIngest, read_shards, shard_paths

        paths = shard_paths(sources)
        if not paths:
            raise NotFoundError(
                "no shards (*.jsonl, *.ndjson) in " + ", ".join(map(str, sources)), "give the folder `clean --out` wrote"
            )
        with self.writing(wait) as (catalog, ix):
            return CleanedIngest(catalog, ix, None, MAX_PAGE_MB, batch_mb, 0).run_cleaned(read_shards(paths))

    def prune(self, wait: float = LOCK_WAIT, *, force: bool = False, dry_run: bool = False) -> PruneReport:
        """Remove the pages whose files are gone (with `dry_run`, only say which).

        Refuses, unless `force`, when a folder given to ingest is gone as a whole or when
        more than a fifth of the pages would go (see `ingest.prune_missing`).
        """
        from .ingest import prune_missing

        self.catalog().close()  # refuse early, and create nothing, when there is no index
        with self.writing(wait) as (catalog, ix):
            return prune_missing(catalog, ix, guard=not force, dry_run=dry_run)

    def relocate(self, old: str | Path, new: str | Path, wait: float = LOCK_WAIT) -> int:
        """Record that the files under `old` are now under `new` (an archive moved or remounted):
        every page keeps its id and articles. Returns how many pages moved."""
        from .printable import display

        new_path = Path(new)
        if not new_path.exists():
            raise PaperarchiveError(f"{display(new_path)} does not exist", "give the folder the files are in now")
        self.catalog().close()
        with self.writing(wait, search_index=False) as (catalog, _):
            with catalog.transaction():
                moved = catalog.relocate(os.path.abspath(old), os.path.realpath(new_path))
        if not moved:
            raise NotFoundError(f"no page was ingested from under {display(old)}", "give the folder as it was ingested")
        return moved

    def reindex(self, wait: float = LOCK_WAIT, progress: Progress | None = None) -> ReindexReport:
        """Rebuild the search index from the catalog's stored page text (no original files needed)."""
        from .maintain import reindex, salvage

        try:
            self.catalog().close()  # refuse early, with the usual message, when there is no index
        except DamagedError:
            pass  # what reindex is run to mend
        # Not opening the old search index: it may be the unreadable thing reindex is run to replace.
        with self._locked(wait, mending=True):
            salvaged = None
            if self._catalog_damaged():
                salvaged = salvage(self.root / CATALOG_FILE)
            catalog = self.catalog(readonly=False)
            try:
                report = reindex(self.root, catalog, progress)
                catalog.link_continuations()
            finally:
                catalog.close()
        if salvaged:
            report.salvaged, lost = salvaged
            report.dropped[:0] = lost
        return report

    def _catalog_damaged(self) -> bool:
        try:
            catalog = self.catalog()
        except DamagedError:
            return True
        try:
            return bool(catalog.integrity())
        except sqlite3.DatabaseError:
            return True
        finally:
            catalog.close()

    # -- reading back -------------------------------------------------------------

    def show(self, article_id: str) -> StoredArticle:
        catalog = self.catalog()
        try:
            with damage_reported():
                full = catalog.resolve(article_id)
                return catalog.with_parts(catalog.articles([full]))[full]
        finally:
            catalog.close()

    def raw(self, article_id: str) -> tuple[str, str]:
        """(path, page text as read) of the page an article was printed on."""
        catalog = self.catalog()
        try:
            with damage_reported():
                full = catalog.resolve(article_id)
                path, text = catalog.page_text(catalog.articles([full])[full].page_id)
        finally:
            catalog.close()
        if not text:
            raise NotFoundError(
                f"the page of {full} was ingested from cleaned shards, which do not carry the page as read",
                f"read the file itself: {path}",
            )
        return path, text

    def needles(self, text: str) -> Needles:
        """What a query would highlight, for `show --highlight`."""
        from . import search

        with damage_reported(), self.reading() as (_, searcher), self._readable():
            return search.needles(search.parse(searcher.schema, text), searcher.reader())

    def search(self, text: str, **options) -> SearchResults:
        """Run a query; see `search.run` for the options.

        A writer that commits while the search runs may merge away segment files the
        searcher had yet to open (a column read for sorting, say): whoosh then fails in
        the middle. The last commit is complete, so such a search runs again on it; a
        failure with no commit since is damage, and is reported as such.
        """
        from . import search

        for attempt in range(_OPEN_ATTEMPTS):
            with damage_reported(), self.reading() as (catalog, searcher):
                try:
                    with self._readable():
                        return search.run(searcher, catalog, text, hidden_pages=catalog.pending(), **options)
                except (IndexIncompatibleError, FileNotFoundError):
                    if self._current(searcher) or attempt == _OPEN_ATTEMPTS - 1:
                        raise
            self.close()  # a commit came in between: open the new generation and search again

    def papers(self) -> list[PaperSummary]:
        from .browse import papers

        with self._catalog() as catalog:
            return papers(catalog)

    def issues(self, paper: str, year: str | None = None) -> list[IssueSummary]:
        from .browse import issues

        with self._catalog() as catalog:
            return issues(catalog, paper, year)

    def page(self, paper: str, date: str, page: str) -> list[StoredArticle]:
        """One printed page's articles, in the order they were printed."""
        from .browse import page_article_ids

        with self._catalog() as catalog:
            ids = page_article_ids(catalog, paper, date, page)
            found = catalog.articles(ids)
            return [found[i] for i in ids]

    @contextmanager
    def _catalog(self) -> Iterator[Catalog]:
        catalog = self.catalog()
        try:
            yield catalog
        finally:
            catalog.close()

    def check(self) -> CheckReport:
        """Everything stored, verified (see `maintain.check`); damage is reported, not raised."""
        from .maintain import CheckReport, check

        try:
            catalog = self.catalog()
        except DamagedError as error:
            return CheckReport(catalog_damage=[str(error)])
        try:

            def open_search_index():
                with self._readable():
                    self._check_index_version(catalog)
                    return self.whoosh()

            return check(catalog, open_search_index)
        finally:
            catalog.close()

    def stats(self) -> Stats:
        from .maintain import stats

        with damage_reported(), self.reading() as (catalog, searcher), self._readable():
            return stats(self.root, catalog, searcher)

    def export(self) -> Iterator[dict]:
        """Every article with its page's metadata, for `export` (JSON Lines or CSV)."""
        catalog = self.catalog()
        try:
            with damage_reported():
                yield from catalog.export_rows()
        finally:
            catalog.close()
