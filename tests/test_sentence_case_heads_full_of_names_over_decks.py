"""A sentence-case head that names a place or two has most of its long words capitalised
("Obyvatelia Hornej Lehoty dostanú vodovod"), so it counted as Title Case, and a Title Case
head's next line was read as its own wrapped line: the deck ran into the title. Such a head
still ends on a word in lower case, as no Title Case head does, so the deck under it is split
off as the subtitle. Pages written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

SLOVAK = """HLAS POHRONIA
Štvrtok 3. decembra 2026  |  Strana 5  |  0,90 €

REGIÓN
Obyvatelia Hornej Lehoty dostanú vodovod
Obec získala z eurofondov takmer dva milióny eur
Text: Mária Horváthová

HORNÁ LEHOTA – Viac ako tristo domácností
v obci pod Nízkymi Tatrami sa konečne dočká
verejného vodovodu. Stavba sa začne na jar
a potrvá približne dva roky.

Starosta Peter Novák povedal, že ľudia dnes
pijú vodu zo studní, ktoré v lete vysychajú.
Obec preto o peniaze žiadala už tri razy.

„Konečne sa to podarilo,“ dodal starosta.

Vodovod bude merať jedenásť kilometrov a napojí
aj dve osady nad dedinou. Domácnosti zaplatia
za prípojku len symbolické poplatky.

Na hrade v Slovenskej Ľupči opravia vežu

Správa hradu začala opravovať južnú vežu, ktorej
múry sa po minuloročných dažďoch začali rozpadať.
Návštevníci ju uvidia opäť v lete.
"""

AFRIKAANS = """DIE KAROO-NUUS
Vrydag 4 Desember 2026  |  Bladsy 3  |  R12,00

PLAASNUUS
Boere in die Groot-Karoo kry eindelik reën
Sommige plase het in een nag meer as 40 mm gemeet
Deur Annelie van der Merwe

BEAUFORT-WES – Boere in die Groot-Karoo kon
hulle oë Dinsdagoggend skaars glo toe hulle die
reënmeters gaan nagaan. Ná byna drie jaar van
droogte het die distrik uiteindelik goeie reën
gehad.

Mnr. Hennie Botha, voorsitter van die plaaslike
boerevereniging, sê die reën het net betyds gekom.
"""


def test_a_head_naming_places_keeps_its_deck_apart():
    story = clean_text(SLOVAK).articles[0]
    assert (story.kicker, story.title) == ("REGIÓN", "Obyvatelia Hornej Lehoty dostanú vodovod")
    assert story.subtitle == "Obec získala z eurofondov takmer dva milióny eur"
    assert story.byline in ("Text: Mária Horváthová", "Mária Horváthová")


def test_a_head_with_a_hyphenated_place_keeps_its_deck_apart():
    story = clean_text(AFRIKAANS).articles[0]
    assert story.title == "Boere in die Groot-Karoo kry eindelik reën"
    assert story.subtitle == "Sommige plase het in een nag meer as 40 mm gemeet"
