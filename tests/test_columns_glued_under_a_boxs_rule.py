"""A police advice column set solid under a witness appeal's closing rule: its label and its head,
two short lines that end no sentence, over the text flush under them, are the column's kicker and
title, not the first words of a paragraph of the box (classify._label_and_head_glued_under_a_boxs_foot_rule).
A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "HARBOUR NEWS · Tuesday, 6 April 2027 · Page 5 · Police\n\n"
    "==============================\n"
    "Witness wanted\n"
    "When: Friday, 2 April 2027, 9.00 p.m.\n"
    "Where: the ferry ramp, Eastby\n"
    "Call: Eastby Police, 555 0199.\n"
    "Eastby Police\n"
    "Eastby, 5 April 2027\n"
    "==============================\n"
    "{label}\n"
    "Lock the boat at night\n"
    "A boat left on the beach with its motor\n"
    "on it is easy to take. Chain it to a post\n"
    "and take the fuel line home with you.\n\n"
    "Tell the post at once if a boat is gone;\n"
    "the sooner we know, the sooner we find it.\n\n"
    "Sgt. Mary Tobias, Eastby Police\n\n"
    "Harbour News · news@harbour.example.org\n"
)


def test_a_label_and_head_glued_under_the_rule_head_the_column():
    column = clean_text(_PAGE.format(label="Police advice")).articles[-1]
    assert column.title == "Lock the boat at night"
    assert column.paragraphs[0].startswith("A boat left on the beach")


def test_a_sentence_under_the_rule_is_no_label():
    titles = [a.title for a in clean_text(_PAGE.format(label="Lock it.")).articles]
    assert "Lock the boat at night" not in titles


_GRAIN_PAGE = (
    "VALLEY FARMER · Friday, 9 July 2027 · Page 4 · Farming\n\n"
    "==============================\n"
    "Free seed for the dry season\n"
    "Who: every farmer in the valley\n"
    "Where: the district office, Eastby\n"
    "Until: Friday, 23 July 2027.\n"
    "District Farm Office\n"
    "Eastby, 5 July 2027\n"
    "==============================\n"
    "Ask the farm officer\n"
    "Keep the new grain off the wet floor\n"
    "Spread the grain on mats in the sun for\n"
    "three days before you store it, or the\n"
    "damp will rot the sacks from below.\n\n"
    "Turn it at noon and spread it again so\n"
    "each side gets the sun.\n\n"
    "Ruth Amos, District Farm Officer\n\n"
    "Valley Farmer · news@valley.example.org\n"
)


def test_a_head_glued_under_the_label_splits_off_on_a_word_printed_once_in_lower_case():
    column = clean_text(_GRAIN_PAGE).articles[-1]
    assert column.title == "Keep the new grain off the wet floor"
    assert column.paragraphs[0].startswith("Spread the grain on mats")


_QA_PAGE = (
    "HILL WEEKLY · Monday, 3 May 2027 · Page 2 · Roads\n\n"
    "==============================\n"
    "Road shut for repair\n"
    "Road: Upper Mill Road, km 3 to km 5\n"
    "When: Monday, 10 May 2027, 08.00–17.00\n"
    "Detour: use the river road.\n"
    "Hill Roads Office\n"
    "Eastby, 1 May 2027\n"
    "==============================\n"
    "Readers ask\n"
    "Can I still drive up at night?\n"
    "Question: I work late at the mill and\n"
    "drive home after ten; is the road open?\n\n"
    "Answer: Yes, the road opens again each\n"
    "evening at five and stays open all night.\n\n"
    "Tom Reyes, Hill Roads Office\n\n"
    "Hill Weekly · news@hill.example.org\n"
)


def test_a_question_head_over_its_first_turn_glued_under_the_rule_heads_the_qa():
    """The Q&A's label, then its question head with the asker's first turn read into its block
    (`classify._question_apart_from_its_turn`): the question the title, the turn a paragraph."""
    qa = clean_text(_QA_PAGE).articles[-1]
    assert qa.title == "Can I still drive up at night?"
    assert qa.paragraphs[0].startswith("Question: I work late")


def test_a_turn_labelled_by_a_small_word_and_a_word_still_parts_from_the_question_head():
    """A language may mark the asker's label with a small word ("Ga kunua:", Tigak): the turn is
    still a turn (`classify._QA_TURN_OPENS`), so the question over it heads the Q&A."""
    page = _QA_PAGE.replace("Question: I work", "Na question: I work").replace("Answer: Yes", "Na answer: Yes")
    qa = clean_text(page).articles[-1]
    assert qa.title == "Can I still drive up at night?"
    assert qa.paragraphs[0].startswith("Na question: I work late")


def test_items_under_a_boxs_opening_rule_stay_the_boxs_paragraphs():
    # (the rule a blank line under the table above opens the box: its head is no briefs column's name)
    page = (
        "HARBOUR NEWS · Tuesday, 6 April 2027 · Page 5\n"
        "Motoring · Editor: Ann Lee\n\n"
        "New cars\n"
        "Small pickup reaches the island dealer\n"
        "Writer: Ruth Anning\n"
        "    EASTBY – The first small pickup came\n"
        "off the ferry on Monday, the dealer says,\n"
        "and six more are on order.\n"
        "    Farmers came to see it on the quay.\n\n"
        "Used car prices\n"
        "Million pesos\n"
        "Car           Price  Change\n"
        "Pickup 2040   118    -7\n"
        "Minibus 2041  142    0\n"
        "Sedan 2038    86     -4\n\n"
        "======================================\n"
        "Mobile licence office\n"
        "Who: New drivers and drivers renewing.\n"
        "Where: The town hall, from 8 a.m. to\n"
        "2 p.m.\n"
        "Bring: Your identity card and a doctor's\n"
        "letter.\n"
        "    Eastby Traffic Police\n"
        "                  Eastby, 2 April 2027\n"
        "======================================\n\n"
        "Harbour News · news@harbour.example.org\n"
    )
    box = next(a for a in clean_text(page).articles if a.title == "Mobile licence office")
    assert box.paragraphs[:3] == ["Who: New drivers and drivers renewing.", "Where: The town hall, from 8 a.m. to 2 p.m.", "Bring: Your identity card and a doctor's letter."]


def test_a_qa_label_of_five_words_over_its_question_is_the_kicker():
    """A Q&A's label of five words over the question head glued under the rule: the label the
    kicker, the question the title (before, the label the title and the question its subtitle)."""
    qa = clean_text(_QA_PAGE.replace("Readers ask\n", "Readers ask the roads office\n")).articles[-1]
    assert qa.kicker == "Readers ask the roads office"
    assert qa.title == "Can I still drive up at night?"

