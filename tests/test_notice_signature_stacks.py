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


def test_a_family_signing_in_tears_under_an_obituary_notice_signs_it():
    # ("泣告", the family's formula as Taiwan notices print it, flush under the notice's last line)
    page = (
        "訃聞\n"
        "林阿月\n"
        "　　林阿月女士，1950年2月3日生，2042年8\n"
        "月1日壽終，享壽92歲。謹訂8月9日（星期六）\n"
        "下午二時於海口鄉立殯儀館舉行家祭及公祭。\n"
        "孝男　陳志明　暨全體家屬　泣告\n\n"
        "王添丁\n"
        "　　王添丁先生，1939年5月6日生，2042年8\n"
        "月2日壽終，享壽103歲。謹訂8月10日（星期日）\n"
        "上午十時於海口鄉立殯儀館舉行家祭及公祭。\n\n"
        "陳秀蘭\n"
        "　　陳秀蘭女士，1944年9月8日生，2042年8\n"
        "月3日壽終，享壽98歲。遵囑一切從簡，不設\n"
        "靈堂，謝絕花圈與奠儀，特此敬告親友周知。\n"
    )
    notice = clean_text(page).articles[0]
    assert notice.byline == "孝男　陳志明　暨全體家屬　泣告"
    assert notice.paragraphs == ["林阿月女士，1950年2月3日生，2042年8月1日壽終，享壽92歲。謹訂8月9日（星期六）下午二時於海口鄉立殯儀館舉行家祭及公祭。"]
