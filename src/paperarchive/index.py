"""The whoosh full-text index: schema, opening, and replacing a page's articles.

Only this module and `search` import whoosh. The index stores no text for display
(the catalog does); it holds terms, positions, and the sortable columns that
sorting and facet counts need.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import accumulate
from operator import sub
from pathlib import Path
from struct import Struct

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.formats import Positions

from .analysis import ANALYZER, term_positions
from .catalog import PageRecord
from .errors import IndexIncompatibleError
from .models import Article

# Bump when the schema or the analyzer's terms change: the index must be rebuilt
# (`paperarchive reindex`), which the catalog makes possible without the files.
INDEX_VERSION = "3"
# Field weights for BM25F: a match in the headline says more than one in the body.
# A plain query searches two fields: `title` (the headline block: kicker and headline)
# and `body` (everything else the story prints). Each field searched is one more
# posting list to merge and score per term; five fields took twice as long as two.
# kicker, captions, byline and section are indexed again on their own for
# `kicker:`, `caption:`, `byline:` and `section:` queries.
TITLE_BOOST = 3.0
SEARCH_FIELDS = ("title", "body")
TEXT_FIELD_NAMES = frozenset({*SEARCH_FIELDS, "kicker", "captions", "byline", "section"})  # the PaperText fields


_ONE_SHORT = Struct("<H")


class PackedPositions(Positions):
    """Term positions as a packed array of 16-bit (or, past 65535, 32-bit) deltas.

    whoosh's own `Positions` pickles a list per posting (about 13 bytes for one
    position); this is 3 bytes, and it is encoded without pickle. The first byte
    names the array type, so any whoosh reader decodes it through this class,
    which the schema pickles by module path (keep its name and place).
    """

    def encode(self, poslist) -> bytes:
        if poslist[-1] < 65536:  # positions ascend, so every delta fits too
            if len(poslist) == 1:
                return b"H" + _ONE_SHORT.pack(poslist[0])
            return b"H" + array("H", [poslist[0], *map(sub, poslist[1:], poslist)]).tobytes()
        return b"I" + array("I", [poslist[0], *map(sub, poslist[1:], poslist)]).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        deltas = array(chr(valuestring[0]))
        deltas.frombytes(valuestring[1:])
        return list(accumulate(deltas))

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // (2 if valuestring[0] == 72 else 4)  # 72 is "H"

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in self.decode_positions(valuestring)]


class PackedValues:
    """The position values of one postings block, packed into one string of 16-bit
    deltas plus a count per posting.

    whoosh pickles a block's values as a tuple of byte strings, each with its own
    pickle opcodes and memo entry (about 8 bytes beyond the data); packed, a
    one-position posting costs 3 bytes. whoosh's block reader only indexes into the
    values it unpickles, which this does. Pickled by module path: keep its name.
    """

    __slots__ = ("data", "counts", "_starts")

    def __init__(self, data: bytes, counts: bytes | array):
        self.data, self.counts, self._starts = data, counts, None

    @classmethod
    def pack(cls, values: list[bytes]) -> PackedValues | None:
        """Pack `PackedPositions` values; None if one of them needs 32-bit positions."""
        if any(v[0] != 72 for v in values):  # 72 is "H"
            return None
        counts = [(len(v) - 1) >> 1 for v in values]
        try:
            packed_counts = bytes(counts)
        except ValueError:
            packed_counts = array("H", counts)
        return cls(b"".join(v[1:] for v in values), packed_counts)

    def __getitem__(self, i: int) -> bytes:
        if self._starts is None:
            self._starts = list(accumulate(self.counts, initial=0))
        return b"H" + self.data[self._starts[i] * 2 : self._starts[i + 1] * 2]

    def __len__(self) -> int:
        return len(self.counts)

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __reduce__(self):
        return PackedValues, (self.data, self.counts)


class PaperText(TEXT):
    """A text field analysed by `PaperTokenizer`, with packed positions."""

    def __init__(self, field_boost: float = 1.0):
        # multitoken_query="phrase": unquoted 社区治理 must match the word, not its bigrams anywhere
        super().__init__(analyzer=ANALYZER, phrase=True, field_boost=field_boost, multitoken_query="phrase")
        self.format = PackedPositions(field_boost=field_boost)


def make_schema() -> Schema:
    # `id` is only read back from a hit, never searched (a page's articles are replaced by
    # their `page` term): stored, not indexed, it saves its term table and postings, about
    # 2.4 MB at M (3 % of the index). An index written with the indexed `id` keeps that
    # schema (whoosh pickles it into the index) and reads the same.
    return Schema(
        id=STORED,
        page=ID,
        title=PaperText(field_boost=TITLE_BOOST),
        kicker=PaperText(),
        body=PaperText(),
        captions=PaperText(),
        byline=PaperText(),
        section=PaperText(),
        section_label=ID(sortable=True),
        paper=ID(sortable=True),
        date=ID(sortable=True),
    )


def open_index(directory: Path, create: bool):
    """The whoosh index in `directory`, created if asked and absent."""
    try:
        if directory.exists():  # one read of the table of contents (whoosh's `exists_in` reads it too)
            return whoosh_index.open_dir(directory)
    except whoosh_index.EmptyIndexError:
        pass
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
    """The story's text below the headline: subtitle, subheads and paragraphs."""
    parts = ([article.subtitle] if article.subtitle else []) + article.headings + article.paragraphs
    return "\n".join(parts)


def documents(record: PageRecord) -> Iterable[dict]:
    for seq, article in enumerate(record.articles, 1):
        captions = "\n".join(c.text for c in article.captions)
        doc = {
            "id": record.article_id(seq),
            "page": record.id,
            "title": "\n".join(filter(None, [article.kicker, article.title])),
            "body": "\n".join(filter(None, [body_text(article), captions, article.byline])),
            "kicker": article.kicker,
            "captions": captions,
            "byline": article.byline,
            "section": article.section,
            "paper": record.info.paper,
            "date": record.info.date,
            "section_label": article.section,
        }
        yield {k: v for k, v in doc.items() if v}


def analyzed_documents(record: PageRecord) -> list[dict]:
    """`documents`, with each text field already analysed into its terms' positions and
    its length (`term_positions`).

    The bulk writer takes these as they are, so the analysis can run in a cleaning
    worker instead of in the one process that writes.
    """
    return [{k: term_positions(v) if k in TEXT_FIELD_NAMES else v for k, v in doc.items()} for doc in documents(record)]


def replace_pages(
    writer, records: Iterable[PageRecord], removed_pages: Iterable[str] = (), analyzed: dict[str, list[dict]] | None = None
) -> None:
    """Delete each page's earlier articles and add its new ones, in one writer (one commit).

    `analyzed` maps page ids to their `analyzed_documents`, where a worker made them.
    """
    analyzed = analyzed or {}
    for page_id in removed_pages:
        writer.delete_by_term("page", page_id)
    for record in records:
        writer.delete_by_term("page", record.id)
        for doc in analyzed.get(record.id) or documents(record):
            writer.add_document(**doc)
