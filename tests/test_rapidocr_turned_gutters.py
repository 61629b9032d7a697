"""RapidOCR's lines read across a narrow gutter on a scanned page turned a little (formats/paddle.py,
`_near_gutters_crossed`): the columns' edges move down the page by more than the gutter's width, so
no stripe down the whole page is free of lines, but the stretch around the line has one; the line
is cut there. Pages drawn for the rule, as RapidOCR lists their lines."""

import json

from paperarchive.formats.paddle import paddle_regions

GLYPH, HEIGHT, PITCH, DRIFT = 27, 30, 40, 2  # DRIFT: pixels the columns move right for each line down the page
MEASURE, GUTTER = 14, 54  # glyphs a column's line; pixels between the turned page's columns
LEFTS = (70, 70 + MEASURE * GLYPH + GUTTER, 1000)  # the third column a wide gutter apart: the page's own
ROWS = 24
HAN = "春耕田间地头一片忙碌农机手们天不亮就下地开始劳作合作社统一调配了四十台拖拉机播种分片包干确保不误农时"


def _line(column: int, row: int) -> str:
    start = (7 * row + 11 * column) % (len(HAN) - MEASURE)
    return HAN[start : start + MEASURE]


def _rapidocr(across_row: int, left_piece: str, right_piece: str) -> str:
    boxes = []
    for row in range(ROWS):
        top, drift = 100 + PITCH * row, DRIFT * row
        if row == across_row:  # the first two columns' lines boxed as one, the gutter inside it
            boxes.append((left_piece + right_piece, LEFTS[0] + drift, top, LEFTS[1] + drift + MEASURE * GLYPH))
            boxes.append((_line(2, row), LEFTS[2] + drift, top, LEFTS[2] + drift + MEASURE * GLYPH))
            continue
        boxes += [(_line(c, row), left + drift, top, left + drift + MEASURE * GLYPH) for c, left in enumerate(LEFTS)]
    return json.dumps([[[[a, b], [c, b], [c, b + HEIGHT], [a, b + HEIGHT]], [t, 0.99]] for t, a, b, c in boxes], ensure_ascii=False)


def _texts(data: str) -> list[str]:
    return [line.text for region in paddle_regions(json.loads(data))[0] for line in region.lines]


def test_a_line_read_across_a_turned_pages_narrow_gutter_is_cut_there():
    """Before: "…左栏…右栏…" one line of 28 glyphs, read into the first column (holdout82's court page)."""
    left, right = "左栏这一行被读成了跨栏的长行", "右栏这一行接在它的后面读出来"
    texts = _texts(_rapidocr(12, left, right))
    assert left in texts and right in texts
    assert left + right not in texts


def test_a_cut_after_a_sentences_end_is_not_made_from_the_stretch_alone():
    """A piece before the gutter that ends its sentence may be a paragraph's short last line with the
    next column's line read into it: the line stays as RapidOCR boxed it."""
    left, right = "左栏这一段到这里就结束了。", "右栏这一行接在它的后面读出来"
    texts = _texts(_rapidocr(12, left, right))
    assert left + right in texts
