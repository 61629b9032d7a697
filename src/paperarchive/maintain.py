"""Looking after an index: rebuild it from the catalog, verify it, describe it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog
from .ingest import Progress, content_hash, stored_record
from .inputs import display
from .limits import BATCH_MB

WHOOSH_DIR, NEW_DIR, OLD_DIR = "whoosh", "whoosh.new", "whoosh.old"


@dataclass(slots=True)
class ReindexReport:
    pages: int = 0
    articles: int = 0


def reindex(root: Path, catalog: Catalog, progress: Progress | None = None) -> ReindexReport:
    """Re-clean every stored page and build a fresh search index beside the old one, then swap.

    The re-cleaned articles go to the catalog in one transaction that commits just
    after the swap, so until then searches see the old index and the old articles
    together; if the rebuild is interrupted, both are as they were and `reindex`
    can simply be run again.
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

    with catalog.transaction():
        for page_id in list(catalog.page_paths()):
            record = stored_record(catalog, page_id)
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

    @property
    def ok(self) -> bool:
        return not (self.not_indexed or self.not_catalogued or self.files_gone or self.files_changed)

    def advice(self) -> list[str]:
        """What to do about each kind of mismatch found."""
        out = []
        if (self.not_indexed or self.not_catalogued) and self.interrupted:
            out.append(
                "an ingest was interrupted: run it again (or `paperarchive prune`) to finish, or `paperarchive reindex`"
            )
        elif self.not_indexed or self.not_catalogued:
            out.append("the search index and the catalog disagree: run `paperarchive reindex`")
        if self.files_changed:
            out.append("files changed since they were ingested: run `paperarchive ingest` on them again")
        if self.files_gone:
            out.append("files are gone (moved or deleted): run `paperarchive prune` to drop their articles")
        return out


def check(catalog: Catalog, searcher) -> CheckReport:
    """Compare the catalog with the search index, and the stored hashes with the files still present."""
    report = CheckReport()
    catalogued = set(catalog.article_ids())
    reader = searcher.reader()
    indexed = {reader.stored_fields(docnum)["id"] for docnum in reader.all_doc_ids()}
    report.articles, report.indexed = len(catalogued), len(indexed)
    report.not_indexed = sorted(catalogued - indexed)
    report.not_catalogued = sorted(indexed - catalogued)
    report.interrupted = bool(catalog.pending())
    for path, size, mtime_ns, digest in catalog.file_states():
        report.pages += 1
        try:
            changed = _changed(path, size, mtime_ns, digest)
        except FileNotFoundError:
            report.files_gone.append(display(path))
            continue
        except OSError:
            continue  # unreadable now; not a mismatch we can judge
        if changed:
            report.files_changed.append(display(path))
    return report


def _changed(path: str, size: int, mtime_ns: int, digest: str) -> bool:
    """Whether the file's content differs from what was ingested; hashed only when its time moved."""
    stat = os.stat(path)
    if stat.st_size != size:
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


def stats(root: Path, catalog: Catalog, searcher) -> Stats:
    counts = catalog.counts()
    papers, encodings, first, last = catalog.summary()
    index_bytes = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    segments = len(searcher.reader().leaf_readers()) if hasattr(searcher.reader(), "leaf_readers") else 1
    return Stats(
        counts["pages"], counts["articles"], papers, first, last, encodings, catalog.text_bytes(), index_bytes, segments
    )
