"""The whoosh full-text index: schema, opening, and replacing a page's articles.

Only this module and `search` import whoosh. The index stores no text for display
(the catalog does); it holds terms, positions, and the sortable columns that
sorting and facet counts need.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema

from .analysis import ANALYZER
from .catalog import PageRecord
from .errors import IndexIncompatibleError
from .models import Article

# Bump when the schema or the analyzer's terms change: the index must be rebuilt
# (`paperarchive reindex`), which the catalog makes possible without the files.
INDEX_VERSION = "1"
# Field weights for BM25F: a match in the headline says more than one in the body.
TITLE_BOOST, KICKER_BOOST, CAPTION_BOOST = 3.0, 2.0, 1.0
SEARCH_FIELDS = ("title", "kicker", "body", "captions")


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        page=ID,
        title=TEXT(analyzer=ANALYZER, field_boost=TITLE_BOOST),
        kicker=TEXT(analyzer=ANALYZER, field_boost=KICKER_BOOST),
        body=TEXT(analyzer=ANALYZER),
        captions=TEXT(analyzer=ANALYZER, field_boost=CAPTION_BOOST),
        byline=TEXT(analyzer=ANALYZER),
        section=TEXT(analyzer=ANALYZER),
        section_label=ID(sortable=True),
        paper=ID(sortable=True),
        date=ID(sortable=True),
    )


def open_index(directory: Path, create: bool):
    """The whoosh index in `directory`, created if asked and absent."""
    try:
        if whoosh_index.exists_in(directory):
            return whoosh_index.open_dir(directory)
    except (AttributeError, ModuleNotFoundError, ImportError, EOFError, ValueError) as error:
        # The schema pickles the analyzer by module path: an index from another version
        # of paperarchive may name a class that no longer exists.
        raise IndexIncompatibleError(
            f"the search index in {directory} cannot be read by this version ({error})",
            "run `paperarchive reindex` to rebuild it from the catalog",
        ) from error
    if not create:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(directory, make_schema())


def body_text(article: Article) -> str:
    """What the body field indexes: subtitle, subheads and paragraphs."""
    parts = ([article.subtitle] if article.subtitle else []) + article.headings + article.paragraphs
    return "\n".join(parts)


def documents(record: PageRecord) -> Iterable[dict]:
    for seq, article in enumerate(record.articles, 1):
        doc = {
            "id": record.article_id(seq),
            "page": record.id,
            "body": body_text(article),
            "captions": "\n".join(c.text for c in article.captions),
            "paper": record.info.paper,
            "date": record.info.date,
            "section_label": article.section,
        }
        for name in ("title", "kicker", "byline", "section"):
            doc[name] = getattr(article, name)
        yield {k: v for k, v in doc.items() if v}


def replace_pages(writer, records: Iterable[PageRecord], removed_pages: Iterable[str] = ()) -> None:
    """Delete each page's earlier articles and add its new ones, in one writer (one commit)."""
    for page_id in removed_pages:
        writer.delete_by_term("page", page_id)
    for record in records:
        writer.delete_by_term("page", record.id)
        for doc in documents(record):
            writer.add_document(**doc)
