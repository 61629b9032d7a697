#!/usr/bin/env python3
"""What a search index holds and answers, as one digest: to prove that two ways of writing it agree.

usage: python bench/indexdump.py INDEX [--out FILE]

Writes (to FILE, or only its sha256 to stdout) every field's every term with its postings:
each article's stored id, weight and positions, in article-id order, so that two indexes
whose workers shared the files differently (their document numbers differ) still compare
equal when they hold the same; each field's total length and each article's field lengths;
then `bench/run.py`'s twenty queries' match counts and top 50 hits (id and score), ordered
by score and id: hits of equal score come in document-number order, and those tied at the
50th hit's score are left out, since which of them make the top 50 goes by it too.
Compare two digests, or `diff` two dumps.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump_lines(index: Path):
    from run import QUERIES
    from whoosh.reading import SegmentReader

    from paperarchive.api import Archive
    from paperarchive.index import PaperText, open_index

    ix = open_index(index / "whoosh", create=False)
    segments = ix._segments()
    yield f"segments {len(segments)} documents {sum(s.doc_count() for s in segments)}"
    for segment in segments:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        ids = {n: fields.get("id") for n, fields in enumerate(reader.all_stored_fields()) if not reader.is_deleted(n)}
        for name in sorted(reader.indexed_field_names()):
            field = ix.schema[name]
            yield f"field {name} length {reader.field_length(name)}"
            if field.scorable:
                lengths = sorted((ids[n], reader.doc_field_length(n, name)) for n in ids)
                yield f"lengths {name} " + " ".join(f"{i}:{length}" for i, length in lengths if length)
            for fieldname, tbytes in reader.terms_from(name, b""):
                if fieldname != name:
                    break
                info = reader.term_info(name, tbytes)
                matcher = reader.postings(name, tbytes)
                postings = []
                while matcher.is_active():
                    n = matcher.id()
                    if n in ids:
                        positions = field.format.decode_positions(matcher.value()) if isinstance(field, PaperText) else ()
                        postings.append((ids[n], float(matcher.weight()), tuple(positions)))  # a byte weight reads as int
                    matcher.next()
                postings.sort()
                yield (
                    f"term {name} {tbytes!r} df {info.doc_frequency()} weight {info.weight()} max {info.max_weight()} "
                    f"lengths {info.min_length()}-{info.max_length()} " + " ".join(map(repr, postings))
                )
        reader.close()
    archive = Archive(index)
    for query, _ in QUERIES:
        results = archive.search(query, limit=50)
        hits = sorted((-hit.score, hit.id) for hit in results.hits)
        if results.cut:  # which of the hits tied at the cut's score come first goes by document number
            hits = [hit for hit in hits if hit[0] != hits[-1][0]]
        yield f"query {query} total {results.total} " + " ".join(f"{i}:{-score!r}" for score, i in hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="a paperarchive --index folder")
    parser.add_argument("--out", type=Path, help="write the dump here too")
    args = parser.parse_args()
    digest = hashlib.sha256()
    out = args.out.open("w") if args.out else None
    for line in dump_lines(args.index):
        digest.update(line.encode() + b"\n")
        if out:
            out.write(line + "\n")
    if out:
        out.close()
    print(digest.hexdigest())


if __name__ == "__main__":
    main()
