#!/usr/bin/env python3
"""CPU seconds per MB of an ingest's merge, alone, and what it writes: to compare two versions.

usage: python bench/mergework.py [--corpus bench/corpus/M] [--every 8] [--rounds 3] [--md5] [--ranges N]

Every `--every`th page of the corpus is cleaned (not timed), written as four segments the way
the workers write theirs (a quarter of the pages each: M's end merge of two batches from two
workers, at a smaller scale), and the four are merged by `BulkWriter.add_segments`, `--rounds`
times; the best round is printed. `--md5` prints each file of the four segments and of the
merged one with its md5 instead: run it under PYTHONHASHSEED=0 at two versions and `diff` the
outputs (segment names are drawn from a seeded generator, the files' order is their kind's).
`--ranges N`: the merge split by term range as the ingest's end merge does (`term_splits`,
`merge_terms`, `append_terms`), its N ranges run one after the other here: the cuts, each
range's CPU and the join's are printed, and what N cores would take (the longest range and the join).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from paperarchive.bulkwrite import BulkWriter, term_splits
from paperarchive.index import analyzed_documents, open_index
from paperarchive.ingest import _prepare, _Task

_PARTS = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus" / "M")
    parser.add_argument("--every", type=int, default=8, help="take every this many pages of the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="the best of this many merges is printed")
    parser.add_argument("--md5", action="store_true", help="print the segments' files and their md5 instead")
    parser.add_argument("--ranges", type=int, default=1, help="split the merge by term range into this many")
    args = parser.parse_args()
    random.seed(7)  # whoosh draws segment names from `random`
    files = sorted(args.corpus.rglob("*.txt"))[:: args.every]
    records = [record for path in files for record in _prepare(_Task(str(path), str(path), None, 50.0)).records]
    mb = sum(record.size for record in records) / 2**20
    folder = Path(tempfile.mkdtemp())
    try:
        ix, storage = open_index(folder, True), FileStorage(str(folder))
        segments = []
        for part in range(_PARTS):
            writer = BulkWriter(ix, _lk=False)
            for record in records[part::_PARTS]:
                for document in analyzed_documents(record):
                    writer.add_document(**document)
            segments.append(writer._finalize_segment())
        best, merged = float("inf"), None
        for _ in range(1 if args.md5 else args.rounds):
            if args.ranges > 1:
                merged, times = _split_merge(ix, storage, segments, args.ranges)
                ranges = " ".join(f"{t / mb:.3f}" for t in times[:-1])
                print(f"ranges {ranges}, join {times[-1] / mb:.3f} CPU s/MB", file=sys.stderr, flush=True)
                best = min(best, max(times[:-1]) + times[-1])
                continue
            start = time.process_time()
            merger = BulkWriter(ix, _lk=False)
            merger.add_segments(storage, segments)
            merged = merger._finalize_segment()
            best = min(best, time.process_time() - start)
        if args.md5:
            for label, segment in [*((f"segment{n}", s) for n, s in enumerate(segments)), ("merged", merged)]:
                for name in sorted(segment.list_files(storage), key=lambda name: name.split(".", 1)[-1]):
                    print(label, name.split(".", 1)[-1], hashlib.md5((folder / name).read_bytes()).hexdigest())
            return
        what = f"in {args.ranges} term ranges (the longest range and the join)" if args.ranges > 1 else "CPU"
        print(f"{len(records)} pages, {mb:.2f} MB in {_PARTS} segments; merge {what}, best of {args.rounds}: {best / mb:.3f} s/MB")
    finally:
        shutil.rmtree(folder)


def _split_merge(ix, storage, segments, count: int):
    """The merge in `count` term ranges, one after the other: the merged segment, and the CPU
    seconds of each range (the first copies the documents too) and of the join."""
    start = time.process_time()
    cuts = term_splits(storage, ix.schema, segments, count)
    print(f"cut at {cuts} in {(time.process_time() - start) * 1000:.0f} ms CPU", file=sys.stderr)
    bounds = [None, *cuts, None]
    times, parts = [], []
    start = time.process_time()
    merger = BulkWriter(ix, _lk=False)
    merger.add_segments(storage, segments)
    merger.merge_terms(None, bounds[1])
    times.append(time.process_time() - start)
    for low, high in zip(bounds[1:-1], bounds[2:]):
        start = time.process_time()
        part = BulkWriter(ix, _lk=False)
        part.add_segments(storage, segments, per_doc=False)
        part.merge_terms(low, high)
        parts.append(part._finalize_segment())
        times.append(time.process_time() - start)
    start = time.process_time()
    merger.append_terms(storage, parts)
    merged = merger._finalize_segment()
    times.append(time.process_time() - start)
    for part in parts:
        for name in part.list_files(storage):
            storage.delete_file(name)
    return merged, times


if __name__ == "__main__":
    main()
