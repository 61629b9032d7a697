"""Faster queries for Chinese: a run of characters, indexed as overlapping bigrams.

whoosh's `Phrase` intersects every term of the phrase and, for each candidate
document, builds a Span object per position of every term. A Chinese word of n
characters is n-1 bigrams, but a cover of them fixes every character: 社区治理 is
社区 at p and 治理 at p+2 (区治 then follows), so `BigramPhrase` intersects only
the cover and compares positions as integers.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left
from functools import cache, reduce
from itertools import accumulate

from whoosh import matching, query, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.binary import AndMaybeMatcher, IntersectionMatcher, UnionMatcher
from whoosh.matching.combo import ArrayUnionMatcher
from whoosh.query.compound import PreloadedOr
from whoosh.query.spans import Span, SpanWrappingMatcher
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.util.numeric import byte_to_length


def cover(count: int) -> list[int]:
    """Indexes of the bigrams that fix all characters of a run of `count` bigrams.

    >>> cover(1), cover(2), cover(3), cover(4)
    ([0], [0, 1], [0, 2], [0, 2, 3])
    """
    picks = list(range(0, count, 2))
    if picks[-1] != count - 1:
        picks.append(count - 1)
    return picks


def is_bigram_chain(words) -> bool:
    """Bigrams that overlap one character each: the terms of one printed CJK run.

    >>> is_bigram_chain(["社区", "区治", "治理"]), is_bigram_chain(["社区", "治理"])
    (True, False)
    """
    return len(words) > 1 and all(len(w) == 2 for w in words) and all(a[1] == b[0] for a, b in zip(words, words[1:]))


class CharPrefix(query.Prefix):
    """One Chinese character: every term that begins with it (its bigrams, and itself at
    the end of a run), scored like the terms they are.

    whoosh ORs a prefix's terms as a binary tree of union matchers once a segment
    holds over 5,000 documents, and re-checks that tree every ten documents:
    党, a prefix of some 700 terms, took 1.4 s on a 50 MB archive. Preloaded into
    one array instead (whoosh's PreloadedOr), it takes a tenth of that.
    """

    def __init__(self, fieldname, text, boost=1.0):
        super().__init__(fieldname, text, boost=boost, constantscore=False)

    def matcher(self, searcher, context=None):
        terms = [query.Term(self.fieldname, word) for word in self._btexts(searcher.reader()) if word]
        if not terms:
            return matching.NullMatcher()
        if len(terms) == 1:
            return terms[0].matcher(searcher, context)
        return _PrefixOr(terms, boost=self.boost).matcher(searcher, context)


def _summed_max_quality(self):
    """`ArrayUnionMatcher.max_quality`: the sum of its terms' bests.

    whoosh's says the best of one term, but it adds up every term a document holds: a
    top-N search dropped the title's or the body's prefix matches as unable to reach the
    N-th score (`UnionMatcher.replace`) when they could, and 党 ranked differently with
    --limit 3 and --limit 10. The same for an OR of four terms or more (社区 OR 家庭 is
    title and body of each), whoosh's own array union: at M the top 21 of
    `"养老服务" AND (社区 OR 家庭)` lacked its 15th best (bench/RESULTS.md, 2026-12-01).
    """
    # Every term, active or not: this matcher reads its terms ahead, 2048 documents at a time.
    # Asked every ten documents by the collector, and the same every time: computed once.
    if self._best is None:
        self._best = sum(m.max_quality() for m in self._submatchers) * self._boost
    return self._best


ArrayUnionMatcher._best = None
ArrayUnionMatcher.max_quality = _summed_max_quality


class _SummedArrayUnion(ArrayUnionMatcher):
    """whoosh's `ArrayUnionMatcher` (whose best possible score is the sum of its terms' bests,
    `_summed_max_quality`), scoring a block of postings in one loop."""

    def _read_part(self):
        """whoosh's `_read_part`, scoring a block's postings in one loop where it can.

        Every posting of every term is scored (a prefix's score is the sum of its terms'),
        so the cost per posting is the cost: whoosh calls `is_active`, `id`, `score` (a
        scorer, a weight and a length lookup) and `next` for each. For our BM25F terms
        this reads the block's ids and weights and computes the same formula inline.
        """
        offset = self._docnum
        limit = min(offset + self._partsize, self._doccount)
        a = self._a
        a[:] = _zeros(self._partsize)
        for m in self._submatchers:
            plain = _plain_bm25(m) if self._scored else None
            if plain is None:
                while m.is_active() and m.id() < limit:
                    if self._scored:
                        a[m.id() - offset] += m.score() * self._boost
                    else:
                        a[m.id() - offset] = 1
                    m.next()
                continue
            idf, k1, b, avgfl, lengths = plain
            boost = self._boost
            while m.is_active() and m.id() < limit:
                m.weight()  # reads the block's weights (`id` read its ids)
                ids, weights, start, end = m._ids, m._weights, m._i, m._blocklength
                stop = bisect_left(ids, limit, start, end)
                for docnum, tf in zip(ids[start:stop], weights[start:stop]):
                    # whoosh.scoring.bm25, term for term, so the scores are the same floats
                    a[docnum - offset] += idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl))) * boost
                if stop < end:
                    m._i = stop
                else:
                    m._i = end - 1
                    m.next()
        self._offset = offset
        self._limit = limit


@cache
def _zeros(size: int) -> array:
    return array("d", bytes(8 * size))


def _plain_bm25(m):
    """(idf, K1, B, average length, lengths) of a whoosh3 leaf scored by `PaperBM25F`;
    None for any other matcher or scorer."""
    return _bm25_parts(getattr(m, "scorer", None)) if type(m) is W3LeafMatcher else None


def _inline_bm25(m):
    """`_plain_bm25` of a term whose few postings the term table holds inline (`ListMatcher`)."""
    return _bm25_parts(getattr(m, "_scorer", None)) if type(m) is matching.ListMatcher else None


def _bm25_parts(scorer):
    if type(scorer) is not scoring.BM25FScorer:
        return None
    lengths = getattr(scorer.dfl, "__self__", None)
    if not isinstance(lengths, list):  # the reader's own length lookup, not our table
        return None
    return scorer.idf, scorer.K1, scorer.B, scorer.avgfl, lengths


class _PrefixOr(PreloadedOr):
    def _matcher(self, subs, searcher, context):
        scored = context.weighting is not None if context else True
        matchers = [sub.matcher(searcher, context) for sub in subs]
        return _SummedArrayUnion(matchers, searcher.doc_count_all(), boost=self.boost, scored=scored)


class BigramPhrase(query.Phrase):
    """A `Phrase` whose words are a bigram chain; matched through a cover of them."""

    def matcher(self, searcher, context=None):
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        if field is None:
            return matching.NullMatcher()
        reader = searcher.reader()
        picks = cover(len(self.words))
        leaves = []
        for i in picks:
            word = field.to_bytes(self.words[i])
            if (self.fieldname, word) not in reader:
                return matching.NullMatcher()
            leaves.append(query.Term(self.fieldname, word, boost=self.boost).matcher(searcher, context))
        return _AlignedMatcher(reduce(IntersectionMatcher, leaves), picks)


class _AlignedMatcher(SpanWrappingMatcher):
    """Keeps the documents where the intersected terms sit at their offsets.

    A phrase's score is its terms' scores, wherever they sit: positions only decide
    whether a document matches. A top-N search tells its matchers the score a document
    must beat to enter the top N (`replace`); a document that cannot beat it is passed
    over without reading its positions ("社区治理" at L: 48,472 documents' positions
    compared for a top ten, most of them scoring too low to enter it).
    """

    # Documents scoring at most this cannot enter the top hits (0: every match is wanted).
    _floor = 0.0

    def __init__(self, child, offsets: list[int]):
        self.offsets = offsets
        self.leaves = _leaves(child)
        super().__init__(child)

    def copy(self):
        m = self.__class__(self.child.copy(), self.offsets)
        m._spans = self._spans
        return m

    def _replacement(self, newchild):
        return self.__class__(newchild, self.offsets)

    def replace(self, minquality=0):
        replaced = super().replace(minquality)
        if isinstance(replaced, _AlignedMatcher):
            # A hair under the bound: the sum that bound was taken from may round the other way.
            replaced._floor = minquality * (1 - 1e-9)
        return replaced

    def _get_spans(self):
        if len(self.leaves) != len(self.offsets):  # the intersection was replaced: nothing left to match
            return []
        if self._floor > 0 and self.child.score() <= self._floor:
            return []  # cannot enter the top hits: its positions need not be read
        # Where the first term would start the run, for each term: sets, not a scan of a
        # list per position (an article that prints 社区 forty times made that quadratic).
        starts = set(self.leaves[0].value_as("positions"))
        for leaf, offset in zip(self.leaves[1:], self.offsets[1:]):
            starts.intersection_update(p - offset for p in leaf.value_as("positions"))
            if not starts:
                return []
        p = min(starts)
        return [Span(p, p + self.offsets[-1] + 1)]  # one match is enough to keep the document


def _skip_to(self, targetid):
    """`W3LeafMatcher.skip_to`, finding the target inside a block by bisection.

    whoosh steps through a block's postings one `next()` at a time to reach the target:
    an intersection (a phrase's terms, `title AND body`) stepped through every posting of
    its longer list. The ids of a block are sorted, so bisection lands on the same posting.
    """
    if not self.is_active():
        raise matching.ReadTooFar
    if targetid <= self.id():
        return
    if targetid > self._maxid:
        self._skip_to_block(lambda: targetid > self._maxid)
        if not self.is_active():
            return
        self.id()  # reads the new block's ids
    self._i = bisect_left(self._ids, targetid, self._i)


def _read_ids(self):
    """`W3LeafMatcher._read_ids`, its delta decoding done by `accumulate` (C) instead of a
    Python generator: every block an intersection or a prefix reads is decoded."""
    if self._data is None:
        self._read_data()
    ids = self._data[0]
    self._ids = ids if self._byteids else tuple(accumulate(ids))


W3LeafMatcher.skip_to = _skip_to
W3LeafMatcher._read_ids = _read_ids


def _and_maybe_skip_to(self, targetid):
    """`AndMaybeMatcher.skip_to`, with the optional matcher brought to the required one's
    document, not to the target.

    whoosh skips both to the target: when the required matcher lands past it, the optional
    one can stop on an earlier document, and the required one's document is scored without
    its optional part. A top-N search turns `title:X OR body:X` into this matcher once the
    body alone cannot reach the N-th score (`UnionMatcher.replace`), and then skips: at M,
    `"重阳节" AND 敬老` lost its 4th and 6th best articles from its top ten (bench/RESULTS.md,
    2026-12-01).
    """
    if not self.a.is_active():
        raise matching.ReadTooFar
    ra = self.a.skip_to(targetid)
    rb = False
    if self.a.is_active() and self.b.is_active():
        rb = self.b.skip_to(self.a.id())
    return ra or rb


AndMaybeMatcher.skip_to = _and_maybe_skip_to


def count_matches(searcher, q: query.Query) -> int:
    """How many documents match `q`: what `len(list(searcher.docs_for_query(q)))` says.

    whoosh steps a query's matcher tree one document at a time, and for a word looked up
    in every field (a union of terms, the commonest query) the unions' stepping cost more
    than reading the postings: counting 8,500 matches of a two-character word took as long
    as finding its top ten. Here a union's documents are the set of its parts' and a
    term's are read a block at a time; anything else (a phrase, an intersection, a term
    in a segment with deletions) is stepped through as whoosh does.
    """
    total = 0
    for sub, _ in searcher.leaf_searchers():
        try:
            total += len(_doc_ids(q.matcher(sub, sub.boolean_context())))
        except TermNotFound:
            pass
    return total


def _doc_ids(m) -> set[int]:
    if type(m) is UnionMatcher:
        return _doc_ids(m.a) | _doc_ids(m.b)
    if type(m) is W3LeafMatcher:
        ids: set[int] = set()
        while m.is_active():
            m.id()  # reads the block's ids
            ids.update(m._ids[m._i :])
            m._next_block()
        return ids
    return set(m.all_ids())


def _leaves(m) -> list:
    """The term matchers under a left-deep chain of intersections, in order."""
    if isinstance(m, IntersectionMatcher):
        return _leaves(m.a) + _leaves(m.b)
    return [m] if isinstance(m, matching.Matcher) and not isinstance(m, matching.NullMatcherClass) else []


# BM25 divides by each document's field length. whoosh reads it from the segment's
# length column one document at a time (a seek and a struct unpack): a third of the
# time of a search that scores thousands of documents. One read of the column per
# segment and field, kept while the reader lives, replaces them.
_LENGTHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_BYTE_TO_LENGTH = [byte_to_length(b) or 1 for b in range(256)]  # whoosh counts 0 as 1 in BM25


def _field_lengths(reader, fieldname: str) -> list[int] | None:
    """Every document's length of `fieldname` in one segment, or None where it cannot be read."""
    if not isinstance(reader, SegmentReader):
        return None
    per_field = _LENGTHS.setdefault(reader, {})
    if fieldname not in per_field:
        column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        raw = column._dbfile.get(column._basepos, column._count)
        table = [_BYTE_TO_LENGTH[b] for b in raw]
        table += [1] * (reader.doc_count_all() - len(table))  # documents past the column have no length
        per_field[fieldname] = table
    return per_field[fieldname]


class PaperBM25F(scoring.BM25F):
    """whoosh's BM25F, with field lengths read from memory."""

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf)
        lengths = _field_lengths(searcher.reader(), fieldname) if hasattr(scorer, "dfl") else None
        if lengths is not None:
            scorer.dfl = lengths.__getitem__
        return scorer
