"""A Latin head's deck told by its type (formats/reading.py: `_decks` with `_latin_deck`;
formats/heads.py: `_item_head`'s `_ITEM_OVER_TEXT`). A page written for the rules in the plan
of a drawn sports page, as RapidOCR lists its lines (a box a line, its height the type's):
a kicker, a head, its deck a size over the text, the writer's line run into the first column,
and a second story under the lead whose head is set a size under headline type."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

BODY, PITCH, WIDTH = 33, 38, 0.42  # text type's height, line pitch, a character's width in heights


def _rapidocr(lines: list[tuple]) -> str:
    """Each (text, left, top, height) boxed `WIDTH` heights wide a character, or as wide as a
    fifth element says (a line in bold, set to the measure)."""
    boxes = [(t, a, b, a + (w[0] if w else round(h * WIDTH * len(t))), b + h) for t, a, b, h, *w in sorted(lines, key=lambda line: (line[2], line[1]))]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes], ensure_ascii=False)


FIRST = [
    "Writer: Ana Reyes",
    "Harbour Rovers won the",
    "county cup on Saturday",
    "with a goal in the last",
    "minute of the final at",
    "the dock ground, where",
    "two thousand people",
    "stood along the rails.",
]
SECOND = [
    "  The visitors from",
    "Millbrook had led for",
    "most of the second half.",
    "A cup for the cabinet",
    "  The trophy goes on",
    "show at the club house",
    "from Monday, the club",
    "secretary said.",
]
THIRD = [
    "  The players will carry",
    "it through the town on",
    "the first day of the fair,",
    "and the band will play.",
]
LOWER = [
    "  MILLBROOK — The town",
    "council agreed on Tuesday",
    "to mend the old bridge",
    "over the river before the",
    "winter, at a cost the",
    "treasurer called modest.",
]


def _column(texts: list[str], left: int, top: int, subhead: str = "") -> list[tuple]:
    return [(t.strip(), left + (25 if t.startswith("  ") else 0), top + PITCH * k, BODY, *([330] if t == subhead else [])) for k, t in enumerate(texts)]


def _page(deck: int = 38, subhead: str = "A cup for the cabinet") -> list[tuple]:
    lines = [("Dock Gazette", 70, 60, 66), ("County Cup", 70, 180, 31), ("Harbour Rovers take the cup home", 70, 217, 65)]
    lines += [("Late goal settles a close final", 72, 292, deck)]
    lines += _column(FIRST, 70, 342) + _column(SECOND, 490, 342, subhead) + _column(THIRD, 900, 342)
    lines += [("Bridge to be mended before winter", 70, 700, 46)]
    lines += _column(LOWER[:3], 70, 760) + _column(LOWER[3:], 490, 760)
    return lines


def _articles(lines):
    return clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles


def test_a_latin_deck_under_its_head_is_the_subtitle_and_the_kicker_stays_over_the_head():
    """Before: section "County Cup Harbour Rovers take the cup home", title the deck (the deck
    read as a rubric's first item, the next story's head, a size under headline type, its second)."""
    lead = _articles(_page())[0]
    assert (lead.kicker, lead.title, lead.subtitle) == ("County Cup", "Harbour Rovers take the cup home", "Late goal settles a close final")

