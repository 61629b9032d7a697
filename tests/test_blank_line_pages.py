"""Pages that set every paragraph a blank line apart and no indent (Danish, Norwegian, Dutch
local papers): two blank lines end a story, and a jump line may be printed flush under the cut
text. Pages written for the convention, not copied from any gold page."""

import textwrap

from paperarchive.pipeline import clean_text

_PAGE = (
    "Ny cykelsti langs fjorden\n"
    "\n"
    "Kommunen har vedtaget at anlægge en ny\n"
    "cykelsti langs fjorden mellem havnen og\n"
    "stranden. Arbejdet begynder til foråret.\n"
    "\n"
    "Stien bliver tre kilometer lang og får\n"
    "belysning hele vejen, oplyser kommunen,\n"
    "der regner med at være færdig i\n"
    "Læs videre på side 4\n"
    "\n"
    "\n"
    "Flere lærlinge vælger\n"
    "murerfaget\n"
    "\n"
    "Antallet af unge, der begynder på en\n"
    "mureruddannelse, er steget med en\n"
    "tredjedel på to år, viser nye tal.\n"
    "\n"
    "Især de små byggefirmaer mangler folk,\n"
    "siger formanden for den lokale afdeling.\n"
)


def test_two_blank_lines_end_a_story_and_the_lines_under_them_are_the_next_headline():
    articles = clean_text(_PAGE).articles
    assert len(articles) == 2
    assert articles[1].title == "Flere lærlinge vælger murerfaget"


def test_a_jump_line_printed_flush_under_the_cut_text_leaves_the_paragraph():
    cleaned = clean_text(_PAGE)
    assert "Læs videre på side 4" in cleaned.furniture
    assert cleaned.articles[0].paragraphs[-1].endswith("være færdig i")


def test_a_paragraphs_last_line_ending_on_a_number_stays_in_it():
    page = _PAGE.replace("der regner med at være færdig i\nLæs videre på side 4\n", "der regner med at være færdig\nden 1. maj 2027.\n")
    assert clean_text(page).articles[0].paragraphs[-1].endswith("være færdig den 1. maj 2027.")


def test_a_head_under_a_stories_jump_line_opens_the_next_story_not_a_subhead_of_it():
    # one blank line over the head, as over every paragraph: the jump line is what ends the story
    def para(text: str) -> str:
        return "\n".join(textwrap.wrap(text, 52)) + "\n\n"

    page = (
        "Kirjasto saa uudet tilat\n\nMARJA LEHTONEN\n\n"
        + para("Ylämaan kunnanvaltuusto hyväksyi torstaina esityksen kirjaston siirtämisestä vanhaan "
               "koulurakennukseen. Muutto tapahtuu ensi kesänä, kun koulun remontti on valmis.")
        + para("Kirjastonjohtaja Sari Niemi kertoi, että uusissa tiloissa on enemmän tilaa lapsille ja "
               "nuorille, ja lisäksi kirjastoon tulee pieni kahvila, jota")
        + "Jatkuu sivulla 5\n\n"
        + "Poliisi etsii kadonnutta koiraa\n\n"
        + para("Poliisi pyytää havaintoja kadonneesta koirasta, joka karkasi tiistaina Rantalan kylässä. "
               "Koira on ruskea ja arka, eikä se tule kutsuttaessa.")
    )
    first, second = clean_text(page).articles
    assert (first.title, first.continues, first.headings) == ("Kirjasto saa uudet tilat", "5", [])
    assert second.title == "Poliisi etsii kadonnutta koiraa" and second.paragraphs[0].startswith("Poliisi pyytää")
