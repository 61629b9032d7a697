"""Lines of Chinese pages from papers abroad and in Hong Kong: a masthead set beside its
romanised name and a running foot joined to the section by a bar; a writer who took the photos
too ("报道／摄影：X"); a resident correspondent whose name has a character outside the common
range; a family's notice signed with its closing formula over the day it was signed on. Pages written for the
classes, not copied from any gold page."""

from paperarchive.pipeline import clean_text

SINGAPORE = """星洲晨报　SING CHOW MORNING POST
2026年12月9日　星期三　B6　社区

河畔老店迎来第三代
报道／摄影：吴佩珊

（新加坡8日讯）开业五十年的河畔咖啡店昨天由第三代
接手经营，店主黄志明说，他会保留祖父留下的炭烧咖啡，
也会增加几样新点心，希望吸引年轻顾客。

社区新闻｜星洲晨报

黄志明说，店里的老顾客大多住在附近组屋区，不少人
每天早上都来喝一杯咖啡、看一份报纸。
"""

HONG_KONG = """港島日報
2026年12月9日　星期三　A8　港聞

灣仔街市翻新後重開
攤檔增至六十個　租金維持不變
記者　陸嘉欣
　　灣仔一個街市完成為期一年的翻新工程，昨日重
新開放，攤檔由四十個增至六十個，食環署表示租金
維持不變。
　　不少街坊一早便到街市買餸，有人說新街市光猛
乾淨，通道也闊了。

港珠澳大橋客流創新高
本報駐珠海記者　冼䶮明
　　港珠澳大橋珠海公路口岸昨日出入境旅客人次創
開通以來新高，口岸當局表示會增加通關人手。

鳴謝
　　先母陳門李氏於本年十一月二十八日安詳辭世，
承蒙各界親友致送花圈、親臨弔唁，隆情厚誼，存歿
均感，謹此鳴謝。
陳府家屬　謹啟
二〇二六年十二月八日

社區消息
"""


def test_a_masthead_beside_its_romanised_name_and_a_foot_joined_by_a_bar_are_furniture():
    page = clean_text(SINGAPORE)
    assert {"星洲晨报　SING CHOW MORNING POST", "社区新闻｜星洲晨报"} <= set(page.furniture)
    story = page.articles[0]
    assert story.paragraphs[-1].startswith("黄志明说，店里的老顾客")
    assert not any("星洲晨报" in p for p in story.paragraphs)


def test_a_writer_who_took_the_photos_too_signs_under_the_head():
    story = clean_text(SINGAPORE).articles[0]
    assert (story.title, story.byline) == ("河畔老店迎来第三代", "报道／摄影：吴佩珊")


def test_a_correspondents_name_with_a_rare_character_is_a_byline():
    story = next(a for a in clean_text(HONG_KONG).articles if a.title == "港珠澳大橋客流創新高")
    assert story.byline == "本報駐珠海記者　冼䶮明"


def test_a_family_signs_its_notice_over_the_day_it_was_signed():
    page = clean_text(HONG_KONG)
    notice = next(a for a in page.articles if a.title == "鳴謝")
    assert notice.byline == "陳府家屬　謹啟"
    assert all(a.section != "陳府家屬　謹啟" for a in page.articles)

