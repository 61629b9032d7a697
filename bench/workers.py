"""How ingest scales with worker processes: wall time, CPU time, and what 4 and 8 cores would give.

    .venv/bin/python bench/workers.py --size S                 # 0, 1, 2 workers; 4 and 8 simulated
    .venv/bin/python bench/workers.py --size M --workers 1,2 --simulate 4,8 --peers fts5

For each run: `paperarchive --index NEW ingest CORPUS -q --workers N` from empty,
then the same command again on the unchanged corpus (re-ingest). Measured: wall
seconds; CPU seconds of the whole process tree (user + system, from
RUSAGE_CHILDREN, which counts the workers the ingest reaps); the CPU of each
process of the tree, sampled from /proc every 0.1 s (the last sample of a worker
is up to 0.1 s short); the peak memory (PSS of all processes, as bench/run.py);
and the index size over the page text.

**Simulating 4 and 8 cores on a machine with 2.** N workers cannot run at once on
2 cores, so their wall time here says nothing about N cores. What N cores would
give is bounded by the run's critical path: every worker runs its share of the
pages, and the publishing process runs beside them; with one core each, the ingest
takes as long as the busiest process (`max(worker CPU, publisher CPU)`), plus the
start-up before the first page and the last commit, which do not overlap. So the
N-worker configuration runs pinned to ONE core (`taskset -c 0`), where each
process's CPU time is measured without the other engineers' jobs on the second core
competing with it, and the predicted wall time at N cores is that critical path.
The same prediction is made for the measured 2-worker run: its error there says how
far to trust the 4 and 8 figures. It does not model what N cores share (memory
bandwidth, the disk, SQLite's one writer), so it is an upper bound on speed.

Peers (`--peers fts5,whoosh-naive`) are built once, from the first run's catalog,
in the same run (`bench/peers.py`), for the ratios printed at the end. On a shared
machine compare CPU seconds: wall times move with the load average, which is
printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402  (bench/corpus.py)
from run import process_tree  # noqa: E402  (bench/run.py)


@dataclass
class Run:
    label: str
    workers: int
    cpus: str | None
    wall: float = 0.0
    cpu: float = 0.0
    per_process: dict[int, float] = field(default_factory=dict)  # pid → CPU s (the first is the ingest)
    peak_pss_mb: float = 0.0
    reingest_wall: float = 0.0
    reingest_cpu: float = 0.0
    index_mb: float = 0.0

    @property
    def critical_path(self) -> float:
        """The busiest single process's CPU time: the wall time with a core for each process."""
        return max(self.per_process.values(), default=0.0)


def _cpu_and_pss(pid: int) -> tuple[float, float]:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
        with open(f"/proc/{pid}/smaps_rollup") as f:
            pss = next(int(line.split()[1]) for line in f if line.startswith("Pss:")) / 1024
        return cpu, pss
    except (OSError, StopIteration, IndexError, ValueError):
        return -1.0, 0.0


def measure(cmd: list[str], run: Run | None = None) -> tuple[float, float]:
    """(wall s, CPU s of the tree) of a command; with `run`, its per-process CPU and peak PSS too."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while run is not None and proc.poll() is None:
        pss = 0.0
        for pid in process_tree(proc.pid):
            cpu, mb = _cpu_and_pss(pid)
            if cpu >= 0:
                run.per_process[pid] = cpu
                pss += mb
        run.peak_pss_mb = max(run.peak_pss_mb, pss)
        time.sleep(0.1)
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{err.decode(errors='replace')[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def tree_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1024 / 1024


def ingest(cli: str, corpus_dir: Path, work: Path, run: Run, batch_mb: float | None) -> Path:
    index = work / run.label.replace(" ", "-")
    shutil.rmtree(index, ignore_errors=True)
    cmd = [cli, "--index", str(index), "ingest", str(corpus_dir), "-q", "--workers", str(run.workers)]
    if batch_mb:
        cmd += ["--batch-mb", str(batch_mb)]
    pinned = ["taskset", "-c", run.cpus] if run.cpus else []
    run.wall, run.cpu = measure(pinned + cmd, run)
    run.reingest_wall, run.reingest_cpu = measure(pinned + cmd)
    run.index_mb = tree_mb(index)
    return index


def build_peer(name: str, catalog: Path, work: Path) -> tuple[float, float]:
    out = work / f"peer-{name}"
    shutil.rmtree(out, ignore_errors=True)
    if out.exists():
        out.unlink()
    cmd = [sys.executable, str(BENCH / "peers.py"), "build", name, str(catalog), str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = json.loads(done.stdout)["seconds"]
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="S", choices=["S", "M", "L"])
    parser.add_argument("--workers", default="0,1,2", help="worker counts run on all cores")
    parser.add_argument("--simulate", default="4,8", help="worker counts run pinned to one core, to predict N cores")
    parser.add_argument("--peers", default="fts5", help="peers built in the same run (fts5,whoosh-naive; '' for none)")
    parser.add_argument("--batch-mb", type=float, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the indexes in bench/work/workers-SIZE")
    args = parser.parse_args(argv)

    corpus_dir = BENCH / "corpus" / args.size
    if not (corpus_dir / "manifest.json").exists():
        print(f"generating the {args.size} corpus in {corpus_dir} ...", file=sys.stderr)
        corpus.generate(args.size, corpus_dir)
    manifest = json.loads((corpus_dir / "manifest.json").read_text())
    text_mb = manifest["bytes"] / 1024 / 1024
    cli = str(Path(sys.executable).with_name("paperarchive"))
    work = BENCH / "work" / f"workers-{args.size}" if args.keep else Path(tempfile.mkdtemp(prefix="pa-workers-"))
    work.mkdir(parents=True, exist_ok=True)

    runs = [Run(f"{n} workers", n, None) for n in map(int, filter(None, args.workers.split(",")))]
    runs += [Run(f"{n} workers on 1 core", n, "0") for n in map(int, filter(None, args.simulate.split(",")))]
    load_before = os.getloadavg()[0]
    print(f"corpus {args.size}: {manifest['pages']} pages, {text_mb:.1f} MB; {os.cpu_count()} cores; load average {load_before:.2f}",
          file=sys.stderr)
    first_index = None
    for run in runs:
        print(f"  {run.label} ...", file=sys.stderr)
        index = ingest(cli, corpus_dir, work, run, args.batch_mb)
        first_index = first_index or index
    peers = {name: build_peer(name, first_index / "catalog.sqlite", work) for name in filter(None, args.peers.split(","))}
    load_after = os.getloadavg()[0]

    print(f"Corpus {args.size}: {manifest['pages']} pages, {text_mb:.1f} MB of page text; {os.cpu_count()} cores; "
          f"load average {load_before:.2f} before, {load_after:.2f} after.\n")
    print("| run | wall s | MB/s | CPU s | CPU s/MB | busiest process CPU s | processes | predicted MB/s, a core each "
          "| peak MB (PSS) | re-ingest MB/s | re-ingest CPU s | index ÷ text |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in runs:
        print(f"| {r.label} | {r.wall:.1f} | {text_mb / r.wall:.2f} | {r.cpu:.1f} | {r.cpu / text_mb:.2f} | "
              f"{r.critical_path:.1f} | {len(r.per_process)} | {text_mb / r.critical_path:.2f} | {r.peak_pss_mb:.0f} | "
              f"{text_mb / r.reingest_wall:.0f} | {r.reingest_cpu:.2f} | {r.index_mb / text_mb:.2f} |")
    by = {r.label: r for r in runs}
    base = by.get("1 workers")
    print()
    if base:
        for r in runs:
            if r is base:
                continue
            measured = base.wall / r.wall
            predicted = base.critical_path / r.critical_path if r.critical_path else 0
            how = "predicted from the critical path" if r.cpus else f"measured; {predicted:.2f}× predicted"
            print(f"- {r.label} ÷ 1 worker: {measured if not r.cpus else predicted:.2f}× ({how})")
    for name, (seconds, cpu) in peers.items():
        print(f"- {name} build (cleaned articles from the catalog, no cleaning): {seconds:.1f} s, "
              f"{text_mb / seconds:.2f} MB/s, {cpu / text_mb:.2f} CPU s/MB;"
              + "".join(f" {r.label}: {r.wall / seconds:.1f}× its time" for r in runs if not r.cpus))
    print("\nPredicted rows: each process's CPU time with the run pinned to one core; the busiest one is the"
          " wall time with a core per process (see bench/workers.py).")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
