"""A narrow column may leave a story's place in capitals and its dash alone on the first line
("TAMBACOUNDA —", "SAN VICENTE –"): they open the paragraph under them, and are no byline or
head. A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """LE RÉVEIL DU FLEUVE  |  Jeudi 3 décembre 2026  |  Page 6

Marché couvert rouvert

TAMBACOUNDA —
Le marché couvert du
centre-ville a rouvert ses
portes lundi après trois mois
de travaux. Les commerçants
ont retrouvé leurs étals.

Pont provisoire installé

BAKEL — Les militaires ont
posé un pont provisoire sur
le marigot en deux jours.

Le Réveil du Fleuve  |  Régions  |  6
"""


def test_a_place_and_its_dash_alone_open_the_paragraph_under_them():
    story = clean_text(PAGE).articles[0]
    assert story.title == "Marché couvert rouvert"
    assert story.byline is None
    assert story.paragraphs[0].startswith("TAMBACOUNDA — Le marché couvert du centre-ville a rouvert")
