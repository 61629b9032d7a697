"""Cleaned pages as JSON Lines shards: what `clean --out` writes and `ingest --from-jsonl` reads.

A shard line is an article exactly as `export` writes it (`export.FIELDS`), so a shard
loads wherever an export loads (pandas, sqlite-utils, OpenSearch's `_bulk` in the
ndjson-bulk form); `part` and `digest` make a page's lines say everything the catalog
keeps of it but the page as it was read, which stays in the file (see `read_shards`).

Cleaning here is the ingest's cleaning: the same reader, decoder and cleaner
(`ingest.record_for`), the same page ids (`ingest.page_id` of the path below the
folder given), so a page has the same id and articles whichever way it was indexed.
Pure of any cluster: `distributed` maps `clean_files` over the files on Dask.
`CleanedIngest` indexes shards through the ingest's own writer, without cleaning again.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import PageRecord
from .errors import DamagedError, EmptyPageError, NotAFileError, PaperarchiveError, TooLargeError
from .export import FIELDS, page_rows, write_bulk, write_jsonl
from .ingest import Ingest, IngestReport, _Outcome, _Task, _Unchanged
from .inputs import PageFile, Passed, Problem, discover, display
from .models import Article, PageInfo

SUFFIXES = {"jsonl": ".jsonl", "ndjson-bulk": ".ndjson"}
_ARTICLE_ID = re.compile(r"([0-9a-f]{12})-(\d+)")


@dataclass(frozen=True, slots=True)
class FileJob:
    """One file to clean: its real path, as it is printed, and what its id is offered from."""

    path: str
    shown: str
    id_key: str
    max_mb: float


@dataclass(slots=True)
class CleanedFile:
    """What cleaning one file gave: its pages (without the text as read), or why not."""

    shown: str
    pages: list[PageRecord] = field(default_factory=list)
    problem: str | None = None
    skipped: bool = False  # the problem is the content's (not a page, too large), not reading's
    warnings: list[str] = field(default_factory=list)


def jobs(sources: Iterable[str | Path], max_mb: float) -> tuple[list[FileJob], list[Problem], list[Passed]]:
    """The files an ingest of `sources` would read, in the same order, with the ids it would offer."""
    sources = list(sources)
    roots = [os.path.realpath(s) for s in sources if os.path.isdir(s)]
    found = list(discover(sources))
    files = [item for item in found if isinstance(item, PageFile)]
    out = []
    for file in files:
        real = file.real or os.path.realpath(file.path)
        below = [os.path.relpath(real, root) for root in roots if real.startswith(root.rstrip(os.sep) + os.sep)]
        out.append(FileJob(real, display(file.path), min(below, key=len) if below else real, max_mb))
    return out, [i for i in found if isinstance(i, Problem)], [i for i in found if isinstance(i, Passed)]


def clean_files(batch: list[FileJob]) -> list[CleanedFile]:
    """Clean a batch of files: the task a Dask worker runs. Never raises: a file's failure is its own."""
    return [clean_file(job) for job in batch]


def clean_file(job: FileJob) -> CleanedFile:
    """Read, decode and clean one file as `ingest` does; its pages offered the ids an ingest offers."""
    from .formats import split_pages, unpack
    from .formats.pdf import MAX_PDF_MB
    from .ingest import content_hash, decode_page, page_id, read_bytes, record_for

    path = Path(job.path)
    try:
        data = read_bytes(path, max(job.max_mb, MAX_PDF_MB) if path.suffix.lower() == ".pdf" else job.max_mb)
    except (TooLargeError, NotAFileError) as error:
        return CleanedFile(job.shown, problem=_reason(error), skipped=isinstance(error, TooLargeError))
    except OSError as error:
        return CleanedFile(job.shown, problem=error.strerror or str(error))
    digest = content_hash(data).hexdigest()
    warnings: list[str] = []
    try:
        data = unpack(data, job.max_mb)
        parts = split_pages(job.path, data)
        if parts is None:
            decoded = decode_page(data)
            pages = [record_for(job.path, decoded.text, decoded.encoding, decoded.replaced, 0, 0, digest, known_id=page_id(job.id_key))]
            if decoded.doubt:
                warnings.append(f"decoded as {decoded.encoding}, which may be wrong: {decoded.doubt}")
            if decoded.replaced:
                warnings.append(f"{decoded.replaced} byte sequence(s) did not decode as {decoded.encoding}; kept as U+FFFD")
        else:
            pages, unread = [], []
            for n, part in enumerate(parts, 1):
                if not part.text.strip():
                    continue
                try:
                    offered = page_id(job.id_key, n)
                    pages.append(record_for(job.path, part.text, part.encoding, 0, 0, 0, digest, part=n, label=part.label, known_id=offered))
                except PaperarchiveError as error:
                    unread.append(error)
            if not pages:
                raise unread[0] if unread else EmptyPageError("none of the file's pages holds text")
            warnings += [_reason(error) for error in unread]
    except PaperarchiveError as error:
        return CleanedFile(job.shown, problem=_reason(error), skipped=True)
    except Exception as error:  # a cleaner bug on one page must not cost the rest of the run
        return CleanedFile(job.shown, problem=f"internal error while cleaning: {type(error).__name__}: {error} (please report it)")
    # The text as read stays in the file: a shard carries what is searched and shown.
    return CleanedFile(job.shown, [page._replace(text="") for page in pages], warnings=warnings)


def _reason(error: PaperarchiveError) -> str:
    return f"{error} ({error.hint})" if error.hint else str(error)


class PageIds:
    """The ids a fresh ingest of the same files in the same order would give: the one offered,
    else (two pages drew the same 48 bits) the next salt, as `Ingest.assign_id` does."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def assign(self, page: PageRecord, id_key: str) -> PageRecord:
        from .ingest import page_id

        chosen, salt = page.id, 0
        while chosen in self.taken:
            salt += 1
            chosen = page_id(id_key, page.part, salt)
        self.taken.add(chosen)
        return page if chosen == page.id else page._replace(id=chosen)


def write_shard(pages: Iterable[PageRecord], path: Path, fmt: str) -> int:
    """Write one shard whole or not at all (a killed run leaves no half shard); returns its articles."""
    rows = (row for page in pages for row in page_rows(page))
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8", newline="\n") as out:
        n = (write_bulk if fmt == "ndjson-bulk" else write_jsonl)(rows, out)
    os.replace(partial, path)
    return n


# -- reading shards back --------------------------------------------------------------


class ShardError(PaperarchiveError):
    """A shard line that is not an article record."""


@dataclass(frozen=True, slots=True)
class ShardFile:
    """The pages of one file, as consecutive lines of a shard gave them."""

    path: str
    pages: list[PageRecord]
    where: str  # FILE:LINE of its first line, for messages
    bytes: int  # of its lines, for batch sizes


def shard_paths(sources: Iterable[str | Path]) -> list[Path]:
    """Shard files: those named, and the *.jsonl and *.ndjson files in folders named (sorted, not recursive)."""
    out = []
    for source in map(Path, sources):
        if source.is_dir():
            out += sorted(p for p in source.iterdir() if p.suffix in SUFFIXES.values() and p.is_file())
        else:
            out.append(source)
    return out


def read_shards(paths: Iterable[Path]) -> Iterator[ShardFile | Problem]:
    """Every page in the shards, grouped by file (a file's pages are consecutive lines, as
    `clean --out` and `export` write them), and a Problem naming FILE:LINE for each bad line.

    A page with a bad line is left out whole (a page missing an article would be stored as
    complete). Bulk shards' action lines are passed over.
    """
    for path in paths:
        try:
            handle = open(path, encoding="utf-8")
        except OSError as error:
            yield Problem(display(path), error.strerror or str(error))
            continue
        with handle:
            yield from _read_shard(display(path), handle)


def _read_shard(shown: str, lines: Iterable[str]) -> Iterator[ShardFile | Problem]:
    group: list[PageRecord] = []
    start = size = 0
    for item in _pages(shown, lines):
        if isinstance(item, Problem):
            yield item
            continue
        first, nbytes, rows = item
        try:
            record = _page_record(rows)
        except ShardError as error:
            yield Problem(f"{shown}:{first}", str(error))
            continue
        if group and group[-1].path != record.path:
            yield ShardFile(group[0].path, group, f"{shown}:{start}", size)
            group, size = [], 0
        if not group:
            start = first
        group.append(record)
        size += nbytes
    if group:
        yield ShardFile(group[0].path, group, f"{shown}:{start}", size)


def _pages(shown: str, lines: Iterable[str]) -> Iterator[tuple[int, int, list[dict]] | Problem]:
    """(first line, bytes, rows) of each page: its consecutive lines. A page beside a bad line is left out."""
    rows: list[dict] = []
    first = size = n = 0
    broken = False
    try:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = _row(line)
            except ShardError as error:
                yield Problem(f"{shown}:{n}", f"{error} (the page it is part of is left out)")
                broken = True
                continue
            if row is None:  # a bulk action line
                continue
            if rows and _page_of(rows[0]) != _page_of(row):
                if not broken:
                    yield first, size, rows
                rows, broken = [], False
            if not rows:
                first, size = n, 0
            rows.append(row)
            size += len(line)
    except UnicodeDecodeError as error:
        yield Problem(f"{shown}:{n + 1}", f"not UTF-8 ({error.reason}); the rest of the file is left out")
        broken = True
    if rows and not broken:
        yield first, size, rows


def _page_of(row: dict) -> str:
    return row["id"].rsplit("-", 1)[0]


_STRINGS = ("path", "encoding", "digest")
_PAGE_FIELDS = ("paper", "date", "page", "path", "encoding", "part", "digest")


def _row(line: str) -> dict | None:
    """One shard line as an article row; None for a bulk action line; ShardError for anything else."""
    try:
        row = json.loads(line)
    except ValueError as error:
        raise ShardError(f"not JSON ({error})") from None
    if not isinstance(row, dict):
        raise ShardError("not a JSON object")
    if set(row) == {"index"}:
        return None
    missing = [name for name in FIELDS if name not in row]
    if missing:
        raise ShardError(f"not an article record: no {', '.join(missing)} (`paperarchive clean --out` writes them)")
    match = _ARTICLE_ID.fullmatch(row["id"]) if isinstance(row["id"], str) else None
    if not match or row["seq"] != int(match[2]):
        raise ShardError(f"id {row['id']!r} is not <page id>-<seq> with its seq {row['seq']!r}")
    if not all(isinstance(row[name], str) for name in _STRINGS) or not isinstance(row["part"], int):
        raise ShardError("path, encoding and digest must be strings and part a number")
    try:
        row["article"] = Article.from_json(row)
    except (TypeError, KeyError, AttributeError) as error:
        raise ShardError(f"not an article record ({type(error).__name__}: {error})") from None
    return row


def _page_record(rows: list[dict]) -> PageRecord:
    """A page from its rows; ShardError when they are not its articles 1…n, all from one file."""
    first = rows[0]
    page_id = _page_of(first)
    if [row["seq"] for row in rows] != list(range(1, len(rows) + 1)):
        raise ShardError(f"the articles of page {page_id} are not numbered 1 to {len(rows)} in order")
    if any(row[name] != first[name] for row in rows for name in _PAGE_FIELDS):
        raise ShardError(f"the articles of page {page_id} disagree on where it was printed ({', '.join(_PAGE_FIELDS)})")
    return PageRecord(
        id=page_id,
        path=_path(first["path"]),
        size=0,
        mtime_ns=0,
        digest=first["digest"],
        encoding=first["encoding"],
        replaced=0,
        info=PageInfo(first["paper"], first["date"], first["page"]),
        text="",  # not in a shard: the page as read stays in its file
        furniture=(),
        articles=tuple(row["article"] for row in rows),
        part=first["part"],
    )


def _path(shown: str) -> str:
    """A path as `display` printed it back as the path: a name that was not valid UTF-8 has its bytes as \\xNN."""
    if "\\x" not in shown or os.path.lexists(shown):
        return shown
    return os.fsdecode(re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m[1], 16)]), shown.encode("utf-8")))


# -- indexing shards ------------------------------------------------------------------
# An ingest whose files are shard groups: the writer, batches, commits and recovery are
# `ingest.Ingest`'s; only where pages come from and which id they get differ.


class CleanedIngest(Ingest):
    """Pages cleaned elsewhere (`clean --out` shards, `shards.read_shards`): stored and indexed
    with the ids they carry, without cleaning again; a file whose pages are stored as they
    are is unchanged. The page as read is not stored (a shard does not carry it): `reindex`
    keeps these pages' articles, and `show --raw` says so."""

    def run_cleaned(self, files: Iterable) -> IngestReport:
        started = time.perf_counter()
        self.parts_seen: dict[str, dict[int, PageRecord]] = {}
        self._write_all(map(self._cleaned, files), 0)
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _cleaned(self, item: ShardFile | Problem) -> _Outcome:
        from .index import analyzed_documents

        if isinstance(item, Problem):  # a bad shard line: named by FILE:LINE
            return _Outcome(_Task("", item.path, None, 0), problem=item)
        self.report.files += 1
        task = _Task(item.path, item.where, None, 0)
        for record in item.pages:
            key = (record.path, record.part)
            holder = self.assigned.get(record.id) or self.catalog.holder(record.id)
            if holder not in (None, key):
                reason = f"page id {record.id} is held by another page ({display(holder[0])}): ingest the files themselves"
                return _Outcome(task, item.bytes, problem=Problem(item.where, reason))
        pages = self._whole_file(item.pages)
        known = self.catalog.ids_of(item.path).items()
        if {(r.part, r.id) for r in pages} <= known and all(map(self._stored_as, pages)):
            return _Outcome(task, item.bytes, unchanged=_Unchanged(item.path, *self._file_state(pages[0])))
        return _Outcome(task, item.bytes, records=pages, documents=[analyzed_documents(r) for r in pages])

    def _whole_file(self, pages: list[PageRecord]) -> list[PageRecord]:
        """All the pages of a file of several pages seen so far: an export, in page order, may give
        a PDF's pages apart, and what is written for a file replaces all its pages."""
        if not any(r.part for r in pages):
            return pages
        seen = self.parts_seen.setdefault(pages[0].path, {})
        seen.update((r.part, r) for r in pages)
        return [seen[part] for part in sorted(seen)]

    def _stored_as(self, record: PageRecord) -> bool:
        """Whether the catalog holds this page as the shard has it (from a shard, or read from its file)."""
        try:
            stored = self.catalog.stored_page(record.id)
        except DamagedError:
            return False  # stored again from the shard
        return (stored.digest, stored.encoding, stored.info) == (record.digest, record.encoding, record.info) and [
            a.to_json() for a in stored.articles
        ] == [a.to_json() for a in record.articles]

    def _file_state(self, record: PageRecord) -> tuple[int, int]:
        stored = self.catalog.stored_page(record.id)
        return stored.size, stored.mtime_ns

    def assign_id(self, record: PageRecord, documents: list[dict], known: dict[int, str], id_key: str):
        self.assigned[record.id] = (record.path, record.part)  # the shard's id, checked free in `_cleaned`
        return record, documents
