#!/usr/bin/env python3
"""CPU seconds per MB of page text for each stage of an ingest, in one process, unprofiled.

usage: python bench/stages.py [--corpus bench/corpus/S] [--rounds 2] [--clean-only]

cProfile doubles the ingest's time and weighs small calls most, so the stages are timed
with time.process_time around each call instead (CPU time: other load on a shared machine
matters less than to wall time; compare two versions back to back, best of a few rounds).
The stages are `formats.read_page`'s and `pipeline.clean_text`'s, then what an ingest worker does with the page
(analysis, the catalog's compression) and the whoosh segment writer.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from paperarchive import pipeline
from paperarchive.blocks import group_lines, page_column
from paperarchive.bulkwrite import BulkWriter
from paperarchive.catalog import PageRecord, _pack_page
from paperarchive.chars import display_width, latin_ratio
from paperarchive.classify import classify, is_standalone_line
from paperarchive.decode import decode
from paperarchive.formats import read_page
from paperarchive.index import analyzed_documents, open_index
from paperarchive.ingest import content_hash
from paperarchive.layouts import page_info
from paperarchive.normalize import normalize
from paperarchive.notices import paid_notices
from paperarchive.pageinfo import info_from_furniture, merge
from paperarchive.repair import repair
from paperarchive.rules import Context
from paperarchive.segment import segment
from paperarchive.writers import _GC_YOUNG


def run(pages: list[tuple[str, bytes]], times: dict[str, float], clean_only: bool = False) -> None:
    def timed(stage, fn, *args, **kwargs):
        start = time.process_time()
        result = fn(*args, **kwargs)
        times[stage] += time.process_time() - start
        return result

    def blocks_of(text):
        raws = text.split("\n")
        lines = [raw.strip().strip("\u3000") for raw in raws]
        widths = [display_width(line) for line in lines]
        column = page_column(lines, widths, raws)
        return group_lines(raws, lines, widths, column, latin_ratio(text) < 0.5, is_standalone_line), column

    analysed = []
    for n, (path, data) in enumerate(pages):
        timed("hash", content_hash, data)
        decoded = timed("decode", decode, data)
        # what `ingest.record_for` asks before cleaning: a text-shaped page's format, and its
        # columns where an engine ran them together (`formats.read_page`)
        read = timed("format (read_page)", read_page, path, decoded.text)
        text = timed("normalize", normalize, read if isinstance(read, str) else decoded.text)
        blocks, column = timed("blocks", blocks_of, text)
        classified, _ = timed("paid notices", paid_notices, timed("classify", classify, blocks, hard_wrapped=column is not None))
        words = "\n".join(line for block in blocks for line in block.lines)
        context = Context(timed("lexicon", pipeline._LEXICON.for_page, words))
        repaired = timed("repair", repair, classified, context, ())
        segmented = timed("segment", segment, repaired.blocks)
        info = merge(timed("page info", page_info, path), timed("page info", info_from_furniture, segmented.furniture))
        if clean_only:
            continue
        record = PageRecord(
            id=f"p{n:06d}", path=path, size=len(data), mtime_ns=0, digest="", encoding=decoded.encoding, replaced=0,
            info=info, text=decoded.text, furniture=tuple(segmented.furniture), articles=tuple(segmented.articles),
        )
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
    for _ in range(args.rounds):
        times: dict[str, float] = defaultdict(float)
        run(pages, times, args.clean_only)
        best = {stage: min(best.get(stage, seconds), seconds) for stage, seconds in times.items()}
    print(f"{len(pages)} pages, {mb:.2f} MB; best of {args.rounds} rounds; CPU s per MB of page text")
    print("| stage | CPU s/MB |\n|---|---:|")
    for stage, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {seconds / mb:.3f} |")
    print(f"| all | {sum(best.values()) / mb:.3f} |")


if __name__ == "__main__":
    main()
