"""An old paper's subheads in small capitals inside the story a page opens in (its headline
printed on another page or above the crop), on a page written for the shape, not copied from
a gold page."""

from paperarchive.pipeline import clean_text

_REPORT_CONTINUED = (
    "the ferry was given up before the ice came, and the\n"
    "company sold its last boat in the spring of 1871.\n"
    "\n"
    "THE NEW BRIDGE.\n"
    "\n"
    "The bridge company was formed the same year, and\n"
    "its first piers were sunk in the following summer.\n"
    "\n"
    "The iron came from Pittsburg by rail and was put\n"
    "up by a gang of sixty men in less than five months.\n"
)


def test_a_subhead_in_capitals_inside_the_story_the_page_opens_in_is_a_heading():
    # the page opens inside a report whose headline is printed elsewhere
    articles = clean_text(_REPORT_CONTINUED).articles
    assert len(articles) == 1
    assert articles[0].title is None
    assert articles[0].headings == ["THE NEW BRIDGE."]


def test_a_head_in_capitals_under_a_titled_story_still_opens_a_story():
    # set off by more space than the page's paragraphs are (a subhead has no more: `capitals_subhead`)
    report = _REPORT_CONTINUED.replace("the ferry was", "The ferry was").replace("\nTHE NEW BRIDGE.\n", "\n\nTHE NEW BRIDGE.\n\n")
    articles = clean_text("FERRY DAYS.\n\n" + report).articles
    assert [a.title for a in articles] == ["FERRY DAYS.", "THE NEW BRIDGE."]
