"""Search on the sample archive: what a reader types finds what the page printed."""

import pytest

from paperarchive.analysis import fold
from paperarchive.api import Archive
from paperarchive.errors import QueryError
from paperarchive.search import Filters


def titles(index, query, **options):
    return [hit.stored.article.title for hit in Archive(index).search(query, limit=50, **options).hits]


def test_two_character_word_ranks_the_story_about_it_first(sample_index):
    results = Archive(sample_index).search("重阳")
    top = [hit.stored.article.title for hit in results.hits[:3]]
    assert "学思践悟强党性 情系桑榆传温暖" in top
    first = results.hits[0]
    assert any(fold(f.text[s:e]) in ("重阳", "重阳节") for f in first.snippets for s, e in f.spans)  # 重陽 too


def test_traditional_and_simplified_find_each_other(sample_index):
    simplified = titles(sample_index, "重阳")
    traditional = titles(sample_index, "重陽")
    assert simplified == traditional
    assert "重陽節圖書館辦舊報展 長者憶當年" in simplified  # printed in traditional characters
    assert "重陽節圖書館辦舊報展 長者憶當年" in titles(sample_index, "报纸")


def test_full_width_digits_match_half_width(sample_index):
    assert titles(sample_index, "2026年") == titles(sample_index, "２０２６年") != []


def test_single_character_finds_every_article_printing_it(sample_index):
    archive = Archive(sample_index)
    hits = archive.search("党", limit=None, snippets=0).hits
    printed = [h for h in hits if "党" in "".join(h.stored.article.paragraphs + [h.stored.article.title or ""])]
    assert hits and len(printed) == len(hits)


def test_words_cut_by_a_column_break_are_found(sample_index):
    # 考|虑 and 热乎|饭 were split across columns (a caption between); grep on the page misses both.
    assert "“点线面”工作法推动治理服务“立体式”迭代升级" in titles(sample_index, "考虑")
    assert "九九重阳情 浓浓敬老心" in titles(sample_index, "热乎饭")


def test_words_hyphenated_or_split_at_a_line_end_are_found(sample_index):
    assert "FISHING FLEET RETURNS AFTER THREE-DAY GALE" in titles(sample_index, "afternoon")
    assert "FISHING FLEET RETURNS AFTER THREE-DAY GALE" in titles(sample_index, "accounted")
    assert "FISHING FLEET RETURNS AFTER THREE-DAY GALE" in titles(sample_index, '"Harbor fishing fleet"')


def test_quoted_chinese_phrase_needs_the_characters_together(sample_index):
    together = titles(sample_index, '"社区治理"')
    assert "“党建+”赋能社区治理 擦亮群众幸福底色" in together
    assert titles(sample_index, '"区社理治"') == []


def test_overlapping_matches_highlight_as_one_word(sample_index):
    hit = Archive(sample_index).search("养老院").hits[0]
    marked = {f.text[s:e] for f in hit.snippets for s, e in f.spans}
    assert marked == {"养老院"}


def test_fields_filters_and_boolean_operators(sample_index):
    assert titles(sample_index, "title:敬老") == ["九九重阳情 浓浓敬老心", "让敬老服务更有温度"] or set(
        titles(sample_index, "title:敬老")
    ) == {"九九重阳情 浓浓敬老心", "让敬老服务更有温度"}
    assert titles(sample_index, "byline:廖冬云") == ["学思践悟强党性 情系桑榆传温暖", "技能大比武淬炼党务“真功夫”"] or set(
        titles(sample_index, "byline:廖冬云")
    ) == {"学思践悟强党性 情系桑榆传温暖", "技能大比武淬炼党务“真功夫”"}
    in_paper = titles(sample_index, "重阳", filters=Filters(paper="shili-ribao"))
    assert in_paper and "学思践悟强党性 情系桑榆传温暖" not in in_paper
    assert titles(sample_index, "重阳 paper:shili-ribao") == in_paper
    assert "学思践悟强党性 情系桑榆传温暖" not in titles(sample_index, "重阳 NOT 党性")
    assert set(titles(sample_index, "电梯 OR 渡轮")) >= {"老旧小区加装电梯今年已有46部投入运行"} or titles(
        sample_index, "电梯 OR 渡轮"
    )


def test_date_ranges_by_option_and_in_the_query(sample_index):
    october = titles(sample_index, "重阳", filters=Filters(date_from="2025-10-01", date_to="2025-10-31"))
    assert october and "学思践悟强党性 情系桑榆传温暖" not in october  # the seed page has no date
    assert titles(sample_index, "重阳 date:[2025-10-01 TO 2025-10-31]") == october
    assert titles(sample_index, "fleet", filters=Filters(date_to="1925")) == titles(sample_index, "fleet date:1925")


def test_sort_by_date_reads_chronologically(sample_index):
    hits = Archive(sample_index).search("的 OR the", limit=None, sort="date", snippets=0).hits
    dates = [h.stored.date for h in hits if h.stored.date]
    assert dates == sorted(dates) and len(set(dates)) >= 3


def test_count_by_year_fills_gaps_with_zero(sample_index):
    results = Archive(sample_index).search("the OR 的", count_by="year")
    rows = dict(results.counts)
    assert rows["1925"] > 0 and rows["2025"] > 0 and rows["1960"] == 0
    assert rows[None] > 0  # the seed page has no date


def test_fuzzy_matches_an_ocr_misreading_in_english(sample_index):
    # The page prints "tbe city engineer" for "the".
    assert titles(sample_index, "engineer AND tbe")
    assert titles(sample_index, "enginear") == []
    assert titles(sample_index, "enginear", fuzzy=True)


@pytest.mark.parametrize(
    "misread, printed",
    [
        ("社区冶理", "社区治理"),  # 治 read as 冶: the third of four characters
        ("记者廖东云", "记者廖冬云"),  # 冬 read as 东
        ("养老服各站", "养老服务站"),  # 务 read as 各
    ],
)
def test_fuzzy_matches_one_misread_character_in_a_chinese_word(sample_index, misread, printed):
    found = titles(sample_index, printed)
    assert found and titles(sample_index, misread) == []
    assert set(found) <= set(titles(sample_index, misread, fuzzy=True))


def test_fuzzy_chinese_loosens_two_characters_only_in_long_words_and_never_the_ends(sample_index):
    assert titles(sample_index, "养老服务站", fuzzy=True)
    assert titles(sample_index, "养老服各各", fuzzy=True) == []  # two misread, one of them the last character
    assert titles(sample_index, "乔老服务站", fuzzy=True) == []  # the first character is never free
    assert titles(sample_index, "养老", fuzzy=True) == titles(sample_index, "养老")  # two characters: as printed


def test_fuzzy_chinese_query_cost_is_bounded_for_a_pasted_paragraph(sample_index):
    # A 1,000-character query is not a misread word: matched as printed, not as ~250,000 variants.
    assert titles(sample_index, "社区治理服务" * 170, fuzzy=True) == []


@pytest.mark.parametrize(
    "query, message",
    [
        ('"重阳', "unbalanced quote"),
        ("(重阳 OR 党建", "unbalanced ()"),
        ("titel:重阳", "unknown field 'titel'"),
        ("date:[2025-13 TO 2025-14]", "not a date"),
        ("   ", "empty"),
    ],
)
def test_malformed_queries_raise_one_clear_error(sample_index, query, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Archive(sample_index).search(query)


def test_the_total_counts_every_match_not_only_those_scored_for_the_top_hits(sample_index):
    archive = Archive(sample_index)
    for query in ("的", "the OR 的", "党"):
        everything = archive.search(query, limit=None, snippets=0)
        assert archive.search(query, limit=2, snippets=0).total == len(everything.hits) == everything.total
    assert archive.search("的", limit=2, count=False).total is None


def test_snippet_matches_read_around_each_occurrence_are_those_of_every_term(seed_text):
    """The highlighter reads only stretches around candidate matches; it must find exactly
    what reading every term of the article finds, phrases across punctuation included."""
    from paperarchive.analysis import terms
    from paperarchive.highlight import Needles, match_spans, merge_spans

    tokens = list(terms(seed_text))
    cases = [("重阳",), ("党建", "建引"), ("社区",), ("养老", "老院")] + [tuple(t for t, *_ in tokens[i : i + 3]) for i in (40, 400, 900)]
    for sequence in cases:
        every_term = [
            (tokens[i][2], tokens[i + len(sequence) - 1][3])
            for i in range(len(tokens) - len(sequence) + 1)
            if all(tokens[i + k][0] == sequence[k] and tokens[i + k][1] == tokens[i][1] + k for k in range(len(sequence)))
        ]
        assert every_term, sequence
        assert match_spans(seed_text, Needles(frozenset({sequence}))) == merge_spans(every_term), sequence


def test_and_maybe_scores_the_optional_part_after_a_skip():
    """whoosh's `AndMaybeMatcher.skip_to` moved the optional matcher to the target, not to the
    required one's document: past a skip, that document was scored without its optional part
    (a top ten at M lost its 4th best, `queries._and_maybe_skip_to`)."""
    from whoosh.matching import ListMatcher
    from whoosh.matching.binary import AndMaybeMatcher

    import paperarchive.queries  # noqa: F401  (patches whoosh's matchers)

    required = ListMatcher([5, 10, 20], [1.0, 1.0, 1.0])
    optional = ListMatcher([3, 7, 10], [2.0, 2.0, 2.0])
    m = AndMaybeMatcher(required, optional)
    m.skip_to(6)  # the required matcher lands on 10, past 7
    assert m.id() == 10 and m.score() == 3.0
    m.next()
    assert m.id() == 20 and m.score() == 1.0


def test_an_array_union_can_score_as_much_as_its_terms_together():
    """whoosh's `ArrayUnionMatcher` (an OR of four terms or more) said its best was one term's
    best, and adds every term a document holds: a top-N search dropped the part of an AND it
    stood beside as unable to reach the N-th score when it could (`_summed_max_quality`)."""
    from whoosh.matching import ArrayUnionMatcher, ListMatcher

    import paperarchive.queries  # noqa: F401  (patches whoosh's matchers)

    terms = [ListMatcher([1, 4], [w, w]) for w in (1.0, 2.0, 3.0, 4.0)]
    union = ArrayUnionMatcher(terms, 10)
    assert union.score() == 10.0 and union.max_quality() == 10.0
