#!/usr/bin/env python3
"""Score the cleaner on every gold file listed in an INDEX.json.

usage: python tests/score_golds.py [DIR ...]     (also: make score)

DIR defaults to tests/gold (pages we tuned on) and tests/holdout, holdout2, holdout3
and holdout4 (pages written by someone who never saw the cleaner; their first-run
scores, the honest check on generality, are in the README). Prints
one line per page, as ../shared/tools/score_clean.py does, and totals per DIR.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIRS = tuple(ROOT / "tests" / name for name in ("gold", "holdout", "holdout2", "holdout3", "holdout4"))
sys.path.insert(0, str(ROOT / "tests"))

import score_clean  # noqa: E402  (the vendored project scorer)

from paperarchive.api import clean_file  # noqa: E402
from paperarchive.errors import PaperarchiveError  # noqa: E402
from paperarchive.render import clean_json  # noqa: E402

_NUMBERS = re.compile(
    r"paragraph F1 (?P<f1>[\d.]+) .*\| titles (?P<titles>\d+)/(?P<titles_of>\d+) \| fields (?P<fields>\d+)/(?P<fields_of>\d+)"
    r" \| headings (?P<headings>\d+)/(?P<headings_of>\d+) \| captions (?P<captions>\d+)/(?P<captions_of>\d+) \| leaks (?P<leaks>\d+)"
)


def pages(gold_dir: Path) -> list[tuple[str, Path, Path]]:
    index = json.loads((gold_dir / "INDEX.json").read_text(encoding="utf-8"))
    return [(name, gold_dir / name, ROOT / page) for name, page in sorted(index.items())]


def score(gold: Path, page: Path) -> tuple[str, dict]:
    """The scorer's line and its numbers for one page."""
    read = clean_file(page)
    cleaned = json.dumps(clean_json(read.path, read.decoded.encoding, read.page), ensure_ascii=False)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        handle.write(cleaned)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score_clean.main([str(gold), handle.name])
    Path(handle.name).unlink()
    line = out.getvalue().strip()
    match = _NUMBERS.search(line)
    numbers = {k: float(v) if k == "f1" else int(v) for k, v in match.groupdict().items()}
    return line, numbers


def main(argv: list[str]) -> int:
    for gold_dir in [Path(a) for a in argv] or GOLD_DIRS:
        print(f"# {gold_dir.relative_to(ROOT) if gold_dir.is_relative_to(ROOT) else gold_dir}")
        totals: dict[str, float] = {}
        listed = pages(gold_dir)
        for name, gold, page in listed:
            try:
                line, numbers = score(gold, page)
            except PaperarchiveError as error:  # a page the cleaner cannot read scores zero
                line, numbers = f"cannot clean: {error}", dict.fromkeys(_NUMBERS.groupindex, 0)
            print(f"{name.removesuffix('.gold.json'):42} {line}")
            for key, value in numbers.items():
                totals[key] = totals.get(key, 0) + value
        n = len(listed)
        print(
            f"{'ALL (' + str(n) + ' pages)':42} mean paragraph F1 {totals['f1'] / n:.3f}"
            f" | titles {totals['titles']:.0f}/{totals['titles_of']:.0f} | fields {totals['fields']:.0f}/{totals['fields_of']:.0f}"
            f" | headings {totals['headings']:.0f}/{totals['headings_of']:.0f}"
            f" | captions {totals['captions']:.0f}/{totals['captions_of']:.0f} | leaks {totals['leaks']:.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
