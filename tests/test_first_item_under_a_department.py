"""A country weekly's column opens on an item of one short sentence, indented as the items under
it are and flush over them: the column's first paragraph, not a deck of its head. Page written
for this test (no gold page's text)."""

from paperarchive.pipeline import clean_text

WEEKLY_PAGE = """THE PRAIRIE BUGLE.
VOL. IV. MILLTOWN, NEBRASKA, FRIDAY, MARCH 5, 1897. NO. 10.

TOWN TALK.

   Court convenes Monday.
   The creamery paid out more than four
hundred dollars to patrons on Saturday
and will pay again on the first.
   Mrs. Ella Dorsey visited her sister at
Crete over Sunday and returned on the
Monday train.
   The new hitching rack in front of the
post office is a great convenience to
farmers coming in to trade.
   Wheat is looking well since the snow
went off, and the farmers say the stand
is the best in several years.
   The literary society will debate the
silver question at the school house on
Friday evening. All are invited.
   John Harlan shipped two car loads of
fat cattle to Omaha on Tuesday and went
along to see them sold.

COUNTY NEWS.

   The county commissioners met on Monday
and let the contract for the new bridge
over Plum creek to a firm from Lincoln.
"""


def test_a_one_sentence_item_indented_as_the_items_is_the_first_paragraph_not_a_deck():
    column = clean_text(WEEKLY_PAGE).articles[0]
    assert column.title == "TOWN TALK."
    assert column.subtitle is None
    assert column.paragraphs[0] == "Court convenes Monday."
