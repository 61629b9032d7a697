"""The console entry point: a plain `search` or `ingest` runs without building typer's app.

Most of a `paperarchive search` process is interpreter start and imports, and typer
with the app it builds from `cli.py` at each start was a quarter of it (bench/RESULTS.md,
"The search process without typer"); of an ingest of unchanged files, a tenth. So `main`
reads a search or an ingest whose every word is one it knows (the options of `cli.search`
and `cli.ingest`, as `SEARCH_OPTIONS` and `INGEST_OPTIONS` list them) and runs the
command's body, `search_command` or `ingest_command`, itself. Anything else goes to typer
unchanged: other commands, `--help`, `--version`, completion, and every mistake (an
unknown option, a bad value, options that conflict), so help, errors and exit codes are
typer's own. tests/test_console.py holds both tables to typer's definitions, option by
option, and the two paths' output to be the same bytes.
"""

import contextlib
import errno
import functools
import math
import os
import sys
from enum import Enum
from pathlib import Path

from .errors import DISK_FULL, PaperarchiveError
from .limits import BATCH_MB, LOCK_WAIT, MAX_PAGE_MB


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Sort(str, Enum):
    relevance = "relevance"
    date = "date"
    newest = "-date"


class Facet(str, Enum):
    year = "year"
    month = "month"
    paper = "paper"
    section = "section"


class UsageError(Exception):
    """A command's options do not go together: typer reports it (cli.py), as it reports its own."""


def fail(message: str, hint: str | None = None, code: int = 2) -> SystemExit:
    """Say what went wrong in one line on stderr; the caller raises what this returns to end with `code`."""
    from .printable import for_terminal  # one line, whatever a damaged file's bytes put in the message

    sys.stderr.write(for_terminal(f"paperarchive: {message}" + (f" ({hint})" if hint else "")) + "\n")
    return SystemExit(code)


def reports_errors(command):
    """Turn library errors into one line on stderr and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PaperarchiveError as error:
            raise fail(str(error), error.hint, error.exit_code) from None
        except BrokenPipeError:
            # The reader went away (`| head -1`): stop quietly with success, as rg does; what
            # is still buffered goes nowhere instead of failing again at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(0) from None

    return wrapper


def archive(index: Path | None):
    from .api import Archive, default_index_dir

    return Archive(index or default_index_dir())


@reports_errors
def search_command(
    index: Path | None,
    words: list[str],
    limit: int | None = None,
    offset: int = 0,
    all_hits: bool = False,
    json: bool = False,
    paths: bool = False,
    null: bool = False,
    count: bool = False,
    count_by: str | None = None,
    sort: str = Sort.relevance.value,
    date_from: str | None = None,
    date_to: str | None = None,
    paper: str | None = None,
    section: str | None = None,
    fuzzy: bool = False,
    color: str = Color.auto.value,
    quiet: bool = False,
) -> None:
    """`paperarchive search`, its options as `cli.search` declares them: ends with status 1 if nothing matched."""
    from . import render
    from .search import Filters

    if limit is not None and limit < 1:
        raise fail(f"--limit {limit}: give 1 or more (leave it out for the default)")
    query = " ".join(words)
    modes = [name for name, on in (("--paths", paths), ("--count", count), ("--count-by", count_by is not None)) if on]
    if len(modes) > 1 or (json and paths):
        raise UsageError(f"{' and '.join(modes + (['--json'] if json else []))} cannot be used together")
    if all_hits and limit is not None:
        raise UsageError("--all and --limit cannot be used together")
    filters = Filters(paper=paper, section=section, date_from=date_from, date_to=date_to)
    summary = count or quiet or count_by is not None
    style = render.Style.detect(sys.stdout, color)
    every = all_hits or ((paths or count) and limit is None)
    results = archive(index).search(
        query,
        limit=1 if quiet else (None if every else (limit or 10)),
        offset=0 if summary else offset,
        sort=sort,
        fuzzy=fuzzy,
        filters=filters,
        count_by=count_by,
        snippets=0 if summary or paths else 3,
        count=not quiet,
    )
    found = bool(results.hits) or bool(results.total)
    if quiet:
        pass
    elif count:
        render.emit_json({"count": results.total}) if json else print(results.total)
    elif count_by is not None:
        if json:
            render.facets_json(count_by, results.counts, sys.stdout)
        elif style.rich:
            render.facets_rich(count_by, list(results.counts), sys.stdout, style)
        else:
            render.facets_plain(results.counts, sys.stdout)
    elif paths:
        from .printable import for_terminal

        # A story continued on another page was read from each of its pages' files.
        for path in dict.fromkeys(part.path for hit in results.hits for part in hit.stored.parts or (hit.stored,)):
            if null:
                sys.stdout.write(path + "\0")
            else:  # escaped on a terminal: a file name cannot send it commands
                print(for_terminal(path) if sys.stdout.isatty() else path)
    elif json:
        for hit in results.hits:
            render.emit_json(render.hit_json(hit))
    elif style.rich:
        render.search_rich(results, sys.stdout, style)
    else:
        render.search_plain(results, sys.stdout, style.color)
    if results.cut and not summary:
        first, last = results.offset + 1, results.offset + len(results.hits)
        sys.stderr.write(
            f"showing {first}–{last} of {results.total} (--limit N for more, --offset {last} for the next, --all for every one)\n"
        )
    if not found:
        if not quiet and not json and not count and not paths and count_by is None:
            active = render.active_filters(filters)
            sys.stderr.write(f"no articles match {query!r}{f' with {active}' if active else ''}\n")
        raise SystemExit(1)


@reports_errors
def ingest_command(
    index: Path | None,
    paths: list[str],
    wait: float = LOCK_WAIT,
    max_page_mb: float = MAX_PAGE_MB,
    batch_mb: float = BATCH_MB,
    workers: int | None = None,
    prune: bool = False,
    quiet: bool = False,
    verbose: bool = False,
    null: bool = False,
    from_jsonl: bool = False,
) -> None:
    """`paperarchive ingest`, its options as `cli.ingest` declares them: ends with status 2 if any input was not ingested."""
    from .inputs import for_terminal, read_path_list
    from .render import ingest_summary

    positive("--max-page-mb", max_page_mb)
    positive("--batch-mb", batch_mb)
    if workers is not None and workers < 0:
        raise fail(f"--workers {workers}: give 0 (clean in the writer) or more")
    sources: list[str] = []
    for path in paths:
        if path != "-":
            sources.append(path)
        elif null:
            sources += [os.fsdecode(name) for name in sys.stdin.buffer.read().split(b"\0") if name]
        else:  # bytes decoded as file names are: a listed name need not be valid UTF-8, whatever the locale
            sources += read_path_list(map(os.fsdecode, sys.stdin.buffer))
    if not sources:
        raise fail("no paths to ingest", "name files or folders, or give `-` a list of paths on stdin")
    if from_jsonl and prune:
        raise fail("--prune drops pages whose files are gone: run it without --from-jsonl")
    archive_ = archive(index)
    before = archive_.page_count()
    try:
        with progress_bar(quiet) as bar, ctrl_c_noted() as pressed:
            def progress(done: int, total: int, path: str) -> None:
                if pressed:  # a Ctrl-C whose KeyboardInterrupt a finalizer swallowed: stop at the next file
                    raise KeyboardInterrupt
                if bar:
                    bar(done, total, path)

            if from_jsonl:
                report = archive_.ingest_shards(sources, wait=wait, batch_mb=batch_mb)
            else:
                report = archive_.ingest(
                    sources, progress=progress, wait=wait, max_mb=max_page_mb, batch_mb=batch_mb, workers=workers, prune=prune
                )
            if pressed:  # ... or after the last one: the run was still interrupted
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        committed = archive_.page_count() - before
        raise fail(
            f"interrupted: {committed} new page{'s' if committed != 1 else ''} committed and searchable",
            "run the same command to finish: what was committed is skipped",
            130,
        ) from None
    if not report.files and report.complete:
        raise fail("no page files found in " + ", ".join(sources), "ingest reads *.txt and *.md files and, by their content, ALTO, hOCR, PAGE XML, ABBYY, Tesseract TSV, PaddleOCR, Textract and MinerU files; see `paperarchive ingest --help`")
    if not quiet:
        ingest_summary(report, sys.stderr, verbose)
        for path in report.pruned:
            sys.stderr.write(f"  pruned (file gone): {path}\n")
    else:  # quiet drops the summary, never the errors
        for kind, problems in (("skipped", report.skipped), ("failed", report.failed)):
            for problem in problems:
                sys.stderr.write(for_terminal(f"paperarchive: {problem.path}: {kind}: {problem.reason}") + "\n")
    if not report.complete:
        missed = len(report.skipped) + len(report.failed)
        were = "inputs were" if missed != 1 else "input was"
        raise fail(f"{missed} {were} not ingested (listed above); the rest is indexed")


def positive(option: str, value: float) -> None:
    """A size option must be a number above 0: nan, inf, 0 and below are one-line usage errors."""
    if not math.isfinite(value) or value <= 0:
        raise fail(f"{option} {value:g}: give a number of MB above 0")


@contextlib.contextmanager
def ctrl_c_noted():
    """Ctrl-C raises KeyboardInterrupt as ever, and is also noted in the list this yields.

    Python ignores an exception raised inside a finalizer: a Ctrl-C that lands while
    whoosh's lock is collected (`LockBase.__del__`) is lost, and an ingest ran on to its
    end and exited 0. The note lets the ingest stop at the next file, or say at its end
    that it was interrupted. (Signal handlers can only be set in the main thread.)
    """
    import signal
    import threading

    pressed: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return

    def on_ctrl_c(signum, frame):
        pressed.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


class progress_bar:
    """A Rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, quiet: bool):
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            # Sizes in MB of 1024 × 1024 bytes, as the summary and --batch-mb count them.
            sizes = "{task.completed:.1f}/{task.total:.1f} MB · {task.fields[pages]} files"
            self.bar = Progress(
                TextColumn("ingesting"), BarColumn(), TextColumn(sizes), TimeRemainingColumn(), transient=True,
                console=Console(file=sys.stderr),
            )

    def __enter__(self):
        if self.bar is None:
            return None
        self.bar.start()
        task = self.bar.add_task("ingest", total=None, pages=0)
        files = 0

        def update(done: int, total: int, path: str) -> None:
            nonlocal files
            files += 1
            self.bar.update(task, completed=done / 1048576, total=total / 1048576, pages=files)

        return update

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


class NonNegative(int):
    """An int option with typer's `min=0`."""


def _values(choices: type[Enum]) -> tuple[str, ...]:
    return tuple(choice.value for choice in choices)


# What `cli.search` declares, for the early parse: each option's names, the parameter it
# sets and what it takes (bool: a flag; int, NonNegative or str: a value; a tuple: one of
# those values). tests/test_console.py checks every entry against typer's own.
SEARCH_OPTIONS: dict[str, tuple[str, object]] = {
    "--limit": ("limit", int), "-n": ("limit", int),
    "--offset": ("offset", NonNegative),
    "--all": ("all_hits", bool),
    "--json": ("json", bool),
    "--paths": ("paths", bool), "-l": ("paths", bool),
    "--null": ("null", bool), "-0": ("null", bool),
    "--count": ("count", bool), "-c": ("count", bool),
    "--count-by": ("count_by", _values(Facet)),
    "--sort": ("sort", _values(Sort)),
    "--from": ("date_from", str),
    "--to": ("date_to", str),
    "--paper": ("paper", str),
    "--section": ("section", str),
    "--fuzzy": ("fuzzy", bool),
    "--color": ("color", _values(Color)),
    "--quiet": ("quiet", bool), "-q": ("quiet", bool),
}
_INDEX = "--index"  # the app's one option a plain search may carry (cli.main_options)


# The same for `cli.ingest`: an ingest of unchanged files takes half a second, and typer with
# its app was a tenth of it (bench/RESULTS.md, "Re-ingest of unchanged files").
INGEST_OPTIONS: dict[str, tuple[str, object]] = {
    "--wait": ("wait", float),
    "--max-page-mb": ("max_page_mb", float),
    "--batch-mb": ("batch_mb", float),
    "--workers": ("workers", int),
    "--prune": ("prune", bool),
    "--quiet": ("quiet", bool), "-q": ("quiet", bool),
    "--verbose": ("verbose", bool), "-v": ("verbose", bool),
    "--null": ("null", bool), "-0": ("null", bool),
    "--from-jsonl": ("from_jsonl", bool),
}
_COMMANDS = {"search": SEARCH_OPTIONS, "ingest": INGEST_OPTIONS}


def _value(takes: object, text: str):
    """The option's value, or None where typer would refuse it (it then says why)."""
    if isinstance(takes, tuple):
        return text if text in takes else None
    if takes is str:
        return text
    try:
        number = float(text) if takes is float else int(text)  # what click's FLOAT and INT do
    except ValueError:
        return None
    return None if takes is NonNegative and number < 0 else number


def plain_search(args: list[str]) -> tuple[Path | None, list[str], dict] | None:
    """(index, words, options) of a search that holds nothing but its known options and words,
    written as typer reads them; None for anything else, which typer then parses.

    >>> plain_search(["--index", "ix", "search", "重阳", "--limit", "3", "--sort=-date", "-l"])
    (PosixPath('ix'), ['重阳'], {'limit': 3, 'sort': '-date', 'paths': True})
    >>> plain_search(["search", "--", "-n", "--json"])  # after --, words are words
    (None, ['-n', '--json'], {})
    >>> [plain_search(a) for a in (["search", "重阳", "--help"], ["search", "-lc", "x"], ["search", "x", "-n", "0x"])]
    [None, None, None]
    """
    plain = plain_command(args)
    return plain[1:] if plain is not None and plain[0] == "search" else None


def plain_command(args: list[str]) -> tuple[str, Path | None, list[str], dict] | None:
    """(command, index, words, options) of a search or an ingest that holds nothing but the
    command's known options (`SEARCH_OPTIONS`, `INGEST_OPTIONS`) and its words (an ingest's
    paths), written as typer reads them; None for anything else, which typer then parses.

    >>> plain_command(["ingest", "pages", "-", "-q", "--workers=0", "--batch-mb", "8"])
    ('ingest', None, ['pages', '-'], {'quiet': True, 'workers': 0, 'batch_mb': 8.0})
    >>> [plain_command(a) for a in (["ingest", "-qv", "pages"], ["ingest", "pages", "--wait", "soon"], ["check"])]
    [None, None, None]
    """
    if os.environ.get("_PAPERARCHIVE_COMPLETE"):  # a shell asking typer for completions
        return None
    index, i = None, 0
    if args[:1] == [_INDEX] and len(args) > 1:
        index, i = Path(args[1]), 2
    elif args[:1] and args[0].startswith(_INDEX + "="):
        index, i = Path(args[0].partition("=")[2]), 1
    command = args[i] if i < len(args) else None
    if command not in _COMMANDS:
        return None
    known = _COMMANDS[command]
    words: list[str] = []
    options: dict = {}
    rest = iter(args[i + 1 :])
    for arg in rest:
        if arg == "--":
            words += rest
            break
        if arg == "-" or not arg.startswith("-"):
            words.append(arg)
            continue
        name, eq, text = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name not in known:
            return None  # help, a global option, clustered short flags, or a mistake: typer's to say
        dest, takes = known[name]
        if dest in options:
            return None  # given twice
        if takes is bool:
            if eq:
                return None
            options[dest] = True
            continue
        if not eq:
            text = next(rest, None)
            if text is None:
                return None
        value = _value(takes, text)
        if value is None:
            return None
        options[dest] = value
    return (command, index, words, options) if words else None


def guarded(run) -> int:
    """Run a command; a Ctrl-C, a refusal from the system or a bug each end it with one line and a status."""
    try:
        return run()
    except KeyboardInterrupt:
        sys.stderr.write("paperarchive: interrupted\n")
        return 130
    except OSError as error:  # the system said no (a full disk, a folder without permission): not a bug
        from .printable import display

        where = f"{display(error.filename)}: " if error.filename else ""
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            sys.stderr.write(f"paperarchive: {DISK_FULL} ({where}{error.strerror or error})\n")
        else:
            sys.stderr.write(f"paperarchive: {where}{error.strerror or error}\n")
        return 2
    except Exception as error:  # a bug, not a user mistake: say so in one line
        if os.environ.get("PAPERARCHIVE_DEBUG"):
            raise
        sys.stderr.write(
            f"paperarchive: internal error: {type(error).__name__}: {error}"
            " (run again with PAPERARCHIVE_DEBUG=1 for the traceback, and please report it)\n"
        )
        return 3


def _through_typer(args: list[str]) -> int:
    from .cli import run_app

    return run_app(args)


def _early(args: list[str], command: str, index: Path | None, words: list[str], options: dict) -> int:
    try:
        (search_command if command == "search" else ingest_command)(index, words, **options)
    except UsageError:  # nothing is printed before this: typer runs it again and says it its way
        return _through_typer(args)
    except KeyboardInterrupt:
        return 130  # as typer ends a command that Ctrl-C stopped: nothing said
    return 0


def main(argv: list[str] | None = None) -> None:
    """Console entry point: a plain search or ingest runs here, anything else through typer (cli.py)."""
    args = hoist_global_options(sys.argv[1:] if argv is None else argv)
    plain = plain_command(args)
    if plain is None:
        sys.exit(guarded(lambda: _through_typer(args)))
    sys.exit(guarded(lambda: _early(args, *plain)))


_GLOBAL_OPTIONS = (_INDEX,)  # options of the app that people also type after the command


def hoist_global_options(args: list[str]) -> list[str]:
    """Move the app's own options typed after the command to before it, as git and rg accept
    them anywhere: `paperarchive search 重阳 --index D` works like `paperarchive --index D search 重阳`.

    >>> hoist_global_options(["search", "重阳", "--index", "ix", "--json"])
    ['--index', 'ix', 'search', '重阳', '--json']
    >>> hoist_global_options(["search", "--", "--index"])  # after --, words are words
    ['search', '--', '--index']
    """
    front, rest, i = [], [], 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        name = arg.split("=", 1)[0]
        if name in _GLOBAL_OPTIONS and rest:
            taken = 1 if "=" in arg else 2
            front += args[i : i + taken]
            i += taken
            continue
        rest.append(arg)
        i += 1
    return front + rest
