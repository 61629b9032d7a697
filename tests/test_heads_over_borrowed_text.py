"""A head under a signed story over text that closes on a line naming the outlet it was taken
from opens that borrowed piece: it is no subhead of the signed story. Pages written for these
tests (no gold page's text)."""

from paperarchive.pipeline import clean_text

CHINESE_PAGE = """江岸日报
2027年3月6日　星期六
第4版　港澳台　　　本版编辑：温若兰

在澳江岸乡亲开办“乡音课堂”
本报驻澳门记者　黎晓帆

　　每逢周日下午，澳门一栋旧楼的三楼就热闹起
来。二十多个孩子在这里学唱江岸童谣。

老师都是志愿者

　　课堂的老师全部是同乡会的志愿者，每周轮流
上课，至今已坚持三年。

台湾高校学生来江岸参访

　　由台湾多所高校学生组成的参访团3月4日抵达
江岸，参观了船厂旧址和古港博物馆。

来源：海峡新闻网

港澳台简讯
江岸在港举办旅游推介会

　　本报讯　3月3日，江岸市在香港举办旅游推介
会，现场签约旅游线路12条。
"""


def test_a_head_over_text_credited_to_another_outlet_opens_a_story_of_its_own():
    feature, borrowed, brief = clean_text(CHINESE_PAGE).articles
    assert feature.headings == ["老师都是志愿者"] and feature.source is None
    assert (borrowed.title, borrowed.source) == ("台湾高校学生来江岸参访", "海峡新闻网")
    assert borrowed.paragraphs[0].startswith("由台湾多所高校学生")
    assert brief.title == "江岸在港举办旅游推介会"


def test_a_subhead_over_the_signed_storys_own_text_stays_a_subhead():
    page = CHINESE_PAGE.replace("来源：海峡新闻网\n\n", "")
    feature = clean_text(page).articles[0]
    assert feature.headings == ["老师都是志愿者", "台湾高校学生来江岸参访"]


def test_a_story_its_outlets_reporter_signs_keeps_its_subheads_over_its_own_source():
    page = CHINESE_PAGE.replace("本报驻澳门记者　黎晓帆", "海峡新闻网记者　黎晓帆")
    feature = clean_text(page).articles[0]
    assert feature.headings == ["老师都是志愿者", "台湾高校学生来江岸参访"]
    assert feature.source == "海峡新闻网"
