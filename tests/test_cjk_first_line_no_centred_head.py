"""A CJK paragraph's first line, set in by its indent and read a glyph short by the engine (a
glyph dropped), fills most of its column's measure: it opens the paragraph, and is no head set
centred over the text (factory heldout zh_sim_2col_baiyun, Tesseract hOCR, TSV and ALTO). A
short line centred over the column still is."""

from paperarchive.formats.reading import Box, Kind, Line, Region, _height, _stories, bounds


def line(text: str, left: float, top: float, right: float) -> Line:
    return Line(text, Box(left, top, right, top + 31))


def column(first: Line) -> Region:
    rows = ["就排起了队。修鞋师傅老周一边招呼街坊，一边把一双旧皮", "鞋放上鞋楦，这样的场景，他已经重复了整整一年，今天", "也不例外，街坊们说这个维修点办得真好，方便了大家。"]
    lines = (first, *(line(text, 91, 473 + 46 * k, 900) for k, text in enumerate(rows)))
    return Region(lines, bounds([one.box for one in lines]))


def test_an_indented_first_line_a_glyph_short_opens_the_paragraph():
    parts = _stories(column(line("早上八点，白云区桃园社区的便民维修点刚开门，门", 164, 427, 837)), _height, 31.0)
    assert [kind for _, _, kind in parts] == [Kind.UNKNOWN] and len(parts[0][0].lines) == 4


def test_a_short_line_centred_over_the_text_is_still_a_head():
    parts = _stories(column(line("今年再增设十五个点位", 340, 427, 650)), _height, 31.0)
    assert parts[0][2] is Kind.SHORT and [one.text for one in parts[0][0].lines] == ["今年再增设十五个点位"]
