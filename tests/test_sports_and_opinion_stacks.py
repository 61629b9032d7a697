"""A regional weekly's sports report and opinion column in Spanish: a rubric of two parts set
with a dot ("BALONCESTO · PRIMERA NACIONAL") over the head and the result line over the text;
a columnist's name in capitals and what they are, a dot between, under the column's head. Page
written for the rules (not copied from any gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def column(text: str) -> str:
    return textwrap.fill(text, 50) + "\n"


PAGE = (
    "EL HERALDO DEL VALLE   Domingo, 6 de diciembre de 2026   DEPORTES   14\n\n"
    "BALONCESTO · PRIMERA NACIONAL\n"
    "El Valle remonta en la segunda parte\n\n"
    "CB Robledo 71 - CB El Valle 78\n\n"
    + column("El CB El Valle sumó en Robledo su cuarta victoria seguida tras una segunda parte "
             "casi perfecta, en la que llegó a encadenar un parcial de dieciocho puntos a dos.")
    + "\n"
    + column("El entrenador destacó la defensa de su equipo y pidió a la afición que llene el "
             "pabellón el próximo sábado ante el líder.")
    + "\n"
    "OPINIÓN\n"
    "El pabellón que nos merecemos\n"
    "MARTA IGLESIAS · Exjugadora del club\n\n"
    + column("Cuando empecé a jugar, entrenábamos en un patio con dos canastas oxidadas. Hoy "
             "el club tiene trescientos niños y sigue sin un pabellón propio.")
)


def test_the_rubric_the_result_line_and_the_columnist_each_find_their_place():
    report, opinion = clean_text(PAGE).articles
    assert (report.kicker, report.title) == ("BALONCESTO · PRIMERA NACIONAL", "El Valle remonta en la segunda parte")
    assert report.paragraphs[0] == "CB Robledo 71 - CB El Valle 78"
    assert report.paragraphs[1].startswith("El CB El Valle sumó en Robledo")
    assert (opinion.kicker, opinion.title) == ("OPINIÓN", "El pabellón que nos merecemos")
    assert opinion.byline == "MARTA IGLESIAS · Exjugadora del club"
