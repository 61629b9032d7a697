"""A police page's pieces glued together (pages written for the class, not from any gold page):
a police log's label set solid under a court report's last sentence, over entries that each open on
their hour, heads the log (classify._log_labels_glued_under_a_last_sentence); a column's head as
wide as the measure, set solid under its label glued under a box's closing rule, is the column's
title, not its first paragraph's first line (classify._heads_flush_on_a_sentence)."""

from paperarchive.pipeline import clean_text

_LOG = (
    "RIVER WEEKLY · Tuesday, 6 April 2027 · Page 4\n\n"
    "Court\n"
    "Man fined for taking a neighbour's canoe\n"
    "By Ann Lowe\n\n"
    "EASTBY – A man who took his neighbour's\n"
    "canoe for a week was fined two hundred\n"
    "dollars in the district court on Monday.\n\n"
    "He told the court he meant to give the\n"
    "canoe back when the river fell.\n"
    "Police log\n"
    "At 21.40, Sunday – officers found a boy\n"
    "asleep in the market and took him home.\n\n"
    "At 06.15, Monday – a van with its lights\n"
    "on stood open on the bridge road.\n\n"
    "At 14.30, Monday – two dogs were taken\n"
    "back to their owner on the hill.\n\n"
    "River Weekly · news@river.example.org\n"
)


def test_a_label_glued_under_a_last_sentence_over_timed_entries_heads_the_log():
    articles = clean_text(_LOG).articles
    assert [a.title for a in articles] == ["Man fined for taking a neighbour's canoe", "Police log"]
    assert articles[0].paragraphs[-1].endswith("when the river fell.")
    assert articles[1].paragraphs[0].startswith("At 21.40, Sunday")


_COLUMN = (
    "RIVER WEEKLY · Tuesday, 6 April 2027 · Page 4\n\n"
    "==============================\n"
    "Witness wanted\n"
    "When: Friday, 2 April 2027, 9.00 p.m.\n"
    "Where: the ferry ramp, Eastby\n"
    "Call: Eastby Police, 555 0199.\n"
    "Eastby Police\n"
    "Eastby, 5 April 2027\n"
    "==============================\n"
    "Police advice\n"
    "Chain the boat to a post every night\n"
    "Boat owners who leave the motor on\n"
    "the boat make it easy to take. Chain\n"
    "the boat and take the fuel line home.\n\n"
    "Tell the post at once if a boat is gone;\n"
    "the boat is found sooner that way.\n\n"
    "Sgt. Mary Tobias, Eastby Police\n\n"
    "River Weekly · news@river.example.org\n"
)


def test_a_head_as_wide_as_the_measure_under_a_label_glued_under_the_rule_heads_the_column():
    column = clean_text(_COLUMN).articles[-1]
    assert column.title == "Chain the boat to a post every night"
    assert column.paragraphs[0].startswith("Boat owners who leave")
