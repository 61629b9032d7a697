"""Cleaning time per MB as one page grows from 1,000 to 1,000,000 lines: flat is linear.

    .venv/bin/python bench/scaling.py                 # every shape, 1e3 … 1e6 lines (~several min)
    .venv/bin/python bench/scaling.py --sizes 1000,10000 --shapes zh-short

Each page is generated (deterministic): Chinese or English, short lines, with a
blank line between every few lines (paragraphs and column breaks) or none, or
one paragraph (no line ends a sentence). It is
cleaned as `paperarchive clean` does (decode, then `clean_text`), in a child
process of its own, and its CPU time is divided by the page's size.
`largest ÷ smallest` is the largest page's seconds per MB over the smallest's: 1.0
is linear, 10 would mean time grows with the square of the page. `memory MB/MB` is
how much the child's peak memory grew while cleaning the largest page, per MB of
page (each size's growth is printed on stderr).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from paperarchive.decode import decode  # noqa: E402
from paperarchive.pipeline import clean_text  # noqa: E402

MB = 1024 * 1024
_ZH = "重阳节前夕社区举办敬老活动为辖区老人送上祝福和慰问品志愿者们表演节目大家欢聚一堂共度佳节市政府召开常务会议研究部署冬季供暖"
_ZH_END = "，，，，、。"
_EN = "the harbor fleet returned with news of the storm and a record catch for town council members".split()


def page(shape: str, lines: int) -> bytes:
    """A page of `lines` short printed lines; `-blank` shapes put a blank line after every 1–5,
    `-paragraph` shapes end no line with a full stop."""
    rng = random.Random(f"{shape}-{lines}")
    out = []
    for _ in range(lines):
        if shape.startswith("zh"):
            line = "".join(rng.choice(_ZH) for _ in range(rng.randint(2, 8))) + rng.choice(_ZH_END)
        else:
            line = " ".join(rng.choice(_EN) for _ in range(rng.randint(1, 3))) + rng.choice(",,,,.")
        if shape.endswith("paragraph"):  # a justified column that never ends a sentence: one paragraph
            line = "".join(rng.choice(_ZH) for _ in range(11)) + "，" if shape.startswith("zh") else _en_line(rng)
        out.append(line)
        if shape.endswith("blank") and rng.random() < 0.4:
            out.append("")
    return ("\n".join(out) + "\n").encode()


def _en_line(rng: random.Random) -> str:
    words: list[str] = []
    while len(" ".join(words)) < 26:
        words.append(rng.choice(_EN))
    return " ".join(words)[:30] + ","


def measure(data: bytes) -> tuple[float, float]:
    """CPU seconds (not wall-clock: the machine is shared, and waiting for a core is not the
    cleaner's cost) and the growth of peak memory in MB, in a child process of its own."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(_measure_here, data).result()


def _measure_here(data: bytes) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    clean_text(decode(data).text)
    seconds = time.process_time() - start
    return seconds, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="lines a page, comma-separated")
    parser.add_argument("--shapes", default="zh-short,zh-short-blank,zh-paragraph,en-short,en-short-blank,en-paragraph")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    print("| page | " + " | ".join(f"{n:,} lines s/MB" for n in sizes) + " | largest ÷ smallest | memory MB/MB |")
    print("|---|" + "---:|" * (len(sizes) + 2))
    for shape in args.shapes.split(","):
        per_mb, memory = [], []
        for lines in sizes:
            data = page(shape, lines)
            seconds, grown = measure(data)
            per_mb.append(seconds / (len(data) / MB))
            memory.append(grown / (len(data) / MB))
            print(f"  {shape} {lines:,} lines: {len(data) / MB:.2f} MB, {per_mb[-1]:.2f} s/MB, +{grown:.0f} MB", file=sys.stderr)
        cells = " | ".join(f"{s:.2f}" for s in per_mb)
        print(f"| {shape} | {cells} | {per_mb[-1] / per_mb[0]:.1f} | {memory[-1]:.0f} |", flush=True)


if __name__ == "__main__":
    main()
