"""On a scanned vertical page Tesseract boxes a column wider than its ink (a speck or the next
column's edge beside a glyph): a head column in type twice the text's may be boxed as wide as a
column of text. Its glyphs (its words' boxes) still tell its type: the head is read as the next
story's head, not run on as the last paragraph of the story before it. The page below is written
for this test."""

from paperarchive.formats.reading import Box, Line, Region, Word, order_regions, to_blocks
from paperarchive.pipeline import clean_blocks

BOX = 46  # every column's box across, whatever its type: the scan's specks widen them all


def column(text: str, x: float, top: float, glyph: float) -> Region:
    """A column of `glyph`-pixel glyphs down the page from `top`, its box BOX wide from x."""
    centre = x + BOX / 2
    words = tuple(Word(ch, Box(centre - glyph / 2, top + glyph * i, centre + glyph / 2, top + glyph * (i + 1))) for i, ch in enumerate(text))
    box = Box(x, top, x + BOX, top + glyph * len(text))
    return Region((Line(text, box, None, words),), box)


def page() -> list[Region]:
    first = ["河堤步道昨天完工開放，全長兩公里，沿途種植櫻花兩百", "株，並設休息座椅與飲水台，夜間照明開到晚上十點。", "市府表示，步道每月派員巡查一次，發現損壞立即修復。"]
    second = ["東門市場整修半年，昨天重新啟用，一百多個攤商陸續進", "駐，市場內新設冷藏庫與公共廁所，環境乾淨明亮。", "管理處說，市場每天清晨五點開門，下午兩點休市。"]
    regions = [column("河堤步道完工", 1200, 100, 40)]
    regions += [column(text, 1150 - 50 * k, 100, 20) for k, text in enumerate(first)]
    regions.append(column("東門市場整修啟用", 1000, 100, 40))
    regions += [column(text, 950 - 50 * k, 100, 20) for k, text in enumerate(second)]
    return regions


def test_a_head_column_boxed_as_wide_as_the_text_is_the_next_storys_head():
    articles = clean_blocks(to_blocks(order_regions(page()))).articles
    assert [(article.kicker, article.title) for article in articles] == [(None, "河堤步道完工"), (None, "東門市場整修啟用")]
    assert not any("東門市場整修啟用" in paragraph for paragraph in articles[0].paragraphs)
    assert articles[1].paragraphs[0].startswith("東門市場整修半年")
