"""A whoosh segment writer that does less work, and keeps less memory, per posting.

Profiled on the benchmark corpus, whoosh's own `SegmentWriter` spends most of its
time per posting: building Token objects and grouping them (`word_values`),
pickling each posting into a temporary sorting pool and merging the runs back,
reading each document's field length back from a column file (`doc_field_length`)
and adding postings to blocks one call at a time (`add_posting`, with type
asserts). This writer keeps one segment's postings in memory, per term in flat
arrays (document numbers, weights, position counts, position deltas: about 12
bytes a posting, where a tuple of Python objects takes 170), and writes each
term's blocks and term-table entry itself, in whoosh's W3 layout (a block's
positions are one slice of the term's delta array); a merge reads blocks back the
same way. Weights that are small integers are stored as bytes, and terms found in
one or two documents live inline in the term table.
What it writes is an ordinary whoosh segment, read by any whoosh reader,
searcher or merge; its files are not gathered into a compound file, which whoosh
would copy into memory each time a searcher opens it.

It relies on internals of whoosh-reloaded 2.7.5 (the version pinned): the W3
codec's block and term-info layout, field and postings writers. `tests/test_index.py`
checks the result, term by term, against whoosh's own writer.
"""

from __future__ import annotations

import heapq
import pickle
import zlib
from array import array
from collections import defaultdict
from functools import cache
from hashlib import md5 as _md5
from io import BytesIO
from itertools import accumulate, groupby, islice, repeat
from math import floor, log
from operator import add, itemgetter, mul, sub
from pathlib import Path
from struct import Struct

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3Codec, W3PostingsWriter, W3TermInfo, _lenfield
from whoosh.columns import TranslatingColumnReader
from whoosh.filedb.filetables import OrderedHashReader
from whoosh.index import LockError
from whoosh.reading import SegmentReader
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length
from whoosh.util.numeric import length_to_byte as whoosh_length_to_byte
from whoosh.writing import SegmentWriter

from .analysis import term_positions
from .index import TEXT_FIELD_NAMES as TEXT_FIELDS
from .index import PackedValues, PaperText
from .limits import MERGE_FACTOR
from .locking import busy_error

_INLINE_POSTINGS = 2  # terms with this many postings or fewer live in the term table
_PACK_FROM = 8  # postings in a block before packing pays for naming the packing class in the pickle
_SHORT = 65536  # positions below this are stored as 16-bit deltas
# whoosh pickles postings with protocol 2, which has no opcode for bytes: it writes them as
# a str in UTF-8, so every byte from 0x80 up takes two (about a third of the position
# deltas' bytes). Protocol 3 writes bytes as they are, and any whoosh reader loads it.
_PICKLE = 3
_TERM_INFO = W3TermInfo._struct  # a term table entry's fixed part: flags, weight, df, lengths, max weight, ids
_EXTENT = Struct("!qi")  # then, for postings in the postings file: their offset and length
_BLOCK_LENGTH = Struct("!i")  # before each block of the postings file
_ENTRY_LENGTHS = Struct("!ii")  # whoosh's hash file: key and value lengths before each entry
# A field length as whoosh's one byte (a bisection in Python, asked of every block's
# shortest and longest document): remembered, as a segment has a few thousand lengths.
length_to_byte = cache(whoosh_length_to_byte)
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


class _TermPostings:
    """One term's postings in one segment, as flat arrays. Weights are not kept: a
    posting's weight is its count of positions times the field's boost."""

    __slots__ = ("docs", "counts", "deltas")

    def __init__(self):
        self.docs = array("I")
        self.counts = array("I")
        self.deltas = array("H")

    def add(self, docnum: int, positions: list[int]) -> None:
        """One document's positions; ascending, any size (the common case is inlined in
        `BulkWriter.add_document`)."""
        self.docs.append(docnum)
        self.counts.append(len(positions))
        if self.deltas.typecode == "H" and positions[-1] >= _SHORT:
            self.deltas = array("I", self.deltas)  # a document past 65535 terms: this term goes 32-bit
        self.deltas.extend([positions[0], *map(sub, positions[1:], positions)])


class BulkWriter(SegmentWriter):
    """A `SegmentWriter` for whole batches of documents; commit with `merge=False`."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, codec=W3Codec(), compound=False, **kwargs)
        # The segment records the plain W3 codec (readers need nothing of ours); only
        # the field writer gets postings writers that keep compact blocks.
        self.fieldwriter._codec = _CompactCodec()
        self._text: dict[str, dict[str, _TermPostings]] = defaultdict(lambda: defaultdict(_TermPostings))
        self._lengths: dict[str, dict[int, int]] = defaultdict(dict)  # field → docnum → field length
        self._other: dict[tuple[str, bytes], list[tuple[int, float, bytes]]] = defaultdict(list)  # ID fields
        self._sources: list[tuple[SegmentReader, int, dict | None]] = []  # segments merged in: reader, first docnum, docmap
        self._length_totals: dict[str, int] = defaultdict(int)
        self._terms_merged = False  # a merge's terms written already (`merge_terms`)

    def add_document(self, **fields) -> None:
        docnum, schema = self.docnum, self.schema
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        for name in sorted(fields):
            value, field = fields[name], schema[name]
            length = 0
            if isinstance(field, PaperText):
                # A worker may have analysed the text already (`index.analyzed_documents`).
                positions, length = value if isinstance(value, tuple) else term_positions(value)
                self._lengths[name][docnum] = length
                terms = self._text[name]
                if length >= _SHORT:  # a rare huge document: the general path
                    for term, plist in positions.items():
                        terms[term].add(docnum, [plist] if plist.__class__ is int else plist)
                else:  # inlined: this loop runs once per posting
                    for term, plist in positions.items():
                        postings = terms[term]
                        postings.docs.append(docnum)
                        if plist.__class__ is int:
                            postings.counts.append(1)
                            postings.deltas.append(plist)
                        else:
                            postings.counts.append(len(plist))
                            postings.deltas.append(plist[0])  # (then the gaps: no list built to extend by)
                            postings.deltas.extend(map(sub, plist[1:], plist))
            elif field.indexed:
                for tbytes, _, weight, vbytes in field.index(value):
                    self._other[name, tbytes].append((docnum, weight, vbytes or b""))
            perdoc.add_field(name, field, value if field.stored and isinstance(value, str) else None, length)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def add_postings_to_pool(self, reader, startdoc, docmap) -> None:
        """Postings of a segment being merged in (whoosh calls this from `add_reader`)."""
        schema = self.schema
        for name, tbytes, old, weight, vbytes in reader.iter_postings():
            if name not in schema or (docmap is not None and old not in docmap):
                continue
            docnum = docmap[old] if docmap is not None else startdoc + old
            field = schema[name]
            if isinstance(field, PaperText):
                self._lengths[name][docnum] = reader.doc_field_length(old, name)
                self._text[name][tbytes.decode("utf-8")].add(docnum, field.format.decode_positions(vbytes))
            else:
                self._other[name, tbytes].append((docnum, weight, vbytes or b""))

    def add_segments(self, storage, segments, per_doc: bool = True) -> None:
        """Append whole segments (of `storage`, this index's folder or another) to this writer's
        one, their deleted documents left out; nothing else may be added to this writer.

        Per-document data (stored fields, field lengths, columns) is copied as whoosh would
        (`_copy_per_doc`); the
        postings are not gathered here but streamed at the flush, term by term in term
        order across the segments, a block at a time: memory holds one term's postings,
        and the work is a few operations per block instead of whoosh's per posting.
        `per_doc=False`: the documents only numbered, not copied, for a writer that writes
        one range of the merge's terms for another to join (`merge_terms`).
        """
        assert not self._text and not self._other, "a merging writer takes segments only"
        fieldnames = set(self.schema.names())
        for segment in segments:
            reader = SegmentReader(storage, self.schema, segment)
            base = self.docnum
            length_bytes = {name: _length_bytes(reader, name) for name in fieldnames & TEXT_FIELDS}
            if per_doc:
                docmap = self._copy_per_doc(fieldnames, reader, length_bytes)
            else:
                docmap = {old: base + n for n, old in enumerate(reader.all_doc_ids())} if reader.has_deletions() else None
                self.docnum += reader.doc_count()
            for name, stored in length_bytes.items():
                lengths = self._lengths[name]
                olds = range(reader.doc_count_all()) if docmap is None else docmap
                kept = 0
                for old in olds:
                    if stored[old]:
                        length = _LENGTH_OF_BYTE[stored[old]]
                        lengths[base + old if docmap is None else docmap[old]] = length
                        kept += length
                # BM25's average field length: exact where no document was dropped (the
                # per-document lengths are stored rounded to a byte)
                self._length_totals[name] += segment._fieldlengths.get(name, 0) if docmap is None else kept
            self._sources.append((reader, base, docmap))
        self._added = True

    def _copy_per_doc(self, fieldnames: set[str], reader: SegmentReader, length_bytes: dict[str, bytes]) -> dict | None:
        """whoosh's `write_per_doc` (each document's stored fields, field lengths and column
        values, renumbered; the docmap if some were deleted), with the lengths taken from
        `length_bytes` (`_length_bytes`: a column read at once). whoosh asked
        `doc_field_length` of every document and field: a read of one byte, and for each
        field that keeps no lengths a look for its file on disk (a tenth of a merge)."""
        if any(self.schema[name].vector for name in fieldnames):
            return self.write_per_doc(fieldnames, reader)
        schema, perdoc = self.schema, self.perdocwriter
        docmap = {} if reader.has_deletions() else None
        columns = {}
        for name in fieldnames:
            column_type = schema[name].column_type
            if column_type and reader.has_column(name):
                column = reader.column_reader(name, column_type)
                columns[name] = column.raw_column() if isinstance(column, TranslatingColumnReader) else column
        for old, stored in reader.iter_docs():
            if docmap is not None:
                docmap[old] = self.docnum
            perdoc.start_doc(self.docnum)
            for name in fieldnames | {key for key in stored if key in schema}:  # whoosh's order: the stored fields' pickle follows it
                field = schema[name]
                lengths = length_bytes.get(name)
                perdoc.add_field(name, field, stored.get(name), _LENGTH_OF_BYTE[lengths[old]] if lengths and lengths[old] else 0)
                if name in columns:
                    perdoc.add_column_value(name, field.column_type, columns[name][old])
            perdoc.finish_doc()
            self.docnum += 1
        return docmap

    def merge_terms(self, start: tuple[str, bytes] | None = None, stop: tuple[str, bytes] | None = None) -> None:
        """Write the merged postings of the terms from `start` (a field's name and a term,
        included) to `stop` (excluded) now, in place of all of them at the flush: one range of
        a merge split across processes (`term_splits`). The range written first is this
        writer's own; `append_terms` joins the others' behind it, in order."""
        _write_merged(self.fieldwriter, self.schema, self._sources, self._lengths, start, stop)
        self._terms_merged = True

    def append_terms(self, storage, parts) -> None:
        """Join the terms that other writers merged (`merge_terms` then `_finalize_segment`, a
        part segment of `storage` each, the ranges after this writer's in order) onto this
        writer's: each part's postings file copied behind this one's, its term entries added
        with their postings' offsets moved by as much. The bytes are those one writer merging
        every term would write: each term's postings are the same bytes wherever they lie."""
        fieldwriter = self.fieldwriter
        postfile = fieldwriter._postfile
        for part in parts:
            base = postfile.tell()
            with storage.open_file(part.make_filename(W3Codec.POSTS_EXT)) as postings:
                while chunk := postings.read(_TERM_CHUNK):
                    postfile.write(chunk)
            table = OrderedHashReader.open(storage, part.make_filename(W3Codec.TERMS_EXT))
            try:
                moved = map(_moved_entry, _entries(table.dbfile, table.startofdata, table.endofdata), repeat(base))
                while entries := list(islice(moved, _JOINED_AT_ONCE)):
                    _add_term_entries(fieldwriter._tindex, entries)
            finally:
                table.close()

    def _flush_segment(self) -> None:
        if self._sources:
            self.perdocwriter.close()
            self.newsegment._fieldlengths = dict(self._length_totals)
            if not self._terms_merged:
                _write_merged(self.fieldwriter, self.schema, self._sources, self._lengths)
            self.fieldwriter.close()
            self._forget()
            return
        self.perdocwriter.close()
        fieldwriter, schema = self.fieldwriter, self.schema
        # whoosh orders fields by name and terms by their UTF-8 bytes (code point order)
        for name in sorted(set(self._text) | {name for name, _ in self._other}):
            fieldwriter.start_field(name, schema[name])
            if name in self._text:
                lengths, boost = self._lengths[name], schema[name].format.field_boost
                out = _FieldOutput(fieldwriter)
                for term in sorted(self._text[name]):
                    _write_term(fieldwriter, term.encode("utf-8"), self._text[name][term], lengths, boost, out=out)
                out.write()
            else:
                for key in sorted(k for k in self._other if k[0] == name):
                    _write_plain_term(fieldwriter, key[1], self._other[key])
            fieldwriter.finish_field()
        fieldwriter.close()
        self._forget()

    def _close_segment(self) -> None:
        self._forget()
        super()._close_segment()

    def _forget(self) -> None:
        self._text.clear()
        self._lengths.clear()
        self._other.clear()
        for reader, _, _ in self._sources:
            reader.close()
        self._sources.clear()


def _length_bytes(reader: SegmentReader, name: str) -> bytes:
    """Each document's field length in a segment, as the byte whoosh stores (0: none), read in
    one go: `doc_field_length` reads one byte a call, and a merge asked it of every document
    and text field (a tenth of a merge of small segments)."""
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(_lenfield(name), LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    stored = column._dbfile.get(column._basepos, column._count)
    return stored + bytes(count - len(stored))


def open_writer(ix, timeout: float = 10.0) -> BulkWriter:
    """A bulk writer on `ix`; IndexBusyError if whoosh's own lock stays taken.

    Every paperarchive writer holds `locking.write_lock` first, so whoosh's lock
    is only taken by something that skipped it (an older paperarchive, another program).
    """
    try:
        return BulkWriter(ix, timeout=timeout)
    except LockError:
        raise busy_error(Path(ix.storage.folder).parent, "another program", timeout) from None


def merge_plan(sizes: list[int], factor: int = MERGE_FACTOR) -> list[int]:
    """Which segments to merge into one (indexes into `sizes`, their document counts): the
    smallest `factor` segments whose sizes lie within `factor` times of each other, or none.

    A tiered (log-structured) plan, as Lucene's: segments of about the same size are
    merged together, and a document is rewritten only when its segment has `factor - 1`
    others of its size to merge with. So a document is rewritten about log_factor(n / s)
    times in an archive of n documents written in segments of s (the old plan, "every
    segment bigger than twice all smaller ones", rewrote the whole archive nearly every
    batch: 3.05× the data at 500 MB against 2.18× for this plan, `bench/mergeplan.py`). When
    no merge is due, every run of `factor` segments in size order spans more than a
    factor of `factor`: fewer than `factor` segments a power of `factor`, so the count
    stays at most (factor - 1) × (⌊log_factor(n)⌋ + 1) (`most_segments`).

    >>> merge_plan([6000, 6000, 3300, 3300])  # an ingest's two batches from two workers
    [0, 1, 2, 3]
    >>> merge_plan([24000, 6000, 6000])  # not yet: two more of a size are needed
    []
    >>> merge_plan([24000, 5000, 6000, 5800, 6100, 90])
    [1, 2, 3, 4]
    >>> merge_plan([24000, 6000, 6000, 6000, 6000])  # four of a size; 24000 waits for three more like it
    [1, 2, 3, 4]
    >>> merge_plan([24000, 1500, 6000, 5800, 6100])  # 1500 is too small to make the fourth of 6100
    []
    >>> merge_plan([12000, 700, 300])
    []
    """
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    for first in range(len(order) - factor + 1):
        # `factor` at a time, no more: a bigger segment at the bound (an earlier merge of
        # four batches' segments is exactly four times one) would be rewritten for nothing
        if sizes[order[first + factor - 1]] <= max(sizes[order[first]], 1) * factor:
            return sorted(order[first : first + factor])
    return []


def most_segments(documents: int, factor: int = MERGE_FACTOR) -> int:
    """The most segments an index of `documents` holds when `merge_plan` asks for no merge.

    In size order, every `factor - 1` segments the size grows more than `factor` times.

    >>> most_segments(18692), most_segments(187126), most_segments(5)
    (24, 27, 6)
    """
    return (factor - 1) * (floor(log(max(documents, 1), factor) + 1e-9) + 1)


def merge_small_segments(ix) -> None:
    """Merge segments in this process as `merge_plan` says, until it asks for no more (after
    a commit of the serial path: small ingests, reindex, prune). A search that opened the
    segments merged keeps reading them (their files are deleted, open ones stay readable),
    and a kill before the table of contents is written leaves the index as it was."""
    while True:
        segments = ix._segments()
        chosen = [segments[i] for i in merge_plan([s.doc_count() for s in segments])]
        if len(chosen) < 2:
            return
        writer = open_writer(ix)
        try:
            writer.add_segments(ix.storage, chosen)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=lambda _, current, chosen=chosen: [s for s in current if s not in chosen])


def term_splits(storage, schema, segments, count: int) -> list[tuple[str, bytes]]:
    """Where to cut a merge of `segments` into `count` ranges of its term order of about
    equal work, (field name, term bytes) each (`BulkWriter.merge_terms`). A term's work is
    taken as the bytes of its term-table entries and postings in the segments, both laid
    out in term order; the cuts are terms of the segment with the most, found by bisection.

    The first range also copies the documents (about 3 % of a merge), but in M's end merge a
    first range 2 % smaller than the other came out 8 % lighter: the shares are left equal."""
    readers = [SegmentReader(storage, schema, segment) for segment in segments]
    try:
        tables = [_WorkTable(reader, storage.file_length(s.make_filename(W3Codec.POSTS_EXT))) for reader, s in zip(readers, segments)]
        largest = max(tables, key=lambda table: table.tindex.indexlen)
        total = sum(table.work(None) for table in tables)
        cuts, low = [], 0
        for done in (n / count for n in range(1, count)):
            high = largest.tindex.indexlen
            while low < high:  # the first of the largest table's terms with at least `done` of the work before it
                middle = (low + high) // 2
                if sum(table.work(largest.term(middle)) for table in tables) < done * total:
                    low = middle + 1
                else:
                    high = middle
            cuts.append(largest.term(min(low, largest.tindex.indexlen - 1)))
        return cuts
    finally:
        for reader in readers:
            reader.close()


class _WorkTable:
    """A segment's term table and postings file, as positions in term order (`term_splits`)."""

    def __init__(self, reader: SegmentReader, postings: int):
        self.tindex, self.postings = reader._terms._tindex, postings  # the postings file's length
        self.fields = sorted(reader._terms._fieldmap.items(), key=itemgetter(1))  # (name, id), in key order

    def term(self, n: int) -> tuple[str, bytes]:
        """The table's `n`th term as (field name, term bytes)."""
        tindex = self.tindex
        key = tindex.key_at(tindex._get_pos(tindex.indexbase + n * tindex.indexsize))
        fieldid = int.from_bytes(key[:2], "big")
        return next(name for name, number in self.fields if number == fieldid), key[2:]

    def work(self, term: tuple[str, bytes] | None) -> int:
        """Bytes of the table's entries and of its postings before `term` (None: all of them)."""
        tindex, position = self.tindex, None
        if term is not None:
            name, tbytes = term
            after = [(number, name == field) for field, number in self.fields if field >= name]
            if after:
                position = tindex.closest_key_pos(pack_ushort(after[0][0]) + (tbytes if after[0][1] else b""))
        if position is None:
            return tindex.endofdata + self.postings
        while (entry := tindex.key_and_range_at(position)) is not None:  # the first term's postings after it
            key, at, length = entry
            head = tindex.dbfile.get(at, _TERM_INFO.size + _EXTENT.size)
            if not head[0]:  # the flags byte: not inlined
                return position + _EXTENT.unpack_from(head, _TERM_INFO.size)[0]
            position = at + length
        return position + self.postings


_TERM_CHUNK = 1 << 20  # bytes of a term table read at a time by a merge
_JOINED_AT_ONCE = 4096  # term entries a join writes at a time


def _term_stream(source: int, reader: SegmentReader, name: str, first: bytes = b""):
    """(term bytes, source, term info bytes) of one field of a segment, in term order, from
    the term `first` on."""
    terms = reader._terms
    if name not in terms._fieldmap:
        return
    prefix = pack_ushort(terms._fieldmap[name])
    tindex = terms._tindex
    position = tindex.closest_key_pos(prefix + first)
    if position is None:
        return
    for key, value in _entries(tindex.dbfile, position, tindex.endofdata):
        if key[:2] != prefix:
            return
        yield key[2:], source, value


def _moved_entry(entry: tuple[bytes, bytes], base: int) -> tuple[bytes, bytes]:
    """A term-table entry with its postings' offset moved by `base` (none for postings inlined in it)."""
    key, value = entry
    if value[0]:  # the flags byte: inlined
        return entry
    offset, length = _EXTENT.unpack_from(value, _TERM_INFO.size)
    return key, value[: _TERM_INFO.size] + _EXTENT.pack(base + offset, length)


def _entries(dbfile, position: int, end: int):
    """(key, value) of a term table's entries from `position` to `end`, in key order.

    The entries lie in key order, each its two lengths, key and value (`_add_term_entry`):
    read here a megabyte at a time, where whoosh's `items_from` read each entry with three
    reads (a fifth of a merge's own time at S)."""
    need = 0
    while position < end:
        chunk = dbfile.get(position, min(max(_TERM_CHUNK, need), end - position))
        at, stop = 0, _ENTRY_LENGTHS.size
        while at + _ENTRY_LENGTHS.size <= len(chunk):
            keylength, valuelength = _ENTRY_LENGTHS.unpack_from(chunk, at)
            keyat = at + _ENTRY_LENGTHS.size
            stop = keyat + keylength + valuelength
            if stop > len(chunk):  # the entry goes on past the chunk: read again from it
                break
            yield chunk[keyat : keyat + keylength], chunk[keyat + keylength : stop]
            at = stop
        if not at:  # an entry larger than a chunk: read it whole
            if len(chunk) == end - position:
                raise ValueError(f"a term table entry at {position} runs past the table's end")
            need = stop
        position += at


def _blocks(reader: SegmentReader, name: str, info_bytes: bytes, field, start: int = len(WHOOSH3_HEADER_MAGIC)):
    """A term's postings in one segment, a block at a time: (ids, weights, values).

    Read from the bytes as whoosh's W3 format lays them out (what `_write_term` writes):
    an inlined term's postings are in its term-table entry; others are one extent of the
    postings file, a header, then per block its length (negative for the last), a
    pickled tuple of block statistics and its data (ids as deltas, weights, values),
    compressed if the statistics say so. One read per term, where whoosh's matcher
    seeks and reads three times a block and builds a term info for every term.
    `start`: where in the term's postings to begin (`_leading_blocks` copied those before).
    """
    if info_bytes[0]:  # the flags byte: inlined
        yield pickle.loads(info_bytes[_TERM_INFO.size :])
        return
    offset, length = _EXTENT.unpack_from(info_bytes, _TERM_INFO.size)
    data = reader._terms._postfile.get(offset, length)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"no postings block at {offset} of {name}'s postings")
    stream = BytesIO(data)
    at = start
    while at < length:
        (size,) = _BLOCK_LENGTH.unpack_from(data, at)
        stream.seek(at + _BLOCK_LENGTH.size)
        count, _, _, compression, _, _ = pickle.load(stream)
        at = at + _BLOCK_LENGTH.size + abs(size)
        block = data[stream.tell() : at]
        ids, weights, values = pickle.loads(zlib.decompress(block) if compression else block)
        if weights is None or isinstance(weights, float):  # one weight for all, None for 1.0
            weights = [1.0 if weights is None else weights] * count
        yield tuple(accumulate(ids)), weights, values


class _Lead:
    """The blocks a merged term's postings start with, copied as they are from the first
    segment merged (its documents keep their numbers), and what its term info needs of them."""

    __slots__ = ("parts", "count", "weight", "maxweight", "minlength", "maxlength", "first", "last")

    def __init__(self, first: int):
        self.parts: list[bytes] = []
        self.count = 0
        self.weight = self.maxweight = 0.0
        self.minlength, self.maxlength = 255, 0  # length bytes (whoosh's are monotonic in the length)
        self.first, self.last = first, first


def _leading_blocks(reader: SegmentReader, info_bytes: bytes, size: int) -> tuple[_Lead | None, int]:
    """The full blocks (`size` postings each) that a term's postings in the first segment merged
    start with, and where the rest of them starts in its extent. A merge re-encoding them
    would write the same bytes: the merged term's blocks are cut every `size` postings from
    its first, and the first segment's documents are numbered as they were. (Its term
    weight is the term info's: exact below 2**24, whoosh's float; past that, none is copied.)"""
    flags, weight, _, _, _, _, first, _ = _TERM_INFO.unpack_from(info_bytes)
    if flags or weight >= 2**24:  # inlined: a few postings, nothing to copy
        return None, len(WHOOSH3_HEADER_MAGIC)
    offset, length = _EXTENT.unpack_from(info_bytes, _TERM_INFO.size)
    data = reader._terms._postfile.get(offset, length)
    lead = _Lead(first)
    stream = BytesIO(data)
    at = len(WHOOSH3_HEADER_MAGIC)
    while at < length:
        (signed,) = _BLOCK_LENGTH.unpack_from(data, at)
        stream.seek(at + _BLOCK_LENGTH.size)
        count, last, maxweight, _, minlength, maxlength = pickle.load(stream)
        if count != size:
            break
        end = at + _BLOCK_LENGTH.size + abs(signed)
        lead.parts.append(_BLOCK_LENGTH.pack(abs(signed)) + data[at + _BLOCK_LENGTH.size : end])
        lead.count += count
        lead.last = last
        lead.maxweight = max(lead.maxweight, maxweight)
        lead.minlength, lead.maxlength = min(lead.minlength, minlength), max(lead.maxlength, maxlength)
        at = end
    if not lead.parts:
        return None, len(WHOOSH3_HEADER_MAGIC)
    lead.weight = weight  # the caller takes off the weights of the postings after `at`, which it reads
    return lead, at


def _write_merged(fieldwriter, schema, sources, lengths, from_term=None, to_term=None) -> None:
    """The postings of every source segment, field by field and term by term, renumbered;
    only the terms from `from_term` to `to_term` ((field name, term bytes); None: the first, the
    end) if given (`BulkWriter.merge_terms`)."""
    names = sorted({name for reader, _, _ in sources for name in reader.indexed_field_names() if name in schema})
    for name in names:
        field = schema[name]
        # every field, in every range: a field's id in the term table is its place in `names`
        fieldwriter.start_field(name, field)
        if (from_term and name < from_term[0]) or (to_term and name > to_term[0]):
            fieldwriter.finish_field()
            continue
        first = from_term[1] if from_term and name == from_term[0] else b""
        last = to_term[1] if to_term and name == to_term[0] else None
        streams = [_term_stream(n, reader, name, first) for n, (reader, _, _) in enumerate(sources)]
        for tbytes, group in groupby(heapq.merge(*streams), key=itemgetter(0)):
            if last is not None and tbytes >= last:
                break
            if name in TEXT_FIELDS:
                group = list(group)
                lead, start = None, len(WHOOSH3_HEADER_MAGIC)
                _, first, entry = group[0]
                if len(group) == 1 and sources[first][2] is None:  # in one segment only, none of it deleted
                    if first == 0:  # the first: its entry and postings as they are
                        _copy_term(fieldwriter, tbytes, sources[0][0], entry)
                        continue
                    if entry[0]:  # the flags byte: its few postings inlined in its entry
                        _renumber_inlined_term(fieldwriter, tbytes, entry, sources[first][1])
                        continue
                if first == 0 and sources[0][2] is None:  # in the first segment, none of it deleted
                    lead, start = _leading_blocks(sources[0][0], entry, fieldwriter._postwriter._blocklimit)
                postings = _TermPostings()
                for _, n, info in group:
                    reader, base, docmap = sources[n]
                    for _ids, _weights, values in _blocks(reader, name, info, field, start if n == 0 else len(WHOOSH3_HEADER_MAGIC)):
                        if lead is not None and n == 0:
                            lead.weight -= sum(_weights)
                        _append_positions(postings, _ids, values, base, docmap, field.format)
                if postings.docs or lead is not None:
                    _write_term(fieldwriter, tbytes, postings, lengths[name], field.format.field_boost, lead)
            else:
                plain = []
                for _, n, info in group:
                    reader, base, docmap = sources[n]
                    for ids, weights, values in _blocks(reader, name, info, field):
                        for old, weight, value in zip(ids, weights, values or [None] * len(ids)):
                            new = base + old if docmap is None else docmap.get(old)
                            if new is not None:
                                plain.append((new, weight, value or b""))
                if plain:
                    _write_plain_term(fieldwriter, tbytes, plain)
        fieldwriter.finish_field()


def _append_positions(postings: _TermPostings, ids, values, base: int, docmap: dict | None, format_) -> None:
    """One block of a term's postings, renumbered, onto the term's merged arrays: a block of
    16-bit deltas whole (ids shifted, counts and deltas copied as they are: a packed block's
    arrays, or the values of a small block or an inlined term joined), others one by one."""
    if docmap is None and postings.deltas.typecode == "H":
        if isinstance(values, PackedValues):
            postings.docs.extend(map(add, ids, repeat(base)))
            postings.counts.extend(iter(values.counts))
            postings.deltas.frombytes(values.data)
            return
        if all(value[0] == 72 for value in values):  # 72 is "H": no decoding to positions and back
            postings.docs.extend(map(add, ids, repeat(base)))
            postings.counts.extend([(len(value) - 1) >> 1 for value in values])
            postings.deltas.frombytes(b"".join([value[1:] for value in values]))
            return
    for old, value in zip(ids, values):
        new = base + old if docmap is None else docmap.get(old)
        if new is not None:
            postings.add(new, format_.decode_positions(value))


def _copy_term(fieldwriter, tbytes: bytes, reader: SegmentReader, info_bytes: bytes) -> None:
    """A term found only in the first segment merged: its entry (postings inlined in it) or its
    postings extent, copied as they are; what re-encoding them would write (`_leading_blocks`)."""
    key = pack_ushort(fieldwriter._fieldid) + tbytes
    if info_bytes[0]:  # inlined
        _add_term_entry(fieldwriter._tindex, key, info_bytes)
        return
    offset, length = _EXTENT.unpack_from(info_bytes, _TERM_INFO.size)
    postfile = fieldwriter._postfile
    at = postfile.tell()
    postfile.write(reader._terms._postfile.get(offset, length))
    _add_term_entry(fieldwriter._tindex, key, info_bytes[: _TERM_INFO.size] + _EXTENT.pack(at, length))


def _renumber_inlined_term(fieldwriter, tbytes: bytes, info_bytes: bytes, base: int) -> None:
    """A term inlined in the entry of one segment merged after the first (none of its documents
    deleted): that entry with its documents numbered from `base`. Its weights, values and
    statistics stay as they were: what `_write_term` would write for the same postings,
    without decoding them into positions and back. 40 % of a merge's terms at S's scale
    (a term found once or twice in the documents of one worker's batch)."""
    flags, weight, count, minlength, maxlength, maxweight, first, last = _TERM_INFO.unpack_from(info_bytes)
    docs, weights, values = pickle.loads(info_bytes[_TERM_INFO.size :])
    info = _TERM_INFO.pack(flags, weight, count, minlength, maxlength, maxweight, first + base, last + base)
    postings = pickle.dumps((tuple(map(add, docs, repeat(base))), weights, values), _PICKLE)
    _add_term_entry(fieldwriter._tindex, pack_ushort(fieldwriter._fieldid) + tbytes, info + postings)


class _FieldOutput:
    """One field's term entries and postings bytes, gathered while its terms are written
    (`_write_term`) and written at the field's end: two writes per field in place of a
    tell and two writes per term (30,000 terms in a 5 MB batch). The files get the same
    bytes: entries and postings keep their order, and each term's postings offset is the
    postings file's position then plus the bytes gathered before them."""

    __slots__ = ("fieldwriter", "base", "size", "postings", "entries")

    def __init__(self, fieldwriter):
        self.fieldwriter = fieldwriter
        self.base = fieldwriter._postfile.tell()
        self.size = 0
        self.postings: list[bytes] = []
        self.entries: list[tuple[bytes, bytes]] = []

    def add_postings(self, data: bytes) -> int:
        """Gather a term's postings; their offset in the postings file."""
        offset = self.base + self.size
        self.postings.append(data)
        self.size += len(data)
        return offset

    def add_entry(self, key: bytes, entry: bytes) -> None:
        """Gather a term's entry, written in order at the field's end."""
        self.entries.append((key, entry))

    def write(self) -> None:
        self.fieldwriter._postfile.write(b"".join(self.postings))
        if self.entries:
            _add_term_entries(self.fieldwriter._tindex, self.entries)
        self.postings.clear()
        self.entries.clear()


def _write_term(
    fieldwriter,
    tbytes: bytes,
    postings: _TermPostings,
    lengths: dict[int, int],
    boost: float,
    lead: _Lead | None = None,
    out: _FieldOutput | None = None,
) -> None:
    """One term's postings: its blocks (each block's positions one slice of the deltas) in
    one write to the postings file, and its entry in the term table, or the postings
    inline in the entry for a term of `_INLINE_POSTINGS` or fewer.

    The bytes are those whoosh's `W3FieldWriter.start_term`/`finish_term` write through
    `_CompactPostingsWriter`, computed here without whoosh's per-term objects (a term
    info, a block buffer of three arrays, a pickle of the inlined postings made and thrown
    away): S makes 30,000 terms, and that bookkeeping was a third of the flush.
    `lead`: blocks a merge copied, which the term's postings start with (`_leading_blocks`).
    `out`: where the term's entry and postings are gathered, written at the field's end
    (`_FieldOutput`); without it they are written now.
    """
    docs, counts = postings.docs, postings.counts
    n = len(docs)
    key = pack_ushort(fieldwriter._fieldid) + tbytes
    if lead is None and n <= _INLINE_POSTINGS:
        weights = _weights(counts, boost)
        known = list(filter(None, map(lengths.get, docs)))
        minlength = length_to_byte(min(known)) if known else 0
        maxlength = length_to_byte(max(known)) if known else 0
        code = postings.deltas.typecode.encode()
        values = _posting_values(postings, code, list(accumulate(counts, initial=0)), 0, n)
        info = _TERM_INFO.pack(1, sum(weights), n, minlength, maxlength, max(weights), docs[0], docs[-1])
        entry = info + pickle.dumps((tuple(docs), tuple(weights), tuple(values)), _PICKLE)
        if out is None:
            _add_term_entry(fieldwriter._tindex, key, entry)
        else:
            out.add_entry(key, entry)
        return
    block = fieldwriter._postwriter
    size, compression = block._blocklimit, block._compression
    ends = list(accumulate(counts, initial=0))  # where each posting's deltas start
    parts = [WHOOSH3_HEADER_MAGIC]
    total = maxweight = maxlength = 0
    minlength = None
    if lead is not None:
        parts += lead.parts
        if not n:  # the copied blocks are all there is: the last one says so
            parts[-1] = _BLOCK_LENGTH.pack(-_BLOCK_LENGTH.unpack_from(parts[-1])[0]) + parts[-1][_BLOCK_LENGTH.size :]
    for start in range(0, n, size):
        stop = min(start + size, n)
        ids = docs[start:stop]
        weights = _weights(counts[start:stop], boost)
        known = list(filter(None, map(lengths.get, ids)))
        low, high = (min(known), max(known)) if known else (None, 0)
        top = max(weights)
        parts.append(_block_bytes(ids, weights, _block_values(postings, ends, start, stop), low, high, top, compression, stop == n))
        # what whoosh's `W3TermInfo.add_block` keeps of each block
        total += sum(weights)
        minlength = low if start == 0 else min(minlength, low)
        maxlength, maxweight = max(maxlength, high), max(maxweight, top)
    data = b"".join(parts)
    if out is None:
        postfile = fieldwriter._postfile
        offset = postfile.tell()
        postfile.write(data)
    else:
        offset = out.add_postings(data)
    minbyte = 0 if minlength is None else length_to_byte(minlength)
    maxbyte, first, last = length_to_byte(maxlength), docs[0] if n else None, docs[-1] if n else None
    if lead is not None:
        minbyte = lead.minlength if minlength is None else min(minbyte, lead.minlength)
        maxbyte, maxweight, total = max(maxbyte, lead.maxlength), max(maxweight, lead.maxweight), total + lead.weight
        first, last, n = lead.first, lead.last if last is None else last, n + lead.count
    info = _TERM_INFO.pack(0, total, n, minbyte, maxbyte, maxweight, first, last)
    if out is None:
        _add_term_entry(fieldwriter._tindex, key, info + _EXTENT.pack(offset, len(data)))
    else:
        out.add_entry(key, info + _EXTENT.pack(offset, len(data)))


def _add_term_entry(tindex, key: bytes, value: bytes) -> None:
    """whoosh's `OrderedHashWriter.add` (keys come in order here: no check), in one write."""
    _add_term_entries(tindex, [(key, value)])


def _add_term_entries(tindex, entries: list[tuple[bytes, bytes]]) -> None:
    """`_add_term_entry` of each (key, value), in key order, in one write."""
    dbfile, index, buckets = tindex.dbfile, tindex.index, tindex.buckets
    position = dbfile.tell()
    written = []
    for key, value in entries:
        entry = _ENTRY_LENGTHS.pack(len(key), len(value)) + key + value
        index.append(position)
        hashed = int.from_bytes(_md5(key).digest()[-4:], "big")  # whoosh's `md5_hash`: the digest's low 32 bits
        buckets[hashed & 255].append((hashed, position))
        written.append(entry)
        position += len(entry)
    dbfile.write(b"".join(written))
    tindex.lastkey = key


def _weights(counts: array, boost: float) -> bytes | array:
    """A block's weights, count times boost: bytes when they are small whole numbers
    (nearly always), one byte each instead of a pickled float. whoosh's block reader
    indexes into whatever sequence it unpickles."""
    if boost == int(boost):
        try:
            return bytes(iter(counts)) if boost == 1 else bytes(map(mul, counts, repeat(int(boost))))
        except ValueError:  # a weight over 255
            pass
    return array("f", [c * boost for c in counts])


def _block_values(postings: _TermPostings, ends: list[int], start: int, stop: int):
    deltas = postings.deltas
    if stop - start >= _PACK_FROM and deltas.typecode == "H":
        return PackedValues(deltas[ends[start] : ends[stop]].tobytes(), _counts(postings.counts[start:stop]))
    return tuple(_posting_values(postings, deltas.typecode.encode(), ends, start, stop))


def _posting_values(postings: _TermPostings, code: bytes, ends: list[int], start: int, stop: int) -> list[bytes]:
    """Postings `start` to `stop` as `PackedPositions` values, one each."""
    deltas = postings.deltas
    return [code + deltas[ends[i] : ends[i + 1]].tobytes() for i in range(start, stop)]


def _counts(counts: array) -> bytes | array:
    try:
        return bytes(counts.tolist())
    except ValueError:  # a term printed 256 times or more in one document
        return array("H", counts)


def _block_bytes(ids, weights, values, minlength, maxlength, maxweight, compression: int, last: bool) -> bytes:
    """One postings block as whoosh's `W3PostingsWriter._write_block` writes it (length,
    block info, data), but pickled with `_PICKLE`, its ids, weights and values stored
    compactly, and compressed only when that makes it smaller (whoosh meant to, but
    always compresses)."""
    databytes = pickle.dumps((_mini_ids(ids), _mini_weights(weights), values), _PICKLE)
    compressed = zlib.compress(databytes, compression) if compression else databytes
    level = compression if len(compressed) < len(databytes) else 0
    if level:
        databytes = compressed
    info = (len(ids), ids[-1], maxweight, level, length_to_byte(minlength), length_to_byte(maxlength))
    infobytes = pickle.dumps(info, 2)  # numbers only: protocol 2 is as small
    length = len(infobytes) + len(databytes)
    return pack_int(-length if last else length) + infobytes + databytes  # negative: the term's last block


def _mini_ids(ids):
    deltas = [ids[0], *map(sub, ids[1:], ids)]
    if len(deltas) < _PACK_FROM:
        return tuple(deltas)
    widest = max(deltas)
    if widest < 256:
        return bytes(deltas)  # dense terms in a young segment: one byte per document gap
    return array("H" if widest < 65536 else "I", deltas)


def _mini_weights(weights):
    """whoosh's `_mini_weights` (None for all 1.0, one number for a constant), and byte weights kept as bytes."""
    if weights.count(weights[0]) == len(weights):
        if isinstance(weights, bytes):
            return None if weights[0] == 1 else float(weights[0])
        return None if weights[0] == 1.0 else weights[0]
    return weights if isinstance(weights, bytes) else tuple(weights)


def _write_plain_term(fieldwriter, tbytes: bytes, postings: list[tuple[int, float, bytes]]) -> None:
    """A term of an untokenized field (id, page, paper, date): few postings, whoosh's own path."""
    fieldwriter.start_term(tbytes)
    for docnum, weight, vbytes in postings:
        fieldwriter.add(docnum, weight, vbytes, 0)
    fieldwriter.finish_term()


class _CompactPostingsWriter(W3PostingsWriter):
    """whoosh's block writer, storing each block's ids, weights and values compactly
    (`_block_bytes`); it writes the terms of the untokenized fields."""

    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        values = self._mini_values()
        self._postfile.write(
            _block_bytes(self._ids, self._weights, values, self._minlength, self._maxlength, self._maxweight, self._compression, last)
        )
        self._blockcount += 1
        self._new_block()


class _CompactCodec(W3Codec):
    def postings_writer(self, dbfile, byteids=False):
        return _CompactPostingsWriter(
            dbfile, blocklimit=self._blocklimit, byteids=byteids, compression=self._compression, inlinelimit=self._inlinelimit
        )
