"""A monthly's letters: under the page's label ("Letteryn"), the letter's head in sentence case set
flush, then its greeting on a line of its own ("Dear Editor,"), its text, its signature. The head is
the letter's title and the label its kicker or section, not a subhead of the story above with the
head run into the letter's text. A page written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """THE HARBOUR NEWS
Monthly of the North Shore · December 2026 · Page 4

New lifeboat arrives at the harbour
By Tom Quayle

The new lifeboat came into the harbour on
Saturday morning, and a large crowd waited
on the pier to see her arrive.

The crew will train on her over the winter
before she goes into service in the spring.

Letters
The ferry must keep running in winter

Dear Editor,

I was sorry to read that the winter ferry
may be stopped. Many of us have no other
way to reach the town in the cold months.

I ask the council to think again before it
takes this step.

Mary Kewley, Ramsey
"""


def test_the_letter_has_its_head_and_its_greeting():
    story, letter = clean_text(PAGE).articles
    assert story.title == "New lifeboat arrives at the harbour" and not story.headings
    assert letter.title == "The ferry must keep running in winter"
    assert "Letters" in (letter.section, letter.kicker)
    assert letter.paragraphs[0] == "Dear Editor,"
    assert letter.byline == "Mary Kewley, Ramsey"
