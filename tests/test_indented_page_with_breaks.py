"""A page that opens its paragraphs at an indent is one, though blank lines stand round its
caption, its running head and its footer and a sentence goes on after them in lower case: on it,
a sentence-case head set flush over a wider flush deck is a headline over its deck, not one
paragraph. A page written for the class (not copied from any gold page)."""

from paperarchive.blocks import indents_paragraphs
from paperarchive.pipeline import clean_text

PAGE = (
    "Heide-Bote  ·  Freedag, 5. März 2027  ·  Siet 9\n"
    "PLATTDÜÜTSCH\n\n"
    "UT'N KARSPEL\n"
    "De ole Schoolhuus in Bargdörp kriggt en nee Dack\n"
    "Na twee Johr Sammeln fangt de Vereen in'n April dormit an\n"
    "Vun Frauke Lüders\n"
    "  Twee Johr hebbt de Lüüd in Bargdörp för dat ole\n"
    "Schoolhuus sammelt, nu is dat Geld tosamen. In'n\n"
    "April schall dat Dack nee deckt warrn, dat is al\n"
    "lang undicht.\n"
    "  Dat Schoolhuus is 1902 buut worrn un wöör bit\n"
    "1965 de School för dat ganze Karspel. Later hett\n"
    "de Gemeen dat as Lager bruukt, un nu will de Vereen\n"
    "dor en Dörphuus för all Lüüd ut maken, wo de\n\n"
    "Dat ole Schoolhuus in Bargdörp mit sien kaputte Dack.\n"
    "Foto: Hauke Peters\n\n"
    "Kinner un de Olen tosamen koomt.\n"
    "  De Vörsitter Hinnerk Albers seggt, de Vereen bruukt\n"
    "noch Hölp bi de Arbeit. Wokeen mit anfaten will, kann\n"
    "sik bi em mellen, ok wenn he keen Handwarker is.\n"
    "  Dat Fest to dat nee Dack is för den Sommer plaant,\n\n"
    "HEIDE-BOTE  ·  PLATTDÜÜTSCH  ·  SIET 9\n\n"
    "mit Musik un Koken för dat ganze Dörp.\n"
    "  Bet dorhen gifft dat noch veel to doon.\n\n"
    "Heide-Bote, Markt 4, Soltau  ·  platt@heidebote.example.de\n"
)


def test_the_page_indents_its_paragraphs():
    assert indents_paragraphs(PAGE.split("\n"))


def test_the_sentence_case_head_stands_over_its_deck():
    article = clean_text(PAGE).articles[0]
    assert article.title == "De ole Schoolhuus in Bargdörp kriggt en nee Dack"
    assert article.subtitle == "Na twee Johr Sammeln fangt de Vereen in'n April dormit an"
    assert article.kicker == "UT'N KARSPEL"
