#!/usr/bin/env python3
"""CPU seconds per MB of page text for each stage of an ingest, in one process, unprofiled.

usage: python bench/stages.py [--corpus bench/corpus/S] [--rounds 2] [--clean-only]

cProfile doubles the ingest's time and weighs small calls most, so the stages are timed
with time.process_time around each call instead (CPU time: other load on a shared machine
matters less than to wall time; compare two versions back to back, best of a few rounds).
The stages are the steps of `ingest.record_for` (`formats.read_page`, then `pipeline.clean_text`'s), each timed
by wrapping the function where record_for and the pipeline look it up, so that the pipeline runs as an ingest runs
it; then what an ingest worker does with the page (analysis, the catalog's compression) and the whoosh segment writer.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from paperarchive import formats, layouts, pipeline
from paperarchive.bulkwrite import BulkWriter
from paperarchive.catalog import _pack_page
from paperarchive.decode import decode
from paperarchive.index import analyzed_documents, open_index
from paperarchive.ingest import content_hash, record_for
from paperarchive.writers import _GC_YOUNG

# The steps of `ingest.record_for` and of the pipeline it runs, timed where those look them up,
# so that the cleaner timed is the pipeline's own path. Blocks are what record_for spends
# outside these (`clean_text`'s lines, widths and grouping, `clean_blocks`' joins).
_STEPS = (
    (layouts, "page_info", "page info"),
    (formats, "read_page", "format (read_page)"),
    (pipeline, "normalize", "normalize"),
    (pipeline, "drop_leading_specks", "misreadings"),
    (pipeline, "dashes_read_as_question_marks", "misreadings"),
    (pipeline, "dun_hao_read_as_grave_accents", "misreadings"),
    (pipeline, "classify", "classify"),
    (pipeline, "paid_notices", "paid notices"),
    (pipeline._LEXICON, "for_page", "lexicon"),
    (pipeline, "repair", "repair"),
    (pipeline, "segment", "segment"),
    (pipeline, "info_from_furniture", "page info"),
    (pipeline, "merge", "page info"),
)


def time_steps(times: dict[str, float]) -> None:
    """Have every step of `_STEPS` add its CPU time to `times[its stage]` (the outermost call only)."""
    inside = []

    def timed(stage, fn):
        def step(*args, **kwargs):
            if inside:
                return fn(*args, **kwargs)
            inside.append(stage)
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                times[stage] += time.process_time() - start
                inside.pop()

        return step

    for owner, name, stage in _STEPS:
        setattr(owner, name, timed(stage, getattr(owner, name)))


def run(pages: list[tuple[str, bytes]], times: dict[str, float], clean_only: bool = False) -> None:
    def timed(stage, fn, *args, **kwargs):
        start = time.process_time()
        result = fn(*args, **kwargs)
        times[stage] += time.process_time() - start
        return result

    analysed = []
    for path, data in pages:
        timed("hash", content_hash, data)
        decoded = timed("decode", decode, data)
        # what an ingest worker does with the page (`ingest.record_for`): the steps time themselves
        start, stepped = time.process_time(), sum(times.values())
        record = record_for(path, decoded.text, decoded.encoding, decoded.replaced, len(data), 0, "")
        times["blocks"] += time.process_time() - start - (sum(times.values()) - stepped)
        if clean_only:
            continue
        analysed.append(timed("analysis", analyzed_documents, record))
        timed("catalog compression", _pack_page, decoded.text, record.articles)
    if clean_only:
        return
    folder = Path(tempfile.mkdtemp())
    try:
        writer = BulkWriter(open_index(folder, True))
        for documents in analysed:
            for document in documents:
                timed("whoosh add_document", writer.add_document, **document)
        timed("whoosh flush and commit", writer.commit, merge=False)
    finally:
        shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus" / "S")
    parser.add_argument("--rounds", type=int, default=2, help="the best of this many rounds is printed")
    parser.add_argument("--clean-only", action="store_true", help="stop after the cleaning stages (decode to page info)")
    args = parser.parse_args()
    gc.set_threshold(_GC_YOUNG, *gc.get_threshold()[1:])  # as an ingest worker collects (`writers._work`)
    pages = [(str(f.resolve()), f.read_bytes()) for f in sorted(args.corpus.rglob("*.txt"))]
    mb = sum(len(data) for _, data in pages) / 2**20
    best: dict[str, float] = {}
    times: dict[str, float] = defaultdict(float)
    time_steps(times)
    for _ in range(args.rounds):
        times.clear()
        run(pages, times, args.clean_only)
        best = {stage: min(best.get(stage, seconds), seconds) for stage, seconds in times.items()}
    print(f"{len(pages)} pages, {mb:.2f} MB; best of {args.rounds} rounds; CPU s per MB of page text")
    print("| stage | CPU s/MB |\n|---|---:|")
    for stage, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {seconds / mb:.3f} |")
    print(f"| all | {sum(best.values()) / mb:.3f} |")


if __name__ == "__main__":
    main()
