"""A book's data line under a review's byline or a 书讯 item's title (its author, publisher and
price) is a credit: not a headline, not text, not furniture, not the item's byline. A page
written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def test_book_data_lines_are_credits_of_the_review_and_of_each_item():
    page = (
        "一座小城的百年记忆\n"
        "——读何远舟散文集《东门旧事》\n\n"
        "□苏晓岚\n\n"
        + wrap("《东门旧事》，何远舟著，北岭文艺出版社2026年5月出版，定价：45.00元", indent="")
        + "\n"
        + wrap("何远舟在东门老街住了六十年，这本散文集写的就是老街上的人和事：修鞋的老张、卖豆腐的王婶，还有街口那棵老槐树。")
        + wrap("书里没有大事件，只有日子，可正是这些日子，让一座小城有了自己的记忆。")
        + "\n\n新书速递\n\n"
        + "《山路弯弯》\n"
        + "作者：林木　出版社：南江人民出版社　定价：52元\n"
        + wrap("一位乡村邮递员三十年的工作笔记，记下了山里人家的悲欢离合。")
        + "\n《星空下的课堂》\n"
        + "作者：陈一鸣　出版社：青禾少儿出版社　定价：38元\n"
        + wrap("一本写给孩子的天文入门书，配有大量手绘插图，适合小学高年级学生阅读。")
    )
    cleaned = clean_text(page)
    review, *items = cleaned.articles
    assert review.title == "一座小城的百年记忆" and review.byline == "苏晓岚"
    assert [c.credit for c in review.captions] == ["《东门旧事》，何远舟著，北岭文艺出版社2026年5月出版，定价：45.00元"]
    assert not any("定价" in p for a in cleaned.articles for p in a.paragraphs)
    assert [a.title for a in items] == ["《山路弯弯》", "《星空下的课堂》"]
    assert [a.byline for a in items] == [None, None]
    assert [c.credit for c in items[0].captions] == ["作者：林木　出版社：南江人民出版社　定价：52元"]
