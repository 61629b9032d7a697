"""A paper's front page lists what the issue holds under "Inhalt." or "Contents": each entry a line
or two naming an item, some opening like a country's report ("Frankreich. Paris. …") or like a
decree's head ("Erlaß, betreffend …"). They are the list's, not stories of their own; the list
ends at the department's rubric over the first story. A page written for the case."""

from paperarchive.pipeline import clean_text

FRONT = """Inhalt.

Amtlicher Theil.

Inland. Potsdam. Beſuch des Königs. — Breslau. Eröffnung der Gewerbeſchule.

Frankreich. Paris. Die Kammer über das Budget. — Unruhen in Lyon.

Großbritanien. London. Ankunft des Geſandten. — Die Eiſenbahn nach Bath.

Erlaß, betreffend die Verwaltung der Forſten.

Amtlicher Theil.

Se. Majeſtät der König haben Allergnädigſt geruht, dem Regierungsrath Weber zu Potsdam
den Rothen Adler⸗Orden vierter Klaſſe zu verleihen, und den bisherigen Landrath des
Kreiſes Teltow, von Arnim, zum Regierungs⸗Präſidenten in Frankfurt zu ernennen.
"""


def test_the_entries_of_a_contents_list_stay_in_the_list():
    contents = clean_text(FRONT).articles[0]
    assert contents.title == "Inhalt."
    assert contents.paragraphs[1:] == [
        "Inland. Potsdam. Beſuch des Königs. — Breslau. Eröffnung der Gewerbeſchule.",
        "Frankreich. Paris. Die Kammer über das Budget. — Unruhen in Lyon.",
        "Großbritanien. London. Ankunft des Geſandten. — Die Eiſenbahn nach Bath.",
        "Erlaß, betreffend die Verwaltung der Forſten.",
    ]


def test_the_list_ends_at_the_rubric_over_the_first_story():
    articles = clean_text(FRONT).articles
    assert len(articles) == 2
    assert articles[1].paragraphs[0].startswith("Se. Majeſtät der König haben")
