"""A Latin-script weekly that opens each paragraph with an indent: its headline set flush in
sentence case over a deck and a byline led by the language's "by" ("da"), no blank line between
them; a running foot that names the page in the page's own word beside the paper's name. A page
written for the classes (a Sursilvan village weekly; not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """LA VUSCH DA LA SURSELVA
Gievgia, ils 10 da december 2026  *  Nr. 50

CUMIN
Il cumin da Breil decida davart la nova halla
Il suveran ha acceptau in credit da 4,2 milliuns francs per
la halla da sport e la scola. Ils lavurs entschaivan la primavera.
da Madlaina Casanova
  Il cumin da Breil ha decidiu mardi sera cun 188
cunter 54 vuschs da construir ina nova halla da
sport sper la casa da scola. La halla veglia ei
memia pintga e buca pli segira per ils affons.
  Il president communal Giusep Derungs ha detg
ch'il project seigi vegnius preparaus duront
dus onns cun las scolas e cun las uniuns.
  Las uniuns da sport san duvrar la halla era
la sera e la fin d'jamna. Il project prevesa
era in plaz da parcar cun trenta plazzas.

Pagina 5 - La Vusch da la Surselva

Il tren da Mustér porta dapli passagiers
  Dapi la midada digl urari ha il tren regiunal
da Mustér transportau dapli passagiers ch'avon
in onn. La viafier vul perquei metter en funcziun
in vagun supplementar las fins d'jamna.
  Ils passagiers laudan la nova colligiaziun cun
Cuera, mo plirs giavischan in tren pli tard la
sera, cunzun per ils giuvenils dalla Surselva.
(mcd)

NOTIZIAS
Sera musicala
  Il chor viril da Breil canta sonda, ils 19 da
december, a las 20.00 en la baselgia parochiala.

Nov urari dalla biblioteca
  La biblioteca communala ei aviarta da schaner
naven era la gievgia sera da las 18.00 a las 20.00.
"""


def test_a_flush_head_over_its_deck_and_byline_on_an_indented_page():
    story = clean_text(PAGE).articles[0]
    assert story.title == "Il cumin da Breil decida davart la nova halla"
    assert story.subtitle == "Il suveran ha acceptau in credit da 4,2 milliuns francs per la halla da sport e la scola. Ils lavurs entschaivan la primavera."
    assert story.byline == "da Madlaina Casanova"
    assert story.paragraphs[0].startswith("Il cumin da Breil ha decidiu mardi sera")


def test_a_running_foot_naming_the_page_in_its_own_word_is_furniture():
    page = clean_text(PAGE)
    assert "Pagina 5 - La Vusch da la Surselva" in page.furniture
    assert [a.title for a in page.articles][:2] == ["Il cumin da Breil decida davart la nova halla", "Il tren da Mustér porta dapli passagiers"]


def test_a_writers_initials_under_the_last_sentence_sign_the_story():
    story = clean_text(PAGE).articles[1]
    assert story.byline == "(mcd)"
    assert story.paragraphs[-1].endswith("cunzun per ils giuvenils dalla Surselva.")


def test_a_rubric_in_capitals_over_a_two_word_brief_head_is_its_label():
    brief = clean_text(PAGE).articles[2]
    assert (brief.title, brief.kicker or brief.section) == ("Sera musicala", "NOTIZIAS")
