"""What a paperarchive index holds, per field: term table and postings bytes, columns, files.

    .venv/bin/python bench/indexsize.py bench/work/S/paperarchive [--json]
    .venv/bin/python bench/indexsize.py bench/work/M/paperarchive --merge-all   # rewrite it first

`--merge-all` merges every segment into one with the current writer (`bulkwrite`), as an
ingest's merges would, printing the CPU seconds it took: an index kept from an older
version is then measured as this version writes it, without ingesting again.

Reads every segment of the whoosh index through whoosh's own readers and adds up, per
field, the term-table entries (key and term info bytes, postings of rare terms inlined
there), the postings file extents, and, per column (stored fields, field lengths, sort
columns), the column files; then the files by kind and the catalog. The term-table
overhead (the hash table's buckets and pointers) is the .trm files less their entries.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def measure(index: Path) -> dict:
    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.reading import SegmentReader

    from paperarchive.index import open_index

    ix = open_index(index / "whoosh", create=False)
    folder = Path(ix.storage.folder)
    fields: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    segments = ix._segments()
    for segment in segments:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        tindex = reader._terms._tindex
        names = {number: name for name, number in reader._terms._fieldmap.items()}
        for key, value in tindex.items():
            row = fields[names[int.from_bytes(key[:2], "big")]]
            info = W3TermInfo.from_bytes(value)
            row["terms"] += 1
            row["term table bytes"] += len(key) + len(value)
            if info.is_inlined():
                row["inlined terms"] += 1
            else:
                length = info.extent()[1]
                row["postings bytes"] += length[0] if isinstance(length, tuple) else length  # whoosh unpacks it as a tuple
            row["postings"] += info.doc_frequency()
        reader.close()
    files: dict[str, int] = defaultdict(int)
    for path in folder.iterdir():
        if path.is_file():
            if path.suffix == ".col":  # MAIN_<segment id>.<column>.col
                files["column " + path.stem.split(".", 1)[1]] += path.stat().st_size
            else:
                files[path.suffix or path.name] += path.stat().st_size
    catalog = sum(p.stat().st_size for p in index.glob("catalog.sqlite*"))
    entries = sum(row["term table bytes"] for row in fields.values())
    return {
        "segments": len(segments),
        "documents": ix.doc_count_all(),
        "fields": {name: dict(row) for name, row in sorted(fields.items())},
        "files": dict(sorted(files.items())),
        "term table overhead": files.get(".trm", 0) - entries,
        "whoosh": sum(files.values()),
        "catalog": catalog,
    }


def merge_all(index: Path) -> tuple[int, float, float]:
    """(segments before, CPU s, peak RSS MB) of merging every segment of the index into one."""
    import resource
    import time

    from paperarchive.bulkwrite import open_writer
    from paperarchive.index import open_index

    ix = open_index(index / "whoosh", create=False)
    segments = ix._segments()
    start = time.process_time()
    writer = open_writer(ix)
    writer.add_segments(ix.storage, segments)
    writer.commit(mergetype=lambda _, current: [s for s in current if s not in segments])
    return len(segments), time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(result: dict, text_bytes: int | None) -> str:
    mb = 1024 * 1024
    lines = [
        f"{result['segments']} segments, {result['documents']} documents; whoosh {result['whoosh'] / mb:.2f} MB,"
        f" catalog {result['catalog'] / mb:.2f} MB"
        + (f", ÷ page text {(result['whoosh'] + result['catalog']) / text_bytes:.3f}" if text_bytes else ""),
        "",
        "| field | terms | inlined | postings | term table MB | postings MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in result["fields"].items():
        lines.append(
            f"| {name} | {row.get('terms', 0)} | {row.get('inlined terms', 0)} | {row.get('postings', 0)} |"
            f" {row.get('term table bytes', 0) / mb:.2f} | {row.get('postings bytes', 0) / mb:.2f} |"
        )
    lines += ["", "| file | MB |", "|---|---:|"]
    lines += [f"| {name} | {size / mb:.2f} |" for name, size in result["files"].items()]
    lines.append(f"| (of .trm: hash table overhead) | {result['term table overhead'] / mb:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path, help="a paperarchive index folder (catalog.sqlite and whoosh/)")
    parser.add_argument("--text-bytes", type=int, help="the page text's size, for the ratio")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--merge-all", action="store_true", help="merge every segment into one first (rewrites the index)")
    args = parser.parse_args()
    if args.merge_all:
        before, seconds, peak = merge_all(args.index)
        print(f"merged {before} segments into one: {seconds:.1f} CPU s, peak RSS {peak:.0f} MB\n")
    result = measure(args.index)
    print(json.dumps(result, indent=1) if args.json else table(result, args.text_bytes))


if __name__ == "__main__":
    main()
