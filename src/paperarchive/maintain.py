"""Looking after an index: rebuild it from the catalog, verify it, describe it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog
from .ingest import BATCH_MB, Progress, record_for

WHOOSH_DIR, NEW_DIR, OLD_DIR = "whoosh", "whoosh.new", "whoosh.old"


@dataclass(slots=True)
class ReindexReport:
    pages: int = 0
    articles: int = 0


def reindex(root: Path, catalog: Catalog, progress: Progress | None = None) -> ReindexReport:
    """Re-clean every stored page and build a fresh search index beside the old one, then swap.

    The old index answers searches until the swap; if the rebuild is interrupted,
    the old index is still there and `reindex` can simply be run again.
    """
    from .index import INDEX_VERSION, open_index, replace_pages

    report = ReindexReport()
    shutil.rmtree(root / NEW_DIR, ignore_errors=True)
    ix = open_index(root / NEW_DIR, create=True)
    ids = list(catalog.page_paths())
    batch, size, done = [], 0, 0
    total = catalog.text_bytes()

    def flush() -> None:
        writer = ix.writer()
        replace_pages(writer, batch)
        writer.commit()
        with catalog.transaction():
            for record in batch:
                catalog.put_page(record)
        report.pages += len(batch)
        report.articles += sum(len(r.articles) for r in batch)
        batch.clear()

    for page_id in ids:
        stored = catalog.stored_page(page_id)
        record = record_for(stored.path, stored.text, stored.encoding, stored.replaced, stored.size, stored.mtime_ns, stored.digest)
        batch.append(record)
        size += stored.size
        done += stored.size
        if progress:
            progress(done, total, stored.path)
        if size >= BATCH_MB * 1024 * 1024:
            flush()
            size = 0
    flush()
    ix.close()
    shutil.rmtree(root / OLD_DIR, ignore_errors=True)
    if (root / WHOOSH_DIR).exists():
        os.rename(root / WHOOSH_DIR, root / OLD_DIR)
    os.rename(root / NEW_DIR, root / WHOOSH_DIR)
    shutil.rmtree(root / OLD_DIR, ignore_errors=True)
    with catalog.transaction():
        catalog.set_meta("index_version", INDEX_VERSION)
    return report


@dataclass(slots=True)
class CheckReport:
    pages: int = 0
    articles: int = 0
    indexed: int = 0
    not_indexed: list[str] = field(default_factory=list)  # article ids in the catalog only
    not_catalogued: list[str] = field(default_factory=list)  # article ids in the search index only
    files_gone: list[str] = field(default_factory=list)
    files_changed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.not_indexed or self.not_catalogued or self.files_gone or self.files_changed)

    def advice(self) -> list[str]:
        """What to do about each kind of mismatch found."""
        out = []
        if self.not_indexed or self.not_catalogued:
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
    for path, size, mtime_ns, digest in catalog.file_states():
        report.pages += 1
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            report.files_gone.append(path)
            continue
        except OSError:
            continue  # unreadable now; not a mismatch we can judge
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):
            with open(path, "rb") as handle:
                if hashlib.blake2b(handle.read(), digest_size=16).hexdigest() != digest:
                    report.files_changed.append(path)
    return report


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
