"""A notice's numbered list whose entries each end on a comma, the list's sentence going on in the
next (`rules/columns._next_numbered_entry`): each entry the engine set apart as its paragraph, its
number's stop misread as a comma now and then ("3,te"), stays a paragraph of its own rather than
being joined as the rest of a sentence a column break cut. A small Tesseract-style hOCR page,
written for the rule (a Dutch coupon notice; not copied from any gold page)."""

from pathlib import Path

from conftest import hocr_column

from paperarchive.api import clean_file

# (the paragraphs as the engine set them: a head, the notice's sentence, the entries, the signature)
PARAGRAPHS = [
    ["Rente-uitkeering"],
    ["De op 1 April 1921 vervallende coupon", "No. 17 der obligatien wordt reeds van", "den 20sten dezer betaalbaar gesteld:"],
    ["1. te Amsterdam bij de Twentsche", "Bankvereeniging,"],
    ["2, te Rotterdam bij de Rotterdamsche", "Bank en bij het kantoor der", "Incasso-Bank,"],
    ["3,te Utrecht bij de Nederlandsche", "Handel-Maatschappij,"],
    ["4. te Arnhem bij de Geldersche", "Credietvereeniging,"],
    ["Arnhem, den 14den Maart 1921."],
    ["De Directie."],
]


def page() -> str:
    return hocr_column(PARAGRAPHS)


def test_each_numbered_entry_set_apart_stays_a_paragraph(tmp_path: Path):
    path = tmp_path / "notice.hocr"
    path.write_text(page(), encoding="utf-8")
    paragraphs = [p for article in clean_file(path).page.articles for p in article.paragraphs]
    assert "2, te Rotterdam bij de Rotterdamsche Bank en bij het kantoor der Incasso-Bank," in paragraphs, paragraphs
    assert "3,te Utrecht bij de Nederlandsche Handel-Maatschappij," in paragraphs, paragraphs
    assert "4. te Arnhem bij de Geldersche Credietvereeniging," in paragraphs, paragraphs
