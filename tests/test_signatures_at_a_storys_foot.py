"""A writer's line with a "by" ("Ni Dante Pascual", Ilocano; "Por Ana Quispe") set apart under a
story's last paragraph, with no text under it (the next column's label or head follows), signs
that story at its foot: the paragraph over it stays the story's text, not a head over a byline
with nothing to head. A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

ILOCANO = """DAMDAMAG ILOCOS
Biernes, Disiembre 4, 2026  |  Panid 3  |  P15.00

Baro nga ospital naluktan idiay Laoag

Naluktan idi Lunes ti baro nga ospital para kadagiti
ubbing idiay Laoag City. Adda tallopulo a kama
ken innem a doktor iti daytoy nga ospital.

Kuna ti gobernador a dakkel a tulong daytoy kadagiti
nakurapay a pamilia iti probinsia.

Ni Dante Pascual

DAGITI DAMDAMAG
Maserraan ti kalsada iti Paoay

Maserraan ti kalsada nga agturong iti Paoay manipud
Sabado agingga iti Lunes gapu iti panagtarimaan.

Pasala dagiti ubbing

Adda pasala dagiti ubbing iti plasa ti Laoag iti
Disiembre 12 para iti Paskua ken Baro a Tawen.
"""


def test_a_signature_over_the_next_column_signs_the_story_above():
    stories = clean_text(ILOCANO).articles
    story = stories[0]
    assert (story.title, story.byline) == ("Baro nga ospital naluktan idiay Laoag", "Ni Dante Pascual")
    assert story.paragraphs[-1].startswith("Kuna ti gobernador a dakkel a tulong")
    assert stories[1].title == "Maserraan ti kalsada iti Paoay"
