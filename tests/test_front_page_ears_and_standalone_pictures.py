"""A front page's masthead band and its two ears, written here as plain text: the band's edition
line with the day's page count and the price in cells of their own, a weather box set straight over
an index box (`今日导读：` / `Inside today:` and its rows, each a head and the page it is on), then the
lead; and a picture printed alone between two stories, its line and its credit."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text

CHINESE_FRONT_PAGE = """青峪日报
2031年5月4日　星期日　第4410期　今日12版　定价1.5元
第1版　要闻
天气：多云转晴
气温：12～23℃
今日导读：
老码头的早茶铺　第3頁
水库边的护林员　第5頁
夜校开了书法班　第7頁

城南三座人行天桥完工
本报记者　郜　川
　　本报讯　城南三座人行天桥昨天完工，
市民过马路不再绕行。
　　天桥配有电梯和雨棚，夜间照明也已开通。
"""

LATIN_FRONT_PAGE = """WILLOW CREEK TIMES · Sunday, 4 May 2031 · No. 88 · $1.50
Page 1 · Front page
Weather: showers clearing, 9 to 17 °C
River: steady
Inside today:
Saturday market prices, Page 3
School choir heads east, Page 5

New footbridge opens downtown
Council spends $90,000 on the crossing by the old mill
By Ruth Ames

WILLOW CREEK – The footbridge by the old mill opened on Saturday
after eight months of work.

Walkers no longer need to take the long road round the mill pond.
"""


def test_the_masthead_band_prints_the_page_count_and_the_price_as_cells_of_its_edition_line():
    assert is_furniture("2031年5月4日　星期日　第4410期　今日12版　定价1.5元")
    assert is_furniture("2031年5月4日　星期日　第512期　售价1令吉20仙")
    assert not is_furniture("门票定价2元")


def test_the_weather_ear_over_the_index_ear_is_furniture_with_the_index():
    page = clean_text(CHINESE_FRONT_PAGE)
    text = " ".join(" ".join([a.title or "", a.section or "", a.kicker or "", *a.paragraphs]) for a in page.articles)
    for ear in ("多云转晴", "12～23℃", "今日导读", "老码头的早茶铺", "夜校开了书法班", "今日12版", "定价"):
        assert ear not in text
    assert [a.title for a in page.articles] == ["城南三座人行天桥完工"]
    assert page.articles[0].section is None


def test_a_latin_index_ear_and_weather_box_are_furniture():
    page = clean_text(LATIN_FRONT_PAGE)
    text = " ".join(" ".join([a.title or "", *a.paragraphs]) for a in page.articles)
    for ear in ("showers clearing", "River: steady", "Inside today", "Saturday market prices", "Page 5"):
        assert ear not in text


PICTURE_BETWEEN_STORIES = """城南三座人行天桥完工
本报记者　郜　川
　　本报讯　城南三座人行天桥昨天完工，
市民过马路不再绕行。
　　天桥配有电梯和雨棚，市民在桥上

图为市民走上新天桥。
本报记者　郜　川　摄

拍照留念。夜间照明也已开通。

槐花开满北山坡
本报记者　许　桐　摄

夜校开了书法班
本报记者　郜　川
　　本报讯　市民夜校本周起开设书法班，
每周二、周四晚上授课。
"""


def test_a_picture_printed_alone_under_a_closed_story_is_an_article_titled_by_its_line():
    page = clean_text(PICTURE_BETWEEN_STORIES)
    assert [a.title for a in page.articles] == ["城南三座人行天桥完工", "槐花开满北山坡", "夜校开了书法班"]
    picture = page.articles[1]
    assert picture.paragraphs == [] and picture.captions == []
    # the caption set inside the lead's cut sentence stays the lead's
    assert [c.text for c in page.articles[0].captions] == ["图为市民走上新天桥。"]
