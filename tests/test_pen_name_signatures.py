"""An old weekly's country correspondence and soldiers' letters, each signed with a pen name in
capitals flush under its text ("JOSIAH.", "VIGILANT."): the name is the letter's byline, not the
next story's headline. A page written for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "COUNTRY CORRESPONDENCE.\n"
    "\n"
    "CEDAR BOTTOM.\n"
    "\n"
    "Dec. 2.--Wheat sowing is all done in this vicinity.\n"
    "Abe Lincoln Smith has moved onto the old Barker place.\n"
    "The singing school meets at the Cedar Bottom school house every\n"
    "Tuesday evening and is well attended by the young folks.\n"
    "OLD SUBSCRIBER.\n"
    "\n"
    "WILLOW SPRINGS.\n"
    "\n"
    "Dec. 1.--Mrs. Ann Tuttle is visiting her sister in Emporia.\n"
    "The new church is enclosed and the plastering will begin next week.\n"
    "Jim Harper lost a fine cow last week by eating too much green corn\n"
    "in the field south of the creek.\n"
    "PLOWBOY.\n"
    "\n"
    "COURT HOUSE NEWS.\n"
    "\n"
    "The district court will convene on Monday next, Judge Martin presiding.\n"
    "There are twenty-one cases on the docket, most of them civil suits\n"
    "about land titles and unpaid notes.\n"
)


def test_a_pen_name_flush_under_a_letter_signs_it_and_the_next_head_opens_the_next_letter():
    articles = clean_text(_PAGE).articles
    signed = {a.paragraphs[0][:6]: a.byline for a in articles if a.paragraphs[0].startswith("Dec.")}
    assert signed == {"Dec. 2": "OLD SUBSCRIBER.", "Dec. 1": "PLOWBOY."}
    assert "WILLOW SPRINGS." in [a.title for a in articles]
    assert "COURT HOUSE NEWS." in [a.title for a in articles]
    assert "PLOWBOY." not in [a.title for a in articles]


def test_a_head_in_capitals_set_apart_from_the_text_above_is_no_signature():
    page = _PAGE.replace("in the field south of the creek.\nPLOWBOY.\n", "in the field south of the creek.\n\nPLOWBOY.\n")
    assert "PLOWBOY." in [a.title for a in clean_text(page).articles]
