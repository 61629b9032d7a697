"""RapidOCR's Latin briefs (formats/paddle.py, `_latin_text_under_head`): a bold head set at about
the body's size, boxed as high as its text, stands apart from the text under it because its
letters advance wider. Pages written for the rule, as RapidOCR lists their lines (row by row
across the columns, some word spaces dropped)."""

import json

from paperarchive.formats.paddle import paddle_regions

BODY = 15  # the text's advance a letter, word spaces included
HEAD = 20  # the bold head's


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def regions_of(lines):
    return [[line.text for line in region.lines] for region in paddle_regions(json.loads(paddle(lines)))[0]]


def set_at(text: str, left: int, top: int, advance: int) -> tuple[str, int, int, int, int]:
    return text, left, top, left + advance * len(text.replace(" ", "")), top + 34


BRIEFS = [
    (
        ["Ferry timetable changes", "in January"],
        ["The island ferry will leave at seven", "in the morning from the first week", "of January, the harbour office said."],
    ),
    (
        ["Library opens on", "Sunday mornings"],
        ["The town library will open its doors", "on Sunday mornings from February,", "after two new assistants were hired."],
    ),
    (
        ["Choir seeks new", "voices for spring"],
        ["The parish choir is looking for tenors", "and basses for its spring concert,", "with rehearsals on Tuesday evenings."],
    ),
]


def briefs_page() -> list[tuple[str, int, int, int, int]]:
    lines = []
    for k, (head, text) in enumerate(BRIEFS):
        left = 70 + 560 * k
        lines += [set_at(line, left, 2000 + 44 * i, HEAD) for i, line in enumerate(head)]
        lines += [set_at(line, left, 2092 + 40 * i, BODY) for i, line in enumerate(text)]
    return sorted(lines, key=lambda line: (line[2], line[1]))


def test_a_briefs_bold_head_at_the_bodys_size_stands_apart_from_its_text():
    """Before: each brief's head and text one region (the boxes alike high), the head read as the
    text's first words and the brief untitled. After: the head a region over its text."""
    regions = regions_of(briefs_page())
    for head, text in BRIEFS:
        assert head in regions
        assert text in regions


def test_a_column_whose_lines_advance_alike_within_a_word_space_stays_one_region():
    """A line of few long words advances a letter further than one of many short words (its word
    spaces shared among fewer letters): a tenth or so is no change of type."""
    column = ["Councillors approved the", "reconstruction of the old", "market hall by seven votes", "to two on Monday evening."]
    lines = [set_at(column[0], 70, 500, 17)] + [set_at(line, 70, 540 + 40 * i, BODY) for i, line in enumerate(column[1:])]
    assert regions_of(lines) == [column]


def test_a_label_over_a_head_in_other_type_keeps_the_text_with_them():
    """A department label over a brief's head, in type unlike the head's: the group is no one head,
    and the text is left as `_follows` groups it."""
    lines = [set_at("In brief", 70, 900, 17), set_at("Cross country run", 70, 944, 26)]
    lines += [set_at(line, 70, 992 + 40 * i, BODY) for i, line in enumerate(BRIEFS[0][1])]
    assert regions_of(lines) == [["In brief", "Cross country run", *BRIEFS[0][1]]]
