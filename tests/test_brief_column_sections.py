"""A column of briefs under one name ("体育快讯", "校園短訊"): every brief of it is in that
section, not the first alone; two blank lines end the column, and the story after them is in
no section. A page written for these tests."""

from conftest import cjk_lines, hard_wrapped

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


OLD_PAGE = (
    "濱江公報　民國十八年十二月一日　星期日　第二張\n\n"
    "本埠新聞\n\n"
    "南門外昨晨失火\n"
    + "\n".join(cjk_lines("昨晨六時許、南門外某號木器舖忽然起火、經消防隊馳往灌救、半小時始行撲滅、幸未延及鄰舍云。", 17, ""))
    + "\n\n公園冬令開放時間\n"
    + "\n".join(cjk_lines("市立公園自下月一日起改為上午八時開門、下午五時閉園、遊人須於閉園前出園云。", 17, ""))
    + "\n\n救濟院添設粥廠\n"
    + "\n".join(cjk_lines("救濟院以冬令將屆、貧民衣食無着、特於院內添設粥廠一所、每日上午施粥一次云。", 17, ""))
    + "\n"
)


def test_items_under_an_old_papers_city_banner_are_each_a_story():
    articles = clean_text(OLD_PAGE).articles
    assert [(a.section, a.title) for a in articles] == [
        ("本埠新聞", "南門外昨晨失火"),
        ("本埠新聞", "公園冬令開放時間"),
        ("本埠新聞", "救濟院添設粥廠"),
    ]


# The column's briefs run on their text; a story with its own writer's line under its head,
# one blank line under the last brief, is out of the column.
BYLINED_PAGE = (
    "南溪晚报　2026年12月2日　第6版　城乡\n\n"
    "乡镇简讯\n"
    "石桥镇冬季义诊进村\n\n"
    + hard_wrapped("石桥镇讯：镇卫生院组织医生走进六个行政村，为三百多名老人免费体检。", 18)
    + "\n河口镇新建两座公厕\n\n"
    + hard_wrapped("河口镇讯：镇上新建的两座公厕本周投入使用，解决了集市如厕难。", 18)
    + "\n老茶厂改成了乡村书屋\n"
    "记者　叶思远\n\n"
    + hard_wrapped("停产多年的云岭老茶厂，经过半年改造，变成了一座藏书两万册的乡村书屋。", 18)
    + hard_wrapped("书屋每天开放到晚上九点，周末还有志愿者给孩子们讲故事。", 18)
)


def test_a_story_with_its_own_byline_line_is_out_of_the_column():
    articles = clean_text(BYLINED_PAGE).articles
    assert [(a.section, a.title, a.byline) for a in articles] == [
        ("乡镇简讯", "石桥镇冬季义诊进村", None),
        ("乡镇简讯", "河口镇新建两座公厕", None),
        (None, "老茶厂改成了乡村书屋", "记者　叶思远"),
    ]
