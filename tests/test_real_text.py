"""Plain-text rules for real library pages (rules/borders.py, rules/subheads.py), on text written
for them: columns whose line ends carry a border's letters, subheads run into a paragraph."""

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


LEAD = """\
The council met last night in the town hall and voted to build
the new bridge over the river before the winter comes, after
a debate on its cost that lasted until nearly midnight, when
the members agreed that the town could wait no longer for it.
The ferry, which has carried carts and wagons over the river
for forty years, will stop running when the bridge is opened.
"""
TAIL = """\
The mayor told the council that the work would begin on Monday
and that the contractors had promised to finish it by the first
of May, if the weather holds and the river stays low enough for
the men to set the piers, which must stand on the rock below.
"""


def test_a_subhead_run_into_the_end_of_a_paragraph_is_the_storys_heading():
    page = clean_text("COUNCIL VOTES THE BRIDGE\n\n" + LEAD + "Mayor Explains the Plan.\n" + TAIL)
    article = page.articles[0]
    assert article.headings == ["Mayor Explains the Plan."]
    assert article.paragraphs[-1].startswith("The mayor told the council")
    assert not any("Plan." in paragraph for paragraph in article.paragraphs)


def test_a_paragraphs_last_line_in_title_case_after_a_line_that_runs_on_stays_text():
    lead = LEAD.replace("for forty years, will stop running when the bridge is opened.", "for the Harbor Ferry\nCompany of New York.")
    page = clean_text("COUNCIL VOTES THE BRIDGE\n\n" + lead + TAIL)
    assert not page.articles[0].headings
    article = page.articles[0]
    assert "over the river for the Harbor Ferry Company of New York." in " ".join([article.subtitle or "", *article.paragraphs])
