"""Older held-out pages lifted by a third sweep, by classes that hold on more than one page.

A short label of a word or four set flush over a wider head line, that line's first word fitting
easily beside the label within the page's text measure, is the head's kicker, not the first line
of a wrapped title: a head wraps where its line is full (holdout67's Hmong family notices,
"Yug Tshiab" / "Nkauj Ntxhi Yaj"; holdout97's Saramaccan tale, "Anaansi tori" / "Anaansi ku
Tigi"). Pages written for these tests.
"""

from paperarchive.pipeline import clean_text

FAMILY_NOTICES = """DI KOMUNITEIT · Dinsdag 4 mei 2027 · Pagina 7
FAMILIEBERICHTEN

Geboorte
Lotte van den Akker

Piet van den Akker en Sanne Vos zijn blij
met de geboorte van hun dochter Lotte, op
12 april 2027 in het ziekenhuis van Gouda.
Ze woog 3,4 kilo. Opa en oma wonen in de
Kerkstraat.

Getrouwd
Bram en Eva zeggen ja in het raadhuis

De families Smit en De Ruiter laten weten
dat Bram en Eva op 20 maart 2027 zijn
getrouwd in het oude raadhuis van het dorp,
met meer dan honderd gasten erbij.

Di Komuniteit · Markt 4 · redactie@komuniteit.example.nl
"""


def test_a_short_label_flush_over_a_wider_head_is_its_kicker():
    page = clean_text(FAMILY_NOTICES)
    assert [(a.kicker, a.title) for a in page.articles] == [
        ("Geboorte", "Lotte van den Akker"),
        ("Getrouwd", "Bram en Eva zeggen ja in het raadhuis"),
    ]
