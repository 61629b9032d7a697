"""A vertical page's head and foot bands, where the engine boxed a lone glyph of them apart.

`reading._bands_across` takes the lines set across above all the columns (masthead, date line)
as the page's head band and those below them (editor's credit) as its foot band. A glyph boxed
alone, square, beside such a line (or a speck under the columns) is no column: it used to stand
for the columns' top (or bottom) and keep the band in the stories, the credit read as a story's
last paragraph and the date line as a kicker. The text below is written for these tests.
"""

from paperarchive.formats import paddle

COLUMNS = ["河濱步道昨天完工開放", "沿岸種植櫻花三百株", "夜間另有照明設備", "市民可騎自行車通行"]


def box(text: str, left: float, top: float, across: bool) -> list:
    """A RapidOCR line of 30-pixel glyphs, set across (a band's line) or down (a column)."""
    size = 30 * len(text)
    right, bottom = (left + size, top + 30) if across else (left + 30, top + size)
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.9]]


def page(band_glyph: bool) -> list:
    """Four columns from y 120 to 420 at most, a date line across the top (y 40-70) and an
    editor's credit across the foot (y 480-510); `band_glyph`: a glyph of each band boxed alone
    beside it, a little above the date line and a little below the credit."""
    lines = [box(text, 700 - 50 * k, 120, across=False) for k, text in enumerate(COLUMNS)]
    lines += [box("中華民國一一五年五月四日", 100, 40, across=True), box("本版編輯陳美玲", 100, 480, across=True)]
    if band_glyph:
        lines += [box("報", 760, 30, across=True), box("版", 380, 490, across=True)]
    return lines


def roles(lines: list) -> dict:
    return {line.text: region.role for region in paddle.paddle_regions([lines])[0] for line in region.lines}


def test_the_bands_of_a_vertical_page_are_its_head_and_foot():
    found = roles(page(band_glyph=False))
    assert found["中華民國一一五年五月四日"] == "header" and found["本版編輯陳美玲"] == "footer"


def test_a_lone_glyph_boxed_beside_a_band_does_not_keep_it_in_the_stories():
    found = roles(page(band_glyph=True))
    assert found["中華民國一一五年五月四日"] == "header"
    assert found["本版編輯陳美玲"] == "footer"
    assert all(found[text] is None for text in COLUMNS)


def test_a_band_line_with_no_column_under_it_is_measured_against_the_columns_typical_top():
    """The date line stands left of every column (a short page's stories fill its right half);
    the engine read a glyph of the masthead into the first column, which starts above the date
    line. Measured against that one column's top, the date line was the first story's kicker."""
    lines = [box(("報" if k == 0 else "") + text, 700 - 50 * k, 90 if k == 0 else 120, across=False) for k, text in enumerate(COLUMNS)]
    lines.append(box("中華民國一一五年五月四日", 100, 100, across=True))
    assert roles(lines)["中華民國一一五年五月四日"] == "header"


def test_a_column_cut_in_two_regions_is_one_line_of_the_story():
    """Tesseract boxed a story's first column in two pieces, the first with the byline beside it
    (one region), the second with the columns after it (another); the pieces overlap a little.
    The first piece alone under the byline was read as a subheading."""
    from paperarchive.formats.reading import Box, Line, Region, bounds, order_regions

    def region(*lines: tuple) -> Region:
        made = tuple(Line(text, Box(x, top, x + 28, bottom)) for text, x, top, bottom in lines)
        return Region(made, bounds([line.box for line in made]))

    head = region(("河濱步道整修完工", 650, 200, 600))
    byline = region(("本報記者林文華", 602, 330, 540), ("市府昨天宣布河濱步道整修", 554, 218, 580))
    story = region(("完工下週起開放", 554, 570, 790), ("沿岸另種櫻花三百株並設照明", 506, 218, 790), ("夜間開放到十點", 458, 218, 500))
    lines = [[line.text for line in r.lines] for r in order_regions([head, byline, story])]
    assert "市府昨天宣布河濱步道整修完工下週起開放" in [text for texts in lines for text in texts]
    assert ["市府昨天宣布河濱步道整修"] not in lines
