"""Output: Rich on a terminal, plain lines in a pipeline, JSON Lines on request.

Results go to stdout, everything else (progress, summaries, errors) to stderr.
Rich is imported only when something is drawn for a terminal, so a search in a
pipeline does not pay for it.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable

from .catalog import StoredArticle
from .models import Article, CleanPage, Fix, FrozenRecord, set_field
from .printable import for_terminal

TYPE_CHECKING = False  # `typing` only for annotations: importing it costs a search some 4 ms
if TYPE_CHECKING:
    from typing import TextIO

_ANSI_MATCH, _ANSI_RESET = "\x1b[1;31m", "\x1b[0m"
HIGHLIGHT_STYLE = "bold black on yellow"


class Style(FrozenRecord):
    """How to draw: Rich for a terminal or plain text; colour or not."""

    __slots__ = __match_args__ = ("rich", "color")
    rich: bool
    color: bool

    def __init__(self, rich: bool, color: bool) -> None:
        set_field(self, "rich", rich)
        set_field(self, "color", color)

    @classmethod
    def detect(cls, stream: TextIO, color: str = "auto") -> Style:
        tty = stream.isatty()
        if color == "always":
            return cls(tty, True)
        if color == "never" or os.environ.get("NO_COLOR"):
            return cls(tty, False)
        return cls(tty, tty)


def console(stream: TextIO, style: Style):
    from rich.console import Console

    return Console(file=stream, no_color=not style.color, highlight=False, soft_wrap=False)


def emit_json(value: dict, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(value, ensure_ascii=False) + "\n")


def snippet_pieces(fragments) -> list[tuple[str, bool]]:
    """A hit's fragments as one run of (text, matched) pieces, joined by " … ".

    >>> from paperarchive.highlight import Fragment
    >>> snippet_pieces([Fragment("重阳节到了", ((0, 2),), True, True)])
    [('…', False), ('重阳', True), ('节到了', False), ('…', False)]
    """
    pieces: list[tuple[str, bool]] = []
    for n, fragment in enumerate(fragments):
        if n:
            pieces.append((" … ", False))
        elif fragment.starts_inside:
            pieces.append(("…", False))
        at = 0
        for start, end in fragment.spans:
            pieces += [(fragment.text[at:start], False), (fragment.text[start:end], True)]
            at = end
        pieces.append((fragment.text[at:], False))
    if fragments and fragments[-1].ends_inside:
        pieces.append(("…", False))
    return [(text, matched) for text, matched in pieces if text]


def _plain_snippet(fragments, color: bool) -> str:
    return "".join(f"{_ANSI_MATCH}{t}{_ANSI_RESET}" if matched and color else t for t, matched in snippet_pieces(fragments))


def _rich_snippet(fragments):
    from rich.text import Text

    text = Text()
    for piece, matched in snippet_pieces(fragments):
        text.append(piece, style=HIGHLIGHT_STYLE if matched else "")
    return text


def _where(stored: StoredArticle) -> str:
    page = pages_label(stored, "p.") or None
    return " · ".join(x for x in (stored.paper, stored.date, page) if x) or os.path.basename(stored.path)


def pages_label(stored: StoredArticle, prefix: str = "") -> str:
    """The page a story was printed on, or each of a continued story's pages in order: "p.1 → p.3"."""
    return " → ".join(f"{prefix}{p}" for p in stored.pages if p)


def jump_notes(stored: StoredArticle) -> list[str]:
    """Where an unjoined half goes on or comes from (its other half is not in the archive)."""
    if stored.parts:
        return []
    article = stored.article
    notes = [f"(continued from p.{article.continued_from})"] if article.continued_from else []
    return notes + ([f"(continued on p.{article.continues})"] if article.continues else [])


def parts_json(stored: StoredArticle) -> list[dict]:
    """The halves of a continued story, in order: where each was printed."""
    return [{"id": p.id, "page": p.page, "path": p.path} for p in stored.parts]


# -- search -------------------------------------------------------------------


def hit_json(hit) -> dict:
    stored, article = hit.stored, hit.stored.article
    return {
        "id": hit.id,
        "score": hit.score,
        "title": stored.story_title,
        "kicker": article.kicker,
        "section": article.section,
        "byline": article.byline,
        "paper": stored.paper,
        "date": stored.date,
        "page": stored.page,
        "path": stored.path,
        "snippet": _plain_snippet(hit.snippets, False),
        "pages": list(stored.pages),  # a story continued on another page: each page, in order
        "parts": parts_json(stored),
        "continues": article.continues,
        "continued_from": article.continued_from,
    }


def search_plain(results, out: TextIO, color: bool) -> None:
    """One hit per line: id, date, paper, page, title, snippet; tab-separated."""
    for hit in results.hits:
        s = hit.stored
        snippet = _plain_snippet(hit.snippets, color)
        fields = (hit.id, s.date or "", s.paper or "", pages_label(s), s.story_title or "", snippet)
        out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")


def search_rich(results, out: TextIO, style: Style) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(f"{results.total} article{'s' if results.total != 1 else ''}", ratio=1)
    for n, hit in enumerate(results.hits, 1):
        s, a = hit.stored, hit.stored.article
        cell = Text()
        if a.kicker:
            cell.append(a.kicker + "\n", style="italic")
        cell.append((s.story_title or "(untitled)") + "\n", style="bold")
        meta = [_where(s)] + [x for x in (a.section, a.byline) if x]
        cell.append(" · ".join(meta), style="cyan")
        cell.append(f"  {hit.id}\n", style="dim")
        cell.append_text(_rich_snippet(hit.snippets))
        cell.append("\n")
        table.add_row(str(n), cell)
    console(out, style).print(table)


def facets_plain(rows: Iterable[tuple[str | None, int]], out: TextIO) -> None:
    for value, count in rows:
        out.write(f"{value if value is not None else 'unknown'}\t{count}\n")


def facets_json(facet: str, rows: Iterable[tuple[str | None, int]], out: TextIO) -> None:
    """One object per value: {"year": "2025", "count": 3}; the undated or unlabelled as null."""
    for value, count in rows:
        emit_json({facet: value, "count": count}, out)


def active_filters(filters) -> str:
    """The filters a search ran under, as the options that set them: "--paper x --from 2025"."""
    named = (("--paper", filters.paper), ("--section", filters.section), ("--from", filters.date_from), ("--to", filters.date_to))
    return " ".join(f"{option} {value}" for option, value in named if value)


def facets_rich(facet: str, rows: list[tuple[str | None, int]], out: TextIO, style: Style) -> None:
    from rich.table import Table
    from rich.text import Text

    widest = max((n for _, n in rows), default=0) or 1
    table = Table(box=None, show_header=True, pad_edge=False)
    table.add_column(facet, no_wrap=True)
    table.add_column("hits", justify="right")
    table.add_column("", ratio=1, no_wrap=True)
    bar_width = 40
    for value, count in rows:
        bar = "█" * round(count / widest * bar_width) or ("▏" if count else "")
        table.add_row(value or "unknown", str(count), Text(bar, style="green"))
    console(out, style).print(table)


# -- one article ----------------------------------------------------------------


def article_json(stored: StoredArticle) -> dict:
    """The article; a story continued on another page also with `pages` and each half in `parts`."""
    value = {"id": stored.id, "path": stored.path, "paper": stored.paper, "date": stored.date, "page": stored.page} | (
        stored.article.to_json()
    )
    if stored.parts:
        value["pages"] = list(stored.pages)
        value["parts"] = [parts_json(stored)[n] | p.article.to_json() for n, p in enumerate(stored.parts)]
    return value


def article_lines(article: Article) -> list[tuple[str, str]]:
    """The article as (role, text) lines in reading order: the headline block, then the story."""
    lines = [(role, getattr(article, role)) for role in ("section", "kicker", "title", "subtitle", "byline")]
    lines = [(role, text) for role, text in lines if text]
    lines += [("paragraph", p) for p in article.paragraphs]
    if article.headings:
        lines += [("heading", h) for h in article.headings]  # order within the body is not kept
    lines += [("caption", c.with_credit("  ")) for c in article.captions]
    if article.source:
        lines.append(("source", f"来源：{article.source}" if not article.source.isascii() else f"Source: {article.source}"))
    return lines


def article_text(stored: StoredArticle, needles=None, color: bool = False) -> str:
    out = [f"{stored.id}  {_where(stored)}", ""]
    for _, role, text in story_lines(stored):
        if role == "part":
            out += [f"[{text}]", ""]
            continue
        if needles and role in ("title", "paragraph", "caption", "kicker"):
            text = _mark_all(text, needles, color)
        prefix = {"title": "# ", "heading": "## ", "subtitle": "—— ", "caption": "[photo] ", "byline": "□ "}.get(role, "")
        out.append(prefix + text)
        if role in ("title", "paragraph", "heading", "caption", "jump"):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def story_lines(stored: StoredArticle) -> list[tuple[StoredArticle, str, str]]:
    """(half, role, text) lines of a whole story: a continued story's halves in order, each after a
    "part" line saying where it was printed; an unjoined half's jump lines as "jump" lines."""
    if not stored.parts:
        notes = jump_notes(stored)
        lines = [(stored, role, text) for role, text in article_lines(stored.article)]
        if notes and notes[0].startswith("(continued from"):
            lines.insert(0, (stored, "jump", notes.pop(0)))
        return lines + [(stored, "jump", note) for note in notes]
    lines = []
    for n, part in enumerate(stored.parts, 1):
        where = f"part {n} of {len(stored.parts)}: p.{part.page or '?'}  {part.id}"
        lines.append((part, "part", where))
        lines += [(part, role, text) for role, text in article_lines(part.article)]
    return lines


def _mark_all(text: str, needles, color: bool) -> str:
    """Matches in colour; without colour the text stays as printed, so a pipe gets the words themselves."""
    from .highlight import Fragment, match_spans

    spans = match_spans(text, needles) if color else ()
    if not spans:
        return text
    return _plain_snippet([Fragment(text, tuple(spans), False, False)], color)


def article_rich(stored: StoredArticle, out: TextIO, style: Style, needles=None) -> None:
    from rich.padding import Padding
    from rich.text import Text

    from .highlight import match_spans

    con = console(out, style)
    con.print(Text(f"{_where(stored)}  {stored.id}", style="dim"))
    styles = {
        "section": "reverse",
        "kicker": "italic",
        "title": "bold",
        "subtitle": "bold dim",
        "byline": "cyan",
        "heading": "bold underline",
        "caption": "italic dim",
        "source": "dim",
        "part": "dim reverse",
        "jump": "dim",
    }
    for _, role, text in story_lines(stored):
        line = Text(text, style=styles.get(role, ""))
        if needles and role in ("title", "paragraph", "caption", "kicker"):
            for start, end in match_spans(text, needles):
                line.stylize(HIGHLIGHT_STYLE, start, end)
        if role in ("paragraph", "caption", "heading", "part", "jump"):
            con.print(Padding(line, (0, 0, 1, 0)))
        else:
            con.print(line)


# -- clean ------------------------------------------------------------------------


def clean_json(path: str, encoding: str, page: CleanPage, explain: bool = False) -> dict:
    value = {"path": path, "encoding": encoding} | page.to_json()
    if explain:
        value["fixes"] = [fix_json(f) for f in page.fixes]
    return value


def fix_json(fix: Fix) -> dict:
    return {"rule": fix.rule, "line": fix.line, "before": fix.before, "after": fix.after}


def clean_text_view(path: str, page: CleanPage) -> str:
    out = [f"=== {path}"]
    if page.furniture:
        out.append("furniture: " + " | ".join(page.furniture))
    for article in page.articles:
        out.append("")
        for role, text in article_lines(article):
            prefix = {"title": "# ", "heading": "## ", "subtitle": "—— ", "caption": "[photo] ", "byline": "□ "}
            label = {"section": "[section] ", "kicker": "[kicker] ", "source": ""}.get(role, prefix.get(role, ""))
            out.append(label + text)
    return "\n".join(out) + "\n"


def explain_plain(path: str, fixes: Iterable[Fix], out: TextIO) -> None:
    for fix in fixes:
        out.write(f"{path}:{fix.line}\t{fix.rule}\t{fix.before}\t{fix.after}\n")


def explain_rich(path: str, fixes: list[Fix], out: TextIO, style: Style) -> None:
    from rich.table import Table

    table = Table(title=f"{path}: {len(fixes)} repairs", title_justify="left", expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("rule", style="cyan", no_wrap=True)
    table.add_column("before", ratio=1)
    table.add_column("after", ratio=1, style="green")
    for fix in fixes:
        table.add_row(str(fix.line), fix.rule, fix.before, fix.after)
    console(out, style).print(table)


# -- maintenance ----------------------------------------------------------------------


def mib(size: int) -> str:
    """A size as every command prints sizes: MB of 1024 × 1024 bytes, one decimal.

    >>> mib(1_600_000), mib(0)
    ('1.5 MB', '0.0 MB')
    """
    return f"{size / 1024 / 1024:.1f} MB"


def check_findings(report) -> list[tuple[str, list[str]]]:
    """What `check` found, as (label, items) in the order it prints them."""
    return [
        ("in the catalog but not searchable", report.not_indexed),
        ("searchable but not in the catalog", report.not_catalogued),
        ("file gone", report.files_gone),
        ("file changed since ingest", report.files_changed),
        ("damaged", report.damaged_pages),
        ("catalog file damaged", report.catalog_damage),
        ("search index damaged", report.index_damage),
    ]


def check_json(report) -> dict:
    return {
        "ok": report.ok,
        "pages": report.pages,
        "articles": report.articles,
        "indexed": report.indexed,
        "not_indexed": report.not_indexed,
        "not_catalogued": report.not_catalogued,
        "files_gone": report.files_gone,
        "files_changed": report.files_changed,
        "damaged": report.damaged_pages,
        "catalog_damage": report.catalog_damage,
        "index_damage": report.index_damage,
        "interrupted": report.interrupted,
        "advice": report.advice(),
    }


def stats_json(s) -> dict:
    return {
        "pages": s.pages,
        "articles": s.articles,
        "papers": [{"paper": name or None, "pages": n} for name, n in s.papers.most_common()],
        "first_date": s.first_date,
        "last_date": s.last_date,
        "encodings": dict(s.encodings.most_common()),
        "text_bytes": s.text_bytes,
        "index_bytes": s.index_bytes,
        "segments": s.segments,
        "doubtful_decodings": [{"path": path, "encoding": enc, "why": why} for path, enc, why in s.doubtful],
    }


# -- ingest summary -----------------------------------------------------------------


def plural(n: int, word: str) -> str:
    """A count and its noun, singular for one.

    >>> plural(1, "article"), plural(2, "page")
    ('1 article', '2 pages')
    """
    return f"{n} {word}{'s' if n != 1 else ''}"


def ingest_summary(report, out: TextIO, verbose: bool = False) -> None:
    """What an ingest did with every file it found: pages ingested, files unchanged, files
    passed over (counted by reason; each named when `verbose`), and each file skipped or failed.

    >>> from paperarchive.ingest import IngestReport
    >>> from paperarchive.inputs import Passed
    >>> report = IngestReport(files=2, ingested=2, articles=5, passed=[Passed("a/p1.jpg", "not a page: an image"),
    ...     Passed("a/p2.jpg", "not a page: an image"), Passed("a/mets.xml", "not a page: METS file")])
    >>> ingest_summary(report, sys.stdout)
    ingested 2 pages (5 articles) from 2 files in 0.0 s (0.0 MB read)
      files found: 5 (2 page files, 3 passed over)
      passed over: 2 not a page: an image
      passed over: 1 not a page: METS file
    """
    mb = report.bytes / 1024 / 1024
    rate = f", {mb / report.seconds:.2f} MB/s" if report.seconds > 0 and report.bytes else ""
    lines = [
        f"ingested {plural(report.ingested, 'page')} ({plural(report.articles, 'article')})"
        f" from {plural(report.files, 'file')} in {report.seconds:.1f} s ({mib(report.bytes)} read{rate})"
    ]
    if report.passed:  # every file found is accounted for: a page file read or checked, or passed over
        lines.append(
            f"  files found: {report.files + len(report.passed)} ({report.files} page files, {len(report.passed)} passed over)"
        )
    if report.unchanged:
        lines.append(f"  unchanged, skipped: {report.unchanged}")
    if report.encodings:
        lines.append("  encodings: " + ", ".join(f"{e} {n}" for e, n in report.encodings.most_common()))
    reasons = Counter(item.reason for item in report.passed)
    lines += [f"  passed over: {n} {reason}" for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))]
    if verbose:
        lines += [f"  ingested: {path}" for path in report.ingested_files]
        lines += [f"  unchanged: {path}" for path in report.unchanged_files]
        lines += [f"  passed over: {item.path}: {item.reason}" for item in report.passed]
    for title, problems in (("skipped", report.skipped), ("failed", report.failed), ("warning", report.warnings)):
        for problem in problems:
            lines.append(f"  {title}: {problem.path}: {problem.reason}")
    out.write("\n".join(map(for_terminal, lines)) + "\n")  # a file name cannot send the terminal commands
