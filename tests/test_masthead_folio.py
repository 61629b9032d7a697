"""An American front page's folio line and price, in the plain text a library's OCR gives with
no blank lines: furniture, whatever the OCR ran into them (text written for the class)."""

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
