"""One page, one record, one id: ids that never collide silently and survive a move,
files that hold several pages, one page saved twice, one folder reached through a link."""

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import cli_path

from paperarchive import formats, ingest
from paperarchive.api import Archive


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def rows(index, sql="SELECT id, path, part, page FROM pages ORDER BY path, part") -> list[tuple]:
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def hits(index, query) -> int:
    with Archive(index) as archive:
        return archive.search(query, limit=None, snippets=0, count=True).total


def page(folder: Path, name: str, word: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{word.upper()} NEWS\n\nThe {word} story was read in the town hall today.\n", encoding="utf-8")
    return path


def test_two_pages_whose_short_ids_collide_are_both_kept_and_searchable(tmp_path, monkeypatch):
    real = ingest.page_id
    # Every page is first offered the same id, as two of ten million pages may be.
    monkeypatch.setattr(ingest, "page_id", lambda path, part=0, salt=0: "aaaaaaaaaaaa" if not salt else real(path, part, salt))
    first, second = page(tmp_path / "a", "1.txt", "quahog"), page(tmp_path / "b", "2.txt", "schooner")
    index = tmp_path / "ix"
    Archive(index).ingest([first], workers=0)
    Archive(index).ingest([second], workers=0)
    stored = rows(index)
    assert len(stored) == 2 and len({row[0] for row in stored}) == 2  # two pages, two ids
    assert hits(index, "quahog") == 1 and hits(index, "schooner") == 1
    again = Archive(index).ingest([first, second], workers=0)
    assert again.unchanged == 2 and rows(index) == stored  # ids are kept, not drawn again
    first.write_text("QUAHOG NEWS\n\nThe quahog dredgers stayed in port.\n", encoding="utf-8")
    Archive(index).ingest([first], workers=0)
    assert rows(index) == stored and hits(index, "dredgers") == 1 and hits(index, "schooner") == 1
    with Archive(index) as archive:
        assert archive.check().ok


def test_a_moved_archive_keeps_every_article_id(samples, tmp_path, env):
    index = tmp_path / "ix"
    assert run("--index", index, "ingest", samples, env=env).returncode == 0
    before = rows(index)
    ids = run("--index", index, "search", "重阳", "--json", env=env).stdout
    moved = tmp_path / "moved"
    samples.rename(moved)
    out = run("--index", index, "relocate", samples, moved, env=env)
    assert out.returncode == 0 and "relocated 5 pages" in out.stderr, out.stderr
    assert [(i, p.replace(str(moved), str(samples)), *r) for i, p, *r in rows(index)] == before
    again = run("--index", index, "ingest", moved, env=env)
    assert "ingested 0 pages" in again.stderr and "unchanged, skipped: 5" in again.stderr
    assert run("--index", index, "search", "重阳", "--json", env=env).stdout.replace(str(moved), str(samples)) == ids
    assert run("--index", index, "check", env=env).returncode == 0
    nowhere = run("--index", index, "relocate", tmp_path / "never-ingested", moved, env=env)
    assert nowhere.returncode == 2 and "no page was ingested from under" in nowhere.stderr


def test_the_same_files_through_a_linked_folder_are_one_page_each(samples, tmp_path, env):
    index, link = tmp_path / "ix", tmp_path / "link"
    link.symlink_to(samples)
    run("--index", index, "ingest", samples, env=env)
    before, found = rows(index), hits(index, "重阳")
    again = run("--index", index, "ingest", link, env=env)
    assert again.returncode == 0 and "unchanged, skipped: 5" in again.stderr, again.stderr
    assert rows(index) == before and hits(index, "重阳") == found


ALTO = Path(__file__).parent / "formats" / "alto_v4_two_columns.xml"


@pytest.mark.parametrize(
    "steps",
    [
        [["ocr.xml"], ["ocr.txt"]],  # the text named alone after its ALTO was read
        [["ocr.txt"], ["ocr.xml"]],
        [["ocr.txt", "ocr.xml"]],
        [["ocr.xml", "ocr.txt"]],
        [["."], ["ocr.txt"], ["."]],
    ],
)
def test_one_page_saved_as_text_and_alto_is_one_page_read_from_the_alto(tmp_path, env, steps):
    seq = tmp_path / "batch" / "sn83030214" / "1925" / "03" / "14" / "ed-1" / "seq-5"
    seq.mkdir(parents=True)
    (seq / "ocr.txt").write_text("FLEET RIDES OUT GALE\n\nThe quahog dredgers stayed in port.\n", encoding="utf-8")
    shutil.copy(ALTO, seq / "ocr.xml")
    index = tmp_path / "ix"
    for names in steps:
        out = run("--index", index, "ingest", *[seq / n for n in names], env=env)
        assert out.returncode == 0, out.stderr
    stored = rows(index, "SELECT path, aliases FROM pages")
    assert stored == [(str(seq / "ocr.xml"), f'["{seq / "ocr.txt"}"]')]  # one page, the text its alias
    assert hits(index, "schooner") == 1 and hits(index, "quahog") == 0


def split_on_form_feeds(path, data):
    """The splitter the PDF reader will be: here, a text file's pages parted by form feeds."""
    if b"\f" not in data:
        return None
    return [formats.DocumentPage(text, label=f"p{n}") for n, text in enumerate(data.decode().split("\f"), 1)]


def test_a_file_of_several_pages_is_stored_page_by_page(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "split_pages", split_on_form_feeds)
    book = tmp_path / "arch" / "book.txt"
    book.parent.mkdir()
    words = ["quahog", "schooner", "lighthouse"]
    book.write_text("\f".join(f"{w.upper()} NEWS\n\nThe {w} story was read in the hall.\n" for w in words))
    index = tmp_path / "ix"
    report = Archive(index).ingest([book.parent], workers=0)
    assert (report.files, report.ingested) == (1, 3)
    stored = rows(index)
    assert [(path, part, label) for _, path, part, label in stored] == [(str(book), n, f"p{n}") for n in (1, 2, 3)]
    assert len({row[0] for row in stored}) == 3 and all(hits(index, w) == 1 for w in words)
    with Archive(index) as archive:
        hit = archive.search("schooner").hits[0]
        assert (hit.stored.page, hit.stored.path) == ("p2", str(book))
        assert archive.check().ok
    assert Archive(index).ingest([book.parent], workers=0).unchanged == 1 and rows(index) == stored
    book.write_text("\f".join(f"{w.upper()} NEWS\n\nThe {w} story was read again.\n" for w in ["harbor", "schooner"]))
    report = Archive(index).ingest([book.parent], workers=0)
    assert report.ingested == 2
    assert [row[0] for row in rows(index)] == [row[0] for row in stored[:2]]  # its pages keep their ids
    assert (hits(index, "quahog"), hits(index, "lighthouse"), hits(index, "harbor"), hits(index, "again")) == (0, 0, 1, 2)
    assert Archive(index).reindex().pages == 2 and [r[3] for r in rows(index)] == ["p1", "p2"]
    with Archive(index) as archive:
        assert archive.check().ok
    book.unlink()
    assert Archive(index).prune(force=True).pages == 2 and rows(index) == []


def test_a_catalog_of_the_format_before_is_refused_with_what_to_do(samples, tmp_path, env):
    index = tmp_path / "ix"
    run("--index", index, "ingest", samples, env=env)
    with sqlite3.connect(index / "catalog.sqlite") as db:
        db.execute("UPDATE meta SET value = '2' WHERE key = 'format'")
    out = run("--index", index, "search", "重阳", env=env)
    assert out.returncode == 2 and "has format 2, this paperarchive reads formats 3, 4" in out.stderr
    assert "ingest into a new --index folder" in out.stderr
