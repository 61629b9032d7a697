"""The catalog file: its page size, and the catalogs written before it changed."""

import contextlib
import json
import random
import sqlite3
import zlib

from conftest import BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE, SEED

from paperarchive.api import Archive
from paperarchive.catalog import PAGE_SIZE, SEALED_COLUMNS, Catalog, _unpack_page, seal


def _page_size(path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA page_size").fetchone()[0]


def test_a_new_catalog_has_small_pages_and_an_old_one_keeps_its_own(tmp_path):
    new = tmp_path / "new"
    Archive(new).ingest([GBK_PAGE, BIG5_PAGE], workers=0)
    assert _page_size(new / "catalog.sqlite") == PAGE_SIZE == 2048

    # A catalog as the versions before wrote it (SQLite's default, 4 KB pages) is read and added to as it is.
    old = tmp_path / "old"
    old.mkdir()
    with contextlib.closing(sqlite3.connect(old / "catalog.sqlite")) as db:
        db.execute("PRAGMA page_size=4096")
        db.execute("PRAGMA journal_mode=WAL")
    Catalog.open(old / "catalog.sqlite", create=True).close()
    archive = Archive(old)
    archive.ingest([GBK_PAGE, BIG5_PAGE], workers=0)
    archive.ingest([ENGLISH_PAGE], workers=0)
    assert _page_size(old / "catalog.sqlite") == 4096
    assert archive.page_count() == 3 and archive.search("fleet").total >= 1
    report = archive.check()
    assert report.ok and report.pages == 3, report


def test_a_page_stored_in_small_pages_reads_back_whole(tmp_path):
    """A page whose blob spans several 2 KB overflow pages comes back character for character."""
    rng = random.Random(7)
    paragraphs = ["".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(300)) + "。" for _ in range(20)]
    page = tmp_path / "pages" / "shili-ribao" / "2025-10-29" / "03.txt"
    page.parent.mkdir(parents=True)
    page.write_text("长篇\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index = tmp_path / "ix"
    Archive(index).ingest([page], workers=0)
    with contextlib.closing(Catalog.open(index / "catalog.sqlite", create=False, readonly=True)) as catalog:
        (page_id,) = catalog.page_paths()
        (size,) = catalog.db.execute("SELECT length(content) FROM pages").fetchone()
        _, text = catalog.page_text(page_id)
    assert size > 4 * PAGE_SIZE  # it does span overflow pages
    assert text == page.read_text(encoding="utf-8")


def _old_blob(blob: bytes) -> bytes:
    """A page blob as the versions before 2026-12-01 wrote it: zlib of the UTF-8."""
    return zlib.compress(_unpack_whole(blob).encode(), 6)


def _unpack_whole(blob: bytes) -> str:
    text, docs = _unpack_page(blob)
    return f"{text}\x00{json.dumps(docs, ensure_ascii=False)}"


def test_chinese_pages_are_stored_from_utf16_latin_ones_from_utf8_and_old_blobs_still_read(tmp_path):
    index = tmp_path / "ix"
    archive = Archive(index)
    archive.ingest([GBK_PAGE, BIG5_PAGE, ENGLISH_PAGE], workers=0)
    before = {a["id"]: a for a in archive.export()}
    with contextlib.closing(sqlite3.connect(index / "catalog.sqlite")) as db:
        rows = db.execute(f"SELECT {SEALED_COLUMNS} FROM pages ORDER BY path").fetchall()
    kinds = {("harbor-gazette" in row[1]): row[-1][:1] for row in rows}
    assert kinds == {True: b"x", False: b"\x02"}  # the English page zlib of UTF-8, the two Chinese ones of UTF-16
    for row in rows:
        if row[-1][:1] == b"\x02":  # smaller than the UTF-8 it replaces, and the same text
            assert len(row[-1]) < len(_old_blob(row[-1]))

    # A catalog written before: every blob zlib of UTF-8, sealed as such. It checks, shows, exports and searches as before.
    with contextlib.closing(sqlite3.connect(index / "catalog.sqlite")) as db, db:
        for row in rows:
            old = (*row[:-1], _old_blob(row[-1]))
            db.execute("UPDATE pages SET content = ?, sealed = ? WHERE id = ?", (old[-1], seal(old), row[0]))
        assert {c[:1] for (c,) in db.execute("SELECT content FROM pages")} == {b"x"}
        db.execute("UPDATE meta SET value = '3' WHERE key = 'format'")
    archive = Archive(index)
    assert archive.search("fleet").total >= 1 and _format(index) == "3"  # a search only reads
    assert {a["id"]: a for a in archive.export()} == before
    assert archive.check().ok
    # A writer marks it format 4 (its new pages may be UTF-16), which a version reading only 3 refuses as newer.
    archive.ingest([SEED], workers=0)
    assert _format(index) == "4" and archive.check().ok
    assert {a["id"]: a for a in archive.export() if a["id"] in before} == before


def _format(index) -> str:
    with contextlib.closing(sqlite3.connect(index / "catalog.sqlite")) as db:
        return db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0]
