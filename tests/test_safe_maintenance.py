"""Maintenance that cannot lose an archive: prune refuses what looks like an unmounted disk,
and no command but ingest ever creates an index."""

import subprocess

import pytest
from conftest import SEED, cli_path
from test_nothing_lost import counts, hits


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def ingested(samples, tmp_path, env):
    index = tmp_path / "ix"
    assert run("--index", index, "ingest", samples, env=env).returncode == 0
    return index, samples


def test_prune_refuses_when_the_ingested_folder_is_gone(ingested, env):
    index, samples = ingested
    before = counts(index)
    samples.rename(samples.with_name("corpus.unmounted"))
    out = run("--index", index, "prune", env=env)
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1
    assert f"prune would drop 5 of 5 pages: the folder {samples} they were ingested from is gone" in out.stderr
    assert "paperarchive relocate OLD NEW" in out.stderr and "--force" in out.stderr
    assert counts(index) == before and hits(index, "重阳", env) >= 1
    dry = run("--index", index, "prune", "--dry-run", env=env)
    assert dry.returncode == 0 and len(dry.stdout.splitlines()) == 5 and "would prune 5 pages" in dry.stderr
    assert counts(index) == before
    forced = run("--index", index, "prune", "--force", env=env)
    assert forced.returncode == 0 and "pruned 5 pages" in forced.stderr and counts(index) == (0, 0)


def test_prune_refuses_to_drop_more_than_a_fifth_of_the_pages(ingested, env):
    index, samples = ingested
    gone = [samples / "unsorted" / SEED.name, samples / "shili-ribao" / "2025-10-29" / "02.txt"]
    for path in gone:
        path.unlink()
    before = counts(index)
    out = run("--index", index, "prune", env=env)
    assert out.returncode == 2 and "prune would drop 2 of 5 pages (40%, more than 20%)" in out.stderr
    assert counts(index) == before
    dry = run("--index", index, "prune", "-n", env=env)
    assert dry.stdout.splitlines() == sorted(map(str, gone)) and counts(index) == before
    listed = run("--index", index, "ingest", samples, "--prune", env=env)  # the folders given are there
    assert listed.returncode == 0
    assert all(f"pruned (file gone): {path}" in listed.stderr for path in gone), listed.stderr
    assert counts(index)[0] == 3


@pytest.mark.parametrize("command", [["prune"], ["prune", "--dry-run"], ["reindex"], ["check"], ["stats"], ["export"], ["relocate", "/a", "/"]])
def test_a_mistyped_index_is_never_created(tmp_path, env, command):
    typo = tmp_path / "idnex"
    out = run("--index", typo, *command, env=env)
    assert out.returncode == 2 and out.stderr.startswith(f"paperarchive: no index at {typo} (")
    assert len(out.stderr.splitlines()) == 1 and not typo.exists()
