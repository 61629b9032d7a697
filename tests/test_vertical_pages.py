"""Vertical CJK pages (issue 11): what the engines' text of a vertical page needs to come out in
reading order with its heads. Texts written for these tests."""

from paperarchive.classify import is_short
from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks


def test_latin_commas_between_han_make_a_clause_not_a_head():
    # Tesseract and RapidOCR write a Latin comma between Han glyphs; a one-column paragraph whose
    # stop the engine lost is text, as it is with Chinese commas, not a head.
    assert not is_short("碼頭倉庫本週重新油漆,工期約十日,期間貨物改存東棧")
    assert not is_short("碼頭倉庫本週重新油漆，工期約十日，期間貨物改存東棧")
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
