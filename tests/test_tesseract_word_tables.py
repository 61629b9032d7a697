"""A table of words Tesseract read row by row, each row one line across its cells
(formats/reading.py, `_word_table_rows` and `_cell_rows`): each row is a paragraph, not run into
the text over it and the rows under it; specks read in the blank between two cells do not
keep a row from being one; a table of bare figures stays the figures' rules', a results box's rows
(two sides and a score) are a row a paragraph."""

from test_engine_geometry import words_hocr

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

STORY = ["记者昨天从市气象台获悉，受强冷空气", "影响，明天夜间起我市将迎来今年入冬", "以来最强的一次寒潮天气。"]


def _line(cells: tuple[str, ...], top: int) -> tuple[tuple[str, int, int, int, int], ...]:
    """Each cell one word, at the columns 90, 250 and 420, glyphs 24 wide, 25 high."""
    return tuple((text, left, top, left + 24 * len(text), top + 25) for text, left in zip(cells, (90, 250, 420)))


def _paragraphs(rows: list[tuple[str, ...]]) -> list[str]:
    story = tuple(((text, 90, top, 90 + 30 * len(text), top + 30),) for text, top in zip(STORY, (100, 145, 190)))
    table = tuple(_line(row, 260 + 40 * k) for k, row in enumerate(rows))
    page = words_hocr(story, table)
    return [p for a in clean_blocks(read_blocks("page.hocr", page)).articles for p in a.paragraphs]


def test_each_row_of_a_table_of_words_is_a_paragraph():
    """Before: "周一白天阴转小雪-7~2℃周一夜间多云转阴…" one paragraph, run on from the story's last line."""
    paragraphs = _paragraphs([("周一白天", "阴转小雪", "-7~2℃"), ("周一夜间", "多云转阴", "-6~4℃"), ("周二白天", "小雪", "-8~1℃")])
    assert "周一白天   阴转小雪   -7~2℃" in paragraphs and "周二白天   小雪   -8~1℃" in paragraphs


def test_a_speck_in_the_blank_between_two_cells_is_none_of_them():
    """Tesseract reads a full stop out of the blank after a cell ("不宜。")."""
    paragraphs = _paragraphs([("晨练指数", "不宜", "改在室内进行"), ("洗车指数", "不宜。", "未来有降雪"), ("晾晒指数", "较适宜", "午后阳光较好")])
    assert "洗车指数   不宜   未来有降雪" in paragraphs


def test_a_table_of_bare_figures_is_left_to_the_figures_rules():
    paragraphs = _paragraphs([("城东联队", "12", "30"), ("河口联队", "10", "27"), ("新区联队", "9", "25")])
    assert not any("   " in p for p in paragraphs)


def test_results_rows_two_sides_and_a_score_are_a_row_a_paragraph():
    """A score holds two figures in one cell: the rows are a results box's, the page's text
    (`reading._score_row`), not a table of bare figures."""
    paragraphs = _paragraphs([("城东联队", "2-1", "城西联队"), ("河口联队", "0-0", "江北联队"), ("新区联队", "1-3", "老城联队")])
    assert "城东联队   2-1   城西联队" in paragraphs and "新区联队   1-3   老城联队" in paragraphs
