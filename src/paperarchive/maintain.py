"""Looking after an index: rebuild it from the catalog, verify it, describe it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import SEALED_COLUMNS, Catalog, _path, _tolerant_text, seal
from .errors import DamagedError, PaperarchiveError
from .ingest import Progress, content_hash, stored_record
from .inputs import display
from .limits import BATCH_MB

WHOOSH_DIR, NEW_DIR, OLD_DIR = "whoosh", "whoosh.new", "whoosh.old"


@dataclass(slots=True)
class ReindexReport:
    pages: int = 0
    articles: int = 0
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (page id, path as printed) of damaged pages left out
    salvaged: str | None = None  # where a damaged catalog file was put aside, when it was rebuilt


def reindex(root: Path, catalog: Catalog, progress: Progress | None = None) -> ReindexReport:
    """Re-clean every stored page and build a fresh search index beside the old one, then swap.

    The re-cleaned articles go to the catalog in one transaction that commits just
    after the swap, so until then searches see the old index and the old articles
    together; if the rebuild is interrupted, both are as they were and `reindex`
    can simply be run again. A damaged page (its row does not match its seal) is
    left out and dropped from the catalog: the next ingest of its file reads it again.
    """
    from .bulkwrite import open_writer
    from .index import INDEX_VERSION, open_index, replace_pages

    report = ReindexReport()
    shutil.rmtree(root / NEW_DIR, ignore_errors=True)
    ix = open_index(root / NEW_DIR, create=True)
    batch, size, done = [], 0, 0
    total = catalog.text_bytes()

    def flush() -> None:
        writer = open_writer(ix)
        replace_pages(writer, batch)
        writer.commit(merge=False)
        for record in batch:
            catalog.put_page(record)
        report.pages += len(batch)
        report.articles += sum(len(r.articles) for r in batch)
        batch.clear()

    catalog.tolerate_damage()
    paths = catalog.page_paths()
    with catalog.transaction():
        catalog.db.execute("DELETE FROM articles")  # rebuilt from the pages: rows no page owns go too
        for page_id, path in paths.items():
            try:
                record = stored_record(catalog, page_id)
            except (DamagedError, sqlite3.DatabaseError, ValueError, TypeError):
                report.dropped.append((page_id, display(path)))
                catalog.delete_pages([page_id])
                continue
            batch.append(record)
            size += record.size
            done += record.size
            if progress:
                progress(done, total, display(record.path))
            if size >= BATCH_MB * 1024 * 1024:
                flush()
                size = 0
        flush()
        ix.close()
        _swap(root)
        catalog.set_meta("index_version", INDEX_VERSION)
        catalog.clear_pending()  # the new index was built from the catalog: nothing is out of step
    return report


def salvage(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """Rebuild a damaged catalog file from the page rows that still read back sound.

    The damaged file is put aside as `catalog.sqlite.damaged` (never deleted); the new
    one holds every sound page (its articles are rebuilt by `reindex`, which calls
    this). Returns where the old file went and the (page id, path) of the rows lost,
    as far as they could be read; lost pages come back with the next ingest of their files.
    """
    new_path, aside = path.with_name(path.name + ".new"), path.with_name(path.name + ".damaged")
    for leftover in (new_path, Path(f"{new_path}-wal"), Path(f"{new_path}-shm")):
        leftover.unlink(missing_ok=True)
    lost: list[tuple[str, str]] = []
    rows, roots, index_version = [], [], None
    try:
        old = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        old = None
    if old is not None:
        old.text_factory = _tolerant_text
        rows, lost = _sound_rows(old)
        roots = _try(lambda: [r[0] for r in old.execute("SELECT path FROM roots")], [])
        index_version = _try(lambda: old.execute("SELECT value FROM meta WHERE key = 'index_version'").fetchone(), None)
        old.close()
    fresh = Catalog.open(new_path, create=True)
    try:
        with fresh.transaction():
            columns = f"size, mtime_ns, sealed, {SEALED_COLUMNS}"
            marks = ", ".join("?" * len(columns.split(",")))
            seen: set[str] = set()
            for row in rows:
                if row[3] in seen:  # an id read twice from a damaged b-tree
                    continue
                seen.add(row[3])
                fresh.db.execute(f"INSERT OR IGNORE INTO pages ({columns}) VALUES ({marks})", row)
            fresh.add_roots(root for root in roots if isinstance(root, str))
            if index_version:
                fresh.set_meta("index_version", index_version[0])
        fresh.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        fresh.close()
    missing = not path.exists()
    if not missing:
        os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new_path, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{new_path}{suffix}").unlink(missing_ok=True)
    return ("none: the catalog file was missing" if missing else display(aside)), lost


def _sound_rows(db: sqlite3.Connection) -> tuple[list[tuple], list[tuple[str, str]]]:
    """The page rows of a damaged catalog that match their seals, and (id, path) of those that do not.

    Read row by row (by rowid), so that one damaged b-tree page costs only its rows."""
    query = f"SELECT size, mtime_ns, sealed, {SEALED_COLUMNS} FROM pages WHERE rowid = ?"
    rowids = _try(lambda: [r[0] for r in db.execute("SELECT rowid FROM pages")], None)
    if rowids is None:  # the table's b-tree cannot be walked: try every rowid it may hold
        top = _try(lambda: db.execute("SELECT max(rowid) FROM pages").fetchone()[0], None)
        rowids = range(1, (top or _ROWID_PROBES) + 1)
    sound, lost = [], []
    for rowid in rowids:
        row = _try(lambda rowid=rowid: db.execute(query, (rowid,)).fetchone(), None)
        if row is None:
            continue
        if _try(lambda row=row: seal(row[3:]) == row[2], False):  # (damage may have made the content text)
            sound.append(row)
        else:
            lost.append((str(row[3]), display(_path(row[4])) if isinstance(row[4], str | bytes) else "?"))
    return sound, lost


_ROWID_PROBES = 100_000  # rowids tried when a damaged table cannot say its largest


def _try(read, fallback):
    try:
        return read()
    except (sqlite3.Error, TypeError, ValueError):
        return fallback


def _swap(root: Path) -> None:
    """Put the new index in place of the old one."""
    shutil.rmtree(root / OLD_DIR, ignore_errors=True)
    if (root / WHOOSH_DIR).exists():
        os.rename(root / WHOOSH_DIR, root / OLD_DIR)
    os.rename(root / NEW_DIR, root / WHOOSH_DIR)
    shutil.rmtree(root / OLD_DIR, ignore_errors=True)


@dataclass(slots=True)
class CheckReport:
    pages: int = 0
    articles: int = 0
    indexed: int = 0
    not_indexed: list[str] = field(default_factory=list)  # article ids in the catalog only
    not_catalogued: list[str] = field(default_factory=list)  # article ids in the search index only
    files_gone: list[str] = field(default_factory=list)  # paths as printed
    files_changed: list[str] = field(default_factory=list)
    interrupted: bool = False  # a writer was killed with pages out of step; the next one mends them
    damaged_pages: list[str] = field(default_factory=list)  # one line each: which page, what, what to do
    catalog_damage: list[str] = field(default_factory=list)  # what SQLite (or reading a row) found wrong
    index_damage: list[str] = field(default_factory=list)  # what reading the search index found wrong

    @property
    def ok(self) -> bool:
        return not (
            self.not_indexed or self.not_catalogued or self.files_gone or self.files_changed
            or self.damaged_pages or self.catalog_damage or self.index_damage
        )

    def advice(self) -> list[str]:
        """What to do about each kind of mismatch found."""
        out = []
        if self.catalog_damage:
            out.append(
                "the catalog file is damaged: run `paperarchive reindex` (it keeps every page that reads back sound"
                " and puts the damaged file aside), then `paperarchive ingest` your folders again"
            )
        if self.index_damage:
            out.append("the search index is damaged: run `paperarchive reindex` to rebuild it from the catalog")
        if self.damaged_pages and not self.catalog_damage:
            out.append(
                "damaged pages: `paperarchive ingest` their files again (listed above); for a page whose file is gone,"
                " or one still listed after, `paperarchive reindex` leaves it out"
            )
        if (self.not_indexed or self.not_catalogued) and self.interrupted:
            out.append(
                "an ingest was interrupted: run it again (or `paperarchive prune`) to finish, or `paperarchive reindex`"
            )
        elif (self.not_indexed or self.not_catalogued) and not self.index_damage:
            out.append("the search index and the catalog disagree: run `paperarchive reindex`")
        if self.files_changed:
            out.append("files changed since they were ingested: run `paperarchive ingest` on them again")
        if self.files_gone:
            out.append("files are gone (moved or deleted): run `paperarchive prune` to drop their articles")
        return out


def check(catalog: Catalog, open_search_index) -> CheckReport:
    """Verify everything stored: the catalog file (SQLite's integrity check), every page row
    against its seal (text and articles decoded, articles table rows), every segment of the
    search index (stored fields, every term's postings, columns, field lengths), the two
    against each other, and the stored hashes against the files still present.

    `open_search_index`: opens the whoosh index (raises when it cannot).
    """
    report = CheckReport()
    catalog.tolerate_damage()
    catalogued = _check_catalog(catalog, report)
    try:
        indexed = search_index_ids(open_search_index())
    except Exception as error:  # whatever a damaged file makes whoosh raise
        report.index_damage.append(str(error) if isinstance(error, PaperarchiveError) else f"{type(error).__name__}: {error}")
        indexed = None
    if indexed is not None:
        report.indexed = len(indexed)
    if catalogued is not None and indexed is not None:
        report.not_indexed = sorted(catalogued - indexed)
        report.not_catalogued = sorted(indexed - catalogued)
    try:
        states = catalog.file_states()
    except sqlite3.DatabaseError as error:
        report.catalog_damage.append(str(error))
        states = []
    for path, size, mtime_ns, digest in states:
        try:
            changed = _changed(path, size, mtime_ns, digest)
        except FileNotFoundError:
            report.files_gone.append(display(path))
            continue
        except (OSError, TypeError, ValueError):
            continue  # unreadable now (or a damaged row, reported above); not a mismatch we can judge
        if changed:
            report.files_changed.append(display(path))
    return report


def _check_catalog(catalog: Catalog, report: CheckReport) -> set[str] | None:
    """Check the catalog into `report`; the article ids it holds, or None when they cannot be read."""
    try:
        report.catalog_damage += catalog.integrity()
        report.interrupted = bool(catalog.pending())
        rowids = catalog.page_rowids()
    except sqlite3.DatabaseError as error:
        report.catalog_damage.append(str(error))
        return None
    report.pages = len(rowids)
    for rowid in rowids:
        try:
            page_id, path, problem = catalog.verify_page(rowid)
        except (sqlite3.DatabaseError, TypeError, ValueError) as error:
            report.catalog_damage.append(f"page row {rowid} cannot be read ({error})")
            continue
        if problem:
            fix = (
                f"`paperarchive ingest {path}` reads it again"
                if os.path.exists(path)
                else "its file is gone: `paperarchive reindex` leaves it out"
            )
            report.damaged_pages.append(f"page {page_id} ({path}): {problem}: {fix}")
    try:
        catalogued = set(catalog.article_ids())
    except sqlite3.DatabaseError as error:
        report.catalog_damage.append(str(error))
        return None
    report.articles = len(catalogued)
    return catalogued


def search_index_ids(ix) -> set[str]:
    """The article ids in the search index, having read every segment through: stored fields,
    every term's postings (and positions), sortable columns and field lengths.

    Raises DamagedError (or whatever whoosh raises on a damaged file) when something does not read back.
    """
    ids: set[str] = set()
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            live = 0
            for _, stored in leaf.iter_docs():
                ids.add(stored["id"])
                live += 1
            if live != leaf.doc_count():
                raise DamagedError(f"a segment lists {leaf.doc_count()} documents and holds {live}")
            for name in leaf.schema.names():
                if leaf.schema[name].indexed:  # the stored-only `id` has no terms to read
                    _read_field(leaf, name)
    return ids


def _read_field(leaf, name: str) -> None:
    field_type = leaf.schema[name]
    positions = field_type.format.supports("positions") if field_type.format else False
    whole = not leaf.has_deletions()  # postings skip deleted documents; the term's count does not
    for term in leaf.lexicon(name):
        info = leaf.term_info(name, term)  # found again by its key: a damaged key is not
        postings, count = leaf.postings(name, term), 0
        while postings.is_active():
            postings.id()
            postings.weight()
            if positions:
                postings.value_as("positions")
            count += 1
            postings.next()
        if whole and count != info.doc_frequency():
            raise DamagedError(f"the term {term!r} of {name} lists {info.doc_frequency()} documents and holds {count}")
    if leaf.has_column(name):
        list(leaf.column_reader(name))
    if field_type.scorable:
        for docnum in range(leaf.doc_count_all()):
            leaf.doc_field_length(docnum, name)


def _changed(path: str, size: int, mtime_ns: int, digest: str) -> bool:
    """Whether the file's content differs from what was ingested; hashed only when its time moved."""
    stat = os.stat(path)
    if size and stat.st_size != size:  # 0: not known (a page ingested from shards), the hash decides
        return True
    if stat.st_mtime_ns == mtime_ns:
        return False
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, content_hash).hexdigest() != digest


@dataclass(frozen=True, slots=True)
class Stats:
    pages: int
    articles: int
    papers: Counter
    first_date: str | None
    last_date: str | None
    encodings: Counter
    text_bytes: int
    index_bytes: int
    segments: int
    doubtful: list[tuple[str, str, str]]  # (path, encoding, why) of pages whose decoding may be wrong


def stats(root: Path, catalog: Catalog, searcher) -> Stats:
    counts = catalog.counts()
    papers, encodings, first, last = catalog.summary()
    index_bytes = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    segments = len(searcher.reader().leaf_readers()) if hasattr(searcher.reader(), "leaf_readers") else 1
    return Stats(
        counts["pages"], counts["articles"], papers, first, last, encodings, catalog.text_bytes(), index_bytes, segments,
        catalog.doubtful(),
    )
