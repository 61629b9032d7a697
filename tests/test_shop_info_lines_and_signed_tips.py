"""A home and garden page's shop review, its info line (address, hours, price range) cut inside a
place's name at the measure, and its readers' tips, each signed under the tip with a name and a
town of two words. Text written for the conventions, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_REVIEW = (
    "Ferriby Tool Shed, spades and more\n"
    "By Anna Bell\n"
    "\n"
    "The shed on the quay sells spades, rakes and\n"
    "seed by the scoop. A good spade costs $30\n"
    "there, and a big sack of compost is just $2.\n"
    "\n"
    "The owner, Tom Hale, mends the old tools of\n"
    "anyone who brings them in on a Saturday.\n"
    "\n"
)


def _paragraphs(page: str) -> list[str]:
    return [p for a in clean_text(page).articles for p in a.paragraphs]


def test_info_line_cut_inside_a_places_name_is_one_paragraph():
    # the line filled with names reads as Title Case, but the place goes on under it to its semicolon
    page = _REVIEW + "Address: Stall 14, Mill Lane, Upper North\nFerriby; 9:00–17:00, shut Monday; $2–$30.\n"
    assert "Address: Stall 14, Mill Lane, Upper North Ferriby; 9:00–17:00, shut Monday; $2–$30." in _paragraphs(page)


_TIPS = (
    "The shed on the quay sells spades, rakes and\n"
    "seed by the scoop. A good spade costs $30\n"
    "there, and a big sack of compost is just $2.\n"
    "\n"
    "Readers' tips\n"
    "Slug traps – Set a saucer of beer by the\n"
    "lettuce; the slugs crawl in overnight.\n"
    "— Joan Reed, Glen Cove\n"
    "\n"
    "Seedling care – Water them from below, so\n"
    "the stems do not rot at the soil.\n"
    "— Mark Hill, Eastby\n"
    "\n"
    "Pruning roses – Cut them back in March,\n"
    "just above an outward bud.\n"
    "— Ruth Dale, Port Mary\n"
)


def test_readers_tips_signed_from_a_town_of_two_words_are_each_a_tip():
    # the first signature's town of two words no longer stops the column of tips
    articles = clean_text(_TIPS).articles
    tips = {a.title: a.byline for a in articles if a.title}
    assert tips == {"Slug traps": "Joan Reed, Glen Cove", "Seedling care": "Mark Hill, Eastby", "Pruning roses": "Ruth Dale, Port Mary"}
