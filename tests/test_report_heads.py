"""Heads of long 19th-century reports as engines read them (text written for the class): small
capitals subheads between a story's paragraphs, a head's last line read with its deck, and the
read of a short rule printed under a head."""

from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks, clean_text

OPENING = ("The regiment marched from the river at dawn and reached the hills", "before the heat of the day had set in.")
MIDDLE = ("The colonel rode along the line and told the men that the enemy", "held the ridge in force and would not give it up without a fight.")
AFTER = ("At noon the order came to advance, and the whole line went forward", "through the wheat with a cheer that was heard across the valley.")


def _page(*blocks: tuple[tuple[str, ...], int]) -> tuple[Block, ...]:
    """Blocks as a layout format gives them: each with the blank lines measured over it."""
    out, number = [], 1
    for lines, gap in blocks:
        number += gap
        out.append(Block(lines, number, gap))
        number += len(lines)
    return tuple(out)


def test_a_capitals_line_between_paragraphs_is_a_subhead_of_the_story():
    page = clean_blocks(_page((("THE MARCH TO THE RIDGE.",), 0), (OPENING, 2), (MIDDLE, 1), (("UNDER FIRE AT LAST.",), 1), (AFTER, 1)))
    assert [a.title for a in page.articles] == ["THE MARCH TO THE RIDGE."]
    assert page.articles[0].headings == ["UNDER FIRE AT LAST."]
    assert len(page.articles[0].paragraphs) == 3


def test_a_continued_story_keeps_its_subheads_too():
    page = clean_blocks(_page((OPENING, 0), (MIDDLE, 1), (("UNDER FIRE AT LAST.",), 1), (AFTER, 1)))
    assert [(a.title, a.headings) for a in page.articles] == [(None, ["UNDER FIRE AT LAST."])]


def test_a_capitals_head_with_a_story_gap_or_over_a_dateline_opens_a_story():
    spaced = clean_blocks(_page((OPENING, 0), (MIDDLE, 1), (("FIRE AT THE MILL.",), 2), (AFTER, 1)))
    assert [a.title for a in spaced.articles] == [None, "FIRE AT THE MILL."]
    dated = ("CHICAGO, Dec. 7.—Fire broke out shortly after midnight in the mill on the", "river front and burned until morning.")
    dateline = clean_blocks(_page((OPENING, 0), (MIDDLE, 1), (("FIRE AT THE MILL.",), 1), (dated, 1)))
    assert [a.title for a in dateline.articles] == [None, "FIRE AT THE MILL."]


def test_on_a_page_with_no_blank_lines_a_capitals_line_opens_a_story():
    page = clean_blocks(_page((OPENING, 0), (MIDDLE, 0), (("FIRE AT THE MILL.",), 0), (AFTER, 0)))
    assert [a.title for a in page.articles] == [None, "FIRE AT THE MILL."]


def test_a_capitals_line_under_a_sentence_cut_short_is_no_subhead():
    cut = ("The colonel rode along the line and told the men that the enemy", "held the ridge in force and would")
    page = clean_blocks(_page((OPENING, 0), (cut, 1), (("FIRE AT THE MILL.",), 1), (AFTER, 1)))
    assert page.articles[0].headings == []


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
