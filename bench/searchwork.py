"""Warm query times and the work behind them, on an index already built.

    python bench/searchwork.py INDEX [--rounds 5] [--profile QUERY] [--count]

The same warm searches as `run.py` (`Archive.search(q, limit=10, count=False)`, the
benchmark's 20 queries, the first round dropped), without an ingest, so a change
to the search path can be measured on a kept index (`run.py --keep`, or any
`paperarchive ingest` of `bench/corpus/<size>`). For each query it also counts the
work that predicts the time at a larger size: postings scored (BM25 evaluations)
and documents the collector saw. `--count` times the searches with the total
(`showing 1–10 of N`), as the CLI prints it; `--profile QUERY` prints a cProfile of
that query's search.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

from run import QUERIES, percentile


class Counted:
    """Counts, while installed: BM25 evaluations (one per posting scored), postings stepped
    through one by one (`next`), documents whose term positions were compared (phrases),
    on the top-N path (`paperarchive.topk`) posting blocks decoded and blocks passed over,
    and block headers read anywhere (whoosh's `W3LeafMatcher._goto`)."""

    def __init__(self):
        self.scored = self.stepped = self.checked = 0
        self.decoded = self.skipped = self.headers = 0

    def reset(self):
        self.scored = self.stepped = self.checked = self.decoded = self.skipped = self.headers = 0
        work = _topk_work()
        if work is not None:
            work.__dict__.clear()

    def read(self) -> list[int]:
        """scored, stepped, checked, decoded, skipped, headers since `reset`."""
        work = _topk_work()
        extra = [getattr(work, name, 0) for name in ("scored", "checked", "decoded", "skipped")] if work else [0] * 4
        return [self.scored + extra[0], self.stepped, self.checked + extra[1], extra[2], extra[3], self.headers]

    def install(self):
        from whoosh.codec.whoosh3 import W3LeafMatcher

        from paperarchive import queries

        original = queries.PaperBM25F.scorer
        step, check, goto = W3LeafMatcher.next, queries._AlignedMatcher._get_spans, W3LeafMatcher._goto
        counter = self

        def read_header(matcher, position):
            counter.headers += 1
            return goto(matcher, position)

        def stepped(matcher):
            counter.stepped += 1
            return step(matcher)

        def checked(matcher):
            counter.checked += 1
            return check(matcher)

        def scorer(model, searcher, fieldname, text, qf=1):
            made = original(model, searcher, fieldname, text, qf)
            score = made.score

            def counted(matcher):
                counter.scored += 1
                return score(matcher)

            made.score = counted
            return made

        queries.PaperBM25F.scorer = scorer
        W3LeafMatcher.next, queries._AlignedMatcher._get_spans = stepped, checked
        W3LeafMatcher._goto = read_header
        # A prefix scores a block's postings in one loop; whoosh's loop scores the same ones, counted.
        plain = getattr(queries, "_plain_bm25", None)
        if plain:
            queries._plain_bm25 = lambda matcher: None

        def uninstall():
            queries.PaperBM25F.scorer = original
            W3LeafMatcher.next, queries._AlignedMatcher._get_spans = step, check
            W3LeafMatcher._goto = goto
            if plain:
                queries._plain_bm25 = plain

        return uninstall


def _rounds(search, queries: list[str], rounds: int) -> tuple[dict, dict]:
    """`run.warm_rounds`, with each search's CPU time beside its wall time (ms; the
    first round dropped): on a shared machine the CPU time is the comparable one."""
    wall: dict[str, list[float]] = {q: [] for q in queries}
    cpu: dict[str, list[float]] = {q: [] for q in queries}
    for round_ in range(rounds):
        for q in queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            search(q)
            if round_:
                wall[q].append((time.perf_counter() - started) * 1000)
                cpu[q].append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _topk_work():
    try:
        from paperarchive import topk
    except ImportError:  # a version before the top-N path
        return None
    return topk.WORK


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--count", action="store_true", help="count every match, as the CLI does")
    parser.add_argument("--profile", metavar="QUERY", help="print a cProfile of this query's warm search")
    args = parser.parse_args(argv)

    from paperarchive.api import Archive

    archive = Archive(args.index)
    queries = [q for q, _ in QUERIES]
    if args.profile:
        archive.search(args.profile, limit=10, count=args.count)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(5):
            archive.search(args.profile, limit=10, count=args.count)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return
    warm, cpu = _rounds(lambda q: archive.search(q, limit=10, count=args.count), queries, args.rounds)
    counter = Counted()
    uninstall = counter.install()
    archive.close()  # searchers made from here on count their scoring
    print("| query | matches | postings scored | postings stepped | phrase checks | blocks decoded (top-N path) | blocks skipped | block headers read | warm median ms | CPU ms, min |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    sums = [0] * 6
    try:
        for q in queries:
            counter.reset()
            archive.search(q, limit=10, count=args.count)
            work = counter.read()
            sums = [a + b for a, b in zip(sums, work)]
            total = archive.search(q, limit=1, snippets=0).total
            print(f"| {q} | {total} | " + " | ".join(map(str, work)) + f" | {statistics.median(warm[q]):.1f} | {min(cpu[q]):.1f} |")
    finally:
        uninstall()
    every = [t for q in queries for t in warm[q]]
    cpus = [t for q in queries for t in cpu[q]]
    print(f"\nCPU p50 {percentile(cpus, 50):.1f} ms, p95 {percentile(cpus, 95):.1f} ms; sum of the queries' least CPU ms:"
          f" {sum(min(cpu[q]) for q in queries):.0f}")
    print(f"warm p50 {percentile(every, 50):.1f} ms, p95 {percentile(every, 95):.1f} ms"
          f" ({'with' if args.count else 'without'} the total); in all: {sums[0]} postings scored,"
          f" {sums[1]} stepped, {sums[2]} phrase checks, {sums[3]} blocks decoded and {sums[4]} skipped on the top-N path, {sums[5]} block headers read")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
