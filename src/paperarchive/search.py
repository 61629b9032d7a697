"""Queries: parse what the reader typed into a whoosh query, run it, count facets.

Query language: whoosh's (AND OR NOT, parentheses, "quoted phrases", field:value,
ranges `date:[2025-10-01 TO 2025-10-31]`), with fields `title kicker body caption
byline section paper date`. Unquoted Chinese is matched as a phrase of its
bigrams; a single Chinese character matches wherever it is printed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from whoosh import qparser, query

from .analysis import fold, normalize_query
from .catalog import Catalog, StoredArticle
from .chars import is_cjk
from .errors import QueryError
from .highlight import Fragment, Needles, fragments, match_spans
from .index import SEARCH_FIELDS, TEXT_FIELD_NAMES
from .models import FrozenRecord, set_field
from .queries import BigramPhrase, CharPrefix, count_matches, is_bigram_chain
from .topk import top_hits

# Fields a query may name, and the names users know them by.
FIELD_ALIASES = {"caption": "captions", "headline": "title", "author": "byline", "text": "body"}
QUERY_FIELDS = frozenset(TEXT_FIELD_NAMES) | {"paper", "date"} | set(FIELD_ALIASES)

_FIELD_REF = re.compile(r"(?<![\w:])([A-Za-z_]\w*):(?=\S)")
_EMPTY_FIELD = re.compile(r"(?<![\w:])([A-Za-z_]\w*):(?=\s|\)|$)")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
FACETS = ("year", "month", "paper", "section")
SORTS = ("relevance", "date", "-date")
_FUZZY_MAX_CHARS = 16  # longer Chinese words are matched as printed under --fuzzy


class Filters(FrozenRecord):
    """What a search keeps besides the query: a paper, a section, a range of dates."""

    __slots__ = __match_args__ = ("paper", "section", "date_from", "date_to")
    paper: str | None
    section: str | None
    date_from: str | None
    date_to: str | None

    def __init__(
        self, paper: str | None = None, section: str | None = None, date_from: str | None = None, date_to: str | None = None
    ) -> None:
        set_field(self, "paper", paper)
        set_field(self, "section", section)
        set_field(self, "date_from", date_from)
        set_field(self, "date_to", date_to)


def is_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day.

    >>> is_date("2025"), is_date("2025-10"), is_date("2025-02-29"), is_date("2025-13")
    (True, True, False, False)
    """
    import datetime

    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(*parts[:3])
    except ValueError:
        return False
    return True


def check_date(value: str, option: str) -> str:
    if not is_date(value):
        raise QueryError(f"{option} {value!r} is not a date", "write dates as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _check_order(start: str | None, end: str | None, what: str) -> None:
    """A range that ends before it starts matches nothing: a mistake to name, not a "no match"."""
    if start and end and date_upper(end) < start:
        raise QueryError(f"{what} ends ({end}) before it starts ({start})", "swap the two dates")


def date_upper(value: str) -> str:
    """The last date string a partial date covers: 2025 → 2025-12-31, 2025-10 → 2025-10-31."""
    return value + {4: "-12-31", 7: "-31"}.get(len(value), "")


def _check_syntax(text: str) -> None:
    if not text.strip():
        raise QueryError("the query is empty", 'give words to search for, e.g. paperarchive search 重阳')
    if text.count('"') % 2:
        raise QueryError(f"unbalanced quote in query {text!r}", 'close the phrase with a second "')
    unquoted = re.sub(r'"[^"]*"', "", text)
    for opening, closing in ("()", "[]", "{}"):
        if unquoted.count(opening) != unquoted.count(closing):
            raise QueryError(f"unbalanced {opening}{closing} in query {text!r}", f"every {opening} needs a {closing}")
    for name in _EMPTY_FIELD.findall(unquoted):
        if name.lower() in QUERY_FIELDS:
            raise QueryError(f"{name}: in query {text!r} has nothing to search for", f"write {name}:WORD or {name}:\"a phrase\"")
    for name in _FIELD_REF.findall(unquoted):
        if name.lower() not in QUERY_FIELDS:
            import difflib  # only to suggest a field for a mistyped one

            close = difflib.get_close_matches(name.lower(), sorted(QUERY_FIELDS), n=1)
            hint = f"did you mean {close[0]}:?" if close else "fields: " + ", ".join(sorted(QUERY_FIELDS))
            raise QueryError(f"unknown field {name!r} in query {text!r}", hint)


def parse(schema, text: str, fuzzy: bool = False) -> query.Query:
    """The whoosh query for what the user typed; QueryError if it does not parse."""
    text = normalize_query(text)
    _check_syntax(text)
    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema)
    parser.add_plugin(qparser.FieldAliasPlugin({v: [k] for k, v in FIELD_ALIASES.items()}))
    parser.remove_plugin_class(qparser.WildcardPlugin)  # `*` and `?` are printed characters
    # Field names are case-insensitive for the user: `Title:` works like `title:`.
    text = _FIELD_REF.sub(lambda m: m.group(1).lower() + ":", text)
    try:
        parsed = parser.parse(text)
    except Exception as error:  # whoosh raises assorted errors for odd syntax
        raise QueryError(f"cannot parse query {text!r}: {error}") from error
    if parsed is query.NullQuery:
        raise QueryError(f"the query {text!r} has no words to search for")
    for node in _walk(parsed):
        if isinstance(node, query.TermRange) and node.fieldname == "date":
            for end in (node.start, node.end):
                if end is not None and not is_date(end):
                    raise QueryError(f"{end!r} in {text!r} is not a date", "write dates as YYYY, YYYY-MM or YYYY-MM-DD")
            _check_order(node.start, node.end, f"the range in {text!r}")
        elif isinstance(node, query.Term) and node.fieldname == "date" and not is_date(str(node.text)):
            raise QueryError(f"date:{node.text} in {text!r} is not a date", "write dates as YYYY, YYYY-MM or YYYY-MM-DD")
    return _rewrite(parsed, fuzzy)


def _walk(q: query.Query):
    yield q
    for child in q.children():
        yield from _walk(child)


def _positive(q: query.Query):
    """The nodes of a query that a match prints: not what it excludes (`NOT 敬老`)."""
    if isinstance(q, query.Not):
        return
    if isinstance(q, query.AndNot):
        yield q
        yield from _positive(q.a)
        return
    yield q
    for child in q.children():
        yield from _positive(child)


def _rewrite(q: query.Query, fuzzy: bool) -> query.Query:
    """Adapt parsed nodes to our terms: one CJK character → prefix; partial dates → prefix or range."""
    if isinstance(q, query.Term):
        text = q.text if isinstance(q.text, str) else q.text.decode("utf-8")
        if q.fieldname in TEXT_FIELD_NAMES and len(text) == 1 and is_cjk(text):
            return CharPrefix(q.fieldname, text, boost=q.boost)
        if q.fieldname == "date" and len(text) in (4, 7):
            return query.Prefix("date", text, boost=q.boost)
        if fuzzy and q.fieldname in TEXT_FIELD_NAMES and text.isascii() and text.isalpha() and len(text) >= 4:
            return query.FuzzyTerm(q.fieldname, text, boost=q.boost, maxdist=1 if len(text) < 8 else 2, prefixlength=1)
        return q
    if isinstance(q, query.TermRange) and q.fieldname == "date" and q.end:
        return query.TermRange("date", q.start, date_upper(q.end), q.startexcl, q.endexcl, boost=q.boost)
    if isinstance(q, query.Phrase) and fuzzy:
        return _fuzzy_phrase(q)
    if isinstance(q, query.Phrase) and q.fieldname in TEXT_FIELD_NAMES and (is_bigram_chain(q.words) or _pair(q)):
        return BigramPhrase(q.fieldname, q.words, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda child: _rewrite(child, fuzzy))


def _pair(q: query.Phrase) -> bool:
    """Two words side by side ("fishing fleet", ２０２５年 → 2025 年): `BigramPhrase` matches
    them as whoosh's `Phrase` does (the second at the position after the first) and scores
    them the same (the sum of the two), through integer positions instead of spans.

    >>> _pair(query.Phrase("body", ["fishing", "fleet"])), _pair(query.Phrase("body", ["a", "b"], slop=2))
    (True, False)
    """
    return len(q.words) == 2 and q.slop == 1


def _fuzzy_phrase(q: query.Phrase) -> query.Query:
    """A Chinese phrase of four or more characters, also with one inner character misread
    (two, not side by side, in seven or more).

    OCR misreads a character of a word (社区冶理 for 社区治理, 记者廖东云 for 记者廖冬云).
    A misread character k breaks the two bigrams around it; the characters before and
    after it must still be printed in order, with one character between them. The first
    and last characters are never loosened, nor are words of two or three characters:
    "养老" or "重阳" with one character free would match every article with 养 or 阳.
    Words longer than `_FUZZY_MAX_CHARS` are not loosened: the variants grow with the
    square of the length, and a sentence pasted as a query is not a misread word.
    """
    words = list(q.words)
    if not 3 <= len(words) < _FUZZY_MAX_CHARS or not all(len(w) == 2 and all(is_cjk(c) for c in w) for w in words):
        return q
    chars = words[0] + "".join(w[1] for w in words[1:])
    inner = range(1, len(chars) - 1)
    misreads = [(k,) for k in inner]
    if len(chars) >= 7:
        misreads += [(j, k) for j in inner for k in inner if k > j + 1]
    variants: list[query.Query] = [BigramPhrase(q.fieldname, words, boost=q.boost)]
    for gaps in misreads:
        cuts = [-1, *gaps, len(chars)]
        pieces = [chars[a + 1 : b] for a, b in zip(cuts, cuts[1:])]
        parts = [_run(q.fieldname, piece) for piece in pieces if piece]
        variants.append(query.Sequence(parts, slop=3, ordered=True, boost=q.boost * 0.8))
    return query.Or(variants)


def _run(field: str, chars: str) -> query.Query:
    """Printed characters as a query on bigram terms: one character is a prefix of its term
    (whoosh's own `Prefix`, whose union of terms gives the positions a `Sequence` needs)."""
    if len(chars) == 1:
        return query.Prefix(field, chars)
    if len(chars) == 2:
        return query.Term(field, chars)
    return query.Phrase(field, [chars[i : i + 2] for i in range(len(chars) - 1)])  # not BigramPhrase: no spans


def filter_query(filters: Filters) -> query.Query | None:
    parts: list[query.Query] = []
    if filters.paper:
        parts.append(query.Term("paper", filters.paper))
    if filters.section:
        words = [t for t in fold(filters.section).split() if t]
        parts.append(query.Phrase("section", words) if len(words) > 1 else query.Term("section_label", filters.section))
    if filters.date_from or filters.date_to:
        start = check_date(filters.date_from, "--from") if filters.date_from else None
        end = date_upper(check_date(filters.date_to, "--to")) if filters.date_to else None
        _check_order(start, filters.date_to, "--from … --to")
        parts.append(query.TermRange("date", start, end))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)


def needles(q: query.Query, reader) -> Needles:
    """What to highlight for a query: its terms and phrases in the text fields (not the filters)."""
    sequences: set[tuple[str, ...]] = set()
    prefixes: set[str] = set()
    for node in _positive(q):
        if isinstance(node, query.Phrase) and node.fieldname in TEXT_FIELD_NAMES:
            sequences.add(tuple(node.words))
        elif isinstance(node, query.Prefix) and node.fieldname in TEXT_FIELD_NAMES:
            prefixes.add(node.text)
        elif isinstance(node, query.FuzzyTerm) and node.fieldname in TEXT_FIELD_NAMES:
            for _, term in node.existing_terms(reader, expand=True):
                sequences.add((term.decode("utf-8") if isinstance(term, bytes) else term,))
        elif isinstance(node, query.Term) and node.fieldname in TEXT_FIELD_NAMES:
            sequences.add((node.text,))
    return Needles(frozenset(sequences), frozenset(prefixes))


def facet_counts(searcher, q: query.Query, facet: str) -> Counter:
    """Hits per year, month, paper or section (None where the page does not say)."""
    from whoosh import sorting

    column = {"year": "date", "month": "date", "paper": "paper", "section": "section_label"}[facet]
    results = searcher.search(q, limit=None, scored=False, groupedby=sorting.FieldFacet(column), maptype=sorting.Count)
    counts: Counter = Counter()
    for value, n in results.groups(column).items():
        key = value.decode("utf-8") if isinstance(value, bytes) else value
        if key and facet == "year":
            key = key[:4]
        elif key and facet == "month":
            key = key[:7]
        counts[key or None] += n
    return counts


def fill_gaps(counts: Counter, facet: str) -> list[tuple[str | None, int]]:
    """Facet rows in order; years and months between the first and last get a zero row.

    >>> fill_gaps(Counter({"2023": 2, "2025": 1}), "year")
    [('2023', 2), ('2024', 0), ('2025', 1)]
    >>> fill_gaps(Counter({"2024-11": 1, "2025-01": 3}), "month")
    [('2024-11', 1), ('2024-12', 0), ('2025-01', 3)]
    """
    known = sorted(k for k in counts if k)
    if facet not in ("year", "month") or not known:
        rows = sorted(((k, n) for k, n in counts.items() if k), key=lambda kv: (-kv[1], kv[0]))
    else:
        rows = [(k, counts.get(k, 0)) for k in _periods(known[0], known[-1], facet)]
    if counts.get(None):
        rows.append((None, counts[None]))
    return rows


def _periods(first: str, last: str, facet: str) -> Iterable[str]:
    if facet == "year":
        return (str(y) for y in range(int(first), int(last) + 1))
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


class Hit(FrozenRecord):
    """One article found: its score, what the catalog holds of it, its snippets."""

    __slots__ = __match_args__ = ("id", "score", "stored", "snippets")
    id: str
    score: float | None
    stored: StoredArticle
    snippets: tuple[Fragment, ...]

    def __init__(self, id: str, score: float | None, stored: StoredArticle, snippets: tuple[Fragment, ...]) -> None:  # noqa: A002
        set_field(self, "id", id)
        set_field(self, "score", score)
        set_field(self, "stored", stored)
        set_field(self, "snippets", snippets)


class SearchResults(FrozenRecord):
    """The hits of one search, and how many matched in all."""

    __slots__ = __match_args__ = ("query", "total", "hits", "facet", "counts", "offset", "cut")
    query: str  # the parsed query, as whoosh prints it
    total: int | None  # every match, counted; None when the caller did not ask (`count=False`)
    hits: tuple[Hit, ...]
    facet: str | None
    counts: tuple[tuple[str | None, int], ...]
    offset: int  # hits skipped before these (--offset)
    cut: bool  # more hits match than were returned

    def __init__(
        self,
        query: str,
        total: int | None,
        hits: tuple[Hit, ...],
        facet: str | None = None,
        counts: tuple[tuple[str | None, int], ...] = (),
        offset: int = 0,
        cut: bool = False,
    ) -> None:
        set_field(self, "query", query)
        set_field(self, "total", total)
        set_field(self, "hits", hits)
        set_field(self, "facet", facet)
        set_field(self, "counts", counts)
        set_field(self, "offset", offset)
        set_field(self, "cut", cut)


def run(
    searcher,
    catalog: Catalog,
    text: str,
    *,
    limit: int | None = 10,
    offset: int = 0,
    sort: str = "relevance",
    fuzzy: bool = False,
    filters: Filters = Filters(),
    count_by: str | None = None,
    snippets: int = 3,
    count: bool = True,
    hidden_pages: Iterable[str] = (),
) -> SearchResults:
    """Run a query: hits (best first, or by date) with snippets, the total, and facet counts.

    `limit=None` returns every hit after the first `offset`; `snippets=0` skips
    highlighting (for --paths, --count); `count=False` skips counting the matches
    beyond the hits returned, unless the hits were cut (then the total says by how much).
    `sort`: relevance, date (oldest first) or -date (newest first); undated articles last.
    `hidden_pages`: pages whose search documents are out of step with the catalog (an
    interrupted writer's, until the next writer mends them).
    """
    q = parse(searcher.schema, text, fuzzy)
    restrict = filter_query(filters)
    whole = query.And([q, restrict]) if restrict is not None else q
    hidden = [query.Term("page", page_id) for page_id in hidden_pages]
    if hidden:  # pages an interrupted writer left out of step: neither listed nor counted
        whole = query.AndNot(whole, query.Or(hidden))
    if count_by is not None:
        if count_by not in FACETS:
            raise QueryError(f"cannot count by {count_by!r}", "choose one of: " + ", ".join(FACETS))
        counts = facet_counts(searcher, whole, count_by)
        rows = tuple(fill_gaps(counts, count_by))
        return SearchResults(str(whole), sum(counts.values()), (), count_by, rows)
    if sort not in SORTS:
        raise QueryError(f"cannot sort by {sort!r}", "choose one of: " + ", ".join(SORTS))
    if offset < 0 or (limit is not None and limit < 1):
        raise QueryError("--limit must be 1 or more and --offset 0 or more", "use --all for every hit")
    # One more than asked for tells whether the hits were cut without counting them all.
    wanted = None if limit is None else offset + limit + 1

    def fetch(n: int | None) -> list:
        if sort == "relevance":
            best = top_hits(searcher, whole, n) if n is not None else None
            if best is not None:
                return best
            return list(searcher.search(whole, limit=n, terms=False, optimize=False))
        return _by_date(searcher, whole, n, newest_first=sort == "-date")

    everything, repeats = _one_hit_per_story(fetch, wanted, catalog)
    cut = limit is not None and len(everything) > offset + limit
    found = everything[offset : None if limit is None else offset + limit]
    # For the top hits whoosh drops sub-matchers that can no longer reach them (every ten
    # documents): the top hits stay right and come fast, but its count of matches comes
    # out short. Where the hits were cut, the count is a second, unscored pass.
    if not cut:
        total = len(everything)
    else:
        total = count_matches(searcher, whole) - repeats if count else None
    ids = [hit["id"] for hit in found]
    stored = catalog.with_parts(catalog.articles(ids))
    marks = needles(q, searcher.reader()) if snippets else Needles()
    hits = []
    for hit, article_id in zip(found, ids):
        article = stored.get(article_id)
        if article is None:  # indexed but not in the catalog: a crash between the two commits
            continue
        fragments_ = _snippets(article, marks, snippets) if snippets else ()
        hits.append(Hit(article_id, hit.score if sort == "relevance" else None, article, fragments_))
    return SearchResults(str(whole), total, tuple(hits), offset=offset, cut=cut)


def _one_hit_per_story(fetch, wanted: int | None, catalog: Catalog) -> tuple[list, int]:
    """The hits `fetch(n)` gives, a story continued on another page counted once: at its
    best-ranked half's place (the half whose text matched best gives the snippet; `with_parts`
    adds the others); and how many halves were dropped. Fetched again with room for those,
    so that `wanted` hits come back wherever that many stories match.

    (A count of every match, beyond these hits, still counts each half that matches: telling
    which matches are halves of one story costs a lookup per match or per continued article.)
    """
    n = wanted
    while True:
        found = fetch(n)
        if not catalog.has_continued_stories():
            return found, 0
        chains = catalog.stories(hit["id"] for hit in found)
        seen, kept = set(), []
        for hit in found:
            story = chains.get(hit["id"], hit["id"])
            if story not in seen:
                seen.add(story)
                kept.append(hit)
        if n is None or len(found) < n or len(kept) >= wanted:
            return kept, len(found) - len(kept)
        n += wanted - len(kept)


def _by_date(searcher, q: query.Query, limit: int | None, newest_first: bool) -> list:
    """Hits in date order; articles whose page has no date come after every dated one."""
    from whoosh import sorting

    dated = query.And([q, query.Every("date")])
    hits = list(searcher.search(dated, limit=limit, sortedby=sorting.FieldFacet("date", reverse=newest_first)))
    if limit is None or len(hits) < limit:
        undated = query.AndNot(q, query.Every("date"))
        more = None if limit is None else limit - len(hits)
        hits += list(searcher.search(undated, limit=more))
    return hits


def _snippets(stored: StoredArticle, marks: Needles, limit: int) -> tuple[Fragment, ...]:
    from .index import body_text

    article = stored.article
    text = "\n".join(filter(None, [body_text(article), *(c.text for c in article.captions)]))
    return tuple(fragments(text, match_spans(text, marks), limit=limit))
