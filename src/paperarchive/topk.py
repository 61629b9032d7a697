"""Exact top hits for a word or a phrase searched in title and body, reading only the
postings that can change them (MaxScore, with per-block maxima).

A plain query searches two fields: 社区 is `title:社区 OR body:社区`, and a document's
score is its title score plus its body score. At L the title list holds 12,349
documents and each of its scores weighs three times a body one; the body list holds
104,046, and no body score exceeds 2.67 while the tenth best document scores 8.47.
So the top ten come from the title's matches: each is scored, best first, and its body
score is looked up, until the best a title match could still reach (its title score
plus the body's maximum) falls below the tenth best found. A document that matches only
in the body scores at most the body's maximum, below the tenth best: the body's postings
are read only where a candidate needs them, and a body block whose best score cannot
lift the candidate into the top ten is not even decoded. A phrase is handled the same
way; its positions are read only for candidates that can still enter.

The hits are whoosh's, exactly: the same documents, the same float scores (the same
sums in the same order), ties to the lower document number. Where the query has
another shape, or the bound does not hold (fewer title matches than hits wanted score
above the body's maximum), `top_hits` returns None and the caller asks whoosh.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left
from heapq import heappush, heapreplace
from operator import add

from whoosh import matching
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.binary import UnionMatcher

from .queries import _AlignedMatcher, _inline_bm25, _plain_bm25, _SummedArrayUnion, _zeros

FIRST_ROUND = 64  # candidates looked up before the rest: enough to set a high bar
# A driving list longer than this is scored by whoosh's own walk (a word printed in
# every other title): reading it whole would cost more than the walk it saves.
MAX_DRIVER_POSTINGS = 60_000


class TopHit:
    """What a whoosh `Hit` offers the search: a score and the stored fields."""

    __slots__ = ("score", "docnum", "_searcher")

    def __init__(self, score: float, docnum: int, searcher):
        self.score, self.docnum, self._searcher = score, docnum, searcher

    def __getitem__(self, name):
        return self._searcher.stored_fields(self.docnum)[name]


class Work:
    """Counts for `bench/searchwork.py`: postings scored here (whoosh's scorer counts its own
    calls), blocks decoded, blocks passed over (on their kept headers), phrase position
    checks, and block headers read to keep (once per term and segment)."""

    scored = decoded = skipped = checked = headers = 0


WORK = Work()


def top_hits(searcher, q, limit: int) -> list[TopHit] | None:
    """The `limit` best documents for `q`, best first, as `searcher.search(q, limit)` ranks
    them; None where this shortcut does not apply."""
    context = searcher.context()
    best: list[tuple[float, int]] = []
    for sub, offset in searcher.leaf_searchers():
        if sub.reader().has_deletions():
            return None
        m = q.matcher(sub, context)
        summed = _summed_clauses(m)
        if summed is not None:
            found = _summed_top(summed, limit, sub.reader())
        else:
            clauses = _clauses(m, sub.reader())
            found = None if clauses is None else _segment_top(clauses, limit)
            if found is None and clauses is not None:
                for clause in clauses:
                    clause.reset()
                found = _every_candidate_top(clauses, limit)
        if found is None:
            return None
        best.extend((score, offset + docnum) for score, docnum in found)
    best.sort(key=lambda hit: (-hit[0], hit[1]))
    return [TopHit(score, docnum, searcher) for score, docnum in best[:limit]]


def _clauses(m, reader) -> list | None:
    """The clauses of a `title OR body` matcher (one or two), or None for any other shape."""
    if isinstance(m, matching.NullMatcherClass):
        return []
    if type(m) is UnionMatcher:
        a, b = _clause(m.a, reader), _clause(m.b, reader)
        if a is None or b is None:
            return None
        return [c for c in (a, b) if c is not False]
    c = _clause(m, reader)
    return None if c is None else [c] if c is not False else []


def _clause(m, reader):
    """A term or a phrase clause; False for a matcher with nothing to match; None if unknown."""
    if isinstance(m, matching.NullMatcherClass) or not m.is_active():
        return False
    if type(m) is not _AlignedMatcher:
        leaf = _leaf(m, reader)
        return _Clause([leaf], None) if leaf else None
    if type(m) is _AlignedMatcher and m.boost == 1 and len(m.leaves) == len(m.offsets) > 1:
        leaves = [_leaf(leaf, reader) for leaf in m.leaves]
        if all(leaves):
            return _Clause(leaves, m.offsets)
    return None


def _leaf(m, reader):
    """A term as a `_Leaf`; None for a matcher these cannot score as whoosh does."""
    if type(m) is W3LeafMatcher and _plain_bm25(m) is not None:
        return _Leaf(m, reader)
    if _inline_bm25(m) is not None:  # a bigram in a few titles of a segment (新能 of 新能源汽车)
        return _InlineLeaf(m, reader)
    return None


# A block's header (its last document and largest count) is a pickle read before each
# block. A lookup walked them one by one from the list's start, each query anew: 1,000 to
# 2,000 header reads for a common word at L. The headers of a term looked up once are
# kept as arrays while its segment's reader lives (about 20 bytes a block: 16 KB for the
# commonest word's body list at L), so finding a document's block and its largest count
# is a bisection, and a block is read only to be decoded.
_BLOCKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
MAX_KEPT_TERMS = 4096  # per segment; past it the kept directories start over


class _Directory:
    """Where each block of a term's postings starts, its last document and largest count,
    as far as lookups have needed them (`next_position`: the next header; None at the end).

    >>> d = _Directory(array("q", [4, 90]), array("q", [127, 300]), array("d", [2.0, 5.0]), None)
    >>> d.block_of(128), d.block_of(301)
    (1, 2)
    """

    __slots__ = ("offsets", "maxids", "maxweights", "next_position")

    def __init__(self, offsets: array, maxids: array, maxweights: array, next_position: int | None):
        self.offsets, self.maxids, self.maxweights = offsets, maxids, maxweights
        self.next_position = next_position

    def block_of(self, docnum: int) -> int:
        """The first block read so far that can hold `docnum` (past the last: len(offsets))."""
        return bisect_left(self.maxids, docnum)

    def extend(self, m: W3LeafMatcher, docnum: int) -> None:
        """Reads headers (moving `m`) until a block can hold `docnum` or the list ends: a
        first search reads no more of them than a walk to its last lookup did."""
        maxids = self.maxids
        while self.next_position is not None and (not maxids or maxids[-1] < docnum):
            m._lastblock = m._atend = False  # whoosh's `_goto` only ever sets them
            m._goto(self.next_position)
            WORK.headers += 1
            self.offsets.append(self.next_position)
            maxids.append(m._maxid)
            self.maxweights.append(m._maxweight)
            self.next_position = None if m._lastblock else m._nextoffset

    @classmethod
    def start(cls, m: W3LeafMatcher) -> _Directory:
        """No header read yet of `m`'s list."""
        return cls(array("q"), array("q"), array("d"), m._baseoffset)


def _directory(m: W3LeafMatcher, reader) -> _Directory:
    kept = _BLOCKS.get(reader)
    if kept is None or len(kept) >= MAX_KEPT_TERMS:
        kept = _BLOCKS[reader] = {}
    term = m._term
    found = kept.get(term)
    if found is None:
        found = kept[term] = _Directory.start(m)
    return found


class _Leaf:
    """One term's postings in one segment, read forward: whole, or one document at a time."""

    def __init__(self, m: W3LeafMatcher, reader):
        self.m = m
        self.reader = reader
        self.directory: _Directory | None = None  # read at the first lookup
        self.block = 0  # the block `to_block` found, which `m` reads once it is decoded
        self.loaded: int | None = None  # the block `m` is on, if known
        self.idf, self.k1, self.b, self.avgfl, self.lengths = _plain_bm25(m)
        self.max = m.max_quality()
        self.postings = reader.doc_frequency(*m._term)
        self.max_weight = reader.term_info(*m._term).max_weight()

    def bm25(self, tf: float, docnum: int) -> float:
        # whoosh.scoring.bm25, term for term, so the scores are the same floats
        k1, b = self.k1, self.b
        return self.idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * self.lengths[docnum] / self.avgfl)))

    def all_scores(self) -> dict[int, float]:
        m = self.m
        m.reset()
        self.loaded = None  # read to its end below
        scores: dict[int, float] = {}
        idf, k1, b, avgfl, lengths = self.idf, self.k1, self.b, self.avgfl, self.lengths
        while m.is_active():
            m._read_ids()
            m._read_weights()
            for docnum, tf in zip(m._ids, m._weights):
                scores[docnum] = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl)))
            WORK.scored += len(m._ids)
            WORK.decoded += 1
            m._next_block()
        return scores

    def all_counts(self) -> dict[int, float]:
        """Each document's count (weight) of the term, the whole list read."""
        m = self.m
        m.reset()
        self.loaded = None  # read to its end below
        counts: dict[int, float] = {}
        while m.is_active():
            m._read_ids()
            m._read_weights()
            counts.update(zip(m._ids, m._weights))
            WORK.decoded += 1
            m._next_block()
        return counts

    def reach(self, docnum: int) -> float:
        """The most this term can score in `docnum`: its largest count at this document's length
        (BM25 grows with the count and falls with the length; most documents are longer
        than the shortest, whose score is the term's maximum)."""
        return self.bm25(self.max_weight, docnum)

    def reset(self):
        self.m.reset()
        self.block, self.loaded = 0, 0

    def to_block(self, docnum: int) -> bool:
        """Finds the block that would hold `docnum` (forward only) in the kept headers,
        reading only those never read before: False past the list's end."""
        directory = self.directory
        if directory is None:
            directory = self.directory = _directory(self.m, self.reader)
        maxids = directory.maxids
        if directory.next_position is not None and (not maxids or maxids[-1] < docnum):
            directory.extend(self.m, docnum)
            self.loaded = len(maxids) - 1  # `extend` leaves `m` on the last header it read
        if maxids[self.block] < docnum:
            block = directory.block_of(docnum)
            if block == len(directory.offsets):
                return False
            WORK.skipped += block - self.block - 1  # those between: as whoosh's walk counted them
            self.block = block
        return True

    def block_reach(self, docnum: int) -> float:
        """`reach` with the largest count of the block that would hold `docnum` (after `to_block`)."""
        return self.bm25(self.directory.maxweights[self.block], docnum)

    def seek(self, docnum: int) -> bool:
        """Moves to `docnum`'s posting (forward only): True if the term is in that document."""
        if not self.to_block(docnum):
            return False
        m = self.m
        if self.loaded != self.block:  # read this block's header, then its ids
            m._lastblock = m._atend = False
            m._goto(self.directory.offsets[self.block])
            self.loaded = self.block
        if m._ids is None:
            m._read_ids()
            WORK.decoded += 1
        i = bisect_left(m._ids, docnum, m._i)
        if i < m._blocklength:
            m._i = i
            return m._ids[i] == docnum
        return False

    def score_here(self) -> float:
        WORK.scored += 1
        return self.bm25(self.m.weight(), self.m._ids[self.m._i])


class _InlineLeaf(_Leaf):
    """A term whose few postings whoosh keeps in its term table (`ListMatcher`): one block."""

    def __init__(self, m, reader):
        self.m = m
        self.reader = reader
        self.idf, self.k1, self.b, self.avgfl, self.lengths = _inline_bm25(m)
        self.max = m.max_quality()
        self.postings = len(m._ids)
        self.max_weight = reader.term_info(*m._term).max_weight()

    def all_counts(self) -> dict[int, float]:
        m = self.m
        m.reset()
        counts = {}
        while m.is_active():
            counts[m.id()] = m.weight()
            m.next()
        return counts

    def all_scores(self) -> dict[int, float]:
        return {docnum: self.bm25(tf, docnum) for docnum, tf in self.all_counts().items()}

    def reset(self):
        self.m.reset()

    def to_block(self, docnum: int) -> bool:
        return self.m._ids[-1] >= docnum

    def block_reach(self, docnum: int) -> float:
        return self.reach(docnum)

    def seek(self, docnum: int) -> bool:
        self.m.skip_to(docnum)
        return self.m.is_active() and self.m.id() == docnum

    def score_here(self) -> float:
        WORK.scored += 1
        return self.bm25(self.m.weight(), self.m.id())


class _Clause:
    """A term (`offsets` None) or a phrase of bigrams fixed at `offsets` (`BigramPhrase`).

    A phrase scores as whoosh's left-deep intersection does: ((t0 + t1) + t2) …"""

    def __init__(self, leaves: list[_Leaf], offsets: list[int] | None):
        self.leaves, self.offsets = leaves, offsets
        bound = 0.0
        for leaf in leaves:
            bound += leaf.max
        self.max = bound * (1 + 1e-9) + 1e-12  # above any sum of these terms, rounding included
        self.postings = min(leaf.postings for leaf in leaves)  # at most this many matches
        self.read = sum(leaf.postings for leaf in leaves)  # what listing them all reads
        self.rarest_first = sorted(leaves, key=lambda leaf: leaf.postings)
        self._candidates: dict[int, float] | None = None

    def reset(self):
        for leaf in self.leaves:
            leaf.reset()

    def reach(self, docnum: int) -> float:
        """Above anything the clause can score in `docnum`, rounding included."""
        bound = 0.0
        for leaf in self.leaves:
            bound += leaf.reach(docnum)
        return bound * (1 + 1e-9) + 1e-12

    def candidates(self) -> dict[int, float]:
        """Every document holding the clause's terms, with its score (positions unchecked);
        read once: `_every_candidate_top` takes over the driver's when `_segment_top` gives up."""
        if self._candidates is None:
            self._candidates = self._scored_candidates()
        return self._candidates

    def _scored_candidates(self) -> dict[int, float]:
        if len(self.leaves) == 1:
            return self.leaves[0].all_scores()
        counts = [leaf.all_counts() for leaf in self.leaves]
        common = set(counts[0]).intersection(*counts[1:])
        WORK.scored += len(common) * len(self.leaves)
        out = {}
        for docnum in common:
            score = self.leaves[0].bm25(counts[0][docnum], docnum)
            for leaf, tfs in zip(self.leaves[1:], counts[1:]):
                score += leaf.bm25(tfs[docnum], docnum)
            out[docnum] = score
        return out

    def aligned(self) -> bool:
        """Whether the phrase's terms sit at their offsets in the current document (seeked)."""
        if self.offsets is None:
            return True
        WORK.checked += 1
        starts = set(self.leaves[0].m.value_as("positions"))
        for leaf, offset in zip(self.leaves[1:], self.offsets[1:]):
            starts.intersection_update(p - offset for p in leaf.m.value_as("positions"))
            if not starts:
                return False
        return True

    def verify(self, docnum: int) -> bool:
        """Whether a candidate from `candidates` really matches (its positions)."""
        if self.offsets is None:
            return True
        return all(leaf.seek(docnum) for leaf in self.leaves) and self.aligned()

    def score_at(self, docnum: int, need: float | None):
        """The score of the clause's terms in `docnum` (positions unchecked: see `aligned`),
        0.0 if one is missing, or None as soon as its blocks' maxima show that it cannot
        reach `need` (None: anything will do)."""
        if need is not None:
            bound = 0.0
            for leaf in self.leaves:
                if not leaf.to_block(docnum):
                    return 0.0
                bound += leaf.block_reach(docnum)
            if bound * (1 + 1e-9) + 1e-9 < need:
                return None
        for leaf in self.rarest_first:  # a missing term spares decoding the commoner ones' blocks
            if not leaf.seek(docnum):
                return 0.0
        score = self.leaves[0].score_here()
        for leaf in self.leaves[1:]:
            score += leaf.score_here()
        return score


def _segment_top(clauses: list[_Clause], limit: int) -> list[tuple[float, int]] | None:
    if not clauses:
        return []
    if len(clauses) == 1:
        driver, other = clauses[0], None
    else:
        a, b = clauses
        driver, other = (a, b) if a.postings <= b.postings else (b, a)
    if driver.read > MAX_DRIVER_POSTINGS:
        return None
    reach = other.max if other else 0.0
    candidates = sorted(driver.candidates().items(), key=lambda c: (-c[1], c[0]))
    heap: list[tuple[float, int]] = []  # (score, -docnum): whoosh's order, the worst on top
    done = 0
    for stop in (min(FIRST_ROUND, len(candidates)), len(candidates)):
        batch = []
        for docnum, score in candidates[done:stop]:
            if len(heap) == limit and score + reach < heap[0][0]:
                break  # nor can any after it: they score less
            batch.append((docnum, score))
        done = stop
        driver.reset()
        if other:
            other.reset()
        for docnum, score in sorted(batch):
            full = len(heap) == limit
            if full and (score + reach < heap[0][0] or (other and score + other.reach(docnum) < heap[0][0])):
                continue
            # Cheapest first: the other clause's block maxima, its terms' scores, and positions
            # only for a document whose score can still enter (the driver's phrase holds in
            # most of its candidates: checked last).
            part = other.score_at(docnum, heap[0][0] - score if full else None) if other else 0.0
            if part is None:
                continue
            item = (score + part if part else score, -docnum)
            if full and item < heap[0]:
                continue
            if not driver.verify(docnum):
                continue  # not the phrase here: if the other clause matches, it alone scores below the bar
            if part and not other.aligned():
                item = (score, -docnum)
                if full and item < heap[0]:
                    continue
            if not full:
                heappush(heap, item)
            elif item > heap[0]:
                heapreplace(heap, item)
        if len(heap) == limit and (done == len(candidates) or candidates[done][1] + reach < heap[0][0]):
            break
    # Documents never looked at: those the other clause matches alone, which score at most its maximum.
    if len(heap) < limit or (other and not reach < heap[0][0]):
        return None
    return [(score, -negdoc) for score, negdoc in sorted(heap, reverse=True)]


def _every_candidate_top(clauses: list[_Clause], limit: int) -> list[tuple[float, int]] | None:
    """The top `limit` where the title's matches cannot bound the rest: a phrase whose title
    matches are few (养老服务 in four titles of a segment at L) or whose body can outscore
    them. Every candidate of each clause is scored a block at a time (positions unchecked),
    and positions are read for the best-bounded first, in rounds in document order, until
    no candidate left can reach the N-th best: whoosh's walk instead checked the phrase in
    each of 11,000 documents, one at a time (a third of the benchmark's slowest queries).
    None where the lists are too long to read whole (`MAX_DRIVER_POSTINGS` in all)."""
    if sum(clause.read for clause in clauses) > MAX_DRIVER_POSTINGS:
        return None
    scored = [clause.candidates() for clause in clauses]
    bounds: dict[int, float] = dict(scored[0])
    for found in scored[1:]:  # title + body, as whoosh's union adds them
        for docnum, score in found.items():
            bounds[docnum] = bounds.get(docnum, 0.0) + score
    ranked = sorted(bounds.items(), key=lambda c: (-c[1], c[0]))
    heap: list[tuple[float, int]] = []  # (score, -docnum): whoosh's order, the worst on top
    done, size = 0, FIRST_ROUND
    while done < len(ranked) and not (len(heap) == limit and ranked[done][1] < heap[0][0]):
        batch = sorted(docnum for docnum, _ in ranked[done : done + size])
        done, size = done + size, size * 4
        for clause in clauses:
            clause.reset()
        for docnum in batch:
            parts = [found[docnum] for clause, found in zip(clauses, scored) if docnum in found and clause.verify(docnum)]
            if parts:
                item = (sum(parts), -docnum)  # title + body, as whoosh adds them (0.0 + a is a, exactly)
                if len(heap) < limit:
                    heappush(heap, item)
                elif item > heap[0]:
                    heapreplace(heap, item)
    return [(score, -negdoc) for score, negdoc in sorted(heap, reverse=True)]


# One character (党, 爱): every term that begins with it, in title and body. Its terms'
# maxima add up far beyond any document's score, so no bound skips a document; but whoosh's
# walk through the two fields' unions, one document at a time (`UnionMatcher` over two
# `ArrayUnionMatcher`s: id, score, next for each of 72,000 documents of 爱 at L), cost
# four times the scoring itself. Here each field's terms are summed into one array per
# field, a block of postings per loop, and the top N read from the arrays' sum.


def _summed_clauses(m) -> list[tuple[list, float]] | None:
    """The title and body sums of a one-character query: (terms, boost) each; None otherwise."""
    parts = [m.a, m.b] if type(m) is UnionMatcher else [m]
    if not any(type(p) is _SummedArrayUnion for p in parts):
        return None
    out = []
    for p in parts:
        if type(p) is _SummedArrayUnion and p._scored:
            out.append((list(p._submatchers), p._boost))
        elif type(p) in (W3LeafMatcher, matching.ListMatcher):  # (a term in one or two titles: inline)
            out.append(([p], None))  # a single term: its plain score, no sum
        elif not (isinstance(p, matching.NullMatcherClass) or not p.is_active()):
            return None
    return out


def _summed_top(clauses, limit: int, reader) -> list[tuple[float, int]]:
    doccount = reader.doc_count_all()
    sums = []
    for terms, boost in clauses:
        # An array for a field whose terms hold many documents; a dict for a few (a title's).
        dense = sum(_length(m, reader) for m in terms) * 4 > doccount
        acc = array("d", _zeros(doccount)) if dense else _Sparse()
        for m in terms:
            m.reset()
            plain = _plain_bm25(m)
            if plain is None:  # an inlined list: whoosh's own score, as `_read_part` does
                while m.is_active():
                    score = m.score()
                    acc[m.id()] += score * boost if boost is not None else score
                    m.next()
                continue
            idf, k1, b, avgfl, lengths = plain
            factor = 1.0 if boost is None else boost
            while m.is_active():
                m._read_ids()
                m._read_weights()
                WORK.decoded += 1
                WORK.scored += len(m._ids)
                for docnum, tf in zip(m._ids, m._weights):
                    # whoosh.scoring.bm25, term for term (`_read_part`'s sum, in its order)
                    acc[docnum] += idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl))) * factor
                m._next_block()
        sums.append(acc)
    heap: list[tuple[float, int]] = []
    total = sums[0]
    if len(sums) == 2:  # title + body, as whoosh's union adds them
        title, body = sums
        if isinstance(title, array) and isinstance(body, array):
            total = array("d", map(add, title, body))
        elif isinstance(body, array):
            total = body  # its own, built for this search: the title's few documents added in place
            for docnum, score in title.items():
                total[docnum] = score + body[docnum]
        elif isinstance(title, array):
            total = title
            for docnum, score in body.items():
                total[docnum] = title[docnum] + score
        else:
            total = _Sparse({d: title[d] + body[d] for d in title.keys() | body.keys()})
    if isinstance(total, _Sparse):
        for docnum in sorted(total):
            _offer(heap, limit, total[docnum], docnum)
        return [(score, -negdoc) for score, negdoc in sorted(heap, reverse=True)]
    step = 4096
    for start in range(0, doccount, step):
        part = total[start : start + step]
        if len(heap) == limit and max(part) <= heap[0][0]:
            continue  # nothing here beats the N-th best (an equal score comes later: it loses the tie)
        for i, score in enumerate(part):
            if score > 0:
                _offer(heap, limit, score, start + i)
    return [(score, -negdoc) for score, negdoc in sorted(heap, reverse=True)]


class _Sparse(dict):
    """Scores of the few documents a rare character's terms hold: 0.0 where none."""

    def __missing__(self, docnum):
        return 0.0


def _length(m, reader) -> int:
    """How many postings a term's list holds (an inlined list's own length)."""
    if type(m) is W3LeafMatcher:
        return reader.doc_frequency(*m._term)
    return len(getattr(m, "_ids", ())) or 1


def _offer(heap: list, limit: int, score: float, docnum: int) -> None:
    """Keeps `docnum` among the `limit` best seen, visiting documents in order (whoosh's ties)."""
    if len(heap) < limit:
        heappush(heap, (score, -docnum))
    elif score > heap[0][0]:
        heapreplace(heap, (score, -docnum))
