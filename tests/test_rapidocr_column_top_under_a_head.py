"""RapidOCR pages (formats/paddle.py, formats/reading.py): the next column's top line, boxed tight
under the far end of a head set across the column before and ending the sentence carried over, is
that column's top even when the line under it is the next paragraph's indented first line
(`paddle._opens_flush_or_indented`), and such a line is no photo's caption
(`reading._under_head_end`). Pages written for the rules (RapidOCR lines), not copied from any
gold page."""

from test_rapidocr_decks_and_brief_heads import _rapidocr

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

GLYPH, HEIGHT, PITCH, MEASURE = 27, 30, 41, 14  # the body's glyph width and line height; the line pitch; glyphs a line

LEAD = (
    "本报讯　城西污水管网改造工程昨天全线完工，沿河六个小区的生活污水全部接入新管，雨季再也不会倒灌进楼道。"
    "工程历时十个月，新铺管道九公里，每隔两百米设一座检查井，井盖统一换成了防坠落的样式。"
    "家住柳荫小区的居民老邱说，过去一下大雨，一楼的地漏就往外冒水，现在再大的雨也不用担心了。"
)
# The second story: its first paragraph runs from the first column's foot to the second column's
# top line, which ends it; the second paragraph opens indented under that line.
FIRST = "本报讯（记者　谭小满）从下周一起，城东新增八条社区巴士线路，每天早上六点半到晚上八点运营，票价统一一元，老人刷卡免费乘车。"
SECOND = "交通部门介绍，线路主要连接小区和地铁站、菜市场及社区医院，站点间距约四百米，高峰时段每十分钟一班。"


def _lines(text: str, first: int = MEASURE) -> list[str]:
    """The text cut into a column's lines, the first `first` glyphs long (indented)."""
    return [text[:first]] + [text[k : k + MEASURE] for k in range(first, len(text), MEASURE)]


def _column(lines: list[str], left: int, top: int, indent: bool = False) -> list[tuple[str, int, int, int, int]]:
    out = []
    for k, text in enumerate(lines):
        start = left + (2 * GLYPH if k == 0 and indent else 0)
        out.append((text, start, top + PITCH * k, start + GLYPH * len(text), top + PITCH * k + HEIGHT))
    return out


def _page() -> str:
    lines = [("柳江晚报", 70, 50, 330, 120), ("2026年9月16日星期三", 1380, 50, 1690, 80), ("第6版城事", 1500, 90, 1690, 120)]
    top = 200
    head = "城东新增八条社区巴士线路"
    lines += [(head, 70, top, 70 + 39 * len(head), top + 36)]
    carried = FIRST[-5:]  # the sentence's end, set at the second column's top
    lines += _column(_lines(FIRST[:-5], MEASURE - 2), 70, top + 45, indent=True)
    lines += [(carried, 485, top + 43, 485 + GLYPH * len(carried), top + 43 + HEIGHT)]
    lines += _column(_lines(SECOND, MEASURE - 2), 485, top + 43 + PITCH, indent=True)
    lines += [("柳江晚报第6版城事", 520, top + 400, 730, top + 430), ("责任编辑：龚明远", 770, top + 400, 940, top + 430)]
    return _rapidocr(lines)


def test_a_columns_top_line_under_a_heads_far_end_over_an_indented_paragraph_is_that_columns_top():
    """Before: the second column's top line "…老人刷卡免费乘车。" under the head's far end, over the
    indented "交通部门介绍，…", was not taken for the column's top: the second column was read before
    the first, the story's first paragraph broken in two around the second. After: the first
    column's paragraph, ended by the second column's top line, then the second paragraph."""
    articles = clean_blocks(read_blocks("page.json", _page())).articles
    story = next(a for a in articles if a.title == "城东新增八条社区巴士线路")
    assert list(story.paragraphs) == [FIRST.replace("　", " "), SECOND]


def _page_under_a_blank() -> str:
    """The same story under a blank in its second column (a box of two lines far over it), its
    carried line boxed in glyphs a little narrower than the body's, as RapidOCR boxes a short line
    ending on a full stop."""
    lines = [("柳江晚报", 70, 50, 330, 120), ("2026年9月16日星期三", 1380, 50, 1690, 80), ("第6版城事", 1500, 90, 1690, 120)]
    lines += _column(["本周城东公交线路调整说明", "详情请拨打服务热线查询"], 485, 160)
    lines += _column(_lines(LEAD, MEASURE - 2), 900, 160, indent=True)  # a story in the third column
    top = 420
    head = "城东新增八条社区巴士线路"
    lines += [(head, 70, top - 10, 70 + 39 * len(head), top + 36)]
    carried = FIRST[-5:]
    lines += _column(_lines(FIRST[:-5], MEASURE - 2), 70, top + 45, indent=True)
    lines += [(carried, 485, top + 43, 485 + 24 * len(carried), top + 43 + HEIGHT)]
    lines += _column(_lines(SECOND, MEASURE - 2), 485, top + 43 + PITCH, indent=True)
    lines += [("柳江晚报第6版城事", 520, top + 400, 730, top + 430), ("责任编辑：龚明远", 770, top + 400, 940, top + 430)]
    return _rapidocr(lines)


def test_a_columns_top_line_under_a_heads_far_end_is_no_photos_caption():
    """Before: the carried line, alone under the blank in its column and in type a little smaller
    than the body's, was read as a photo's caption; after: the end of the first paragraph."""
    articles = clean_blocks(read_blocks("page.json", _page_under_a_blank())).articles
    paragraphs = [p for a in articles for p in a.paragraphs]
    assert any(p.endswith(FIRST.replace("　", " ")) for p in paragraphs) and SECOND in paragraphs
    assert not any(a.captions for a in articles)
