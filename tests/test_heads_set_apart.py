"""A sentence-case head set apart by blank lines on a page that sets its paragraphs apart so:
not a paragraph's fragment a column break cut. A page written for the class (not copied from any
gold page)."""

from test_listing_items import ENGLISH_STORY, apart

from paperarchive.pipeline import clean_text


def test_a_sentence_case_head_set_apart_over_a_wrapped_paragraph_is_not_read_into_it():
    notice = (
        "The music school in the square opens its register for the spring term until the twentieth of "
        "December. Lessons are on Tuesday and Thursday evenings in the old school hall."
    )
    page = ENGLISH_STORY + "\nRegister open for the spring music term\n\n" + apart(notice)
    paragraphs = [p for article in clean_text(page).articles for p in article.paragraphs]
    assert " ".join(notice.split()) in paragraphs
    assert not any("Register open" in p for p in paragraphs)
