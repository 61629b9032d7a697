"""The peers paperarchive is measured against, built over the same cleaned articles.

- fts5: SQLite FTS5 with the trigram tokenizer, the usual embedded answer for
  CJK substring search. A MATCH needs at least three characters, so it cannot
  answer two-character Chinese words (most of Chinese vocabulary) or one character.
- whoosh-naive: the same whoosh as paperarchive, with the textbook CJK analyzer
  (overlapping bigrams, Latin words lower-cased, no folding) and the default
  writer: what one gets before tuning anything.

The articles come from paperarchive's catalog, so every engine indexes the same
cleaned text; the peers' build times therefore exclude decoding and cleaning.

    python bench/peers.py build fts5|whoosh-naive CATALOG OUT

builds one index in its own process (run.py reads that process's peak memory)
and prints {"seconds": ..., "articles": ...}. Articles are streamed from the
catalog, as an indexer would read them, so the peak memory is the engine's; the
time of a read-only pass over the catalog is subtracted, so the seconds are too.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from whoosh.analysis import Token, Tokenizer

_RUN = re.compile(r"(?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|(?P<word>[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")


def articles(catalog: Path) -> Iterator[tuple[str, str, str]]:
    """(id, title, rest of the text) of every article in a paperarchive catalog."""
    from paperarchive.catalog import Catalog

    db = Catalog.open(catalog, create=False)
    try:
        for doc in db.export_rows():
            parts = [doc.get(k) for k in ("kicker", "subtitle", "section", "byline")]
            parts += doc.get("headings", []) + doc.get("paragraphs", []) + [c["text"] for c in doc.get("captions", [])]
            yield doc["id"], doc.get("title") or "", "\n".join(p for p in parts if p)
    finally:
        db.close()


def bare(query: str) -> str:
    """The query's text without the quotes that make it a phrase for paperarchive."""
    return query.strip('"')


# -- SQLite FTS5, trigram tokenizer -----------------------------------------


def build_fts5(rows: Iterator[tuple[str, str, str]], out: Path) -> None:
    db = sqlite3.connect(out)
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, tokenize='trigram')")
    with db:
        db.executemany("INSERT INTO articles VALUES (?, ?, ?)", rows)
    db.close()


class Fts5:
    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)

    @staticmethod
    def can_match(query: str) -> bool:
        """Trigram MATCH finds nothing for fewer than three characters (LIKE would scan the table)."""
        return len(bare(query)) >= 3

    @staticmethod
    def _phrase(query: str) -> str:
        return '"' + bare(query).replace('"', '""') + '"'

    def search(self, query: str) -> list[str]:
        """The ten best article ids, by FTS5's bm25 rank."""
        sql = "SELECT id FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT 10"
        return [row[0] for row in self.db.execute(sql, (self._phrase(query),))]

    def count(self, query: str) -> int:
        sql = "SELECT count(*) FROM articles WHERE articles MATCH ?"
        return self.db.execute(sql, (self._phrase(query),)).fetchone()[0]


# -- whoosh with a naive bigram analyzer ------------------------------------


class BigramTokenizer(Tokenizer):
    """CJK runs as overlapping bigrams (a lone character as itself); other words lower-cased."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for match in _RUN.finditer(value):
            start, run = match.start(), match.group()
            if match.lastgroup == "cjk":
                grams = [(run, 0)] if len(run) == 1 else [(run[i : i + 2], i) for i in range(len(run) - 1)]
            else:
                grams = [(run.lower(), 0)]
            for text, offset in grams:
                token.text, token.boost, token.stopped = text, 1.0, False
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + start + offset
                    token.endchar = token.startchar + len(text)
                pos += 1
                yield token


def naive_schema():
    from whoosh.fields import ID, TEXT, Schema

    analyzer = BigramTokenizer()
    return Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=analyzer), body=TEXT(analyzer=analyzer))


def build_naive(rows: Iterator[tuple[str, str, str]], out: Path) -> None:
    from whoosh import index

    out.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(out, naive_schema())
    writer = ix.writer()  # the defaults: one process, 128 MB of buffer, a merge policy per commit
    for article_id, title, body in rows:
        writer.add_document(id=article_id, title=title, body=body)
    writer.commit()


class NaiveWhoosh:
    def __init__(self, path: Path):
        from whoosh import index

        self.ix = index.open_dir(path)
        self.analyzer = BigramTokenizer()

    def _query(self, text: str):
        """Title or body; a phrase of the query's bigrams; one character as a prefix of the bigrams."""
        from whoosh import query

        text = bare(text)
        words = [t.text for t in self.analyzer(text)]
        if len(text) == 1 and _RUN.fullmatch(text).lastgroup == "cjk":
            per_field = [query.Prefix(f, text) for f in ("title", "body")]
        elif len(words) == 1:
            per_field = [query.Term(f, words[0]) for f in ("title", "body")]
        else:
            per_field = [query.Phrase(f, words) for f in ("title", "body")]
        return query.Or(per_field)

    def search(self, text: str) -> tuple[int, list[str]]:
        """(articles matched, the ten best ids)."""
        with self.ix.searcher() as searcher:
            results = searcher.search(self._query(text), limit=10)
            return len(results), [hit["id"] for hit in results]


BUILDERS = {"fts5": build_fts5, "whoosh-naive": build_naive}


def main(argv: list[str]) -> None:
    if len(argv) != 4 or argv[0] != "build" or argv[1] not in BUILDERS:
        sys.exit("usage: python bench/peers.py build fts5|whoosh-naive CATALOG OUT")
    _, peer, catalog, out = argv
    started = time.perf_counter()
    count = sum(1 for _ in articles(Path(catalog)))
    reading = time.perf_counter() - started
    started = time.perf_counter()
    BUILDERS[peer](articles(Path(catalog)), Path(out))
    print(json.dumps({"seconds": time.perf_counter() - started - reading, "articles": count}))


if __name__ == "__main__":
    # whoosh pickles the analyzer into the schema by module name: build it as `peers`
    # (the name run.py imports) and not as `__main__`, or run.py could not open the index.
    import peers

    peers.main(sys.argv[1:])
