"""A Latin story's three-deck head set close together over its byline (segment.py,
`_kicker_over_head_over_deck`): a kicker in small type, the headline, a deck that says most, each
on one line and each wider than the one over it, are read as kicker, title and subtitle, not as
one title. A headline wrapped over two lines over a deck stays one title. Pages written for the
rule, as RapidOCR lists their lines (row by row)."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks, clean_text

TEXT = [
    "The ferry left the harbour at dawn with forty passengers aboard, most",
    "of them families going home for the holidays. The sea was calm and",
    "the crossing took a little under six hours, the captain said.",
]


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, top, height) boxed its letters' width (half a height each) wide."""
    boxes = [(t, a, b, a + round(len(t) * h * 0.5), b + h) for t, a, b, h in lines]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.97]] for t, a, b, c, d in boxes])


def _page(heads: list[tuple[str, int]]) -> list[tuple[str, int, int, int]]:
    lines = [("The Island Weekly", 80, 30, 70), ("Friday, 18 June 2027", 900, 50, 32)]
    lines += [("A story above", 80, 140, 56), ("The council met on Monday and agreed to mend the old pier before", 80, 210, 30)]
    lines += [("the summer, when the boats come back from the south for the season.", 80, 248, 30)]
    top = 340
    for text, height in heads:
        lines.append((text, 80, top, height))
        top += height + 12
    lines.append(("By Tala Moana", 80, top, 30))
    top += 50
    lines += [(text, 80, top + 38 * k, 30) for k, text in enumerate(TEXT)]
    return lines


def _first_story(heads):
    articles = clean_blocks(read_blocks("page.json", _rapidocr(_page(heads)))).articles
    return next(a for a in articles if a.byline)


def test_kicker_head_and_deck_printed_together_are_three_fields():
    """A kicker of four words or more (a label's word or three is read so already). Before: title
    "Notes from the outer islands The long way home across the sea Six hours on …", no kicker or subtitle."""
    story = _first_story([("Notes from the outer islands", 32), ("The long way home across the sea", 56), ("Six hours on the ferry with forty people going home", 44)])
    assert (story.kicker, story.title) == ("Notes from the outer islands", "The long way home across the sea")
    assert story.subtitle == "Six hours on the ferry with forty people going home"


def test_a_head_wrapped_over_two_lines_stays_one_title():
    """Its first line is the wider: no kicker over it."""
    story = _first_story([("The long way home across the sea", 56), ("by ferry", 56), ("Six hours on the ferry with forty people going home", 44)])
    assert story.kicker is None
    assert story.title.startswith("The long way home across the sea")


def test_a_kicker_of_one_word_over_a_head_and_a_labelled_writer_is_the_kicker():
    # (an indent-only page: the kicker and the head flush over the writer's labelled line)
    page = (
        "THE EASTBY STAR · Friday 3 May 2042 · Page 4\n"
        "Transport · Editor: Ann Lee\n\n"
        "Ferry\n"
        "Night boat returns to the islands\n"
        "Writer: Ruth Anning\n"
        "  EASTBY - The night ferry to the outer\n"
        "islands sails again from Monday, the board\n"
        "says, three times a week until autumn.\n"
        "  Fares stay as they were last summer.\n"
        "  Tickets are sold on the quay itself.\n"
    )
    story = clean_text(page).articles[0]
    assert (story.kicker, story.title) == ("Ferry", "Night boat returns to the islands")


def test_a_kicker_of_two_words_over_a_head_three_times_as_wide_is_the_kicker():
    # (the same page, its kicker two words: a head wrapped by sense breaks no such short first line)
    page = (
        "THE EASTBY STAR · Friday 3 May 2042 · Page 4\n"
        "Motoring · Editor: Ann Lee\n\n"
        "New cars\n"
        "Small pickup reaches the island dealer\n"
        "Writer: Ruth Anning\n"
        "  EASTBY - The first small pickup came\n"
        "off the ferry on Monday, the dealer\n"
        "says, and six more are on order.\n"
        "  Farmers came to see it on the quay.\n"
        "  It carries a tonne of copra at a time.\n"
    )
    story = clean_text(page).articles[0]
    assert (story.kicker, story.title) == ("New cars", "Small pickup reaches the island dealer")
