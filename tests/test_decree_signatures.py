"""A gazette's decrees end on their place and date and a signature set under them: the office
and the official who signed for it. A title in the official's name ("Dr.") is no sentence's end,
so the signature stays one. A page written for the case."""

from paperarchive.pipeline import clean_text

DECREES = """Bekanntmachung.

Die allgemeine Verbindlichkeit des Tarifvertrags für das Bäckergewerbe
der Stadt Halle wird mit Wirkung vom 1. Mai aufgehoben.
Berlin, den 22. Juni 1920.
Der Reichsarbeitsminister.
J. A.: Dr. Hausmann.


Bekanntmachung.

Der Verband der Müller hat beantragt, den Tarifvertrag für das Gebiet
des Kreises Merseburg für allgemein verbindlich zu erklären.
Berlin, den 23. Juni 1920.
Der Reichsarbeitsminister.
J. A.: Wulff.
"""


def test_a_signature_with_a_doctors_title_signs_its_decree():
    articles = clean_text(DECREES).articles
    assert [a.byline for a in articles] == ["Der Reichsarbeitsminister. J. A.: Dr. Hausmann.", "Der Reichsarbeitsminister. J. A.: Wulff."]
    assert all("J. A.: Dr. Hausmann." not in p for a in articles for p in a.paragraphs)
