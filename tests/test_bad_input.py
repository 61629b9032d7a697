"""Bad input never stops a run: each bad file is named with its reason, the rest is ingested.

Through the installed command, as a user runs it: one line per problem on stderr,
exit status 2 when anything was not ingested, never a traceback. The error
matrices (every command on every broken index) run in-process, to stay fast.
"""

import os
import shutil
import subprocess
import time

import pytest
from conftest import BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE, SEED, cli_path
from typer.testing import CliRunner

from paperarchive.api import Archive
from paperarchive.cli import app


def run(*args, env=None, input=None, timeout=120):
    return subprocess.run([cli_path(), *args], capture_output=True, text=True, env=env, input=input, timeout=timeout)


def ingest(index, *paths, env=None, **kwargs):
    return run("--index", str(index), "ingest", *map(str, paths), env=env, **kwargs)


def found(index, query, env=None) -> int:
    """How many articles a query finds (0 when none)."""
    out = run("--index", str(index), "search", query, "--count", env=env)
    assert out.returncode in (0, 1), out.stderr
    return int(out.stdout)


def clean_failure(out) -> bool:
    return "Traceback" not in out.stderr and "internal error" not in out.stderr


def invoke(*args):
    """The command in-process: what it prints, and its exit status; an escaped exception fails the test."""
    result = CliRunner().invoke(app, list(map(str, args)))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def folder(tmp_path):
    """A folder holding one good page (the seed), to which a test adds one bad file."""
    target = tmp_path / "pages"
    target.mkdir()
    shutil.copy(SEED, target / "good.txt")
    return target


def assert_skipped_but_rest_ingested(out, index, name: str, reason: str, env):
    assert out.returncode == 2, out.stderr
    assert clean_failure(out)
    lines = [line for line in out.stderr.splitlines() if name in line]
    assert len(lines) == 1 and reason in lines[0], out.stderr
    assert "1 input was not ingested" in out.stderr.splitlines()[-1]
    assert "ingested 1 page" in out.stderr
    assert found(index, "重阳", env) >= 1


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text page: a PNG image"),
        # A PDF is read as one by its content, whatever it is called: this one is broken.
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "malformed PDF"),
        ("社区新闻".encode() + b"\x00\x00\x01\x02\x00\xff\x00" * 40, "not a text page: it contains NUL bytes"),
    ],
    ids=["png", "pdf", "nul"],
)
def test_binary_file_saved_as_txt_is_skipped_and_named(folder, tmp_path, env, data, reason):
    (folder / "scan.txt").write_bytes(data)
    out = ingest(tmp_path / "ix", folder, env=env)
    says = f"skipped: {folder / 'scan.txt'}: {reason}"
    assert_skipped_but_rest_ingested(out, tmp_path / "ix", "scan.txt", says, env)
    assert reason in out.stderr


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "the page is empty"), (" \n\t\r\n\u3000\u3000\n\n".encode(), "only whitespace")],
    ids=["empty", "whitespace"],
)
def test_empty_or_whitespace_file_is_skipped_and_named(folder, tmp_path, env, data, reason):
    (folder / "blank.txt").write_bytes(data)
    out = ingest(tmp_path / "ix", folder, env=env)
    assert_skipped_but_rest_ingested(out, tmp_path / "ix", "blank.txt", reason, env)


def test_torn_utf8_is_indexed_with_a_warning_and_the_text_around_the_damage_is_found(tmp_path, env):
    before = "本报讯 麒麟社区举办重阳敬老活动，老人们欢聚一堂。" * 4
    after = "活动最后，獬豸小组为老人们送上了慰问品和祝福。" * 4
    page = tmp_path / "torn.txt"
    page.write_bytes(before.encode() + b"\xe9\x87" + after.encode())  # one character cut in half
    out = ingest(tmp_path / "ix", page, env=env)
    assert out.returncode == 0, out.stderr  # ingested: a warning, not a failure
    warning = [line for line in out.stderr.splitlines() if "warning" in line]
    assert len(warning) == 1 and "torn.txt" in warning[0] and "1 byte sequence" in warning[0] and "U+FFFD" in warning[0]
    assert found(tmp_path / "ix", "麒麟社区", env) == 1
    assert found(tmp_path / "ix", "獬豸小组", env) == 1


def test_torn_gbk_page_is_not_read_as_another_code_page(tmp_path, env):
    data = GBK_PAGE.read_bytes()
    page = tmp_path / "torn-gbk.txt"
    page.write_bytes(data[:1500] + b"\xff" + data[1500:])  # once read "cleanly" as koi8-u Cyrillic
    out = ingest(tmp_path / "ix", page, env=env)
    assert out.returncode == 0, out.stderr
    assert "did not decode as gb18030" in out.stderr and "gb18030 1" in out.stderr
    assert found(tmp_path / "ix", "重阳", env) >= 1


@pytest.mark.parametrize("page, encoding", [(GBK_PAGE, "gb18030"), (BIG5_PAGE, "cp950")], ids=["gbk", "big5"])
@pytest.mark.parametrize("offset", [777, 1500, 1501])
@pytest.mark.parametrize("stray", [b"\x80", b"\x81", b"\xff"])
def test_a_torn_chinese_page_keeps_its_encoding(page, encoding, offset, stray):
    """Before: koi8-u read torn GBK "cleanly" as Cyrillic, and GB18030 torn Big5 as kana."""
    from paperarchive.decode import decode

    data = page.read_bytes()
    decoded = decode(data[:offset] + stray + data[offset:])
    assert decoded.encoding == encoding and 1 <= decoded.replaced <= 3
    assert decoded.text[-200:] == decode(data).text[-200:]  # the text after the damage is intact


def test_huge_file_is_refused_before_it_is_read(folder, tmp_path, env):
    huge = folder / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: 300 MB of size, no disk, and zeros if it were read
    started = time.monotonic()
    out = ingest(tmp_path / "ix", folder, env=env)
    assert time.monotonic() - started < 30
    # "above the limit", not "NUL bytes": it was refused by its size, before reading.
    assert_skipped_but_rest_ingested(out, tmp_path / "ix", "huge.txt", "300.0 MB is above the 16 MB limit", env)
    assert "--max-page-mb" in out.stderr


def test_the_limit_is_an_option_and_a_one_line_page_below_it_is_ingested(tmp_path, env):
    line = tmp_path / "one-line.txt"
    line.write_text("本报讯 麒麟社区举办重阳敬老活动，老人们欢聚一堂。" * 30000)  # 2.2 MB, no newline
    refused = ingest(tmp_path / "ix", line, "--max-page-mb", "1", env=env)
    assert refused.returncode == 2 and "above the 1 MB limit" in refused.stderr
    taken = ingest(tmp_path / "ix", line, "--max-page-mb", "4", env=env)
    assert taken.returncode == 0, taken.stderr
    assert found(tmp_path / "ix", "麒麟社区", env) == 1


def test_missing_path_is_reported_and_the_rest_is_ingested(tmp_path, env):
    out = ingest(tmp_path / "ix", SEED, tmp_path / "no-such-page.txt", env=env)
    assert out.returncode == 2 and clean_failure(out)
    assert f"failed: {tmp_path / 'no-such-page.txt'}: no such file or folder" in out.stderr
    assert found(tmp_path / "ix", "重阳", env) >= 1


def test_fifo_named_txt_is_refused_without_waiting(folder, tmp_path, env):
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would wait for a writer forever
    out = ingest(tmp_path / "ix", folder, env=env, timeout=60)
    assert out.returncode == 2 and clean_failure(out)
    assert f"failed: {folder / 'pipe.txt'}: not a regular file: it is a FIFO" in out.stderr
    assert found(tmp_path / "ix", "重阳", env) >= 1


def test_clean_refuses_a_folder_named_like_a_page(tmp_path, env):
    (tmp_path / "issue.txt").mkdir()
    out = run("clean", str(tmp_path / "issue.txt"), env=env)
    assert out.returncode == 2 and clean_failure(out)
    assert out.stderr.count("\n") == 1 and "issue.txt: not a regular file: it is a folder" in out.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission; see the test after this one")
def test_file_without_read_permission_is_reported(folder, tmp_path, env):
    locked = folder / "locked.txt"
    shutil.copy(ENGLISH_PAGE, locked)
    locked.chmod(0)
    out = ingest(tmp_path / "ix", folder, env=env)
    assert out.returncode == 2 and clean_failure(out)
    assert f"failed: {locked}: Permission denied" in out.stderr


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_ingested(folder, tmp_path, monkeypatch):
    """The same as the test above, in-process: reading one file raises PermissionError (works as root too)."""
    from paperarchive import ingest as ingest_module

    locked = folder / "locked.txt"
    shutil.copy(ENGLISH_PAGE, locked)
    real = ingest_module.read_bytes

    def read_bytes(path, max_mb):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, max_mb)

    monkeypatch.setattr(ingest_module, "read_bytes", read_bytes)
    report = Archive(tmp_path / "ix").ingest([folder], workers=0)
    assert [(p.path, p.reason) for p in report.failed] == [(str(locked), "Permission denied")]
    assert report.ingested == 1 and not report.complete


def test_a_cleaner_bug_on_one_page_costs_only_that_page(folder, tmp_path, monkeypatch):
    from paperarchive import pipeline

    shutil.copy(ENGLISH_PAGE, folder / "english.txt")
    real = pipeline.clean_text

    def clean_text(text, info):
        if "HARBOR" in text:
            raise IndexError("list index out of range")
        return real(text, info)

    monkeypatch.setattr(pipeline, "clean_text", clean_text)
    report = Archive(tmp_path / "ix").ingest([folder], workers=0)
    assert len(report.failed) == 1 and report.failed[0].path.endswith("english.txt")
    assert "internal error while cleaning: IndexError" in report.failed[0].reason
    assert report.ingested == 1


def test_symbolic_link_loops_are_reported(folder, tmp_path, env):
    os.symlink("b.txt", folder / "a.txt")
    os.symlink("a.txt", folder / "b.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder linking back above itself
    out = ingest(tmp_path / "ix", folder, env=env, timeout=60)
    assert out.returncode == 2 and clean_failure(out)
    assert f"failed: {folder / 'a.txt'}: Too many levels of symbolic links" in out.stderr
    assert f"failed: {folder / 'sub' / 'up'}: symbolic link loop" in out.stderr
    assert "ingested 1 page" in out.stderr  # the good page, once


def test_second_link_to_a_folder_is_read_once_without_complaint(tmp_path, env):
    issue = tmp_path / "archive" / "issue"
    issue.mkdir(parents=True)
    shutil.copy(SEED, issue / "01.txt")
    os.symlink("issue", tmp_path / "archive" / "same-issue")
    out = ingest(tmp_path / "ix", tmp_path / "archive", env=env)
    assert out.returncode == 0, out.stderr
    assert "ingested 1 page" in out.stderr and "from 1 file" in out.stderr


def test_file_and_folder_names_that_are_not_utf8(tmp_path, env):
    folder = tmp_path / "pages"
    # Latin-1 bytes, not valid UTF-8, in the paper's folder name and in the file name.
    issue = os.fsencode(folder) + b"/gazette-\xe9/1925-03-14"
    os.makedirs(issue)
    name = issue + b"/caf\xe9-\xff.txt"
    shutil.copy(ENGLISH_PAGE, name)
    index = tmp_path / "ix"
    out = ingest(index, folder, env=env)
    assert out.returncode == 0 and clean_failure(out), out.stderr
    paths = run("--index", str(index), "search", "fleet", "--paths", env=env)
    assert paths.stdout.strip().endswith(r"gazette-\xe9/1925-03-14/caf\xe9-\xff.txt")  # printable, and says which bytes
    hit = run("--index", str(index), "search", "fleet", "--json", env=env).stdout.splitlines()[0]
    assert '"paper": "gazette-\\\\xe9"' in hit
    article = hit.split('"id": "')[1][:15]
    assert "THE HARBOR GAZETTE" in run("--index", str(index), "show", article, "--raw", env=env).stdout
    assert invoke("--index", index, "check").returncode == 0
    assert "unchanged, skipped: 1" in invoke("--index", index, "ingest", folder).stderr
    os.unlink(name)
    assert "pruned 1 page" in invoke("--index", index, "prune", "--force").stderr  # its only page
    assert invoke("--index", index, "search", "fleet", "--count").stdout == "0\n"


def test_a_list_on_stdin_may_name_files_that_are_not_utf8(tmp_path, env):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    shutil.copy(SEED, name)
    env["PYTHONIOENCODING"] = "utf-8:strict"  # as on a system whose locale decodes stdin strictly
    listed = subprocess.run(
        [cli_path(), "--index", str(tmp_path / "ix"), "ingest", "-"], input=name + b"\n", capture_output=True, env=env
    )
    assert listed.returncode == 0, listed.stderr
    assert b"ingested 1 page" in listed.stderr


def test_ingest_exit_status_and_summary_over_a_mixed_folder(folder, tmp_path, env):
    shutil.copy(ENGLISH_PAGE, folder / "english.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    out = ingest(tmp_path / "ix", folder, tmp_path / "gone.txt", env=env)
    assert out.returncode == 2 and clean_failure(out)
    problems = [line for line in out.stderr.splitlines() if line.startswith(("  skipped:", "  failed:"))]
    assert len(problems) == 3
    assert out.stderr.splitlines()[-1].startswith("paperarchive: 3 inputs were not ingested")
    assert "ingested 2 pages" in out.stderr
    assert found(tmp_path / "ix", "fleet", env) >= 1 and found(tmp_path / "ix", "重阳", env) >= 1
    (folder / "empty.txt").unlink()
    (folder / "photo.txt").unlink()
    assert ingest(tmp_path / "ix", folder, env=env).returncode == 0  # every input ingested (or unchanged)


def test_quiet_ingest_still_names_each_problem(folder, tmp_path, env):
    (folder / "empty.txt").write_bytes(b"")
    out = ingest(tmp_path / "ix", folder, "-q", env=env)
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        f"paperarchive: {folder / 'empty.txt'}: skipped: the page is empty",
        "paperarchive: 1 input was not ingested (listed above); the rest is indexed",
    ]


# -- queries and index folders ------------------------------------------------------


@pytest.mark.parametrize(
    "query, says",
    [
        ('"重阳', "unbalanced quote"),
        ("(重阳 AND 敬老", "unbalanced ()"),
        ("titel:重阳", "did you mean title:"),
        ("date:[2025-13 TO 2025-14]", "is not a date"),
        ("   ", "the query is empty"),
        (")(", "no words to search for"),
    ],
)
def test_query_that_does_not_parse_is_one_line_and_status_2(sample_index, env, query, says):
    out = run("--index", str(sample_index), "search", query, env=env)
    assert out.returncode == 2 and clean_failure(out) and out.stdout == ""
    assert out.stderr.count("\n") == 1 and says in out.stderr


def test_index_folder_that_is_not_an_index(tmp_path, env):
    other = tmp_path / "notes"
    other.mkdir()
    (other / "todo.md").write_text("x")
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "catalog.sqlite").write_bytes(b"not a database at all" * 100)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "catalog.sqlite").write_bytes(b"")  # as a first ingest leaves it if killed at once
    for index, says in (
        (other, "is not a paperarchive index (it holds other files)"),
        (garbage, "catalog.sqlite is not a paperarchive catalog"),
        (a_file, "is a file, not an index folder"),
        (empty, "catalog.sqlite is empty (run `paperarchive ingest PATH` to fill it)"),
        (tmp_path / "nowhere", "run `paperarchive ingest PATH` first"),
    ):
        for command in (["search", "重阳"], ["ingest", str(SEED)], ["check"], ["reindex"], ["stats"], ["export"]):
            if index in (empty, tmp_path / "nowhere") and command[0] == "ingest":
                continue  # ingest makes an index there
            out = invoke("--index", index, *command)
            assert out.returncode == 2 and clean_failure(out), (index, command, out.stderr)
            assert out.stderr.count("\n") == 1 and says in out.stderr, (index, command, out.stderr)
    assert (garbage / "catalog.sqlite").read_bytes() == b"not a database at all" * 100


@pytest.fixture
def built_index(tmp_path, env):
    index = tmp_path / "ix"
    assert ingest(index, SEED, ENGLISH_PAGE, env=env).returncode == 0
    return index


def test_catalog_from_a_newer_version_is_refused_and_left_alone(built_index, env):
    import sqlite3

    with sqlite3.connect(built_index / "catalog.sqlite") as db:
        db.execute("UPDATE meta SET value = '999' WHERE key = 'format'")
    before = _dump(built_index)
    for command in (["search", "重阳"], ["ingest", str(GBK_PAGE)], ["reindex"], ["check"]):
        out = invoke("--index", built_index, *command)
        assert out.returncode == 2 and clean_failure(out)
        assert out.stderr.count("\n") == 1 and "format 999" in out.stderr
        assert "newer paperarchive: upgrade" in out.stderr
    assert _dump(built_index) == before


def _dump(index) -> list[str]:
    import sqlite3

    with sqlite3.connect(index / "catalog.sqlite") as db:
        return list(db.iterdump())


def _garble_toc(index):
    toc = next((index / "whoosh").glob("*.toc"))
    data = toc.read_bytes()
    toc.write_bytes(data[:40] + b"garbage" * 5 + data[80:])


def _empty_toc(index):
    next((index / "whoosh").glob("*.toc")).write_bytes(b"")


def _moved_analyzer(index):
    """As if `paperarchive.analysis.PaperTokenizer` had been renamed since the index was written."""
    toc = next((index / "whoosh").glob("*.toc"))
    toc.write_bytes(toc.read_bytes().replace(b"PaperTokenizer", b"PaperTokenizeX"))


def _old_index_version(index):
    import sqlite3

    with sqlite3.connect(index / "catalog.sqlite") as db:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('index_version', '0')")


def _lost_search_index(index):
    shutil.rmtree(index / "whoosh")


@pytest.mark.parametrize("damage", [_garble_toc, _empty_toc, _moved_analyzer, _old_index_version, _lost_search_index])
def test_unreadable_search_index_says_reindex_and_reindex_mends_it(built_index, env, damage):
    hits = invoke("--index", built_index, "search", "重阳 OR fleet", "--count").stdout
    damage(built_index)
    searched = run("--index", str(built_index), "search", "重阳", env=env)
    assert searched.returncode == 2 and clean_failure(searched), searched.stderr
    assert searched.stderr.count("\n") == 1 and "run `paperarchive reindex`" in searched.stderr, searched.stderr
    for command in (["ingest", str(GBK_PAGE)], ["check"], ["stats"]):
        out = invoke("--index", built_index, *command)
        damage_found = 1 if command == ["check"] else 2  # check reports damage, as it reports any it finds
        assert out.returncode == damage_found and "run `paperarchive reindex`" in out.stderr, out.stderr
    rebuilt = run("--index", str(built_index), "reindex", env=env)
    assert rebuilt.returncode == 0 and "reindexed 2 pages" in rebuilt.stderr, rebuilt.stderr
    assert invoke("--index", built_index, "search", "重阳 OR fleet", "--count").stdout == hits
    assert invoke("--index", built_index, "check").returncode == 0


def test_index_folder_that_cannot_be_made_is_one_line(tmp_path, env):
    (tmp_path / "a-file").write_text("x")
    out = run("--index", str(tmp_path / "a-file" / "ix"), "ingest", str(SEED), env=env)
    assert out.returncode == 2 and clean_failure(out)
    assert out.stderr == f"paperarchive: {tmp_path / 'a-file' / 'ix'}: Not a directory\n"
