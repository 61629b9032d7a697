"""Vertical CJK pages (issue 11): what the engines' text of a vertical page needs to come out in
reading order with its heads. Texts written for these tests."""

from paperarchive.classify import is_short
from paperarchive.formats.reading import Box, Line, Region, bounds, to_blocks
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks


def test_latin_commas_between_han_make_a_clause_not_a_head():
    # Tesseract and RapidOCR write a Latin comma between Han glyphs; a one-column paragraph whose
    # stop the engine lost is text, as it is with Chinese commas, not a head.
    assert not is_short("碼頭倉庫本週重新油漆,工期約十日,期間貨物改存東棧")
    assert not is_short("碼頭倉庫本週重新油漆，工期約十日，期間貨物改存東棧")
    # (Tesseract's text of a vertical page spaces its glyphs, commas too)
    assert not is_short("碼頭倉庫本週重新油漆 , 工期約十日 , 期間貨物改存東棧")
    assert is_short("碼頭倉庫重新油漆")


def test_a_storys_last_column_is_no_kicker_of_the_next():
    page = (
        Block(("河濱公園新闢步道",), 1, 0),
        Block(("河濱公園新闢的步道昨日開放,全長三公里,沿途設有涼亭與", "飲水機,市民可於清晨及傍晚前往散步。"), 3, 1, indent=True),
        Block(("管理處提醒遊客愛護花木,切勿隨地丟棄垃圾,違者將予罰款",), 5, 0, indent=True),
        Block(("東區市場改建完工",), 8, 2),
        Block(("東區市場改建工程已於上週完工,攤商將於下月初遷回營業,", "管理處並將增設冷藏設備。"), 10, 1, indent=True),
    )
    articles = clean_blocks(page).articles
    assert [a.title for a in articles] == ["河濱公園新闢步道", "東區市場改建完工"]
    assert articles[0].paragraphs[-1].startswith("管理處提醒遊客")
    assert articles[1].kicker is None


def test_a_reporter_over_a_speck_read_as_a_colon_is_the_byline():
    from paperarchive.classify import classify_block

    block = classify_block(Block(("本報記者陳立文:",), 1))
    assert block.kind is Kind.BYLINE and block.lines == ("本報記者陳立文",)
    assert classify_block(Block(("記者：這項工程何時完工？",), 1)).kind is not Kind.BYLINE


def _column(text, x, top, pitch, width):
    """A vertical column of glyphs `pitch` pixels apart down the page, `width` across."""
    return Line(text, Box(x, top, x + width, top + pitch * len(text)))


def test_a_kicker_column_in_text_type_is_cut_from_its_head_column():
    # The engine boxed the kicker (text type, 30 pixels a glyph) and the head (60) as one region:
    # by the glyphs' pitch down each column they are the kicker and the title.
    head = (_column("夜市攤位再增加", 1100, 100, 30, 50), _column("港邊夜市週末開張", 1020, 100, 60, 80))
    byline = (_column("本報記者陳立文", 980, 200, 30, 30),)
    text = (
        _column("港邊夜市籌備半年，本週末正式開張，", 930, 100, 30, 30),
        _column("首批攤位八十個，市府另規劃停車場。", 890, 100, 30, 30),
        _column("管理處說，夜市每晚營業到十一點。", 850, 100, 30, 30),
    )
    regions = [Region(lines, bounds([line.box for line in lines])) for lines in (head, byline, text)]
    blocks = to_blocks(regions)
    article = clean_blocks(blocks).articles[0]
    assert (article.kicker, article.title) == ("夜市攤位再增加", "港邊夜市週末開張")



def test_a_column_ending_its_sentence_short_ends_the_paragraph_measured_in_glyphs():
    # RapidOCR boxes 22-pixel type 36 pixels across: a column that stops three glyphs (66 pixels)
    # short after its stop ends the paragraph, though it is less than two box widths short.
    columns = ("市圖書館自下月起延長開放時間，平日晚上開到", "九點，假日則提早在上午七點半就開館門。", "館方表示，延長時間後將增加志工人數，並加開自", "修室的座位。")
    assert [len(text) for text in columns] == [21, 19, 22, 6]
    pitch, top, lines = 22, 100, []
    for n, text in enumerate(columns):
        start = top + pitch if n == 0 else top  # the first column indented a glyph
        lines.append(Line(text, Box(900 - 40 * n, start, 936 - 40 * n, start + pitch * len(text))))
    blocks = to_blocks([Region(tuple(lines), bounds([line.box for line in lines]))])
    assert [block.lines for block in blocks] == [columns[:2], columns[2:]]


def test_a_text_column_boxed_with_the_next_head_stays_the_last_paragraph_before_it():
    # The engine boxed the first story's last column (text type, its sentence ended) with the
    # second story's head column: no kicker, the first story's last paragraph.
    first = (
        _column("河堤步道昨天完工，全長兩公里，沿途種植櫻花。", 1100, 100, 30, 30),
        _column("市府表示，步道夜間將開燈至十點。", 1060, 100, 30, 30),
    )
    boxed = (_column("附近居民都說，散步多了個好去處。", 1020, 130, 30, 50), _column("東門市場整修啟用", 950, 100, 60, 80))
    second = (
        _column("東門市場整修半年，昨天重新啟用，攤商陸續進駐。", 900, 130, 30, 30),
        _column("管理處說，市場每天清晨五點開門。", 860, 100, 30, 30),
    )
    head = (_column("河堤步道完工", 1160, 100, 60, 80),)
    regions = [Region(lines, bounds([line.box for line in lines])) for lines in (head, first, boxed, second)]
    articles = clean_blocks(to_blocks(regions)).articles
    assert [article.title for article in articles] == ["河堤步道完工", "東門市場整修啟用"]
    assert articles[-1].title == "東門市場整修啟用" and articles[-1].kicker is None
    assert any(paragraph.endswith("散步多了個好去處。") for article in articles[:-1] for paragraph in article.paragraphs)
