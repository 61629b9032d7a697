"""A Bangkok Chinese daily's social page: a donors' list carried on from yesterday ("（續昨）" over
its first row), a 要聞 item under its column's label ("泰國要聞") with the paper it was translated
from in brackets under its last sentence ("（譯自泰文《晨光報》）"). The note is the list's first
paragraph, the label the item's section, the bracketed paper its source. A page written for the
rules (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

PAGE = (
    "暹京日報　2026年11月20日　星期五　第6版\n\n"
    "捐款芳名錄\n"
    "北部風災救助捐款（第二批）\n"
    "（續昨）\n"
    "清邁同鄉會　　　　　十萬銖\n"
    "曼谷布商公會　　　　八萬銖\n"
    "陳氏宗親會　　　　　五萬銖\n\n"
    "國際要聞\n"
    "航空公司擬增開曼谷至清邁航班\n"
    + wrap("交通部官員表示，為因應年底旅遊旺季，多家航空公司擬自下月起增開曼谷至清邁航班，每日增加六個班次。")
    + wrap("據統計，去年年底旺季期間，曼谷至清邁航線的平均載客率超過九成。")
    + "（譯自泰文《星報》）\n\n"
    "僑社簡訊\n"
    "華校舉辦書法比賽\n"
    + wrap("（本報清邁訊）清邁地區四所華文學校上週末聯合舉辦書法比賽，六十多名學生參賽。")
)


def test_the_list_note_the_column_label_and_the_translated_source():
    donors, item, brief = clean_text(PAGE).articles
    assert donors.title == "北部風災救助捐款（第二批）" and not donors.subtitle
    assert donors.paragraphs[0] == "（續昨）"
    assert item.title == "航空公司擬增開曼谷至清邁航班"
    assert "國際要聞" in (item.section, item.kicker)
    assert item.source == "泰文《星報》"
    assert item.paragraphs[-1] == "據統計，去年年底旺季期間，曼谷至清邁航線的平均載客率超過九成。"
    assert brief.title == "華校舉辦書法比賽"
