"""RapidOCR's lines of a Latin page under its heads (formats/paddle.py, `_grouped`): a line of
text type under a head's middle goes on in its column, not in the head
(`_text_type_under_head`); a brief column's label over a bold head over the brief's indented
text is three things, not one paragraph (`_latin_text_under_label_head`). RapidOCR boxes a bold
head set at the text's size, and the text under it, about as high; the letters' advance tells
them apart. Pages written for the rules, as RapidOCR lists their lines (row by row)."""

import json

from paperarchive.formats.paddle import paddle_regions
from paperarchive.formats.reading import HEADLINE, SUBHEADING

HEIGHT, TEXT, HEAD = 32, 15, 21  # a line's box; pixels a letter of the text and of a head


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, top, pixels a letter) boxed as wide as its letters, `HEIGHT` high."""
    boxes = [(t, a, b, a + p * len(t.replace(" ", "")), b + HEIGHT) for t, a, b, p in sorted(lines, key=lambda line: (line[2], line[1]))]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes])


def _regions(lines):
    return [(region.role, [line.text for line in region.lines]) for region in paddle_regions(json.loads(_rapidocr(lines)))[0]]


COLUMN_ONE = [
    "The council agreed on Monday that the",
    "harbour ferry will call at the old quay",
    "again from the first week of June, after",
    "three years in which the boats turned",
]
COLUMN_TWO = [
    "at the pier.",
    "Fishermen said the quay had been quiet",
    "since the service stopped, and the two",
    "cafes beside it had shortened their hours.",
]


def test_the_text_under_a_heads_middle_goes_on_in_its_column():
    """Before: the head "Ferry to call at the old quay again in June" over "at the pier." (the second
    column's first line, under the head's middle, boxed as high): one head of both."""
    lines = [("Ferry to call at the old quay again in June", 70, 100, 25)]
    lines += [(text, 70, 138 + 38 * k, TEXT) for k, text in enumerate(COLUMN_ONE)]  # (set tight under the head)
    lines += [(text, 620, 136 + 38 * k, TEXT) for k, text in enumerate(COLUMN_TWO)]  # (boxed 2 pixels higher: read first)
    regions = _regions(lines)
    assert [texts for _, texts in regions if "Ferry to call at the old quay again in June" in texts] == [["Ferry to call at the old quay again in June"]]
    assert any(texts[:2] == COLUMN_TWO[:2] for _, texts in regions)


BRIEF = [
    "Volunteers from the parish painted",
    "the old school hall over three days",
    "before the autumn fair opens.",
]


def test_a_brief_columns_label_and_head_stand_apart_from_its_text():
    """Before: "News in Brief" / "School hall" / "painted anew" / "Volunteers from the parish…"
    one region, read as one paragraph. After: the label (a section's name), the head, the text."""
    lines = [("News in Brief", 1320, 170, 17), ("School hall", 1310, 222, HEAD), ("painted anew", 1310, 260, HEAD)]
    lines += [(BRIEF[0], 1335, 300, TEXT)] + [(text, 1310, 338 + 38 * k, TEXT) for k, text in enumerate(BRIEF[1:])]
    lines += [(text, 70, 100 + 38 * k, TEXT) for k, text in enumerate(COLUMN_ONE + COLUMN_TWO[1:])]
    regions = _regions(lines)
    assert (SUBHEADING, ["News in Brief"]) in regions
    assert (HEADLINE, ["School hall", "painted anew"]) in regions
    assert any(texts == BRIEF for _, texts in regions)


def test_a_heads_second_line_in_its_type_stays_with_it():
    """A head's next line, flush under it in the head's type, is no text under it."""
    lines = [("School hall", 1310, 222, HEAD), ("painted anew", 1310, 260, HEAD)]
    lines += [(BRIEF[0], 1335, 300, TEXT)] + [(text, 1310, 338 + 38 * k, TEXT) for k, text in enumerate(BRIEF[1:])]
    lines += [(text, 70, 100 + 38 * k, TEXT) for k, text in enumerate(COLUMN_ONE)]
    assert any(texts[:2] == ["School hall", "painted anew"] for _, texts in _regions(lines))


SECOND_BRIEF = [
    "Forty street lamps along the river",
    "walk were lit again on Thursday",
    "after the council replaced cables.",
]


def test_a_briefs_head_in_the_texts_size_over_its_indented_text_is_a_head():
    """Before: the second brief's head "Lamps lit again" / "on the river walk", its text apart
    under it, was read as a paragraph of the brief above. After: a head, the brief a story."""
    lines = [("News in Brief", 1320, 170, 17), ("School hall", 1310, 222, HEAD), ("painted anew", 1310, 260, HEAD)]
    lines += [(BRIEF[0], 1335, 300, TEXT)] + [(text, 1310, 338 + 38 * k, TEXT) for k, text in enumerate(BRIEF[1:])]
    lines += [("Lamps lit again", 1310, 436, HEAD), ("on the river walk", 1310, 474, HEAD)]  # (a line's height under the brief above)
    lines += [(SECOND_BRIEF[0], 1335, 514, TEXT)] + [(text, 1310, 552 + 38 * k, TEXT) for k, text in enumerate(SECOND_BRIEF[1:])]
    lines += [(text, 70, 100 + 38 * k, TEXT) for k, text in enumerate(COLUMN_ONE + COLUMN_TWO[1:])]
    assert ("heading", ["Lamps lit again", "on the river walk"]) in _regions(lines)


TIPS = [
    "1. Put a rain cover on the camera.",
    "2. Wipe the lens before each shot.",
    "3. Look for colours in the puddles.",
]


def test_a_how_to_boxs_label_and_head_stand_apart_from_its_numbered_tips():
    """A how-to box's label over its head over numbered tips set flush: the first tip opens on
    "1.", as a brief's text opens on its indent. Before: "Photo Tips" / "Shooting in the rain" /
    the tips one region, the head read as the box's first paragraph."""
    lines = [("Photo Tips", 1310, 170, 17), ("Shooting in the rain", 1310, 222, HEAD)]
    lines += [(text, 1310, 262 + 38 * k, TEXT) for k, text in enumerate(TIPS)]
    lines += [(text, 70, 100 + 38 * k, TEXT) for k, text in enumerate(COLUMN_ONE + COLUMN_TWO[1:])]
    regions = _regions(lines)
    assert (SUBHEADING, ["Photo Tips"]) in regions
    assert (HEADLINE, ["Shooting in the rain"]) in regions
