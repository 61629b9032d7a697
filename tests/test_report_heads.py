"""Heads of long 19th-century reports as engines read them (text written for the class): a
head's last line read with its deck, and the read of a short rule printed under a head."""

from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks, clean_text

OPENING = ("The regiment marched from the river at dawn and reached the hills", "before the heat of the day had set in.")
MIDDLE = ("The colonel rode along the line and told the men that the enemy", "held the ridge in force and would not give it up without a fight.")


def _page(*blocks: tuple[tuple[str, ...], int]) -> tuple[Block, ...]:
    """Blocks as a layout format gives them: each with the blank lines measured over it."""
    out, number = [], 1
    for lines, gap in blocks:
        number += gap
        out.append(Block(lines, number, gap))
        number += len(lines)
    return tuple(out)

def test_a_heads_last_line_read_with_its_deck_goes_on_the_head():
    page = clean_blocks(
        _page((("THE NEW COUNTY",), 0), (("COURT HOUSE, A Fine Building of Stone Raised on the Old Square.",), 1), (OPENING, 2), (MIDDLE, 1))
    )
    article = page.articles[0]
    assert (article.title, article.subtitle) == ("THE NEW COUNTY COURT HOUSE,", "A Fine Building of Stone Raised on the Old Square.")


def test_a_deck_opening_with_a_name_in_capitals_stays_the_deck():
    page = clean_blocks(_page((("MILL BURNS",), 0), (("NASA Engineers Say the Fire Began in the Boiler Room",), 1), (OPENING, 2)))
    article = page.articles[0]
    assert (article.title, article.subtitle) == ("MILL BURNS", "NASA Engineers Say the Fire Began in the Boiler Room")


def test_a_head_ending_in_a_misread_mark_keeps_its_deck_in_capitals_apart():
    deck = "TERMS ACCEPTED, But the Towing Companies Will Lay Off Their Men."
    page = clean_blocks(_page((("NO HARBOR TIEUP'",), 0), ((deck,), 1), (OPENING, 2)))
    article = page.articles[0]
    assert (article.title, article.subtitle) == ("NO HARBOR TIEUP'", deck)

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
