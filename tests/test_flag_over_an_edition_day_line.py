"""An evening or a morning paper's editorial page: its flag (the name, however the OCR misread it)
over the day line that names the edition after the weekday ("THURSDAY EVENING, DEC. 29, 1881.").
Before, the day line was the first editorial's title and the flag its kicker. A page written for
the class, not copied from any gold page."""

from paperarchive.pipeline import clean_text

EDITORIAL = """Millbrook Hcrald.

SATURDAY MORNING, MAY 4, 1889.

THE TARIFF AGAIN.

The debate in the House upon the tariff bill has now run
into its third week, and there is no sign that the members
are any nearer to a vote than they were on the first day.

It is plain that the country is tired of the matter and
wishes to hear no more of it until the autumn.
"""


def test_the_flag_and_the_edition_day_line_are_furniture():
    page = clean_text(EDITORIAL)
    assert [a.title for a in page.articles] == ["THE TARIFF AGAIN."]
    assert {"Millbrook Hcrald.", "SATURDAY MORNING, MAY 4, 1889."} <= set(page.furniture)
    assert page.articles[0].kicker is None
