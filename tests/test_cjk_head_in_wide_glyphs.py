"""A Chinese box item's head set in type a third bigger than the text's, read by RapidOCR: the
engine boxes such a head only a fifth taller than a line of text, under `_DISPLAY_TYPE`, and
lists it in one region with the text under it. Its glyphs advance a third further along the
line than the text's do, which no line of text does: the head is headline type and stands
apart from its text. Pages written for the rule (RapidOCR lines), not copied from any gold page."""

from test_engine_geometry import paddle

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

LEAD = [
    "本报讯　入秋以来，临江区十二个街道",
    "陆续启用了社区食堂，老人凭卡就餐",
    "可享八折优惠，日均接待一千二百多",
    "人次。区民政局介绍，食堂由街道提",
    "供场地，餐饮企业负责运营，菜价每",
    "月公示一次，居民可以随时提出意见。",
    "“饭菜软烂，离家又近，比自己开火",
    "省心多了。”住在柳荫巷的居民韩桂",
    "芝说。明年全区还将新增八家食堂。",
]
ITEM = [  # a column of 14 glyphs, the first line indented by two
    "北岸公园的二十八盏路灯上",
    "周全部换成了节能灯，夜里散步",
    "的居民多了起来，园方还在步道",
    "旁加装了十二张座椅，方便老人",
    "歇脚。",
]


def _page(head_pitch: int = 40, head_height: int = 36, stretched: int = 30, byline: str = "", past: int = 0) -> str:
    rows = [("临江晚报", 90, 20, 330, 80), ("社区食堂开进十二个街道", 90, 110, 750, 170)]
    rows += [(text, 90, 200 + 45 * k, 90 + 30 * len(text), 230 + 45 * k) for k, text in enumerate(LEAD)]
    top = 200 + 45 * len(LEAD) + 40
    rows.append(("社区简讯", 90, top, 210, top + 32))  # the box's rubric, in text type
    head = "北岸公园换上节能路灯"
    top += 32 + 20
    rows.append((head, 90, top, 90 + head_pitch * len(head), top + head_height))
    top += head_height + 14  # as close under the head as the text's own lines
    if byline:
        rows.append((byline, 90, top, 90 + 30 * len(byline), top + 30))
        top += 45
    rows += [(text, 150 if k == 0 else 90, top + 45 * k, (150 if k == 0 else 90) + 30 * len(text) + (past if k == 2 else 0), top + (stretched if k == 1 else 30) + 45 * k) for k, text in enumerate(ITEM)]
    return paddle(rows)


def _item(page: str):
    return next(a for a in clean_blocks(read_blocks("page.json", page)).articles if any("节能" in p for p in a.paragraphs))


def test_a_head_in_wide_glyphs_boxed_little_taller_than_the_text_stands_apart():
    article = _item(_page())
    assert article.title == "北岸公园换上节能路灯", (article.title, article.paragraphs)
    assert article.paragraphs[0].startswith("北岸公园的二十八盏路灯上"), article.paragraphs


def test_the_reporters_line_under_a_head_in_wide_glyphs_is_its_byline():
    """Set apart from the head by its type, the reporters' line and the text under it stay one
    region: the line is the item's byline, not the opening words of its text."""
    for byline in ("本报记者　庞晓岑　实习生　卢苗", "本报记者庞晓岑通讯员卢苗"):
        article = _item(_page(byline=byline))
        assert article.title == "北岸公园换上节能路灯", (article.title, article.paragraphs)
        assert article.byline is not None and "庞晓岑" in article.byline, (byline, article.byline, article.paragraphs)
        assert article.paragraphs[0].startswith("北岸公园的二十八盏路灯上"), article.paragraphs


def test_the_text_under_the_head_is_measured_against_its_column():
    """Cut from the head over it, the text keeps its column's edges: a line the engine read on
    past the gutter is a stray among the column's lines, and the lines ending at the column's
    edge are not short (before: the paragraph was cut at each of them)."""
    article = _item(_page(past=80))
    assert article.title == "北岸公园换上节能路灯", (article.title, article.paragraphs)
    assert len(article.paragraphs) == 1 and article.paragraphs[0].endswith("歇脚。"), article.paragraphs


def test_a_line_of_text_boxed_taller_in_the_texts_own_pitch_stays_text():
    """A line of the item's text whose box a speck stretched as tall as the head's, its glyphs
    advancing as the text's do, is no head: the paragraph runs on through it."""
    article = _item(_page(stretched=36))
    assert "换成了节能灯，夜里散步的居民" in article.paragraphs[0], article.paragraphs
