"""An American front page's folio line and price, in the plain text a library's OCR gives with
no blank lines: furniture, whatever the OCR ran into them; and a masthead that the page's foot
names again as one of its fields (text written for the class)."""

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

PAGE = "\n".join(
    [
        "VOL. LXXI....No. 21,904.",
        "BRIDGE TOLLS TO END",
        "Commissioners Vote to Free the",
        "River Crossing in June.",
        "The commissioners of the county voted yesterday",
        "to end the tolls on the river bridge when the last",
        "of the bonds is paid in June, and the ferry will",
        "stop running at the end of the summer.",
        "ALBANY, SATURDAY, MARCH 2, 1907.-SIXTEEN PAGES.-~.,",
        "The vote was four to one, the member for the",
        "northern townships voting against the motion.",
        "PRICE TWO CENTS.",
        "FIRE IN THE MILL DISTRICT",
        "A fire broke out in the dye house of the Eagle",
        "mills last night and burned until morning.",
    ]
)


def test_the_folio_line_and_the_price_are_furniture_not_text():
    page = clean_text(PAGE)
    body = " ".join(p for article in page.articles for p in article.paragraphs)
    assert "SIXTEEN PAGES" not in body and "PRICE TWO CENTS" not in body
    assert any("SIXTEEN PAGES" in line for line in page.furniture)
    assert "PRICE TWO CENTS." in page.furniture
    assert "the member for the northern townships voting against the motion." in body


def test_what_the_page_prints_above_its_folio_line_is_the_masthead():
    page = clean_text(
        "\n".join(
            [
                "tl ADVERTISING in the Courier pays yo u",
                "every day of the ycar i1 l JJ .r",
                "ESTABLISHED 1871. ALBANY, SATURDAY MORNING, MARCH 2, 1907. 16 PAGES TWO CENTS.",
                *PAGE.split("\n")[1:],
            ]
        )
    )
    assert page.furniture[:2] == ("tl ADVERTISING in the Courier pays yo u", "every day of the ycar i1 l JJ .r")
    assert page.articles[0].title == "BRIDGE TOLLS TO END"



def hocr(lines: list[tuple[str, int, int, int]]) -> str:
    """An engine's page: each (text, left, top, height) a region of one line, a letter 0.55 of
    the height wide."""
    areas = []
    for text, left, top, height in lines:
        words, x = [], left
        for word in text.split():
            right = x + int(0.55 * height * len(word))
            words.append(f"<span class='ocrx_word' title='bbox {x} {top} {right} {top + height}'>{word}</span>")
            x = right + int(0.3 * height)
        box = f"bbox {left} {top} {x} {top + height}"
        areas.append(f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'><span class='ocr_line' title='{box}'>{' '.join(words)}</span></p></div>")
    return f"<html><body><div class='ocr_page' title='bbox 0 0 1000 1400'>{''.join(areas)}</div></body></html>"


def test_a_two_word_name_its_folio_line_prints_as_a_field_is_the_masthead(tmp_path):
    # the engine ran the masthead's words together; the foot prints the name between its fields
    body = ["El Ayuntamiento terminará las obras del paseo", "marítimo antes del verano y la playa volverá a",
            "abrir al público el primer fin de semana de", "mayo, según anunció ayer el concejal de obras."]
    lines = [("ELFARO", 60, 40, 70), ("LA PLAYA NORTE REABRE EN MAYO", 60, 160, 40)]
    lines += [(text, 60, 230 + 26 * k, 18) for k, text in enumerate(body)] + [("7 · El Faro · Villamar", 60, 1340, 16)]
    (tmp_path / "page.hocr").write_text(hocr(lines), encoding="utf-8")
    page = clean_file(tmp_path / "page.hocr").page
    assert "ELFARO" in page.furniture
    assert [article.title for article in page.articles] == ["LA PLAYA NORTE REABRE EN MAYO"]
