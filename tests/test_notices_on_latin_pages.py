"""Notices and service pages in Latin script, as OCR'd text: written in the thirty-eighth stop
with holdout93 (notices under stories) in view, each page written here in the shapes that set
showed: a memorial notice under a story, its label over the name it remembers over the
years of the life; a quotation a colon leads into, a photo's caption set in between them; a
typed page's one photo set into its story's text at a sentence's end."""

from paperarchive.pipeline import clean_text

MEMORIAL = """THE HARBOUR STAR  Friday, 3 December 2027  Page 11  Notices
New slipway opens at Cove Road
By Ellen Marsh
The harbour trust opened its new slipway
at Cove Road on Wednesday, two years after
storms wrecked the old one.

In Loving Memory
Harold James Whitcombe
1931 – 2026

A year has passed since Dad left us. The
family will gather at St Peter's on Sunday
at eleven, and all are welcome.
"""


def test_a_memorials_label_over_the_name_over_the_life_years_is_its_kicker():
    notice = clean_text(MEMORIAL).articles[-1]
    assert (notice.kicker, notice.title, notice.subtitle) == ("In Loving Memory", "Harold James Whitcombe", "1931 – 2026")
    assert notice.paragraphs[0].startswith("A year has passed")


def test_a_two_line_head_over_life_years_stays_one_title():
    page = clean_text(MEMORIAL.replace("In Loving Memory\nHarold James Whitcombe", "Farewell to the teacher who\ntaught the whole valley"))
    assert page.articles[-1].title.startswith("Farewell to the teacher who taught the whole valley")


QUOTED = """THE HARBOUR STAR  Friday, 3 December 2027  Page 11  Notices

Ferry timetable changes next week

The council's ferry will leave Cove Road
half an hour earlier from Monday. Its
skipper, Tom Ainsley, said:

The ferry at Cove Road on Tuesday.
Photo: Ellen Marsh

“The tide tables have moved, and so must
we. Nobody will be left on the quay.”

Tickets stay at two pounds a crossing.
"""


def test_a_quotation_a_colon_leads_into_goes_on_past_a_photos_caption():
    story = clean_text(QUOTED).articles[0]
    assert story.paragraphs[0] == "The council's ferry will leave Cove Road half an hour earlier from Monday. Its skipper, Tom Ainsley, said: “The tide tables have moved, and so must we. Nobody will be left on the quay.”"
    assert story.captions[0].text == "The ferry at Cove Road on Tuesday."


def test_a_quotation_set_apart_by_a_blank_line_alone_is_its_own_paragraph():
    story = clean_text(QUOTED.replace("The ferry at Cove Road on Tuesday.\nPhoto: Ellen Marsh\n\n", "")).articles[0]
    assert story.paragraphs[-2] == "“The tide tables have moved, and so must we. Nobody will be left on the quay.”"


ONE_PHOTO = """THE HARBOUR STAR  Friday, 3 December 2027  Page 11  Notices

Mailboat back on the Bay run
By Ellen Marsh

The mailboat Kestrel left the quay at
Cove Road on Monday morning for the
first time since June, after four months
in the dry dock.

The Kestrel at the quay on Monday.
Photo: Ellen Marsh

She will sail to the islands each week
again, and the post and the groceries
will come by sea instead of by plane.
"""


def test_a_typed_pages_one_photo_leaves_its_paragraph_going_on():
    story = clean_text(ONE_PHOTO).articles[0]
    assert story.paragraphs == ["The mailboat Kestrel left the quay at Cove Road on Monday morning for the first time since June, after four months in the dry dock. She will sail to the islands each week again, and the post and the groceries will come by sea instead of by plane."]


# (a second photo further down, between two paragraphs)
TWO_PHOTOS = ONE_PHOTO + """
The skipper, Tom Ainsley, at the wheel.
Photo: Ellen Marsh

Tickets for passengers stay at two
pounds a crossing, the harbour trust
said, and children under five travel
free.
"""


def test_a_page_of_two_photos_sets_them_between_its_paragraphs():
    assert len(clean_text(TWO_PHOTOS).articles[0].paragraphs) == 3


def test_a_place_and_date_under_a_notices_issuer_is_its_last_paragraph_and_the_issuer_signs_it():
    page = (
        "Quay notice\n"
        "The east quay will close for repairs to\n"
        "its steps, and boats will use the west quay.\n\n"
        "From: 13.07.2042\n"
        "To: 20.07.2042\n\n"
        "Pilots must report at the harbour office.\n\n"
        "Harbour Board of Eastby\n\n"
        "Eastby, 10.07.2042\n"
        "Harbour news\n"
        "Breakwater lights – The new lights on the\n"
        "breakwater are lit from dusk to dawn.\n\n"
        "Late bus – The last bus to the quay now\n"
        "leaves the square at eleven at night.\n\n"
        "Fish market – The market opens an hour\n"
        "earlier on Saturdays from next week.\n"
    )
    articles = clean_text(page).articles
    notice = articles[0]
    assert notice.byline == "Harbour Board of Eastby"
    assert notice.paragraphs[-1] == "Eastby, 10.07.2042"
    assert "Eastby, 10.07.2042" not in (articles[1].section, articles[1].kicker)


_RECALL_BOX = (
    "EASTBY WEEKLY · Friday, 21 April 2045 · Page 6 · Motoring\n\n"
    "New jeeps for the island run\n"
    "Two new jeeps now run from the quay to the\n"
    "market, each with room for twelve.\n\n"
    "====================================\n"
    "Jeep recall\n"
    "Models: Jeeps made at Eastby Motor\n"
    "Works in January 2045.\n"
    "Fault: The steering bolt may work\n"
    "loose.\n"
    "Remedy: Bring the jeep to the works\n"
    "yard, free of charge.\n"
    "                Eastby Motor Works\n"
    "                     18 April 2045\n"
    "====================================\n\n"
    "Eastby Weekly · news@eastby.example.org\n"
)


def test_a_notices_first_labelled_item_in_title_case_is_its_paragraph_not_its_subtitle():
    """The item's names make it Title Case, but the item under it opens on its label too
    (`segment._LABELLED_ITEM`): the box's first paragraph, not the deck of its head."""
    recall = clean_text(_RECALL_BOX).articles[-1]
    assert recall.title == "Jeep recall"
    assert recall.subtitle is None
    assert recall.paragraphs[0] == "Models: Jeeps made at Eastby Motor Works in January 2045."


def test_a_bare_date_set_in_under_a_notices_issuer_is_its_last_paragraph():
    """The issuer and the date flush right at the box's foot (`classify._latin_dates_set_in_under_an_issuer`):
    the date is the notice's, not the page's date line."""
    recall = clean_text(_RECALL_BOX).articles[-1]
    assert recall.byline == "Eastby Motor Works"
    assert recall.paragraphs[-1] == "18 April 2045"


# A births column over the notice desk's standing line, its hours and its number, at the foot.
DESK_FOOT = """THE VALE COURIER · Friday, 9 March 2046 · Page 12

Births
Lena Hart
Born March 1 to Anna and Tom Hart of Eastby. Mother and daughter are well.

Notices desk: Mon–Fri 8 a.m.–5 p.m. · (555) 555-0142
"""


def test_the_notice_desks_hours_and_number_at_the_foot_are_furniture():
    page = clean_text(DESK_FOOT)
    assert all("Notices desk" not in p for a in page.articles for p in a.paragraphs)
    assert any("Notices desk" in f for f in page.furniture)
    same = clean_text(DESK_FOOT.replace("Notices desk: Mon–Fri 8 a.m.–5 p.m. · (555) 555-0142", "Call the nurse: Mon–Fri 8 a.m.–5 p.m. · (555) 555-0142"))
    assert any("Call the nurse" in p for a in same.articles for p in a.paragraphs)  # no notices named: the item's own words
