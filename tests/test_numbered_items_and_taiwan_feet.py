"""A numbered list printed past its column (each item one line, filling it) keeps one paragraph
per item; Taiwan papers' "（下接B3版）" jump line and "編輯　X　美編　Y" foot are furniture. A
page written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "港都新報　中華民國115年12月3日　星期四\n"
    "A4　地方新聞\n"
    "\n"
    "跨年晚會移師河濱公園\n"
    "記者　林佳蓉\n"
    "　　今年的跨年晚會將移師河濱公園舉行，市府預計\n"
    "吸引十萬人次到場，捷運將延長營運至凌晨三點。\n"
    "\n"
    "（下接A5版）\n"
    "\n"
    "晚會交通管制\n"
    "\n"
    "一、河濱路（中正橋至光華橋）：31日下午三點起禁止汽車通行。\n"
    "二、公園周邊巷道：全日禁止停車，違者拖吊。\n"
    "三、捷運河濱站：只出不進，請改由前後站進出。\n"
    "\n"
    "編輯　曾雅琪　美編　吳宗翰\n"
)


def test_each_numbered_item_printed_past_the_column_is_its_own_paragraph():
    items = [p for a in clean_text(PAGE).articles for p in a.paragraphs if p[1] == "、"]
    assert items == [
        "一、河濱路（中正橋至光華橋）：31日下午三點起禁止汽車通行。",
        "二、公園周邊巷道：全日禁止停車，違者拖吊。",
        "三、捷運河濱站：只出不進，請改由前後站進出。",
    ]


def test_a_taiwan_jump_line_and_editors_foot_are_furniture():
    cleaned = clean_text(PAGE)
    assert "（下接A5版）" in cleaned.furniture and "編輯　曾雅琪　美編　吳宗翰" in cleaned.furniture
    assert cleaned.articles[0].continues == "A5"
    assert all("編輯" not in p for a in cleaned.articles for p in a.paragraphs)


def test_a_thai_chinese_papers_buddhist_year_with_the_western_one_in_brackets_dates_the_running_head():
    page = clean_text(
        "曼谷僑報　佛曆2570年（2027年）1月6日　星期三\n"
        "第3版　僑社新聞\n"
        "\n"
        "中華會館舉辦新春聯歡\n"
        "　　【本報訊】中華會館昨晚舉辦新春聯歡會，僑團代表三百\n"
        "多人出席，會上頒發了清寒學生獎學金。\n"
    )
    assert page.furniture[0] == "曼谷僑報　佛曆2570年（2027年）1月6日　星期三"
    assert page.info.date == "2027-01-06"
    assert [(a.kicker, a.title) for a in page.articles] == [(None, "中華會館舉辦新春聯歡")]
