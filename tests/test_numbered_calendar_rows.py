"""A calendar printed as a numbered list under its head, each row a weekday and a date and the
feast: the list's rows, not running heads' date lines (which never open on an item's number).
A page written for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "The chapel roof is mended at last\n"
    "\n"
    "Volunteers from the valley worked for three\n"
    "weekends to lay the new slates on the roof\n"
    "of the old chapel above the river.\n"
    "\n"
    "Feasts ahead\n"
    "1. Thursday, 14 May 2043 – Ascension Day\n"
    "2. Sunday, 24 May 2043 – Whit Sunday\n"
    "3. Sunday, 31 May 2043 – Trinity Sunday\n"
)


def test_numbered_dated_rows_are_the_calendars_rows_under_its_head():
    page = clean_text(_PAGE)
    calendar = next(a for a in page.articles if a.title == "Feasts ahead")
    assert calendar.paragraphs == ["1. Thursday, 14 May 2043 – Ascension Day", "2. Sunday, 24 May 2043 – Whit Sunday", "3. Sunday, 31 May 2043 – Trinity Sunday"]
    assert not any("Ascension" in item for item in page.furniture)
