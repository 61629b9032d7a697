"""A vertical page in tiers whose first tier is verse, one line a column, each column ending
where its line ends (ragged), the next tier's columns all starting in line under a blank: the
tiers are told at the start of the tier under them (`reading.tier_edges`), and read one after
the other, not column by column down both. The text is written for this test."""

from paperarchive.formats import paddle, reading
from paperarchive.formats.reading import Box

VERSE = ["春風吹過小橋", "柳絲輕拂水面", "燕子歸來", "桃花開滿枝頭"]
PROSE = ["這首小詩寫的是", "作者家鄉的春天", "短短四句寫盡了", "江南三月的景致"]
XS = [500, 460, 420, 380]


def column(text: str, x: float, top: float) -> list:
    """A RapidOCR line: a column of glyphs 30 pixels square, x from its left edge."""
    bottom = top + 30 * len(text)
    return [[[x, top], [x + 30, top], [x + 30, bottom], [x, bottom]], [text, 0.9]]


def verse_page() -> list:
    """The verse from y 100, its lines of four to six glyphs ending at 220 to 280; the prose
    tier from 320; a head set down beside both tiers at the right."""
    lines = [column(text, x, 100) for text, x in zip(VERSE, XS)] + [column(text, x, 320) for text, x in zip(PROSE, XS)]
    head = [[[560, 100], [610, 100], [610, 530], [560, 530]], ["江南春", 0.9]]
    return [*lines, head]


def test_a_tiers_edge_is_where_the_columns_under_it_start_in_line_though_those_over_it_end_ragged():
    turned = lambda x, start, end: Box(start, x, end, x + 30)  # noqa: E731  (a column x pixels left of the first, turned)
    verse = [turned(40 * k, 0, end) for k, end in enumerate((180, 210, 120, 150))]
    prose = [turned(40 * k, 240, 450) for k in range(4)]
    assert reading.tier_edges(verse + prose) == [240]
    # three columns starting in line are no tier's edge
    assert reading.tier_edges(verse + prose[:3]) == []


def test_a_ragged_verse_tier_is_read_before_the_tier_under_it():
    regions = paddle.paddle_regions([verse_page()])[0]
    lines = [line.text for region in regions for line in region.lines]
    assert "".join(lines) == "江南春" + "".join(VERSE) + "".join(PROSE)
