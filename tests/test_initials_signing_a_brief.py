"""An Occitan weekly's page: a brief signed with the writer's initials in capitals on a line of its
own ("(P. M.)"), before read as the brief's last paragraph. A page written for the class, not
copied from any gold page."""

from paperarchive.pipeline import clean_text

OCCITAN = """LO PICHON JORNAL
Setmanièr de Rodés · Divendres 11 de decembre de 2026 · Pagina 5

Lo mercat de Nadal tòrna a la plaça

Vint-e-cinc cabanas de fusta son ja
montadas sus la plaça del Borg. Lo mercat
de Nadal serà dobèrt del divendres 18 al
dimenge 20 de decembre, de 10 oras a 19 oras.

Se i trobarà de fromatge del pais, de
mèl, de jogals de fusta e de vin caud. Lo
comitat demanda als mercadièrs de parlar
un pauc occitan amb los clients.

(P. M.)

La nèu

La nèu tomba doçament
sus las teuladas del vilatge,
los enfants gaitan la fenèstra,
lo vièlh can dormís al canton.
E lo vilatge, tot blanc, tot simple,
espèra Nadal coma un vièlh conte.

Joana Vernhet
"""


def test_initials_in_capitals_on_their_own_line_sign_the_brief():
    page = clean_text(OCCITAN)
    (market,) = [a for a in page.articles if a.title == "Lo mercat de Nadal tòrna a la plaça"]
    assert market.byline == "(P. M.)"
    assert market.paragraphs[-1].endswith("amb los clients.")
