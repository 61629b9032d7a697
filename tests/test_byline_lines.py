"""Byline lines between a Chinese headline and its text: one whose two-character names are padded to
the width of three ("晚报记者　王　磊　实习生　陈　静"), or a lead's bracketed report on a line of its
own ("【本報記者周家明報道】"), is the story's byline, not a second headline nor a deck. Pages written
for the rules (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=17)


def test_a_padded_byline_line_under_a_headline_signs_its_story():
    page = (
        "老街夜市重新开张\n"
        "晚报记者　王　磊　实习生　陈　静\n\n"
        + wrap("停业半年的老街夜市昨晚重新开张，一百二十个摊位全部入驻，小吃、手工艺品和旧书摊沿街排开。")
        + wrap("街道办负责人说，夜市每晚六点到十一点营业，周末延长一小时，管理人员会定时巡查卫生和消防。")
        + "\n公园湖面结冰　切勿上冰嬉戏\n"
        + "本报记者　周　敏\n\n"
        + wrap("连日降温，城区几处公园的湖面出现薄冰。公园管理处提醒市民，冰层厚度远不足以承重，切勿上冰。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["老街夜市重新开张", "公园湖面结冰　切勿上冰嬉戏"]
    assert [a.byline for a in articles] == ["晚报记者　王磊　实习生　陈静", "本报记者　周敏"]


def test_a_bracketed_report_line_under_a_headline_is_its_byline():
    page = (
        "女排主場力克對手\n"
        "【本報記者周家明報道】\n\n"
        + wrap("香港女排昨晚在伊館迎戰來訪的強隊，以三比一取勝，賽後主教練表示球員防守比上一場更加積極。")
        + wrap("全場比賽吸引了逾三千名觀眾入場，不少球迷賽後留在場邊等候球員簽名合照。")
    )
    story = clean_text(page).articles[0]
    assert story.title == "女排主場力克對手" and story.subtitle is None
    assert story.byline == "【本報記者周家明報道】"


def test_a_reporters_column_name_over_a_headline_is_its_kicker_not_a_byline():
    page = (
        "城区新增三处停车场\n"
        + wrap("本报讯（记者　何川）城区在体育馆、汽车站和老菜市场旁新建的三处停车场日前投用，共增加车位六百多个。")
        + wrap("停车场前两个小时免费，此后每小时收费两元，夜间包月价格另行公布。")
        + "\n记者手记\n"
        + "一张站台票里的年味\n"
        + wrap("凌晨五点的火车站灯火通明，保洁员谭阿姨已经扫完了第三遍地，她在这个站台干了九年。")
        + wrap("天色渐亮，第一趟开往南方的列车缓缓驶出站台，她说今年除夕也要在站里过。")
    )
    articles = clean_text(page).articles
    assert [(a.kicker, a.title, a.byline) for a in articles][1] == ("记者手记", "一张站台票里的年味", None)


def test_the_expert_named_after_the_office_they_answer_for_is_the_byline():
    page = (
        "青川晚报　2026年12月2日　星期三　第9版　民生\n\n"
        "社保问答\n"
        "灵活就业人员怎样参加医保？\n"
        "答疑：市医疗保障局　韩思远\n\n"
        + hard_wrapped("问：我在外卖平台送餐，没有单位给我交社保，能不能自己参加职工医保？（读者　林先生）", 24)
        + "\n"
        + hard_wrapped("答：可以。灵活就业人员持身份证到社区服务站办理参保登记，按月或按年缴费均可，缴费基数可以自选。", 24)
    )
    (article,) = clean_text(page).articles
    assert (article.kicker, article.title, article.subtitle) == ("社保问答", "灵活就业人员怎样参加医保？", None)
    assert article.byline == "答疑：市医疗保障局　韩思远"


def test_a_labelled_writers_line_under_a_deck_is_the_byline_not_a_line_of_the_deck():
    # (the deck under the head, then "报道：" and the writer's name alone, then the lead)
    page = (
        "渔港新闻\n"
        "老渔民退休不离港\n"
        "出海捕鱼45年　周德福（1955—2042）\n"
        "报道：林美玲\n\n"
        "　　（北海8日讯）老渔民周德福昨天在家中\n"
        "安详辞世，享寿87岁。\n\n"
        "　　周德福18岁随父亲出海，在渔港打鱼四十\n"
        "五年，退休后仍每天到码头帮年轻渔民补网。\n\n"
        "　　渔民协会主席陈国华说，他教会了许多年\n"
        "轻人看天看潮，是渔港里最受尊敬的老人。\n\n"
        "　　他的两个儿子也都在渔港工作，一个开渔\n"
        "船，一个在冷库当技术员，全家都离不开海。\n"
    )
    story = clean_text(page).articles[0]
    assert story.byline == "报道：林美玲"
    assert story.paragraphs[0] == "（北海8日讯）老渔民周德福昨天在家中安详辞世，享寿87岁。"
