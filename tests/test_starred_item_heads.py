"""A miscellany column whose items each open on a star and a head of a few words run into the
text up to its stop ("* Wer kennt diesen Hund? Seit Montag…"), as German papers of the 1920s set
their "Allerlei": each item an article under its head. Before, one article of all of them, the
heads left in the text with their stars. A page written for the class, not copied from any gold page."""

from paperarchive.pipeline import clean_text

ALLERLEI = """DER BOTE VOM MAIN                       Mittwoch, 2. Dezember 1925

* Ein Storch im Dezember. In Wertheim wurde gestern
ein Storch gesehen, der offenbar den Flug nach dem
Süden versäumt hat.

* Wer kennt diesen Hund? Seit Montag läuft ein brauner
Hund im Stadtpark umher; das Tierheim bittet um
Nachricht.

* Die längste Bank der Stadt. Am Mainufer steht nun
eine Bank von vierundzwanzig Metern Länge.
"""


def test_starred_items_are_articles_under_their_heads():
    articles = clean_text(ALLERLEI).articles
    assert [a.title for a in articles] == ["Ein Storch im Dezember.", "Wer kennt diesen Hund?", "Die längste Bank der Stadt."]
    assert articles[1].paragraphs == ["Seit Montag läuft ein brauner Hund im Stadtpark umher; das Tierheim bittet um Nachricht."]


def test_one_starred_paragraph_is_left_alone():
    one = ALLERLEI.split("\n\n* Wer kennt")[0] + "\n"
    assert [p for a in clean_text(one).articles for p in a.paragraphs][0].startswith("* Ein Storch im Dezember. In Wertheim")
