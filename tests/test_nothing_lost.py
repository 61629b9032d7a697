"""Nothing lost, nothing doubled: ingesting again, changed files, gone files, and the kept page text."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import SEED, cli_path


def run(*args, env=None):
    return subprocess.run([cli_path(), *args], capture_output=True, text=True, env=env, timeout=120)


def counts(index) -> tuple[int, int]:
    """(pages, articles) in the catalog, read the way an outside tool would: read-only."""
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        return db.execute("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles)").fetchone()


def hits(index, query, env) -> int:
    out = run("--index", str(index), "search", query, "--count", env=env)
    assert out.returncode in (0, 1), out.stderr
    return int(out.stdout)


@pytest.fixture
def ingested(samples, tmp_path, env):
    """A private copy of the samples, ingested once: (index, samples folder)."""
    index = tmp_path / "ix"
    out = run("--index", str(index), "ingest", str(samples), env=env)
    assert out.returncode == 0, out.stderr
    return index, samples


def test_ingesting_the_same_files_again_adds_nothing(ingested, env):
    index, samples = ingested
    before, found = counts(index), hits(index, "重阳", env)
    again = run("--index", str(index), "ingest", str(samples), env=env)
    assert again.returncode == 0
    assert "ingested 0 pages" in again.stderr and "unchanged, skipped: 5" in again.stderr
    assert counts(index) == before and hits(index, "重阳", env) == found


def test_a_touched_but_unchanged_file_is_recognised_by_its_hash(ingested, env):
    index, samples = ingested
    page = samples / "unsorted" / SEED.name
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    before = counts(index)
    again = run("--index", str(index), "ingest", str(samples), env=env)
    assert "ingested 0 pages" in again.stderr and "unchanged, skipped: 5" in again.stderr
    assert counts(index) == before
    assert run("--index", str(index), "check", env=env).returncode == 0  # the new time was recorded


def test_a_changed_file_has_its_old_articles_replaced(ingested, tmp_path, env):
    index, samples = ingested
    page = samples / "unsorted" / SEED.name
    assert hits(index, "养老院", env) >= 1
    page.write_text("# 麒麟社区新闻\n\n本报讯 麒麟社区昨日举办读书会，居民踊跃参加。\n", encoding="utf-8")
    again = run("--index", str(index), "ingest", str(samples), env=env)
    assert "ingested 1 page (" in again.stderr and "unchanged, skipped: 4" in again.stderr
    assert hits(index, "养老院", env) == 0 and hits(index, "麒麟社区", env) == 1
    fresh = tmp_path / "fresh"
    run("--index", str(fresh), "ingest", str(samples), env=env)
    assert counts(index) == counts(fresh)  # as if the changed file had been ingested first
    assert run("--index", str(index), "check", env=env).returncode == 0


def test_check_reports_a_changed_file_and_what_to_do(ingested, env):
    index, samples = ingested
    page = samples / "unsorted" / SEED.name
    page.write_bytes(page.read_bytes().replace("重阳".encode(), "端午".encode()))
    out = run("--index", str(index), "check", env=env)
    assert out.returncode == 1
    assert f"file changed since ingest: {page}" in out.stdout
    assert "run `paperarchive ingest` on them again" in out.stderr
    run("--index", str(index), "ingest", str(samples), env=env)
    assert run("--index", str(index), "check", env=env).returncode == 0


def test_check_reports_a_gone_file_and_prune_drops_it(ingested, env):
    index, samples = ingested
    page = samples / "unsorted" / SEED.name
    (pages, articles), found = counts(index), hits(index, "养老院", env)
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        (its_articles,) = db.execute("SELECT articles FROM pages WHERE path = ?", (str(page),)).fetchone()
    page.unlink()
    out = run("--index", str(index), "check", env=env)
    assert out.returncode == 1 and f"file gone: {page}" in out.stdout
    assert "run `paperarchive prune`" in out.stderr
    pruned = run("--index", str(index), "prune", env=env)
    assert pruned.returncode == 0 and "pruned 1 page whose files are gone" in pruned.stderr
    assert counts(index) == (pages - 1, articles - its_articles) and hits(index, "养老院", env) == 0 < found
    assert run("--index", str(index), "check", env=env).returncode == 0


def test_ingest_prune_drops_gone_files_under_the_folders_it_was_given(ingested, tmp_path, env):
    index, samples = ingested
    elsewhere = tmp_path / "elsewhere.txt"
    shutil.copy(SEED, elsewhere)
    run("--index", str(index), "ingest", str(elsewhere), env=env)
    elsewhere.unlink()
    (samples / "unsorted" / SEED.name).unlink()
    out = run("--index", str(index), "ingest", str(samples), "--prune", env=env)
    assert out.returncode == 0, out.stderr
    assert counts(index)[0] == 5  # the four sample pages left, and elsewhere.txt (not under samples/)
    assert run("--index", str(index), "prune", env=env).stderr.startswith("pruned 1 page")
    assert counts(index)[0] == 4


ALTO = Path(__file__).parent / "formats" / "alto_v4_two_columns.xml"


@pytest.fixture
def text_page_ingested(tmp_path, env):
    """A Chronicling America batch with one page, ingested from its ocr.txt: (index, the page's folder)."""
    seq = tmp_path / "batch" / "sn83030214" / "1925" / "03" / "14" / "ed-1" / "seq-5"
    seq.mkdir(parents=True)
    (seq / "ocr.txt").write_text("FLEET RIDES OUT GALE\n\nThe quahog dredgers stayed in port.\n", encoding="utf-8")
    index = tmp_path / "ix"
    assert run("--index", str(index), "ingest", str(tmp_path / "batch"), env=env).returncode == 0
    assert hits(index, "quahog", env) == 1
    return index, seq


def test_an_alto_file_that_arrives_after_its_text_replaces_the_page_read_from_the_text(text_page_ingested, tmp_path, env):
    index, seq = text_page_ingested
    batch = tmp_path / "batch"
    shutil.copy(ALTO, seq / "ocr.xml")
    again = run("--index", str(index), "ingest", str(batch), env=env)
    assert again.returncode == 0 and "ingested 1 page (" in again.stderr, again.stderr
    assert hits(index, "quahog", env) == 0 and hits(index, "schooner", env) == 1  # one copy of the page, from the ALTO
    fresh = tmp_path / "fresh"
    run("--index", str(fresh), "ingest", str(batch), env=env)
    assert counts(index) == counts(fresh)  # as if the ALTO file had been there from the start
    assert run("--index", str(index), "check", env=env).returncode == 0
    (seq / "ocr.xml").unlink()  # the text is the richest source again: it is read again
    assert run("--index", str(index), "ingest", str(batch), "--prune", env=env).returncode == 0
    assert (hits(index, "quahog", env), hits(index, "schooner", env)) == (1, 0)


def test_an_alto_file_named_alone_on_stdin_replaces_the_page_read_from_its_text(text_page_ingested, env):
    index, seq = text_page_ingested
    shutil.copy(ALTO, seq / "ocr.xml")
    listed = subprocess.run(
        [cli_path(), "--index", str(index), "ingest", "-"], input=f"{seq / 'ocr.xml'}\n",
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert hits(index, "quahog", env) == 0 and hits(index, "schooner", env) == 1
    assert counts(index)[0] == 1


def test_the_page_text_is_kept_so_raw_and_reindex_need_no_files(ingested, env):
    index, samples = ingested
    found = run("--index", str(index), "search", "养老院", "--json", env=env).stdout
    article = found.split('"id": "')[1].split('"')[0]
    before = counts(index), hits(index, "重阳 OR fleet OR 重陽", env)
    shutil.rmtree(samples)
    raw = run("--index", str(index), "show", article, "--raw", env=env)
    assert raw.returncode == 0 and raw.stdout.rstrip("\n") == SEED.read_text(encoding="utf-8").rstrip("\n")
    rebuilt = run("--index", str(index), "reindex", env=env)
    assert rebuilt.returncode == 0 and "reindexed 5 pages" in rebuilt.stderr, rebuilt.stderr
    assert (counts(index), hits(index, "重阳 OR fleet OR 重陽", env)) == before
    check = run("--index", str(index), "check", env=env)
    assert "searchable" not in check.stdout and check.stdout.count("file gone") == 5
