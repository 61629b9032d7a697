"""A fact box's data-source line ("Quelle: …", "Avots: …") credits the box and heads nothing, and
a letter signed with its writer's place in any Latin alphabet is signed, not headed. Pages
written for these tests (no gold page's text)."""

from paperarchive.pipeline import clean_text

GERMAN_PAGE = """TALBOTE
Freitag, 5. März 2027 - Seite 4

Neue Buslinie ins Gewerbegebiet
Von Jana Roth

Ab Montag fährt die Linie 12 im Halbstundentakt bis
zum Gewerbegebiet Nord. Die Stadt bezahlt den Betrieb
für zwei Jahre.

ZAHLEN
Busverkehr in der Stadt

Im Stadtgebiet fahren 14 Buslinien, die meisten davon
im Takt von zwanzig Minuten.

Jeden Tag steigen rund 9 000 Fahrgäste ein.

Quelle: Stadtwerke Talheim

LESERBRIEFE
Danke an die Feuerwehr

Im Sturm ist ein Baum auf unser Dach gefallen. Die
Feuerwehr war nach zwanzig Minuten da und hat das Dach
noch in der Nacht abgedeckt.

Jürgen Weiß, Ölbronn

Flohmarkt am Rathausplatz

Am Samstag findet von 8 bis 14 Uhr der Flohmarkt auf
dem Rathausplatz statt. Standgebühren werden keine
erhoben.
"""


def test_a_data_source_line_credits_its_box_and_the_letters_head_stands_apart():
    articles = clean_text(GERMAN_PAGE).articles
    box = next(a for a in articles if a.title == "Busverkehr in der Stadt")
    assert box.paragraphs[-1] == "Jeden Tag steigen rund 9 000 Fahrgäste ein."
    assert box.headings == [] and "Quelle: Stadtwerke Talheim" in [c.credit for c in box.captions]
    letter = next(a for a in articles if a.title == "Danke an die Feuerwehr")
    assert letter.byline.startswith("Jürgen Weiß")


def test_a_letter_signed_from_a_place_with_accents_is_signed_and_the_next_story_has_its_head():
    articles = clean_text(GERMAN_PAGE).articles
    assert articles[-1].title == "Flohmarkt am Rathausplatz"
    assert articles[-1].paragraphs[0].startswith("Am Samstag")
