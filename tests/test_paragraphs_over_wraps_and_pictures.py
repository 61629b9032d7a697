"""On a page that sets its paragraphs a blank line apart, a line that ends a sentence short of
the column because the next word would not fit goes on; a paragraph cut by a picture inside a
quotation it opened goes on in the block that closes it. Pages written for these tests (no gold
page's text)."""

from paperarchive.pipeline import clean_text

SET_APART_PAGE = """HARBOUR WEEKLY | Friday 5 March 2027 | Page 3

Ferry fares to rise in April

The island ferry company will raise its fares by ten
per cent from the first of April, the board said on
Thursday after its monthly meeting.

The chairman, Owen Price, said fuel had cost the firm
more this winter than any year before it.
"Electricity and fuel have doubled since spring, so
we cannot hold the old fares any longer," he said.

Regular passengers may buy a yearly pass at the
harbour office at last year's price.

The board will meet again in May to look at the
timetable for the summer season.

Islanders can write to the board before the end of
the month about the new fares.

Harbour dredging to start next week

Work to dredge the inner harbour will start on Monday
and last three weeks, the harbour master said.

The quay stays open to walkers.

Boat owners have been asked to move their boats to
the outer moorings before the weekend.
"""


def test_a_sentence_wrapped_short_where_the_next_word_would_not_fit_goes_on():
    story = clean_text(SET_APART_PAGE).articles[0]
    assert story.paragraphs[1] == (
        "The chairman, Owen Price, said fuel had cost the firm more this winter than any year before it."
        ' "Electricity and fuel have doubled since spring, so we cannot hold the old fares any longer," he said.'
    )
    assert len(story.paragraphs) == 5


QUOTED_PAGE = SET_APART_PAGE.replace(
    """more this winter than any year before it.
"Electricity and fuel have doubled since spring, so
we cannot hold the old fares any longer," he said.""",
    """more this winter. He said: “Fuel alone has doubled.

The ferry Island Queen leaves the harbour on Thursday morning.
Photo: Ann Hale

We cannot hold the old fares any longer,” he said.""",
)


def test_a_quotation_cut_by_a_picture_after_a_full_stop_goes_on_past_it():
    story = clean_text(QUOTED_PAGE).articles[0]
    assert story.paragraphs[1] == (
        "The chairman, Owen Price, said fuel had cost the firm more this winter. He said: “Fuel alone has doubled."
        " We cannot hold the old fares any longer,” he said."
    )
    assert [c.text for c in story.captions] == ["The ferry Island Queen leaves the harbour on Thursday morning."]
