"""A public notice signed by a stack of lines set apart under its text: the signer's name (an
honorific before it), the office, the date, one on each line. The name signs the notice, the
office and the date are its credits, and the next rubric and its briefs keep their own heads.
Pages written for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

NOTICE = (
    "EL ECO DEL SUR   Jueves 3 de diciembre de 2026   9\n\n"
    "EDICTO\n\n"
    "Se comunica a los vecinos del barrio Las Acacias\nque el lunes 7 se cortará el tránsito en la\n"
    "calle Moreno por obras de cloacas.\n\n"
    "Dra. Lucía Ferreyra Paz\n\n"
    "Intendenta Municipal\n\n"
    "Olavarría, 2 de diciembre de 2026\n\n"
    "BREVES\n"
    "Feria del libro en la plaza\n\n"
    "La feria abrirá el sábado a las diez con puestos\nde editoriales de toda la provincia.\n\n"
    "Vuelve el tren de los domingos\n\n"
    "El servicio a Sierra Chica vuelve a correr desde\nel próximo fin de semana.\n"
)


def test_the_name_over_an_office_and_a_date_signs_the_notice():
    notice = clean_text(NOTICE).articles[0]
    assert notice.title == "EDICTO"
    assert notice.byline == "Dra. Lucía Ferreyra Paz"
    assert notice.paragraphs == ["Se comunica a los vecinos del barrio Las Acacias que el lunes 7 se cortará el tránsito en la calle Moreno por obras de cloacas."]
    assert [caption.credit for caption in notice.captions] == ["Intendenta Municipal", "Olavarría, 2 de diciembre de 2026"]


def test_the_office_and_the_date_are_no_labels_of_the_next_story():
    page = clean_text(NOTICE)
    briefs = page.articles[1]
    assert briefs.section in (None, "BREVES")
    assert briefs.kicker in (None, "BREVES")
    assert all("Intendenta" not in (a.section or "") + (a.kicker or "") for a in page.articles)


def test_a_name_and_a_date_alone_sign_too():
    page = clean_text(NOTICE.replace("Intendenta Municipal\n\n", ""))
    notice = page.articles[0]
    assert notice.byline == "Dra. Lucía Ferreyra Paz"
    assert [caption.credit for caption in notice.captions] == ["Olavarría, 2 de diciembre de 2026"]


def test_a_name_over_a_head_and_its_text_is_no_signed_stack():
    # no date closes the lines under the name: "Obras Públicas" heads the text under it
    page = clean_text(NOTICE.replace("Intendenta Municipal\n\nOlavarría, 2 de diciembre de 2026\n\n", "Obras Públicas\n\nLa cuadrilla trabajará de noche\npara no cortar el tránsito.\n\n"))
    assert all(caption.credit != "Obras Públicas" for a in page.articles for caption in a.captions)
