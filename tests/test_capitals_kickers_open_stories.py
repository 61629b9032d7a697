"""A kicker in capitals set straight over a headline in sentence case, after a story's last
sentence, opens the piece it labels (a fact box, a letters column, the next story): no subhead
has a kicker. Page written for the rule (not copied from any gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def column(text: str) -> str:
    return textwrap.fill(text, 50) + "\n"


PAGE = (
    "Vallavalitsus ostab kaks uut koolibussi\n\n"
    + column("Vallavolikogu otsustas neljapäevasel istungil osta kaks uut koolibussi, mille "
             "hind on kokku ligi kolmsada tuhat eurot. Vanad bussid on sõitnud üle miljoni kilomeetri.")
    + "\n"
    + column("Uued bussid hakkavad lapsi vedama järgmise õppeaasta algusest, ütles vallavanem.")
    + "\n"
    "TEADMISEKS\n"
    "Koolibussid vallas täna\n\n"
    + column("Vallas on üksteist koolibussi liini ja iga päev sõidab nendega kooli umbes kuussada last.")
    + "\n"
    "ARVAMUS\n"
    "Külakoolid vajavad rohkem tähelepanu\n\n"
    + column("Kui ma kolmkümmend aastat tagasi õpetajana alustasin, oli meie vallas kaheksa "
             "külakooli. Täna on neid alles kaks ja sedagi tuleb iga aasta uuesti kaitsta.")
)


def test_each_capitals_kicker_opens_the_piece_under_it():
    articles = clean_text(PAGE).articles
    assert [(a.kicker, a.title) for a in articles[1:]] == [
        ("TEADMISEKS", "Koolibussid vallas täna"),
        ("ARVAMUS", "Külakoolid vajavad rohkem tähelepanu"),
    ]
    assert articles[0].paragraphs[-1].startswith("Uued bussid hakkavad")  # the story above ends before the box
    assert articles[1].paragraphs == [
        "Vallas on üksteist koolibussi liini ja iga päev sõidab nendega kooli umbes kuussada last."
    ]
