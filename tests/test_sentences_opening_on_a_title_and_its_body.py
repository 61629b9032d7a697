"""A paragraph's first line that fills the column with an office and the body it heads, every
long word capitalised ("El Presidente de la Asociación de Vecinos de"), ends on a joining word:
a sentence cut by the column's edge, not a headline in Title Case over the next line (Title Case
capitalises a head's last word). The line joins the paragraph under it. A page written for the
class (not from any gold page)."""

from paperarchive.pipeline import clean_text

SPANISH = """EL ECO DEL VALLE  |  Jueves, 3 de diciembre de 2026  |  Página 4

Los vecinos de Villanueva piden más autobuses

Por Lucía Barrientos

Los vecinos de los barrios altos de Villanueva
han reunido más de dos mil firmas para pedir
que el autobús urbano pase cada quince minutos
y no cada media hora, como ocurre desde marzo.

El Presidente de la Asociación de Vecinos de
Villanueva, Tomás Ordóñez, explicó ayer que la
mayoría de los firmantes son personas mayores
que no tienen coche y dependen del transporte.

El Ayuntamiento estudiará la petición en el
pleno de enero, según fuentes municipales.
"""


def test_a_first_line_full_of_an_office_ending_on_a_joining_word_opens_a_paragraph():
    story = clean_text(SPANISH).articles[0]
    assert story.title == "Los vecinos de Villanueva piden más autobuses"
    assert story.headings == []
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].startswith("El Presidente de la Asociación de Vecinos de Villanueva, Tomás Ordóñez, explicó")


def test_a_subhead_in_title_case_over_its_text_still_stands_alone():
    page = SPANISH.replace("El Presidente de la Asociación de Vecinos de\n", "Vecinos Reclaman Paradas Nuevas En Las Afueras\n")
    story = clean_text(page).articles[0]
    assert story.headings == ["Vecinos Reclaman Paradas Nuevas En Las Afueras"]
    assert story.paragraphs[1].startswith("Villanueva, Tomás Ordóñez, explicó")
