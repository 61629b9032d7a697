"""Heads in an engine's text of a page (Tesseract's plain text sets a blank line between the
blocks it finds): a brief's head wrapped over two lines in its larger type, set apart over its
text, is the brief's title, not the first words of its paragraph. Pages written for the rules
(not copied from any gold page)."""

from paperarchive.pipeline import clean_text

BRIEFS = """The Dunmore Courier

Thursday, March 4, 2027

Bus station reopens
after repairs

The Dunmore bus station on Quay
Street reopened on Monday after six
weeks of work on its roof and its
waiting room. Buses run to the old
timetable from this week.

Harbour wall to be
raised

Engineers will raise the harbour wall
by half a metre before next winter,
the council said. The work will cost
about two hundred thousand pounds.
"""

# A paragraph's last lines a column break cut: its lines fill the measure, so they run on.
CUT = """The Dunmore Courier

Thursday, March 4, 2027

Bus station reopens after repairs

The Dunmore bus station on Quay
Street reopened on Monday after six
weeks of work on its roof and the old

waiting room. Buses run to the old
timetable from this week, the bus
company said on Tuesday afternoon.
"""


def test_a_wrapped_head_set_apart_over_its_brief_is_its_title():
    articles = clean_text(BRIEFS).articles
    assert [a.title for a in articles] == ["Bus station reopens after repairs", "Harbour wall to be raised"]
    assert articles[1].paragraphs[0].startswith("Engineers will raise")


def test_a_paragraph_cut_by_a_column_break_runs_on():
    (article,) = clean_text(CUT).articles
    assert article.title == "Bus station reopens after repairs"
    assert len(article.paragraphs) == 1
    assert "the old waiting room." in article.paragraphs[0]
