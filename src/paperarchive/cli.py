"""The command line: parse options, call `api`, hand the result to `render`.

Exit status: 0 done / found, 1 no match, 2 error. Errors are one line on stderr
with what to do about them; a user mistake never prints a traceback.
"""

from __future__ import annotations

import errno
import functools
import math
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import DISK_FULL, PaperarchiveError
from .limits import BATCH_MB, LOCK_WAIT, MAX_PAGE_MB

app = typer.Typer(
    name="paperarchive",
    help="Archive and search OCR'd newspaper pages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Sort(str, Enum):
    relevance = "relevance"
    date = "date"


class Facet(str, Enum):
    year = "year"
    month = "month"
    paper = "paper"
    section = "section"


def fail(message: str, hint: str | None = None, code: int = 2) -> typer.Exit:
    sys.stderr.write(f"paperarchive: {message}" + (f" ({hint})" if hint else "") + "\n")
    return typer.Exit(code)


def reports_errors(command):
    """Turn library errors into one line on stderr and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PaperarchiveError as error:
            raise fail(str(error), error.hint, error.exit_code) from None

    return wrapper


def archive(ctx: typer.Context):
    from .api import Archive, default_index_dir

    return Archive(ctx.obj or default_index_dir())


def _version(value: bool) -> None:
    if value:
        print(f"paperarchive {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    index: Annotated[
        Path | None,
        typer.Option("--index", metavar="DIR", help="Index folder (default: $PAPERARCHIVE_INDEX, else the XDG data dir)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    ctx.obj = index


@app.command()
@reports_errors
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Page files and folders (recursively: *.txt, and ALTO or hOCR *.xml *.hocr *.html); - reads a list of paths from stdin.")],
    wait: Annotated[float, typer.Option(help="Seconds to wait for another ingest to finish.")] = LOCK_WAIT,
    max_page_mb: Annotated[float, typer.Option(help="Refuse files larger than this (MB).")] = MAX_PAGE_MB,
    batch_mb: Annotated[float, typer.Option(help="Page text per commit (MB): bounds memory.")] = BATCH_MB,
    workers: Annotated[int | None, typer.Option(help="Cleaning processes beside the writer; 0 cleans in the writer (default: one per extra core).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Also drop pages under these folders whose files are gone.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Read pages, clean them, split them into articles and index them.

    Unchanged files are skipped; a changed file's articles are replaced. A page saved
    twice in one folder (ocr.txt beside ocr.xml) is read once, from the ALTO or hOCR,
    which replaces the page an earlier ingest read from the text.
    Paper, date and page come from the path (Chronicling America batches,
    <paper>/<YYYY-MM-DD>/<page>.txt, or a paperarchive.layout file; see README.md).
    Exit status 2 if any input was skipped or failed (the rest is still ingested).
    """
    from .inputs import read_path_list
    from .render import ingest_summary

    _positive("--max-page-mb", max_page_mb)
    _positive("--batch-mb", batch_mb)
    if workers is not None and workers < 0:
        raise fail(f"--workers {workers}: give 0 (clean in the writer) or more")
    sources: list[str] = []
    for path in paths:
        # Bytes decoded as file names are: a listed name need not be valid UTF-8, whatever the locale.
        sources += read_path_list(map(os.fsdecode, sys.stdin.buffer)) if path == "-" else [path]
    with _progress(quiet) as progress:
        report = archive(ctx).ingest(
            sources, progress=progress, wait=wait, max_mb=max_page_mb, batch_mb=batch_mb, workers=workers, prune=prune
        )
    if not quiet:
        ingest_summary(report, sys.stderr)
        for path in report.pruned:
            sys.stderr.write(f"  pruned (file gone): {path}\n")
    else:  # quiet drops the summary, never the errors
        for kind, problems in (("skipped", report.skipped), ("failed", report.failed)):
            for problem in problems:
                sys.stderr.write(f"paperarchive: {problem.path}: {kind}: {problem.reason}\n")
    if not report.complete:
        missed = len(report.skipped) + len(report.failed)
        were = "inputs were" if missed != 1 else "input was"
        raise fail(f"{missed} {were} not ingested (listed above); the rest is indexed")


def _positive(option: str, value: float) -> None:
    """A size option must be a number above 0: nan, inf, 0 and below are one-line usage errors."""
    if not math.isfinite(value) or value <= 0:
        raise fail(f"{option} {value:g}: give a number of MB above 0")


class _progress:
    """A Rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, quiet: bool):
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeRemainingColumn(), transient=True,
                console=__import__("rich.console", fromlist=["Console"]).Console(file=sys.stderr),
            )

    def __enter__(self):
        if self.bar is None:
            return None
        self.bar.start()
        task = self.bar.add_task("ingest", total=None)
        return lambda done, total, path: self.bar.update(task, completed=done, total=total)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


@app.command()
@reports_errors
def clean(
    files: Annotated[list[Path], typer.Argument(help="Page files to clean (nothing is indexed).")],
    json: Annotated[bool, typer.Option("--json", help="One JSON object per page, one per line.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show every repair: which rule changed what, where.")] = False,
    disable: Annotated[list[str] | None, typer.Option("--disable", metavar="RULE", help="Turn a repair rule off (repeatable).")] = None,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
) -> None:
    """Print the cleaned page: articles, furniture and, with --explain, the repairs."""
    from . import render
    from .api import clean_file
    from .inputs import display
    from .repair import check_rule_names

    disable = disable or []
    check_rule_names(disable)
    style = render.Style.detect(sys.stdout, color.value)
    failed = False
    for path in files:
        try:
            read = clean_file(path, disable)
        except PaperarchiveError as error:
            fail(f"{display(path)}: {error}", error.hint)
            failed = True
            continue
        except OSError as error:
            fail(f"{display(path)}: {error.strerror or error}")
            failed = True
            continue
        if json:
            render.emit_json(render.clean_json(read.path, read.decoded.encoding, read.page, explain))
        elif explain and style.rich:
            render.explain_rich(read.path, list(read.page.fixes), sys.stdout, style)
        elif explain:
            render.explain_plain(read.path, read.page.fixes, sys.stdout)
        else:
            sys.stdout.write(render.clean_text_view(read.path, read.page))
    if failed:
        raise typer.Exit(2)


@app.command()
@reports_errors
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words, "phrases", field:value, AND/OR/NOT, date:[2025-10-01 TO 2025-10-31].')],
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Most hits to show (default: 10; all for --paths).")] = None,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per hit per line.")] = False,
    paths: Annotated[bool, typer.Option("--paths", "-l", help="Only the source paths of the hits, each once.")] = False,
    count: Annotated[bool, typer.Option("--count", "-c", help="Only the number of hits.")] = False,
    count_by: Annotated[Facet | None, typer.Option("--count-by", help="Hits per year, month, paper or section.")] = None,
    sort: Annotated[Sort, typer.Option(help="relevance (best first) or date (oldest first).")] = Sort.relevance,
    date_from: Annotated[str | None, typer.Option("--from", metavar="DATE", help="Only pages printed on or after DATE.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="Only pages printed on or before DATE.")] = None,
    paper: Annotated[str | None, typer.Option(help="Only this paper.")] = None,
    section: Annotated[str | None, typer.Option(help="Only articles under this section label.")] = None,
    fuzzy: Annotated[bool, typer.Option("--fuzzy", help="Also match OCR misreadings (see README).")] = False,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; only set the exit status.")] = False,
) -> None:
    """Find articles; exit status 0 if any matched, 1 if none."""
    from . import render
    from .search import Filters

    if limit is not None and limit < 1:
        raise fail(f"--limit {limit}: give 1 or more (leave it out for the default)")
    filters = Filters(paper=paper, section=section, date_from=date_from, date_to=date_to)
    summary = count or quiet or count_by is not None
    style = render.Style.detect(sys.stdout, color.value)
    listing = not (summary or paths or json) and style.rich  # only the terminal listing prints the total
    results = archive(ctx).search(
        query,
        limit=1 if quiet else (limit if limit is not None else (None if paths or count else 10)),
        sort=sort.value,
        fuzzy=fuzzy,
        filters=filters,
        count_by=count_by.value if count_by else None,
        snippets=0 if summary or paths else 3,
        count=listing or count,
    )
    found = bool(results.hits) or bool(results.total)
    if quiet:
        pass
    elif count:
        print(results.total)
    elif count_by is not None:
        if style.rich and not json:
            render.facets_rich(count_by.value, list(results.counts), sys.stdout, style)
        else:
            render.facets_plain(results.counts, sys.stdout)
    elif paths:
        for path in dict.fromkeys(hit.stored.path for hit in results.hits):
            print(path)
    elif json:
        for hit in results.hits:
            render.emit_json(render.hit_json(hit))
    elif style.rich:
        render.search_rich(results, sys.stdout, style)
    else:
        render.search_plain(results, sys.stdout, style.color)
    if not found:
        if not quiet and not json and not count and not paths and count_by is None:
            sys.stderr.write(f"no articles match {query!r}\n")
        raise typer.Exit(1)


@app.command()
@reports_errors
def show(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id (or a unique prefix) from search.")],
    raw: Annotated[bool, typer.Option("--raw", help="The whole page's text as it was read, before cleaning.")] = False,
    highlight: Annotated[str | None, typer.Option(metavar="QUERY", help="Highlight these query terms.")] = None,
    json: Annotated[bool, typer.Option("--json", help="The article as one JSON object.")] = False,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
) -> None:
    """Print one whole article (or, with --raw, the page it came from)."""
    from . import render

    archive_ = archive(ctx)
    if raw:
        _, text = archive_.raw(article_id)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    stored = archive_.show(article_id)
    needles = archive_.needles(highlight) if highlight else None
    style = render.Style.detect(sys.stdout, color.value)
    if json:
        render.emit_json(render.article_json(stored))
    elif style.rich:
        render.article_rich(stored, sys.stdout, style, needles)
    else:
        sys.stdout.write(render.article_text(stored, needles, style.color))


@app.command()
@reports_errors
def prune(
    ctx: typer.Context,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another writer to finish.")] = LOCK_WAIT,
    force: Annotated[bool, typer.Option("--force", help="Prune even when a whole ingested folder or over 20% of the pages would go.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="List the files whose pages would go; change nothing.")] = False,
) -> None:
    """Drop the articles of pages whose files are gone.

    Refuses (exit 2) when a folder given to ingest is gone as a whole, or when more
    than 20% of the pages would go (an unmounted disk, a moved archive), unless --force.
    """
    report = archive(ctx).prune(wait, force=force, dry_run=dry_run)
    for path in report.gone:
        print(path)
    n = report.pages
    if dry_run:
        sys.stderr.write(f"would prune {n} page{'s' if n != 1 else ''} whose files are gone (listed above)\n")
    else:
        sys.stderr.write(f"pruned {n} page{'s' if n != 1 else ''} whose files are gone\n")


@app.command()
@reports_errors
def relocate(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(help="The folder (or file) as it was ingested.")],
    new: Annotated[Path, typer.Argument(help="Where it is now.")],
    wait: Annotated[float, typer.Option(help="Seconds to wait for another writer to finish.")] = LOCK_WAIT,
) -> None:
    """Record that ingested files moved (an archive moved or mounted elsewhere): pages keep their ids."""
    moved = archive(ctx).relocate(old, new, wait)
    sys.stderr.write(f"relocated {moved} page{'s' if moved != 1 else ''} to {new}\n")


@app.command()
@reports_errors
def reindex(
    ctx: typer.Context,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another writer to finish.")] = LOCK_WAIT,
) -> None:
    """Rebuild the search index from the stored page text (after an upgrade; no files needed)."""
    with _progress(False) as progress:
        report = archive(ctx).reindex(wait, progress)
    if report.salvaged:
        sys.stderr.write(f"the catalog was damaged: rebuilt from its sound pages; the damaged file is {report.salvaged}\n")
    for page_id, path in report.dropped:
        sys.stderr.write(f"left out damaged page {page_id} ({path}): `paperarchive ingest` its file to read it again\n")
    sys.stderr.write(f"reindexed {report.pages} pages ({report.articles} articles)\n")


@app.command()
@reports_errors
def check(ctx: typer.Context) -> None:
    """Verify the index: catalog against search index, stored hashes against the files.

    Exit status 0 if all agree, 1 if something needs doing (and says what).
    """
    report = archive(ctx).check()
    print(f"pages {report.pages}, articles {report.articles}, indexed {report.indexed}")
    for label, items in (
        ("in the catalog but not searchable", report.not_indexed),
        ("searchable but not in the catalog", report.not_catalogued),
        ("file gone", report.files_gone),
        ("file changed since ingest", report.files_changed),
        ("damaged", report.damaged_pages),
        ("catalog file damaged", report.catalog_damage),
        ("search index damaged", report.index_damage),
    ):
        for item in items[:20]:
            print(f"  {label}: {item}")
        if len(items) > 20:
            print(f"  … and {len(items) - 20} more {label}")
    for advice in report.advice():
        sys.stderr.write(f"paperarchive: {advice}\n")
    if not report.ok:
        raise typer.Exit(1)
    print("ok")


@app.command()
@reports_errors
def stats(ctx: typer.Context) -> None:
    """Pages, articles, papers, dates, encodings and sizes of the index."""
    s = archive(ctx).stats()
    papers = ", ".join(f"{name or '(none)'} {n}" for name, n in s.papers.most_common())
    print(f"pages\t{s.pages}\narticles\t{s.articles}\npapers\t{papers}")
    print(f"dates\t{s.first_date or '-'} … {s.last_date or '-'}")
    print("encodings\t" + ", ".join(f"{e} {n}" for e, n in s.encodings.most_common()))
    ratio = f" ({s.index_bytes / s.text_bytes:.2f}× the page text)" if s.text_bytes else ""
    print(f"page text\t{s.text_bytes / 1e6:.1f} MB\nindex on disk\t{s.index_bytes / 1e6:.1f} MB{ratio}")
    print(f"segments\t{s.segments}")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    ndjson_bulk = "ndjson-bulk"


@app.command()
@reports_errors
def export(
    ctx: typer.Context,
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="jsonl (one article per line), csv, or ndjson-bulk (an Elasticsearch/OpenSearch _bulk body)."),
    ] = ExportFormat.jsonl,
) -> None:
    """Every article with its metadata and cleaned text, for a search cluster, datasette or pandas.

    Field names are stable (see README.md, "Export").
    """
    from .export import write_bulk, write_csv, write_jsonl

    writers = {ExportFormat.jsonl: write_jsonl, ExportFormat.csv: write_csv, ExportFormat.ndjson_bulk: write_bulk}
    writers[format](archive(ctx).export(), sys.stdout)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app; a closed pipe or Ctrl-C ends it quietly."""
    try:
        app(args=argv, prog_name="paperarchive")
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop writing, no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("paperarchive: interrupted\n")
        sys.exit(130)
    except OSError as error:  # the system said no (a full disk, a folder without permission): not a bug
        from .inputs import display

        where = f"{display(error.filename)}: " if error.filename else ""
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            sys.stderr.write(f"paperarchive: {DISK_FULL} ({where}{error.strerror or error})\n")
        else:
            sys.stderr.write(f"paperarchive: {where}{error.strerror or error}\n")
        sys.exit(2)
    except Exception as error:  # a bug, not a user mistake: say so in one line
        if os.environ.get("PAPERARCHIVE_DEBUG"):
            raise
        sys.stderr.write(
            f"paperarchive: internal error: {type(error).__name__}: {error}"
            " (run again with PAPERARCHIVE_DEBUG=1 for the traceback, and please report it)\n"
        )
        sys.exit(3)
