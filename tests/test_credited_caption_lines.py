"""A caption closed by its photographer's credit, on one line that the OCR read into the middle
of a paragraph, leaves the text for the captions; the paragraph closes over it. Pages written
for the rule (not copied from any gold page)."""

import textwrap

import pytest

from paperarchive.pipeline import clean_text

FIRST = ("Die Gemeinde will den alten Bahnhof kaufen und darin ein Bürgerhaus einrichten. Der "
         "Kaufpreis liegt nach Angaben des Bürgermeisters bei rund dreihunderttausend Euro, und die")
SECOND = ("Sanierung soll noch einmal so viel kosten. Der Gemeinderat entscheidet im Januar; eine "
          "Mehrheit gilt als sicher, seit auch die Opposition das Vorhaben unterstützt.")


@pytest.mark.parametrize("caption, credit", [
    ("Der alte Bahnhof steht seit zwölf Jahren leer.", "Foto: Anna Berg"),
    ("Het oude station staat al twaalf jaar leeg.", "Foto: Piet de Boer"),
    ("Den gamla stationen har stått tom i tolv år.", "Bild: Lena Ek"),
    # the word for photo in other languages, with the word for "by" where the language puts one
    ("Yr hen orsaf ar gau ers deuddeng mlynedd.", "Llun: Siôn Prys"),
    ("Vanha asema on ollut tyhjänä kaksitoista vuotta.", "Kuva: Mikko Laine"),
    ("Gamla stöðin hefur staðið auð í tólf ár.", "Ljósmynd: Jón Pálsson"),
    ("A régi állomás tizenkét éve üres.", "Fotó: Kiss Anna"),
    ("Kituo cha zamani kimefungwa kwa miaka kumi na miwili.", "(Picha na Juma Ali)"),
    ("Labindalawang taon nang sarado ang lumang istasyon.", "(Kuha ni Jose Cruz)"),
])
def test_a_credited_caption_line_inside_a_paragraph_is_lifted_and_the_paragraph_closes(caption, credit):
    first, second = textwrap.wrap(FIRST, 50), textwrap.wrap(SECOND, 50)
    page = "\n".join([*first, f"{caption} {credit}", *second]) + "\n"
    article = clean_text(page).articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs == [FIRST + " " + SECOND]


@pytest.mark.parametrize("caption, credit", [
    ("Yr hen orsaf ar gau ers deuddeng mlynedd.", "Llun: Siôn Prys"),
    ("Kituo cha zamani kimefungwa kwa miaka kumi na miwili.", "(Picha na Juma Ali)"),
    ("Ga cũ đã bỏ hoang mười hai năm nay.", "Ảnh: Trần Văn Nam"),
    ("Senoji stotis tuščia jau dvylika metų.", "Autorės nuotr."),  # Lithuanian: the photographer first
    ("Senoji stotis tuščia jau dvylika metų.", "Jono Petraičio nuotr."),
])
def test_a_caption_over_its_credit_line_inside_a_paragraph_is_lifted(caption, credit):
    first, second = textwrap.wrap(FIRST, 50), textwrap.wrap(SECOND, 50)
    page = "\n".join([*first, caption, credit, *second]) + "\n"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [FIRST + " " + SECOND]


def test_a_sentence_that_names_a_photo_stays_in_the_text():
    lines = textwrap.wrap(FIRST, 50) + ["und zeigte ein Bild: Anna Berg"] + textwrap.wrap(SECOND, 50)
    article = clean_text("\n".join(lines) + "\n").articles[0]
    assert not article.captions and "Bild: Anna Berg" in article.paragraphs[0]



def _indented(text: str) -> list[str]:
    lines = textwrap.wrap(text, 44)
    return ["   " + lines[0], *lines[1:]]


def test_a_caption_set_into_an_indented_paragraph_leaves_it_whole_without_a_full_stop():
    # the caption's line is wider than the column and ends on no stop; under its credit the
    # paragraph goes on flush, as an indented page's paragraph does
    first = ("Gradsko vijeće u utorak je raspravljalo o obnovi parka u središtu grada. Projekt je vrijedan "
             "milijun eura, a novac će osigurati grad i županija.")
    before, after = "Gradonačelnica Ana Kovač rekla je da je park zapušten već dvadeset godina.", "Radovi počinju u proljeće, a trajat će do kraja godine, rekla je gradonačelnica."
    last = "Vijećnici su prijedlog prihvatili jednoglasno. Oporba je tražila da se u park vrati i dječje igralište."
    caption, credit = "Stari park u središtu grada uređen je još 1975. godine", "Foto: Ana Horvat"
    page = "\n".join(["Gradski park bit će uređen", "", *_indented(first), *_indented(before), caption, credit,
                      *textwrap.wrap(after, 44), *_indented(last)]) + "\n"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [first, before + " " + after, last]


def test_a_caption_read_into_a_paragraph_with_no_blank_line_over_it_leaves_the_paragraph_whole():
    # on a page that sets its paragraphs apart by blank lines, the blank line under the credit is
    # the caption's own: the paragraph it was read into goes on under it
    first = ("Kunnanhallitus käsitteli uuden kirjaston rakentamista tiistaina. Kokous kesti lähes neljä tuntia, "
             "ja päätös syntyi vasta äänestyksen jälkeen.")
    before, after = "Valtuutetut kiittivät virkamiehiä huolellisesta valmistelusta.", "Kirjaston rakentaminen alkaa keväällä, ja se valmistuu syksyllä."
    last = "Kirjastotoimenjohtaja Liisa Mäki kertoi, että uudessa kirjastossa on tilaa myös näyttelyille."
    caption, credit = "Uusi kirjasto rakennetaan vanhan paloaseman paikalle keskustaan.", "Kuva: Mikko Laine"
    page = "\n".join(["Keskustaan uusi kirjasto", "", *textwrap.wrap(first, 50), "", *textwrap.wrap(before, 50), caption, credit,
                      "", *textwrap.wrap(after, 50), "", *textwrap.wrap(last, 50)]) + "\n"
    article = clean_text(page).articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs[-2:] == [before + " " + after, last]


def test_a_caption_set_apart_by_blank_lines_leaves_the_paragraphs_around_it_apart():
    first, second = "Kokous kesti lähes neljä tuntia, ja päätös syntyi vasta äänestyksen jälkeen.", "Kirjaston rakentaminen alkaa keväällä, ja se valmistuu syksyllä."
    page = "\n".join(["Keskustaan uusi kirjasto", "", *textwrap.wrap(first, 50), "", "Uusi kirjasto rakennetaan keskustaan.", "Kuva: Mikko Laine",
                      "", *textwrap.wrap(second, 50)]) + "\n"
    assert clean_text(page).articles[0].paragraphs[-1] == second


def test_the_end_of_a_sentence_read_over_a_credit_is_no_caption():
    # an engine read the photo's credit after the last words of the text beside the photo
    page = (
        "Torna la fiera del tartufo in piazza\n\n"
        "   Dopo due anni di assenza torna sabato e\n"
        "domenica la fiera del tartufo bianco. In\n"
        "piazza saranno allestiti sessanta banchi e\n"
        "laboratori\n\n"
        "per i bambini.\n\n"
        "Foto di Sergio Valle\n\n"
        "   Gli organizzatori prevedono almeno\n"
        "quindicimila visitatori nel fine settimana.\n"
    )
    (story,) = clean_text(page).articles
    assert "per i bambini." not in [c.text for c in story.captions]
    assert any(p.endswith("laboratori per i bambini.") for p in story.paragraphs)
