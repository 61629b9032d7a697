"""A byline that names no one: the paper's own writer in a set phrase ("Van onze verslaggever",
"De notre correspondant à Londres") or a wire's name alone ("NTB") under the headline. Pages
written for the rule (not copied from any gold page)."""

import textwrap

import pytest

from paperarchive.classify import OWN_STAFF
from paperarchive.pipeline import clean_text


def column(text: str) -> str:
    return textwrap.fill(text, 52) + "\n"


@pytest.mark.parametrize("phrase", [
    "Van onze correspondent te Brussel", "De notre envoyé spécial", "Dal nostro inviato a Kiev",
    "Von unserem Korrespondenten in Wien", "Von unſerem Berliner H.-Mitarbeiter.", "Fra vår korrespondent", "Od naszego korespondenta",
    "De nia korespondanto Petro Kovalski", "Van onze correspondent Jan de Vries",
])
def test_the_papers_own_writer_in_a_set_phrase_under_the_headline_is_the_byline(phrase):
    page = (
        "Havenbedrijf wil nieuwe kade bouwen\n\n"
        f"{phrase}\n\n"
        + column("Het havenbedrijf wil aan de noordkant van het kanaal een nieuwe kade van vierhonderd meter "
                 "bouwen. De gemeenteraad moet het plan nog goedkeuren, maar een meerderheid lijkt zeker nu "
                 "ook de oppositie haar steun heeft uitgesproken.")
        + "\n"
        + column("Volgens de directeur kunnen er dan twee extra schepen tegelijk laden en lossen, wat de "
                 "wachttijden op zee flink moet verkorten.")
    )
    article = clean_text(page).articles[0]
    assert article.title == "Havenbedrijf wil nieuwe kade bouwen"
    assert phrase in (article.byline or "") and all(phrase not in p for p in article.paragraphs)


def test_a_wire_name_alone_flush_under_the_headline_signs_the_story_and_is_no_text():
    page = (
        column("Kommunen har vedtatt å bygge en ny skole på Solheim. Den gamle skolen er for liten, og "
               "elevene har i to år hatt undervisning i brakker på skolegården.")
        + "\n"
        "Ras stengte riksvei 7\n"
        "NTB\n\n"
        + column("Et steinras stengte natt til fredag riksvei 7 ved Gol. Ingen ble skadet, men veien blir "
                 "stengt i minst to døgn mens geologer undersøker fjellsiden over veien.")
    )
    articles = clean_text(page).articles
    ras = next(a for a in articles if a.title == "Ras stengte riksvei 7")
    assert "NTB" in (ras.source or ras.byline or "") and all("NTB" != p for a in articles for p in a.paragraphs)


def test_sentences_and_headlines_that_open_like_a_set_phrase_are_not_bylines():
    assert not OWN_STAFF.match("Van onze kant is er niets veranderd")
    assert not OWN_STAFF.match("Our town needs a pool") and not OWN_STAFF.match("Von unserem Bürgermeister gewählt")


@pytest.mark.parametrize("label", ["Texto:", "Texto y fotos:", "Besedilo in foto:", "Testo:"])
def test_a_labelled_writer_under_the_deck_is_the_byline_not_the_decks_end(label):
    page = (
        "AYUNTAMIENTO\n"
        "El pleno aprueba la nueva piscina municipal\n"
        "Las obras empezarán en primavera y costarán algo más de un millón de euros.\n"
        f"{label} Lucía Ferreiro\n\n"
        + column("El pleno del Ayuntamiento aprobó el jueves por unanimidad el proyecto de la nueva "
                 "piscina municipal, que se levantará junto al polideportivo de la avenida del río.")
    )
    article = clean_text(page).articles[0]
    assert article.subtitle == "Las obras empezarán en primavera y costarán algo más de un millón de euros."
    assert article.byline == f"{label} Lucía Ferreiro"
