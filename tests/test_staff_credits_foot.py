"""A page's foot naming its staff in Latin letters ("Local News Editor: Ruth Cameron   Design:
Owen Pike"), read by Tesseract into plain text with one space between the fields, is furniture,
as a Chinese page's 责任编辑：王伟　美编：李岚 is; not the last paragraph of the story above it
(factory en_3col_larkfield, Tesseract eng txt)."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text

PAGE = """The Marsh Valley Gazette

Ferry Service Returns to the Estuary

By Alan Brooks

The ferry across the estuary will run again from Monday, the harbour
board said, after a winter in which the old boat was rebuilt.

Tickets cost the same as last year, and children travel free.

Sports Editor: Janet Holloway Layout: Peter Quinn
"""


def test_a_staff_credit_line_at_the_foot_is_furniture():
    page = clean_text(PAGE)
    assert "Sports Editor: Janet Holloway Layout: Peter Quinn" in page.furniture
    assert not any("Holloway" in p for article in page.articles for p in article.paragraphs)


def test_a_sentence_naming_an_editor_is_not():
    assert not is_furniture("Our Editor: Janet Holloway told the board it would reopen.")
    assert not is_furniture("Editor: Janet Holloway")  # one post alone says nothing of a page's foot
