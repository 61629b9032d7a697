"""drop_border_specks (rules/borders.py) on text written for it: a column of a plain-text
page whose line ends carry the letters a border beside it left, and columns without one."""

from paperarchive.pipeline import clean_text

BORDERED = """\
FERRY TO STOP IN MAY

The ferry company said yesterday that H
the boat would make its last trip on M
the first of May, when the new bridge B
is to be opened to carts and wagons. IB
The company has run the ferry for jM
forty years without a single accident, B
and its captain will retire this year. Wt
"""


def test_the_letters_a_border_left_at_the_line_ends_go():
    page = clean_text(BORDERED)
    assert page.articles[0].paragraphs == [
        "The ferry company said yesterday that the boat would make its last trip on the first of May,"
        " when the new bridge is to be opened to carts and wagons. The company has run the ferry for"
        " forty years without a single accident, and its captain will retire this year."
    ]
    assert sum(fix.rule == "drop_border_specks" for fix in page.fixes) == 7


def test_a_capital_or_a_number_at_a_few_line_ends_is_text():
    text = """\
FERRY TO STOP IN MAY

The ferry will stop on the first of May, as the company told the U S
Senate committee in a letter signed by its president, Mr. John A
Smith, who wrote that the boat had carried 1200 passengers in 1910
and that the new bridge would carry them all after May 1, said Mr. Hale of
the committee.
"""
    page = clean_text(text)
    assert not any(fix.rule == "drop_border_specks" for fix in page.fixes)
    text = " ".join(part or "" for article in page.articles for part in (article.title, article.subtitle, *article.paragraphs))
    assert "the U S" in text and "Mr. John A" in text and "in 1910" in text
