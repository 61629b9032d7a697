"""An overseas Chinese daily's community page: the bracketed lead names the reporter and the city
("【本報記者陳立文紐約報導】"), an events listing prints each item as its name over labelled lines,
and a 引题 may speak of the 農曆 new year. Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

LEAD_AND_LISTING = """\
僑報週刊　2026年1月8日　星期四　C2　社區

中華會館籌辦農曆新年聯歡
舞獅隊下月巡遊唐人街

　　【本報記者陳立文紐約報導】中華會館
（Chinese Consolidated Association）1月6日召開
理事會，決定農曆新年聯歡於2月15日在會館禮堂舉
行，並邀請舞獅隊沿唐人街巡遊。

　　會館主席表示，今年預計有六十個社團參加，經
費由商戶和會員共同承擔。

社區圖書室新增兒童讀物
【本報記者何美玲紐約報導】社區圖書室
（Community Reading Room）本月新增兒童讀物八
百冊，每週六下午開放親子閱讀時段。

社區活動

義務剪髮日

時間：1月10日（週六）上午9時至12時

地點：華人社區中心（堅尼路120號）

電話：（212）555-0190

新春書法講座

時間：1月17日（週六）下午2時

地點：中華會館二樓課室
"""


def test_a_bracketed_lead_naming_the_city_opens_the_story_under_its_headline():
    articles = clean_text(LEAD_AND_LISTING).articles
    first = articles[0]
    # the 引题 speaks of the 農曆 new year: it heads the story, it is no masthead's lunar date
    assert f"{first.kicker or ''}{first.title}" == "中華會館籌辦農曆新年聯歡舞獅隊下月巡遊唐人街"
    assert first.byline == "本報記者陳立文"
    assert first.paragraphs[0].startswith("【本報記者陳立文紐約報導】中華會館（Chinese Consolidated Association）1月6日")
    library = next(a for a in articles if a.title == "社區圖書室新增兒童讀物")
    assert library.paragraphs[0].startswith("【本報記者何美玲紐約報導】")


def test_each_listing_item_is_a_story_and_each_labelled_line_its_own_paragraph():
    articles = {a.title: a for a in clean_text(LEAD_AND_LISTING).articles}
    assert articles["義務剪髮日"].paragraphs == [
        "時間：1月10日（週六）上午9時至12時",
        "地點：華人社區中心（堅尼路120號）",
        "電話：（212）555-0190",
    ]
    assert articles["新春書法講座"].paragraphs == ["時間：1月17日（週六）下午2時", "地點：中華會館二樓課室"]
