"""RapidOCR's Latin lines grouped into columns (formats/paddle.py): a column's lines boxed at
unlike heights, a deck set across the columns over the first one, a line read across a gutter
under a column beside it. Pages written for each rule, as RapidOCR lists their lines."""

import json

from paperarchive.formats import read_blocks
from paperarchive.formats.paddle import paddle_regions
from paperarchive.pipeline import clean_blocks


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def regions_of(lines):
    return [[line.text for line in region.lines] for region in paddle_regions(json.loads(paddle(lines)))[0]]


QUAY = [
    "The harbour board agreed on Monday to",
    "rebuild the north quay before spring,",
    "after divers found the old timber piles",
    "rotten below the waterline in autumn.",
    "Work starts in January and will close",
    "the quay to lorries for three months.",
]
BRIDGE = [
    "The county will repaint the iron bridge",
    "over the river next summer, its roads",
    "office said, and the footpath on the",
    "east side will stay open all the time.",
]


def test_a_columns_lines_boxed_at_unlike_heights_mid_sentence_stay_one_column():
    """RapidOCR boxes a Latin line 24 to 34 high by its ascenders and descenders: a line boxed 34
    high under one boxed 24, the sentence running on, is the same type (its letters advance as
    the line above's do), not a head starting a region of its own."""
    lines = []
    top = 300
    for k, text in enumerate(QUAY):
        height = 34 if k == 2 else 24
        lines.append((text, 90, top, 90 + 11 * len(text), top + height))
        top += height + 8
    assert regions_of(lines) == [QUAY]


def test_a_deck_set_across_the_columns_is_cut_off_the_first_column_grouped_under_it():
    """A deck over three columns, in the text's height, stands close over the first column's byline
    and text, and RapidOCR's lines joined them into one region: the deck's two lines (its short
    last one closer to it than to the byline) stand apart, and the byline and the text are
    neither the deck's."""
    lines = [("Harbour Board Votes to Rebuild Quay", 90, 100, 1300, 160)]
    lines += [("Divers found the old timber piles rotten below the waterline, and the work will close", 90, 180, 1300, 214)]
    lines += [("the quay in spring", 90, 218, 330, 252)]
    lines += [("By Nora Lindqvist", 90, 268, 320, 296)]
    for left in (90, 560, 1030):
        lines += [(text, left + (25 if k == 0 else 0), 312 + 40 * k, left + 440, 340 + 40 * k) for k, text in enumerate(QUAY)]
    regions = regions_of(lines)
    assert regions[1] == [lines[1][0], "the quay in spring"]
    assert regions[2][:2] == ["By Nora Lindqvist", QUAY[0]]
    article = clean_blocks(read_blocks("page.json", paddle(lines))).articles[0]
    assert article.byline == "Nora Lindqvist"
    assert article.paragraphs[0].startswith("The harbour board agreed")


def test_a_byline_in_capitals_under_a_deck_set_across_is_no_line_of_the_deck():
    """Under a deck set across the columns, a short line in capitals stands as close as the deck's
    own last line would: it is the byline, and stays with the column."""
    lines = [("Divers found the old timber piles rotten below the waterline this autumn", 90, 180, 1300, 214)]
    lines += [("NORA LINDQVIST", 90, 222, 320, 250)]
    lines += [(text, 90 + (25 if k == 0 else 0), 268 + 40 * k, 530, 296 + 40 * k) for k, text in enumerate(QUAY)]
    regions = regions_of(lines)
    assert regions[0] == [lines[0][0]]
    assert regions[1][:2] == ["NORA LINDQVIST", QUAY[0]]


def test_a_line_read_across_the_gutter_joins_no_column_beside_it():
    """On a scan RapidOCR reads a line across two columns now and then, a word broken at the
    first column's end inside it ("thc piles prob- the bridge over"): reaching far past the
    column above it, it joins no region of that column, and the right column's text does not
    run on into the left one's."""
    lines = [(text, 560, 100 + 40 * k, 1000, 128 + 40 * k) for k, text in enumerate(BRIDGE)]
    lines += [("rotten below the waterline, prob- east side will stay open", 90, 260, 1000, 288)]
    lines += [(text, 90, 300 + 40 * k, 530, 328 + 40 * k) for k, text in enumerate(QUAY)]
    right = next(region for region in regions_of(lines) if region[0] == BRIDGE[0])
    assert right == BRIDGE
