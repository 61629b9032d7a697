"""A weekly's masthead row as Tesseract's hOCR of its scan gives it: the price in type as big as
a head ("PRICE FIVE CENTS."), the date line, and the yearly subscription with the issue's number
run into it ("YEAR $1.00 NO.34", its "PER" boxed apart). Standing lines of the masthead, furniture
however big their type, not headlines over the first story (text written for the rule)."""

from test_head_stack_over_a_portrait import hocr, line

from paperarchive.api import clean_file

BODY = [
    "The lodge met on Tuesday evening in its new",
    "hall on Market street and elected officers",
    "for the coming year. The retiring master gave",
    "an account of the year's work and the lodge",
    "voted him a gold medal for his long service.",
    "After the election the members sat down to a",
    "supper served by the ladies of the order, and",
    "the evening closed with music and speeches.",
]


def page() -> str:
    masthead = [line("The", 232, 287, 140, 60, 60), line("Lodge", 400, 287, 140, 60, 60), line("Eagle.", 800, 287, 140, 60, 60)]
    row = [
        [line("VOL. XII.", 82, 515, 16, 11)],
        [line("PRICE FIVE CENTS.", 347, 502, 42, 15)],
        [line("ST. LOUIS, SUNDAY, DEC. 17, 1905.", 761, 504, 42, 13)],
        [line("PER", 1446, 519, 16, 16)],
        [line("YEAR $1.00 NO.34", 1505, 507, 29, 16)],
    ]
    head = [line("LODGE ELECTS OFFICERS.", 75, 571, 45, 21, 28)]
    body = [line(text, 46, 660 + 17 * k, 14, 6.5, 5) for k, text in enumerate(BODY)]
    return hocr([[masthead[0] + masthead[1] + masthead[2]], *row, head, body])


def test_the_price_and_the_subscription_in_the_masthead_row_are_furniture(tmp_path):
    (tmp_path / "page.hocr").write_text(page(), encoding="utf-8")
    clean = clean_file(tmp_path / "page.hocr").page
    assert "PRICE FIVE CENTS." in clean.furniture
    assert any("YEAR $1.00 NO.34" in line for line in clean.furniture)  # ("PER" joined to it or not)
    assert [article.title for article in clean.articles] == ["LODGE ELECTS OFFICERS."]
