"""A letters column as RapidOCR lists its lines: each letter a short head flush left, its text
opening on an indented line, and the writer's name and town set flush right on its last line
(formats/reading.py `set_right`, classify.py `_signatures`); a head the engine boxed with the
text under it (`heads_boxed_with_their_text_apart`). Pages written for the rules."""

import json

from paperarchive.classify import classify
from paperarchive.formats import read_blocks
from paperarchive.formats.reading import Box, Line, Region, heads_boxed_with_their_text_apart, set_right
from paperarchive.models import Block, Kind


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps(
        [[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False
    )


LETTERS = (
    (
        "Fix the crossing",
        [
            "The crossing by the school on Harbour Road has",
            "no light, and the children cross there every",
            "morning in the dark before the first bus comes.",
        ],
        "Tom Beckett, Westbury",
    ),
    (
        "Thank you, crew",
        [
            "The park crew came out every week this summer",
            "and kept the grass short for the games.",
        ],
        "Ruth Ames, Eastfield",
    ),
)


def page() -> str:
    """A letters column 70 to 760 in text type 14 pixels a letter, heads in bold (15), first lines
    indented, signatures set right (ending at the measure, past the text's ragged right edge)."""
    lines, top = [("The Westbury Courier", 70, 20, 900, 90)], 140  # (the nameplate over the page)
    for head, text, signature in LETTERS:
        lines.append((head, 70, top, 70 + 15 * len(head), top + 30))
        for k, line in enumerate(text):
            left = 95 if k == 0 else 70
            lines.append((line, left, top + 46 + 38 * k, left + 14 * len(line), top + 74 + 38 * k))
        top += 46 + 38 * len(text)
        lines.append((signature, 760 - 13 * len(signature), top, 760, top + 28))
        top += 60
    return paddle(lines)


def test_a_name_and_town_set_flush_right_under_a_letter_is_marked_so(tmp_path):
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(page(), encoding="utf-8")
    marked = [block.text for block in read_blocks(path, page()) if block.set_right]
    assert marked == [signature for _, _, signature in LETTERS]


def test_a_signature_set_right_signs_the_letter_over_the_next_head_boxed_with_its_text():
    def blocks(right: bool) -> tuple[Block, ...]:
        return classify((
            Block(("Letters", "Fix the crossing", *LETTERS[0][1]), 1, kind=Kind.BODY),
            Block(("Tom Beckett, Westbury",), 7, gap=1, kind=Kind.SHORT, set_right=right),
            Block(("Thank you, crew", *LETTERS[1][1]), 9, gap=1, kind=Kind.BODY),
        ))  # fmt: skip

    assert [b.kind for b in blocks(True) if b.text == "Tom Beckett, Westbury"] == [Kind.BYLINE]
    assert [b.kind for b in blocks(False) if b.text == "Tom Beckett, Westbury"] != [
        Kind.BYLINE
    ]  # (the head's, boxed with its text)


def test_the_next_letters_head_boxed_with_its_text_under_a_signature_set_right_is_cut_off():
    def line(text, left, top, right):
        return Line(text, Box(left, top, right, top + 28))

    signature = Region((line("Tom Beckett, Westbury", 487, 200, 760),), Box(487, 200, 760, 228))
    text = LETTERS[1][1]
    letter = Region(
        (line("Thank you, crew", 70, 260, 295), line(text[0], 95, 306, 739), line(text[1], 70, 344, 616)),
        Box(70, 260, 739, 372),
    )
    cut = heads_boxed_with_their_text_apart([signature, letter])
    assert [[line.text for line in region.lines] for region in cut] == [
        ["Tom Beckett, Westbury"],
        ["Thank you, crew"],
        text,
    ]
    flush = Region(
        (line("Tom Beckett, Westbury", 70, 200, 343),), Box(70, 200, 343, 228)
    )  # (no signature set right over it)
    assert heads_boxed_with_their_text_apart([flush, letter]) == [flush, letter]


def test_set_right_needs_the_columns_right_edge_and_a_start_far_in():
    text = Region((Line("x", Box(100, 0, 700, 30)), Line("y", Box(100, 40, 680, 70))), Box(100, 0, 700, 70))
    assert set_right(Line("Tom Beckett, Westbury", Box(470, 80, 712, 110)), text)
    assert not set_right(Line("Thank you", Box(100, 80, 300, 110)), text)  # flush left
    assert not set_right(Line("Tom Beckett, Westbury", Box(470, 80, 600, 110)), text)  # short of the edge


def test_the_first_letters_head_boxed_with_its_text_over_its_own_signature_is_cut_off():
    def line(text, left, top, right):
        return Line(text, Box(left, top, right, top + 28))

    head, text, name = LETTERS[0]
    letter = Region(
        (
            line(head, 70, 100, 300),
            line(text[0], 95, 146, 760),
            line(text[1], 70, 184, 700),
            line(text[2], 70, 222, 745),
        ),
        Box(70, 100, 760, 250),
    )
    signature = Region((line(name, 487, 262, 760),), Box(487, 262, 760, 290))
    cut = heads_boxed_with_their_text_apart([letter, signature])
    assert [[line.text for line in region.lines] for region in cut] == [[head], text, [name]]
    flush = Region((line(name, 70, 262, 343),), Box(70, 262, 343, 290))  # (no signature set right under it)
    assert heads_boxed_with_their_text_apart([letter, flush]) == [letter, flush]
