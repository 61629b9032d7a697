"""On a page that opens its paragraphs indented, a line or two set flush over an indented
paragraph, under a column's label, head a story: on a page written for the shape (Dutch, a
narrow column of briefs), not copied from a gold page."""

from paperarchive.pipeline import clean_text

_INDENTED = (
    "Veerpont weer in de vaart\n"
    "\n"
    "    De pont over de rivier vaart sinds\n"
    "maandag weer na een storing van drie weken.\n"
    "    Volgens de gemeente was een onderdeel\n"
    "van de motor versleten.\n"
    "    Fietsers en voetgangers kunnen de pont\n"
    "gratis gebruiken.\n"
    "\n"
    "Kort\n"
    "Schaatsbaan zoekt\n"
    "vrijwilligers\n"
    "    De ijsclub zoekt mensen voor de kassa\n"
    "en de kantine.\n"
    "    Wie wil helpen kan zich melden bij het\n"
    "clubhuis.\n"
)


def test_a_head_set_flush_over_indented_paragraphs_under_a_label_opens_a_story():
    articles = clean_text(_INDENTED).articles
    assert [a.title for a in articles] == ["Veerpont weer in de vaart", "Schaatsbaan zoekt vrijwilligers"]
    assert articles[1].paragraphs[0] == "De ijsclub zoekt mensen voor de kassa en de kantine."
