"""A re-ingest of unchanged files, version against version: CPU seconds of the whole process.

    python bench/reingest.py --index DIR --corpus CORPUS [--runs 9] NAME=SRC [NAME=SRC ...]

The index must already hold the corpus (any version's ingest of it). Each SRC is a folder
holding a `paperarchive` package (a worktree's src/, or `git archive COMMIT src`); its
bytecode is written first, as pip writes it at install. Every run is a fresh process,
`paperarchive --index DIR ingest CORPUS -q` with PYTHONPATH=SRC, the versions alternating
so that a busy machine slows each alike. Printed per version: CPU seconds (user + system
of the child: least and median), wall seconds (median) and MB/s of the corpus by the least
and the median CPU, and, with --instructions, the instructions one run executes (valgrind's
callgrind: the one measure load does not move).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import ENTRY, instructions  # noqa: E402


def run(src: str, args: list[str]) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=src)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", ENTRY, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{src}: exit {done.returncode}: {done.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("versions", nargs="+", help="NAME=SRC")
    options = parser.parse_args()
    versions = dict(v.split("=", 1) for v in options.versions)
    for src in versions.values():
        compileall.compile_dir(src, quiet=1)
    mb = sum(p.stat().st_size for p in Path(options.corpus).rglob("*") if p.is_file()) / 2**20  # MB as run.py counts them
    args = ["--index", options.index, "ingest", options.corpus, "-q"]
    cpu: dict[str, list[float]] = {n: [] for n in versions}
    wall: dict[str, list[float]] = {n: [] for n in versions}
    for src in versions.values():  # a first run each, not counted: the page cache warmed
        run(src, args)
    for _ in range(options.runs):
        for name, src in versions.items():
            c, w = run(src, args)
            cpu[name].append(c)
            wall[name].append(w)
    load = os.getloadavg()[0]
    print(f"{mb:.1f} MB, {options.runs} runs a version, alternating; load average {load:.2f} at the end")
    names = list(versions)
    print("| | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names))
    rows = [
        ("CPU s, least", lambda n: f"{min(cpu[n]):.3f}"),
        ("CPU s, median", lambda n: f"{statistics.median(cpu[n]):.3f}"),
        ("wall s, median", lambda n: f"{statistics.median(wall[n]):.3f}"),
        ("MB/s by least CPU", lambda n: f"{mb / min(cpu[n]):.0f}"),
        ("MB/s by median CPU", lambda n: f"{mb / statistics.median(cpu[n]):.0f}"),
    ]
    for label, cell in rows:
        print(f"| {label} | " + " | ".join(cell(n) for n in names) + " |")
    if options.instructions:
        counts = {n: instructions(versions[n], ENTRY, args) for n in names}
        print("| instructions (M) | " + " | ".join(f"{counts[n] / 1e6:.0f}" for n in names) + " |")


if __name__ == "__main__":
    main()
