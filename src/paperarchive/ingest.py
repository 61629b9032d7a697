"""Ingest: files → page records → one commit per batch, to the search index then the catalog.

Per file: stat (skip when size and modification time match the catalog), read,
hash (skip when the content hash matches), decode, clean. That per-file work runs
in worker processes on large ingests; the one writer stays in this process.

Order of writes per batch: the catalog notes the batch's pages as pending, whoosh
commits, then the catalog commits the pages and clears the note. A writer killed
before the last commit leaves its files not marked done, so the next ingest reads
them again; and the next writer of any kind first brings the pending pages'
search documents back in step with the catalog (`recover`), so nothing is lost
or doubled even when a file changed or went away in between.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import stat as stat_mode
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog, PageRecord
from .decode import Decoded, decode
from .errors import EmptyPageError, NotAFileError, NotTextError, PaperarchiveError, TooLargeError
from .inputs import PageFile, Problem, discover, display
from .limits import MAX_PAGE_MB, MAX_SEGMENTS, MERGE_BUDGET_DOCS

_PARALLEL_FROM_BYTES = 4 * 1024 * 1024  # below this, starting workers costs more than it saves
_TASKS_PER_WORKER = 16  # pages cleaned ahead of the writer, per worker: bounds memory

Progress = Callable[[int, int, str], None]  # (bytes done, bytes in all, current path)


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
    pruned: int = 0

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.failed


def page_id(path: str) -> str:
    """A stable short id for the page at an absolute path."""
    return hashlib.blake2b(os.fsencode(path), digest_size=6).hexdigest()


def read_bytes(path: Path, max_mb: float = MAX_PAGE_MB) -> bytes:
    """The file's bytes; a file above the limit is refused before any of it is read.

    Opened without blocking, so a FIFO named *.txt is refused instead of waiting
    forever for a writer; the read stops at the limit even if the file grows.
    """
    limit = int(max_mb * 1024 * 1024)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat_mode.S_ISREG(info.st_mode):
            raise NotAFileError(f"not a regular file: it is {_kind(info.st_mode)}")
        if info.st_size > limit:
            raise _too_large(info.st_size, max_mb)
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_large(len(data), max_mb)
    return data


def _kind(mode: int) -> str:
    if stat_mode.S_ISDIR(mode):
        return "a folder"
    if stat_mode.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat_mode.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _too_large(size: int, max_mb: float) -> TooLargeError:
    return TooLargeError(
        f"{size / 1024 / 1024:.1f} MB is above the {max_mb:g} MB limit for one page",
        "split the file into pages, or raise --max-page-mb",
    )


def content_hash(data: bytes = b""):
    """The hash that tells a changed file from an unchanged one; `check` feeds it files in chunks."""
    return hashlib.blake2b(data, digest_size=16)


def decode_page(data: bytes) -> Decoded:
    decoded = decode(data)
    if not decoded.text.strip():
        raise EmptyPageError("the page is empty" if not data else "the page holds only whitespace")
    return decoded


def record_for(path: str, text: str, encoding: str, replaced: int, size: int, mtime_ns: int, digest: str) -> PageRecord:
    """Clean a page's text (plain, ALTO or hOCR) into the record that is stored and indexed.

    Raises a PaperarchiveError for a page that cannot be read: hostile or broken
    markup, a bad layout file.
    """
    # Imported here: a run over unchanged files never cleans, and need not load the cleaner.
    from .formats import read_blocks
    from .layouts import page_info
    from .pipeline import clean_blocks, clean_text

    info = page_info(path)
    blocks = read_blocks(path, text)
    page = clean_text(text, info) if blocks is None else clean_blocks(blocks, info)
    return PageRecord(
        id=page_id(path),
        path=path,
        size=size,
        mtime_ns=mtime_ns,
        digest=digest,
        encoding=encoding,
        replaced=replaced,
        info=page.info,
        text=text,
        furniture=page.furniture,
        articles=page.articles,
    )


def stored_record(catalog: Catalog, page_id: str) -> PageRecord:
    """A page's record re-cleaned from the text the catalog kept: no file needed."""
    stored = catalog.stored_page(page_id)
    return record_for(
        stored.path, stored.text, stored.encoding, stored.replaced, stored.size, stored.mtime_ns, stored.digest
    )


@dataclass(frozen=True, slots=True)
class _Task:
    path: str  # absolute
    shown: str
    known_digest: str | None
    max_mb: float
    replaces: tuple[str, ...] = ()  # ids of pages read before from poorer sources of this page


@dataclass(frozen=True, slots=True)
class _Unchanged:
    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What reading one file gave: a record, an unchanged file, or a problem (and its kind)."""

    task: _Task
    bytes: int = 0
    record: PageRecord | None = None
    documents: list[dict] | None = None  # the record's search documents, analysed (in a worker)
    unchanged: _Unchanged | None = None
    problem: Problem | None = None
    skipped: bool = False  # the problem is with the content, not with reading the file
    doubt: str = ""  # why the page's encoding may be wrong (`Decoded.doubt`)


def _prepare(task: _Task) -> _Outcome:
    """Read, hash, decode, clean and analyse one file. Runs in worker processes: no shared state."""
    from .index import analyzed_documents

    path = Path(task.path)
    try:
        stat = path.stat()
        data = read_bytes(path, task.max_mb)
    except TooLargeError as error:
        return _Outcome(task, problem=_problem(task, error), skipped=True)
    except NotAFileError as error:
        return _Outcome(task, problem=_problem(task, error))
    except OSError as error:
        return _Outcome(task, problem=Problem(task.shown, error.strerror or str(error)))
    digest = content_hash(data).hexdigest()
    if digest == task.known_digest:
        return _Outcome(task, len(data), unchanged=_Unchanged(task.path, stat.st_size, stat.st_mtime_ns))
    try:
        decoded = decode_page(data)
    except (NotTextError, EmptyPageError) as error:
        return _Outcome(task, len(data), problem=_problem(task, error), skipped=True)
    try:
        record = record_for(
            task.path, decoded.text, decoded.encoding, decoded.replaced, stat.st_size, stat.st_mtime_ns, digest
        )
        documents = analyzed_documents(record)
    except PaperarchiveError as error:  # markup refused or not a page, a bad layout file: the content's fault
        return _Outcome(task, len(data), problem=_problem(task, error), skipped=True)
    except Exception as error:  # a cleaner bug on one page must not cost the rest of the run
        reason = f"internal error while cleaning: {type(error).__name__}: {error} (please report it)"
        return _Outcome(task, len(data), problem=Problem(task.shown, reason))
    return _Outcome(task, len(data), record=record, documents=documents, doubt=decoded.doubt)


def _problem(task: _Task, error: PaperarchiveError) -> Problem:
    return Problem(task.shown, f"{error} ({error.hint})" if error.hint else str(error))


def _ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the writer, which stops them: one message, not one traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Ingest:
    """One ingest run over an open catalog and whoosh index, under the write lock."""

    def __init__(self, catalog: Catalog, ix, progress: Progress | None, max_mb: float, batch_mb: float, workers: int):
        self.catalog, self.ix = catalog, ix
        self.progress = progress
        self.max_mb, self.batch_bytes = max_mb, batch_mb * 1024 * 1024
        self.workers = workers
        self.report = IngestReport()

    def run(self, sources: Iterable[str | Path], prune: bool = False) -> IngestReport:
        started = time.perf_counter()
        found = list(discover(sources))
        files = [item for item in found if isinstance(item, PageFile)]
        self.report.failed += [item for item in found if isinstance(item, Problem)]
        self.report.files = len(files)
        tasks = list(self._tasks(files))
        total = sum(_size(Path(t.path)) for t in tasks)
        self._write_all(self._outcomes(tasks, total), total)
        if prune:
            roots = [os.path.abspath(s) for s in sources if os.path.isdir(s)]
            self.report.pruned = prune_missing(self.catalog, self.ix, roots)
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _tasks(self, files: list[PageFile]) -> Iterator[_Task]:
        """Files to read; a file whose size and modification time match the catalog is skipped unread."""
        for file in files:
            path, absolute = file.path, os.path.abspath(file.path)
            known = self.catalog.page_state(absolute)
            if known:
                try:
                    stat = path.stat()
                except OSError:
                    stat = None
                if stat is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
                    self.report.unchanged += 1
                    continue
            yield _Task(absolute, display(path), known[2] if known else None, self.max_mb, self._stored_ids(file.replaces))

    def _stored_ids(self, paths: Iterable[Path]) -> tuple[str, ...]:
        """The ids of the pages the catalog holds from these files."""
        absolute = [os.path.abspath(path) for path in paths]
        return tuple(page_id(path) for path in absolute if self.catalog.page_state(path))

    def _outcomes(self, tasks: list[_Task], total: int) -> Iterator[_Outcome]:
        if self.workers < 1 or total < _PARALLEL_FROM_BYTES or len(tasks) < 8:
            yield from map(_prepare, tasks)
            return
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        # imap would clean every page ahead of a slower writer and hold them all in
        # memory; feeding it a window at a time keeps that to a few pages per worker.
        window = self.workers * _TASKS_PER_WORKER
        with context.Pool(self.workers, initializer=_ignore_interrupts) as pool:
            for start in range(0, len(tasks), window):
                yield from pool.imap(_prepare, tasks[start : start + window], chunksize=4)

    def _write_all(self, outcomes: Iterator[_Outcome], total: int) -> None:
        """Feed each page to the search-index writer as it arrives; commit every batch."""
        report = self.report
        batch: dict[str, PageRecord] = {}
        touched: list[_Unchanged] = []
        replaced: list[str] = []  # pages of this batch's files read before from poorer sources
        writer = None
        size = done = 0
        try:
            for outcome in outcomes:
                done += outcome.bytes
                report.bytes += outcome.bytes
                if self.progress:
                    self.progress(done, total, outcome.task.shown)
                if outcome.problem:
                    (report.skipped if outcome.skipped else report.failed).append(outcome.problem)
                    continue
                if outcome.unchanged:
                    touched.append(outcome.unchanged)
                    report.unchanged += 1
                    continue
                record = outcome.record
                if record.replaced:
                    report.warnings.append(
                        Problem(
                            outcome.task.shown,
                            f"{record.replaced} byte sequence(s) did not decode as {record.encoding}; kept as U+FFFD",
                        )
                    )
                if outcome.doubt:
                    report.warnings.append(
                        Problem(outcome.task.shown, f"decoded as {record.encoding}, which may be wrong: {outcome.doubt}")
                    )
                report.encodings[record.encoding] += 1
                if record.id in batch:  # the same page again: a writer cannot replace what it added itself
                    self._commit(writer, list(batch.values()), touched, replaced)
                    batch, touched, replaced, size, writer = {}, [], [], 0, None
                writer = writer or self._open_writer()
                for old in (record.id, *outcome.task.replaces):
                    writer.delete_by_term("page", old)
                replaced += outcome.task.replaces
                for doc in outcome.documents:
                    writer.add_document(**doc)
                batch[record.id] = record
                size += record.size
                if size >= self.batch_bytes:
                    self._commit(writer, list(batch.values()), touched, replaced)
                    batch, touched, replaced, size, writer = {}, [], [], 0, None
            self._commit(writer, list(batch.values()), touched, replaced)
        except BaseException:
            if writer is not None and not writer.is_closed:
                writer.cancel()
            raise

    def _open_writer(self):
        from .bulkwrite import open_writer

        return open_writer(self.ix)

    def _commit(self, writer, batch: list[PageRecord], touched: list[_Unchanged], replaced: list[str]) -> None:
        """The search index first (its pages noted pending), then the catalog that marks them done.

        `replaced`: pages that the batch's pages replace, read before from poorer sources
        (ocr.txt before ocr.xml arrived); they go in the same commits as what replaces them.
        """
        if batch:
            self.catalog.mark_pending([r.id for r in batch] + replaced)
            commit_search_index(writer, self.ix)
        if batch or touched:
            with self.catalog.transaction():
                self.catalog.delete_pages(replaced)
                for record in batch:
                    self.catalog.put_page(record)
                for file in touched:
                    self.catalog.touch(file.path, file.size, file.mtime_ns)
                self.catalog.clear_pending()
        self.report.ingested += len(batch)
        self.report.articles += sum(len(r.articles) for r in batch)


def commit_search_index(writer, ix) -> None:
    """Commit a bulk writer's segment; merge small segments when there are many."""
    from .bulkwrite import merge_small_segments

    writer.commit(merge=False)
    merge_small_segments(ix, MAX_SEGMENTS, MERGE_BUDGET_DOCS)


def write_search_index(catalog: Catalog, ix, records: list[PageRecord], removed: Iterable[str] = ()) -> None:
    """Commit pages' new search documents (and drop removed pages'), marked pending until the catalog commits."""
    from .bulkwrite import open_writer
    from .index import replace_pages

    removed = list(removed)
    catalog.mark_pending([r.id for r in records] + removed)
    writer = open_writer(ix)
    try:
        replace_pages(writer, records, removed)
    except BaseException:
        writer.cancel()
        raise
    commit_search_index(writer, ix)


def recover(catalog: Catalog, ix) -> None:
    """Bring the pages an interrupted writer left pending back in step: search documents as the catalog has them.

    Safe to interrupt too: the note stays until the catalog commit at the end.
    """
    pending = catalog.pending()
    if not pending:
        return
    known = catalog.known_pages(pending)
    records = [stored_record(catalog, page_id) for page_id in pending if page_id in known]
    write_search_index(catalog, ix, records, [page_id for page_id in pending if page_id not in known])
    with catalog.transaction():
        for record in records:  # re-cleaned like the search documents, so the two agree
            catalog.put_page(record)
        catalog.clear_pending()


def prune_missing(catalog: Catalog, ix, roots: list[str] | None = None) -> int:
    """Remove the pages (and their articles) whose file is gone; only under `roots` if given."""
    gone = [
        pid
        for pid, path in catalog.page_paths().items()
        if (roots is None or any(path.startswith(root.rstrip(os.sep) + os.sep) for root in roots))
        and _gone(path)
    ]
    if gone:
        write_search_index(catalog, ix, [], gone)
        with catalog.transaction():
            catalog.delete_pages(gone)
            catalog.clear_pending()
    return len(gone)


def _gone(path: str) -> bool:
    """The file no longer exists (a folder that cannot be read now is not proof of that)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return True
    except OSError:
        pass  # cannot look now (permissions, a stale mount): not proof that it is gone
    return False
