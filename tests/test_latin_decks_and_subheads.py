"""A Latin head's deck told by its type, and a Latin subhead set flush over its paragraph's
indent (formats/reading.py: `_decks` with `_latin_deck`, `_latin_subhead_over_an_indent`;
formats/heads.py: `_item_head`'s `_ITEM_OVER_TEXT`). A page written for the rules in the plan
of a drawn sports page, as RapidOCR lists its lines (a box a line, its height the type's):
a kicker, a head, its deck a size over the text, the writer's line run into the first column,
and a second story under the lead whose head is set a size under headline type."""

import json

from conftest import hocr_lines

from paperarchive.formats import read_blocks
from paperarchive.formats.reading import Box, Line, Region, paragraphs
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


def _hocr_column(subhead: str) -> str:
    """An hOCR page, one column under a head: a paragraph, then `subhead` flush to the measure
    (in bold, as wide as a line of text), then an indented paragraph, all in one block."""
    texts = [
        "  Harbour Rovers won the county cup on",
        "Saturday with a goal in the last minute",
        "of the final at the dock ground.",
        subhead,
        "  The trophy goes on show at the club",
        "house from Monday, the club secretary",
        "said, and the players will carry it",
        "through the town on the day of the fair.",
    ]
    lines = tuple((t.strip(), 125 if t.startswith("  ") else 100, 200 + 40 * k, 700 if k not in (2, 7) else 520, 230 + 40 * k) for k, t in enumerate(texts))
    return hocr_lines((("Harbour Rovers take the cup home", 100, 80, 900, 150),), lines)


def test_a_latin_subhead_flush_over_an_indent_after_a_sentence_is_a_heading():
    """Before (holdout76's Acehnese page, Tesseract's PDF): "Pakaian ngon syair baro" ran into
    the paragraph under it; here "A cup for the cabinet The trophy goes on show …"."""
    story = clean_blocks(read_blocks("page.hocr", _hocr_column("A cup for the cabinet"))).articles[0]
    assert story.headings == ["A cup for the cabinet"]
    assert story.paragraphs[-1].startswith("The trophy goes on show")


def test_a_flush_line_that_runs_on_or_names_the_writer_is_no_subhead():
    for line in ("A cup for the cabinet,", "By Ana Reyes"):
        story = clean_blocks(read_blocks("page.hocr", _hocr_column(line))).articles[0]
        assert line not in story.headings


def test_a_column_region_cuts_its_latin_subhead_from_the_paragraph_under_it():
    """The region of a column as Tesseract's PDF text gives it (holdout76's Acehnese page): the
    last line of a quotation, the subhead set flush to the measure, the next paragraph indented."""
    texts = [("“Meunyoe hana soe nyang", 526, 851), ("meurunoe, Seudati nyoe", 499, 891), ("kheun gobnyan.", 503, 967),
             ("Pakaian ngon syair baro", 500, 1006), ("Kelompok nyoe peugot", 525, 1045), ("pakaian baro ngon peng", 515, 1084),
             ("nibak sumbangan ureueng", 499, 1123)]
    region = Region(tuple(Line(t, Box(left, top, 845 if k not in (2,) else 703, top + 25)) for k, (t, left, top) in enumerate(texts)))
    subheads: list[int] = []
    pieces = paragraphs(region, None, subheads)
    assert [lines for lines, _ in pieces][1:] == [("Pakaian ngon syair baro",), ("Kelompok nyoe peugot", "pakaian baro ngon peng", "nibak sumbangan ureueng")]
    assert subheads == [1]


def test_a_latin_subhead_wrapped_onto_a_short_line_is_cut_from_the_paragraph_under_it():
    """RapidOCR's lines of holdout68's Tetum page (its words changed): a subhead wrapped onto a
    short second line opens the column's region, over an indented paragraph. Before: "Turnout
    higher than last year Officials said…" one paragraph."""
    rows = [("Turnout higher than last", 482, 434, 809), ("year", 481, 471, 551), ("Officials said that turnout", 508, 512, 802),
            ("across the district reached", 481, 549, 836), ("81 per cent, above the last", 482, 587, 838), ("election in 2021.", 480, 625, 700)]
    region = Region(tuple(Line(t, Box(left, top, right, top + 30)) for t, left, top, right in rows))
    subheads: list[int] = []
    pieces = paragraphs(region, None, subheads)
    assert [lines for lines, _ in pieces] == [("Turnout higher than last", "year"), tuple(t for t, *_ in rows[2:])]
    assert subheads == [0]


def test_a_short_paragraph_of_two_lines_ending_its_sentence_is_no_subhead():
    rows = [("The count ended at noon on", 482, 434, 809), ("Sunday.", 481, 471, 600), ("Officials said that turnout", 508, 512, 802),
            ("across the district reached", 481, 549, 836)]
    region = Region(tuple(Line(t, Box(left, top, right, top + 30)) for t, left, top, right in rows))
    subheads: list[int] = []
    paragraphs(region, None, subheads)
    assert subheads == []
