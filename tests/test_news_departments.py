"""An English paper's news departments of the 1820s, in capitals right over the head of their
item ("FASHIONABLE INTELLIGENCE." / "ARRIVALS AT BRIGHTON."): the department is the item's
section and the head its title, not a title with the head for its deck. Alone over items with
no heads of their own ("SHIPPING INTELLIGENCE." over the ports' reports) it stays their title.
Pages written for the class, in plain text."""

from paperarchive.pipeline import clean_text

_ENDED = "    The meeting broke up at a late hour, after three hearty\ncheers had been given for the Chairman and the Committee.\n\n"


def test_a_department_over_its_items_head_is_the_items_section():
    page = _ENDED + (
        "FASHIONABLE INTELLIGENCE.\n"
        "ARRIVALS AT BRIGHTON.\n\n"
        "    The Duke of Dorset and family have arrived from his seat\n"
        "in Kent; Lady Caroline Pell and the Misses Pell, from town;\n"
        "and Sir John and Lady Marsh, from Bath, for the remainder\n"
        "of the season, which promises to be unusually gay.\n"
        "    The Marine Parade was thronged with company during the\n"
        "whole of the afternoon, the weather being uncommonly fine.\n"
    )
    _, item = clean_text(page).articles
    assert (item.section, item.title, item.subtitle) == ("FASHIONABLE INTELLIGENCE.", "ARRIVALS AT BRIGHTON.", None)
    assert [p[:22] for p in item.paragraphs] == ["The Duke of Dorset and", "The Marine Parade was "]


def test_a_department_alone_over_items_with_no_heads_is_their_title():
    page = _ENDED + (
        "SHIPPING INTELLIGENCE.\n\n"
        "    GRAVESEND, March 3.—Wind W.—Arrived the Mary, Hunt, from\n"
        "Oporto; and Hope, Carr, from Riga. Sailed the Fame, Dodd,\n"
        "for Leghorn, and several colliers for the northern ports.\n"
    )
    _, ports = clean_text(page).articles
    assert ports.title == "SHIPPING INTELLIGENCE."


def test_each_ports_report_set_apart_is_one_more_paragraph_of_the_department():
    # Reports set a blank apart, each opened by its port and date run in, and a one-line report in
    # lower case between them: all the department's, not an untitled story each (nor a titled one).
    page = _ENDED + (
        "SHIPPING INTELLIGENCE.\n\n"
        "    GRAVESEND, March 3.—Wind W.—Arrived the Mary, Hunt, from\n"
        "Oporto; and Hope, Carr, from Riga.\n\n"
        "    HULL, March 2.—Sailed the Brothers, Kemp, for Hamburgh;\n"
        "and Ann, Wood, for Memel.\n\n"
        "Off the Start, the Dove, from Lisbon.\n\n"
        "    WHITBY, March 1.—The Friends, Ord, from Shields to London,\n"
        "put in here leaky, and must discharge.\n\n"
        "FASHIONABLE INTELLIGENCE.\n"
        "ARRIVALS AT BRIGHTON.\n\n"
        "    The Duke of Dorset and family have arrived from his seat.\n"
    )
    _, ports, item = clean_text(page).articles
    assert ports.title == "SHIPPING INTELLIGENCE."
    assert [p[:12] for p in ports.paragraphs] == ["GRAVESEND, M", "HULL, March ", "Off the Star", "WHITBY, Marc"]
    assert (item.section, item.title) == ("FASHIONABLE INTELLIGENCE.", "ARRIVALS AT BRIGHTON.")

