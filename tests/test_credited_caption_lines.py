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
])
def test_a_credited_caption_line_inside_a_paragraph_is_lifted_and_the_paragraph_closes(caption, credit):
    first, second = textwrap.wrap(FIRST, 50), textwrap.wrap(SECOND, 50)
    page = "\n".join([*first, f"{caption} {credit}", *second]) + "\n"
    article = clean_text(page).articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs == [FIRST + " " + SECOND]


def test_a_sentence_that_names_a_photo_stays_in_the_text():
    lines = textwrap.wrap(FIRST, 50) + ["und zeigte ein Bild: Anna Berg"] + textwrap.wrap(SECOND, 50)
    article = clean_text("\n".join(lines) + "\n").articles[0]
    assert not article.captions and "Bild: Anna Berg" in article.paragraphs[0]
