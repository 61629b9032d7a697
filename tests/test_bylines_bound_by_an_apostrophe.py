"""A writer's line whose word for "by" ends on the joining word for "of" bound to it by an
apostrophe, as Malagasy prints "Nosoratan'i Hery Rakoto" ("written by"), set flush under the
head and its deck, is the story's byline, and the head and deck over it stay head and deck
(before, the three lines ran into the first paragraph under the kicker, read as the title).
A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

MALAGASY = """NY FEON'I BETSIBOKA
Gazety isan-kerinandro – Zoma 4 Desambra 2026 – Pejy 3

FAMBOLENA
Nahazo vary be dia be ny tantsaha any Maevatanana
Nitombo roa ampahatelony ny vokatra noho ny tatatra vaovao
Nosoratan'i Hery Rakotomalala

MAEVATANANA, 2 Desambra – Faly ny tantsaha
eto amin'ny faritra satria nitombo be ny vokatra
vary tamin'ity taona ity, taorian'ny nanamboarana
ny tatatra lehibe any amin'ny lohasaha.

Nilaza ny filohan'ny fikambanan'ny tantsaha,
Rasoa Vololona, fa nahazo sakana efatra isaky ny
hektara ny ankamaroan'ny mpamboly, raha roa
ihany no azony taloha.

Nisokatra ny tsena vaovao any Tsaratanana
Avy amin'i Lalao Ravelojaona

Nosokafana tamin'ny alatsinainy ny tsena vaovao
eto Tsaratanana, izay misy toerana fivarotana
zato sy dimampolo.
"""


def test_a_by_bound_to_its_joining_word_names_the_writer_under_a_head_and_deck():
    story = clean_text(MALAGASY).articles[0]
    assert (story.kicker, story.title) == ("FAMBOLENA", "Nahazo vary be dia be ny tantsaha any Maevatanana")
    assert story.subtitle == "Nitombo roa ampahatelony ny vokatra noho ny tatatra vaovao"
    assert story.byline == "Nosoratan'i Hery Rakotomalala"
    assert story.paragraphs[0].startswith("MAEVATANANA, 2 Desambra")


def test_a_two_word_by_bound_to_its_joining_word_names_the_writer():
    story = clean_text(MALAGASY).articles[1]
    assert (story.title, story.byline) == ("Nisokatra ny tsena vaovao any Tsaratanana", "Avy amin'i Lalao Ravelojaona")
