"""A page's section and a story's kicker, each in capitals on a line of its own, stacked over a
headline in sentence case and its deck, the deck wrapped and ending its sentence, over the
byline: section, kicker, title and subtitle, each its own. Before, the two labels were read as
a headline in capitals and the headline ran into the deck. Pages written for the rule (not
copied from any gold page)."""

from paperarchive.pipeline import clean_text

CROATIAN = """VEČERNJI GLASNIK • Utorak, 3. ožujka 2026. • Stranica 5
ŽUPANIJSKE VIJESTI

PROMET
Novi most spojit će obje obale Save kod Siska
Gradnja počinje na proljeće, a skela će
voziti do kraja 2029. godine.
Piše: Ivana Horvat
   Županijska skupština u utorak je odobrila
gradnju novog mosta preko Save. Most će biti
dug četiristo metara i stajat će oko šezdeset
milijuna eura.
   Skela koja danas prevozi automobile vozit
će sve dok most ne bude otvoren, rekao je
župan Marko Kovačević.

Knjižnica produljuje radno vrijeme
Piše: Ana Babić
   Gradska knjižnica od idućeg tjedna radit će
i subotom od osam do četrnaest sati. Ravna-
teljica je rekla da su to tražili čitatelji.
"""

ENGLISH = """TOWN ROUNDUP

HARBOURSIDE
Fishermen's co-op to open a second ice plant

   The Harbourside fishermen's co-operative will
open a second ice plant on the east quay in
April, its chairman said on Monday.

ELMWOOD
Parish hall roof repaired after winter storms

   Volunteers finished re-slating the parish hall
roof on Saturday, three months after the
January gales tore off a third of it.
"""


def heads(page: str) -> list[tuple]:
    return [(a.section, a.kicker, a.title, a.subtitle) for a in clean_text(page).articles]


def test_section_and_kicker_over_a_headline_and_its_wrapped_deck():
    # The page's section printed flush under the running head is the head's (furniture, as the
    # golds read a section name printed only in the head: holdout44's README), no story's.
    assert "ŽUPANIJSKE VIJESTI" in clean_text(CROATIAN).furniture
    assert heads(CROATIAN)[0] == (
        None,
        "PROMET",
        "Novi most spojit će obje obale Save kod Siska",
        "Gradnja počinje na proljeće, a skela će voziti do kraja 2029. godine.",
    )
    assert clean_text(CROATIAN).articles[0].paragraphs[0].startswith("Županijska skupština")


def test_section_over_the_first_kicker_of_a_column():
    first = heads(ENGLISH)[0]
    assert first == ("TOWN ROUNDUP", "HARBOURSIDE", "Fishermen's co-op to open a second ice plant", None)


def test_a_headline_in_capitals_over_its_deck_is_no_kicker():
    page = ENGLISH.replace("TOWN ROUNDUP\n\nHARBOURSIDE\n", "CO-OP TO BUILD A SECOND ICE PLANT\n")
    assert heads(page)[0] == (None, None, "CO-OP TO BUILD A SECOND ICE PLANT", "Fishermen's co-op to open a second ice plant")


def test_a_kicker_head_deck_and_writers_line_set_flush_over_text_a_blank_line_below_are_each_their_own():
    # A weekly's flush page: the kicker in capitals, the head, the deck wrapped and ending its
    # sentence, the writer's line at its foot, all with no blank line; the text a blank line under.
    page = (
        "SKÚLI\n"
        "Nýtt ítróttarhøll letur upp í Miðvági\n"
        "Umleið 300 fólk komu til hátíðarhaldið, tá ið\n"
        "nýggja høllin varð tikin í nýtslu í gjár.\n"
        "Tekstur: Súsanna Joensen\n"
        "\n"
        "Høllin hevur kostað 31 mió. krónur, og har er\n"
        "pláss fyri 600 áskoðarum. Ítróttarfelagið fær\n"
        "nú betri umstøður at venja allan veturin.\n"
        "\n"
        "Borgarstjórin takkaði øllum, ið høvdu arbeitt\n"
        "við verkætlanini í tvey ár.\n"
    )
    [story] = clean_text(page).articles
    assert (story.kicker, story.title) == ("SKÚLI", "Nýtt ítróttarhøll letur upp í Miðvági")
    assert story.subtitle == "Umleið 300 fólk komu til hátíðarhaldið, tá ið nýggja høllin varð tikin í nýtslu í gjár."
    assert story.byline.endswith("Súsanna Joensen")
    assert story.paragraphs[0].startswith("Høllin hevur kostað")
