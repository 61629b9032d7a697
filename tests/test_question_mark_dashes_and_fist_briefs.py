"""An engine that reads every dash of a page as `?` (Apex's PrimeOCR of the 1860s Evening Star):
the `?` set solid before a capital is the dash, so run-in heads and datelines read as such; and
briefs each opened by a printer's fist (☞, read `^`, `>9*`, `7*`) are untitled items of their own,
not paragraphs of the item above. Pages written for the classes, in plain text."""

from paperarchive.pipeline import clean_text

_MISCELLANY = (
    "THE CITY COUNCILS.\n\n"
    "    Both boards of the City Councils met last evening, the Mayor in\n"
    "the chair, and passed the bill for the new market house.\n"
    "    The board of aldermen then adjourned until Monday week, when\n"
    "the estimates for the coming year will be taken up.\n"
    "    The Fire Company.?The firemen of the Union company held\n"
    "their annual meeting last evening, and chose new officers for\n"
    "the coming year, the old board being returned without a contest.\n"
    "\n    The New Market.?The stalls of the new market house were let\n"
    "at auction yesterday, the butchers bidding high for the places\n"
    "nearest the Seventh street door.\n"
)


def test_question_marks_set_solid_before_capitals_are_dashes():
    articles = clean_text(_MISCELLANY).articles
    assert [a.title for a in articles[-2:]] == ["The Fire Company.", "The New Market."]
    assert articles[-1].paragraphs[0].startswith("The stalls of the new market house")


def test_explain_names_the_dashes_it_mended_line_by_line():
    fixes = [f for f in clean_text(_MISCELLANY).fixes if f.rule == "dashes_read_as_question_marks"]
    assert [(f.line, f.after.split("—")[0].strip()) for f in fixes] == [(7, "The Fire Company."), (11, "The New Market.")]
    assert all("?" in f.before and "?" not in f.after for f in fixes)


def test_a_page_that_prints_dashes_keeps_its_question_marks():
    page = _MISCELLANY + "\n    A word — set off — in the last paragraph of the page.\n"
    text = " ".join(p for a in clean_text(page).articles for p in a.paragraphs)
    assert "Company.?The firemen" in text


_BRIEFS = (
    "THE EIGHT HOUR MEN.\n\n"
    "    The mechanics of the city are making extensive preparations for\n"
    "the great parade, which is to take place on Monday next.\n"
    "    The several trades will march in their order, each under its\n"
    "banner, and the procession will pass the President's house.\n"
    "\n    ^\"A correspondent at Norfolk writes that the oyster boats have\n"
    "come in early this season, and the price has fallen by half.\n"
    "\n    >9* Captain Reed, of the schooner Mary, will get $4,000 as his\n"
    "share of the salvage of the wrecked brig off Cape Henry.\n"
)


def test_briefs_opened_by_a_fist_are_items_of_their_own():
    story, oysters, salvage = clean_text(_BRIEFS).articles
    assert story.title == "THE EIGHT HOUR MEN."
    assert len(story.paragraphs) == 2
    assert oysters.title is None and oysters.paragraphs[0].startswith("A correspondent at Norfolk")
    assert salvage.title is None and salvage.paragraphs[0].startswith("Captain Reed")


def test_one_paragraph_opening_on_a_caret_is_no_column_of_briefs():
    page = _BRIEFS.split("\n    >9*")[0] + "\n"
    (story,) = clean_text(page).articles
    assert len(story.paragraphs) == 3
