"""PDF pages per second: paperarchive's PDF reading beside pdftotext, on the same files.

    python bench/pdf.py [--pages N] [--rounds R]

The file: the newspaper pages drawn by tests/pdf/make_pdfs.py (Chinese, Hong Kong
traditional, English), repeated into one PDF of N pages (default 60) with PDFium. Each
system reads the whole file R times (default 3); the best round counts. Measured:

- paperarchive `split_pages`: every page's text layer with boxes, sizes and fonts, serialized
  (what ingest stores);
- paperarchive `clean`: that, then the blocks in reading order and the cleaning pipeline
  (what ingest indexes), per page;
- pdftotext plain, -layout and -bbox-layout (poppler-utils), one process for the file;
- pdfplumber's characters with sizes and fonts (the pure-Python alternative to PDFium), when installed.
Prints a Markdown table on stdout: wall and CPU time (the fairer one on a shared machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAWN = [ROOT / "tests" / "pdf" / f"{name}.pdf" for name in ("zh_shili_4col", "zht_gangwan_3col", "en_harbor_4col")]


def build(pages: int, out: Path) -> Path:
    import pypdfium2

    target = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(str(path)) for path in DRAWN]
    for n in range(pages):
        target.import_pages(sources[n % len(sources)], [0])
    path = out / f"bench-{pages}.pdf"
    target.save(str(path))
    return path


def best(rounds: int, run) -> tuple[float, float]:
    """The best wall time and the best CPU time (this process and its children) of `rounds` runs:
    on a shared machine the CPU time is the fairer measure."""
    walls, cpus = [], []
    for _ in range(rounds):
        cpu = _cpu()
        start = time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return min(walls), min(cpus)


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from paperarchive.formats import read_blocks, split_pages
    from paperarchive.models import PageInfo
    from paperarchive.pipeline import clean_blocks

    with tempfile.TemporaryDirectory() as tmp:
        path = build(args.pages, Path(tmp))
        data = path.read_bytes()
        rows: list[tuple[str, tuple[float, float]]] = []

        rows.append(("paperarchive split_pages (text layer → stored page)", best(args.rounds, lambda: split_pages(path, data))))

        def clean_all():
            for page in split_pages(path, data):
                clean_blocks(read_blocks(path, page.text), PageInfo())

        rows.append(("paperarchive clean (+ reading order, cleaning)", best(args.rounds, clean_all)))
        if shutil.which("pdftotext"):
            for label, flags in (("pdftotext", []), ("pdftotext -layout", ["-layout"]), ("pdftotext -bbox-layout", ["-bbox-layout"])):
                command = ["pdftotext", *flags, str(path), str(Path(tmp) / "out")]
                rows.append((label, best(args.rounds, lambda command=command: subprocess.run(command, check=True))))
        try:
            import pdfplumber

            def plumber():
                with pdfplumber.open(str(path)) as pdf:
                    for page in pdf.pages:
                        [(c["text"], c["x0"], c["size"], c["fontname"]) for c in page.chars]

            rows.append(("pdfplumber chars with sizes and fonts", best(1, plumber)))
        except ImportError:
            pass

    load = os.getloadavg()[0]
    print(f"{args.pages} pages ({len(data) / 1024 / 1024:.1f} MB), best of {args.rounds} rounds, load average {load:.1f}\n")
    print("| reader | wall s | pages/s (wall) | CPU s | pages/s (CPU) |")
    print("|---|---:|---:|---:|---:|")
    for label, (wall, cpu) in rows:
        print(f"| {label} | {wall:.2f} | {args.pages / wall:.0f} | {cpu:.2f} | {args.pages / cpu:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
