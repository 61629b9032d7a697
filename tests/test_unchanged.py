"""A re-ingest skips unchanged files by their size and modification time, and only when those
prove it: a file modified too close to when it was read is hashed next time, a damaged
catalog row is read again, and the catalog's records are read in a few queries, not per file."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from paperarchive import ingest
from paperarchive.api import Archive

PAGE = "社区食堂开张\n\n本报讯 社区食堂为八十岁以上老人提供助餐服务，重阳糕和长寿面受欢迎。\n"
HOUR_NS = 3600 * 10**9


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages" / "shili-ribao" / "2025-10-30"
    folder.mkdir(parents=True)
    for n in range(1, 4):
        (folder / f"0{n}.txt").write_text(PAGE.replace("开张", f"开张{n}"), encoding="utf-8")
    return tmp_path / "pages", folder / "01.txt"


def edit(path) -> None:
    """Change a word of the page for another of as many bytes: the file keeps its size."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("重阳糕", "端午粽"), encoding="utf-8")
    assert len(path.read_bytes()) == len(text.encode())


def age(path, ns: int = HOUR_NS) -> int:
    """Set the file's time back by `ns`, as an archive's files are old; returns the new time."""
    mtime = time.time_ns() - ns
    os.utime(path, ns=(mtime, mtime))
    return mtime


def stored_mtime(index, path) -> int:
    with sqlite3.connect(index / "catalog.sqlite") as db:
        return db.execute("SELECT mtime_ns FROM pages WHERE path = ?", (os.path.realpath(path),)).fetchone()[0]


def hits(index, query: str) -> int:
    with Archive(index) as archive:
        return archive.search(query).total


def test_a_file_written_again_within_its_time_tick_is_read_again(pages, tmp_path):
    """The racy case: the file's second write keeps its size and time (a coarse file system
    clock), so only the content tells. Its time was too recent when it was read to be trusted."""
    folder, page = pages
    index = tmp_path / "ix"
    first = Archive(index).ingest([folder], workers=0)
    assert first.ingested == 3
    assert stored_mtime(index, page) == 0  # read less than 2 s after it was written: not trusted
    mtime = page.stat().st_mtime_ns
    edit(page)
    os.utime(page, ns=(mtime, mtime))  # as if written within the same tick of the clock
    again = Archive(index).ingest([folder], workers=0)
    assert again.ingested == 1 and again.unchanged == 2
    assert hits(index, "端午粽") == 1 and hits(index, "重阳糕") == 2


def test_an_old_file_is_skipped_by_its_size_and_time_without_being_read(pages, tmp_path, monkeypatch):
    folder, page = pages
    for file in folder.rglob("*.txt"):
        age(file)
    index = tmp_path / "ix"
    Archive(index).ingest([folder], workers=0)
    assert stored_mtime(index, page) == page.stat().st_mtime_ns  # old enough to be trusted

    def unread(*args, **kwargs):
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(ingest, "read_bytes", unread)
    again = Archive(index).ingest([folder], workers=0)
    assert again.unchanged == 3 and again.ingested == 0 and not again.failed


def test_an_old_file_edited_in_place_with_its_time_put_back_is_not_seen_until_its_time_moves(pages, tmp_path):
    """The documented limit (as rsync's quick check): same size, same time, the file is taken as
    unchanged. Any later change of its time (an edit, `touch`) makes the next ingest hash it."""
    folder, page = pages
    mtime = age(page)
    index = tmp_path / "ix"
    Archive(index).ingest([folder], workers=0)
    edit(page)
    os.utime(page, ns=(mtime, mtime))
    assert Archive(index).ingest([folder], workers=0).ingested == 0
    assert hits(index, "端午粽") == 0
    os.utime(page)  # touch
    again = Archive(index).ingest([folder], workers=0)
    assert again.ingested == 1 and hits(index, "端午粽") == 1


def test_a_touched_file_records_its_new_time_once_it_is_old_enough(pages, tmp_path):
    folder, page = pages
    age(page)
    index = tmp_path / "ix"
    Archive(index).ingest([folder], workers=0)
    os.utime(page)  # touched now: hashed, unchanged, and its time is still too recent to trust
    assert Archive(index).ingest([folder], workers=0).unchanged == 3
    assert stored_mtime(index, page) == 0
    mtime = age(page, 10 * 10**9)
    assert Archive(index).ingest([folder], workers=0).unchanged == 3
    assert stored_mtime(index, page) == mtime


def test_a_row_whose_text_no_longer_decodes_is_read_again_and_the_rest_stay_unchanged(pages, tmp_path):
    """Damage that stops SQLite from reading a row's text fails the query of many files at once;
    those files are then asked one by one, and only the damaged one is read again."""
    folder, page = pages
    for file in folder.rglob("*.txt"):
        age(file)
    index = tmp_path / "ix"
    Archive(index).ingest([folder], workers=0)
    with sqlite3.connect(index / "catalog.sqlite") as db:
        db.execute("UPDATE pages SET encoding = CAST(x'ff' AS TEXT) WHERE path = ?", (os.path.realpath(page),))
    again = Archive(index).ingest([folder], workers=0)
    assert again.ingested == 1 and again.unchanged == 2 and again.ingested_files == [str(page)]


def test_the_catalog_records_of_many_files_are_read_in_a_few_queries(tmp_path, monkeypatch):
    """A re-ingest asks the catalog about every file: in batches, each row's seal checked."""
    from paperarchive import catalog as catalog_module

    monkeypatch.setattr(catalog_module, "_PATHS_PER_QUERY", 2)  # several batches out of 5 files
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(5):
        (folder / f"p{n}.txt").write_text(PAGE.replace("开张", f"开张{n}"), encoding="utf-8")
        age(folder / f"p{n}.txt")
    index = tmp_path / "ix"
    Archive(index).ingest([folder], workers=0)
    with sqlite3.connect(index / "catalog.sqlite") as db:  # one flipped byte in one stored page
        (content,) = db.execute("SELECT content FROM pages WHERE path LIKE '%p3.txt'").fetchone()
        damaged = bytearray(content)
        damaged[len(damaged) // 2] ^= 0x55
        db.execute("UPDATE pages SET content = ? WHERE path LIKE '%p3.txt'", (bytes(damaged),))
    statements = []
    real = catalog_module.Catalog.known_files

    def counted(self, paths):
        self.db.set_trace_callback(statements.append)
        try:
            return real(self, paths)
        finally:
            self.db.set_trace_callback(None)

    monkeypatch.setattr(catalog_module.Catalog, "known_files", counted)
    again = Archive(index).ingest([folder], workers=0)
    assert again.unchanged == 4 and again.ingested_files == [str(folder / "p3.txt")]
    assert len(statements) == 3  # 5 files, 2 a query
