"""The read of a short rule printed under or beside a head, as engines read 19th-century
reports (text written for the class)."""

from paperarchive.pipeline import clean_text

RULED_HEAD = """\
HARBOR BRIDGE OPENED.
r= = |
Crowds Cross the River on Foot.

The new bridge over the harbor was opened yesterday afternoon by the mayor,
and before night some thousands of people had walked across it.
The ferry will stop running at the end of the month.
"""


def test_the_read_of_a_rule_under_a_head_goes():
    page = clean_text(RULED_HEAD)
    article = page.articles[0]
    assert (article.title, article.subtitle) == ("HARBOR BRIDGE OPENED.", "Crowds Cross the River on Foot.")
    assert any(fix.rule == "drop_speck_lines" and fix.removed == "r= = |" for fix in page.fixes)


def test_the_read_of_a_rule_beside_a_head_goes():
    page = clean_text(RULED_HEAD.replace("OPENED.\nr= = |", "OPENED. r= = |"))
    assert page.articles[0].title == "HARBOR BRIDGE OPENED."


def test_a_tables_bars_and_a_sum_are_no_rule():
    page = clean_text("RESULTS\n\n| Club | Won |\n| Harbor | 5 |\n\nTOTAL = 5\n\nThe season ended on Saturday with the cup going to the Harbor club.\n")
    assert not any(fix.rule == "drop_speck_lines" for fix in page.fixes)
