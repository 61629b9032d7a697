"""A row of stories under a blank across the page (formats/reading.py, `_rows_apart`, and
`_heads_open`): two heads side by side, each set directly over its text, open the row below
whatever depths the columns above ended at; the page is not read column by column from top to
foot. A page written for the rule, as RapidOCR lists its lines (row by row)."""

import json

from paperarchive.formats.paddle import paddle_regions

GLYPH, TEXT, HEAD, PITCH = 27, 27, 36, 40  # (RapidOCR boxes the text 27 high, the heads 36: under headline type)


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, top, height) boxed a glyph wide a character (a head's glyph as wide as high)."""
    boxes = [(t, a, b, a + (GLYPH if h == TEXT else h) * len(t), b + h) for t, a, b, h in sorted(lines, key=lambda line: (line[2], line[1]))]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes], ensure_ascii=False)


def _column(texts: list[str], left: int, top: int) -> list[tuple[str, int, int, int]]:
    return [(text, left, top + PITCH * k, TEXT) for k, text in enumerate(texts)]


LEAD_ONE = ["老街改造从去年春天开始，", "街道先后修好了排水管道，", "铺上了新的青石板路面，", "沿街三十多家小店也重新"]
LEAD_TWO = ["装修了门面。街道负责人说，", "改造期间店铺照常营业，", "居民出行也没有受到影响，", "今年五月全部工程将完工，",
            "届时老街将举办一场市集，", "欢迎市民前来逛一逛。"]
BRIEF = ["本报讯　市图书馆本月起每", "周六下午开设免费书法课，", "可在公众号报名。"]
BUS_ONE = ["本报讯　从下周一起，九路", "公交将从新区延伸到高铁", "北站，全程增加四个站点，"]
BUS_TWO = ["首班车提前到早上五点半，", "票价仍为两元。"]
CANTEEN = ["老街的社区食堂本月开业，", "老人凭卡就餐可打八折。"]


def test_two_heads_under_a_blank_across_the_page_open_a_row_of_stories():
    """Before: the lead's first column, then the bus story's first column under it, then the
    lead's second column: the bus story's text read into the lead's."""
    lines = [("老街改造工程五月完工", 70, 100, 45)]
    lines += _column(LEAD_ONE, 70, 170) + _column(LEAD_TWO, 430, 170)
    lines += [("书法课开课", 860, 100, HEAD)] + _column(BRIEF, 860, 146)
    lines += [("九路公交延伸到北站", 70, 490, HEAD), ("社区食堂开业", 860, 490, HEAD)]
    lines += _column(BUS_ONE, 70, 536) + _column(BUS_TWO, 430, 536) + _column(CANTEEN, 860, 536)
    order = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert order.index(LEAD_TWO[-1]) < order.index("九路公交延伸到北站") < order.index(BUS_ONE[1]) < order.index(BUS_TWO[0])
    assert order.index(BRIEF[-1]) < order.index("九路公交延伸到北站")
