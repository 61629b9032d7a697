"""Story boundaries and headlines on plain-text pages (issue 12), on pages written for each
rule: a made-up county weekly's briefs column and letters page, ragged at about 36 columns."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text

BRIEFS = """THE MILLBROOK COURIER • Friday, May 15, 2026 • COUNTY • A4

COUNTY NOTES

Ferry schedule changes
The Millbrook ferry will leave the west
landing every forty minutes instead of
every half hour from June 1, the county
transport office said on Monday.

Well water tests offered
Owners of private wells can have their
water tested free of charge at the
health office on Oak Street through the
end of the month, officials said.

Scout troop wins award
Troop 212 of the Millbrook Scouts won
the state conservation prize for the
trail it built along the river, the
troop leader, Ada Kerr, said.
"""


def test_a_short_line_set_flush_on_its_paragraph_heads_a_brief_of_its_own():
    page = clean_text(BRIEFS)
    assert [a.title for a in page.articles] == ["Ferry schedule changes", "Well water tests offered", "Scout troop wins award"]
    assert page.articles[1].paragraphs == [
        "Owners of private wells can have their water tested free of charge at the health office on Oak Street "
        "through the end of the month, officials said."
    ]
    assert all(not a.headings for a in page.articles)


def test_a_short_line_after_text_broken_off_mid_sentence_is_no_lead_in_head():
    # What precedes weighs: above the short line the paragraph stops mid-sentence (a column
    # break), so the line goes on with that text and heads nothing.
    page = clean_text(
        "Ferry schedule changes\n"
        "The Millbrook ferry will leave the west\nlanding every forty minutes instead of\n"
        "every half hour from June 1, said the\n\n"
        "County Transport Office\n"
        "Director Paul Amsel, who added that the\nfares would stay the same all summer.\n\n"
        "Owners of private wells can have their\nwater tested free of charge at the\nhealth office, officials said.\n\n"
        "Troop 212 of the Millbrook Scouts won\nthe state conservation prize for the\ntrail it built, the leader said.\n"
    )
    assert [a.title for a in page.articles] == ["Ferry schedule changes"]


LETTERS = """READERS WRITE

Save the old depot

The county wants to tear down the old
railroad depot on Front Street to make
room for a parking lot. The building is
more than a century old.

I ask the commissioners to let the
historical society try to raise the
money to restore it first.

Marta Lindqvist
West Millbrook

Bus stop needs a shelter

Riders waiting for the early bus at the
corner of Elm and Third stand in the
rain with no roof over their heads. A
simple shelter would not cost much.

Owen Baptiste
Millbrook
"""


def test_a_letters_name_and_town_under_its_text_are_its_byline_and_the_next_letter_starts_under_them():
    page = clean_text(LETTERS)
    depot, bus = page.articles[-2:]
    assert depot.byline == "Marta Lindqvist West Millbrook"
    assert bus.title == "Bus stop needs a shelter" and bus.byline == "Owen Baptiste Millbrook"
    assert bus.paragraphs[0].startswith("Riders waiting for the early bus")
    assert not depot.headings and not bus.headings


def test_a_subhead_over_text_is_no_signature():
    page = clean_text(
        "Mill Reopens After Flood\n\n"
        "The old flour mill on the river opened\nits doors again on Saturday after the\nspring flood.\n\n"
        "Repairs Took Months\n\n"
        "Workers replaced the wheel and the\nfloor of the grinding room, and the\nowners paid for most of it themselves.\n"
    )
    assert page.articles[0].byline is None
    assert "Repairs Took Months" not in (page.articles[0].byline or "")


def test_a_paper_word_in_lower_case_is_running_text_not_a_masthead():
    assert not is_furniture("The Town Board on Friday post-")
    assert not is_furniture("Hearing on Thursday sun")
    assert is_furniture("THE MILLBROOK POST • Friday, May 15, 2026")
