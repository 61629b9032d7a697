"""Pages cleaned per core-second: `clean --out` here, and on a Dask LocalCluster.

    python bench/cluster.py [--size S|M] [--workers 2]

Cleaning is what a cluster adds cores to, so the number that sizes a cluster is the
CPU time a page takes, not the wall time on a shared machine: this measures the CPU
seconds of the process that cleans (here) and of every worker process (on the
cluster), with the wall time and the load average beside them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from paperarchive.distributed import clean_to_shards  # noqa: E402


def _cpu() -> float:
    return time.process_time()


def measure(source: Path, scheduler: str | None, client=None) -> dict:
    out = Path(tempfile.mkdtemp(prefix="pa-shards-"))
    shutil.rmtree(out)
    cpu_before = sum(client.run(_cpu).values()) if client else _cpu()
    here = _cpu()
    wall = time.perf_counter()
    report = clean_to_shards([source], out, scheduler=scheduler, files_per_shard=50)
    wall = time.perf_counter() - wall
    here = _cpu() - here  # on a cluster: what the client spends numbering pages and writing shards
    cpu = (sum(client.run(_cpu).values()) if client else _cpu()) - cpu_before
    shutil.rmtree(out)
    assert report.complete, (report.skipped, report.failed)
    return {"pages": report.pages, "articles": report.articles, "cpu": cpu, "client": here if client else 0.0, "wall": wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=["S", "M"], default="S")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (default: bench/corpus/<size>)")
    args = parser.parse_args()
    source = args.corpus or HERE / "corpus" / args.size
    if not source.is_dir():
        corpus.main(["--size", args.size, "--out", str(source)])
    mb = sum(p.stat().st_size for p in source.rglob("*.txt")) / 1024 / 1024
    print(f"corpus {source} ({mb:.1f} MB); load average before {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores")
    rows = [("here, one process", measure(source, None))]
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.run(lambda: __import__("paperarchive.pipeline"))  # imports are not cleaning
            rows.append((f"LocalCluster, {args.workers} worker processes", measure(source, cluster.scheduler_address, client)))
    print(f"load average after {os.getloadavg()[0]:.2f}")
    print("\n| where | pages | articles | CPU s | pages / CPU s | MB / CPU s | client CPU s | wall s |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['pages']} | {r['articles']} | {r['cpu']:.1f} | {r['pages'] / r['cpu']:.1f}"
            f" | {mb / r['cpu']:.2f} | {r['client']:.2f} | {r['wall']:.1f} |"
        )


if __name__ == "__main__":
    main()
