"""Latin-script pages that set their paragraphs apart by blank lines: a listing's items (events,
times, places), each ending on a place or a name with no full stop, are not a paragraph a column
break cut. Pages written for the class (not copied from any gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def apart(*paragraphs: str, width: int = 48) -> str:
    """Paragraphs wrapped in a column `width` characters wide, a blank line between them."""
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


ENGLISH_STORY = (
    "RIVERSIDE WEEKLY   Thursday, December 3, 2026   LOCAL   5\n\n"
    "Footbridge over the mill race to be mended\nBy Anna Reed\n\n"
    + apart(
        "The parish council agreed on Monday to repair the footbridge over the mill race before the winter, "
        "after residents complained about its loose boards for most of the year.",
        "The work will cost about 14,000 pounds, most of it from the county's small works fund. The bridge "
        "will be closed for two weeks in January.",
    )
)


def test_a_listings_items_opening_on_alike_labels_are_each_a_paragraph():
    items = [
        "Tuesday, 7:30 p.m.: bingo for the church roof fund, parish hall in Mill Lane",
        "Wednesday, 2 p.m.: knit and natter group for beginners, the library reading room",
        "Thursday, 6 p.m.: junior chess club, upstairs room at the Ferry Inn",
    ]
    page = ENGLISH_STORY + "\nDIARY\nClubs and classes this week\n\n" + apart(*items)
    listing = clean_text(page).articles[-1]
    assert listing.title == "Clubs and classes this week"
    assert listing.paragraphs == items


def test_dated_items_in_a_language_whose_months_are_not_known_are_each_a_paragraph():
    items = [
        "Petak, 4. prosinca, u 18 sati: otvorenje izložbe jaslica, Gradska knjižnica",
        "Subota, 5. prosinca, u 10 sati: božićni sajam udruga, trg ispred crkve",
        "Nedjelja, 6. prosinca, u 9 sati: izlet na Kalnik, okupljanje kod vatrogasnog doma",
    ]
    page = (
        "GRADSKI TJEDNIK   Četvrtak, 3. prosinca 2026.   LOKALNO   5\n\n"
        "Most preko potoka bit će popravljen\nPiše: Ana Horvat\n\n"
        + apart(
            "Gradsko vijeće u ponedjeljak je odlučilo popraviti drveni most preko potoka prije zime, nakon "
            "što su se stanovnici cijelu godinu žalili na labave daske.",
            "Radovi će stajati oko 14.000 eura, a most će biti zatvoren dva tjedna u siječnju.",
        )
        + "\nNAJAVE\nKamo ovaj vikend\n\n"
        + apart(*items)
    )
    assert clean_text(page).articles[-1].paragraphs == items


def test_a_sentence_cut_at_a_column_break_still_runs_on_when_only_the_text_after_opens_on_a_label():
    page = ENGLISH_STORY + "\n" + apart(
        "Asked who would pay if the costs rose, the clerk said the answer had been given by the chairman of the",
        "Allotment Society: the members would raise the rest themselves, as they did for the new gates.",
    )
    paragraphs = clean_text(page).articles[0].paragraphs
    assert paragraphs[-1].startswith("Asked who would pay") and paragraphs[-1].endswith("new gates.")

