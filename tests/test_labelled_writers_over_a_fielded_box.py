"""A writer's line of a label and a bare name under the head ("Kowrin: Ana Rivers") stays the byline
though the page's witness box opens a field on the same word further down ("Kowrin: Friday…"): a
label and a name is no question's first line cut from its turn
(classify._turn_openings_cut_from_their_text). A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "HARBOUR NEWS · Tuesday, 6 April 2027 · Page 5\n\n"
    "Court\n"
    "Man fined for selling phone\n"
    "credit he did not own\n"
    "Kowrin: Ana Rivers\n"
    "    EASTBY – A man who sold phone credit\n"
    "he did not own, 8000 and 4500 dollars,\n"
    "was fined 400 dollars on Monday.\n"
    "    He told the court he was sorry.\n\n"
    "Witness wanted\n"
    "Kowrin: Friday, 2 April 2027, 9.00 p.m.,\n"
    "a cyclist was hit at the ferry ramp.\n"
    "Call: Eastby Police, 555 0199.\n"
)


def test_a_labelled_writer_over_the_text_is_the_byline():
    story = clean_text(_PAGE).articles[0]
    assert story.byline == "Kowrin: Ana Rivers" or story.byline == "Ana Rivers"
    assert story.paragraphs[0].startswith("EASTBY – A man")
