"""The command line: parse options, call `api`, hand the result to `render`.

Exit status: 0 done / found, 1 no match, 2 error. Errors are one line on stderr
with what to do about them; a user mistake never prints a traceback.

No `from __future__ import annotations` here: typer would evaluate every string
annotation of every command (twice) at each start.
"""

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, console
from .console import (
    Color,
    Facet,
    Sort,
    UsageError,
    fail,
    guarded,
    hoist_global_options,
    positive,
    progress_bar,
    reports_errors,
    search_command,
)
from .errors import PaperarchiveError
from .limits import BATCH_MB, LOCK_WAIT, MAX_PAGE_MB

app = typer.Typer(
    name="paperarchive",
    help="Archive and search OCR'd newspaper pages.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def archive(ctx: typer.Context):
    return console.archive(ctx.obj)


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
    paths: Annotated[list[str], typer.Argument(help="Page files and folders (recursively: any file holding ALTO, hOCR, PAGE, ABBYY, Tesseract TSV, PaddleOCR, Amazon Textract or MinerU output, and *.txt *.md text, gzip'd or not); - reads a list of paths from stdin.")],
    wait: Annotated[float, typer.Option(help="Seconds to wait for another ingest to finish.")] = LOCK_WAIT,
    max_page_mb: Annotated[float, typer.Option(help="Refuse files larger than this (MB).")] = MAX_PAGE_MB,
    batch_mb: Annotated[float, typer.Option(help="Page text per commit (MB): bounds memory.")] = BATCH_MB,
    workers: Annotated[int | None, typer.Option(help="Processes that clean pages and write index segments, one per core by default; 0 does it all in one process.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Also drop pages under these folders whose files are gone.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Name every file in the summary: ingested, unchanged, passed over.")] = False,
    null: Annotated[bool, typer.Option("--null", "-0", help="The list on stdin is NUL-separated (find -print0), so names may hold newlines.")] = False,
    from_jsonl: Annotated[bool, typer.Option("--from-jsonl", help="The paths are shards that `clean --out` wrote (or an export): index their articles without cleaning again.")] = False,
) -> None:
    """Read pages, clean them, split them into articles and index them.

    Unchanged files are skipped; a changed file's articles are replaced. A page saved
    twice in one folder (ocr.txt beside ocr.xml) is read once, from the ALTO or hOCR,
    which replaces the page an earlier ingest read from the text.
    Paper, date and page come from the path (Chronicling America batches,
    <paper>/<YYYY-MM-DD>/<page>.txt, or a paperarchive.layout file in a folder above
    the pages: one pattern a line, such as `{paper}/{year}/{month}/{day}/page-{page}.txt`).
    Exit status 2 if any input was skipped or failed (the rest is still ingested).
    """
    console.ingest_command(ctx.obj, paths, wait, max_page_mb, batch_mb, workers, prune, quiet, verbose, null, from_jsonl)


class ShardFormat(str, Enum):
    jsonl = "jsonl"
    ndjson_bulk = "ndjson-bulk"


@app.command()
@reports_errors
def clean(
    files: Annotated[list[Path], typer.Argument(help="Page files to clean (nothing is indexed); with --out, folders too.")],
    json: Annotated[bool, typer.Option("--json", help="One JSON object per page, one per line.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show every repair: which rule changed what, where.")] = False,
    disable: Annotated[list[str] | None, typer.Option("--disable", metavar="RULE", help="Turn a repair rule off (repeatable).")] = None,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
    out: Annotated[Path | None, typer.Option("--out", metavar="DIR", help="Write the articles as `export` does, into shards in DIR (new or empty), for `ingest --from-jsonl` or a search cluster.")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="With --out: clean on this Dask cluster (tcp://host:8786); every worker must reach the paths. Needs paperarchive[dask].")] = None,
    format: Annotated[ShardFormat, typer.Option("--format", "-f", help="With --out: jsonl, or ndjson-bulk (OpenSearch/Elasticsearch _bulk bodies).")] = ShardFormat.jsonl,
    files_per_shard: Annotated[int, typer.Option(help="With --out: files per shard, and per task on the cluster.")] = 500,
    max_page_mb: Annotated[float, typer.Option(help="With --out: refuse files larger than this (MB).")] = MAX_PAGE_MB,
) -> None:
    """Print the cleaned page: articles, furniture and, with --explain, the repairs.

    With --out DIR, write every article of the files (and folders) as JSON Lines shards
    instead, cleaned here or, with --scheduler, on a Dask cluster: the same shards either way.
    """
    from . import render
    from .api import clean_pages
    from .printable import display
    from .repair import check_rule_names

    if out is not None:
        if explain or disable:
            raise fail("--out writes what ingest would store: --explain and --disable do not apply")
        _clean_to_shards(files, out, scheduler, format.value, files_per_shard, max_page_mb)
        return
    if scheduler is not None or format is not ShardFormat.jsonl:
        raise fail("--scheduler and --format write shards: give --out DIR")
    disable = disable or []
    check_rule_names(disable)
    style = render.Style.detect(sys.stdout, color.value)
    failed = False
    for path in files:
        try:
            pages = clean_pages(path, disable)
        except PaperarchiveError as error:
            fail(f"{display(path)}: {error}", error.hint)
            failed = True
            continue
        except OSError as error:
            fail(f"{display(path)}: {error.strerror or error}")
            failed = True
            continue
        for read in pages:
            if isinstance(read, PaperarchiveError):  # one page of a PDF that has no text to read
                fail(f"{display(path)}: {read}", read.hint)
                failed = True
            else:
                _print_clean(read, json, explain, style)
    if failed:
        raise typer.Exit(2)


def _clean_to_shards(files: list[Path], out: Path, scheduler: str | None, fmt: str, per_shard: int, max_mb: float) -> None:
    from .api import clean_to_shards
    from .inputs import for_terminal
    from .render import plural

    if per_shard < 1:
        raise fail(f"--files-per-shard {per_shard}: give 1 or more")
    positive("--max-page-mb", max_mb)
    report = clean_to_shards(files, out, scheduler=scheduler, fmt=fmt, files_per_shard=per_shard, max_mb=max_mb)
    where = f"on {report.workers} Dask worker threads" if scheduler else "here"
    lines = [
        f"cleaned {plural(report.pages, 'page')} ({plural(report.articles, 'article')}) from {plural(report.files, 'file')}"
        f" {where} in {report.seconds:.1f} s: {plural(len(report.shards), 'shard')} in {out}"
    ]
    for title, problems in (("skipped", report.skipped), ("failed", report.failed), ("warning", report.warnings)):
        lines += [f"{title}: {problem.path}: {problem.reason}" for problem in problems]
    sys.stderr.write("\n".join(map(for_terminal, lines)) + "\n")
    if not report.complete:
        missed = len(report.skipped) + len(report.failed)
        raise fail(f"{missed} input{'s were' if missed != 1 else ' was'} not cleaned (listed above); the rest is in the shards")


def _print_clean(read, json: bool, explain: bool, style) -> None:
    from . import render

    if json:
        value = render.clean_json(read.path, read.decoded.encoding, read.page, explain)
        if read.label is not None:
            value["page_label"] = read.label
        render.emit_json(value)
        return
    if read.label is not None:  # a page of a PDF: named by its page label
        read = read._replace(path=f"{read.path} (page {read.label})")
    if explain and style.rich:
        render.explain_rich(read.path, list(read.page.fixes), sys.stdout, style)
    elif explain:
        render.explain_plain(read.path, read.page.fixes, sys.stdout)
    else:
        sys.stdout.write(render.clean_text_view(read.path, read.page))


@app.command()
@reports_errors
def search(
    ctx: typer.Context,
    words: Annotated[list[str], typer.Argument(metavar="QUERY…", help='Words (all must match), "phrases", field:value, AND/OR/NOT, date:[2025-10-01 TO 2025-10-31].')],
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Most hits to show (default: 10; all for --paths).")] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many hits first (the next page: --offset 10).")] = 0,
    all_hits: Annotated[bool, typer.Option("--all", help="Every hit, however many.")] = False,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per hit per line (with --count-by: per value).")] = False,
    paths: Annotated[bool, typer.Option("--paths", "-l", help="Only the source paths of the hits, each once.")] = False,
    null: Annotated[bool, typer.Option("--null", "-0", help="With --paths: end each path with NUL (for xargs -0), not a newline.")] = False,
    count: Annotated[bool, typer.Option("--count", "-c", help="Only the number of hits.")] = False,
    count_by: Annotated[Facet | None, typer.Option("--count-by", help="Hits per year, month, paper or section.")] = None,
    sort: Annotated[Sort, typer.Option(help="relevance (best first), date (oldest first) or -date (newest first); undated last.")] = Sort.relevance,
    date_from: Annotated[str | None, typer.Option("--from", metavar="DATE", help="Only pages printed on or after DATE.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="Only pages printed on or before DATE.")] = None,
    paper: Annotated[str | None, typer.Option(help="Only this paper.")] = None,
    section: Annotated[str | None, typer.Option(help="Only articles under this section label.")] = None,
    fuzzy: Annotated[bool, typer.Option("--fuzzy", help="Also match OCR misreadings: Latin words of 4+ letters within one edit (two from 8), Chinese words of 4+ characters with one inner character misread (two from 7).")] = False,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; only set the exit status.")] = False,
) -> None:
    """Find articles; exit status 0 if any matched, 1 if none.

    Several words are one query: `search 重阳 敬老` finds articles printing both.
    """
    # The body is console.search_command, which runs a plain search without building this app.
    try:
        search_command(
            ctx.obj, words, limit=limit, offset=offset, all_hits=all_hits, json=json, paths=paths, null=null, count=count,
            count_by=count_by.value if count_by else None, sort=sort.value, date_from=date_from, date_to=date_to,
            paper=paper, section=section, fuzzy=fuzzy, color=color.value, quiet=quiet,
        )
    except UsageError as error:
        raise typer.BadParameter(str(error)) from None


@app.command()
@reports_errors
def show(
    ctx: typer.Context,
    ids: Annotated[list[str], typer.Argument(metavar="ID…", help="Article ids (or unique prefixes) from search; - reads them from stdin, the first field of each line.")],
    raw: Annotated[bool, typer.Option("--raw", help="The whole page's text as it was read, before cleaning.")] = False,
    highlight: Annotated[str | None, typer.Option(metavar="QUERY", help="Highlight what this query matches (in colour; a pipe gets the text as printed).")] = None,
    json: Annotated[bool, typer.Option("--json", help="Each article as one JSON object, one per line.")] = False,
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help="Page long output on a terminal ($PAGER, else less).")] = True,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
) -> None:
    """Print whole articles (or, with --raw, the pages they came from), in the order given."""
    from . import render

    wanted = _article_ids(ids)
    archive_ = archive(ctx)
    style = render.Style.detect(sys.stdout, color.value)
    with _paged(pager and style.rich and not json):
        for n, article_id in enumerate(wanted):
            if raw:
                _, text = archive_.raw(article_id)
                if sys.stdout.isatty():  # the page's control characters shown, not obeyed
                    from .printable import for_terminal

                    text = for_terminal(text, page_text=True)
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
                continue
            stored = archive_.show(article_id)
            needles = archive_.needles(highlight) if highlight else None
            if json:
                render.emit_json(render.article_json(stored))
                continue
            if n:
                sys.stdout.write("\n")
            if style.rich:
                render.article_rich(stored, sys.stdout, style, needles)
            else:
                sys.stdout.write(render.article_text(stored, needles, style.color))


def _article_ids(given: list[str]) -> list[str]:
    """The ids named, with `-` replaced by those on stdin (the first field of each line, so
    `search … | paperarchive show -` works as it stands)."""
    ids: list[str] = []
    for item in given:
        if item == "-":
            ids += [line.split("\t", 1)[0].strip() for line in sys.stdin if line.strip()]
        else:
            ids.append(item.strip())
    if not ids or not all(ids):
        raise typer.BadParameter("give an article id, as `paperarchive search` prints them")
    return ids


class _paged:
    """Send what a command prints through a pager, as git does: on a terminal only."""

    def __init__(self, wanted: bool):
        self.wanted = wanted and sys.stdout.isatty() and sys.stdin.isatty()
        self.pager = None

    def __enter__(self):
        if self.wanted:
            import io

            os.environ.setdefault("LESS", "FRX")  # quit if it fits one screen, keep colours, no screen clear
            self.pager = io.StringIO()
            self.stdout, sys.stdout = sys.stdout, _TerminalBuffer(self.pager)
        return self

    def __exit__(self, *exc):
        if self.pager is None:
            return
        sys.stdout = self.stdout
        if exc[0] is None:
            import pydoc

            pydoc.pager(self.pager.getvalue())


class _TerminalBuffer:
    """A text buffer that Rich takes for the terminal it stands in for (width, colour)."""

    def __init__(self, buffer):
        self.buffer = buffer

    def write(self, text: str) -> int:
        return self.buffer.write(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return sys.__stdout__.fileno()


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
    from .printable import for_terminal

    report = archive(ctx).prune(wait, force=force, dry_run=dry_run)
    for path in report.gone:
        print(for_terminal(path))
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
    with progress_bar(False) as progress:
        report = archive(ctx).reindex(wait, progress)
    if report.salvaged:
        sys.stderr.write(f"the catalog was damaged: rebuilt from its sound pages; the damaged file is {report.salvaged}\n")
    for page_id, path in report.dropped:
        sys.stderr.write(f"left out damaged page {page_id} ({path}): `paperarchive ingest` its file to read it again\n")
    sys.stderr.write(f"reindexed {report.pages} pages ({report.articles} articles)\n")


@app.command()
@reports_errors
def check(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="The findings as one JSON object.")] = False,
) -> None:
    """Verify the index: catalog against search index, stored hashes against the files.

    Exit status 0 if all agree, 1 if something needs doing (and says what).
    """
    from . import render

    report = archive(ctx).check()
    if json:
        render.emit_json(render.check_json(report))
    else:
        print(f"pages {report.pages}, articles {report.articles}, indexed {report.indexed}")
        for label, items in render.check_findings(report):
            for item in items[:20]:
                print(render.for_terminal(f"  {label}: {item}"))
            if len(items) > 20:
                print(f"  … and {len(items) - 20} more {label}")
    for advice in report.advice():
        sys.stderr.write(f"paperarchive: {advice}\n")
    if not report.ok:
        raise typer.Exit(1)
    if not json:
        print("ok")


@app.command()
@reports_errors
def stats(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="The numbers as one JSON object.")] = False,
) -> None:
    """Pages, articles, papers, dates, encodings and sizes of the index."""
    from . import render

    s = archive(ctx).stats()
    if json:
        render.emit_json(render.stats_json(s))
        return
    papers = ", ".join(f"{name or 'unknown'} {n}" for name, n in s.papers.most_common())
    print(f"pages\t{s.pages}\narticles\t{s.articles}\npapers\t{papers}")
    print(f"dates\t{s.first_date or 'unknown'} … {s.last_date or 'unknown'}")
    print("encodings\t" + ", ".join(f"{e} {n}" for e, n in s.encodings.most_common()))
    ratio = f" ({s.index_bytes / s.text_bytes:.2f}× the page text)" if s.text_bytes else ""
    print(f"page text\t{render.mib(s.text_bytes)}\nindex on disk\t{render.mib(s.index_bytes)}{ratio}")
    print(f"segments\t{s.segments}")
    for path, encoding, why in s.doubtful:  # a page whose decoding may be wrong: read it, or save it as UTF-8
        print("doubtful decoding\t" + render.for_terminal(f"{path}: {encoding}: {why}"))


@app.command()
@reports_errors
def papers(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per paper, one per line.")] = False,
) -> None:
    """The papers in the archive: dates, issues, pages and articles of each."""
    from . import render

    rows = archive(ctx).papers()
    if json:
        for row in rows:
            render.emit_json(row.to_json())
        return
    for row in rows:
        dates = f"{row.first_date or 'undated'} … {row.last_date or 'undated'}"
        issues_ = render.plural(row.issues, "issue")
        print(f"{row.paper or 'unknown'}\t{dates}\t{issues_}\t{render.plural(row.pages, 'page')}\t{render.plural(row.articles, 'article')}")


@app.command()
@reports_errors
def issues(
    ctx: typer.Context,
    paper: Annotated[str, typer.Argument(help="A paper, as `paperarchive papers` lists it.")],
    year: Annotated[str | None, typer.Option(help="Only this year's issues (YYYY).")] = None,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per issue, one per line.")] = False,
) -> None:
    """A paper's issues: each date with its pages, in order."""
    from . import render

    if year is not None and not (len(year) == 4 and year.isdigit()):
        raise typer.BadParameter(f"--year {year!r} is not a year (YYYY)")
    rows = archive(ctx).issues(paper, year)
    for row in rows:
        if json:
            render.emit_json(row.to_json())
        else:
            labels = " ".join(label or "?" for label in row.pages)
            print(f"{row.date or 'undated'}\t{render.plural(len(row.pages), 'page')}: {labels}\t{render.plural(row.articles, 'article')}")
    if not rows:
        raise fail(f"{paper} has no issues in {year}")


@app.command()
@reports_errors
def page(
    ctx: typer.Context,
    paper: Annotated[str, typer.Argument(help="The paper.")],
    date: Annotated[str, typer.Argument(help="The issue's date, YYYY-MM-DD.")],
    label: Annotated[str, typer.Argument(metavar="PAGE", help="The page, as `paperarchive issues PAPER` lists it.")],
    json: Annotated[bool, typer.Option("--json", help="Each article as one JSON object, one per line.")] = False,
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help="Page long output on a terminal.")] = True,
    color: Annotated[Color, typer.Option(help="Colour: auto, always or never.")] = Color.auto,
) -> None:
    """Read one printed page: its articles in the order they were printed."""
    from . import render

    style = render.Style.detect(sys.stdout, color.value)
    articles = archive(ctx).page(paper, date, label)
    with _paged(pager and style.rich and not json):
        for n, stored in enumerate(articles):
            if json:
                render.emit_json(render.article_json(stored))
                continue
            if n:
                sys.stdout.write("\n")
            if style.rich:
                render.article_rich(stored, sys.stdout, style)
            else:
                sys.stdout.write(render.article_text(stored))


@app.command("help")
def help_command(
    ctx: typer.Context,
    command: Annotated[str | None, typer.Argument(help="A command; without one, every command.")] = None,
) -> None:
    """The full help: every command and its options (this is the manual; `COMMAND --help` is one page of it)."""
    root = ctx.find_root()
    group = root.command
    names = [command] if command else [name for name in group.list_commands(root) if name != "help"]
    if command and group.get_command(root, command) is None:
        raise typer.BadParameter(f"no command {command!r}; commands: " + ", ".join(group.list_commands(root)))
    if not command:
        print(group.get_help(root) or "", end="")
    for name in names:
        sub = group.get_command(root, name)
        with sub.make_context(name, [], parent=root, resilient_parsing=True) as sub_ctx:
            print(sub.get_help(sub_ctx) or "", end="")


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

    Field names are stable (later versions add fields, never rename or drop one): id, paper,
    date, page, seq, path, encoding, section, kicker, title, subtitle, byline, source,
    headings, paragraphs, captions, pull_quotes, continues, continued_from, part, digest;
    what a page does not say is null.
    """
    from .export import write_bulk, write_csv, write_jsonl

    writers = {ExportFormat.jsonl: write_jsonl, ExportFormat.csv: write_csv, ExportFormat.ndjson_bulk: write_bulk}
    writers[format](archive(ctx).export(), sys.stdout)


def run_app(args: list[str]) -> int:
    """Run the typer app on the arguments (global options first); its exit status."""
    try:
        code = app(args=args, prog_name="paperarchive", standalone_mode=False)
    except _USAGE_ERROR as error:  # a usage mistake: one line unless a person is reading
        message = error.format_message().strip()  # empty where the help was printed instead
        if message and sys.stderr.isatty():
            from typer import rich_utils

            rich_utils.rich_format_error(error)
        elif message:
            command = error.ctx.command_path if getattr(error, "ctx", None) else "paperarchive"
            sys.stderr.write(f"paperarchive: {message} (see `{command} --help`)\n")
        return error.exit_code
    except typer.Abort:
        raise KeyboardInterrupt from None
    return code if isinstance(code, int) else 0


def main(argv: list[str] | None = None) -> None:
    """Every command through typer; a closed pipe or Ctrl-C ends it quietly. (The console
    script is console.main, which runs a plain search without building the app.)"""
    args = hoist_global_options(sys.argv[1:] if argv is None else argv)
    sys.exit(guarded(lambda: run_app(args)))


# click's base class of usage errors, wherever this typer keeps click (it vendors it from 0.2x).
_USAGE_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
