"""An old paper's miscellany: items that open on a head run into the text after a dash ("The
Lost Purse.—A lady of…") are stories of their own, each under its head; under a department's
head ("LOCAL ITEMS.") the same items are that column's paragraphs. Pages written for the case
(not copied from any gold page), as an OCR engine reads such a column."""

from paperarchive.pipeline import clean_text

MISCELLANY = (
    "were it not for the kindness of his neighbors, who\n"
    "brought him wood and flour all the winter through.\n"
    "\n"
    "The Lost Purse.—A lady of this town, on her way\n"
    "from the depot on Tuesday, dropped her purse in\n"
    "the snow, and gave it up for lost. The next day a\n"
    "newsboy brought it to her door, every cent in it.\n"
    "\n"
    "A Long Sleigh Ride-—Two young men of Westfield\n"
    "drove to Albany and back in three days last week,\n"
    "and their horse was none the worse for the trip.\n"
)

DEPARTMENT = "LOCAL ITEMS.\n\n" + MISCELLANY.split("\n\n", 1)[1].replace("Ride-—", "Ride.—")


def test_items_with_heads_run_in_after_a_dash_are_stories_of_their_own():
    articles = clean_text(MISCELLANY).articles
    assert [a.title for a in articles][-2:] == ["The Lost Purse.", "A Long Sleigh Ride"]
    assert articles[-2].paragraphs[0].startswith("A lady of this town, on her way")
    assert articles[-1].paragraphs == ["Two young men of Westfield drove to Albany and back in three days last week, and their horse was none the worse for the trip."]


def test_under_a_departments_head_the_items_stay_its_paragraphs():
    articles = clean_text(DEPARTMENT).articles
    assert [a.title for a in articles] == ["LOCAL ITEMS."]
    assert [p[:20] for p in articles[0].paragraphs] == ["The Lost Purse.—A la", "A Long Sleigh Ride.—"]


def test_a_dateline_or_a_want_ad_in_capitals_is_no_items_head():
    for opening in ("BOSTON, May 3.—The legislature adjourned", "LOST—Between the church and", "WANTED—A girl for general"):
        page = f"{opening}\nyesterday after a session of ninety days,\nand the members went home.\n"
        assert clean_text(page).articles[0].title != opening.split("—")[0]
