"""Where a fresh ingest's CPU goes, stage by stage, in each of its processes (issue 15 item 1).

    python bench/ingestprofile.py --index DIR --out PROFILES CORPUS     # ingest under cProfile
    python bench/ingestprofile.py --report PROFILES                      # the table

The ingest process and each worker run under cProfile (workers are forked: the profile of
each is written when it stops); every stage is the inclusive CPU time of the functions that
make it (`STAGES`) less the other stages' functions beneath them. cProfile roughly
doubles a run's CPU and weighs small calls most: read the shares, and scale them to an
unprofiled run's CPU seconds.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

# stage → the functions (file suffix, function name) whose inclusive time it is
STAGES = {
    "read + hash": [("ingest.py", "read_bytes"), ("ingest.py", "content_hash")],
    "decode": [("ingest.py", "decode_page")],
    "page info (path)": [("layouts.py", "page_info")],
    "format sniff": [("formats/__init__.py", "read_page"), ("formats/__init__.py", "split_pages"), ("formats/__init__.py", "unpack")],
    "normalize": [("normalize.py", "normalize")],
    "blocks": [("blocks.py", "page_column"), ("blocks.py", "group_lines"), ("chars.py", "display_width"), ("chars.py", "latin_ratio")],
    "classify": [("classify.py", "classify"), ("notices.py", "paid_notices")],
    "lexicon": [("lexicon.py", "for_page")],
    "repair": [("repair.py", "repair")],
    "segment": [("segment.py", "segment")],
    "page info (furniture)": [("pageinfo.py", "info_from_furniture"), ("pageinfo.py", "merge")],
    "analyse": [("index.py", "analyzed_documents")],
    "write (add_document)": [("bulkwrite.py", "add_document")],
    "write (segment flush)": [("writing.py", "_finalize_segment")],
    "merge": [("bulkwrite.py", "add_segments"), ("bulkwrite.py", "_write_merged")],
    "queues (pickling)": [("queues.py", "put"), ("queues.py", "get"), ("queues.py", "_feed"), ("connection.py", "recv_bytes")],
    "catalog": [("catalog.py", "put_page"), ("catalog.py", "link_continuations"), ("catalog.py", "touch"),
                ("catalog.py", "delete_pages"), ("catalog.py", "mark_pending"), ("catalog.py", "known_files")],
    "publish (ids, commit)": [("ingest.py", "_publish"), ("ingest.py", "_place"), ("ingest.py", "_end_merge")],
    "results in (unpickling)": [("writers.py", "receive")],
}


def profile_ingest(index: str, out: Path, corpus: list[str]) -> None:
    from paperarchive import writers
    from paperarchive.console import main

    out.mkdir(parents=True, exist_ok=True)
    work = writers._work

    def profiled_work(*args):
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        try:
            work(*args)
        finally:
            profiler.disable()
            profiler.dump_stats(out / f"worker-{os.getpid()}.prof")

    writers._work = profiled_work
    sys.argv = ["paperarchive", "--index", index, "ingest", *corpus, "-q"]
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    try:
        main()
    except SystemExit:
        pass
    finally:
        profiler.disable()
        profiler.dump_stats(out / "ingest.prof")


def stage_seconds(path: Path) -> tuple[dict[str, float], float]:
    """Per stage, the inclusive CPU seconds of its functions less what other stages' functions
    took beneath them (the innermost stage counts); and the process's total."""
    stats = pstats.Stats(str(path)).stats
    total = max(ct for (_, _, _, ct, _) in stats.values())
    wanted = {(suffix, name): stage for stage, pairs in STAGES.items() for suffix, name in pairs}
    stage_of = {}
    for key in stats:
        file, _line, name = key
        for (suffix, fname), stage in wanted.items():
            if name == fname and file.endswith(suffix):
                stage_of[key] = stage
    seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    for key, stage in stage_of.items():
        seconds[stage] = seconds.get(stage, 0.0) + stats[key][3]
        for caller, timing in stats[key][4].items():  # its time under another stage's function is not that one's
            for outer in _enclosing(caller, stage_of, stats, {key}):
                seconds[stage_of[outer]] -= timing[3]
    return seconds, total


def _enclosing(caller, stage_of, stats, seen: set, depth: int = 0) -> set:
    """The nearest stage functions above `caller` (itself, if it is one)."""
    if caller in stage_of:
        return {caller}
    if depth >= 8 or caller not in stats or caller in seen:
        return set()
    seen.add(caller)
    found = set()
    for up in stats[caller][4]:
        found |= _enclosing(up, stage_of, stats, seen, depth + 1)
    return found


def report(folder: Path) -> None:
    rows = []
    for path in sorted(folder.glob("*.prof")):
        seconds, total = stage_seconds(path)
        rows.append((path.stem, seconds, total))
    stages = list(STAGES) + ["other"]
    print("| stage | " + " | ".join(name for name, _, _ in rows) + " | all | share |")
    print("|---|" + "---:|" * (len(rows) + 2))
    grand = sum(total for *_, total in rows)
    for stage in stages:
        values = [(total - sum(s.values())) if stage == "other" else s.get(stage, 0.0) for _, s, total in rows]
        share = f"{sum(values) / grand:.1%}"
        print(f"| {stage} | " + " | ".join(f"{v:.1f}" for v in values) + f" | {sum(values):.1f} | {share} |")
    print("| process total (profiled s) | " + " | ".join(f"{t:.1f}" for *_, t in rows) + f" | {grand:.1f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*")
    parser.add_argument("--index")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.report:
        report(args.report)
    else:
        profile_ingest(args.index, args.out, args.corpus)


if __name__ == "__main__":
    main()
