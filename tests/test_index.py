"""The index: terms, folding, the packed formats, and the bulk writer against whoosh's own."""

import pickle
import random
import re
import string

import pytest
from conftest import BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE, SEED, UTF16_PAGE
from whoosh import index as whoosh_index
from whoosh.fields import ID
from whoosh.query import Phrase, Prefix, Term
from whoosh.reading import SegmentReader

from paperarchive.analysis import ANALYZER, between_terms, fold, term_positions, terms
from paperarchive.bulkwrite import BulkWriter
from paperarchive.chars import WIDE_SCRIPT_CLASS
from paperarchive.index import PackedPositions, PackedValues, documents, make_schema
from paperarchive.ingest import decode_page, record_for
from paperarchive.queries import BigramPhrase


def test_every_character_begins_exactly_one_term():
    text = "社区治理，党建引领。"
    starts = [start for _, _, start, _ in terms(text)]
    assert starts == [i for i, ch in enumerate(text) if ch not in "，。"]


def test_folding_keeps_length_and_maps_traditional_width_and_case():
    for text in ("重陽節報紙", "２０２５年ＡＩ", "Harbor GAZETTE"):
        assert len(fold(text)) == len(text)
    assert fold("重陽節報紙") == "重阳节报纸" and fold("２０２５年ＡＩ") == "2025年ai"


def test_the_analyzer_pickles_by_reference():
    """whoosh stores the schema, analyzer included, in the index."""
    restored = pickle.loads(pickle.dumps(make_schema()))
    assert [t.text for t in restored["body"].analyzer("重阳节")] == [t.text for t in ANALYZER("重阳节")]
    assert type(restored["body"].format) is PackedPositions


@pytest.mark.parametrize("positions", [[5], [0, 1, 2, 300], [7, 70000, 70001]])
def test_packed_positions_round_trip(positions):
    fmt = PackedPositions(field_boost=2.0)
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions) and fmt.decode_weight(value) == 2.0 * len(positions)


def test_packed_values_index_like_a_tuple_and_survive_pickling():
    fmt = PackedPositions()
    values = [fmt.encode(p) for p in ([1], [2, 9], [300], [4, 5, 6])]
    packed = pickle.loads(pickle.dumps(PackedValues.pack(values)))
    assert list(packed) == values and len(packed) == 4 and packed[3] == values[3]
    assert PackedValues.pack([fmt.encode([70000])]) is None  # 32-bit positions stay unpacked


def _build(folder, writer_class):
    folder.mkdir(exist_ok=True)
    ix = whoosh_index.create_in(folder, make_schema())
    writer = writer_class(ix) if writer_class else ix.writer()
    for path in (SEED, GBK_PAGE, BIG5_PAGE, UTF16_PAGE, ENGLISH_PAGE):
        decoded = decode_page(path.read_bytes())
        record = record_for(str(path), decoded.text, decoded.encoding, 0, 0, 0, "x")
        for doc in documents(record):
            writer.add_document(**doc)
    writer.commit(merge=False) if writer_class else writer.commit()
    return ix


QUERIES = [
    Term("body", "重阳"),
    Term("title", "重阳"),
    Prefix("body", "党"),
    Phrase("body", ["社区", "区治", "治理"]),
    Term("body", "harbor"),
    Phrase("body", ["fishing", "fleet"]),
    Term("paper", "shili-ribao"),
]


def test_bulk_writer_writes_what_whooshs_writer_writes(tmp_path):
    ours = _build(tmp_path / "bulk", BulkWriter)
    theirs = _build(tmp_path / "whoosh", None)
    with ours.searcher() as a, theirs.searcher() as b:
        assert a.doc_count() == b.doc_count() > 10
        for q in QUERIES:
            hits_a = [(h["id"], round(h.score, 6)) for h in a.search(q, limit=None)]
            hits_b = [(h["id"], round(h.score, 6)) for h in b.search(q, limit=None)]
            assert hits_a == hits_b and hits_a, q
        for field in ("body", "title"):
            assert list(a.reader().lexicon(field)) == list(b.reader().lexicon(field))


def test_bulk_segments_merge_with_whooshs_own_writer(tmp_path):
    ix = _build(tmp_path, BulkWriter)
    before = ix.searcher().search(Term("body", "重阳"), limit=None).scored_length()
    writer = ix.writer()
    writer.commit(optimize=True)  # whoosh reads our segment back and rewrites it
    with ix.searcher() as s:
        assert s.search(Term("body", "重阳"), limit=None).scored_length() == before


def test_bigram_phrase_matches_like_a_phrase_but_through_its_cover(tmp_path):
    ix = _build(tmp_path, BulkWriter)
    with ix.searcher() as s:
        for words in (["社区", "区治", "治理"], ["养老", "老院"], ["民营", "营经", "经济"], ["本报", "报告"]):
            ours = {h["id"] for h in s.search(BigramPhrase("body", words), limit=None)}
            theirs = {h["id"] for h in s.search(Phrase("body", words), limit=None)}
            assert ours == theirs, words
        assert not list(s.search(BigramPhrase("body", ["区社", "社理"]), limit=None))


def test_term_positions_agrees_with_terms():
    # every full-width character and U+3000 between CJK, words and digits: `term_positions`
    # folds only the full-width letters and digits, `terms` all of them
    wide = "".join(map(chr, range(0xFF01, 0xFF5F))) + "\u3000"
    mixed = "".join(f"重陽{c}節Ａb{c}２０{c}x{c}" for c in wide)
    for path in (SEED, ENGLISH_PAGE, mixed, mixed.replace("Ａ", "A").replace("２０", "20")):
        text = path if isinstance(path, str) else path.read_text(encoding="utf-8")
        grouped: dict = {}
        for term, pos, _, _ in terms(text):
            grouped.setdefault(term, []).append(pos)
        # a term printed once maps to its position alone; the length counts every position
        positions, length = term_positions(text)
        assert positions == {term: found if len(found) > 1 else found[0] for term, found in grouped.items()}
        assert length == sum(map(len, grouped.values()))


def test_bm25_with_lengths_in_memory_scores_exactly_like_whooshs(tmp_path):
    from whoosh.scoring import BM25F

    from paperarchive.queries import PaperBM25F

    ix = _build(tmp_path, BulkWriter)
    for q in QUERIES:
        with ix.searcher(weighting=BM25F()) as plain, ix.searcher(weighting=PaperBM25F()) as ours:
            expected = [(h["id"], h.score) for h in plain.search(q, limit=None)]
            assert [(h["id"], h.score) for h in ours.search(q, limit=None)] == expected, q


def test_between_terms_is_the_pattern_it_replaced_for_every_character():
    """`between_terms` asks the term pattern instead of compiling a class of its own
    (`[^\\w<wide scripts>]|_`, as it was): the same answer for every code point, in a text
    where each character sits between others, as the snippet cutter asks it."""
    replaced = re.compile(f"[^\\w{WIDE_SCRIPT_CLASS}]|_")
    text = "".join(map(chr, range(0x110000)))
    differ = [hex(at) for at in range(len(text)) if between_terms(text, at) != bool(replaced.match(text, at))]
    assert differ == []
    assert between_terms("重阳_节", 2) and not between_terms("重阳_节", 3) and not between_terms("a１", 1)


def test_ascii_text_is_tokenized_as_the_full_pattern_tokenizes_it():
    """`terms` reads ASCII text with `_ASCII_TOKEN` (a search need not compile `_TOKEN`'s CJK
    classes): the same runs and kinds for every ASCII character and for random ASCII strings."""
    from paperarchive.analysis import _ASCII_TOKEN, _TOKEN

    full = re.compile(_TOKEN)
    rng = random.Random(15)
    texts = [chr(c) for c in range(128)] + ["".join(rng.choice(string.printable) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in full.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _ASCII_TOKEN.finditer(text)] == expected, repr(text)
    assert [t for t, *_ in terms("Harbor_Gazette, 1925: 12th")] == ["harbor", "gazette", "1925", "12th"]


def test_article_ids_are_stored_not_indexed_and_old_indexed_ids_still_read(tmp_path):
    ix = _build(tmp_path / "new", BulkWriter)
    with ix.searcher() as s:
        assert "id" not in s.reader().indexed_field_names()
        ids = [h["id"] for h in s.search(Term("body", "重阳"), limit=None)]
        assert ids and all(re.fullmatch(r"\S+-\d\d", i) for i in ids)
    # An index made before: `id` indexed and unique. Our writer adds to it under its own
    # pickled schema, and its hits still carry their ids.
    folder = tmp_path / "old"
    folder.mkdir()
    old_schema = make_schema()
    old_schema.remove("id")
    old_schema.add("id", ID(stored=True, unique=True))
    old = whoosh_index.create_in(folder, old_schema)
    writer = BulkWriter(old)
    record = record_for(str(SEED), decode_page(SEED.read_bytes()).text, "utf-8", 0, 0, 0, "x")
    for doc in documents(record):
        writer.add_document(**doc)
    writer.commit(merge=False)
    with whoosh_index.open_dir(folder).searcher() as s:
        assert "id" in s.reader().indexed_field_names()
        hits = s.search(Term("body", "重阳"), limit=None)
        assert hits and all(h["id"].startswith(record.id) for h in hits)


def _generated_documents() -> list[dict]:
    """300 articles of seeded random words: common terms span several 128-posting blocks,
    rare ones are inlined, some repeat within a document, and one long body has positions
    past 65535 (32-bit deltas)."""
    rng = random.Random(15)
    words = "重阳 敬老 社区 治理 港口 渔船 記者 報導 市民 政府 党 harbor fleet council 2026年 ５Ｇ网络".split()
    rare = [chr(0x4E00 + n) + chr(0x4E80 + n) for n in range(400)]  # each in one or two documents
    docs = []
    for n in range(300):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(5, 60)))
        docs.append({"id": f"d{n}", "page": f"p{n // 10}", "title": rng.choice(words) + rare[n % 400], "body": body + rare[(n * 7) % 400]})
    docs[7]["body"] += "\n" + "港口渔船 " * 14000  # 70,000 terms
    return docs


def _postings_and_statistics(ix, field: str) -> dict:
    """Every term of `field` as whoosh's reader reads it: its statistics and every posting."""
    found = {}
    with ix.reader() as reader:
        for text in reader.lexicon(field):
            info = reader.term_info(field, text)
            matcher = reader.postings(field, text)
            postings = []
            while matcher.is_active():
                value = matcher.value_as("positions") if field != "page" else matcher.value()
                postings.append((matcher.id(), matcher.weight(), value))
                matcher.next()
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight())
            found[text] = (stats, info.min_id(), info.max_id(), postings)
    return found


def _empty_index(folder):
    folder.mkdir()
    return whoosh_index.create_in(folder, make_schema())


def test_every_terms_postings_and_statistics_are_whooshs_in_one_segment_and_merged(tmp_path):
    """The bulk writer writes its blocks and term entries itself (`bulkwrite._write_term`):
    whoosh's reader must find in them, term by term, what whoosh's own writer wrote, and
    the same again after the merge that copies blocks whole."""
    docs = _generated_documents()
    theirs = _empty_index(tmp_path / "whoosh")
    writer = theirs.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    ours = _empty_index(tmp_path / "bulk")
    writer = BulkWriter(ours)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit(merge=False)
    merged = _empty_index(tmp_path / "merged")
    # The first segment holds full blocks of the common terms, which the merge copies as
    # they are (`bulkwrite._leading_blocks`), and terms no other segment has (`_copy_term`).
    for part in (docs[:200], docs[200:250], docs[250:]):
        writer = BulkWriter(merged)
        for doc in part:
            writer.add_document(**doc)
        writer.commit(merge=False)
    first = SegmentReader(merged.storage, merged.schema, merged._segments()[0])
    assert max(first.doc_frequency("body", word) for word in ("重阳", "党", "harbor")) > 128
    first.close()
    writer = BulkWriter(merged)
    writer.add_segments(merged.storage, merged._segments())
    writer.commit(mergetype=lambda _, current: [])
    assert len(merged._segments()) == 1
    for field in ("title", "body", "page"):
        expected = _postings_and_statistics(theirs, field)
        sizes = [len(postings) for *_, postings in expected.values()]
        assert field == "page" or min(sizes) == 1  # inlined terms
        assert field != "body" or max(sizes) > 128  # terms of two blocks and more
        assert _postings_and_statistics(ours, field) == expected, field
        assert _postings_and_statistics(merged, field) == expected, field


def _segment_bytes(storage, segment) -> dict[str, bytes]:
    """A segment's files by their kind (the part of the name after the segment's id)."""
    return {name.split(".", 1)[1]: storage.open_file(name).read() for name in segment.list_files(storage)}


def _merged_in_ranges(ix, segments, cuts) -> object:
    """`segments` merged in the term ranges between `cuts`, as the ingest's workers merge them
    (`writers._work`): the first range's writer copies the documents and joins the others'."""
    bounds = [None, *cuts, None]
    first = BulkWriter(ix, _lk=False)
    first.add_segments(ix.storage, segments)
    first.merge_terms(None, bounds[1])
    parts = []
    for start, stop in zip(bounds[1:-1], bounds[2:]):
        part = BulkWriter(ix, _lk=False)
        part.add_segments(ix.storage, segments, per_doc=False)
        part.merge_terms(start, stop)
        parts.append(part._finalize_segment())
    first.append_terms(ix.storage, parts)
    return first._finalize_segment()


def test_a_merge_split_by_term_range_writes_the_bytes_one_merge_writes(tmp_path):
    """A merge cut into ranges of its term order, each written by a writer of its own and
    joined (`merge_terms`, `append_terms`), writes every file of the merged segment as one
    writer merging everything does, byte for byte: cut where `term_splits` says, between
    fields, inside a term's field and before a term found in no segment, with documents
    deleted from a segment (renumbered) and terms inlined, copied or re-encoded."""
    from paperarchive.bulkwrite import term_splits

    docs = _generated_documents()
    ix = _empty_index(tmp_path / "ix")
    for part in (docs[:150], docs[150:250], docs[250:]):
        writer = BulkWriter(ix)
        for doc in part:
            writer.add_document(**doc)
        writer.commit(merge=False)
    writer = ix.writer()
    writer.delete_by_term("page", "p17")  # ten documents of the second segment
    writer.commit(merge=False)
    segments = ix._segments()
    assert segments[1].deleted_count() == 10
    one = BulkWriter(ix, _lk=False)
    one.add_segments(ix.storage, segments)
    expected = _segment_bytes(ix.storage, one._finalize_segment())
    assert {"trm", "pst"} <= expected.keys()
    splits = term_splits(ix.storage, ix.schema, segments, 3)
    assert len(splits) == 2 and splits[0] < splits[1]
    for cuts in (
        splits,
        [("page", b"")],  # between fields: the first range all of body's terms, the second all of page's
        [("body", "港口".encode()), ("body", "重阳".encode()), ("title", b"zzz")],  # inside fields; no such term
    ):
        merged = _merged_in_ranges(ix, segments, cuts)
        assert _segment_bytes(ix.storage, merged) == expected, cuts


def test_term_splits_give_each_range_its_share_of_the_postings(tmp_path):
    """`term_splits` cuts where the term entries' and postings' bytes before the cut are the
    ranges' equal shares: the merged segment's postings before the first cut of ten ranges
    are about a tenth of them, before the cut of two about half."""
    from paperarchive.bulkwrite import _entries, term_splits

    docs = _generated_documents()
    ix = _empty_index(tmp_path / "ix")
    for part in (docs[:100], docs[100:200], docs[200:]):
        writer = BulkWriter(ix)
        for doc in part:
            writer.add_document(**doc)
        writer.commit(merge=False)
    segments = ix._segments()
    merger = BulkWriter(ix, _lk=False)
    merger.add_segments(ix.storage, segments)
    merged = SegmentReader(ix.storage, ix.schema, merger._finalize_segment())
    table = merged._terms._tindex
    names = {number: name for name, number in merged._terms._fieldmap.items()}
    postings = []  # (field name, term, bytes of its postings) in term order
    for key, value in _entries(table.dbfile, table.startofdata, table.endofdata):
        size = 0 if value[0] else int.from_bytes(value[-4:], "big")  # not inlined: its extent's length
        postings.append((names[int.from_bytes(key[:2], "big")], key[2:], size))
    merged.close()
    everything = sum(size for *_, size in postings)
    for count, low, high in ((10, 0.03, 0.2), (2, 0.4, 0.6)):
        cut = term_splits(ix.storage, ix.schema, segments, count)[0]
        before = sum(size for name, text, size in postings if (name, text) < cut)
        assert low < before / everything < high, (count, cut, before / everything)
