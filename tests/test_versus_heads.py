"""A head naming the two sides of a contest or a lawsuit with "VS." (classify.py
`_CAPITAL_HONORIFIC`): the abbreviation's full stop ends no sentence, so the capitals line is a
head, as "THRONGS AT CANTON." is. Before (real25 Trinity Chronicle 1905, hOCR): "HESPERIAN VS.
COLUMBIAN." over its deck was read as the story's first paragraph."""

from paperarchive.pipeline import clean_text

PAGE = """HESPERIAN VS. COLUMBIAN.

Sixteenth Annual Inter-Society Debate Won By the Hesperians

When the historian shall go to write the record of the debates between the
two literary societies there will be no more interesting chapter than this
one, for the question was handled with the greatest skill on both sides.

For the past half decade each one of these contests has been marked as
being of a high order, and the judges said this one was the best of all.
"""


def test_a_capitals_head_with_versus_titles_its_story():
    page = clean_text(PAGE)
    article = page.articles[0]
    assert article.title == "HESPERIAN VS. COLUMBIAN."
    assert not any(p.startswith("HESPERIAN") for a in page.articles for p in a.paragraphs)
