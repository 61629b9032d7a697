"""A piece written for the paper, as a weekly of the 1850s prints it: a department's rubric
("POETRY."), the credit "For the Herald." over the title, a byline, the text; an engine's speck
before the title; a miscellany item whose run-in head the engine parted from its text. Text
written for the class (segment.py `credited_head_at`, classify.py `SOURCE`, `_head_after_speck`,
`_dashed_item_head`)."""

from paperarchive.pipeline import clean_text

ESSAY = """For the Weekly Herald.

On Keeping Bees.

BY MARTHA HOLLIS.

The hives were set out along the south wall of the orchard
in the first warm week of April, and the bees found the
apple blossom before the farmer had finished his planting.

A good swarm will give forty pounds of honey in a fair
summer, and ask nothing of the farmer but a dry hive."""

VERSE = """POETRY.

For the Herald.

° The Mill by the River.

BY JOHN ASHFORD.

The wheel goes round beside the weir,
  And sings the whole day long;
The miller's boy stands watching near,
And learns the river's song,
  That he will sing when old."""


def test_the_credit_over_a_title_is_the_pieces_source_not_its_title():
    article = clean_text(ESSAY).articles[0]
    assert (article.title, article.byline, article.source) == ("On Keeping Bees.", "MARTHA HOLLIS.", "For the Weekly Herald.")
    assert article.paragraphs[0].startswith("The hives were set out")


def test_a_rubric_over_the_credit_is_the_section_and_the_speck_before_the_title_goes():
    article = clean_text(VERSE).articles[0]
    assert (article.section, article.title, article.source) == ("POETRY.", "The Mill by the River.", "For the Herald.")


def test_a_headline_that_names_no_paper_is_no_credit():
    page = ESSAY.replace("For the Weekly Herald.", "For the Children of the Valley.")
    assert "For the Children" not in (clean_text(page).articles[0].source or "")


ITEMS = """The Old Bridge.—The county has voted the money to mend
the old bridge at Ashford, which the spring flood damaged
so badly that no cart has crossed it since the first of
March, and the work is to begin next week.

Colonization.—The Society met on Tuesday. The Her-

ald says that three hundred families have asked for a
passage on the first ship of the season, which sails from
the port in June, and more are writing every day."""


def test_a_run_in_head_whose_line_the_engine_parted_from_its_text_heads_the_item():
    articles = clean_text(ITEMS).articles
    assert [a.title for a in articles] == ["The Old Bridge.", "Colonization."]
    assert articles[1].paragraphs[0].startswith("The Society met on Tuesday. The Herald says")


def test_the_credit_and_title_on_top_of_an_engines_page_are_no_running_head():
    """hOCR: the credit and the title read as one paragraph in the page's top row."""
    def line(text, top, left=40, right=None):
        return f"<span class='ocr_line' title='bbox {left} {top} {right or left + 11 * len(text)} {top + 26}'>{text}</span>"

    def par(*lines):
        return f"<p class='ocr_par'>{''.join(lines)}</p>"

    body = [text for text in ESSAY.split("\n")[8:] if text]
    page = (
        "<html><body><div class='ocr_page' title='bbox 0 0 800 900'>"
        + par(line("For the Weekly Herald.", 40, 260), line("On Keeping Bees.", 90, 290))
        + par(line("BY MARTHA HOLLIS.", 140, 280))
        + par(*(line(text, 190 + 34 * k, 40, 700 if k % 3 != 2 else 400) for k, text in enumerate(body)))
        + "</div></body></html>"
    )
    from paperarchive.formats import read_blocks
    from paperarchive.pipeline import clean_blocks

    article = clean_blocks(read_blocks("page.hocr", page)).articles[0]
    assert (article.title, article.source) == ("On Keeping Bees.", "For the Weekly Herald.")
