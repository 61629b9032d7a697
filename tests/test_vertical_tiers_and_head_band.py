"""Vertical pages in tiers, and a head band an engine read down into the columns.

A vertical page set in tiers reads one tier's columns right to left, then the next tier's; a
column never runs on into the tier under it (`reading.tier_edges`). Tesseract's vertical models
read a head band set across the top down into the columns under it, a glyph or two at the top
of each (`reading._band_glyphs_apart`). The text below is written for these tests.
"""

from paperarchive.formats import paddle, reading
from paperarchive.formats.reading import Box, Line, Region, Word


def column(text: str, x: float, top: float) -> list:
    """A RapidOCR line: a column of glyphs 30 pixels square, x from its left edge."""
    bottom = top + 30 * len(text)
    return [[[x, top], [x + 30, top], [x + 30, bottom], [x, bottom]], [text, 0.9]]


UPPER = ["東門菜場昨日起", "改建攤位一百個", "預定年底前完工", "攤商暫移北側空"]
LOWER = ["地營業市府另設", "臨時停車場兩處", "供買菜民眾使用", "完工後恢復原狀"]


def tiered_page(head: bool = True) -> list:
    """Two tiers of seven-glyph columns, 40 pixels apart, a thin rule's gap between the tiers
    (the first tier ends at 310, the second starts at 320); the story runs on from the first
    tier's last column to the second tier's first; a head set down beside both tiers at the right."""
    xs = [500, 460, 420, 380]
    lines = [column(text, x, 100) for text, x in zip(UPPER, xs)] + [column(text, x, 320) for text, x in zip(LOWER, xs)]
    if head:
        lines.append([[[560, 100], [610, 100], [610, 500], [560, 500]], ["市場改建", 0.9]])
    return lines


def test_a_column_is_not_joined_down_into_the_tier_under_it_and_tiers_read_one_after_another():
    regions = paddle.paddle_regions([tiered_page()])[0]
    text = "".join(line.text for region in regions for line in region.lines)
    assert text == "市場改建" + "".join(UPPER) + "".join(LOWER)
    assert not any("起地" in line.text or "個臨" in line.text for region in regions for line in region.lines)


def test_a_tier_needs_four_columns_ending_at_its_edge():
    lines = [line for line in tiered_page(head=False) if line[1][0] not in (UPPER[3], LOWER[3])]
    regions = paddle.paddle_regions([lines])[0]
    # three columns in each tier: no tiers told, each column's two pieces one line as before
    assert [line.text for region in regions for line in region.lines][0] == UPPER[0] + LOWER[0]


def test_no_tiers_where_the_engine_read_most_columns_on_through_the_blank():
    turned = lambda x, start, end: Box(start, x, end, x + 30)  # noqa: E731  (a column x pixels left of the first, turned)
    ends = [turned(80 * k, 0, 300) for k in range(4)] + [turned(80 * k, 320, 620) for k in range(4)]
    assert reading.tier_edges(ends) == [300]
    read_through = [turned(80 * k + 40, 0, 620) for k in range(4)]  # every other column read down across the rule
    assert reading.tier_edges(ends + read_through) == []


def test_pieces_side_by_side_on_a_turned_row_stay_two_lines():
    """Beside a tall head, two neighbouring columns fall on one row of the turned page; they are
    two columns, not two pieces of one line."""
    piece = lambda text, left, top, right, bottom: Region((Line(text, Box(left, top, right, bottom)),), Box(left, top, right, bottom))  # noqa: E731
    regions = [piece("第一行的文字", 20, 0, 200, 30), piece("第二行的文字", 22, 30, 200, 60), piece("標題", 240, 5, 400, 60)]
    regions += [piece(f"其他的文字{k}", 20, 100 + 30 * k, 200, 130 + 30 * k) for k in range(20)]
    texts = sorted(line.text for region in reading._pieces_joined(regions, turned_page=True) for line in region.lines)
    assert "第一行的文字" in texts and "第二行的文字" in texts


def glyph_column(x: float, pieces: list[tuple[str, float]]) -> Region:
    """A Tesseract column line: each (glyph, top) a word 30 pixels square; "_" a speck."""
    words = tuple(Word(text, Box(x, top, x + 30, top + 30)) for text, top in pieces)
    box = reading.bounds([w.box for w in words])
    return Region((Line("".join(text for text, _ in pieces), box, None, words),), box)


def test_head_band_glyphs_read_down_into_the_columns_are_the_band():
    """A masthead set across the top (y 20-50), its rule under it, and eight columns of text from
    y 130: Tesseract opened each column on a glyph of the masthead and a speck of the rule."""
    texts = ["河堤步道昨天完工開放", "夜間照明明年起增設", "沿線另設休息座椅", "市府將定期派員巡查", "民眾可以安心散步", "颱風季前完成檢修", "工程經費由市府支出", "里長表示十分歡迎"]
    band = "南灣日報第三版"
    regions = [
        glyph_column(600 - 45 * k, [(band[k], 20), ("_", 70), *((g, 130 + 32 * i) for i, g in enumerate(text))])
        for k, text in enumerate(texts[: len(band)])
    ] + [glyph_column(600 - 45 * 7, [(g, 130 + 32 * i) for i, g in enumerate(texts[7])])]
    ordered = reading.order_regions(regions)
    assert [line.text for r in ordered if r.role == "header" for line in r.lines] == list(band)
    assert [line.text for r in ordered if r.role is None for line in r.lines] == texts


def test_a_tier_of_text_is_no_head_band():
    """Columns over a blank with more than two glyphs above it are a tier of their own, not a band."""
    texts = ["河堤步道昨天完工開放", "夜間照明明年起增設", "沿線另設休息座椅", "市府將定期派員巡查", "民眾可以安心散步", "颱風季前完成檢修", "工程經費由市府支出"]
    regions = [
        glyph_column(600 - 45 * k, [*((g, 20 + 32 * i) for i, g in enumerate("上層三字")), *((g, 230 + 32 * i) for i, g in enumerate(text))])
        for k, text in enumerate(texts)
    ]
    assert reading._band_glyphs_apart([reading.turned(r) for r in regions]) == [reading.turned(r) for r in regions]


def test_columns_broken_into_short_pieces_at_the_same_places_are_no_tiers():
    """A worn page whose engine broke every column at two places two glyphs apart: no tier is two
    glyphs deep."""
    turned = lambda x, start, end: Box(start, x, end, x + 30)  # noqa: E731
    pieces = [turned(40 * k, start, end) for k in range(5) for start, end in ((0, 300), (310, 370), (380, 680))]
    assert reading.tier_edges(pieces) == []


def test_glyphs_boxed_alone_at_the_foot_of_the_columns_are_no_tier():
    """RapidOCR boxes the last glyph of a column apart now and then: a glyph deep is no tier."""
    turned = lambda x, start, end: Box(start, x, end, x + 30)  # noqa: E731
    columns = [turned(40 * k, 0, 300) for k in range(6)] + [turned(40 * k, 305, 335) for k in range(6)]
    assert reading.tier_edges(columns) == []


def test_a_glyph_boxed_alone_on_its_columns_piece_is_no_column_beside_it():
    piece = lambda text, left, right, top=0: Region((Line(text, Box(left, top, right, top + 30)),), Box(left, top, right, top + 30))  # noqa: E731
    regions = [piece("走", 0, 32), piece("進圖書館四樓的修復室", 20, 320)]
    regions += [piece(f"其他的文字{k}", 0, 300, 40 + 30 * k) for k in range(20)]
    texts = [line.text for region in reading._pieces_joined(regions, turned_page=True) for line in region.lines]
    assert "走進圖書館四樓的修復室" in texts
