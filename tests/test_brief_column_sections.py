"""A column of briefs under one name ("体育快讯", "校園短訊"): every brief of it is in that
section, not the first alone; two blank lines end the column, and the story after them is in
no section. A page written for these tests."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

PAGE = (
    "东川晚报　2026年12月1日　第8版　体育\n\n"
    "体育快讯\n"
    "市女排晋级省运会四强\n"
    + hard_wrapped("在省运会女排比赛中，市女排昨日以三比一战胜对手，晋级四强。", 18)
    + "\n冬泳比赛报名启动\n"
    + hard_wrapped("第十届东川冬泳比赛即日起报名，年满十八周岁的市民均可参加。", 18)
    + "\n青少年围棋赛周末开赛\n"
    + hard_wrapped("全市青少年围棋锦标赛本周六在市文化宫开赛，共有二百余名选手参赛。", 18)
    + "\n\n体育中心游泳馆恢复开放\n"
    + hard_wrapped("体育中心游泳馆完成设备检修，从下周一起恢复对外开放，开放时间不变。", 18)
)


def test_every_brief_of_the_column_is_in_its_section():
    articles = clean_text(PAGE).articles
    assert [(a.section, a.title) for a in articles] == [
        ("体育快讯", "市女排晋级省运会四强"),
        ("体育快讯", "冬泳比赛报名启动"),
        ("体育快讯", "青少年围棋赛周末开赛"),
        (None, "体育中心游泳馆恢复开放"),
    ]

