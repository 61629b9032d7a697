"""Open formats out: one article per line, as JSON Lines, CSV, or an Elasticsearch/OpenSearch
bulk body, with stable field names (documented in README.md; add fields, never rename).

JSON Lines keeps lists as lists (headings, paragraphs, captions, pull quotes); CSV
flattens them: paragraphs joined by a blank line into `text`, headings and pull
quotes by " | ", captions as "text (credit)" joined by " | ".
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from .inputs import display
from .models import Caption

if TYPE_CHECKING:
    from .catalog import PageRecord

FIELDS = (
    "id", "paper", "date", "page", "seq", "path", "encoding",
    "section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions", "pull_quotes",
    "continues", "continued_from",  # added later: the page labels a jumped story goes on to and comes from
    "jump_key",  # added later: the keyword its jump lines name ("See BRIDGES, Page A6")
    # Added with `clean --out`: with these a line says all `ingest --from-jsonl` stores of its page.
    "part", "digest",  # the page's place in its file (0: the file is one page); the file's content hash
)
_LISTS = ("headings", "paragraphs", "captions", "pull_quotes")
_LATER = ("continues", "continued_from", "jump_key", "part", "digest")  # after the flattened lists, in the order they were added
CSV_FIELDS = tuple(f for f in FIELDS if f not in _LISTS + _LATER) + ("headings", "text", "captions", "pull_quotes") + _LATER


def article(row: dict) -> dict:
    """One exported article: every field in `FIELDS`, in that order, absent ones as null.

    >>> list(article({"id": "3e69907904a3-01", "title": "重阳"}).items())[:3]
    [('id', '3e69907904a3-01'), ('paper', None), ('date', None)]
    """
    return {k: row.get(k) for k in FIELDS}


def page_rows(record: PageRecord) -> Iterator[dict]:
    """A cleaned page's articles as export rows: what `Catalog.export_rows` gives once the page is stored."""
    where = {
        "paper": record.info.paper, "date": record.info.date, "page": record.info.page, "path": display(record.path),
        "encoding": record.encoding, "part": record.part, "digest": record.digest,
    }
    for seq, one in enumerate(record.articles, 1):
        yield {"id": record.article_id(seq), "seq": seq} | where | one.to_json()


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(article(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_bulk(rows: Iterable[dict], out: TextIO) -> int:
    """The body of an Elasticsearch or OpenSearch `_bulk` request: for each article an
    `index` action with the article id as the document id, then the article.

    The index is named in the request's URL (`POST /articles/_bulk`), so one export loads
    into any index; loading again replaces each article instead of adding it twice.
    """
    n = 0
    for row in rows:
        out.write(json.dumps({"index": {"_id": row["id"]}}) + "\n")
        out.write(json.dumps(article(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        flat = {k: row.get(k) for k in CSV_FIELDS}
        flat["headings"] = " | ".join(row.get("headings") or [])
        flat["text"] = "\n\n".join(row.get("paragraphs") or [])
        flat["captions"] = " | ".join(Caption(c["text"], c.get("credit")).with_credit() for c in row.get("captions") or [])
        flat["pull_quotes"] = " | ".join(row.get("pull_quotes") or [])
        writer.writerow(flat)
        n += 1
    return n
