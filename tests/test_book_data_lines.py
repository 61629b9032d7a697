"""A book's data line under a review's byline or a 书讯 item's title (its author, publisher and
price) is the first paragraph of the review or item, one a printed line, as every data line
is (the holdout21–32 READMEs; holdout19's alone made it a credit): not a headline, not run
into the text under it, not furniture, not the item's byline. A page written for the rule (not
copied from any gold page)."""

import textwrap
from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def test_book_data_lines_open_the_review_and_each_item():
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
    assert review.paragraphs[:2] == [
        "《东门旧事》，何远舟著，北岭文艺出版社2026年5月出版，定价：45.00元",
        "何远舟在东门老街住了六十年，这本散文集写的就是老街上的人和事：修鞋的老张、卖豆腐的王婶，还有街口那棵老槐树。",
    ]
    assert not review.captions
    assert [a.title for a in items] == ["《山路弯弯》", "《星空下的课堂》"]
    assert [a.byline for a in items] == [None, None]
    assert items[0].paragraphs == ["作者：林木　出版社：南江人民出版社　定价：52元", "一位乡村邮递员三十年的工作笔记，记下了山里人家的悲欢离合。"]


def test_a_book_data_line_may_name_the_book_before_its_author():
    page = (
        "一条老街的四季\n"
        "□　陆听雨\n"
        "《石板街》　作者：乔南枝　出版：北岭文艺出版社　定价：49.00元\n"
        + wrap("乔南枝的新作《石板街》写的是一条老街一年四季的日常，从春天的早市写到冬天的年货。")
        + wrap("这本书的好处在于慢：它不急着告诉读者什么道理，只是把日子一天一天地摆出来。")
    )
    review = clean_text(page).articles[0]
    assert review.title == "一条老街的四季" and review.byline == "陆听雨"
    assert review.paragraphs[0] == "《石板街》　作者：乔南枝　出版：北岭文艺出版社　定价：49.00元"
    assert not review.captions


def test_a_data_line_of_spaced_fields_wrapped_by_the_column_is_one_paragraph():
    # (the fields a wide space apart, the author's role after the name, the price with no colon;
    # wrapped at the column width, under the byline and again at the review's foot)
    data = "《河湾人家》\u3000祝晓川\u3000著\u3000北岭文艺出版社\u30002026年4月\u3000定价52元"
    text = "祝晓川的新作写的是河湾里三户人家四十年的日子，从撑船写到开渡轮。"
    for page in (
        "河湾的四十年\n本报记者\u3000苏晓岚\n\n" + wrap(data) + "\n" + wrap(text),
        "河湾的四十年\n本报记者\u3000苏晓岚\n\n" + wrap(text) + wrap(data),
    ):
        review = clean_text(page).articles[0]
        assert data in review.paragraphs and text in review.paragraphs and len(review.paragraphs) == 2



_HARBOUR = (
    "PORTLAND – John Carver spent ten years collecting the stories of the old harbour from the men who fished it.",
    "The book has thirty tales in all, each told as the fishermen told it, with a short note on who told it.",
    "The best of them is the tale of the lost bell, which the old men say still rings under the water in a storm.",
)
_HARBOUR_DATA = ("The Harbour Book. John Carver. Seaside Press,", "2026. 212 pp. $18")


def test_a_latin_book_data_block_is_one_paragraph_of_its_own():
    # (flush over two lines under the byline, no stop at its end: not run into the text under it)
    page = "Old Harbour Tales\nBy Mary Ellis\n\n" + "\n".join(_HARBOUR_DATA) + "\n\n" + "\n\n".join(textwrap.fill(p, 46) for p in _HARBOUR) + "\n"
    review = clean_text(page).articles[0]
    assert review.paragraphs == [" ".join(_HARBOUR_DATA), *_HARBOUR]


def test_a_latin_book_data_block_at_an_indented_reviews_foot_is_its_last_paragraph():
    # (not joined on by the list's label set under it)
    page = (
        "Old Harbour Tales\nBy Mary Ellis\n"
        + "".join(textwrap.fill(p, 46, initial_indent="   ") + "\n" for p in _HARBOUR)
        + "\n".join(_HARBOUR_DATA)
        + "\n\nMost borrowed\n1. The Harbour Book – John Carver – 41\n2. Salt Roads – Ann Pike – 33\n3. Gulls – Tom Reed – 20\n"
    )
    review, loans = clean_text(page).articles
    assert review.paragraphs == [*_HARBOUR, " ".join(_HARBOUR_DATA)]
    assert loans.title == "Most borrowed"



def test_a_lists_label_glued_under_the_book_data_closing_a_review_is_the_lists_title():
    # (an indent-only page: the label set solid between the data line and the list's header row)
    data = "《河湾人家》\u3000祝晓川\u3000著\u3000北岭文艺出版社\u30002026年4月\u3000定价52元"
    texts = (
        "祝晓川的新作写的是河湾里三户人家四十年的日子，从撑船写到开渡轮，从分田写到建码头。",
        "书里的人说话都带着河湾的口音，读来亲切，像是坐在堤上听老人讲古。",
        "全书分三部，每部十二章，共三十六章，写了一条河和河边人的四十年。",
    )
    rows = ("排名\u3000书名\u3000作者", "1\u3000《河湾人家》\u3000祝晓川", "2\u3000《山城旧事》\u3000柏念慈", "3\u3000《青瓦》\u3000林一苇", "4\u3000《小满》\u3000何田", "5\u3000《北岭志》\u3000陶然")
    page = (
        "青川日报\u30002027年3月4日\u3000星期四\u3000第7版\u3000读书\n\n河湾的四十年\n本报记者\u3000苏晓岚\n"
        + "".join(hard_wrapped(t, 20) for t in (*texts, data))
        + "本周畅销书\n"
        + "\n".join(rows)
        + "\n"
    )
    review, bestsellers = clean_text(page).articles
    assert review.paragraphs == [*texts, data]
    assert bestsellers.title == "本周畅销书" and bestsellers.paragraphs == list(rows)


def test_a_book_notes_price_may_name_its_currency_without_a_label():
    # "新臺幣280元", "新元18": the price a field of its own after a wide space, no 定價
    page = (
        "新書介紹\n"
        "《港邊的燈》　何采薇　著　北嶺出版社　新臺幣280元\n\n"
        + wrap("一部寫港邊小鎮的短篇小說集，收小說八篇，寫漁船、碼頭和夜市裡的人。")
        + "\n新书速递\n"
        "《椰风小巷》　林嘉禾　著　海湾书局　新元18\n\n"
        + wrap("一本写老街坊的散文集，文字朴素，读来亲切。")
    )
    notes = clean_text(page).articles
    assert [a.title for a in notes] == ["新書介紹", "新书速递"]
    assert notes[0].paragraphs[0] == "《港邊的燈》　何采薇　著　北嶺出版社　新臺幣280元"
    assert notes[1].paragraphs[0] == "《椰风小巷》　林嘉禾　著　海湾书局　新元18"


def test_a_latin_book_notes_details_line_under_its_label_is_its_first_paragraph():
    # the title and its author, the publisher and the price parted by middle dots, under a label
    essay = (
        "The boat came in late that evening, and the whole harbour waited on the wall to see it tie up.",
        "My grandfather said the sea keeps its own hours, and that a sailor learns them or goes hungry.",
    )
    page = (
        "The Harbour Wall\nBy Tom Reed\n\n"
        + "\n\n".join(textwrap.fill(p, 40) for p in essay)
        + "\n\nBooks\n"
        "The Salt Marsh, by Ana Kettle · Harbour Lane Press · $ 14\n\n"
        + textwrap.fill("Ana Kettle writes of the marsh and the people who cut its reeds; a quiet book, and a kind one.", 40)
        + "\n"
    )
    note = clean_text(page).articles[-1]
    assert note.title == "Books" and note.subtitle is None and note.kicker is None
    assert note.paragraphs == [
        "The Salt Marsh, by Ana Kettle · Harbour Lane Press · $ 14",
        "Ana Kettle writes of the marsh and the people who cut its reeds; a quiet book, and a kind one.",
    ]
