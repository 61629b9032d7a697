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
