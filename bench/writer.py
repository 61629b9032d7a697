#!/usr/bin/env python3
"""CPU seconds per MB of page text of the search-index writer alone: adding a corpus's
analysed documents to one bulk segment, writing it out, and merging four segments of it.

usage: python bench/writer.py [--corpus bench/corpus/S] [--rounds 3]

The pages are cleaned and analysed once (as `bench/stages.py` does), then the writer's
three steps are timed with time.process_time, best of `--rounds`. On a shared machine,
compare two versions by running this in turn for each, a few times.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import stages

from paperarchive.bulkwrite import BulkWriter
from paperarchive.index import open_index


def analysed_documents(pages: list[tuple[str, bytes]]) -> list[dict]:
    """What `stages.run` hands the writer, kept instead of written."""
    documents: list[dict] = []

    class Keep:
        def __init__(self, ix):
            pass

        def add_document(self, **document):
            documents.append(document)

        def commit(self, **_):
            pass

    real, stages.BulkWriter = stages.BulkWriter, Keep
    try:
        stages.run(pages, defaultdict(float))
    finally:
        stages.BulkWriter = real
    return documents


def one_round(documents: list[dict]) -> dict[str, float]:
    times = {}
    folder = Path(tempfile.mkdtemp())
    try:
        writer = BulkWriter(open_index(folder / "one", True))
        start = time.process_time()
        for document in documents:
            writer.add_document(**document)
        times["add_document"] = time.process_time() - start
        start = time.process_time()
        writer.commit(merge=False)
        times["flush and commit"] = time.process_time() - start
        ix = open_index(folder / "four", True)
        quarter = -(-len(documents) // 4)
        for n in range(4):
            writer = BulkWriter(ix)
            for document in documents[n * quarter : (n + 1) * quarter]:
                writer.add_document(**document)
            writer.commit(merge=False)
        writer = BulkWriter(ix)
        start = time.process_time()
        writer.add_segments(ix.storage, ix._segments())
        writer.commit(mergetype=lambda _, current: [])
        times["merge of four segments"] = time.process_time() - start
    finally:
        shutil.rmtree(folder)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus" / "S")
    parser.add_argument("--rounds", type=int, default=3, help="the best of this many rounds is printed")
    args = parser.parse_args()
    pages = [(str(f.resolve()), f.read_bytes()) for f in sorted(args.corpus.rglob("*.txt"))]
    mb = sum(len(data) for _, data in pages) / 2**20
    documents = analysed_documents(pages)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        best = {step: min(best.get(step, seconds), seconds) for step, seconds in one_round(documents).items()}
    print(f"{len(pages)} pages, {mb:.2f} MB, {len(documents)} articles; best of {args.rounds} rounds; CPU s per MB of page text")
    print("| writer step | CPU s/MB |\n|---|---:|")
    for step, seconds in best.items():
        print(f"| {step} | {seconds / mb:.3f} |")


if __name__ == "__main__":
    main()
