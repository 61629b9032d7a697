"""Interrupted and concurrent writers: kill -9 mid-ingest, a writer dying between its two
commits, two ingests at once, and searches while an ingest runs.

The subprocess tests are slow for this suite (seconds each, marked `slow`), but they
are the real thing: a real `kill -9`, a real second process, so they run on every
`pytest`.
"""

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, cli_path

from paperarchive.api import Archive
from paperarchive.catalog import Catalog
from paperarchive.decode import decode
from paperarchive.errors import PaperarchiveError

PAGES = 160
TAG = "pagetag"  # printed once on every generated page (ASCII: every sample's encoding has it)


def run(*args, env=None):
    return subprocess.run([cli_path(), *args], capture_output=True, text=True, env=env, timeout=120)


def start_ingest(index, corpus, env):
    command = [cli_path(), "--index", str(index), "ingest", str(corpus), "--batch-mb", "0.05", "--workers", "1"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


def committed_pages(index) -> int:
    """Pages the catalog has committed, read as an outside observer would: read-only, never blocking a writer."""
    try:
        with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:  # not created yet, or its tables not yet
        return 0


def article_ids(index) -> set[str]:
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        return {row[0] for row in db.execute("SELECT id FROM articles")}


def wait_for(condition, timeout=60.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def tagged_pages(root: Path, pages: int, tag: str) -> Path:
    """`pages` pages: the sample pages over and over, in their own encodings, each with its own number."""
    sources = sorted(SAMPLES.rglob("*.txt"))
    for n in range(pages):
        source = sources[n % len(sources)]
        decoded = decode(source.read_bytes())
        target = root / source.parent.parent.name / source.parent.name / f"{n:03d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((decoded.text.rstrip() + f"\n\nArchive {tag} tag{n:04d}.\n").encode(decoded.encoding))
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return tagged_pages(tmp_path_factory.mktemp("corpus") / "pages", PAGES, TAG)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> set[str]:
    """The article ids of one clean, uninterrupted ingest of the corpus."""
    index = tmp_path_factory.mktemp("reference") / "ix"
    report = Archive(index).ingest([corpus], workers=0)
    assert report.complete and report.ingested == PAGES
    return article_ids(index)


@pytest.mark.slow
def test_kill_9_mid_ingest_keeps_what_was_committed_and_the_rerun_finishes(corpus, reference, tmp_path, env):
    index = tmp_path / "ix"
    writer = start_ingest(index, corpus, env)
    wait_for(lambda: committed_pages(index) >= 10, what="a first commit")
    writer.kill()
    writer.wait()
    committed = committed_pages(index)
    assert 0 < committed < PAGES, "the kill came too late to test anything"

    # What was committed is searchable, and the index opens cleanly.
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        path = db.execute("SELECT path FROM pages LIMIT 1").fetchone()[0]
    tag = "tag" + os.path.basename(path)[:3].rjust(4, "0")
    assert run("--index", str(index), "search", tag, "-q", env=env).returncode == 0
    check = run("--index", str(index), "check", env=env)
    if check.returncode:  # killed between the search index's commit and the catalog's
        assert "an ingest was interrupted: run it again" in check.stderr, check.stderr
        assert all(line.startswith("  searchable but not in the catalog") for line in check.stdout.splitlines()[1:])

    rerun = run("--index", str(index), "ingest", str(corpus), "--batch-mb", "0.05", env=env)
    assert rerun.returncode == 0, rerun.stderr
    assert f"unchanged, skipped: {committed}\n" in rerun.stderr  # committed files were not redone
    assert f"ingested {PAGES - committed} pages" in rerun.stderr
    assert run("--index", str(index), "check", env=env).returncode == 0
    assert article_ids(index) == reference
    assert run("--index", str(index), "search", TAG, "--count", env=env).stdout.strip() == str(PAGES)


@pytest.fixture
def pages(tmp_path):
    """Three sample pages in a private folder."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for source in sorted(SAMPLES.rglob("*.txt"))[:3]:
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs (not even `except Exception`)."""


def die_before_the_catalog_commit(monkeypatch):
    def put_page(self, record):
        raise Killed

    monkeypatch.setattr(Catalog, "put_page", put_page)


def killed_adding_a_page(archive: Archive, pages: Path, monkeypatch) -> None:
    """An ingest that adds new.txt, killed between the search index's commit and the catalog's."""
    (pages / "new.txt").write_text("# 獬豸小组成立\n\n本报讯 獬豸小组昨日成立。\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        die_before_the_catalog_commit(patch)
        with pytest.raises(Killed):
            archive.ingest([pages], workers=0)


def test_a_writer_killed_between_its_two_commits_is_mended_by_the_next(pages, tmp_path, monkeypatch):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages], workers=0)
    first = sorted(pages.iterdir())[0]
    original = first.read_bytes()
    first.write_bytes(first.read_bytes() + "\n\n本报讯 麒麟社区举办读书会。\n".encode(decode(original).encoding))
    killed_adding_a_page(archive, pages, monkeypatch)
    # The search index committed the batch, the catalog did not: check says so, and what to do.
    report = archive.check()
    assert report.interrupted and report.not_catalogued
    assert any("an ingest was interrupted" in line for line in report.advice())

    # Before the next run, the changed file is put back and the new one deleted.
    first.write_bytes(original)
    (pages / "new.txt").unlink()
    again = archive.ingest([pages], workers=0)
    assert again.ingested == 0 and again.unchanged == 3
    assert archive.check().ok
    assert archive.search("麒麟社区").total == 0 and archive.search("獬豸小组").total == 0


def test_counts_after_an_interrupted_writer_are_of_what_can_be_shown(pages, tmp_path, monkeypatch):
    """Killed between the search index's commit and the catalog's: until the next writer mends
    it, the pages out of step are neither listed nor counted (the count agrees with the hits)."""
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages], workers=0)
    killed_adding_a_page(archive, pages, monkeypatch)
    reader = Archive(tmp_path / "ix")
    assert reader.search("獬豸小组").total == 0
    everything = reader.search("的 OR the", limit=None)
    assert everything.total == len(everything.hits) == reader.search("的 OR the", count=True).total


def test_reindex_also_mends_an_interrupted_writer(pages, tmp_path, monkeypatch):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages], workers=0)
    killed_adding_a_page(archive, pages, monkeypatch)
    archive.reindex()
    report = archive.check()
    assert report.ok and not report.interrupted and archive.search("獬豸小组").total == 0


@pytest.mark.slow
def test_while_an_ingest_runs_a_second_one_says_busy_and_searches_see_the_last_commit(corpus, tmp_path, env):
    index = tmp_path / "ix"
    writer = start_ingest(index, corpus, env)
    try:
        wait_for(lambda: committed_pages(index) > 0, what="a first commit")

        started = time.monotonic()
        second = run("--index", str(index), "ingest", str(corpus), "--wait", "0.5", env=env)
        assert time.monotonic() - started >= 0.5  # it waited before giving up
        assert second.returncode == 2 and second.stdout == ""
        assert second.stderr.count("\n") == 1 and "Traceback" not in second.stderr
        assert f"the index {index} is busy: process {writer.pid} is writing to it" in second.stderr
        assert "raise --wait" in second.stderr

        seen = []
        archive = Archive(index)
        until = time.monotonic() + 120  # on a loaded machine a batch (or a merge after it) takes seconds
        while (len(seen) < 40 or seen[-1] == seen[0]) and writer.poll() is None and time.monotonic() < until:
            before = committed_pages(index)
            seen.append(archive.search(TAG, limit=1, snippets=0).total)
            assert seen[-1] >= before  # every page the catalog had committed is found
            time.sleep(0.05)  # a search takes milliseconds: spread them over several commits
        assert seen == sorted(seen) and seen[-1] > seen[0]  # later searches see later commits
    finally:
        writer.kill()
        writer.wait()
    assert "Traceback" not in writer.stderr.read()
    resumed = run("--index", str(index), "ingest", str(corpus), env=env)
    assert resumed.returncode == 0 and "ingested" in resumed.stderr
    assert run("--index", str(index), "check", env=env).returncode == 0


def test_a_search_racing_a_commit_that_deletes_its_files_opens_again(pages, tmp_path, monkeypatch):
    """A commit deletes the files of the generation it replaces; a search that read the old
    table of contents just before finds a file gone (about one search in 700, measured)."""
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages], workers=0)
    real, gone = Archive.whoosh, [tmp_path / "ix" / "whoosh" / "_MAIN_1.toc"]

    def whoosh(self, *args, **kwargs):
        if gone:
            raise FileNotFoundError(2, "No such file or directory", str(gone.pop()))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "whoosh", whoosh)
    assert archive.search("重阳").total > 0


def test_a_search_that_a_merge_breaks_midway_runs_again_on_the_new_commit(pages, tmp_path, monkeypatch):
    """Seen under load: a writer's merge deleted a column file an open searcher had yet to
    read, and the search died with whoosh's TypeError. A commit came in between, so the
    search runs again on the new generation; the same failure with no commit is damage."""
    from paperarchive import search

    index = tmp_path / "ix"
    Archive(index).ingest([pages], workers=0)
    reader = Archive(index)
    assert reader.search("重阳").total > 0  # a searcher is open from here on
    real, failures = search.run, []

    def merged_away(searcher, catalog, text, **options):
        if not failures:
            failures.append(text)
            Archive(index).ingest([SAMPLES / "harbor-gazette"], workers=0)  # a writer commits meanwhile
            raise TypeError("'NoneType' object is not subscriptable")  # what whoosh raised
        return real(searcher, catalog, text, **options)

    monkeypatch.setattr(search, "run", merged_away)
    assert reader.search("重阳 OR fleet").total > reader.search("重阳").total  # the new page is in
    assert failures == ["重阳 OR fleet"]

    def broken(searcher, catalog, text, **options):
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr(search, "run", broken)
    with pytest.raises(PaperarchiveError, match="cannot be read") as raised:
        reader.search("重阳")  # no commit since: damage, with the way out
    assert "reindex" in raised.value.hint


def test_a_search_index_file_that_stays_gone_is_damage_with_the_way_out(pages, tmp_path):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages], workers=0)
    for postings in (tmp_path / "ix" / "whoosh").glob("*.pst"):
        postings.unlink()
    with pytest.raises(PaperarchiveError, match=r"is damaged: .*\.pst is missing") as error:
        archive.search("重阳")
    assert "paperarchive reindex" in error.value.hint
    archive.reindex()
    assert archive.search("重阳").total > 0
