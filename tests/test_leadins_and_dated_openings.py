"""A lead-in line over numbered items at a crop's top is text, not the issue's date line or a
running head (formats/heads.py `issue_line`, formats/reading.py `_furniture`); a report's place
and date on a line of their own open its first paragraph (classify.py `_dated_openings_run_in`).
Pages written for each rule: an hOCR crop and plain text as Tesseract prints them."""

from conftest import hocr_lines

from paperarchive.formats import read_blocks
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks, clean_text

ITEM_ONE = ["1. Den Beschluss vom 2. Februar 1859, welcher die", "Bauten der Festung auf dem Grund der Stadt zu", "Bauten des öffentlichen Nutzens erklärt."]
ITEM_TWO = ["2. Das Gesetz vom 30. December 1858, durch welches", "dem Färber Friedrich Anton Ensch das Bürgerrecht", "verliehen wird."]


def numbered(lines: list[str], top: int) -> tuple:
    return tuple((text, 80 if k == 0 else 20, top + 40 * k, 1300 if k < len(lines) - 1 else 700, top + 40 * k + 30) for k, text in enumerate(lines))


def test_a_lead_in_ending_on_its_colon_over_numbered_items_is_text():
    """On a crop's top row, a short line naming a number and a date ("Die Nr. 4 vom 8. Februar
    1859 enthält:") looks like an issue's date line; its colon leads into the items under it."""
    page = hocr_lines(
        (("Die Nr. 4 vom 8. Februar 1859 enthält:", 80, 1, 810, 40),),
        numbered(ITEM_ONE, 60),
        numbered(ITEM_TWO, 200),
        size=(1362, 400),
    )
    blocks = read_blocks("page.hocr", page)
    lead = next(b for b in blocks if b.text.startswith("Die Nr. 4"))
    assert lead.kind is not Kind.FURNITURE
    cleaned = clean_blocks(blocks)
    assert cleaned.furniture == ()
    assert cleaned.articles[0].paragraphs[0].startswith("Die Nr. 4 vom 8. Februar 1859 enthält:")


def test_the_same_line_without_its_colon_is_still_the_issue_line():
    page = hocr_lines(
        (("Nr. 4 vom 8. Februar 1859.", 80, 1, 600, 40),),
        numbered(ITEM_ONE, 60),
        numbered(ITEM_TWO, 200),
        size=(1362, 400),
    )
    blocks = read_blocks("page.hocr", page)
    assert next(b for b in blocks if b.text.startswith("Nr. 4")).kind is Kind.FURNITURE


REPORT = """Baden-Baden, 14. Jul, Nachmittags.
Der Mordversuch auf den König von Preußen
ist, wie es scheint, eine That des politischen
Fanatismus. Der Thäter hat gleich nach seiner Ver-
haftung bekannt, die That aus dem Grunde
begangen zu haben, weil er den König unerachtet
seiner mannigfachen guten Eigenschaften seiner
politischen Aufgabe nicht gewachsen erkannt
habe. Mitschuldige habe er nicht.
"""

def test_a_dateline_alone_on_the_first_line_opens_the_paragraph():
    """Tesseract's text of a report: the letter-spaced place and date on a short line of their
    own, the month cut short by the engine ("Jul,"), the text flush under it."""
    page = clean_text(REPORT)
    assert len(page.articles) == 1
    assert page.articles[0].title is None
    assert [p[:40] for p in page.articles[0].paragraphs] == ["Baden-Baden, 14. Jul, Nachmittags. Der M"]


def test_a_place_and_date_under_text_close_it_and_open_nothing():
    """Under a decree's text, "Berlin, den 4. März 1871." closes it: left as it was."""
    decree = "Der Beschluß tritt mit dem heutigen Tage in Kraft\nund ist allen Behörden bekannt zu machen.\nBerlin, den 4. März 1871.\nDer Minister des Innern.\n"
    paragraphs = [p for a in clean_text(decree).articles for p in a.paragraphs]
    assert not any(p.startswith("Berlin, den 4. März 1871. Der Minister") for p in paragraphs)
