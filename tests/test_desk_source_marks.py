"""The desk's mark set under a story drawn from several reports ("（综合报道）") is the story's
source, as an agency's name in brackets is, not the next story's kicker. A page written for the
rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def test_a_desk_mark_under_a_story_is_its_source():
    page = (
        "多国航空公司增开冬季航班\n\n"
        + wrap("为应对年底出行高峰，多家航空公司宣布从下月起增开往返东南亚和东亚主要城市的航班，部分航线每天增加两班。")
        + wrap("业内人士预计，今年冬季的旅客人数将超过疫情前的水平。")
        + "（综合报道）\n\n\n"
        + "海滨步道周末封闭维修\n\n"
        + wrap("海滨步道将在本周六和周日封闭维修，管理部门提醒市民改走临时绕行路线。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["多国航空公司增开冬季航班", "海滨步道周末封闭维修"]
    assert articles[0].source == "综合报道" and articles[1].kicker is None
