"""A masthead closed by its date row (formats/reading.py `_date_row`, `_masthead_over_date_row`):
three pieces on one line under the paper's name and its ears (number | date | volume), the middle
one centred over the columns and standing over no one column. Drawn after real32's Jizeran (PERO
ALTO) and real25's Trinity Chronicle (hOCR), where the row was cut into the columns under it."""

from test_engine_geometry import FAIR, RIVER, column, hocr

from paperarchive.formats import read_blocks
from paperarchive.models import Kind

EARS_LEFT = ["Published twice a week,", "on Wednesday and Saturday.", "Terms: a year 16 K, half 8 K.", "Single copies at the shop."]
EARS_RIGHT = ["Office on the square, no. 62,", "beside the church.", "Letters go to the office", "and are not returned."]


def page(row: tuple) -> str:
    return hocr(
        column(EARS_LEFT, 90, 40, width=420, indent=False),
        (("THE RIVERTOWN NEWS", 620, 60, 1180, 180),),
        column(EARS_RIGHT, 1290, 40, width=420, indent=False),
        *row,
        column(RIVER * 3, 90, 320), column(FAIR * 3, 645, 320), column(RIVER * 3, 1200, 320, indent=False),
    )


DATE_ROW = ((("No. 82.", 120, 240, 260, 267),), (("Rivertown, Saturday 24 October 1908.", 500, 240, 1300, 267),), (("Year XXIX.", 1450, 240, 1640, 267),))


def test_a_date_row_closes_the_masthead_and_is_read_before_the_columns():
    blocks = read_blocks("page.hocr", page(DATE_ROW))
    texts = [b.text for b in blocks]
    row = [texts.index("No. 82."), texts.index("Rivertown, Saturday 24 October 1908."), texts.index("Year XXIX.")]
    assert row == sorted(row) and row[-1] < next(i for i, t in enumerate(texts) if t.startswith("The river rose"))
    head = [b for b in blocks if b.start <= blocks[row[-1]].start]
    assert all(b.kind is Kind.FURNITURE for b in head)
    assert all(b.kind is not Kind.FURNITURE for b in blocks if b.text.startswith(("The river", "The autumn")))


def test_three_heads_each_over_its_own_column_are_no_date_row():
    heads = ((("River Road Closed", 100, 240, 520, 277),), (("Fair Opens Saturday", 660, 240, 1100, 277),), (("More Rain Coming", 1210, 240, 1640, 277),))
    blocks = read_blocks("page.hocr", page(heads))
    texts = [b.text for b in blocks]
    assert texts.index("Fair Opens Saturday") > next(i for i, t in enumerate(texts) if t.startswith("The river rose"))
    assert all(b.kind is not Kind.FURNITURE for b in blocks if b.text.endswith(("Closed", "Saturday", "Coming")))
