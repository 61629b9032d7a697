"""A column of Chinese briefs whose heads are run into their first lines (a 简讯 column: the head,
a full-width space, the item's text; each item may sign off on a right-set "（通讯员　X）"):
each item is a story, its head the title. Pages written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.classify import classify
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=17)


STORY = (
    "市区新开三条公交线路\n\n"
    + wrap("本报讯　为方便城郊居民出行，市公交集团从本月起新开三条公交线路，连通五个新建小区和两所中学，早晚高峰每十分钟一班。")
    + wrap("公交集团负责人介绍，三条线路全部使用新能源公交车，车上配有空调和无障碍设施，老年人凭卡免费乘车。")
)


def test_each_runin_brief_is_a_story_under_its_head_signed_by_its_own_line():
    page = (
        STORY
        + "\n街道简讯\n"
        + wrap("河西街道开办夜校　河西街道社区学校日前开设夜校，开设电脑、书法和烹饪三门课程，居民可免费报名。")
        + "\u3000" * 9 + "（通讯员　孙晓）\n"
        + wrap("东湖公园补种樱花　东湖公园管理处本周补种樱花树三百株，预计明年三月即可开花，届时公园将延长开放时间。")
        + "\u3000" * 9 + "（通讯员　贺兰）\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["市区新开三条公交线路", "河西街道开办夜校", "东湖公园补种樱花"]
    assert articles[1].section == "街道简讯" and articles[1].kicker is None
    assert articles[1].paragraphs == ["河西街道社区学校日前开设夜校，开设电脑、书法和烹饪三门课程，居民可免费报名。"]
    assert [a.byline for a in articles[1:]] == ["（通讯员　孙晓）", "（通讯员　贺兰）"]


def test_bulleted_briefs_of_an_old_page_flush_with_no_indent():
    page = (
        STORY
        + "\n城廂零訊\n\n"
        + wrap("●路燈增設　工務局昨在中山路增設路燈四十盞、夜間行人稱便。", width=16, indent="")
        + wrap("●郵局遷址　西門郵局定下月一日起遷至新址辦公、原址停止收寄。", width=16, indent="")
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles == ["市区新开三条公交线路", "路燈增設", "郵局遷址"]


def test_a_single_runin_phrase_or_a_dateline_is_no_column_of_briefs():
    alone = STORY + wrap("交通安全　市交警支队提醒，冬季早晚多雾，驾驶员要减速慢行，保持安全车距。")
    assert [a.title for a in clean_text(alone).articles] == ["市区新开三条公交线路"]
    datelines = STORY + "\n环卫工人有了暖心驿站\n\n" + wrap("本报讯　城区二十个环卫驿站昨日投用，环卫工人可在站内休息、热饭。") + wrap(
        "又讯　市环卫处还为每名环卫工人发放了防寒手套和护膝，共计一千二百套。"
    )
    assert [a.title for a in clean_text(datelines).articles] == ["市区新开三条公交线路", "环卫工人有了暖心驿站"]


def test_an_item_whose_block_took_in_the_running_foot_still_opens_on_its_head():
    column = (
        Block(("街道简讯",), 1, gap=1, kind=Kind.SHORT),
        Block(("河西街道开办夜校　河西街道社区学校日前开设夜", "校，居民可免费报名。"), 2, indent=True, kind=Kind.BODY),
        Block(("东湖公园补种樱花　东湖公园管理处本周补种樱花", "树三百株，预计明年三月即可开花。", "东江晚报　城市新闻　第5版"), 4, indent=True, kind=Kind.BODY),
    )
    kinds = [(b.kind, b.lines[0]) for b in classify(column, hard_wrapped=True)]
    assert kinds[3:5] == [(Kind.HEADLINE, "东湖公园补种樱花"), (Kind.BODY, "东湖公园管理处本周补种樱花")]


def test_each_brief_of_a_column_under_its_own_head_line_is_a_story():
    page = (
        STORY
        + "\n社区快讯\n"
        + "南湖社区开设老年食堂\n"
        + wrap("南湖社区老年食堂日前开张，六十岁以上的居民每餐只需八元，行动不便的老人可以预约送餐。")
        + "北街菜市场完成改造\n"
        + wrap("北街菜市场改造工程近日完工，新增摊位四十个，地面和排水设施全部重新铺设。")
        + "文化站周末放映电影\n"
        + wrap("文化站从本周起每周六晚上在广场放映电影，居民可自带板凳免费观看。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["市区新开三条公交线路", "南湖社区开设老年食堂", "北街菜市场完成改造", "文化站周末放映电影"]
    assert articles[1].section == "社区快讯" and articles[2].headings == []


def test_a_subhead_inside_a_story_under_no_column_of_briefs_stays_its_heading():
    page = (
        STORY
        + "\n社区食堂越办越红火\n"
        + wrap("南湖社区老年食堂开办一年来，每天就餐的老人从三十多人增加到一百多人，成了社区里最热闹的地方。")
        + "菜单由老人一起定\n"
        + wrap("食堂每周召开一次老人座谈会，由老人们商量下一周的菜单，既讲营养，也合口味。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["市区新开三条公交线路", "社区食堂越办越红火"] and articles[1].headings == ["菜单由老人一起定"]
