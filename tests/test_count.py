"""The count of matches a search prints (`showing 1–10 of N`) is whoosh's own count, read faster."""

from __future__ import annotations

import pytest

from paperarchive import search
from paperarchive.api import Archive
from paperarchive.queries import count_matches

QUERIES = ["重阳", "重陽", "党", "社区", "fleet", "harbor OR 重阳", '"社区治理"', "重阳 AND 敬老", "title:敬老",
           "重阳 NOT 敬老", "paper:shili-ribao", "date:[2025-10-01 TO 2025-10-31]", "nosuchword", "fleet OR nosuchword"]


def whoosh_count(searcher, q) -> int:
    return sum(1 for _ in searcher.docs_for_query(q))


def assert_counts_agree(index) -> None:
    with Archive(index).reading() as (_, searcher):
        for text in QUERIES:
            q = search.parse(searcher.schema, text)
            assert count_matches(searcher, q) == whoosh_count(searcher, q), text


def test_the_count_is_whoosh_count(sample_index):
    assert_counts_agree(sample_index)
    with Archive(sample_index) as archive:
        assert archive.search("重阳").total == archive.search("重阳", limit=1).total >= 2  # the count when cut, and not


@pytest.mark.parametrize("workers", [0, 2])
def test_the_count_leaves_out_deleted_documents(samples, tmp_path, workers):
    """A page ingested again deletes its old documents in their segment; they are not counted."""
    index = tmp_path / "ix"
    Archive(index).ingest([samples], workers=workers)
    page = next(p for p in sorted(samples.rglob("*.txt")) if "重阳".encode() in p.read_bytes())
    page.write_bytes(page.read_bytes().replace("重阳".encode(), "端午".encode()))
    Archive(index).ingest([samples], workers=workers)
    with Archive(index).reading() as (_, searcher):
        assert any(reader.has_deletions() for reader, _ in searcher.reader().leaf_readers())
    assert_counts_agree(index)
