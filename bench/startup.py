"""What a `paperarchive search` process costs, version against version, on one index.

    python bench/startup.py --index DIR [--runs 9] [--query 重阳 ...] [--extra=--count] [--instructions] NAME=SRC [NAME=SRC ...]

Each SRC is a folder holding a `paperarchive` package (a worktree's src/, or a copy of
another commit's: `git archive COMMIT src | tar -x -C /tmp/x`). Its bytecode is written
first, as pip writes it at install. Every run is a fresh process of this interpreter with
PYTHONPATH=SRC, as the console script runs it (console.main where the version has it,
else cli.main), the versions alternating so that a busy machine slows each alike.
Printed per version and query: CPU seconds (user + system of the child: min and median),
wall seconds (median), modules imported, and `-X importtime`'s self times summed by
where they come from (min per module over the runs: the least the machine made of each).
On a shared machine compare the CPU and the counts, not the wall times. `--instructions`
adds the one measure that no load moves: the instructions each process executes, counted
by valgrind's callgrind (installed with valgrind; some 30 s a process), for an empty
interpreter, for the search path's imports alone, and for the whole search.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict

ENTRY = """import sys
try:
    from paperarchive.console import main
except ImportError:  # a version from before the console entry point
    from paperarchive.cli import main
sys.exit(main())
"""
GROUPS = (
    ("typer+click+rich", ("typer", "click", "rich", "shellingham", "annotated_doc", "annotated_types", "pygments", "markdown_it", "mdurl")),
    ("whoosh", ("whoosh",)),
    ("paperarchive", ("paperarchive",)),
    ("opencc", ("opencc",)),
)
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)")


def group_of(module: str) -> str:
    top = module.split(".")[0]
    return next((name for name, tops in GROUPS if top in tops), "stdlib+other")


def run(src: str, args: list[str], importtime: bool = False) -> tuple[float, float, int, str]:
    """(CPU s, wall s, exit status, stderr) of one process."""
    env = dict(os.environ, PYTHONPATH=src)
    cmd = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", ENTRY, *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, done.returncode, done.stderr


IMPORTS_ONLY = "import paperarchive.api, paperarchive.render, paperarchive.search\ntry:\n    import paperarchive.console\nexcept ImportError:\n    import paperarchive.cli\n"


def instructions(src: str, code: str, args: list[str]) -> int:
    """Instructions executed by one process (callgrind's `I refs`), with hash randomisation fixed."""
    env = dict(os.environ, PYTHONPATH=src, PYTHONHASHSEED="0")
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code, *args]
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(re.search(r"refs:\s+([\d,]+)", done.stderr).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--query", action="append", help="repeatable; default 重阳 and harbor")
    parser.add_argument("--extra", action="append", default=[], help="repeatable: an option added to every search (--count)")
    parser.add_argument("--instructions", action="store_true", help="also count instructions under callgrind")
    parser.add_argument("versions", nargs="+", metavar="NAME=SRC")
    options = parser.parse_args()
    versions = dict(v.split("=", 1) for v in options.versions)
    for src in versions.values():
        compileall.compile_dir(src, quiet=1)
    queries = options.query or ["重阳", "harbor"]
    print(f"load average {os.getloadavg()[0]:.2f} at the start", file=sys.stderr)
    for query in queries:
        args = ["--index", options.index, "search", query, "--limit", "10", *options.extra]
        cpus, walls = defaultdict(list), defaultdict(list)
        selfs: dict[str, dict[str, int]] = defaultdict(dict)
        modules: dict[str, int] = {}
        for _ in range(options.runs):
            for name, src in versions.items():
                cpu, wall, code, _ = run(src, args)
                if code not in (0, 1):
                    raise SystemExit(f"{name}: exit status {code} for {query}")
                cpus[name].append(cpu)
                walls[name].append(wall)
                *_, err = run(src, args, importtime=True)
                seen = {m[3]: int(m[1]) for m in map(IMPORT_LINE.match, err.splitlines()) if m}
                modules[name] = len(seen)
                for module, micros in seen.items():
                    selfs[name][module] = min(micros, selfs[name].get(module, micros))
        print(f"\n{' '.join([query, *options.extra])}  ({options.runs} runs a version, alternating; load average {os.getloadavg()[0]:.2f} at the end)")
        names = list(versions)
        print("| | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names))
        print("| CPU s, min | " + " | ".join(f"{min(cpus[n]):.3f}" for n in names) + " |")
        print("| CPU s, median | " + " | ".join(f"{statistics.median(cpus[n]):.3f}" for n in names) + " |")
        print("| wall s, median | " + " | ".join(f"{statistics.median(walls[n]):.3f}" for n in names) + " |")
        print("| modules imported | " + " | ".join(str(modules[n]) for n in names) + " |")
        groups = [name for name, _ in GROUPS] + ["stdlib+other"]
        for group in groups:
            sums = [sum(us for m, us in selfs[n].items() if group_of(m) == group) / 1000 for n in names]
            print(f"| imports' self ms: {group} | " + " | ".join(f"{s:.1f}" for s in sums) + " |")
        totals = [sum(selfs[n].values()) / 1000 for n in names]
        print("| imports' self ms: all | " + " | ".join(f"{s:.1f}" for s in totals) + " |")
        if options.instructions:
            empty = {n: instructions(versions[n], "pass", []) for n in names}
            imports = {n: instructions(versions[n], IMPORTS_ONLY, []) for n in names}
            whole = {n: instructions(versions[n], ENTRY, args) for n in names}
            print("| instructions (M): interpreter start | " + " | ".join(f"{empty[n] / 1e6:.0f}" for n in names) + " |")
            print("| … the search path's imports | " + " | ".join(f"{(imports[n] - empty[n]) / 1e6:.0f}" for n in names) + " |")
            print("| … the rest (app, parse, search, print) | " + " | ".join(f"{(whole[n] - imports[n]) / 1e6:.0f}" for n in names) + " |")
            print("| … the whole process | " + " | ".join(f"{whole[n] / 1e6:.0f}" for n in names) + " |")


if __name__ == "__main__":
    main()
