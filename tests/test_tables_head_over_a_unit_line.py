"""A Latin price table's head glued under a story's last words carried past the running head,
over the table's unit line ("Prices in USD") and its rows, opens the table's own piece
(classify._unit_line_over_two_rows), as a head straight over the rows does. A page written
for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

_PAGE = """VALLEY WEEKLY · Tuesday, 3 May 2044 · Page 6
Farming · Editor: Ann Morrow

Harvest
Cabbage growers cheer a good
season in the valley
By Tom Ellery

Growers in the valley sold more cabbage
this week than in any week of the year,
and the co-operative paid them on time.

"The rain came when we needed it, and
the market paid a fair price for the

Valley Weekly · Farming

crop."
Market prices
Prices in USD
Produce       Unit  Price  +/-
Cabbage       kilo  40     +5
Carrots       kilo  55     -5
Potatoes      kilo  30     0
Source: Valley Public Market
"""


def test_a_tables_head_over_its_unit_line_glued_under_a_carried_tail_opens_the_table():
    story, table = clean_text(_PAGE).articles
    assert story.paragraphs[-1].endswith('fair price for the crop."')
    assert table.title == "Market prices"
    assert table.paragraphs[-1] == "Source: Valley Public Market"


def test_a_unit_line_read_as_text_still_parts_the_tables_head_from_the_story():
    """A unit line with a comma in it ("Dollars a kilo, paid at the market") reads as a line of
    text, not a short line: flush between the glued head and the rows it is still the table's
    unit line, and the head opens the table (before, head, unit line and rows the story's)."""
    story, table = clean_text(_PAGE.replace("Prices in USD", "Dollars a kilo, paid at the market")).articles
    assert story.paragraphs[-1].endswith('fair price for the crop."')
    assert table.title == "Market prices"
    assert table.paragraphs[0] == "Dollars a kilo, paid at the market"
