"""`classify.is_furniture` and `classify.is_standalone_line` on lines written for this file:
a page's furniture of several kinds (running heads in Chinese and English, page numbers,
editors' lines, a masthead's dates, pointers to another page) is furniture and stands alone;
the lines of running text around it are neither.

These guard the cheap exits of `is_furniture` (its width measured once, the running text
ruled out before the costlier tests): a change that made them reject a furniture line, or
accept a line of text, fails here.
"""

from __future__ import annotations

import pytest

from paperarchive.classify import is_furniture, is_standalone_line
from paperarchive.pipeline import clean_text

FURNITURE = [
    "临川日报　2027年4月9日　星期五　第6版",  # a Chinese running head: paper, date, weekday, page
    "沙洲晚報　2027年9月14日　星期二　B2　港聞",  # with a section's name after its page
    "THE RIVERTON HERALD, MONDAY, APRIL 5, 1926",  # an English running head
    "PAGE 12",  # a page number alone
    "本版编辑　周　岚",  # the editor's line
    "本版責編 陸 明 版式 許 靜",  # its spaces lost and kept
    "（上接第2版）",  # a pointer to another page
    "Continued from Page 4",
    "第二十一號",  # an old masthead's issue number
    "辛酉八月",  # and its month in the cycle of years
]

BODY = [
    "市民在新建的公园里散步，孩子们",  # a paragraph's line, hard-wrapped
    "10月12日，志愿者走进社区开展义诊。",  # opens on a date, a sentence
    "the council voted on Tuesday evening to",
    "Monday.",  # a weekday ending a sentence
    "第二十一號線路今年通車",  # an issue number's words running on
    "书画展由文化馆主办，展期两周。",
    "Page after page of the old ledger was",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_furniture_and_stand_alone(line):
    assert is_furniture(line)
    assert is_standalone_line(line)


@pytest.mark.parametrize("line", BODY)
def test_running_text_is_not_furniture(line):
    assert not is_furniture(line)
    assert not is_standalone_line(line)


def test_a_running_head_spread_across_the_page_is_furniture():
    assert is_furniture("临川日报" + " " * 80 + "2027年4月9日 星期五 第6版 要闻")
    assert not is_furniture("临川日报记者" + "走访了沿江的村庄，" * 4)


def test_a_classified_desks_rates_and_its_own_contact_at_the_foot_are_furniture():
    page = (
        "Kitchen garden prize for the school\n\n"
        "VALE – The primary school won the\n"
        "county's kitchen garden prize on\n"
        "Friday for its beans and onions.\n\n"
        "Classifieds\n"
        "Jobs\n"
        "COOK: For the canteen, mornings. Ring\n"
        "0917-426-1180\n"
        "GARDENER: Two days a week. Ring\n"
        "0928-317-5502\n\n"
        "Small ads: 40 cents a word, ten words at least\n"
        "Ad desk: Mill Lane 3, Vale · 0935-220-4186\n"
    )
    cleaned = clean_text(page)
    assert "Small ads: 40 cents a word, ten words at least" in cleaned.furniture
    assert "Ad desk: Mill Lane 3, Vale · 0935-220-4186" in cleaned.furniture
    assert not any("desk" in p or "a word" in p for a in cleaned.articles for p in a.paragraphs)
    zh = (
        "社区食堂开张\n\n"
        "　　河东社区食堂昨天开张，老人吃饭有了去处。\n\n"
        "分类广告\n"
        "招聘\n"
        "招帮厨　社区食堂招帮厨2名，月薪3500元。电话：13607312845\n\n"
        "刊登价格：每行10元，三行起登\n"
        "分类广告部：河东路8号　电话：0731-5227190\n"
    )
    cleaned = clean_text(zh)
    assert "刊登价格：每行10元，三行起登" in cleaned.furniture
    assert not any("刊登价格" in p or "分类广告部" in p for a in cleaned.articles for p in a.paragraphs)
