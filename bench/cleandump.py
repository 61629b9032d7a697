#!/usr/bin/env python3
"""Every gold page's `clean --json --explain`, and a corpus's, in one file: to prove a change
to the cleaner changed no output (run before and after, then `cmp` the two files).

    python bench/cleandump.py OUT [FOLDER ...]

OUT gets one line per page: its path, then `render.clean_json` with the fixes (what
`paperarchive clean --json --explain` prints) and the `CleanPage`'s repr (every field, the
removed strings too). The pages are those every `tests/**/INDEX.json` names and every file
under each FOLDER (e.g. bench/corpus/S, sample_issues); a page that cannot be read gives its
error. Prints the page count and the file's SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from paperarchive.api import clean_pages
from paperarchive.errors import PaperarchiveError
from paperarchive.render import clean_json

ROOT = Path(__file__).resolve().parent.parent


def page_files(folders: list[Path]) -> list[Path]:
    named = {
        ROOT / page
        for index in (ROOT / "tests").rglob("INDEX.json")
        for page in json.loads(index.read_text(encoding="utf-8")).values()
    }
    listed = {path for folder in folders for path in folder.rglob("*") if path.is_file()}
    return sorted(named | listed)


def dump_line(path: Path) -> str:
    try:
        results = clean_pages(path)
    except PaperarchiveError as error:
        results = [error]
    parts = []
    for read in results:
        if isinstance(read, PaperarchiveError):
            parts.append(f"error: {read}")
        else:
            parts.append(json.dumps(clean_json(read.path, read.decoded.encoding, read.page, True), ensure_ascii=False))
            parts.append(repr(read.page))
    return "\t".join([str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path), *parts])


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    out, folders = Path(argv[0]), [Path(a).resolve() for a in argv[1:]]
    files = page_files(folders)
    with out.open("w", encoding="utf-8") as handle:
        for path in files:
            handle.write(dump_line(path) + "\n")
    print(f"{len(files)} pages, sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
