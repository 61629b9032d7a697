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
