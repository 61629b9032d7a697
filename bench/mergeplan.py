"""What a merge plan rewrites: articles written again by merges, and segments left, counted.

    .venv/bin/python bench/mergeplan.py                      # S, M, L and 2 GB, from empty
    .venv/bin/python bench/mergeplan.py --articles-per-mb 374 --batch-mb 32 --workers 2

A simulation of an ingest's segments, not a timing: every batch adds one segment per
worker of `batch_mb / workers` MB of page text (374 articles a MB at M: 18,692 articles
in 50 MB); after each batch the plan is followed until it asks for nothing. The merges'
cost is the articles they rewrite (a merge costs about 0.9 CPU s per MB of page text
merged, `RESULTS.md`), so "rewritten ÷ data" is the merges' share of an ingest's CPU
in units of a whole-archive rewrite. Two plans: the old one ("every segment bigger than
`factor` times all smaller ones together", factor 2, merged at the end until done) and
`bulkwrite.merge_plan` as it is now, with the ingest's last batch left for the next
writer (`Ingest._write_parallel`), and the same merging that too, for comparison.
The first table merges at once after each batch; the second models time as the ingest
runs it (`timed`: one merge at a time, in a worker that stops cleaning meanwhile; at
the end the running merge is waited for, and the old ingest then ran the rest of its
plan, one merge after another, while the other workers waited).
"""

from __future__ import annotations

import argparse
from functools import partial
from itertools import accumulate

from paperarchive.bulkwrite import merge_plan
from paperarchive.limits import MERGE_FACTOR


def old_plan(sizes: list[int], factor: int = 2) -> list[int]:
    """The plan before 2026-11-30 17:30 (commit 757ed2d's `merge_plan`), kept here to compare."""
    order = sorted(range(len(sizes)), key=lambda i: -sizes[i])
    tail = list(accumulate(sizes[i] for i in reversed(order)))[::-1]
    for rank, i in enumerate(order[:-1]):
        if sizes[i] <= factor * tail[rank + 1]:
            return sorted(order[rank:])
    return []


def simulate(plan, total_mb: float, batch_mb: float, workers: int, per_mb: float, merge_last: bool) -> dict:
    """Segments after each batch of an ingest from empty, merged as `plan` says."""
    segments: list[int] = []
    rewritten = merges = most = 0
    done = 0.0
    while done < total_mb:
        batch = min(batch_mb, total_mb - done)
        done += batch
        segments += [round(batch / workers * per_mb)] * workers
        most = max(most, len(segments))
        if done >= total_mb and not merge_last:
            break
        while len(chosen := plan(segments)) > 1:
            merged = sum(segments[i] for i in chosen)
            segments = [s for i, s in enumerate(segments) if i not in chosen] + [merged]
            rewritten += merged
            merges += 1
    articles = sum(segments)
    return {
        "rewritten ÷ data": rewritten / articles,
        "merges": merges,
        "segments left": len(segments),
        "most segments": most,
        "left": sorted(segments, reverse=True),
    }


CLEAN_S_PER_MB = 2.3  # cleaning, analysis and segment writes, one worker (`stages.py`, idle machine)
MERGE_S_PER_MB = 0.9  # a merge, per MB of page text merged (`indexsize.py --merge-all`)


def timed(plan, total_mb: float, batch_mb: float, workers: int, per_mb: float, merge_last: bool = False) -> dict:
    """A time model of `Ingest._write_parallel`, in CPU seconds of the idle machine: the workers
    clean every batch; after a batch is published (not the last), a merge starts if none runs,
    in one worker, which stops cleaning until it is done; at the end the running merge is
    waited for, the others idle; `merge_last`: then the rest of the plan too, one merge after
    another (the old ingest). Returns the modelled wall seconds and the idle worker-seconds."""
    now, done, rewritten = 0.0, 0.0, 0
    segments: list[int] = []
    merge: tuple[float, list[int], int] | None = None  # (when it ends, segments it takes, merged size)

    def finish():
        chosen, merged = merge[1], merge[2]
        return [s for i, s in enumerate(segments) if i not in chosen] + [merged]

    while done < total_mb:
        batch = min(batch_mb, total_mb - done)
        work = batch * CLEAN_S_PER_MB  # worker-seconds
        if merge and merge[0] > now and workers > 1:
            beside = min(work, (merge[0] - now) * (workers - 1))  # cleaned while the merge runs
            now = now + beside / (workers - 1) + (work - beside) / workers
        elif merge and merge[0] > now:
            now = merge[0] + work
        else:
            now += work / workers
        if merge and merge[0] <= now:
            segments, merge = finish(), None
        done += batch
        segments += [round(batch / workers * per_mb)] * workers  # appended: earlier indexes hold
        if done < total_mb and merge is None and len(chosen := plan(segments)) > 1:
            merged = sum(segments[i] for i in chosen)
            merge = (now + merged / per_mb * MERGE_S_PER_MB, chosen, merged)
            rewritten += merged
    idle = 0.0
    if merge:
        idle = max(merge[0] - now, 0.0) * (workers - 1)
        now = max(now, merge[0])
        segments = finish()
    while merge_last and len(chosen := plan(segments)) > 1:
        merged = sum(segments[i] for i in chosen)
        seconds = merged / per_mb * MERGE_S_PER_MB
        now, idle, rewritten = now + seconds, idle + seconds * (workers - 1), rewritten + merged
        segments = [s for i, s in enumerate(segments) if i not in chosen] + [merged]
    return {"wall": now, "idle": idle, "rewritten ÷ data": rewritten / sum(segments), "segments left": len(segments)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,500,2000", help="archive sizes, MB of page text")
    parser.add_argument("--batch-mb", type=float, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles-per-mb", type=float, default=18692 / 50.0)
    parser.add_argument("--factor", type=int, default=MERGE_FACTOR, help="the tiered plan's factor")
    args = parser.parse_args(argv)
    tiered = partial(merge_plan, factor=args.factor)
    print(f"batch {args.batch_mb:g} MB, {args.workers} workers, {args.articles_per_mb:.0f} articles a MB; MERGE_FACTOR {MERGE_FACTOR}")
    print("| MB | plan | rewritten ÷ data | merges | segments left | most segments | left (articles) |")
    print("|---:|---|---:|---:|---:|---:|---|")
    plans = [
        ("old (factor 2, merged to the end)", old_plan, True),
        (f"tiered (factor {args.factor}), last batch merged", tiered, True),
        (f"tiered (factor {args.factor}), last batch left", tiered, False),
    ]
    for mb in map(float, args.sizes.split(",")):
        for label, plan, last in plans:
            r = simulate(plan, mb, args.batch_mb, args.workers, args.articles_per_mb, last)
            left = ", ".join(map(str, r["left"][:8])) + (" …" if len(r["left"]) > 8 else "")
            print(f"| {mb:g} | {label} | {r['rewritten ÷ data']:.2f} | {r['merges']} | {r['segments left']} | {r['most segments']} | {left} |")
    print(f"\nTime model (one merge at a time, in a worker that stops cleaning; {CLEAN_S_PER_MB} s/MB cleaning, {MERGE_S_PER_MB} s/MB merging):")
    print("| MB | plan | modelled wall s | MB/s | idle worker-s at the end | rewritten ÷ data | segments left |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for mb in map(float, args.sizes.split(",")):
        for label, plan, last in (("old (factor 2), merged to the end", old_plan, True), (f"tiered (factor {args.factor})", tiered, False)):
            r = timed(plan, mb, args.batch_mb, args.workers, args.articles_per_mb, last)
            print(f"| {mb:g} | {label} | {r['wall']:.0f} | {mb / r['wall']:.2f} | {r['idle']:.0f} | {r['rewritten ÷ data']:.2f} | {r['segments left']} |")


if __name__ == "__main__":
    main()
