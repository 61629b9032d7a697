"""A masthead row spread across the page, the paper's name flush left and its date and page flush
right, as an engine's text output keeps it (the spaces between them kept): furniture, as the same
row set close. Pages written for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

GAP = " " * 96


def test_a_chinese_masthead_row_spread_across_the_page_is_furniture_and_the_head_under_it_a_title():
    page = (
        f"澄江晚报{GAP}2026年5月6日 星期三 第4版 社区\n"
        "\n"
        "老城区新添六处口袋公园\n"
        "\n"
        "本报讯 记者从市园林局获悉，老城区六处口袋公园本周建成开放，每处都设有座椅和儿童游乐设施。\n"
        "\n"
        "园林局表示，明年还将在新区再建十处，优先安排在学校和医院附近。\n"
    )
    cleaned = clean_text(page)
    assert [a.title for a in cleaned.articles] == ["老城区新添六处口袋公园"]
    assert "澄江晚报" in cleaned.furniture
    assert not any("澄江晚报" in p for a in cleaned.articles for p in a.paragraphs)
    assert cleaned.info.date == "2026-05-06"


def test_an_english_masthead_row_spread_across_the_page_is_furniture():
    page = (
        f"The Millbrook Herald{GAP}Friday, May 8, 2026   Page 4\n"
        "\n"
        "Library Opens Its New Reading Room\n"
        "\n"
        "   The town library opened its new reading room on Thursday, with\n"
        "forty seats and a wall of local history books donated by residents.\n"
    )
    cleaned = clean_text(page)
    assert cleaned.furniture[0] == "The Millbrook Herald"
    assert not any("Millbrook Herald" in p for a in cleaned.articles for p in a.paragraphs)
