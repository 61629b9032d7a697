"""The edges of an ingest's input and options: a very deep tree, nonsense numbers,
a full disk, an index that cannot be written."""

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import ENGLISH_PAGE, cli_path

from paperarchive.api import Archive


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_a_folder_tree_1500_levels_deep_is_walked(tmp_path):
    deep = folder = str(tmp_path / "deep")
    os.mkdir(deep)
    for _ in range(1500):  # os.makedirs itself recurses once per level
        folder = os.path.join(folder, "d")
        os.mkdir(folder)
    with open(os.path.join(folder, "page.txt"), "w", encoding="utf-8") as page:
        page.write("FLEET RIDES OUT GALE\n\nThe quahog dredgers stayed in port.\n")
    try:
        report = Archive(tmp_path / "ix").ingest([deep], workers=0)
        assert report.complete and report.ingested == 1, (report.failed, report.skipped)
    finally:  # bottom up: shutil.rmtree, and so pytest's clean-up of old temp folders, recurses per level
        os.unlink(os.path.join(folder, "page.txt"))
        while folder != deep:
            os.rmdir(folder)
            folder = os.path.dirname(folder)


@pytest.mark.parametrize(
    "args, says",
    [
        (["search", "fleet", "--limit", "0"], "--limit 0: give 1 or more"),
        (["search", "fleet", "--limit", "-1"], "--limit -1: give 1 or more"),
        (["ingest", ENGLISH_PAGE, "--max-page-mb", "nan"], "--max-page-mb nan: give a number of MB above 0"),
        (["ingest", ENGLISH_PAGE, "--max-page-mb", "inf"], "--max-page-mb inf: give a number of MB above 0"),
        (["ingest", ENGLISH_PAGE, "--max-page-mb", "0"], "--max-page-mb 0: give a number of MB above 0"),
        (["ingest", ENGLISH_PAGE, "--workers", "-1"], "--workers -1: give 0 (clean in the writer) or more"),
        (["ingest", ENGLISH_PAGE, "--batch-mb", "-3"], "--batch-mb -3: give a number of MB above 0"),
    ],
)
def test_nonsense_numbers_are_one_line_usage_errors(tmp_path, env, args, says):
    index = tmp_path / "ix"
    Archive(index).ingest([ENGLISH_PAGE], workers=0)
    out = run("--index", index, *args, env=env)
    assert out.returncode == 2 and out.stderr.startswith(f"paperarchive: {says}") and out.stderr.count("\n") == 1, out.stderr


def full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "whoosh/MAIN_x.pst")


def full_catalog(*args, **kwargs):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    raise error


@pytest.mark.parametrize("where, fill", [("paperarchive.ingest.commit_search_index", full_disk), ("paperarchive.catalog.Catalog.put_page", full_catalog)])
def test_a_full_disk_says_so_and_what_to_do_and_keeps_what_was_committed(tmp_path, monkeypatch, where, fill):
    from test_damage import paperarchive

    index = tmp_path / "ix"
    Archive(index).ingest([ENGLISH_PAGE], workers=0)
    second = tmp_path / "second.txt"
    second.write_text("QUAHOG NEWS\n\nThe quahog dredgers stayed in port.\n", encoding="utf-8")
    monkeypatch.setattr(where, fill)
    code, _, err = paperarchive("--index", index, "ingest", second, "--workers", "0")
    assert code == 2 and err.startswith("paperarchive: disk full: free space and run the same command"), err
    assert len(err.splitlines()) == 1
    monkeypatch.undo()
    assert paperarchive("--index", index, "search", "fleet", "--count")[1] == "1\n"
    code, _, err = paperarchive("--index", index, "ingest", second, "--workers", "0")
    assert code == 0 and paperarchive("--index", index, "search", "quahog", "--count")[1] == "1\n"
    assert paperarchive("--index", index, "check")[0] == 0


def test_an_index_that_cannot_be_written_can_be_searched(env):
    """chmod -R a-w; as root (who may write anyway) the search runs as nobody."""
    import shutil
    import stat
    import tempfile

    from conftest import SAMPLES

    root = Path(tempfile.mkdtemp(prefix="paperarchive-ro-"))  # outside pytest's private tmp folder
    try:
        index = root / "ix"
        Archive(index).ingest([SAMPLES], workers=0)
        before = sorted(p.name for p in index.rglob("*"))
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
        as_reader = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        env = env | {"XDG_DATA_HOME": str(root)}
        for args in (["search", "重阳", "--count"], ["show", "--raw", "x"], ["stats"], ["check"], ["export"]):
            out = subprocess.run([*as_reader, cli_path(), "--index", str(index), *args], capture_output=True, text=True, env=env, timeout=120)
            if args[0] == "show":
                assert out.returncode == 2 and "no article 'x'" in out.stderr, out.stderr
            else:
                assert out.returncode == 0, out.stderr
        assert sorted(p.name for p in index.rglob("*")) == before
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(root)
