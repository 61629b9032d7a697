"""Cleaning past one machine: the cleaner mapped over files on a Dask cluster, into shards.

Cleaning is a pure function of a page, so files are cleaned wherever there is a core:
`clean_to_shards` cuts the file list into batches (one batch, one shard), hands each to
a Dask worker (`shards.clean_files`), and writes the shards here, in file order, as the
results come back. Files are read where they are: workers open the paths themselves,
so every path must be reachable from every worker under the same name (a shared or
network file system, or the same mount on each machine). Shipping the bytes instead
would send each file through this one client twice (out and back); at 20 M pages
that client would be the bottleneck. The results (articles, no page text) come back
here: the client assigns page ids in file order, exactly as a fresh ingest would,
so a page's id does not depend on which worker cleaned it or when.

Without a scheduler the same batches are cleaned here, one after another, and give
the same shards byte for byte. Dask is imported only when a scheduler is given.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PaperarchiveError
from .inputs import Passed, Problem, display
from .limits import MAX_PAGE_MB
from .shards import SUFFIXES, CleanedFile, FileJob, PageIds, clean_files, jobs, write_shard

FILES_PER_SHARD = 500  # a task is a few minutes of one core: long enough to hide scheduling, short enough to balance
_AHEAD_PER_WORKER = 2  # batches queued per worker thread: keeps every core busy, bounds memory here
DASK_HINT = "install the extra: pip install 'paperarchive[dask]'"


@dataclass(slots=True)
class ShardReport:
    files: int = 0
    pages: int = 0
    articles: int = 0
    shards: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)  # read, but not a page
    failed: list[Problem] = field(default_factory=list)  # not read: missing, unreadable, a worker lost
    warnings: list[Problem] = field(default_factory=list)  # cleaned, with damage
    passed: list[Passed] = field(default_factory=list)
    workers: int = 1  # worker threads on the cluster (1: cleaned here)
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.failed


Progress = Callable[[int, int], None]  # (files done, files in all)


def clean_to_shards(
    sources: Iterable[str | Path],
    out: str | Path,
    *,
    scheduler: str | None = None,
    fmt: str = "jsonl",
    files_per_shard: int = FILES_PER_SHARD,
    max_mb: float = MAX_PAGE_MB,
    progress: Progress | None = None,
) -> ShardReport:
    """Clean every page file under `sources` into shards in the folder `out` (new or empty).

    `scheduler`: a Dask scheduler's address (`tcp://host:8786`); None cleans here.
    `fmt`: "jsonl" (one article a line) or "ndjson-bulk" (an OpenSearch `_bulk` body).
    """
    started = time.perf_counter()
    out = Path(out)
    _check_out(out)
    report = ShardReport()
    todo, report.failed, report.passed = jobs(sources, max_mb)
    report.files = len(todo)
    batches = [todo[i : i + files_per_shard] for i in range(0, len(todo), files_per_shard)]
    ids = PageIds()
    done = 0
    with _runner(scheduler) as (run, workers):
        report.workers = workers
        out.mkdir(parents=True, exist_ok=True)  # once the cluster answered
        for number, (batch, cleaned) in enumerate(run(batches)):
            pages = []
            for job, result in zip(batch, cleaned):
                _note(report, result)
                pages += [ids.assign(page, job.id_key) for page in result.pages]
            if pages:
                name = out / f"shard-{number:05d}{SUFFIXES[fmt]}"
                report.articles += write_shard(pages, name, fmt)
                report.pages += len(pages)
                report.shards.append(display(name))
            done += len(batch)
            if progress:
                progress(done, len(todo))
    report.seconds = time.perf_counter() - started
    return report


def _check_out(out: Path) -> None:
    """The shards go to a new or empty folder: shards of an earlier run left beside them would be read as this run's."""
    if out.exists() and not out.is_dir():
        raise PaperarchiveError(f"--out {display(out)} is a file", "give a new or empty folder")
    if out.is_dir() and any(out.iterdir()):
        raise PaperarchiveError(f"--out {display(out)} is not empty", "give a new or empty folder for the shards")


def _note(report: ShardReport, result: CleanedFile) -> None:
    if result.problem:
        (report.skipped if result.skipped else report.failed).append(Problem(result.shown, result.problem))
    report.warnings += [Problem(result.shown, warning) for warning in result.warnings]


Run = Callable[[list[list[FileJob]]], Iterator[tuple[list[FileJob], list[CleanedFile]]]]


class _runner:
    """(run, worker threads): `run` cleans batches here, or on the Dask cluster at `scheduler`,
    and gives each batch's results back in the batches' order."""

    def __init__(self, scheduler: str | None):
        self.scheduler = scheduler
        self.client = None

    def __enter__(self) -> tuple[Run, int]:
        if self.scheduler is None:
            return (lambda batches: ((batch, clean_files(batch)) for batch in batches)), 1
        self.client = _connect(self.scheduler)
        threads = sum(self.client.nthreads().values()) or 1
        return (lambda batches: _on_cluster(self.client, batches, threads)), threads

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()


def _connect(address: str):
    try:
        from dask.distributed import Client
    except ImportError:
        raise PaperarchiveError("--scheduler needs Dask, which is not installed", DASK_HINT) from None
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise PaperarchiveError(
            f"cannot reach the Dask scheduler at {address} ({type(error).__name__}: {error})",
            "start one with `dask scheduler` and workers with `dask worker ADDRESS`, or leave --scheduler out to clean here",
        ) from None


def _on_cluster(client, batches: list[list[FileJob]], threads: int) -> Iterator[tuple[list[FileJob], list[CleanedFile]]]:
    """Each batch's results in order, with a bounded number of batches on the cluster at once.

    A batch whose task fails as a whole (its worker died, twice) fails each of its files with
    the reason, one line each; the other batches are not lost.
    """
    pending = iter(batches)
    running: deque = deque()

    def submit() -> None:
        batch = next(pending, None)
        if batch is not None:
            running.append((batch, client.submit(clean_files, batch, pure=False)))

    for _ in range(threads * _AHEAD_PER_WORKER):
        submit()
    while running:
        batch, future = running.popleft()
        try:
            cleaned = future.result()
        except Exception as error:  # KilledWorker, a worker that cannot import paperarchive …
            reason = f"its batch failed on the cluster: {type(error).__name__}: {error}"
            cleaned = [CleanedFile(job.shown, problem=reason) for job in batch]
        finally:
            future.release()
        submit()
        yield batch, cleaned
