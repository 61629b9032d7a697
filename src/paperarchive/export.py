"""Open formats out: one article per line, as JSON Lines or CSV, with stable field names.

JSON Lines keeps lists as lists (paragraphs, headings, captions); CSV flattens
them: paragraphs joined by a blank line into `text`, headings by " | ",
captions as "text (credit)" joined by " | ".
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

FIELDS = (
    "id", "paper", "date", "page", "seq", "path", "encoding",
    "section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions",
)
CSV_FIELDS = tuple(f for f in FIELDS if f not in ("headings", "paragraphs", "captions")) + ("headings", "text", "captions")


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps({k: row.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
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
        flat["captions"] = " | ".join(
            c["text"] + (f" ({c['credit']})" if c.get("credit") else "") for c in row.get("captions") or []
        )
        writer.writerow(flat)
        n += 1
    return n
