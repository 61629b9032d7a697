"""A column's running head or foot read between two lines of one sentence (old weeklies typed
from microfilm): the masthead's words again, in capitals, are furniture, the sentence whole."""

from paperarchive.pipeline import clean_text

PAGE = """THE ORCHARD VALLEY RECORD.
VOL. III. MILLFORD, OREGON, THURSDAY, MAY 4, 1899. NO. 18.

THE NEW FLOURING MILL.

   The new flouring mill on the east
bank of the river was started up on
Monday morning and ground its first
wheat before noon. It was built by the
THE RECORD, MILLFORD, ORE.
brothers Hale at a cost of some four
thousand dollars, and will give steady
work to six men the year round.
   Farmers from as far away as Dayton
brought in grain on the first day.
"""


def test_a_running_foot_naming_the_masthead_inside_a_sentence_is_furniture():
    page = clean_text(PAGE)
    (article,) = page.articles
    assert article.paragraphs[0].endswith("It was built by the brothers Hale at a cost of some four thousand dollars, and will give steady work to six men the year round.")
    assert "THE RECORD, MILLFORD, ORE." in page.furniture


def test_a_head_in_capitals_that_names_no_place_of_the_masthead_stays_text():
    page = clean_text(PAGE.replace("THE RECORD, MILLFORD, ORE.", "ORCHARD VALLEY MEN"))
    assert "ORCHARD VALLEY MEN" not in page.furniture
