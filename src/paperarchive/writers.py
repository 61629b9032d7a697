"""Worker processes that read, clean and analyse pages and write their own search-index segments.

The work that grows with the text (cleaning, cutting it into terms, building and
writing the postings) runs in the workers, on every core. Each worker adds the
documents of the files it is given to a whoosh segment of its own, in a staging
folder inside the index folder (`.staging-PID`: whoosh's clean-up of unused files
passes over names starting with a dot), and writes the segment out when the ingest
says a batch ends (`FLUSH`). The ingest process only gives pages their ids,
moves the finished segments into the index and publishes them in whoosh's table
of contents, then commits the catalog (`Ingest._write_parallel`).

Segments are merged in the workers too (`Merge`, as `bulkwrite.merge_plan` says, one
merge at a time beside the cleaning of a batch still to come; the merges the last batch
makes due run at the end of the ingest, each split by term range across all the workers,
the first joining the others' ranges): the merged segment is written in the staging folder and published like a batch's, in a
commit of its own that replaces the segments it merged. Until that commit the index
is as it was, so a kill mid-merge loses nothing; a search that opened the old
segments keeps reading them.

A worker's memory is its share of one batch's postings, so `--batch-mb` bounds all
of them together as it bounded the one writer before.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import random
import shutil
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

# A worker allocates a list for every term of every document it analyses, and keeps a
# posting arrays object for every term of its segment: at the collector's default
# threshold (700 allocations) each young collection walks the page's terms again, and
# the analysis spent about a third of its time collecting. None of these objects forms
# a cycle; collecting every 10,000 allocations instead is as cheap as not collecting.
_GC_YOUNG = 10_000
FLUSH = "flush"  # write the segment of the batch so far, and start the next
_STOP = None


class Merge:
    """A task: merge these segments of the index into one, in the staging folder; answered
    with ("merged", batch, worker, segment).

    Or one range of such a merge split across the workers (`bulkwrite.term_splits`): the
    terms from `start` to `stop`. The range that starts with the first term (`start` None,
    `stop` given) copies the documents too, then waits for a `Join` of the other ranges'
    parts; every other range is answered with ("part", batch, worker, part segment)."""

    __slots__ = ("segments", "start", "stop")

    def __init__(self, segments, start=None, stop=None):
        self.segments, self.start, self.stop = segments, start, stop


class Join:
    """A task for the worker merging a split merge's first range: the other ranges' parts, in term order."""

    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts


_STAGING_PREFIX = ".staging-"


def staging_folder(ix) -> Path:
    """A new, empty staging index for this process's workers (the write lock is held).

    Leftovers of a killed ingest are removed first: what they held was never
    published, and the catalog did not mark their files done.
    """
    from whoosh import index as whoosh_index

    whoosh = Path(ix.storage.folder)
    for old in whoosh.glob(_STAGING_PREFIX + "*"):
        shutil.rmtree(old, ignore_errors=True)
    folder = whoosh / f"{_STAGING_PREFIX}{os.getpid()}"
    folder.mkdir()
    whoosh_index.create_in(folder, ix.schema)
    return folder


def move_segment(segment, staging: Path, ix) -> None:
    """Move a finished segment's files from the staging folder into the index (same file system: renames)."""
    from whoosh.filedb.filestore import FileStorage

    target = Path(ix.storage.folder)
    for name in segment.list_files(FileStorage(str(staging))):
        os.replace(staging / name, target / name)


def discard_segment(segment, staging: Path) -> None:
    """Delete a finished segment's files from the staging folder (a merge that came too late)."""
    from whoosh.filedb.filestore import FileStorage

    for name in segment.list_files(FileStorage(str(staging))):
        (staging / name).unlink(missing_ok=True)


def _work(number: int, staging: str, tasks, results) -> None:
    """A worker's loop: each task's outcome goes back as ("page", batch, worker, outcome,
    docnum ranges); FLUSH answers ("flushed", batch, worker, segment or None); a `Merge`,
    ("merged", batch, worker, segment)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the ingest's to handle: it stops the workers
    threading.Thread(target=_orphaned, args=(os.getppid(),), daemon=True).start()
    random.seed()  # forked workers would draw the same segment names from the parent's state
    gc.set_threshold(_GC_YOUNG, *gc.get_threshold()[1:])
    from whoosh import index as whoosh_index
    from whoosh.filedb.filestore import FileStorage

    from .bulkwrite import BulkWriter
    from .ingest import _prepare

    ix = whoosh_index.open_dir(staging)
    index = FileStorage(str(Path(staging).parent))
    writer, batch = None, 0
    try:
        while (message := tasks.get()) is not _STOP:
            if isinstance(message, Merge):  # beside the batch being written, in a writer of its own
                merger = BulkWriter(ix, _lk=False)
                merger.add_segments(index, message.segments, per_doc=message.start is None)
                if message.start is not None:  # a later range of a split merge: its part, for the first to join
                    merger.merge_terms(message.start, message.stop)
                    results.put(("part", batch, number, merger._finalize_segment()))
                    continue
                if message.stop is not None:  # the first range of a split merge, then the others joined
                    merger.merge_terms(None, message.stop)
                    parts = tasks.get().parts
                    merger.append_terms(ix.storage, parts)
                    for part in parts:
                        discard_segment(part, Path(staging))
                results.put(("merged", batch, number, merger._finalize_segment()))
                continue
            if message == FLUSH:
                segment = None
                if writer is not None:
                    segment = writer._finalize_segment()
                results.put(("flushed", batch, number, segment))
                writer, batch = None, batch + 1
                continue
            outcome = _prepare(message)
            ranges = []
            if outcome.records:
                writer = writer or BulkWriter(ix, _lk=False)
                for documents in outcome.documents:
                    start = writer.docnum
                    for doc in documents:
                        writer.add_document(**doc)
                    ranges.append(range(start, writer.docnum))
                outcome = replace(outcome, documents=[])  # written: the ingest needs only the records
            results.put(("page", batch, number, outcome, ranges))
    except BaseException as error:  # a disk full while writing: the ingest reports it as its own
        try:
            pickle.dumps(error)
        except Exception:
            error = RuntimeError(f"{type(error).__name__}: {error}")
        results.put(("error", batch, number, error))


def preload() -> None:
    """Load, before the workers fork, what each of them would otherwise load for itself
    (the cleaner's modules, OpenCC's tables, the English word list): forked, they share
    this process's copy, and the work is done once instead of once per worker."""
    from . import bulkwrite, index, layouts, pipeline  # noqa: F401
    from .analysis import _t2s
    from .rules.lexicon import english_frequencies

    _t2s()
    english_frequencies()


def _orphaned(parent: int) -> None:
    """End the worker when the ingest is gone (kill -9): it would wait for tasks forever,
    holding the index's write lock, which it inherited with the ingest's open files."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


class Workers:
    """The worker processes of one ingest, each with its own task queue (so a FLUSH reaches
    every worker once), and one queue of results."""

    def __init__(self, count: int, staging: Path):
        import multiprocessing

        preload()
        # What the workers inherit (modules, tables) is never garbage: frozen, their
        # collections never walk it (nor write to its pages, which stay shared)
        gc.freeze()
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.results = context.Queue()
        self.tasks = [context.SimpleQueue() for _ in range(count)]
        self.processes = [
            context.Process(target=_work, args=(n, str(staging), self.tasks[n], self.results), daemon=True)
            for n in range(count)
        ]
        for process in self.processes:
            process.start()
        gc.unfreeze()  # this process's own objects are collected as before

    def send(self, worker: int, message) -> None:
        self.tasks[worker].put(message)

    def merge(self, worker: int, segments, start=None, stop=None) -> None:
        self.tasks[worker].put(Merge(segments, start, stop))

    def join(self, worker: int, parts) -> None:
        self.tasks[worker].put(Join(parts))

    def flush(self) -> None:
        for tasks in self.tasks:
            tasks.put(FLUSH)

    def receive(self):
        """The next result; a worker that died (killed, out of memory) is an error, not a wait forever."""
        from .errors import PaperarchiveError

        while True:
            try:
                message = self.results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in self.processes if not p.is_alive()]
                if dead:
                    raise PaperarchiveError(
                        f"a cleaning worker stopped (exit status {dead[0].exitcode})",
                        "run the same command again: what was committed is kept (--workers 0 cleans in one process)",
                    ) from None
                continue
            if message[0] == "error":
                raise message[3]
            return message

    def close(self) -> None:
        for tasks in self.tasks:
            tasks.put(_STOP)
        for process in self.processes:
            process.join()

    def kill(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()
