"""A Chinese page too ragged to measure its column opens each paragraph at an indent. Under a full
line of a paragraph that ends a sentence, a flush line holding clauses cut at its end (a caption or
a running head dropped in after it) is the paragraph's next sentence, not a subhead; a flush line
with no clause in it (a subhead, a writer's name) still stands alone. A page written for the class
(not copied from any gold page)."""

from paperarchive.blocks import split_blocks
from paperarchive.pipeline import clean_text

PAGE = (
    "老码头变身滨江书房\n"
    "本报记者　乔　岚\n\n"
    "　　开馆第一天，来读书的市民排起了长队。\n"
    "退休教师林伯说，他年轻时就在这一带上班，\n\n"
    "市民在滨江书房里看书。\n"
    "（乔　岚　摄）\n\n"
    "如今旧仓库成了书房，心里格外高兴。\n\n"
    "如何办证\n"
    "　　书房实行免费借阅，市民凭身份证即可办证。\n"
)


def test_the_cut_sentence_joins_the_paragraph_over_the_caption():
    article = clean_text(PAGE).articles[0]
    assert "开馆第一天，来读书的市民排起了长队。退休教师林伯说，他年轻时就在这一带上班，如今旧仓库成了书房，心里格外高兴。" in article.paragraphs
    assert not any("林伯" in heading for heading in article.headings)


def test_a_flush_line_with_no_clause_still_stands_alone():
    lines = [b.lines for b in split_blocks(PAGE)]
    assert ("如何办证",) in lines
    assert ("开馆第一天，来读书的市民排起了长队。", "退休教师林伯说，他年轻时就在这一带上班，") in lines
