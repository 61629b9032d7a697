"""The console entry point runs a plain search without typer: the same options, the same bytes.

`console.plain_search` reads a search's options from its own table (`SEARCH_OPTIONS`), so
these tests hold that table to typer's definitions of `cli.search`, option by option, and
run each command line both ways (`console.main`, and `cli.main`, which always goes through
typer) on the same index: stdout, stderr and the exit status must be the same.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
import shutil
import sqlite3
import subprocess
import sys
from enum import Enum

import pytest
import typer
from conftest import cli_path

from paperarchive import cli, console

SEARCH = typer.main.get_command(cli.app).commands["search"]
INGEST = typer.main.get_command(cli.app).commands["ingest"]


def _takes(param) -> object:
    """What an option takes, in SEARCH_OPTIONS' terms, from typer's (click's) own definition."""
    kind = type(param.type).__name__
    if param.is_flag:
        return bool
    if kind in ("Choice", "TyperChoice"):
        assert param.type.case_sensitive, param.name
        return tuple(choice.value if isinstance(choice, Enum) else choice for choice in param.type.choices)
    if kind == "IntRange":
        assert (param.type.min, param.type.max, param.type.min_open, param.type.clamp) == (0, None, False, False)
        return console.NonNegative
    return {"IntParamType": int, "StringParamType": str, "FloatParamType": float}[kind]


@pytest.mark.parametrize(
    ("command", "words", "body", "table"),
    [(SEARCH, "words", console.search_command, console.SEARCH_OPTIONS), (INGEST, "paths", console.ingest_command, console.INGEST_OPTIONS)],
    ids=["search", "ingest"],
)
def test_every_option_is_read_as_typer_declares_it(command, words, body, table):
    declared = {}
    for param in command.params:
        if param.param_type_name == "argument":
            assert (param.name, param.nargs, param.required) == (words, -1, True)
            continue
        if set(param.opts) == {"-h", "--help"}:
            continue  # help is typer's to print: the early parse leaves it alone
        # nothing the early parse would skip: a callback, an environment variable, a repeatable option
        assert param.callback is None and param.envvar is None and not param.multiple and param.nargs == 1, param.name
        assert not param.secondary_opts, param.name
        for name in param.opts:
            declared[name] = (param.name, _takes(param))
        default = param.default.value if isinstance(param.default, Enum) else param.default
        assert inspect.signature(body).parameters[param.name].default == default, param.name
    assert declared == table


def test_the_app_option_a_plain_search_reads_is_index_and_nothing_else_is_read():
    group = typer.main.get_command(cli.app)
    index = next(param for param in group.params if param.name == "index")
    assert index.opts == ["--index"] and not index.is_flag and index.callback is None
    assert console._GLOBAL_OPTIONS == ("--index",)
    assert all(param.name == "index" or param.is_eager or param.is_flag for param in group.params)  # --version, completion


def _run(main, args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 0
    return code, out.getvalue(), err.getvalue()


PLAIN = [
    ["重阳"],
    ["重阳", "敬老", "--json"],
    ["重阳", "-l"],
    ["重阳", "--paths", "-0"],
    ["重阳", "--count"],
    ["重阳", "-c", "--json"],
    ["重阳", "--count-by", "month", "--json"],
    ["重阳", "--count-by=paper"],
    ["的", "--sort=-date", "--offset", "1", "-n", "2"],
    ["的", "--sort", "date", "--all"],
    ["重阳", "--from", "2025-10", "--to=2025-12-31", "--paper", "shili-ribao"],
    ["重阳", "--section", "没有这一版"],
    ["没有这个词语"],
    ["社区冶理", "--fuzzy", "--color", "never"],
    ["重阳", "--color=always"],
    ["重阳", "-q"],
    ["fleet", "--", "-n"],
    ["title:敬老 OR harbor"],
]
# Mistakes and what typer alone does: the early parse hands each to typer, or the body finds
# the mistake before printing anything and typer runs it again.
TYPERS = [
    ['"重阳'],  # a query that does not parse: the body's error, in both
    ["重阳", "--limit", "0"],
    ["重阳", "--all", "--limit", "2"],
    ["重阳", "--count", "--paths"],
    ["重阳", "--json", "--paths"],
    ["重阳", "--bogus"],
    ["重阳", "--limit", "x"],
    ["重阳", "--limit"],
    ["重阳", "--offset", "-1"],
    ["重阳", "--sort", "newest"],
    ["重阳", "--json=yes"],
    ["重阳", "-lc"],
    ["重阳", "-n", "1", "-n", "2"],
    ["重阳", "--help"],
    ["-h"],
    [],
    ["-重阳"],
]


@pytest.mark.parametrize("args", PLAIN + TYPERS)
def test_a_search_prints_the_same_bytes_with_or_without_typer(sample_index, args):
    line = ["--index", str(sample_index), "search", *args]
    assert _run(console.main, line) == _run(cli.main, line)


@pytest.mark.parametrize("args", PLAIN)
def test_a_plain_search_is_read_early(args):
    assert console.plain_search(["search", *args]) is not None


@pytest.mark.parametrize("args", TYPERS)
def test_typer_reads_what_the_early_parse_does_not_know(args):
    if args in (['"重阳'], ["重阳", "--limit", "0"], ["重阳", "--all", "--limit", "2"], ["重阳", "--count", "--paths"], ["重阳", "--json", "--paths"]):
        assert console.plain_search(["search", *args]) is not None  # the body finds these
    else:
        assert console.plain_search(["search", *args]) is None


def test_the_index_may_come_after_the_command_and_be_missing(tmp_path):
    gone = str(tmp_path / "no-index")
    for line in (["search", "重阳", "--index", gone], [f"--index={gone}", "search", "重阳", "--json"]):
        code, out, err = _run(console.main, line)
        assert (code, out, err) == _run(cli.main, line)
        assert code == 2 and out == "" and err.startswith("paperarchive: ") and len(err.splitlines()) == 1


def test_the_installed_command_searches_without_typer_and_agrees_with_it(sample_index):
    """The console script itself, in a process of its own, against typer's path in another."""
    line = ["--index", str(sample_index), "search", "重阳", "--json"]
    fast = subprocess.run([cli_path(), *line], capture_output=True, timeout=120)
    through = subprocess.run(
        [sys.executable, "-c", "import sys; from paperarchive.cli import main; main()", *line], capture_output=True, timeout=120
    )
    assert fast.returncode == through.returncode == 0
    assert fast.stdout == through.stdout and fast.stdout.count(b"\n") >= 1
    assert fast.stderr == through.stderr
    probe = "import sys, runpy; sys.argv = ['paperarchive', *sys.argv[1:]]\ntry: runpy.run_module('paperarchive', run_name='__main__')\nexcept SystemExit: print('typer' in sys.modules, file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", probe, *line], capture_output=True, text=True, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


# Ingests, each into a new index from the same few pages: read early, or handed to typer.
PLAIN_INGESTS = [
    ["PAGES"],
    ["PAGES", "-q"],
    ["PAGES", "--workers", "0", "-v"],
    ["PAGES", "--batch-mb=0.01", "--max-page-mb", "1", "--wait", "2"],
    ["PAGES", "--batch-mb", "0"],  # the body's error, in both
    ["PAGES", "--workers=-1"],
    ["PAGES", "--from-jsonl", "--prune"],
    ["PAGES", "no-such-folder", "--prune", "--quiet"],
    ["--", "PAGES"],
]
TYPER_INGESTS = [
    ["PAGES", "--workers", "some"],
    ["PAGES", "--batch-mb"],
    ["PAGES", "-qv"],
    ["PAGES", "--quiet=yes"],
    ["PAGES", "-q", "--quiet"],
    ["PAGES", "--bogus"],
    ["PAGES", "--help"],
    [],
]


def _pages(tmp_path):
    """Three pages of the sample archive, in a folder of their own."""
    from conftest import BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE, SAMPLES

    pages = tmp_path / "pages"
    for page in (BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE):
        target = pages / page.relative_to(SAMPLES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    return pages


def _counts(catalog) -> tuple | None:
    if not catalog.exists():
        return None
    with contextlib.closing(sqlite3.connect(catalog)) as db:
        return db.execute("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles)").fetchone()


def _without_times(err: str) -> str:
    return re.sub(r" in [0-9.]+ s \(([^,)]*)(, [0-9.]+ MB/s)?\)", r" in T s (\1)", err)


@pytest.mark.parametrize("args", PLAIN_INGESTS + TYPER_INGESTS)
def test_an_ingest_prints_the_same_bytes_and_indexes_the_same_with_or_without_typer(tmp_path, args):
    pages = _pages(tmp_path)
    seen = []
    for main, name in ((console.main, "early"), (cli.main, "typer")):
        index = tmp_path / name
        line = ["--index", str(index), "ingest", *(str(pages) if a == "PAGES" else a for a in args)]
        code, out, err = _run(main, line)
        counts = _counts(index / "catalog.sqlite")
        seen.append((code, out, _without_times(err).replace(str(index), "INDEX"), counts))
    assert seen[0] == seen[1]
    if args in PLAIN_INGESTS:
        assert console.plain_command(["ingest", *args]) is not None
    else:
        assert console.plain_command(["ingest", *args]) is None


def test_the_installed_command_ingests_without_typer(tmp_path):
    """The console script in a process of its own: an ingest, then a re-ingest that reads nothing, neither importing typer."""
    pages = _pages(tmp_path)
    probe = "import sys, runpy; sys.argv = ['paperarchive', *sys.argv[1:]]\ntry: runpy.run_module('paperarchive', run_name='__main__')\nexcept SystemExit: print('typer' in sys.modules, file=sys.stderr)"
    line = ["--index", str(tmp_path / "ix"), "ingest", str(pages), "--workers", "0"]
    first = subprocess.run([sys.executable, "-c", probe, *line], capture_output=True, text=True, timeout=120)
    assert first.stderr.startswith("ingested 3 pages") and first.stderr.strip().splitlines()[-1] == "False", first.stderr
    again = subprocess.run([cli_path(), *line], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and again.stderr.startswith("ingested 0 pages") and "unchanged, skipped: 3" in again.stderr
