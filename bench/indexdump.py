#!/usr/bin/env python3
"""What a search index holds and answers, as one digest: to prove that two ways of writing it agree.

usage: python bench/indexdump.py INDEX [--out FILE]

Writes (to FILE, or only its sha256 to stdout) every field's every term with its postings:
each article's stored id, weight and positions, in article-id order, gathered from every
segment (a term's statistics summed over them), so that two indexes whose workers shared
the files differently (their segments and document numbers differ) still compare equal
when they hold the same; each field's total length and each article's field lengths;
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
    yield f"documents {sum(s.doc_count() for s in segments)}"
    readers = [SegmentReader(ix.storage, ix.schema, segment) for segment in segments]
    ids = [{n: fields.get("id") for n, fields in enumerate(r.all_stored_fields()) if not r.is_deleted(n)} for r in readers]
    for name in sorted(set().union(*(r.indexed_field_names() for r in readers))):
        field = ix.schema[name]
        yield f"field {name} length {sum(r.field_length(name) for r in readers)}"
        if field.scorable:
            lengths = sorted((ids[k][n], r.doc_field_length(n, name)) for k, r in enumerate(readers) for n in ids[k])
            yield f"lengths {name} " + " ".join(f"{i}:{length}" for i, length in lengths if length)
        # every segment's terms of the field, in term order, each term's postings gathered from all
        streams = [(tbytes for fieldname, tbytes in r.terms_from(name, b"") if fieldname == name) for r in readers]
        for tbytes in sorted(set().union(*map(set, streams))):
            postings, df, weight, top, low, high = [], 0, 0.0, 0.0, 255 * 10**6, 0
            for k, reader in enumerate(readers):
                if (name, tbytes) not in reader:
                    continue
                info = reader.term_info(name, tbytes)
                df, weight, top = df + info.doc_frequency(), weight + info.weight(), max(top, info.max_weight())
                low, high = min(low, info.min_length()), max(high, info.max_length())
                matcher = reader.postings(name, tbytes)
                while matcher.is_active():
                    n = matcher.id()
                    if n in ids[k]:
                        positions = field.format.decode_positions(matcher.value()) if isinstance(field, PaperText) else ()
                        postings.append((ids[k][n], float(matcher.weight()), tuple(positions)))  # a byte weight reads as int
                    matcher.next()
            postings.sort()
            yield (
                f"term {name} {tbytes!r} df {df} weight {weight} max {top} "
                f"lengths {low}-{high} " + " ".join(map(repr, postings))
            )
    for reader in readers:
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
