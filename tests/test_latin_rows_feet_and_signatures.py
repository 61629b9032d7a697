"""A community weekly's page in English, set as the small Latin-script papers set theirs: heads
in sentence case set a blank line apart, as the paragraphs are; a results list of ranked rows
and of prizes, one a line; a brief's head with no blank line over it; a reader's letter signed
apart by name and village; a contact foot giving the office's postal address beside its e-mail
address. Page written for the rules (not copied from any gold
page)."""

import textwrap

from paperarchive.pipeline import clean_text


def column(text: str) -> str:
    return textwrap.fill(text, 46) + "\n"


PAGE = (
    "THE GLEN VALLEY NEWS · Thursday 3 December 2026 · page 7\n\n"
    "Glen Choir wins the county festival\n\n"
    + column("The Glen Choir took first place at the county choral festival in Eastby on Saturday, "
             "ahead of eleven choirs from across the valley. The top three:")
    + "\n"
    "1. Glen Choir, 412 points\n"
    "2. Bay Singers, 398 points\n"
    "3. Eastby Chorale, 385 points\n\n"
    + column("The choir goes on to sing at the national festival in May.")
    + "\n"
    "Ploughing match prizes\n\n"
    + column("The young farmers held their ploughing match at Mill Farm on Sunday. The judges gave "
             "the prizes as follows:")
    + "\n"
    "Losers' round: Tom Reid, Sam Hale and Ben Cole (Glen)\n"
    "1st prize: Ann Lowe, Kit Ward and Jo Pike (Eastby)\n"
    "2nd prize: Ned Ross, Al Hart and Lee Dunn (Bay)\n\n"
    "LETTERS\n"
    "Bring back the Sunday bus\n\n"
    + column("Since the summer the Sunday bus no longer runs through the village, and the stop on "
             "the main road is a mile away. I ask the council to bring the old route back.")
    + "\n"
    "Ann de Vries, Eastby\n\n"
    "IN BRIEF\n"
    "Christmas market\n\n"
    + column("The Christmas market opens on the green on Saturday at ten, with twenty stalls and "
             "mulled cider on sale.")
    + "Footpath closed\n\n"
    + column("The footpath along the river will be closed until the end of the month while the "
             "council repairs the bank.")
    + "\n"
    "Glen Valley News, 14 Quay Road, Porthwen | office@glenvalleynews.example\n"
)


def articles():
    return {a.title: a for a in clean_text(PAGE).articles}


def test_ranked_rows_and_prize_rows_are_paragraphs_one_a_line():
    found = articles()
    paragraphs = [p for a in found.values() for p in a.paragraphs]
    rows = [
        "1. Glen Choir, 412 points", "2. Bay Singers, 398 points", "3. Eastby Chorale, 385 points",
        "Losers' round: Tom Reid, Sam Hale and Ben Cole (Glen)",
        "1st prize: Ann Lowe, Kit Ward and Jo Pike (Eastby)",
        "2nd prize: Ned Ross, Al Hart and Lee Dunn (Bay)",
    ]
    assert [p for p in paragraphs if p in rows] == rows
    assert not any(title in rows for title in found)


def test_a_head_in_sentence_case_set_apart_as_the_paragraphs_are_opens_the_next_story():
    # the page's titles are in sentence case, so a head set apart like them is one, no subhead
    assert list(articles()) == [
        "Glen Choir wins the county festival", "Ploughing match prizes", "Bring back the Sunday bus",
        "Christmas market", "Footpath closed",
    ]


def test_a_letter_signed_apart_by_name_and_village_has_its_byline():
    letter = articles()["Bring back the Sunday bus"]
    assert letter.byline == "Ann de Vries, Eastby"
    assert letter.paragraphs[-1].endswith("bring the old route back.")


def test_a_briefs_head_with_no_blank_line_over_it_opens_the_next_brief():
    found = articles()
    assert found["Christmas market"].paragraphs == [
        "The Christmas market opens on the green on Saturday at ten, with twenty stalls and mulled cider on sale."
    ]
    assert found["Footpath closed"].paragraphs[0].startswith("The footpath along the river")


def test_the_offices_postal_address_and_e_mail_at_the_foot_are_furniture():
    page = clean_text(PAGE)
    foot = "Glen Valley News, 14 Quay Road, Porthwen | office@glenvalleynews.example"
    assert foot in page.furniture
    assert not any("Quay Road" in p for a in page.articles for p in a.paragraphs)


def test_a_headerless_tables_first_row_that_reads_as_a_running_head_stays_the_tables():
    """A table's first row, no header over it, whose clinic's name ends as a paper's does ("… Post")
    and a weekday and figures follow: with a row of text flush under it, it is the table's, not a
    running head (before: furniture, the label and the other rows run into the story above)."""
    page = (
        "THE RIVER POST · Wednesday, 4 March 2043 · Page 6\n"
        "Health · Editor: Ann Hale\n"
        "\n"
        "Clinic checks blood pressure\n"
        "By Ruth Anning\n"
        "    WESTBY – Two hundred people had their blood\n"
        "pressure checked at the Westby clinic on Monday,\n"
        "many of them from farms far out of town.\n"
        "    The nurses said that everyone over forty\n"
        "should have it checked once a year.\n"
        "\n"
        "Clinic hours\n"
        "Northby Health Post  Monday-Friday  08.00-16.00  0962 114 208\n"
        "Mobile clinic        Tuesday        09.00-13.00  0962 114 215\n"
        "Maternity wing       every day      00.00-24.00  0962 114 219\n"
        "* Closed on public holidays.\n"
        "\n"
        "Ask the nurse\n"
        "Should I take my pills every day?\n"
        "    Question: The doctor gave me pills for my\n"
        "blood pressure. Now I feel well; may I stop?\n"
        "    Answer: No. You feel well because the pills\n"
        "work. If you stop, the illness will come back.\n"
        "Nurse Mary Banda, River Clinic\n"
        "\n"
        "The River Post · news@riverpost.example.org\n"
    )
    hours = next(a for a in clean_text(page).articles if a.title == "Clinic hours")
    assert hours.paragraphs[0].startswith("Northby Health Post") and len(hours.paragraphs) == 4
