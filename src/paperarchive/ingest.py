"""Ingest: files → page records → one commit per batch, to the search index then the catalog.

Per file: stat (skip when size and modification time match the catalog), read,
hash (skip when the content hash matches), decode, clean, analyse. On large ingests
worker processes do that per-file work and write the search-index segments too
(`writers`); this process gives pages their ids and publishes each batch.

Order of writes per batch: the catalog notes the batch's pages as pending, whoosh
commits, then the catalog commits the pages and clears the note. A writer killed
before the last commit leaves its files not marked done, so the next ingest reads
them again; and the next writer of any kind first brings the pending pages'
search documents back in step with the catalog (`recover`), so nothing is lost
or doubled even when a file changed or went away in between.
"""

from __future__ import annotations

import os
import stat as stat_mode
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog, PageRecord
from .errors import EmptyPageError, NotAFileError, PaperarchiveError, PruneRefusedError, TooLargeError
from .formats import unpack
from .inputs import PageFile, Passed, Problem, discover, display
from .limits import MAX_PAGE_MB

try:  # CPython's own BLAKE2: hashlib would load OpenSSL too, which a re-ingest of unchanged files never uses
    from _blake2 import blake2b
except ImportError:
    from hashlib import blake2b

TYPE_CHECKING = False  # `typing` only for annotations
if TYPE_CHECKING:
    from .decode import Decoded

# A file modified this close before it was read has a time that does not prove it unchanged
# later (`recorded_mtime`): 2 s covers the coarsest file system clocks (FAT's 2 s, 1 s on some network mounts).
RACY_NS = 2 * 10**9
_PARALLEL_FROM_BYTES = 512 * 1024  # below this, starting workers costs more than it saves
_PARALLEL_FROM_FILES = 8
# Files handed to a worker ahead of its answers: enough to keep it busy while the ingest
# publishes a batch, few enough that the pages waiting to be stored stay a few MB.
_TASKS_AHEAD = 32
_BYTES_AHEAD = 2 * 1024 * 1024

Progress = Callable[[int, int, str], None]  # (bytes done, bytes in all, current path)


@dataclass(slots=True)
class IngestReport:
    """What an ingest did with every file it found (the summary `render.ingest_summary` prints)."""

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
    pruned: list[str] = field(default_factory=list)  # files gone whose pages `--prune` dropped
    # Files under the folders given that hold no page to read (images, METS, hidden …):
    # counted by reason in the summary, each named with --verbose; never a failure.
    passed: list[Passed] = field(default_factory=list)
    ingested_files: list[str] = field(default_factory=list)  # for --verbose
    unchanged_files: list[str] = field(default_factory=list)  # for --verbose

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.failed


def page_id(path: str, part: int = 0, salt: int = 0) -> str:
    """The id a page is first offered: 48 bits of a hash of its file's path below the folder
    ingested (`Ingest._id_key`; its real path when named alone), and of its part.

    Short enough to type, so two pages may draw the same one (one chance in 16 at ten
    million pages): `assign_id` gives the later page the next free salt instead. Once
    given, an id is kept with the page, so the printed id never changes under it.
    """
    key = os.fsencode(path) + (b"#%d" % part if part else b"") + (b"\x00%d" % salt if salt else b"")
    return blake2b(key, digest_size=6).hexdigest()


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
    return blake2b(data, digest_size=16)


def decode_page(data: bytes) -> Decoded:
    from .decode import decode  # a re-ingest of unchanged files decodes nothing

    decoded = decode(data)
    if not decoded.text.strip():
        raise EmptyPageError("the page is empty" if not data else "the page holds only whitespace")
    return decoded


def record_for(
    path: str,
    text: str,
    encoding: str,
    replaced: int,
    size: int,
    mtime_ns: int,
    digest: str,
    *,
    part: int = 0,
    label: str | None = None,
    known_id: str | None = None,
    aliases: tuple[str, ...] = (),
) -> PageRecord:
    """Clean a page's text (plain text or any format `formats` reads) into the record that is stored and indexed.

    `part` and `label`: the page's place in a file of several pages and the label the file
    gives it; `known_id`: the id the catalog gave the page (else the one it is first offered).
    Raises a PaperarchiveError for a page that cannot be read: hostile or broken
    markup, a bad layout file.
    """
    # Imported here: a run over unchanged files never cleans, and need not load the cleaner.
    from .formats import read_page
    from .layouts import page_info
    from .pipeline import clean_blocks, clean_text

    info = page_info(path)
    if label and not info.page:  # the path's page label wins; else the file's (a PDF's page labels)
        info = info._replace(page=label)
    read = read_page(path, text)
    page = clean_text(read, info) if isinstance(read, str) else clean_blocks(read, info)
    return PageRecord(
        id=known_id or page_id(path, part),
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
        part=part,
        label=label,
        aliases=aliases,
    )


def stored_record(catalog: Catalog, page_id: str) -> PageRecord:
    """A page's record re-cleaned from the text the catalog kept: no file needed."""
    s = catalog.stored_page(page_id)
    if not s.text:  # cleaned elsewhere (`ingest --from-jsonl`): no page as read to clean again
        return s
    record = record_for(
        s.path, s.text, s.encoding, s.replaced, s.size, s.mtime_ns, s.digest,
        part=s.part, label=s.label, known_id=s.id, aliases=s.aliases,
    )
    return record._replace(confidence=s.confidence, doubt=s.doubt)  # how the file was decoded stays known


@dataclass(frozen=True, slots=True)
class _Task:
    """A file to read, with what the catalog holds of it."""

    path: str  # real (absolute, links resolved): one file, one key, however it was reached
    shown: str
    known_digest: str | None
    max_mb: float
    aliases: tuple[str, ...] = ()  # real paths of poorer sources of this page (ocr.txt beside ocr.xml)
    id_key: str = ""  # what its id is first offered from (`page_id`): its path below the folder ingested
    known_ids: tuple[tuple[int, str], ...] = ()  # (part, id) the catalog gave the file's pages: they keep them


@dataclass(frozen=True, slots=True)
class _Unchanged:
    """A file read and found unchanged by its hash: its new size and time, to record."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What reading one file gave: its pages (one, or several for a file that holds
    several), an unchanged file, or a problem (and its kind)."""

    task: _Task
    bytes: int = 0
    records: list[PageRecord] = field(default_factory=list)
    documents: list[list[dict]] = field(default_factory=list)  # each record's search documents, analysed
    unchanged: _Unchanged | None = None
    problem: Problem | None = None
    skipped: bool = False  # the problem is with the content, not with reading the file
    doubt: str = ""  # why the page's encoding may be wrong (`Decoded.doubt`)
    unread: list[Problem] = field(default_factory=list)  # pages of the file left out (a PDF page without text)


@dataclass(slots=True)
class _Batch:
    """What one batch of a parallel ingest publishes in one commit."""

    records: dict[str, PageRecord] = field(default_factory=dict)  # page id → page, to the catalog
    placed: dict[str, tuple[int, range]] = field(default_factory=dict)  # page id → (worker, its documents in that segment)
    dropped: dict[int, list[int]] = field(default_factory=dict)  # worker → documents of its segment to leave out
    rewrite: dict[str, PageRecord] = field(default_factory=dict)  # pages the publisher writes itself (given another id)
    replaces: set[str] = field(default_factory=set)  # pages whose committed documents go
    removed: list[str] = field(default_factory=list)  # pages dropped for good (see `Ingest._commit`)
    touched: list[_Unchanged] = field(default_factory=list)
    segments: dict[int, object] = field(default_factory=dict)  # worker → its segment (None: no pages)


def _prepare(task: _Task) -> _Outcome:
    """Read, hash, decode, clean and analyse one file. Runs in worker processes: no shared state."""
    from .formats import split_pages
    from .index import analyzed_documents

    path = Path(task.path)
    try:
        now = time.time_ns()
        stat = path.stat()
        data = read_bytes(path, _file_limit(path, task.max_mb))
    except TooLargeError as error:
        return _Outcome(task, problem=_problem(task, error), skipped=True)
    except NotAFileError as error:
        return _Outcome(task, problem=_problem(task, error))
    except OSError as error:
        return _Outcome(task, problem=Problem(task.shown, error.strerror or str(error)))
    digest = content_hash(data).hexdigest()
    mtime_ns = recorded_mtime(stat.st_mtime_ns, now)
    if digest == task.known_digest:
        return _Outcome(task, len(data), unchanged=_Unchanged(task.path, stat.st_size, mtime_ns))
    state = (stat.st_size, mtime_ns, digest)
    try:
        data = unpack(data, task.max_mb)  # a gzip'd page is read as what it holds
        parts = split_pages(task.path, data)
        doubt, unread = "", []
        if parts is None:
            decoded = decode_page(data)
            doubt = decoded.doubt
            offered = dict(task.known_ids).get(0) or page_id(task.id_key or task.path)
            record = record_for(task.path, decoded.text, decoded.encoding, decoded.replaced, *state, known_id=offered, aliases=task.aliases)
            records = [record._replace(confidence=decoded.confidence, doubt=decoded.doubt)]
        else:
            records, unread = _document_records(task, parts, state)
            if not records:
                raise unread[0] if unread else EmptyPageError("none of the file's pages holds text")
        documents = [analyzed_documents(record) for record in records]
    except PaperarchiveError as error:  # not text, markup refused, a bad layout file: the content's fault
        return _Outcome(task, len(data), problem=_problem(task, error), skipped=True)
    except Exception as error:  # a cleaner bug on one page must not cost the rest of the run
        reason = f"internal error while cleaning: {type(error).__name__}: {error} (please report it)"
        return _Outcome(task, len(data), problem=Problem(task.shown, reason))
    return _Outcome(task, len(data), records=records, documents=documents, doubt=doubt, unread=[_problem(task, e) for e in unread])


def recorded_mtime(mtime_ns: int, read_at_ns: int) -> int:
    """The modification time to record for a file read at `read_at_ns` (taken before its stat):
    0, "not to be trusted", when the file was modified less than `RACY_NS` before. Such a
    file could be written again within the same tick of the file system's clock, after it
    was read, and keep both its size and its time; its next ingest hashes it instead (git's
    "racily clean" entries, the same rule). `touch`-ing a file's time back after editing it
    in place is not caught: the size and time say unchanged, as they do to rsync's quick check.

    >>> recorded_mtime(10**18, 10**18 + 5 * 10**9), recorded_mtime(10**18, 10**18 + 10**9)
    (1000000000000000000, 0)
    """
    return 0 if read_at_ns - mtime_ns < RACY_NS else mtime_ns


def _file_limit(path: Path, max_mb: float) -> float:
    """The size above which a file is refused unread: a PDF holds a whole issue, a page file one page."""
    if path.suffix.lower() == ".pdf":
        from .formats.pdf import MAX_PDF_MB

        return max(max_mb, MAX_PDF_MB)
    return max_mb


def _document_records(task: _Task, parts, state) -> tuple[list[PageRecord], list[PaperarchiveError]]:
    """The records of a file's pages (a PDF's), and the errors of the pages that cannot be read
    (a page without a text layer): those are left out and named, the rest are kept."""
    records, unread = [], []
    for n, part in enumerate(parts, 1):
        if not part.text.strip():
            continue
        try:
            offered = dict(task.known_ids).get(n) or page_id(task.id_key or task.path, n)
            records.append(
                record_for(task.path, part.text, part.encoding, 0, *state, part=n, label=part.label, known_id=offered, aliases=task.aliases)
            )
        except PaperarchiveError as error:
            unread.append(error)
    return records, unread


def _problem(task: _Task, error: PaperarchiveError) -> Problem:
    return Problem(task.shown, f"{error} ({error.hint})" if error.hint else str(error))


def _real_path(path: Path) -> str:
    """os.path.realpath, looking at each folder once per run: realpath looks at every part of
    the path, and a re-ingest of unchanged files spent more time there than on anything else."""
    absolute = os.path.abspath(path)
    if os.path.islink(absolute):
        return os.path.realpath(absolute)
    folder, name = os.path.split(absolute)
    return os.path.join(_real_folder(folder), name)


_real_folders: dict[str, str] = {}


def _real_folder(folder: str) -> str:
    """The real path of an absolute folder path, from the nearest folder above already resolved
    (a loop, not recursion: trees may be thousands of folders deep)."""
    below: list[str] = []
    while folder not in _real_folders:
        parent, name = os.path.split(folder)
        if not name or os.path.islink(folder):
            _real_folders[folder] = os.path.realpath(folder)
            break
        below.append(name)
        folder = parent
    real = _real_folders[folder]
    for name in reversed(below):
        folder = os.path.join(folder, name)
        real = _real_folders[folder] = os.path.join(real, name)
    return real


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class DeferredIndex:
    """A writing command's whoosh index, opened (by `open`) when first used: a re-ingest of
    unchanged files never uses it, and so neither reads its table of contents nor imports
    whoosh, which was a third of its CPU (bench/RESULTS.md, 2026-12-01, branch perf7)."""

    def __init__(self, open: Callable[[], object]):
        self._open, self._index = open, None

    def __getattr__(self, name: str):
        if self._index is None:
            self._index = self._open()
        return getattr(self._index, name)


class Ingest:
    """One ingest run over an open catalog and whoosh index, under the write lock."""

    def __init__(self, catalog: Catalog, ix, progress: Progress | None, max_mb: float, batch_mb: float, workers: int):
        self.roots: list[str] = []  # the real paths of the folders this run ingests
        self.catalog, self.ix = catalog, ix
        self.progress = progress
        self.max_mb, self.batch_bytes = max_mb, batch_mb * 1024 * 1024
        self.workers = workers
        self.report = IngestReport()
        self.assigned: dict[str, tuple[str, int]] = {}  # page id → (path, part), given in this run

    def run(self, sources: Iterable[str | Path], prune: bool = False) -> IngestReport:
        started = time.perf_counter()
        _real_folders.clear()  # links may have changed since the last run in this process
        sources = list(sources)
        self.roots = [os.path.realpath(s) for s in sources if os.path.isdir(s)]
        found = list(discover(sources))
        files = [item for item in found if isinstance(item, PageFile)]
        self.report.failed += [item for item in found if isinstance(item, Problem)]
        self.report.passed += [item for item in found if isinstance(item, Passed)]
        self.report.files = len(files)
        tasks = list(self._tasks(files))
        total = sum(_size(Path(t.path)) for t in tasks)
        if self._parallel(tasks, total):
            self._write_parallel(tasks, total)
        else:
            self._write_all(self._outcomes(tasks), total)
        roots = [os.path.realpath(s) for s in sources if os.path.isdir(s)]
        if set(roots) - set(self.catalog.roots()):
            with self.catalog.transaction():
                self.catalog.add_roots(roots)  # what `prune` checks is still there before it drops pages
        if prune:
            self.report.pruned = prune_missing(self.catalog, self.ix, roots).gone
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _tasks(self, files: list[PageFile]) -> Iterator[_Task]:
        """Files to read; a file whose size and modification time match the catalog's record is
        skipped unread (see `recorded_mtime` for when the record's time is not trusted)."""
        reals = [file.real or _real_path(file.path) for file in files]
        known_files = self.catalog.known_files(reals)
        for file, real in zip(files, reals, strict=True):
            known = known_files.get(real)
            if known:
                stat = file.stat or _stat(file.path)
                if stat is not None and (known.size, known.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                    self.report.unchanged += 1
                    self.report.unchanged_files.append(display(file.path))
                    continue
            aliases = tuple(os.path.realpath(p) for p in file.replaces)
            known_ids = tuple(known.ids.items()) if known else ()
            yield _Task(real, display(file.path), known.digest if known else None, self.max_mb, aliases, self._id_key(real), known_ids)

    def _id_key(self, real: str) -> str:
        """A page's path below the folder it was ingested from (its real path when named alone):
        the same archive ingested from another place, or a clone of it, offers the same ids."""
        below = [os.path.relpath(real, root) for root in self.roots if real.startswith(root.rstrip(os.sep) + os.sep)]
        return min(below, key=len) if below else real

    def assign_id(
        self, record: PageRecord, documents: list[dict], known: dict[int, str], id_key: str
    ) -> tuple[PageRecord, list[dict]]:
        """The record with its page's id: the one the catalog gave it, else the first free one offered.

        A short id drawn by two pages (see `page_id`) goes to the first; the second gets
        the next salt, so no page ever replaces another because their ids met.
        """
        chosen = self._choose_id(record, known, id_key)
        if chosen == record.id:
            return record, documents
        from .index import analyzed_documents

        record = record._replace(id=chosen)
        return record, analyzed_documents(record)

    def _choose_id(self, record: PageRecord, known: dict[int, str], id_key: str) -> str:
        key = (record.path, record.part)
        chosen = known.get(record.part)
        salt = 0
        while chosen is None:
            candidate = page_id(id_key or record.path, record.part, salt)
            if self.assigned.get(candidate, key) == key and (self.catalog.holder(candidate) or key) == key:
                chosen = candidate
            salt += 1
        self.assigned[chosen] = key
        return chosen

    def _outcomes(self, tasks: list[_Task]) -> Iterator[_Outcome]:
        """Each file read, cleaned and analysed in this process, in order."""
        yield from map(_prepare, tasks)

    def _parallel(self, tasks: list[_Task], total: int) -> bool:
        """Workers that write their own segments, unless the run is too small to pay for starting
        them, or its batches are: each batch makes a segment per worker, and many small
        segments cost more to merge than writing them saved."""
        return (
            self.workers >= 1
            and total >= _PARALLEL_FROM_BYTES
            and self.batch_bytes >= _PARALLEL_FROM_BYTES
            and len(tasks) >= _PARALLEL_FROM_FILES
        )

    def _note(self, outcome: _Outcome) -> bool:
        """Report a file's outcome; True when it has pages to store."""
        report = self.report
        if outcome.problem:
            (report.skipped if outcome.skipped else report.failed).append(outcome.problem)
            return False
        if outcome.unchanged:
            report.unchanged += 1
            report.unchanged_files.append(outcome.task.shown)
            return False
        report.ingested_files.append(outcome.task.shown)
        if outcome.doubt:
            report.warnings.append(
                Problem(outcome.task.shown, f"decoded as {outcome.records[0].encoding}, which may be wrong: {outcome.doubt}")
            )
        report.warnings += outcome.unread
        for record in outcome.records:
            if record.replaced:
                report.warnings.append(
                    Problem(outcome.task.shown, f"{record.replaced} byte sequence(s) did not decode as {record.encoding}; kept as U+FFFD")
                )
            report.encodings[record.encoding] += 1
        return True

    def _stale(self, outcome: _Outcome) -> tuple[dict[int, str], set[str]]:
        """The ids the catalog gave this file's pages (by part), and every page the file replaces
        (its own earlier pages, its poorer sources' pages)."""
        known = self.catalog.ids_of(outcome.task.path)
        stale = set(known.values())
        for alias in outcome.task.aliases:
            stale.update(self.catalog.ids_of(alias).values())
        return known, stale

    def _write_all(self, outcomes: Iterator[_Outcome], total: int) -> None:
        """Feed each file's pages to the search-index writer as they arrive; commit every batch."""
        batch: dict[str, PageRecord] = {}
        touched: list[_Unchanged] = []
        removed: list[str] = []  # pages this batch's files replace: their own old pages, their poorer sources'
        writer = None
        size = done = 0
        try:
            for outcome in outcomes:
                done += outcome.bytes
                self.report.bytes += outcome.bytes
                if self.progress:
                    self.progress(done, total, outcome.task.shown)
                if outcome.unchanged:
                    touched.append(outcome.unchanged)
                if not self._note(outcome):
                    continue
                known, stale = self._stale(outcome)
                pages = [self.assign_id(r, d, known, outcome.task.id_key) for r, d in zip(outcome.records, outcome.documents, strict=True)]
                new_ids = {record.id for record, _ in pages}
                if (new_ids | stale) & batch.keys():  # the same page again: a writer cannot replace what it added itself
                    self._commit(writer, list(batch.values()), touched, removed)
                    batch, touched, removed, size, writer = {}, [], [], 0, None
                writer = writer or self._open_writer()
                for old in stale | new_ids:
                    writer.delete_by_term("page", old)
                removed += sorted(stale - new_ids)
                for record, documents in pages:
                    for doc in documents:
                        writer.add_document(**doc)
                    batch[record.id] = record
                size += outcome.bytes
                if size >= self.batch_bytes:
                    self._commit(writer, list(batch.values()), touched, removed)
                    batch, touched, removed, size, writer = {}, [], [], 0, None
            self._commit(writer, list(batch.values()), touched, removed)
        except BaseException:
            if writer is not None and not writer.is_closed:
                writer.cancel()
            raise

    def _write_parallel(self, tasks: list[_Task], total: int) -> None:
        """Workers read, clean, analyse and write a segment each per batch (`writers`); this
        process gives the pages their ids, publishes each batch's segments, and commits the catalog.

        A batch ends when the files handed out since the last one reach --batch-mb; every
        worker is then told to write its segment, and the batch is published once all
        have answered, while they go on with the next. Batches are published in order.
        """
        from .writers import Workers, staging_folder

        staging = staging_folder(self.ix)
        workers = Workers(self.workers, staging)
        pending = [(task, _size(Path(task.path))) for task in reversed(tasks)]
        in_flight: list[deque[int]] = [deque() for _ in range(self.workers)]  # sizes of files a worker has not answered
        batches: dict[int, _Batch] = {}
        handing = published = 0  # the batch being handed out; the next one to publish
        handed = done = 0
        merging = None  # the segments a worker is merging: id → deleted documents when it began
        try:
            while pending or published < handing:
                while pending:  # a few files ahead of each worker, the least loaded first
                    worker = min(range(self.workers), key=lambda w: sum(in_flight[w]))
                    ahead = in_flight[worker]
                    if len(ahead) >= _TASKS_AHEAD or (ahead and sum(ahead) >= _BYTES_AHEAD):
                        break
                    task, size = pending.pop()
                    workers.send(worker, task)
                    ahead.append(size)
                    handed += size
                    if handed >= self.batch_bytes or not pending:
                        workers.flush()
                        handing, handed = handing + 1, 0
                kind, number, worker, *rest = workers.receive()
                if kind == "merged":
                    self._end_merge(merging, rest[0], staging)
                    merging = None
                    continue
                batch = batches.setdefault(number, _Batch())
                if kind == "flushed":
                    batch.segments[worker] = rest[0]
                    while published in batches and len(batches[published].segments) == self.workers:
                        self._publish(batches.pop(published), staging)
                        published += 1
                    if merging is None and (pending or published < handing):  # beside a batch still to come
                        merging = self._start_merge(workers, min(range(self.workers), key=lambda w: sum(in_flight[w])))
                    continue
                outcome, ranges = rest
                in_flight[worker].popleft()
                done += outcome.bytes
                self.report.bytes += outcome.bytes
                if self.progress:
                    self.progress(done, total, outcome.task.shown)
                if outcome.unchanged:
                    batch.touched.append(outcome.unchanged)
                if self._note(outcome):
                    self._place(batch, worker, outcome, ranges)
            # A merge begun beside the cleaning is finished and published; then each merge the
            # last batches make due (at M the whole archive: 18 % of the ingest's CPU; left to
            # the next writer it left M in four segments, whose term tables alone kept the index
            # above twice the page text, 2.19× against 1.97×, bench/RESULTS.md 2026-12-01).
            # Nothing else is left to do then: each is split by term range across the workers.
            if merging is None:
                merging = self._start_merge(workers, 0, split=True)
            parts = {}
            while merging is not None:
                kind, _, worker, segment = workers.receive()  # nothing else is in flight: a merge's answers
                if kind == "part":  # a later range of a split merge: the first range's worker joins them all
                    parts[worker] = segment
                    if len(parts) == self.workers - 1:
                        workers.join(0, [parts[w] for w in sorted(parts)])
                        parts = {}
                    continue
                self._end_merge(merging, segment, staging)
                merging = self._start_merge(workers, 0, split=True)
            workers.close()
        except BaseException:
            workers.kill()
            raise
        finally:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)

    def _start_merge(self, workers, worker: int, split: bool = False) -> dict[str, int] | None:
        """Have a worker merge the segments `merge_plan` picks, if any; `split`: every worker
        one range of their terms (`bulkwrite.term_splits`), the first range's worker joining
        them into the merged segment, which is published as any merge's."""
        from .bulkwrite import merge_plan, term_splits

        segments = self.ix._segments()
        chosen = [segments[i] for i in merge_plan([s.doc_count() for s in segments])]
        if len(chosen) < 2:
            return None
        if split and self.workers > 1:
            cuts = term_splits(self.ix.storage, self.ix.schema, chosen, self.workers)
            bounds = [None, *cuts, None]
            for n, (start, stop) in enumerate(zip(bounds, bounds[1:])):
                workers.merge(n, chosen, start, stop)
        else:
            workers.merge(worker, chosen)
        return {s.segment_id(): s.deleted_count() for s in chosen}

    def _end_merge(self, merging: dict[str, int], merged, staging: Path) -> None:
        """Publish a worker's merged segment in place of those it merged; unless a commit
        since deleted documents from them (a page replaced again): then it is dropped,
        and the next plan merges them anew."""
        from .writers import discard_segment, move_segment

        current = {s.segment_id(): s.deleted_count() for s in self.ix._segments()}
        if any(current.get(segment_id) != deleted for segment_id, deleted in merging.items()):
            discard_segment(merged, staging)
            return
        move_segment(merged, staging, self.ix)
        self._open_writer().commit(mergetype=lambda _, segments: [s for s in segments if s.segment_id() not in merging] + [merged])

    def _place(self, batch: _Batch, worker: int, outcome: _Outcome, ranges: list[range]) -> None:
        """Give a worker's pages their ids in its batch. The worker wrote each page's documents
        under the id it was offered; a page given another one (its id drawn by another page
        first, rare) has them dropped from the segment and written again by the publisher."""
        known, stale = self._stale(outcome)
        chosen_ids = set()
        for record, docnums in zip(outcome.records, ranges, strict=True):
            chosen = record._replace(id=self._choose_id(record, known, outcome.task.id_key))
            chosen_ids.add(chosen.id)
            if chosen.id in batch.records:  # the same page twice in one batch: the later one stays
                earlier_worker, earlier = batch.placed.pop(chosen.id, (None, range(0)))
                if earlier_worker is not None:
                    batch.dropped.setdefault(earlier_worker, []).extend(earlier)
                batch.rewrite.pop(chosen.id, None)
            if chosen.id == record.id:
                batch.placed[chosen.id] = (worker, docnums)
            else:
                batch.dropped.setdefault(worker, []).extend(docnums)
                batch.rewrite[chosen.id] = chosen
            batch.records[chosen.id] = chosen
            batch.replaces.add(chosen.id)
        batch.replaces |= stale
        batch.removed += sorted(stale - chosen_ids - batch.records.keys())

    def _publish(self, batch: _Batch, staging: Path) -> None:
        """One batch's segments into the index (and the pages they replace out of it), then the catalog."""
        from .index import analyzed_documents
        from .writers import move_segment

        writer = None
        segments = [s for s in batch.segments.values() if s is not None]
        if batch.records or batch.removed:
            writer = self._open_writer()
            try:
                for old in sorted(batch.replaces):  # committed documents only: the new segments are not in yet
                    writer.delete_by_term("page", old)
                for record in batch.rewrite.values():
                    for doc in analyzed_documents(record):
                        writer.add_document(**doc)
                for worker, segment in batch.segments.items():
                    if segment is not None:
                        for docnum in batch.dropped.get(worker, ()):
                            segment.delete_document(docnum)
                        move_segment(segment, staging, self.ix)
            except BaseException:
                writer.cancel()
                raise
        removed = [page for page in batch.removed if page not in batch.records]
        self._commit(writer, list(batch.records.values()), batch.touched, removed, segments)

    def _open_writer(self):
        from .bulkwrite import open_writer

        return open_writer(self.ix)

    def _commit(self, writer, batch: list[PageRecord], touched: list[_Unchanged], removed: list[str], segments=()) -> None:
        """The search index first (its pages noted pending), then the catalog that marks them done.

        `removed`: pages that the batch's pages replace (a file that now holds fewer pages,
        ocr.txt's page once ocr.xml arrived); they go in the same commits as what replaces them.
        `segments`: segments the workers wrote, published in the same commit.
        """
        if batch or removed:
            self.catalog.mark_pending([r.id for r in batch] + removed)
            commit_search_index(writer, self.ix, segments)
        if batch or touched:
            with self.catalog.transaction():
                self.catalog.delete_pages(removed)
                for record in batch:
                    self.catalog.put_page(record)
                for file in touched:
                    self.catalog.touch(file.path, file.size, file.mtime_ns)
                self.catalog.clear_pending()
        if (batch or removed) and not segments:  # workers merge their own segments (`_start_merge`)
            from .bulkwrite import merge_small_segments

            merge_small_segments(self.ix)  # after both commits: a kill mid-merge leaves nothing pending
        self.report.ingested += len(batch)
        self.report.articles += sum(len(r.articles) for r in batch)


def commit_search_index(writer, ix, segments=()) -> None:
    """Commit a bulk writer's segment, and segments written by workers."""
    segments = list(segments)
    if segments:
        writer.commit(mergetype=lambda _, current: current + segments)
    else:
        writer.commit(merge=False)


def write_search_index(catalog: Catalog, ix, records: list[PageRecord], removed: Iterable[str] = ()) -> None:
    """Commit pages' new search documents (and drop removed pages'), marked pending until the catalog commits."""
    from .bulkwrite import merge_small_segments, open_writer
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
    merge_small_segments(ix)


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


PRUNE_SHARE = 0.2  # `prune` refuses to drop more than this share of the pages without --force


@dataclass(slots=True)
class PruneReport:
    """What `prune` dropped, or in a dry run would drop."""

    gone: list[str] = field(default_factory=list)  # paths as printed, one per file
    pages: int = 0  # pages dropped (or, in a dry run, that would be)


def prune_missing(
    catalog: Catalog, ix, roots: list[str] | None = None, *, guard: bool = False, dry_run: bool = False
) -> PruneReport:
    """Remove the pages (and their articles) whose file is gone; only under `roots` if given.

    `guard`: refuse (PruneRefusedError) when a folder once given to ingest is gone as a
    whole, or when more than PRUNE_SHARE of the pages would go: an unmounted disk or a
    moved archive looks like deleted files, and a prune then would drop the lot.
    """
    paths = catalog.page_paths()
    under = [
        (pid, path)
        for pid, path in paths.items()
        if roots is None or any(_under(path, root) for root in roots)
    ]
    gone_files: dict[str, bool] = {}
    gone = [pid for pid, path in under if gone_files.setdefault(path, _gone(path))]
    report = PruneReport([display(p) for p, missing in sorted(gone_files.items()) if missing], len(gone))
    if guard and gone and not dry_run:
        _refuse_unsafe_prune(catalog, paths, len(gone))
    if gone and not dry_run:
        write_search_index(catalog, ix, [], gone)
        with catalog.transaction():
            catalog.delete_pages(gone)
            catalog.clear_pending()
    return report


def _refuse_unsafe_prune(catalog: Catalog, paths: dict[str, str], gone: int) -> None:
    hint = "remount or move it back, `paperarchive relocate OLD NEW` if it moved for good, or `paperarchive prune --force`"
    for root in catalog.roots():
        if any(_under(p, root) for p in paths.values()) and _gone(root):
            raise PruneRefusedError(
                f"prune would drop {gone} of {len(paths)} pages: the folder {display(root)} they were ingested from is gone",
                hint,
            )
    if gone > PRUNE_SHARE * len(paths):
        raise PruneRefusedError(
            f"prune would drop {gone} of {len(paths)} pages ({gone / len(paths):.0%}, more than {PRUNE_SHARE:.0%}):"
            " is a disk unmounted or a folder moved?",
            "`paperarchive prune --dry-run` lists them; " + hint,
        )


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _gone(path: str) -> bool:
    """The file no longer exists (a folder that cannot be read now is not proof of that)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return True
    except OSError:
        pass  # cannot look now (permissions, a stale mount): not proof that it is gone
    return False
