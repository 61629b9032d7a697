"""RapidOCR's CJK line read across a narrow gutter is cut there though a head over both columns
stands near it (`formats.paddle._gutters_near` measures the stretch's gutters without heads), and a
byline set across the gutter under its head is never cut (`_cut_at_gutters`). Pages written for the
rules, in the shapes RapidOCR gave holdout80's scanned science page and holdout23's pages."""

from paperarchive.formats.paddle import _cut_at_gutters
from paperarchive.formats.reading import Box, Line


def _body(text: str, left: int, top: int) -> Line:
    return Line(text, Box(left, top, left + 27 * len(text), top + 34))


def _head(text: str, left: int, top: int) -> Line:
    return Line(text, Box(left, top, left + 42 * len(text), top + 40))


def test_a_line_read_across_a_gutter_under_a_head_over_both_columns_is_cut():
    """Before (holdout80's science page, scanned, RapidOCR): the head 一年省電費四十萬 over two
    columns closed the gutter of the few lines under it, and "…一" / "年下來發電約十二万度，替學校看到
    今天發了多少電，自然課也" stayed one line of two columns; after: cut at the gutter."""
    left, right, third = "左栏正文一二三四五六七八九十", "右栏正文一二三四五六七八九十", "第三栏正文一二三四五六七八九"
    columns = ((left, 70), (right, 485), (third, 900))
    page = [_head("天文社学生找到一颗新的变星", 70, 40)]
    page += [_body(text, x, 100 + 40 * k) for k in range(5) for text, x in columns]
    page += [_head("校园装太阳能板一年省电费四十万", 70, 330)]
    page += [_body(text, x, top) for top in (390, 430, 510) for text, x in columns] + [_body(third, 900, 470)]
    across = Line("左栏跨栏正文五六七八九十一二右栏跨栏正文五六七八九十一二", Box(70, 470, 485 + 27 * 14, 504))
    assert [line.text for line in _cut_at_gutters([*page, across])[-2:]] == ["左栏跨栏正文五六七八九十一二", "右栏跨栏正文五六七八九十一二"]


def test_a_byline_set_across_the_gutter_under_its_head_stays_whole():
    """Before (holdout23's pages, RapidOCR): "本报记者‧齐帆‧实习生　罗悦", centred under its head across two
    columns, was cut into "本报记者‧齐" and "帆‧实习生 罗悦" (the second piece read as the head of the
    story's second half); after: one line, in the column where it starts."""
    left, right = "左栏正文一二三四五六七八九十", "右栏正文一二三四五六七八九十"
    page = [_body(text, x, 100 + 40 * k) for k in range(8) for text, x in ((left, 70), (right, 485))]
    page += [_head("夜间集市点亮老码头", 200, 440)]
    page += [_body(text, x, 560 + 40 * k) for k in range(6) for text, x in ((left, 70), (right, 485))]
    byline = Line("本报记者‧齐帆‧实习生　罗悦", Box(300, 500, 680, 534))
    texts = [line.text for line in _cut_at_gutters([*page, byline])]
    assert "本报记者‧齐帆‧实习生　罗悦" in texts and "本报记者‧齐" not in texts
