"""The top hits of a search are the best-scored matches, found with less work than scoring all.

An index of 1,500 short articles made of the sample pages' own sentences (seeded
shuffles), so that common words have posting lists of many blocks (whoosh writes
128 postings a block) and every shortcut of `queries` is exercised: skipping inside
blocks, phrase position checks, and prefix (one-character) queries.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import BIG5_PAGE, GBK_PAGE, SEED, UTF16_PAGE
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3LeafMatcher

from paperarchive import topk
from paperarchive.analysis import fold
from paperarchive.bulkwrite import BulkWriter
from paperarchive.index import make_schema
from paperarchive.ingest import decode_page
from paperarchive.queries import PaperBM25F
from paperarchive.search import parse

ARTICLES = 1500


def _sentences() -> list[str]:
    found = []
    for path in (SEED, GBK_PAGE, BIG5_PAGE, UTF16_PAGE):
        text = decode_page(path.read_bytes()).text
        found += [s.strip() for s in re.split(r"(?<=[。！？])", text) if len(s.strip()) > 8]
    return found


@pytest.fixture(scope="module")
def big_index(tmp_path_factory):
    sentences = _sentences()
    rng = random.Random(20251029)
    folder = tmp_path_factory.mktemp("topk")
    ix = whoosh_index.create_in(folder, make_schema())
    writer = BulkWriter(ix)
    bodies = {}
    for n in range(ARTICLES):
        body = "".join(rng.sample(sentences, rng.randint(2, 12)))
        title = rng.choice(sentences)[:14] if n % 3 == 0 else ""
        bodies[f"a{n:04d}"] = (title, body)
        writer.add_document(**{k: v for k, v in {"id": f"a{n:04d}", "title": title, "body": body}.items() if v})
    writer.commit(merge=False)
    return ix, bodies


def test_the_index_has_posting_lists_of_many_blocks(big_index):
    ix, _ = big_index
    with ix.searcher() as s:
        m = s.postings("body", "重阳")
        assert isinstance(m, W3LeafMatcher)
        assert s.doc_frequency("body", "重阳") > 3 * 128


@pytest.mark.parametrize("term", ["重阳", "社区", "老人", "活动"])
def test_skipping_lands_on_the_first_posting_at_or_after_the_target(big_index, term):
    ix, _ = big_index
    with ix.searcher() as s:
        every = list(s.postings("body", term).all_ids())
        assert len(every) > 128
        rng = random.Random(len(every))
        m, at = s.postings("body", term), 0
        for target in sorted(rng.sample(range(every[-1] + 50), 60)):
            m.skip_to(target)
            expected = next((i for i in every if i >= max(target, at)), None)
            if expected is None:
                assert not m.is_active()
                break
            assert m.is_active() and m.id() == expected
            at = expected


@pytest.mark.parametrize("words", ["社区治理", "重阳节", "老人们", "志愿服务", "九九重阳", "党建"])
def test_a_chinese_word_matches_exactly_the_articles_that_print_it(big_index, words):
    ix, bodies = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        found = {h["id"] for h in s.search(parse(s.schema, words), limit=None)}
    printed = {i for i, (title, body) in bodies.items() if words in fold(title) or words in fold(body)}
    assert found == printed and found


@pytest.mark.parametrize("text", ["党", "老", "重阳", "社区", '"社区治理"', "敬老 活动"])
def test_the_top_hits_are_the_best_scored_whatever_the_limit(big_index, text):
    """whoosh drops parts of a query that cannot reach the N-th best score so far; a wrong
    bound (a prefix's, once) drops hits that belong in the top N: 党 ranked differently with
    --limit 3 and --limit 10, and shared none of its top ten with the fully scored list."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, text)
        everything = [(h.docnum, h.score) for h in s.search(q, limit=None, terms=False)]
        assert len(everything) > 20
        ranked = sorted(everything, key=lambda hit: (-hit[1], hit[0]))
        for limit in (3, 10, 11):
            top = [(h.docnum, h.score) for h in s.search(q, limit=limit, terms=False, optimize=False)]
            assert top == ranked[:limit], limit


@pytest.mark.parametrize("text", ['"社区治理" 活动', '"重阳节" OR 老人'])
def test_phrases_skipped_below_the_bar_leave_the_top_hits_as_they_were(big_index, text):
    """A phrase inside AND / OR reads positions only where its score can still enter the
    top N (`_AlignedMatcher.replace`): the top N must be the fully scored list's."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, text)
        ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
        assert len(ranked) > 20
        for limit in (3, 10):
            assert [(h.docnum, h.score) for h in s.search(q, limit=limit, terms=False, optimize=False)] == ranked[:limit]


@pytest.mark.parametrize(
    "text", ["重阳", "社区", "老人", "活动", '"社区治理"', "重阳节", "志愿服务", "title:社区", "九九重阳", "党", "老", "title:老"]
)
def test_the_title_first_top_hits_are_the_fully_scored_ones(big_index, text):
    """`topk.top_hits` finds a word's or a phrase's top N from the title's matches, looking
    up body scores only where they can matter, and a character's from its terms summed a
    block at a time: the same documents and float scores as scoring every match one by
    one, ties to the lower document number, whatever the limit."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, text)
        ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
        assert len(ranked) > 20
        answered = 0
        for limit in (1, 3, 10, 11, 40):
            top = topk.top_hits(s, q, limit)
            if top is not None:  # None: the bound did not hold, whoosh answers
                answered += 1
                assert [(h.docnum, h.score) for h in top] == ranked[:limit], limit
                assert [h["id"] for h in top] == [s.stored_fields(d)["id"] for d, _ in ranked[:limit]]
        assert answered >= 3


def test_the_title_first_top_hits_read_less_than_every_posting(big_index):
    """The counted work: of 社区's body postings, only the blocks holding a candidate
    that can still enter the top ten are decoded."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, "社区")
        postings = s.doc_frequency("title", "社区") + s.doc_frequency("body", "社区")
        before = topk.WORK.scored
        assert topk.top_hits(s, q, 10) is not None
        assert topk.WORK.scored - before < 0.6 * postings


def test_block_headers_are_read_once_and_kept_for_the_next_searches(big_index):
    """A term's block headers (last document, largest count, where the block starts) are
    read as far as a lookup needs them, once per segment reader, and kept: they are
    whoosh's own, a second search of the same words reads none, and its hits are still
    the fully scored ones."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        m = s.postings("body", "重阳")
        walked = []
        while m.is_active():
            walked.append((m._maxid, m._maxweight))
            m._next_block()
        m = s.postings("body", "重阳")
        kept = topk._Directory.start(m)
        kept.extend(m, s.doc_count_all())
        assert list(zip(kept.maxids, kept.maxweights)) == walked and len(walked) > 3
        q = parse(s.schema, '"社区治理"')
        ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
        for round_ in range(2):
            before = topk.WORK.headers
            top = topk.top_hits(s, q, 10)
            assert [(h.docnum, h.score) for h in top] == ranked[:10]
            read = topk.WORK.headers - before
            assert read > 0 if round_ == 0 else read == 0


def test_block_headers_are_read_only_as_far_as_a_lookup_needs(big_index):
    """A lookup in the first blocks of a list reads their headers, not the rest; a later
    one further on continues from there, and the two together are the whole list's."""
    ix, _ = big_index
    with ix.searcher() as s:
        m = s.postings("body", "重阳")
        walked = []
        while m.is_active():
            walked.append(m._maxid)
            m._next_block()
        m = s.postings("body", "重阳")
        kept = topk._Directory.start(m)
        before = topk.WORK.headers
        kept.extend(m, walked[1])  # in the second block
        assert list(kept.maxids) == walked[:2] and topk.WORK.headers - before == 2
        kept.extend(m, walked[-1])
        assert list(kept.maxids) == walked and kept.next_position is None
        assert kept.block_of(walked[1] + 1) == 2


def test_other_shapes_and_unsure_bounds_are_left_to_whoosh(big_index):
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        for text in ("敬老 活动", "重阳 OR 老人", '"重阳节" OR 老人'):  # an AND, ORs of other parts
            assert topk.top_hits(s, parse(s.schema, text), 10) is None, text


@pytest.mark.parametrize("text", ["重阳", '"社区治理"', "九九重阳", "志愿服务"])
def test_where_the_titles_cannot_bound_the_body_every_candidate_is_scored_first(big_index, text):
    """More hits wanted than title matches outscore the body's best (the body alone could
    place one): the title-first walk gives up, and `_every_candidate_top` scores every
    candidate of both fields, reading positions best-bounded first. The same documents and
    float scores as whoosh's full walk, whatever the limit; positions read for a few."""
    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, text)
        ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
        (sub, _), = s.leaf_searchers()
        given_up = 0
        for limit in (s.doc_frequency("title", text.strip('"')[:2]) + 1, len(ranked) // 2, len(ranked) + 5):
            clauses = topk._clauses(q.matcher(sub, s.context()), sub.reader())
            given_up += topk._segment_top(clauses, limit) is None  # the case this is for
            top = topk.top_hits(s, q, limit)
            assert top is not None and [(h.docnum, h.score) for h in top] == ranked[:limit], limit
        assert given_up
        clauses = topk._clauses(q.matcher(sub, s.context()), sub.reader())
        candidates = set().union(*(clause.candidates() for clause in clauses))
        scored = topk.WORK.scored
        before = topk.WORK.checked
        assert topk._every_candidate_top(clauses, 3) == [(score, docnum) for docnum, score in ranked[:3]]
        assert topk.WORK.checked - before < len(candidates)  # positions of a few, not of all
        assert topk.WORK.scored == scored  # the candidates scored above are not scored again


def test_a_second_segment_and_deleted_documents(tmp_path):
    """Per segment, then merged by score and document number; a segment with deletions
    (whose lists still hold the deleted) is left to whoosh."""
    sentences = _sentences()
    rng = random.Random(7)
    ix = whoosh_index.create_in(tmp_path, make_schema())
    for batch in range(2):
        writer = BulkWriter(ix)
        for n in range(400):
            body = "".join(rng.sample(sentences, rng.randint(2, 10)))
            writer.add_document(id=f"b{batch}{n:03d}", title=rng.choice(sentences)[:14], body=body)
        writer.commit(merge=False)
    with ix.searcher(weighting=PaperBM25F()) as s:
        assert len(s.leaf_searchers()) == 2
        for text in ("重阳", "社区", '"社区治理"'):
            q = parse(s.schema, text)
            ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
            top = topk.top_hits(s, q, 5)
            assert top is not None and [(h.docnum, h.score) for h in top] == ranked[:5], text
    writer = ix.writer()
    writer.delete_document(0)  # (the id is stored, not indexed: no term to delete it by)
    writer.commit(merge=False)
    with ix.searcher(weighting=PaperBM25F()) as s:
        assert topk.top_hits(s, parse(s.schema, "重阳"), 5) is None


@pytest.mark.parametrize("words", [["10", "月"], ["28", "日"]])
def test_two_words_side_by_side_match_and_score_as_whoosh_phrase(big_index, words):
    """A quoted pair of words that is no bigram chain (10月 → 10 月, "fishing fleet") is a
    `BigramPhrase` of the two: the same documents and scores as whoosh's `Phrase`."""
    from whoosh import query

    ix, _ = big_index
    with ix.searcher(weighting=PaperBM25F()) as s:
        ours = parse(s.schema, '"' + "".join(words) + '"')
        assert "BigramPhrase" in repr(ours)
        theirs = query.Or([query.Phrase(field, words) for field in ("title", "body")])
        expected = sorted((h.docnum, h.score) for h in s.search(theirs, limit=None, terms=False))
        assert expected and sorted((h.docnum, h.score) for h in s.search(ours, limit=None, terms=False)) == expected


def _one_title_index(folder, title: str, printed: str):
    """300 articles, `printed` in a quarter of the bodies and `title` the only title with it."""
    rare = {printed[i : i + 2] for i in range(len(printed) - 1)} | set(printed)
    sentences = [s for s in _sentences() if not rare & ({s[i : i + 2] for i in range(len(s))} | set(s))]
    rng = random.Random(11)
    ix = whoosh_index.create_in(folder, make_schema())
    writer = BulkWriter(ix)
    for n in range(300):
        body = "".join(rng.sample(sentences, rng.randint(2, 8)))
        if n % 4 == 0:
            body += printed * rng.randint(1, 3) + "下乡。"
        writer.add_document(id=f"c{n:03d}", title=title if n == 120 else rng.choice(sentences)[:14], body=body)
    writer.commit(merge=False)
    return ix


@pytest.mark.parametrize(("text", "title"), [("新能源汽车", "新能源汽车下乡"), ("汽车", "新能源汽车下乡"), ("爱", "热爱家乡")])
def test_a_query_whose_title_terms_are_inline_is_ranked_as_whoosh_ranks_it(tmp_path, text, title):
    """A term in one title of a segment has its posting kept in the term table (whoosh's
    `ListMatcher`, not a block list): a word, a phrase or a character with such a term in its
    title clause is still answered here, exactly as whoosh ranks it."""
    ix = _one_title_index(tmp_path, title, text)
    with ix.searcher(weighting=PaperBM25F()) as s:
        q = parse(s.schema, text)
        (sub, _), = s.leaf_searchers()
        m = q.matcher(sub, s.context())
        if len(text) > 1:
            title_clause, _body = topk._clauses(m, sub.reader())
            assert all(isinstance(leaf, topk._InlineLeaf) for leaf in title_clause.leaves)
        else:
            assert type(m.a).__name__ == "ListMatcher" and topk._summed_clauses(m) is not None
        ranked = sorted(((h.docnum, h.score) for h in s.search(q, limit=None, terms=False)), key=lambda hit: (-hit[1], hit[0]))
        assert ranked[0][0] == 120 and len(ranked) > 60
        for limit in (1, 3, 10, 40):
            top = topk.top_hits(s, q, limit)
            assert top is not None and [(h.docnum, h.score) for h in top] == ranked[:limit], limit
