"""A whoosh segment writer that does less work per posting.

Profiled on the benchmark corpus, whoosh's own `SegmentWriter` spends most of its
time per posting: building Token objects and grouping them (`word_values`),
pickling each posting into a temporary sorting pool and merging the runs back,
reading each document's field length back from a column file (`doc_field_length`)
and adding postings to blocks one call at a time (`add_posting`, with type
asserts). This writer keeps one segment's postings in memory, grouped by term as
they are produced, and hands each term's postings to whoosh's block writer a
block at a time, with the field lengths it already knows. Weights that are small
integers are stored as bytes rather than a pickled tuple of floats, and terms
found in one document are stored inline in the term table rather than as a
one-posting block. What it writes is an ordinary whoosh segment: any whoosh
reader, searcher or merge reads it.

It relies on internals of whoosh-reloaded 2.7.5 (the version pinned): the W3
codec's field and postings writers. `tests/test_index.py` checks the result
against whoosh's own writer.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from operator import sub

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.system import pack_ushort
from whoosh.writing import SegmentWriter

from .analysis import term_positions
from .index import PackedPositions, PackedValues, PaperText

_INLINE_POSTINGS = 2  # terms with this many postings or fewer live in the term table
_PACK_FROM = 8  # postings in a block before packing pays for naming the packing class in the pickle
# Most postings hold one position: their encoded value is looked up, not built.
_ONE_POSITION_CACHE = 4096
_ONE_POSITION = [PackedPositions().encode([p]) for p in range(_ONE_POSITION_CACHE)]


class BulkWriter(SegmentWriter):
    """A `SegmentWriter` for whole batches of documents; commit with `merge=False`."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, codec=W3Codec(), **kwargs)
        # The segment records the plain W3 codec (readers need nothing of ours); only
        # the field writer gets postings writers that keep compact weights.
        self.fieldwriter._codec = _CompactCodec()
        # (field name, term) → postings as (docnum, weight, value bytes, field length)
        self._postings: dict[tuple[str, str], list[tuple[int, float, bytes, int]]] = defaultdict(list)

    def add_document(self, **fields) -> None:
        docnum, schema, postings = self.docnum, self.schema, self._postings
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        for name in sorted(fields):
            value, field = fields[name], schema[name]
            length = 0
            if isinstance(field, PaperText):
                positions = term_positions(value)
                length = sum(map(len, positions.values()))
                boost, encode = _whole(field.format.field_boost), field.format.encode
                for term, plist in positions.items():
                    if len(plist) == 1 and plist[0] < _ONE_POSITION_CACHE:
                        vbytes = _ONE_POSITION[plist[0]]
                    else:
                        vbytes = encode(plist)
                    postings[name, term].append((docnum, len(plist) * boost, vbytes, length))
            elif field.indexed:
                for tbytes, _, weight, vbytes in field.index(value):
                    postings[name, tbytes.decode("utf-8")].append((docnum, weight, vbytes or b"", 0))
            perdoc.add_field(name, field, value if field.stored else None, length)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def add_postings_to_pool(self, reader, startdoc, docmap) -> None:
        """Postings of a segment being merged in (whoosh calls this from `add_reader`)."""
        postings, schema = self._postings, self.schema
        for name, tbytes, old, weight, vbytes in reader.iter_postings():
            if name not in schema or (docmap is not None and old not in docmap):
                continue
            docnum = docmap[old] if docmap is not None else startdoc + old
            length = reader.doc_field_length(old, name) if schema[name].scorable else 0
            postings[name, tbytes.decode("utf-8")].append((docnum, weight, vbytes or b"", length))

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fieldwriter, schema = self.fieldwriter, self.schema
        current = None
        # whoosh orders terms by their UTF-8 bytes, which is also code point order
        for key in sorted(self._postings):
            name, term = key
            if name != current:
                if current is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(name, schema[name])
                current = name
            _write_term(fieldwriter, term.encode("utf-8"), self._postings[key])
        if current is not None:
            fieldwriter.finish_field()
        fieldwriter.close()
        self._postings.clear()

    def _close_segment(self) -> None:
        self._postings.clear()
        super()._close_segment()


def _write_term(fieldwriter, tbytes: bytes, postings: list[tuple[int, float, bytes, int]]) -> None:
    fieldwriter.start_term(tbytes)
    block = fieldwriter._postwriter
    if len(postings) <= _INLINE_POSTINGS:
        _fill(block, postings)
        terminfo = block._terminfo
        terminfo.add_block(block)
        terminfo.set_inlined(block._ids, block._weights, block._values)
        block._terminfo = None
        fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, terminfo.to_bytes())
        return
    size = block._blocklimit
    for start in range(0, len(postings), size):
        _fill(block, postings[start : start + size])
        if start + size < len(postings):
            block._write_block()
    fieldwriter.finish_term()  # writes the last block and the term's entry


def _fill(block, postings: list[tuple[int, float, bytes, int]]) -> None:
    """Load one block's worth of postings into whoosh's postings writer, with its statistics."""
    ids, weights, values, lengths = zip(*postings)
    block._ids = array("I", ids)
    block._weights = _compact_weights(weights)
    block._values = list(values)
    known = [n for n in lengths if n]
    block._minlength = min(known) if known else None
    block._maxlength = max(known) if known else 0
    block._maxweight = max(weights)


def _whole(boost: float) -> int | float:
    """A field boost as an int when it is whole, so that weights stay ints."""
    return int(boost) if boost == int(boost) else boost


def _compact_weights(weights: tuple[float, ...]):
    """Weights as bytes when they are small whole numbers (term frequency × a whole
    boost, nearly always): one byte each instead of a pickled float. whoosh's block
    reader indexes into whatever sequence it unpickles."""
    try:
        return bytes(weights)
    except (TypeError, ValueError):  # a fractional boost, or a weight over 255
        return array("f", weights)


class _CompactPostingsWriter(W3PostingsWriter):
    """whoosh's block writer, storing each block's ids, weights and values compactly."""

    def _mini_ids(self):
        deltas = [self._ids[0], *map(sub, self._ids[1:], self._ids)]
        if len(deltas) < _PACK_FROM:
            return tuple(deltas)
        if max(deltas) < 256:
            return bytes(deltas)  # dense terms in a young segment: one byte per document gap
        return array("H" if max(deltas) < 65536 else "I", deltas)

    def _mini_weights(self):
        weights = self._weights
        if not isinstance(weights, bytes):
            return super()._mini_weights()
        if weights.count(weights[0]) == len(weights):  # constant: whoosh stores one float, or None for 1.0
            return None if weights[0] == 1 else float(weights[0])
        return weights

    def _mini_values(self):
        if len(self._values) >= _PACK_FROM and isinstance(self._format, PackedPositions):
            packed = PackedValues.pack(self._values)
            if packed is not None:
                return packed
        return super()._mini_values()


class _CompactCodec(W3Codec):
    def postings_writer(self, dbfile, byteids=False):
        return _CompactPostingsWriter(
            dbfile, blocklimit=self._blocklimit, byteids=byteids, compression=self._compression, inlinelimit=self._inlinelimit
        )
