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


def test_a_question_straight_under_a_rubric_in_capitals_is_the_pieces_headline():
    page = (
        ENGLISH_STORY
        + "\nSPRACHECKE\nBrauchen wir das Komma noch?\n\n"
        + apart(
            'Eine Leserin fragt, ob man das Komma vor "und" setzen muss. Meist nicht: Es steht nur, wenn zwei '
            "Hauptsätze mit eigenem Subjekt verbunden werden.",
            "Wer unsicher ist, liest den Satz laut. Wo man eine Pause macht, steht oft ein Komma.",
        )
        + "\nKlara Brandt\n"
    )
    article = clean_text(page).articles[-1]
    assert (article.title, article.kicker or article.section) == ("Brauchen wir das Komma noch?", "SPRACHECKE")
    assert article.paragraphs[0].startswith("Eine Leserin fragt")


def test_an_interviews_first_question_under_its_byline_in_capitals_stays_its_text():
    page = (
        ENGLISH_STORY
        + "\nThe ferryman who never missed a crossing\n"
        + "Tom Hale has taken the ferry over the river for forty years. He retires at Christmas.\nANNA REED\n\n"
        + "What will you miss most?\n\n"
        + apart("The early mornings, when the mist is still on the water and the first passengers are half asleep.")
        + "\nWho takes over from you?\n\n"
        + apart("My nephew Sam. He has been my mate on the boat for six years and knows every current.")
    )
    article = clean_text(page).articles[-1]
    assert article.title == "The ferryman who never missed a crossing"
    assert "What will you miss most?" in article.paragraphs
